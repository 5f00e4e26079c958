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
