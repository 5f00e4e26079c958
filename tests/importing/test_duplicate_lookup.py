"""The duplicate check at import looks people up by e-mail and phone through indexes, so it
costs the same at 100,000 candidates as at 100 (a phone lookup scanned the table before 0008)."""

from __future__ import annotations

from sqlalchemy import text

from recruitdesk.importing.duplicates import find_matches
from recruitdesk.services.candidates import add_candidate


def _plan(session, column: str) -> str:
    rows = session.execute(text(f"EXPLAIN QUERY PLAN SELECT id, full_name FROM candidates WHERE {column} = :value"), {"value": "x"})
    return " ".join(str(row[-1]) for row in rows)


def test_phone_and_email_lookups_use_an_index(new_vault):
    vault, _ = new_vault
    with vault.read_session() as session:
        assert "USING INDEX ix_candidates_phone" in _plan(session, "phone")
        assert "USING INDEX ix_candidates_email" in _plan(session, "email")


def test_a_candidate_with_the_same_phone_is_found(new_vault):
    vault, _ = new_vault
    first = add_candidate(vault, "Griet Van den Broeck", email="griet@example.be", phone="0470 12 34 56")
    add_candidate(vault, "Someone Else", email="else@example.be", phone="0471 99 88 77")
    with vault.read_session() as session:
        matches = find_matches(session, vault.candidate_keys, "Another Name", None, "+32470123456", None)
    assert [(match.kind, match.candidate_id) for match in matches] == [("phone", first)]
