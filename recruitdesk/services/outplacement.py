"""Outplacement: the start of a participant's programme is a fact of its own, because the
retention clock counts from it (ITZU: "5 jaar ... vanaf opstart"), not from an application."""

from __future__ import annotations

import datetime as dt

from recruitdesk import audit
from recruitdesk.services.countdown import load_candidate, recompute
from recruitdesk.vault.vault import Vault

OUTPLACEMENT = "outplacement"


def record_outplacement_start(vault: Vault, candidate_id: int, started_on: dt.date) -> None:
    """Make the candidate an outplacement participant whose programme started on ``started_on``."""
    with vault.session() as session, session.begin():
        candidate = load_candidate(session, candidate_id)
        candidate.source = OUTPLACEMENT
        candidate.outplacement_started_on = started_on
        candidate.updated_at = vault.clock.now().replace(tzinfo=None)
        if candidate.last_contact_on is None or started_on > candidate.last_contact_on:
            candidate.last_contact_on = started_on
        session.flush()
        recompute(session, candidate, vault.clock)
        audit.record(session, vault.clock, "candidate.outplacement_started", candidate_uid=candidate.uid)
