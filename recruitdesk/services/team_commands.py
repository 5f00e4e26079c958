"""What the command line's everyday commands do on a team vault: import CVs, erase a candidate, and the
suppression list, notes, consents, requests, legal holds and extensions.

The local commands (``recruitdesk import``, ``recruitdesk erase``) call these when ``--vault``
names a team folder (``commands.team_routing``), so a script does not have to know which backend
a firm uses. Each call opens the team with this computer's keys, does one thing and closes it.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, TypeVar
from uuid import UUID

from sqlalchemy import Engine, select

from recruitdesk import errors
from recruitdesk.clock import Clock
from recruitdesk.i18n import N_
from recruitdesk.services import rights_requests as rr
from recruitdesk.services import team_consents, team_facts, team_register, team_suppression
from recruitdesk.dates import long_date
from recruitdesk.services.consents import ConsentDateInFuture, ConsentNotFound, ConsentView, ConsentWordingRequired
from recruitdesk.services.suppression import SuppressionEntryNotFound, SuppressionRow, check_reason
from recruitdesk.services.team_consents import ConsentLine
from recruitdesk.services.team_desk import TeamDesk, TeamImportOutcome
from recruitdesk.services.team_facts import MIN_REASON, RetentionView, TeamFacts
from recruitdesk.services.team_register import RegisterRow
from recruitdesk.services.team_export import TeamCandidateLine, find_in_team
from recruitdesk.services.team_vault import opened_team
from recruitdesk.team.candidates import TeamCandidateNotFound
from recruitdesk.team.erasure import erase_candidate
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.roles import require_suppression_removal
from recruitdesk.team.schema import consents as consents_table
from recruitdesk.vault.keychain import Keychain

T = TypeVar("T")


def import_into_team(folder: Path, keychain: Keychain, clock: Clock, paths: Iterable[str | os.PathLike[str]],
                     cancel: threading.Event | None = None, progress: Callable[[int, int], None] | None = None,
                     redact: bool = False, redact_special: bool = False) -> list[TeamImportOutcome]:
    """Each file as a new team candidate (a person already in the team is reported, not stored twice;
    ``redact``: a redacted rendition kept instead of the original)."""
    desk = TeamDesk.open(folder, keychain, clock)
    try:
        return desk.import_cvs(paths, cancel=cancel, progress=progress, redact=redact, redact_special=redact_special)
    finally:
        desk.close()


def erase_from_team(folder: Path, keychain: Keychain, clock: Clock, reference: str) -> TeamCandidateLine:
    """Erase the one candidate ``reference`` names (id digits or name words) for every member, found
    and erased in one opened team; one on legal hold is refused with the hold's reason."""
    with opened_team(folder, keychain, clock) as (engine, team):
        found = find_in_team(engine, team, reference)
        try:
            erase_candidate(engine, team, found.candidate_id, clock)
        except TeamCandidateNotFound:  # a colleague erased them in between
            raise errors.TeamCandidateGone() from None
    return found


# --- the suppression list, notes and consents on the command line -------------------------------
# ``recruitdesk suppression|note|consent ...`` name a team candidate, entry or consent as
# ``candidates list`` prints it: the first characters of its id (a candidate also by words of their
# name, as ``erase`` and ``export`` do). One desk is opened per command (``opened_desk``).
class SuppressionAddNotForTeam(errors.RecruitDeskError):
    """A team's list grows only by completed requests (``team.suppression.suppress``), never by hand."""

    code = "suppression-add-not-for-team"
    exit_code = 2
    template = N_("errors", "In a team vault a person goes on the suppression list when their erasure or objection request is "
                            "completed, not by hand. Nothing was done.")


class TeamEntryAmbiguous(errors.RecruitDeskError):
    code = "team-entry-ambiguous"
    exit_code = 2
    template = N_("errors", "{count} entries start with \"{id}\". Give more characters of the id. Nothing was done.")


@contextmanager
def opened_desk(folder: Path, keychain: Keychain, clock: Clock) -> Iterator[TeamDesk]:
    """The team opened for one command, closed again however the command ends."""
    desk = TeamDesk.open(folder, keychain, clock)
    try:
        yield desk
    finally:
        desk.close()


