"""Importing CVs into a team vault, through the same reading and field detection as the local vault.

``services.importing.preview`` does the work that must not exist twice: every file is read in the
sandboxed extraction workers (PDF, DOCX, ODT, RTF, Markdown, e-mails with their attachments,
OCR for scans) and its name, e-mail and the rest are detected. What this module adds is where the
result goes: per file, in ONE transaction, a team candidate (name, e-mail, phone, city and
LinkedIn address sealed under a new candidate key) and their documents (the original bytes and
extracted text sealed under that key, the text's word prefixes as blind tokens). A file that cannot be read is reported with its
translated reason and stores nothing; a failed write leaves no half-stored candidate.

Not (yet) as in the local import: duplicate detection against the team's candidates, redaction,
and the retention countdown (the deadline stays empty until the team's retention check runs).
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable
from uuid import UUID

from sqlalchemy import Connection, Engine

from recruitdesk.clock import Clock
from recruitdesk.i18n import translate
from recruitdesk.importing import failures
from recruitdesk.importing.failures import ImportFailure
from recruitdesk.importing.limits import Limits
from recruitdesk.importing.naming import storable_name
from recruitdesk.importing.sources import read_regular_file
from recruitdesk.services.importing import FilePreview, preview, primary_document
from recruitdesk.team import records
from recruitdesk.team.candidates import PersonalFields, insert_candidate
from recruitdesk.team.documents import insert_document
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam

Progress = Callable[[int, int, "TeamImportResult"], None]


@dataclass
class TeamImportResult:
    path: Path
    file: str
    status: str  # imported, failed, skipped, cancelled
    candidate_id: UUID | None = None
    document_ids: list[UUID] = field(default_factory=list)
    failure: ImportFailure | None = None


@dataclass(frozen=True)
class _Document:
    filename: str = field(repr=False)
    media_type: str
    content: bytes = field(repr=False)
    text: str = field(repr=False)
    kind: str = "cv"


def import_cvs(engine: Engine, team: OpenTeam, paths: Iterable[str | os.PathLike[str]], clock: Clock,
               limits: Limits | None = None, progress: Progress | None = None,
               cancel: threading.Event | None = None) -> list[TeamImportResult]:
    """Read every file (folders recurse) and store each readable one as a new team candidate."""
    limits = limits or Limits()
    previews = preview(paths, limits=limits, cancel=cancel)
    results = []
    for index, item in enumerate(previews):
        result = _import_one(engine, team, item, clock, limits, cancel)
        results.append(result)
        if progress is not None:
            progress(index + 1, len(previews), result)
    return results


def _import_one(engine: Engine, team: OpenTeam, item: FilePreview, clock: Clock, limits: Limits,
                cancel: threading.Event | None) -> TeamImportResult:
    if cancel is not None and cancel.is_set():
        return TeamImportResult(item.path, item.file, "cancelled", failure=failures.ImportCancelled(file=item.file))
    if item.failure is not None:
        status = "skipped" if isinstance(item.failure, failures.NotImported) else "failed"
        if isinstance(item.failure, failures.ImportCancelled):
            status = "cancelled"
        return TeamImportResult(item.path, item.file, status, failure=item.failure)
    documents = _documents(item, limits)
    if documents is None:
        return TeamImportResult(item.path, item.file, "failed", failure=failures.FileMissing(file=item.file))
    name = item.name or translate("import", "Unnamed ({file})").format(file=item.file)
    personal = PersonalFields(name[:200], _cut(item.email, 320), phone=_cut(item.phone, 40), city=_cut(item.city, 120),
                              linkedin=_cut(item.linkedin, 300))
    candidate_id, document_ids = _store(engine, team, personal, documents, clock)
    return TeamImportResult(item.path, item.file, "imported", candidate_id, document_ids)


def _cut(value: str | None, limit: int) -> str | None:
    """The local vault's column limits, so a candidate moves between the two backends unchanged."""
    return value[:limit] if value else None


@translate_faults
def _store(engine: Engine, team: OpenTeam, personal: PersonalFields, documents: list[_Document],
           clock: Clock) -> tuple[UUID, list[UUID]]:
    """The candidate and all their documents in one transaction: all stored, or nothing."""
    with engine.begin() as connection:
        records.begin_write(connection, team)
        candidate_id = insert_candidate(connection, team, personal, clock)
        return candidate_id, _insert_documents(connection, team, candidate_id, documents, clock)


def _insert_documents(connection: Connection, team: OpenTeam, candidate_id: UUID, documents: list[_Document],
                      clock: Clock) -> list[UUID]:
    return [insert_document(connection, team, candidate_id, document.filename, document.media_type, document.content,
                            document.text, clock, document.kind) for document in documents]


def _documents(item: FilePreview, limits: Limits) -> list[_Document] | None:
    """The file itself, or for an e-mail each CV-like attachment plus the mail as the application record."""
    if not item.documents:
        content = read_regular_file(item.path, limits.max_file_bytes)
        if content is None:
            return None
        return [_Document(storable_name(item.file), item.media_type or "application/octet-stream", content, item.text)]
    primary = primary_document(item)
    found = [_Document(storable_name(attached.file), attached.media_type, attached.content,
                       item.text if attached is primary else attached.text) for attached in item.documents]
    if item.record:
        name = item.file if item.file.lower().endswith(".eml") else f"{Path(item.file).stem}.eml"
        found.append(_Document(storable_name(name), "message/rfc822", item.record, item.record_text, kind="application"))
    return found
