"""Completing a rights request that carries its action with it, as the local register does.

- erasure: the candidate is erased; their e-mail address and phone number go on the suppression
  list first (keyed digests, ``suppression``), so the import recognises them if their CV comes back;
- objection: the same suppression, then erasure or restriction, as the member chose;
- restriction: the candidate's processing is restricted (kept, shown as such, not used);
- consent withdrawal: every consent still running is withdrawn on the completion day and the
  countdown computed again.

A request about someone who is not a candidate (``complete_suppressing``) has no candidate to act
on: completing an erasure or objection puts the e-mail address and phone number the request
records (sealed in its details) on the suppression list, so a CV of theirs dropped later is not stored.

Each is ONE transaction with the request's completion: the action happens and the request is
completed, or neither (a candidate on legal hold refuses erasure, and the request stays open). It
locks the candidate before the request, as erasing them does (``request_locks``): a colleague's
Delete… at the same moment queues instead of deadlocking, and whichever comes second finds the
candidate gone (``TeamCandidateNotFound``, nothing saved).
Before erasing, the details of every request about the candidate (the identity check and the
answer, which the firm must be able to show afterwards, as the local register keeps them; this
request's as the member typed them) are sealed again under the firm key and unlinked from the
candidate (``rights_requests.keep_register_details``), so only the candidate's own data goes.
"""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import Connection, Engine, select, update

from recruitdesk.clock import Clock
from recruitdesk.team import audit, change_feed, records, request_locks, retention, suppression
from recruitdesk.team import candidates as team_candidates
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.rights_requests import KIND, RequestDates, RequestDetails, date_columns, keep_register_details, reseal_details
from recruitdesk.team.schema import CANDIDATE_TABLES, candidates, consents, request_details, requests

ERASE, RESTRICT, WITHDRAW_CONSENTS = "erase", "restrict", "withdraw-consents"
ACTIONS = (ERASE, RESTRICT, WITHDRAW_CONSENTS)
RESTRICTED_DETAIL = "restricted"  # the audit entry's detail of a restriction (a code, never personal)


def _complete(connection, team: OpenTeam, request_id: UUID, expected_version: int, dates: RequestDates,
              clock: Clock) -> tuple[UUID | None, int]:
    """Lock the request's candidate FOR UPDATE, then the request (the order an erasure takes them,
    ``request_locks``), and save its completion dates over the version read: its candidate (or None)
    and new version. A candidate erased by a colleague while this waited for their lock is
    ``TeamCandidateNotFound``, and nothing is saved."""
    records.begin_write(connection, team)
    candidate_id = request_locks.lock_request(connection, request_id, expected_version, exclusive=True)
    saved = records.save_version(connection, requests, requests.c.request_id, KIND, request_id, expected_version, clock,
                                 date_columns(dates))
    return candidate_id, saved


@translate_faults
def complete_carrying_out(engine: Engine, team: OpenTeam, request_id: UUID, expected_version: int, dates: RequestDates,
                          details: RequestDetails, action: str, clock: Clock, suppress_basis: str | None = None) -> int:
    """Complete the request and carry out ``action`` on its candidate, together or not at all;
    ``suppress_basis`` (``suppression.OBJECTION`` or ``ERASURE_REQUEST``) first puts the person on
    the suppression list. Returns the request's new version."""
    if action not in ACTIONS:
        raise ValueError(action)
    with engine.begin() as connection:
        candidate_id, saved = _complete(connection, team, request_id, expected_version, dates, clock)
        if candidate_id is not None:
            if suppress_basis is not None:
                email, phone = team_candidates.contact_of(connection, team, candidate_id)
                suppression.suppress(connection, team, email, phone, suppress_basis, request_id, dates.received_on, clock)
            if action == ERASE:
                keep_register_details(connection, team, candidate_id, typed={request_id: details})
                team_candidates.delete_candidate(connection, team, candidate_id, clock)
            else:
                _rewrite_details(connection, team, request_id, candidate_id, details)
                (_restrict if action == RESTRICT else _withdraw_consents)(connection, team, candidate_id, dates, clock)
        else:
            _rewrite_details(connection, team, request_id, None, details)
        records.record_change(connection, team, KIND, records.UPDATED, request_id, None if action == ERASE else candidate_id,
                              saved, clock)
    if candidate_id is not None and action == ERASE:
        team_candidates.vacuum(engine, CANDIDATE_TABLES)
    return saved


@translate_faults
def complete_suppressing(engine: Engine, team: OpenTeam, request_id: UUID, expected_version: int, dates: RequestDates,
                         details: RequestDetails, basis: str, clock: Clock) -> int:
    """Complete a request about a person who is not a candidate and put ``details.email`` and
    ``details.phone`` on the suppression list (``basis``), together or not at all. Returns the new version."""
    if basis not in suppression.BASES:
        raise ValueError(basis)
    with engine.begin() as connection:
        candidate_id, saved = _complete(connection, team, request_id, expected_version, dates, clock)
        if candidate_id is not None:
            raise ValueError("the request is about a candidate: complete_carrying_out acts on them")
        _rewrite_details(connection, team, request_id, None, details)
        suppression.suppress(connection, team, details.email, details.phone, basis, request_id, dates.received_on, clock)
        records.record_change(connection, team, KIND, records.UPDATED, request_id, None, saved, clock)
    return saved


def _rewrite_details(connection: Connection, team: OpenTeam, request_id: UUID, candidate_id: UUID | None,
                     details: RequestDetails) -> None:
    has_details = connection.scalar(select(request_details.c.request_id).where(request_details.c.request_id == request_id))
    if has_details is not None:  # an erased candidate's details are not written back
        reseal_details(connection, team, request_id, candidate_id, details)


def _restrict(connection: Connection, team: OpenTeam, candidate_id: UUID, _dates: RequestDates, clock: Clock) -> None:
    """Restricted is a change of the candidate's record: a new version, audited, announced."""
    saved = connection.execute(update(candidates).where(candidates.c.candidate_id == candidate_id)
                               .values(restricted=True, version=candidates.c.version + 1, updated_at=clock.now())
                               .returning(candidates.c.version)).scalar_one()
    audit.append(connection, team, audit.UPDATED, candidate_id, saved, clock, detail=RESTRICTED_DETAIL)
    change_feed.announce(connection, candidate_id, saved)


def _withdraw_consents(connection: Connection, team: OpenTeam, candidate_id: UUID, dates: RequestDates, clock: Clock) -> None:
    """Every consent still running is withdrawn on the completion day (the withdrawal date is plain,
    as every consent's dates are), then the countdown is computed again."""
    retention.lock_for_refresh(connection, candidate_id)
    withdrawn = connection.execute(update(consents).where(consents.c.candidate_id == candidate_id, consents.c.withdrawn_on.is_(None))
                                   .values(withdrawn_on=dates.completed_on or clock.today(), version=consents.c.version + 1,
                                           updated_at=clock.now())
                                   .returning(consents.c.consent_id, consents.c.version)).all()
    retention.refresh(connection, team, candidate_id, clock)
    for consent_id, version in withdrawn:
        records.record_change(connection, team, "consent", records.UPDATED, consent_id, candidate_id, version, clock)