def candidate_named(desk: TeamDesk, reference: str) -> TeamCandidateLine:
    """The one candidate ``reference`` names (id digits or name words), as ``erase`` finds them."""
    return desk.run(lambda engine, team: find_in_team(engine, team, reference))


def _by_prefix(ids: Iterable[T], reference: str, id_of: Callable[[T], UUID], not_found: Exception) -> T:
    digits = reference.strip().casefold().replace("-", "")
    found = [item for item in ids if digits and id_of(item).hex.startswith(digits)]
    if len(found) == 1:
        return found[0]
    if found:
        raise TeamEntryAmbiguous(count=len(found), id=reference)
    raise not_found


def remove_suppression_entry(desk: TeamDesk, reference: str, reason: str) -> SuppressionRow:
    """Take the active entry whose id starts with ``reference`` off the list, as the dialog does: an
    administrator's, with the written reason (both checked before the entry is looked up)."""
    require_suppression_removal(desk.role)
    reason = check_reason(reason)
    rows = [row for row in team_suppression.list_entries(desk).rows if isinstance(row.id, UUID)]
    row = _by_prefix(rows, reference, lambda row: UUID(str(row.id)), SuppressionEntryNotFound(id=reference))
    team_suppression.remove_entry(desk, row.id, reason)
    return row


def give_consent(desk: TeamDesk, candidate_id: UUID, purpose: str, given_on: dt.date, channel: str, wording: str | None,
                 wording_version: str | None, evidence_path: str | None) -> ConsentLine:
    """Record a consent as the consent dialog does, refused as the local ``consent add`` refuses one with
    no wording (nor version) or given in the future; returns it as ``consent list`` shows it."""
    if not (wording or "").strip() and not (wording_version or "").strip():
        raise ConsentWordingRequired()
    if given_on > desk.clock.today():
        raise ConsentDateInFuture(date=long_date(given_on))
    before = {line.consent_id for line in team_consents.consents(desk, candidate_id)}
    team_consents.give(desk, candidate_id, purpose, given_on, channel, wording, wording_version, evidence_path)
    return next(line for line in reversed(team_consents.consents(desk, candidate_id)) if line.consent_id not in before)


def consent_view(line: ConsentLine) -> ConsentView:
    """A team consent as the local consent's view, so ``commands.consent`` prints it."""
    return ConsentView(line.consent_id, line.candidate_id, line.purpose, line.given_on, line.channel, line.wording_version,
                       line.wording, line.terms.evidence_document_id, line.terms.expires_on, line.withdrawn_on)


def withdraw_consent(desk: TeamDesk, reference: str) -> ConsentLine:
    """Withdraw today the consent whose id starts with ``reference`` (Art. 7(3)), at the version just read;
    returns it as withdrawn. One already withdrawn is left as it is, as locally."""
    consent_id, candidate_id = _by_prefix(desk.run(_consent_owners), reference, lambda row: row[0], ConsentNotFound(id=reference))
    line = next((line for line in team_consents.consents(desk, candidate_id) if line.consent_id == consent_id), None)
    if line is None:  # erased in between
        raise team_consents.TeamConsentGone()
    if line.running:
        team_consents.withdraw(desk, line)
    return next(found for found in team_consents.consents(desk, candidate_id) if found.consent_id == consent_id)


@translate_faults
def _consent_owners(engine: Engine, team: OpenTeam) -> list[tuple[UUID, UUID]]:
    """Every consent's id with its candidate's (both plain on the server): a consent is named by its id alone."""
    with engine.connect() as connection:
        return [(row.consent_id, row.candidate_id)
                for row in connection.execute(select(consents_table.c.consent_id, consents_table.c.candidate_id))]


# --- the request register ------------------------------------------------------------------------
class TeamRequestNeedsCandidate(errors.RecruitDeskError):
    code = "team-request-needs-candidate"
    exit_code = 2
    template = N_("errors", "In a team vault the command line registers a request about a candidate: name them with --candidate. "
                            "Register one about a person who is not a candidate in the team window. Nothing was done.")


def register_request(desk: TeamDesk, kind: str, received_on: dt.date, reference: str | None, identity_check: str | None) -> RegisterRow:
    """Register a request about the candidate ``reference`` names, as the register dialog does; returns its row."""
    if reference is None:
        raise TeamRequestNeedsCandidate()
    candidate = candidate_named(desk, reference)
    request_id = team_register.register_request(desk, candidate.candidate_id, kind, received_on, identity_check or "")
    return next(row for row in team_register.read_register(desk).rows if row.request_id == request_id)


