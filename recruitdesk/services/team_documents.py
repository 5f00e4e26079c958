"""A team candidate's documents as the team window handles them: list, add, save a copy, remove.

Everything goes through the window's :class:`TeamDesk` (its pool, its open keys, its reopening after
a key change). Adding reads each file exactly as the team's CV import does (``team.cv_import``): a
password, damage, a wrong type or an oversized file is refused with the import's translated reason
and stores nothing. A saved copy is the decrypted file written only where the user chose
(``document_files.write_copy``, shared with a local vault). Removing names the
version the user saw; a colleague's change or removal meanwhile becomes a sentence, not a traceback.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable
from uuid import UUID

from sqlalchemy import Engine

from recruitdesk.errors import RecruitDeskError
from recruitdesk.i18n import N_
from recruitdesk.services.document_files import AddOutcome, DocumentCopyNotWritten, type_text, write_copy
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.team import cv_import, records
from recruitdesk.team import documents as team_documents
from recruitdesk.team.membership import OpenTeam

__all__ = ["AddOutcome", "DocumentCopyNotWritten", "DocumentLine", "TeamDocumentChanged", "TeamDocumentGone",
           "add_files", "documents", "remove", "save_copy"]


class TeamDocumentChanged(RecruitDeskError):
    code = "team-document-changed"
    template = N_("errors", "Another member changed {file} after you opened the list. Nothing was removed; the list now "
                            "shows their version, look at it and try again.")

    def __init__(self, **params: object) -> None:
        super().__init__(**params)
        self.args = (self.code,)  # a file name may name the candidate: never in logs


class TeamDocumentGone(RecruitDeskError):
    code = "team-document-gone"
    template = N_("errors", "{file} is no longer in the team vault: another member removed it (or the candidate was erased).")

    def __init__(self, **params: object) -> None:
        super().__init__(**params)
        self.args = (self.code,)


@dataclass(frozen=True)
class DocumentLine:
    """One line of the documents list: what the user sees and the version a removal names."""

    document_id: UUID
    candidate_id: UUID
    version: int
    kind: str
    filename: str
    media_type: str
    added_at: dt.datetime
    size: int

    def type_text(self) -> str:
        """The file's type in words ("PDF", "Word document"), in the current language."""
        return type_text(self.media_type, self.filename)


def documents(desk: TeamDesk, candidate_id: UUID) -> list[DocumentLine]:
    """The candidate's documents, oldest first (their contents are decrypted to know each exact size)."""
    found = desk.run(lambda engine, team: team_documents.documents_of(engine, team, candidate_id, with_content=True))
    return [DocumentLine(item.document_id, item.candidate_id, item.version, item.kind, item.filename, item.media_type,
                         item.added_at, len(item.content or b"")) for item in found]


def add_files(desk: TeamDesk, candidate_id: UUID, paths: Iterable[str | os.PathLike[str]],
              passwords: dict[str, str] | None = None) -> list[AddOutcome]:
    """Each file read as the team import reads it and added to the candidate; refused files with their reason."""
    chosen = list(paths)
    results = desk.run(lambda engine, team: cv_import.add_files(engine, team, candidate_id, chosen, desk.clock, passwords=passwords))
    return [AddOutcome(Path(result.path), result.file, result.status == "imported",
                       result.failure.message() if result.failure is not None else None,
                       bool(result.failure is not None and result.failure.needs_password)) for result in results]


def save_copy(desk: TeamDesk, line: DocumentLine, target: str | os.PathLike[str]) -> Path:
    """The decrypted file written to ``target`` (the user's choice); returns the path written."""
    def read(engine: Engine, team: OpenTeam) -> bytes:
        try:
            return team_documents.read_document(engine, team, line.document_id).content or b""
        except records.RecordNotFound:
            raise TeamDocumentGone(file=line.filename) from None
    return write_copy(desk.run(read), target)


def remove(desk: TeamDesk, line: DocumentLine) -> None:
    """Delete the document at the version the user saw, for every member."""
    def delete(engine: Engine, team: OpenTeam) -> None:
        try:
            team_documents.delete_document(engine, team, line.document_id, line.version, desk.clock)
        except records.RecordVersionConflict:
            raise TeamDocumentChanged(file=line.filename) from None
        except records.RecordNotFound:
            raise TeamDocumentGone(file=line.filename) from None
    desk.run(delete)
