"""The team vault as a window holds it open: one pool and one open team while the window lives.

``team_vault`` opens and closes the team around every command-line call; a window instead keeps
the connection pool (``Engine``) and the member's open keys (``OpenTeam``) from opening to closing,
so listing, searching and saving cost one round trip each. Every call may run on a worker thread
(the list of names takes about 2 s of decryption at 100,000 candidates); none touches Qt.

What the window must never see is turned into something it can show:

* every server fault is already a translated ``TeamServerError`` (``team.faults``);
* a save that meets another member's newer version returns a :class:`SaveConflict` carrying
  both versions (the user's fields and the server's), so nothing is lost;
* a candidate erased meanwhile becomes ``errors.TeamCandidateGone``;
* keys rotated or a role changed since opening (``StaleTeamKeys``) reopen the team once and
  retry; if that does not settle it, ``errors.TeamKeysChanged``.

:class:`TeamChangeFeed` wraps the LISTEN connection for a worker thread of the window.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Collection, Iterable, TypeVar
from uuid import UUID

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from recruitdesk import errors
from recruitdesk.clock import Clock
from recruitdesk.exporting.archive import Cancelled, Progress
from recruitdesk.exporting.candidate_export import ExportResult
from recruitdesk.retention.facts import RESERVE_PURPOSE
from recruitdesk.services import team_export, team_retention
from recruitdesk.services.team_facts import FactsConflict, RetentionView, TeamFacts, apply_edit, check_edit, view_of
from recruitdesk.services.team_retention import TeamCheck
from recruitdesk.services.team_vault import login_account, read_profile, renew_device_key
from recruitdesk.team import candidates as team_candidates
from recruitdesk.team import erasure as team_erasure
from recruitdesk.team import change_feed, countdowns, cv_import, membership, notes, records, request_locks, schema_migrations, server
from recruitdesk.team import consents as team_consents
from recruitdesk.team import retention as team_facts_store
from recruitdesk.team.consents import ConsentTerms, TeamConsent
from recruitdesk.team.faults import fault_of, translate_faults
from recruitdesk.team.candidates import PersonalFields, StaleTeamKeys, TeamCandidate, TeamCandidateNotFound, VersionConflict
from recruitdesk.team.key_hierarchy import EpochRetired
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.notes import NoteContent, TeamNote
from recruitdesk.services.importing import FilePreview
from recruitdesk.services.notes import checked_note
from recruitdesk.team.roles import Role
from recruitdesk.vault.keychain import Keychain

__all__ = ["PersonalFields", "TeamCandidate", "TeamNote", "TeamRow", "SaveConflict", "TeamDesk", "TeamChange",
           "TeamChangeFeed", "TeamImportOutcome", "NOTE_KIND", "POLICY_KIND", "CONNECT_TIMEOUT_SECONDS", "TeamCheck", "TeamFacts",
           "RetentionView", "FactsConflict", "TeamConsent", "ExportResult"]

T = TypeVar("T")
CONNECT_TIMEOUT_SECONDS = server.CONNECT_TIMEOUT_SECONDS  # how long a connection attempt (the listener's too) may take
VACANCY_KIND = "vacancy"  # a firm record a window follows (the Vacancies dock refreshes)
REQUEST_KIND = request_locks.KIND  # a request, also about a person who is not a candidate (the requests dock refreshes)
POLICY_KIND = "policy"  # a new retention policy is in force: every deadline may have moved
NOTE_KIND = "interview"  # the kind code of a note added here without one (the window writes through ``team_notes``)


@dataclass(frozen=True)
class TeamRow:
    """One line of the team window's list."""

    candidate_id: UUID
    full_name: str
    email: str | None
    deadline: dt.date | None
    version: int
    updated_at: dt.datetime
    restricted: bool = False  # processing restricted after a rights request: kept, not to be used
    source: str = countdowns.NO_FACTS_SOURCE  # how they came in (a code: ``labels.label("source", ...)``)
    last_contact_on: dt.date | None = None  # both from the sealed retention facts, as the local list's columns
    has_consent: bool = False  # a consent not withdrawn (the local list's Consent column)

    @classmethod
    def of(cls, candidate: TeamCandidate, updated_at: dt.datetime) -> "TeamRow":
        """The line of a candidate read whole (a change notice's read, this window's save)."""
        return cls(candidate.candidate_id, candidate.personal.full_name, candidate.personal.email, candidate.deadline,
                   candidate.version, candidate.updated_at or updated_at, candidate.restricted, candidate.source,
                   candidate.last_contact_on, candidate.has_consent)


