"""Locking a rights request for a write: its candidate's row first, then the request's row.

Why this order: erasing a candidate (Delete…, a completed erasure request, the retention check)
locks the candidate's row and then, by the foreign keys (ON DELETE SET NULL on
``team_requests.candidate_id``, CASCADE on ``team_request_details``), every request about them. A
write that locked the request first and then the candidate (to erase, restrict or withdraw their
consents, or to seal the details under their key) waited for the erasure while the erasure waited
for it, until PostgreSQL aborted one of them as a deadlock ("busy, try again"). Taking the
candidate first, both queue: whoever comes second finds the first one's result.

The candidate is found by a read without a lock, so the request is read again under its own lock:
``candidate_id`` only ever changes from a candidate to NULL (their erasure; a request is never
moved to another person), so a different answer means the candidate was erased while this write
waited for their lock. That is refused with ``TeamCandidateNotFound`` and nothing is saved: the
write was meant for that candidate (their erasure or restriction, suppressing their e-mail and
phone, details sealed under their key), and completing the request as if it had none would
silently drop the member's answer and identity check (the erasure took the details with it) and
any suppression. The member's window says the candidate is gone; the register then shows the
request without them, to complete again as such.
"""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import Connection, select

from recruitdesk.team import records
from recruitdesk.team.candidates import TeamCandidateNotFound
from recruitdesk.team.schema import candidates, requests

KIND = "request"  # the records kind of a request (its audit entries and change notices say "request-...")


def lock_request(connection: Connection, request_id: UUID, expected_version: int, exclusive: bool) -> UUID | None:
    """Lock the request's candidate (if any), then the request; the candidate it names under both locks.

    ``exclusive``: the write goes on to erase or change the candidate's row, so their row is locked
    FOR UPDATE (the lock ``candidates.delete_candidate`` takes, the strongest any completion takes
    later, so none is upgraded while a colleague waits); otherwise FOR SHARE, the lock sealing under
    their key takes (``records.candidate_key``). A request changed or removed by a colleague since
    ``expected_version`` is refused first (``RecordVersionConflict``, ``RecordNotFound``): a colleague
    who completed an erasure request erased its candidate too, and the request's change is what to say."""
    named = connection.scalar(select(requests.c.candidate_id).where(requests.c.request_id == request_id))
    if named is not None:
        candidate = select(candidates.c.candidate_id).where(candidates.c.candidate_id == named)
        connection.execute(candidate.with_for_update(read=not exclusive))
    row = connection.execute(select(requests.c.candidate_id, requests.c.version).where(requests.c.request_id == request_id)
                             .with_for_update()).one_or_none()
    if row is None:
        raise records.RecordNotFound(KIND, request_id)
    if row.version != expected_version:
        raise records.RecordVersionConflict(KIND, request_id, expected_version, row.version)
    if row.candidate_id != named:
        raise TeamCandidateNotFound(str(named))
    return named
