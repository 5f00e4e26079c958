"""A team candidate's documents as the team window handles them: list, add, save a copy, remove.

Everything goes through the window's :class:`TeamDesk` (its pool, its open keys, its reopening after
a key change). Adding reads each file exactly as the team's CV import does (``team.cv_import``): a
password, damage, a wrong type or an oversized file is refused with the import's translated reason
and stores nothing. A saved copy is the decrypted file written only where the user chose: it is
written next to the target under a hidden name and renamed into place, and that partial file is
removed if anything fails, so no decrypted bytes stay behind anywhere else. Removing names the
version the user saw; a colleague's change or removal meanwhile becomes a sentence, not a traceback.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable
from uuid import UUID

from sqlalchemy import Engine

from recruitdesk.errors import RecruitDeskError
from recruitdesk.i18n import N_, translate
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.team import cv_import, records
from recruitdesk.team import documents as team_documents
from recruitdesk.team.membership import OpenTeam

# The words for a file's type, by media type (the file's extension when none matches).
TYPE_WORDS = {
    "application/pdf": N_("team documents", "PDF"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": N_("team documents", "Word document"),
    "application/msword": N_("team documents", "Word document"),
    "application/vnd.oasis.opendocument.text": N_("team documents", "OpenDocument text"),
    "application/rtf": N_("team documents", "RTF document"),
    "text/rtf": N_("team documents", "RTF document"),
    "text/plain": N_("team documents", "Text"),
    "text/markdown": N_("team documents", "Text"),
    "message/rfc822": N_("team documents", "E-mail"),
    "application/vnd.ms-outlook": N_("team documents", "E-mail"),
}
IMAGE_WORD = N_("team documents", "Picture")


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


class DocumentCopyNotWritten(RecruitDeskError):
    code = "document-copy-not-written"
    template = N_("errors", "The copy could not be written to {path} ({reason}). Nothing was left there; choose another "
                            "folder or free some space and try again.")

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
        word = TYPE_WORDS.get(self.media_type)
        if word is not None:
            return translate("team documents", word)
        if self.media_type.startswith("image/"):
            return translate("team documents", IMAGE_WORD)
        return Path(self.filename).suffix.lstrip(".").upper() or self.media_type


def documents(desk: TeamDesk, candidate_id: UUID) -> list[DocumentLine]:
    """The candidate's documents, oldest first (their contents are decrypted to know each exact size)."""
    found = desk.run(lambda engine, team: team_documents.documents_of(engine, team, candidate_id, with_content=True))
    return [DocumentLine(item.document_id, item.candidate_id, item.version, item.kind, item.filename, item.media_type,
                         item.added_at, len(item.content or b"")) for item in found]


@dataclass(frozen=True)
class AddOutcome:
    """One chosen file: added, or refused with the translated reason (``needs_password``: ask for it and
    add the file again with it)."""

    path: Path
    file: str
    added: bool
    reason: str | None = None
    needs_password: bool = False


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
    target = Path(target)

    def read(engine: Engine, team: OpenTeam) -> bytes:
        try:
            return team_documents.read_document(engine, team, line.document_id).content or b""
        except records.RecordNotFound:
            raise TeamDocumentGone(file=line.filename) from None
    content = desk.run(read)
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with open(partial, "xb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    except OSError as problem:
        partial.unlink(missing_ok=True)
        raise DocumentCopyNotWritten(path=str(target), reason=problem.strerror or type(problem).__name__) from None
    return target


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