@dataclass(frozen=True)
class SaveConflict:
    """A save refused because another member saved first: both versions, nothing lost.

    ``mine`` are the fields the user typed (started from ``my_version``); ``theirs`` is the candidate
    as the server holds it now (``theirs.version``). Saving again with ``theirs.version`` as the
    version read keeps the user's (or a merged) text on top of the colleague's."""

    candidate_id: UUID
    mine: PersonalFields
    my_version: int
    theirs: TeamCandidate

    @property
    def server_version(self) -> int:
        return self.theirs.version


@dataclass(frozen=True)
class TeamImportOutcome:
    """One dropped file: imported (with the new candidate's id) or not, with the translated reason."""

    file: str
    imported: bool
    candidate_id: UUID | None
    reason: str | None


@dataclass(frozen=True)
class TeamChange:
    """Something another member (or this window) committed: reload ``candidate_id``'s row."""

    candidate_id: UUID | None  # None only for a vacancy or a new policy (``record_kind`` says which)
    erased: bool  # the candidate itself is gone
    record_kind: str | None = None  # note, document, application, ...: a record of the candidate changed, not the row


class TeamDesk:
    """A team vault opened for a window; :meth:`close` when the window closes."""

    def __init__(self, folder: Path, engine: Engine, team: OpenTeam, keychain: Keychain, clock: Clock, label: str,
                 server_url: str) -> None:
        self.folder = Path(folder)
        self.label = label
        self.server = server.server_label(server_url)  # host and port, never a password
        self.clock = clock
        self._engine = engine
        self._team = team
        self._keychain = keychain
        self._lock = threading.Lock()
        self.closed = False  # set by close(): a result arriving after it starts no new call

    # --- opening and closing ---------------------------------------------------------------
    @classmethod
    def open(cls, folder: Path, keychain: Keychain, clock: Clock) -> "TeamDesk":
        """Read ``team.json``, connect with the keychain's server password and open the member's keys."""
        profile = read_profile(folder)
        stored = keychain.load_device_key(login_account(profile.team_id))
        address = make_url(profile.server)
        engine = server.open_engine(address.set(password=stored.decode("utf-8")) if stored else address)
        try:
            _upgrade(engine)
            team = _open_member(engine, keychain, profile.member_id, profile.server)
            renew_device_key(engine, keychain, team, clock)  # after a team-key rotation: a new device key pair
        except BaseException:
            engine.dispose()
            raise
        return cls(Path(folder), engine, team, keychain, clock, profile.label, profile.server)

    def close(self) -> None:
        self.closed = True
        self._engine.dispose()

    @property
    def role(self) -> Role:
        return self._team.role

    @property
    def may_write(self) -> bool:
        return self._team.role in (Role.RECRUITER, Role.ADMIN)

    # --- candidates ------------------------------------------------------------------------
    def rows(self, limit: int | None = None, only: Collection[UUID] | None = None) -> list[TeamRow]:
        """Every candidate with name, e-mail, source and last contact decrypted here (and whether a consent runs) (seconds at 100,000: run it
        on a worker); ``limit``: any that many (the window's first page, shown while the rest is decrypted); ``only``: these ids."""
        listed = self._call(lambda team: team_candidates.list_candidates(self._engine, team, with_email=True, limit=limit, only=only,
                                                                         with_facts=True))
        return [TeamRow(row.candidate_id, row.full_name, row.email, row.deadline, row.version, row.updated_at, row.restricted,
                        row.source or countdowns.NO_FACTS_SOURCE, row.last_contact_on, row.has_consent)
                for row in listed]

    def row(self, candidate_id: UUID) -> TeamRow | None:
        """One candidate's line (after a change notice); None when they are gone."""
        try:
            found = self.candidate(candidate_id)
        except errors.TeamCandidateGone:
            return None
        return TeamRow.of(found, self.clock.now())

    def search(self, query: str) -> set[UUID]:
        """The ids of the candidates matching every word of ``query`` (the server sees blind tokens only)."""
        return set(self._call(lambda team: team_candidates.search(self._engine, team, query)))

    def candidate(self, candidate_id: UUID) -> TeamCandidate:
        return self._call(lambda team: team_candidates.read_candidate(self._engine, team, candidate_id))

    def add(self, personal: PersonalFields) -> TeamCandidate:
        """A new candidate; returns them as stored.

        Their countdown starts as the store starts every added candidate's (``team.candidates.insert_candidate``,
        as the CLI's migration and the CV import do): applied today, under the team's retention policy."""
        candidate_id = self._call(lambda team: team_candidates.add_candidate(self._engine, team, personal, self.clock))
        return self.candidate(candidate_id)

    def save(self, candidate_id: UUID, version_read: int, personal: PersonalFields) -> TeamCandidate | SaveConflict:
        """Save the user's fields over ``version_read``; a colleague's newer save gives a :class:`SaveConflict`."""
        try:
            self._call(lambda team: team_candidates.update_candidate(self._engine, team, candidate_id, version_read, personal,
                                                                     self.clock))
        except VersionConflict:
            return SaveConflict(candidate_id, personal, version_read, self.candidate(candidate_id))
        return self.candidate(candidate_id)

    def erase(self, candidate_id: UUID) -> None:
        """Erase the candidate for every member; one on legal hold is refused with the hold's reason
        (``errors.TeamCandidateOnLegalHold``)."""
        self._call(lambda team: team_erasure.erase_candidate(self._engine, team, candidate_id, self.clock))

    # --- retention -------------------------------------------------------------------------
    def run_daily_check(self) -> TeamCheck:
        """Today's team check (unless a colleague's client runs or ran it; never a DPO's), then the alert counts."""
        if not self.may_write:
            return self._call(lambda _team: team_retention.count_due(self._engine, self.clock))
        return self._call(lambda team: team_retention.check_team(self._engine, team, self.clock))

    def status(self, candidate_id: UUID) -> RetentionView:
        """The countdown, why it runs as it does (``retention.explain``), the facts and the version read."""
        today = self.clock.today()

        def read(team: OpenTeam) -> RetentionView:
            status, facts, version = team_facts_store.countdown_of(self._engine, team, candidate_id, today)
            return view_of(status, facts, version, today)
        return self._call(read)

    def facts(self, candidate_id: UUID) -> tuple[TeamFacts, int]:
        """The facts the window edits and the candidate's version they were read at."""
        view = self.status(candidate_id)
        return view.facts, view.version

    def save_facts(self, candidate_id: UUID, version_read: int, edit: TeamFacts) -> RetentionView | FactsConflict:
        """Record the facts over ``version_read`` (the countdown follows); a colleague's newer save gives a
        :class:`FactsConflict` with both versions, as :meth:`save` does for the fields."""
        checked = check_edit(edit, self.clock.today())

        def record(team: OpenTeam) -> None:  # the edit laid over the facts as stored at the save (an application may have moved)
            team_facts_store.record_facts(self._engine, team, candidate_id, version_read, lambda stored: apply_edit(stored, checked),
                                          self.clock, release_reason=checked.release_reason)
        try:
            self._call(record)
        except VersionConflict:
            theirs = self.status(candidate_id)
            return FactsConflict(candidate_id, checked, version_read, theirs.facts, theirs.version)
        return self.status(candidate_id)

    # --- consents --------------------------------------------------------------------------
    def consents(self, candidate_id: UUID) -> list[TeamConsent]:
        return self._call(lambda team: team_consents.consents_of(self._engine, team, candidate_id))

    def give_consent(self, candidate_id: UUID, given_on: dt.date, channel: str, wording: str | None = None,
                     wording_version: str | None = None, purpose: str = RESERVE_PURPOSE) -> RetentionView:
        """Record a consent (the recruitment reserve unless said otherwise); the countdown moves with it."""
        terms = ConsentTerms(purpose, given_on, channel, (wording or "").strip() or None, (wording_version or "").strip() or None)
        self._call(lambda team: team_consents.add_consent(self._engine, team, candidate_id, terms, self.clock))
        return self.status(candidate_id)

    def withdraw_consent(self, candidate_id: UUID, purpose: str = RESERVE_PURPOSE) -> int:
        """Withdraw today every consent of ``purpose`` still running (Art. 7(3)); returns how many."""
        today = self.clock.today()

        def withdraw(team: OpenTeam) -> int:
            running = [c for c in team_consents.consents_of(self._engine, team, candidate_id)
                       if c.terms.purpose == purpose and c.terms.withdrawn_on is None]
            for consent in running:
                team_consents.update_consent(self._engine, team, consent.consent_id, consent.version,
                                             replace(consent.terms, withdrawn_on=today), self.clock)
            return len(running)
        return self._call(withdraw)

    # --- export ----------------------------------------------------------------------------
    def export(self, candidate_id: UUID, out_dir: Path, as_zip: bool = False, password: str | None = None,
               progress: Progress | None = None, cancelled: Cancelled | None = None) -> ExportResult:
        """The candidate's export (an access request's answer), as ``recruitdesk team export`` writes it."""
        return self._call(lambda team: team_export.export_opened(self._engine, team, self.clock, candidate_id, Path(out_dir),
                                                                 as_zip, password, progress, cancelled))

    # --- notes -----------------------------------------------------------------------------
    def notes(self, candidate_id: UUID) -> list[TeamNote]:
        return self._call(lambda team: notes.notes_of(self._engine, team, candidate_id))

    def add_note(self, candidate_id: UUID, body: str, kind: str = NOTE_KIND) -> TeamNote:
        """A note with a body only (no source: not an online screening), checked by the local notes' rules;
        the Screening notes dialog writes through ``services.team_notes`` with kind, source and flag."""
        kind, body, _source = checked_note(kind, body, None)
        note_id = self._call(lambda team: notes.add_note(self._engine, team, candidate_id, kind, NoteContent(body), self.clock))
        return next(note for note in self.notes(candidate_id) if note.note_id == note_id)

    # --- CV import -------------------------------------------------------------------------
    def import_cvs(self, paths: Iterable[str | os.PathLike[str]], cancel: threading.Event | None = None,
                   progress: Callable[[int, int], None] | None = None, redact: bool = False,
                   redact_special: bool = False) -> list[TeamImportOutcome]:
        """Each file read by the local import's pipeline and stored as a new team candidate with its documents
        (with ``redact``, a redacted rendition instead of the original, as the local import keeps)."""
        report = (lambda done, total, _result: progress(done, total)) if progress is not None else None
        results = self._call(lambda team: cv_import.import_cvs(self._engine, team, paths, self.clock, progress=report,
                                                               cancel=cancel, redact=redact, redact_special=redact_special))
        return [TeamImportOutcome(result.file, result.status == "imported", result.candidate_id,
                                  result.failure.message() if result.failure is not None else None) for result in results]

    def check_imported_cvs(self, previews: list[FilePreview]) -> None:
        """For the import dialog's review: who among the read files may be in the team vault already,
        and who is on its suppression list (``cv_import.check_duplicates``; reads only)."""
        self._call(lambda team: cv_import.check_duplicates(self._engine, team, previews))

    def import_reviewed(self, previews: list[FilePreview], progress: Callable[[int, int, cv_import.TeamImportResult], None] | None = None,
                        cancel: threading.Event | None = None, on_duplicate: str = "skip", attach_to: UUID | None = None,
                        vacancy_id: UUID | None = None) -> list[cv_import.TeamImportResult]:
        """The files as the import dialog's review left them, each stored in one transaction (``cv_import.import_reviewed``):
        new candidates, or added to ``attach_to``; with ``vacancy_id``, each in that vacancy's procedure."""
        return self._call(lambda team: cv_import.import_reviewed(self._engine, team, previews, self.clock, progress=progress,
                                                                 cancel=cancel, on_duplicate=on_duplicate, attach_to=attach_to,
                                                                 vacancy_id=vacancy_id))

    # --- live refresh ----------------------------------------------------------------------
    def change_feed(self) -> "TeamChangeFeed":
        """A LISTEN connection of its own, for one worker thread (not connected until :meth:`TeamChangeFeed.connect`)."""
        return TeamChangeFeed(self._engine)

    def run(self, operation: Callable[[Engine, OpenTeam], T]) -> T:
        """A team store call with this window's pool and open keys, for the services built on the desk
        (``team_register``): the same reopening after a key change as every call here."""
        return self._call(lambda team: operation(self._engine, team))

    # --- the one place where core exceptions become the window's values --------------------
    def _call(self, operation: Callable[[OpenTeam], T]) -> T:
        for attempt in range(2):
            with self._lock:
                team = self._team
            try:
                return operation(team)
            except (StaleTeamKeys, EpochRetired):  # EpochRetired: a new epoch since (every candidate key renewed)
                if attempt:
                    raise errors.TeamKeysChanged() from None
                self._reopen(team)
            except TeamCandidateNotFound:
                raise errors.TeamCandidateGone() from None
            except records.RecordNotFound:
                raise errors.TeamRecordGone() from None
            except DBAPIError as error:  # a service's own query (``run``) not wrapped in ``translate_faults``
                fault = fault_of(error, self._engine)
                if fault is None:
                    raise
                raise fault from None
        raise AssertionError("unreachable")

    def _reopen(self, stale: OpenTeam) -> None:
        """Open the keys again (a rotation, a role change or a new epoch since this window opened the team)."""
        assert stale.member_id is not None
        fresh = _open_member(self._engine, self._keychain, stale.member_id, str(self._engine.url))
        renew_device_key(self._engine, self._keychain, fresh, self.clock)  # a rotation since: a new device key pair too
        with self._lock:
            self._team = fresh