def request_view(row: RegisterRow) -> rr.RequestView:
    """A team request as the local register's view, so ``commands.requests`` prints it (the candidate:
    their name, or whom a request without one is about)."""
    return rr.RequestView(row.request_id, row.kind, row.candidate_id, row.who, row.received_on, row.identity_check, row.due_on,
                          row.extended_to, row.extension_reason, row.completed_on, row.outcome)


def request_named(desk: TeamDesk, reference: str) -> RegisterRow:
    """The request of the register this member reads whose id starts with ``reference`` (``requests list``
    prints the first characters); none is ``RequestNotFound`` (exit code 3), as a local number that is not there."""
    return _by_prefix(team_register.read_register(desk).rows, reference, lambda row: row.request_id,
                      rr.RequestNotFound(id=reference))


def _request_again(desk: TeamDesk, request_id: UUID) -> RegisterRow:
    return next(row for row in team_register.read_register(desk).rows if row.request_id == request_id)


def record_request_identity(desk: TeamDesk, reference: str, how: str) -> RegisterRow:
    """Record how the person's identity was checked (sealed with the request's details), over the version read."""
    row = request_named(desk, reference)
    team_register.record_identity_check(desk, row, how)
    return _request_again(desk, row.request_id)


def extend_named_request(desk: TeamDesk, reference: str, months: int, reason: str) -> RegisterRow:
    """Extend the answer period by ``months`` (1 or 2) beyond the first month, with the reasons, as the dialog does."""
    row = request_named(desk, reference)
    latest = team_register.latest_extension(row.received_on)
    if months not in (1, 2):
        raise rr.ExtensionTooLong(date=long_date(latest))
    until = team_register.one_month_more(row.received_on) if months == 1 else latest
    team_register.extend_request(desk, row, until, reason)
    return _request_again(desk, row.request_id)


def complete_named_request(desk: TeamDesk, row: RegisterRow, outcome: str, action: str | None) -> RegisterRow:
    """Complete ``row`` today with its recorded identity check, over the version read (a colleague's change
    meanwhile is ``TeamRequestChanged``); an erasure erases the candidate for every member and erasure and
    objection fill the suppression list (``team_register.complete_request``)."""
    team_register.complete_request(desk, row, outcome, row.identity_check or "", desk.clock.today(), action)
    return _request_again(desk, row.request_id)


# --- legal hold and extension --------------------------------------------------------------------
class TeamFactsChanged(errors.RecruitDeskError):
    code = "team-facts-changed"
    exit_code = 1
    template = N_("errors", "Another member changed candidate {id} at the same moment. Nothing was saved; try again.")


def edit_facts(desk: TeamDesk, candidate_id: UUID, change: Callable[[TeamFacts], TeamFacts]) -> RetentionView:
    """Lay ``change`` over the candidate's facts as just read; a colleague's save in between is read again once."""
    for _attempt in range(2):
        view = desk.status(candidate_id)
        saved = desk.save_facts(candidate_id, view.version, change(view.facts))
        if isinstance(saved, RetentionView):
            return saved
    raise TeamFactsChanged(id=candidate_id.hex[:8])


def set_legal_hold(desk: TeamDesk, candidate_id: UUID, reason: str) -> RetentionView:
    """No deletion until released, with the written reason (sealed with the candidate's facts)."""
    return edit_facts(desk, candidate_id, lambda facts: replace(facts, legal_hold_reason=reason or ""))


def release_legal_hold(desk: TeamDesk, candidate_id: UUID, reason: str) -> RetentionView:
    """End the hold with the written reason asked for as locally; the team keeps it, sealed under the
    candidate's key (``team.hold_releases``), where the local vault keeps only its length."""
    if len((reason or "").strip()) < MIN_REASON:
        raise errors.ReleaseReasonRequired()
    return edit_facts(desk, candidate_id, lambda facts: team_facts.released(facts, reason))


def extend_retention(desk: TeamDesk, candidate_id: UUID, until: dt.date, reason: str) -> RetentionView:
    """Keep the candidate until ``until`` (after today) with the written reason."""
    return edit_facts(desk, candidate_id, lambda facts: replace(facts, extended_until=until, extension_reason=reason or ""))
