"""What both kinds of vault share about a candidate's documents as files: their type in words, the
outcome of adding one, and writing a decrypted copy where the user chose.

The documents dialog shows the same words and sentences whichever vault the documents are in, so
they live here once (``services.candidate_documents`` for a local vault, ``services.team_documents``
for a team). A copy is written next to the target under a hidden ``.part`` name, flushed to disk and
renamed into place; if anything fails that partial file is removed, so no decrypted bytes stay
behind anywhere but where the user asked for them.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from recruitdesk.errors import RecruitDeskError
from recruitdesk.i18n import N_, translate

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


def type_text(media_type: str, filename: str) -> str:
    """A file's type in words ("PDF", "Word document"), in the current language."""
    word = TYPE_WORDS.get(media_type)
    if word is not None:
        return translate("team documents", word)
    if media_type.startswith("image/"):
        return translate("team documents", IMAGE_WORD)
    return Path(filename).suffix.lstrip(".").upper() or media_type


class DocumentCopyNotWritten(RecruitDeskError):
    code = "document-copy-not-written"
    template = N_("errors", "The copy could not be written to {path} ({reason}). Nothing was left there; choose another "
                            "folder or free some space and try again.")

    def __init__(self, **params: object) -> None:
        super().__init__(**params)
        self.args = (self.code,)  # a path may name the candidate: never in logs


@dataclass(frozen=True)
class AddOutcome:
    """One chosen file: added, or refused with the translated reason (``needs_password``: ask for it and
    add the file again with it)."""

    path: Path
    file: str
    added: bool
    reason: str | None = None
    needs_password: bool = False


def write_copy(content: bytes, target: str | os.PathLike[str]) -> Path:
    """``content`` written to ``target`` all at once (a hidden partial file renamed into place); returns the path."""
    target = Path(target)
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