class TeamChangeFeed:
    """The team's change notices for one worker thread: connect, wait, close, all on that thread.

    Every failure is a translated ``TeamServerError`` (a stopped server: connection lost); the
    thread closes the feed and connects again later, then reloads what it may have missed."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._listener: change_feed.ChangeListener | None = None

    @property
    def connected(self) -> bool:
        return self._listener is not None

    def connect(self) -> None:
        self.close()
        self._listener = change_feed.ChangeListener(self._engine)

    def wait(self, timeout: float) -> list[TeamChange]:
        """The changes that arrive within ``timeout`` seconds (returns at the first one)."""
        assert self._listener is not None, "connect() first"
        found = []
        try:
            for change in self._listener.changes(timeout=timeout, stop_after=1):
                if isinstance(change, change_feed.PolicyChange):
                    found.append(TeamChange(None, False, POLICY_KIND))
                elif isinstance(change, change_feed.RecordChange):
                    if change.candidate_id is not None or change.kind in (VACANCY_KIND, REQUEST_KIND):
                        found.append(TeamChange(change.candidate_id, False, change.kind))
                else:
                    found.append(TeamChange(change.candidate_id, change.erased))
        except errors.TeamServerError:
            self.close()
            raise
        return found

    def close(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            try:
                listener.close()
            except Exception:  # a connection the server already dropped  # noqa: BLE001
                pass


@translate_faults
def _upgrade(engine: Engine) -> None:
    """The team's tables at this app's revision; a server fault is the translated error."""
    schema_migrations.upgrade(engine)


def _open_member(engine: Engine, keychain: Keychain, member_id: UUID, server_url: str) -> OpenTeam:
    try:
        return membership.open_as_member(engine, keychain, member_id)
    except membership.NotAMember:
        raise errors.TeamNotAMember(server=server.server_label(server_url)) from None
