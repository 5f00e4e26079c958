"""What the import review needs besides the preview: which files to leave out by default and
why, what an e-mail's or a folder's skipped parts were, the application date, a picture of a
page, and mails dragged out of Outlook.

**Left out by default** (``doubts``). A file that was read is still not ticked when it is
unlikely to be a CV the recruiter wants, and the row says why:

* *no readable text*: fewer than ``MIN_LETTERS`` letters were read (a damaged file read only in
  part, a scan whose text recognition found nothing, an empty page);
* *not a CV*: the text holds none of the things every CV has somewhere: an e-mail address, a
  phone number, a person's name (two words or more), or at least two CV headings or words (experience, education,
  skills, ... in English, Dutch or French). A recipe, a manual or an invoice has none of them;
* *name from the file name only*: no name was found in the text and the one taken from the
  file name ("pypdf-issue-broken-xref.pdf" gives "Pypdf Issue Broken Xref") is not confirmed
  by the text or the e-mail address.

Unreadable, damaged and protected files are not importable at all (their failure says why);
a password-protected one is read again with the password through ``importing.preview``.
The recruiter can tick a doubted file to import it anyway.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import stat
import tempfile
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

from recruitdesk.i18n import N_, translate
from recruitdesk.importing import failures
from recruitdesk.importing.outlook_drop import QT_CONTENTS, QT_DESCRIPTOR_A, QT_DESCRIPTOR_W, DescriptorError, files_from_drop
from recruitdesk.importing.sandbox import Sandbox
from recruitdesk.importing.sources import Skipped, gather
from recruitdesk.services.importing import FilePreview, primary_document

__all__ = [
    "Doubt", "Skipped", "MailNotReceived", "doubts", "skipped_parts", "application_date", "list_dropped",
    "page_preview", "VIRTUAL_FILE_FORMATS", "is_virtual_file_drop", "receive_virtual_files", "forget_received",
]

MIN_LETTERS = 20
CV_WORDS = (
    "curriculum vitae", "cv", "resume", "experience", "work experience", "employment", "education", "skills",
    "languages", "references", "profile", "internship", "qualifications", "certifications",
    "ervaring", "werkervaring", "beroepservaring", "opleiding", "opleidingen", "vaardigheden", "talenkennis", "talen",
    "competenties", "stage", "diploma", "profiel", "referenties", "levensloop",
    "experience professionnelle", "experiences", "formation", "formations", "competences", "langues", "diplome",
    "diplomes", "stages", "profil", "loisirs", "centres d'interet",
)
_CV_WORD = re.compile(r"(?<![\w])(" + "|".join(re.escape(word) for word in sorted(CV_WORDS, key=len, reverse=True)) + r")(?![\w])")

DOUBTS = {
    "no-text": N_("import_review", "Almost no text could be read from this file (a damaged file, or a scan without recognisable text). Look at the page, then tick it to import it anyway."),
    "not-a-cv": N_("import_review", "This does not look like a CV: no name, e-mail address, phone number or CV headings (experience, education, skills…) were found in it."),
    "name-from-file-name": N_("import_review", "The name was taken from the file name and nothing in the text confirms it. Check it before you import the file."),
}
SHORT_DOUBTS = {
    "no-text": N_("import_review", "no readable text"),
    "not-a-cv": N_("import_review", "not a CV?"),
    "name-from-file-name": N_("import_review", "name from the file name"),
}


@dataclass(frozen=True)
class Doubt:
    """Why a readable file is left out by default; the recruiter may tick it anyway."""

    code: str

    def message(self) -> str:
        return translate("import_review", DOUBTS[self.code])

    def short(self) -> str:
        return translate("import_review", SHORT_DOUBTS[self.code])


def doubts(item: FilePreview) -> list[Doubt]:
    """Why ``item`` should not be ticked by default, most important first (empty: tick it)."""
    if not item.ok:
        return []
    text = item.text
    found: list[Doubt] = []
    if _letters(text) < MIN_LETTERS:
        found.append(Doubt("no-text"))
    elif not _has_cv_signal(item):
        found.append(Doubt("not-a-cv"))
    if name_from_file_name(item) and not _name_confirmed(item):
        found.append(Doubt("name-from-file-name"))
    return found


def name_from_file_name(item: FilePreview) -> bool:
    """The shown name is the one taken from the file name (not typed or corrected by the recruiter)."""
    if not item.name or item.fields.name.value:
        return False
    return any(notice.code == "name-from-filename" for notice in item.file_notices)


def _letters(text: str) -> int:
    return sum(1 for char in text if char.isalpha())


def _has_cv_signal(item: FilePreview) -> bool:
    fields = item.fields
    if fields.email.value or fields.phone.value or fields.linkedin.value:
        return True
    if len((fields.name.value or "").split()) >= 2:  # a person's name has two words at least ("Ingredients" is not one)
        return True
    return len(set(_CV_WORD.findall(_fold(item.text)))) >= 2


def _name_confirmed(item: FilePreview) -> bool:
    words = [word for word in re.split(r"[\s\-']+", _fold(item.name or "")) if len(word) >= 2]
    if not words:
        return False
    text = _fold(item.text)
    local = _fold((item.email or "").split("@", 1)[0])
    found = [word for word in words if re.search(r"(?<![\w])" + re.escape(word) + r"(?![\w])", text) or word in local]
    return len(found) >= min(2, len(words))


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


# --- what an e-mail left out ------------------------------------------------------------------
SKIPPED_REASONS = {
    "too-many": N_("import_review", "{file}: the e-mail has too many attachments; this one was not read."),
    "too-deep": N_("import_review", "{file}: nested too deeply (mails in mails in zips); not read."),
    "empty-archive": N_("import_review", "{file}: the zip archive holds no CV."),
}


def skipped_parts(item: FilePreview) -> list[str]:
    """One sentence per attachment of an e-mail that was not read, with the reason."""
    sentences = []
    for entry in item.skipped:
        name = str(entry.get("file") or "?")
        reason = str(entry.get("reason") or "")
        if reason in SKIPPED_REASONS:
            sentences.append(translate("import_review", SKIPPED_REASONS[reason]).format(file=name))
            continue
        params = {key: value for key, value in dict(entry.get("params") or {}).items() if key != "file"}
        failure = failures.from_code(reason, file=name, **params)
        sentences.append(translate("import_review", "Attachment not imported: {reason}").format(reason=failure.message()))
    return sentences


# --- the application date ---------------------------------------------------------------------
def application_date(item: FilePreview, today: dt.date) -> dt.date:
    """The date the person applied, as offered in the review: the mail's date, else the file's
    (its last change), never after ``today``."""
    if item.applied_on is not None:
        return min(item.applied_on, today)
    try:
        changed = dt.datetime.fromtimestamp(item.path.stat().st_mtime).date()
    except (OSError, ValueError, OverflowError):
        return today
    return min(changed, today)


# --- listing what was dropped -----------------------------------------------------------------
def list_dropped(entries: Iterable[Path | Skipped]) -> list[Path | Skipped]:
    """Files and folders as the review lists them: folders walked, every file that will not be
    read (a link out of the folder, a hidden or system file) kept with its reason. Slow on a
    large folder or a network share: call it off the GUI thread."""
    listed: list[Path | Skipped] = []
    seen: set[Path] = set()
    for entry in entries:
        if isinstance(entry, Skipped):
            listed.append(entry)
            continue
        for found in gather([entry]):
            key = (found.path if isinstance(found, Skipped) else found).absolute()
            if key not in seen:
                seen.add(key)
                listed.append(found)
    return listed


# --- a picture of the first page --------------------------------------------------------------
def page_preview(item: FilePreview, width: int = 900, cancel: threading.Event | None = None) -> bytes | None:
    """PNG bytes of the file's first page (PDF) or the picture itself, made in the extraction
    sandbox and kept in memory only; None for other kinds of file or an unreadable one."""
    with Sandbox() as sandbox:
        if item.documents:
            document = primary_document(item)
            return sandbox.page_image(None, width, content=document.content, cancel=cancel)
        return sandbox.page_image(item.path, width, password=item.password, cancel=cancel)


# --- mails dragged out of Outlook -------------------------------------------------------------
# Qt's names for Windows' virtual-file clipboard formats, and the bare names other setups use.
VIRTUAL_FILE_FORMATS = {
    QT_DESCRIPTOR_W: QT_DESCRIPTOR_W, "FileGroupDescriptorW": QT_DESCRIPTOR_W,
    QT_DESCRIPTOR_A: QT_DESCRIPTOR_A, "FileGroupDescriptor": QT_DESCRIPTOR_A,
    QT_CONTENTS: QT_CONTENTS, "FileContents": QT_CONTENTS,
}
_DESCRIPTORS = {QT_DESCRIPTOR_W, QT_DESCRIPTOR_A}


class MailNotReceived(failures.NotImported):
    code = "mail-not-received"
    template = N_("import_review", "{file} was dragged together with other mails, and Outlook hands over only the first one. Drag it on its own.")


class DropUnreadable(failures.NotImported):
    code = "drop-unreadable"
    template = N_("import_review", "What was dragged from the mail program could not be read. Save the mail as a file (.msg or .eml) and import that.")


def is_virtual_file_drop(formats: Iterable[str]) -> bool:
    """Whether a drag carries mails as virtual files (Outlook on Windows) rather than paths."""
    return any(VIRTUAL_FILE_FORMATS.get(name) in _DESCRIPTORS for name in formats)


_received_lock = threading.Lock()
_received_root: Path | None = None


def _private_folder() -> Path:
    """A new folder only this user can read, inside this process's own temporary folder."""
    global _received_root
    with _received_lock:
        if _received_root is None or not _received_root.is_dir():
            _received_root = Path(tempfile.mkdtemp(prefix="recruitdesk-dropped-"))
            os.chmod(_received_root, stat.S_IRWXU)
            import atexit

            atexit.register(shutil.rmtree, _received_root, True)
        return Path(tempfile.mkdtemp(dir=_received_root))


def receive_virtual_files(formats: Mapping[str, bytes]) -> list[Path | Skipped]:
    """Write the mails of a virtual-file drop into a private temporary folder; returns the
    written files (imported like any .msg or .eml) and, with their reason, the mails that did
    not arrive. ``formats`` maps the drag's format names to their bytes."""
    data = {VIRTUAL_FILE_FORMATS[name]: bytes(value) for name, value in formats.items() if name in VIRTUAL_FILE_FORMATS}
    if not any(data.get(name) for name in _DESCRIPTORS):
        return []
    folder = _private_folder()
    try:
        written, missing = files_from_drop(data, folder)
    except (DescriptorError, OSError):
        shutil.rmtree(folder, ignore_errors=True)
        return [Skipped(Path("Outlook"), DropUnreadable(file="Outlook"))]
    entries: list[Path | Skipped] = list(written)
    entries += [Skipped(folder / name, MailNotReceived(file=name)) for name in missing]
    return entries


def forget_received(paths: Iterable[Path]) -> None:
    """Delete the files of a virtual-file drop once the review is closed (others are left alone)."""
    root = _received_root
    if root is None:
        return
    for path in paths:
        try:
            folder = Path(path).parent
            if folder.parent == root:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue

