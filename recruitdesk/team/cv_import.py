"""Importing CVs into a team vault, through the same reading and field detection as the local vault.

``services.importing.preview`` does the work that must not exist twice: every file is read in the
sandboxed extraction workers (PDF, DOCX, ODT, RTF, Markdown, e-mails with their attachments,
OCR for scans) and its name, e-mail and the rest are detected. What this module adds is where the
result goes: per file, in ONE transaction, a team candidate (name, e-mail, phone, city and
LinkedIn address sealed under a new candidate key) and their documents (the original bytes and
extracted text sealed under that key, the text's word prefixes as blind tokens). A file that cannot be read is reported with its
translated reason and stores nothing; a failed write leaves no half-stored candidate.

The import dialog reviews a batch first, exactly as for a local vault: ``check_duplicates`` fills
each read file's possible duplicate (and whether the person is on the suppression list) for the
review, reading only; ``import_reviewed`` then stores the files as reviewed (corrected fields,
redaction, application date, what to do with a known person). ``import_cvs`` is both at once
(the command line).

A CV whose person is already in the team vault (the same file, or the same e-mail address) is
found again inside the storing transaction (a colleague may have imported them since the review):
by default (``skip``) it is not stored and is reported as a duplicate naming the candidate;
``attach`` adds a new file of theirs to their documents (never the same file twice); ``create``
stores a new candidate anyway (``import_duplicates`` says how a duplicate is found without the
server reading anything). The new candidate's retention clock starts in the storing transaction
(``candidates.insert_candidate``), from the reviewed application date.

Files dropped on a candidate's row are added to that candidate (``attach_to``: their fields stay, a
file already theirs is skipped); CVs imported into a vacancy (``vacancy_id``) put each new candidate in
its procedure in the file's own transaction, so a file is stored with its application or not at all.

Someone on the team's suppression list (``suppression``: they objected or asked for erasure) is
not stored at all, even after the review showed them: that is the team's rule.

With ``redact``, what is kept of a file is the local import's redacted rendition
(``services.importing.kept_documents``), never the original. Not as in the local import: ``merge``
(filling the known candidate's empty fields), which a team edit does through its own save.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable
from uuid import UUID

from sqlalchemy import Connection, Engine, select

from recruitdesk.clock import Clock
from recruitdesk.dates import long_date
from recruitdesk.i18n import N_, translate
from recruitdesk.importing import failures
from recruitdesk.importing.failures import ImportFailure
from recruitdesk.importing.duplicates import Match
from recruitdesk.importing.limits import Limits
from recruitdesk.importing.notices import Notice
from recruitdesk.importing.sandbox import Sandbox
from recruitdesk.importing.sources import read_regular_file
from recruitdesk.services.importing import FilePreview, kept_documents, preview, primary_document, stored_form
from recruitdesk.retention.facts import CandidateFacts
from recruitdesk.identifiers import PRESET_COUNTRIES, regions_for
from recruitdesk.team import firm_profile, records, retention
from recruitdesk.team.candidates import PersonalFields, insert_candidate
from recruitdesk.team.applications import active_vacancy_stages, apply_in
from recruitdesk.team.documents import document_aad, insert_document
from recruitdesk.team.schema import documents as documents_table
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.suppression import SuppressionHit, is_suppressed
from recruitdesk.team.import_duplicates import CONTENT, NewFile, TeamDuplicate, find_duplicate
from recruitdesk.team.membership import OpenTeam

Progress = Callable[[int, int, "TeamImportResult"], None]
ON_DUPLICATE = ("skip", "attach", "create")


class SameFileInTeam(failures.NotImported):
    code = "team-duplicate-content"
    template = N_("errors", "{file} was not imported: this exact file is already in the team vault, for {name}.")


class OnSuppressionList(failures.NotImported):
    code = "team-suppressed"
    template = N_("errors", "{file} was not imported: the person in it objected to the processing of their data or asked "
                            "for its erasure (request received on {date}), so their CV is not stored. Check with your DPO.")


class SameEmailInTeam(failures.NotImported):
    code = "team-duplicate-email"
    template = N_("errors", "{file} was not imported: {name} is already in the team vault with the same e-mail address.")


@dataclass
class TeamImportResult:
    path: Path
    file: str
    status: str  # imported, duplicate (``candidate_id`` is theirs), failed, skipped, cancelled
    candidate_id: UUID | None = None
    document_ids: list[UUID] = field(default_factory=list)
    failure: ImportFailure | None = None
    action: str | None = None  # created; for a duplicate: skipped or attached (its files added to ``candidate_id``)
    name: str | None = field(default=None, repr=False)  # the candidate's name: the new one's, or the known one's
    preview: FilePreview | None = field(default=None, repr=False)


@dataclass(frozen=True)
class _Document:
    filename: str = field(repr=False)
    media_type: str
    content: bytes = field(repr=False)
    text: str = field(repr=False)
    kind: str = "cv"


def import_cvs(engine: Engine, team: OpenTeam, paths: Iterable[str | os.PathLike[str]], clock: Clock,
               limits: Limits | None = None, progress: Progress | None = None,
               cancel: threading.Event | None = None, on_duplicate: str = "skip", redact: bool = False,
               redact_special: bool = False) -> list[TeamImportResult]:
    """Read every file (folders recurse) and store each readable one as a new team candidate.

    ``on_duplicate``: ``skip`` (report the candidate already in the vault, store nothing) or
    ``create`` (a new candidate anyway, as the local import allows). ``redact`` (and with it
    ``redact_special``) keeps a redacted rendition instead of the original, exactly as the local
    import does (``services.importing.kept_documents``): national numbers and IBANs (and the
    special-category words found) never leave this computer, not even encrypted."""
    limits = limits or Limits()
    previews = preview(paths, limits=limits, cancel=cancel, regions=phone_regions(engine, team))
    for item in previews:
        if item.ok:
            item.redact, item.redact_special = redact, redact and redact_special
    return import_reviewed(engine, team, previews, clock, limits, progress, cancel, on_duplicate)


def import_reviewed(engine: Engine, team: OpenTeam, items: Iterable[FilePreview], clock: Clock, limits: Limits | None = None,
                    progress: Progress | None = None, cancel: threading.Event | None = None,
                    on_duplicate: str = "skip", attach_to: UUID | None = None,
                    vacancy_id: UUID | None = None) -> list[TeamImportResult]:
    """Store files as the import dialog's review left them (``services.importing.preview``'s items with
    the corrected name, e-mail, phone, application date and redaction), one transaction per file;
    ``on_duplicate`` is ``skip``, ``attach`` or ``create`` (see the module docstring).

    ``attach_to``: every file is added to this candidate (files dropped on their row), as a local vault
    does: their fields stay, a file already theirs is not stored twice. ``vacancy_id``: every new
    candidate (or known one a file was added to) is put in that vacancy's procedure at its first stage,
    in the file's transaction; the vacancy must still take applications, checked before any file."""
    if on_duplicate not in ON_DUPLICATE:
        raise ValueError(on_duplicate)
    limits = limits or Limits()
    items = list(items)
    if vacancy_id is not None:
        _check_vacancy(engine, team, vacancy_id)
    results = []
    with Sandbox(limits) as sandbox:  # started only if a PDF is to be redacted (it parses the untrusted file)
        for index, item in enumerate(items):
            result = _import_one(engine, team, item, clock, limits, cancel, on_duplicate, sandbox, attach_to, vacancy_id)
            result.preview = item
            results.append(result)
            if progress is not None:
                progress(index + 1, len(items), result)
    return results


@translate_faults
def phone_regions(engine: Engine, team: OpenTeam) -> tuple[str, ...]:
    """Where a CV's phone numbers without a country code are read, as a local vault reads them
    (``identifiers.firm_country``): the firm profile's country first, else the country of the preset the
    team's policy follows, else the default (a Dutch firm's "06 12345678" is then a Dutch mobile number)."""
    with engine.connect() as connection:
        country = firm_profile.read_in(connection, team).profile.firm_country
    if not country:
        _rules, _version, preset = retention.active_policy(engine)
        country = PRESET_COUNTRIES.get(preset or "", "")
    return regions_for(country or None)


@translate_faults
def check_duplicates(engine: Engine, team: OpenTeam, items: Iterable[FilePreview], limits: Limits | None = None) -> None:
    """For the review: each readable file's person already in the team vault (``matches``, found as the
    import finds them) and whether they are on the suppression list (``suppressed``). Reads only; the
    storing transaction asks again."""
    limits = limits or Limits()
    for item in items:
        if not item.ok:
            continue
        content = primary_document(item).content if item.documents else read_regular_file(item.path, limits.max_file_bytes)
        files = [NewFile(content, item.text)] if content is not None else []
        with engine.begin() as connection:  # the duplicate check's advisory locks end with it
            hit = is_suppressed(connection, team, item.email, item.phone)
            duplicate = find_duplicate(connection, team, item.email, files)
        item.suppressed = hit is not None
        item.matches = [TeamMatch(duplicate.kind, duplicate.candidate_id, duplicate.name)] if duplicate is not None else []  # type: ignore[arg-type]


@dataclass(frozen=True)
class TeamMatch(Match):
    """A person the review shows as already in the team vault (``candidate_id`` is their UUID): named in
    the warning without an id, which no one uses in a team."""

    def notice(self) -> Notice:
        return Notice(f"team-duplicate-{self.kind}", {"name": self.name})


def _refused(item: FilePreview, cancel: threading.Event | None) -> TeamImportResult | None:
    """The result of a file that stores nothing (cancelled, unreadable, not a document), else None."""
    if cancel is not None and cancel.is_set():
        return TeamImportResult(item.path, item.file, "cancelled", failure=failures.ImportCancelled(file=item.file))
    if item.failure is not None:
        status = "skipped" if isinstance(item.failure, failures.NotImported) else "failed"
        if isinstance(item.failure, failures.ImportCancelled):
            status = "cancelled"
        return TeamImportResult(item.path, item.file, status, failure=item.failure)
    return None


@translate_faults
def _check_vacancy(engine: Engine, team: OpenTeam, vacancy_id: UUID) -> None:
    """The vacancy is there and open or on hold (else its translated refusal), before any file is stored."""
    with engine.connect() as connection:
        active_vacancy_stages(connection, team, vacancy_id)


def _import_one(engine: Engine, team: OpenTeam, item: FilePreview, clock: Clock, limits: Limits,
                cancel: threading.Event | None, on_duplicate: str, sandbox: Sandbox, attach_to: UUID | None = None,
                vacancy_id: UUID | None = None) -> TeamImportResult:
    refused = _refused(item, cancel)
    if refused is not None:
        return refused
    documents = _documents(item, limits, clock, sandbox, cancel)
    if documents is None:
        return TeamImportResult(item.path, item.file, "failed", failure=failures.FileMissing(file=item.file))
    if attach_to is not None:
        added = _attach_new(engine, team, attach_to, documents, clock)
        if added is None:
            return TeamImportResult(item.path, item.file, "duplicate", attach_to, action="skipped")
        return TeamImportResult(item.path, item.file, "imported", attach_to, added, action="attached")
    name = (item.name or translate("import", "Unnamed ({file})").format(file=item.file))[:200]
    personal = PersonalFields(name, _cut(item.email, 320), phone=_cut(item.phone, 40), city=_cut(item.city, 120),
                              linkedin=_cut(item.linkedin, 300))
    applied_on = min(item.applied_on or clock.today(), clock.today())
    stored = _store(engine, team, personal, documents, clock, on_duplicate, applied_on, vacancy_id)
    if isinstance(stored, SuppressionHit):
        return TeamImportResult(item.path, item.file, "skipped", failure=OnSuppressionList(file=item.file, date=long_date(stored.basis_on)))
    if isinstance(stored, _Known):
        known = stored.duplicate
        if stored.document_ids:
            return TeamImportResult(item.path, item.file, "duplicate", known.candidate_id, stored.document_ids,
                                    action="attached", name=known.name)
        failure = SameFileInTeam if known.kind == CONTENT else SameEmailInTeam
        return TeamImportResult(item.path, item.file, "duplicate", known.candidate_id,
                                failure=failure(file=item.file, name=known.name), action="skipped", name=known.name)
    candidate_id, document_ids = stored
    return TeamImportResult(item.path, item.file, "imported", candidate_id, document_ids, action="created", name=name)


@dataclass(frozen=True)
class _Known:
    """The person was in the team vault already; ``document_ids`` are the files added to them (``attach``)."""

    duplicate: TeamDuplicate
    document_ids: list[UUID] = field(default_factory=list)


def add_files(engine: Engine, team: OpenTeam, candidate_id: UUID, paths: Iterable[str | os.PathLike[str]], clock: Clock,
              limits: Limits | None = None, cancel: threading.Event | None = None,
              passwords: dict[str, str] | None = None) -> list[TeamImportResult]:
    """Files added to an existing candidate's documents, read and refused exactly as an import reads them
    (a password, damage, a wrong type or size gets the import's reason; ``passwords`` opens a protected
    file, by its path, as ``services.importing.preview`` does); each file's documents in one transaction
    (an e-mail: its attachments and the mail itself). The candidate's fields stay as they are."""
    limits = limits or Limits()
    results = []
    with Sandbox(limits) as sandbox:  # never started: nothing is redacted when a file is added by hand
        for item in preview(paths, limits=limits, cancel=cancel, passwords=passwords, regions=phone_regions(engine, team)):
            refused = _refused(item, cancel)
            if refused is not None:
                results.append(refused)
                continue
            documents = _documents(item, limits, clock, sandbox, cancel)
            if documents is None:
                results.append(TeamImportResult(item.path, item.file, "failed", failure=failures.FileMissing(file=item.file)))
                continue
            document_ids = _attach(engine, team, candidate_id, documents, clock)
            results.append(TeamImportResult(item.path, item.file, "imported", candidate_id, document_ids))
    return results


@translate_faults
def _attach(engine: Engine, team: OpenTeam, candidate_id: UUID, documents: list[_Document], clock: Clock) -> list[UUID]:
    with engine.begin() as connection:
        records.begin_write(connection, team)
        return _insert_documents(connection, team, candidate_id, documents, clock)


@translate_faults
def _attach_new(engine: Engine, team: OpenTeam, candidate_id: UUID, documents: list[_Document], clock: Clock) -> list[UUID] | None:
    """The file's documents added to the candidate in one transaction; None (nothing stored) when the
    file is one of theirs already, as a local vault skips it."""
    with engine.begin() as connection:
        records.begin_write(connection, team)
        key = records.candidate_key(connection, team, candidate_id, for_write=True)  # locks them; raises if erased
        theirs = {hashlib.sha256(records.open_bytes(key, document_aad(team.keys.team_id, candidate_id, row.document_id, "content"),
                                                    row.content_sealed)).digest()
                  for row in connection.execute(select(documents_table.c.document_id, documents_table.c.content_sealed)
                                                .where(documents_table.c.candidate_id == candidate_id))}
        if documents and hashlib.sha256(documents[0].content).digest() in theirs:
            return None
        return _insert_documents(connection, team, candidate_id, documents, clock)


def _cut(value: str | None, limit: int) -> str | None:
    """The local vault's column limits, so a candidate moves between the two backends unchanged."""
    return value[:limit] if value else None


@translate_faults
def _store(engine: Engine, team: OpenTeam, personal: PersonalFields, documents: list[_Document], clock: Clock,
           on_duplicate: str = "skip", applied_on: dt.date | None = None,
           vacancy_id: UUID | None = None) -> tuple[UUID, list[UUID]] | _Known | SuppressionHit:
    """The candidate and all their documents in one transaction: all stored, or nothing; or, the
    person being on the suppression list or in the vault already, nothing and why (or, with ``attach``
    and a new file of theirs, the documents added to them). With ``vacancy_id`` the candidate (new, or
    given the file) applies for the vacancy in the same transaction."""
    today = clock.today()
    with engine.begin() as connection:
        records.begin_write(connection, team)
        # The vacancy first (share-locked: a closing waits for this file), then the candidate, as ``applications.apply``.
        stages = active_vacancy_stages(connection, team, vacancy_id, lock=True) if vacancy_id is not None else ()
        hit = is_suppressed(connection, team, personal.email, personal.phone)
        if hit is not None:
            return hit
        if on_duplicate != "create":
            duplicate = find_duplicate(connection, team, personal.email,
                                       [NewFile(document.content, document.text) for document in documents])
            if duplicate is not None:
                if on_duplicate == "attach" and duplicate.kind != CONTENT:
                    added = _insert_documents(connection, team, duplicate.candidate_id, documents, clock)
                    if vacancy_id is not None:
                        apply_in(connection, team, vacancy_id, duplicate.candidate_id, clock, applied_on or today, stages)
                    return _Known(duplicate, added)
                return _Known(duplicate)
        facts = CandidateFacts(created_on=today, applied_on=applied_on or today)
        candidate_id = insert_candidate(connection, team, personal, clock, facts)
        document_ids = _insert_documents(connection, team, candidate_id, documents, clock)
        if vacancy_id is not None:
            apply_in(connection, team, vacancy_id, candidate_id, clock, applied_on or today, stages)
        return candidate_id, document_ids


def _insert_documents(connection: Connection, team: OpenTeam, candidate_id: UUID, documents: list[_Document],
                      clock: Clock) -> list[UUID]:
    return [insert_document(connection, team, candidate_id, document.filename, document.media_type, document.content,
                            document.text, clock, document.kind) for document in documents]


def _documents(item: FilePreview, limits: Limits, clock: Clock, sandbox: Sandbox,
               cancel: threading.Event | None = None) -> list[_Document] | None:
    """What the local import keeps of the file (``kept_documents``): the file itself or its redacted
    rendition, or for an e-mail each CV-like attachment plus the mail as the application record."""
    content = primary_document(item).content if item.documents else read_regular_file(item.path, limits.max_file_bytes)
    if content is None:
        return None
    stored = stored_form(sandbox, clock, item, content, cancel)
    return [_Document(kept.filename, kept.media_type, kept.content, kept.text, kept.kind) for kept in kept_documents(item, stored, clock)]
