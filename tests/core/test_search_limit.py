"""The search index's limit: the first matches by id, in ascending order, never more than asked.

The window asks for every match (the table filters to them); the benchmarks ask for 1,000. The
ids come back from SQLite as one JSON array (see ``search_index.search``): these tests pin that
the order, the limit and an empty result are what a row-by-row query returned.
"""

from __future__ import annotations

from recruitdesk.services.candidate_search import search_candidates
from recruitdesk.services.candidates import new_candidate
from recruitdesk.store import search_index


def _add(vault, names: list[str]) -> list[int]:
    with vault.session() as session, session.begin():
        return [new_candidate(session, vault.candidate_keys, vault.clock, name).id for name in names]


def test_the_limit_keeps_the_first_matches_in_id_order(new_vault):
    vault, _key = new_vault
    ids = _add(vault, [f"Peeters Number{number}" for number in range(12)] + ["Janssens Other"])
    peeters = ids[:12]
    with vault.read_session() as session:
        everyone = search_index.search(session, vault.candidate_keys, "pee", limit=100)
        first_five = search_index.search(session, vault.candidate_keys, "pee", limit=5)
        exact = search_index.search(session, vault.candidate_keys, "peeters", limit=12)
        both_words = search_index.search(session, vault.candidate_keys, "number1 pee", limit=100)
        nothing = search_index.search(session, vault.candidate_keys, "zzz", limit=100)
    assert everyone == sorted(peeters)
    assert first_five == sorted(peeters)[:5]
    assert exact == sorted(peeters)
    assert both_words == [ids[1], ids[10], ids[11]]  # "number1", "number10", "number11"
    assert nothing == []
    assert all(isinstance(candidate_id, int) for candidate_id in everyone)


def test_the_window_gets_every_match(new_vault):
    vault, _key = new_vault
    ids = _add(vault, [f"Claes {number}" for number in range(30)])
    assert search_candidates(vault, "cla") == sorted(ids)
    assert search_candidates(vault, "") == []
