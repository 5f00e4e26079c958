"""The candidate list's rows, read on the session's own DB-API cursor: every column as the
ORM reads it (dates as dates, consent, restriction, legal hold), one row per candidate."""

from __future__ import annotations

import datetime as dt

from recruitdesk.services.candidates import CandidateRow, add_candidate, candidate_rows, record_outcome
from recruitdesk.services.consents import give_consent
from recruitdesk.services.countdown import load_candidate
from recruitdesk.services.retention import set_legal_hold


def test_rows_hold_every_column_the_table_shows(new_vault):
    vault, _key = new_vault
    plain = add_candidate(vault, "An Maes", email="An@Example.be", applied_on=dt.date(2026, 1, 5), source="referral")
    consenting = add_candidate(vault, "Bram de Vries", applied_on=dt.date(2026, 1, 6))
    record_outcome(vault, consenting, "not_hired", dt.date(2026, 2, 1))
    give_consent(vault, consenting, "recruitment_reserve", dt.date(2026, 2, 1), "email", text="Reserve, two years")
    held = add_candidate(vault, "Chris Claes")
    set_legal_hold(vault, held, "A dispute about the hiring decision")
    restricted = add_candidate(vault, "Dana Dubois")
    with vault.session() as session, session.begin():
        load_candidate(session, restricted).situation = "restricted"

    rows = {row.id: row for row in candidate_rows(vault)}
    assert len(rows) == 4 and all(isinstance(row, CandidateRow) for row in rows.values())
    first = rows[plain]
    assert (first.name, first.email, first.source, first.last_contact_on) == ("An Maes", "an@example.be", "referral", dt.date(2026, 1, 5))
    assert isinstance(first.due_on, dt.date) and not first.has_consent and not first.restricted and not first.on_hold
    assert rows[consenting].has_consent and rows[consenting].last_contact_on == dt.date(2026, 2, 1)
    assert rows[held].on_hold and not rows[plain].on_hold
    assert rows[restricted].restricted and rows[restricted].last_contact_on is None


def test_an_empty_vault_has_no_rows(new_vault):
    vault, _key = new_vault
    assert candidate_rows(vault) == []


def test_joined_columns_give_the_same_rows_as_reading_row_by_row(new_vault):
    """The fast path (each column joined by SQLite, split in Python) against the plain one."""
    from recruitdesk.services import candidates

    vault, _key = new_vault
    for number in range(30):
        candidate = add_candidate(vault, f"Kandidaat {number:02d}", email=None if number % 3 else f"k{number}@example.be",
                                  applied_on=None if number % 4 == 0 else dt.date(2026, 1, 1 + number % 28),
                                  source=("referral", "application", "job_site")[number % 3])
        if number % 5 == 0:
            record_outcome(vault, candidate, "not_hired", dt.date(2026, 2, 1))
            give_consent(vault, candidate, "recruitment_reserve", dt.date(2026, 2, 1), "email", text="Reserve")
        if number % 7 == 0:
            set_legal_hold(vault, candidate, "A dispute")
    with vault.read_session() as session:
        cursor = session.connection().connection.cursor()
        cursor.execute(candidates._rows_sql())
        expected = candidates._rows_one_by_one(cursor.fetchall())
    rows = candidate_rows(vault)
    assert rows == expected and len(rows) == 30
    assert {row.email is None for row in rows} == {True, False}
    assert sum(row.on_hold for row in rows) == 5 and sum(row.has_consent for row in rows) == 6
    assert len({id(row.due_on) for row in rows if row.due_on}) == len({row.due_on for row in rows if row.due_on})  # shared


def test_a_separator_inside_a_name_or_email_falls_back_to_reading_row_by_row(new_vault):
    vault, _key = new_vault
    odd = add_candidate(vault, "Unit\x1fSeparator", email=None)
    plain = add_candidate(vault, "An Maes", email="an@example.be")
    rows = {row.id: row for row in candidate_rows(vault)}
    assert rows[odd].name == "Unit\x1fSeparator" and rows[odd].email is None
    assert rows[plain].name == "An Maes" and rows[plain].email == "an@example.be"
