"""Why a file could not be imported: typed errors with stable codes and translatable sentences.

The worker process reports a failure as a code and parameters (paths and sizes only, never
content); the parent turns the code back into one of these classes with ``from_code``, so the
GUI, the CLI and the JSON output all show the same translated sentence.
"""

from __future__ import annotations

from recruitdesk.errors import RecruitDeskError
from recruitdesk.i18n import N_, translate


class ImportFailure(RecruitDeskError):
    """A file that was not imported. ``retryable`` says whether trying again may help."""

    code = "import-failed"
    template = N_("errors", "{file} could not be imported.")
    retryable = True
    needs_password = False  # True: ask for a password and read the file again with it


class FileMissing(ImportFailure):
    code = "file-missing"
    template = N_("errors", "{file} does not exist or cannot be read.")


class NotARegularFile(ImportFailure):
    code = "not-a-regular-file"
    retryable = False
    template = N_("errors", "{file} is not a regular file (a device, a pipe or a broken link).")


class NotImported(ImportFailure):
    """A file that was found but deliberately left out (reported as ``skipped``, not ``failed``)."""

    code = "not-imported"
    retryable = False
    template = N_("errors", "{file} was not imported.")


class LinkOutsideFolder(NotImported):
    code = "link-outside-folder"
    template = N_("errors", "{file}: a link to a file outside the folder was not imported. Import the file itself if you trust it.")


class LinkToFolder(NotImported):
    code = "link-to-folder"
    template = N_("errors", "{file} is a link to a folder; links to folders are not followed. Import the folder itself if you trust it.")


class HiddenFile(NotImported):
    code = "hidden-file"
    template = N_("errors", "{file} is a hidden file and was not imported. Rename it without the leading dot to import it.")


class HiddenFolder(NotImported):
    code = "hidden-folder"
    template = N_("errors", "{file} is a hidden folder; the files in it were not imported.")


class SystemFile(NotImported):
    code = "system-file"
    template = N_("errors", "{file} is a lock or thumbnail file that Office or the system keeps next to documents; it was not imported.")


class FileEmpty(ImportFailure):
    code = "file-empty"
    retryable = False
    template = N_("errors", "{file} is empty (0 bytes).")


class FileTooLarge(ImportFailure):
    code = "file-too-large"
    retryable = False
    template = N_("errors", "{file} is {size_mb} MB; CVs larger than {limit_mb} MB are not imported.")


class UnsupportedFormat(ImportFailure):
    code = "unsupported-format"
    retryable = False
    template = N_(
        "errors",
        "{file} is not a document RecruitDesk can read. Supported: PDF, Word (.docx and .doc), "
        "OpenDocument (.odt), RTF, plain text, Markdown, e-mails (.eml, .msg) and pictures (JPEG, PNG, TIFF).",
    )


class ContentDoesNotMatchName(ImportFailure):
    code = "content-does-not-match-name"
    retryable = False
    template = N_(
        "errors",
        "{file} is called a {extension} file, but its content is not a document RecruitDesk can read.",
    )


class WrongType(ImportFailure):
    """A file recognised by its content as something other than a CV document."""

    code = "wrong-type"
    retryable = False
    template = N_("errors", "{file} is not a CV document: its content is {real_type}.")

    def message(self) -> str:
        params = dict(self.params)
        params["real_type"] = translate("errors", FOREIGN_TYPES.get(str(params.get("real_type")), FOREIGN_TYPES["unknown"]))
        return translate("errors", self.template).format(**params)


# What a foreign kind from ``sniff`` is, for ``WrongType``'s sentence.
FOREIGN_TYPES = {
    "xlsx": N_("errors", "an Excel spreadsheet (.xlsx)"),
    "xls": N_("errors", "an Excel 97-2003 spreadsheet (.xls)"),
    "pptx": N_("errors", "a PowerPoint presentation (.pptx)"),
    "ppt": N_("errors", "a PowerPoint 97-2003 presentation (.ppt)"),
    "ods": N_("errors", "an OpenDocument spreadsheet (.ods)"),
    "odp": N_("errors", "an OpenDocument presentation (.odp)"),
    "odf-other": N_("errors", "an OpenDocument file that is not a text document"),
    "epub": N_("errors", "an e-book (EPUB)"),
    "zip": N_("errors", "a zip archive; unpack it and import the CVs inside"),
    "archive": N_("errors", "a compressed archive (RAR, 7z, gzip or similar); unpack it and import the CVs inside"),
    "exe": N_("errors", "a program (executable), which is never opened"),
    "gif": N_("errors", "a GIF picture, which cannot be read as text"),
    "heic": N_("errors", "a HEIC/HEIF photo, which cannot be read yet; save it as JPEG and import that"),
    "video": N_("errors", "a video"),
    "audio": N_("errors", "a sound recording"),
    "database": N_("errors", "a database file"),
    "icon": N_("errors", "an icon"),
    "html": N_("errors", "a web page (HTML); save or print it as PDF and import that"),
    "ole2": N_("errors", "an Office compound file of an unknown kind"),
    "unknown": N_("errors", "of an unknown kind"),
}


class PasswordRequired(ImportFailure):
    """The GUI turns this code into a password prompt and reads the file again with the password."""

    code = "password-required"
    retryable = False
    needs_password = True
    template = N_("errors", "{file} is protected with a password. Enter the password to read it.")


class PasswordIncorrect(ImportFailure):
    code = "password-incorrect"
    retryable = False
    needs_password = True
    template = N_("errors", "The password for {file} is not correct. Check it and try again.")


class CertificateProtected(ImportFailure):
    code = "certificate-protected"
    retryable = False
    template = N_(
        "errors",
        "{file} is protected with a certificate (or rights management), not a password: it can only be "
        "opened with the recipient's certificate. Ask the sender for an unprotected copy.",
    )


class NoUsableAttachment(ImportFailure):
    code = "no-usable-attachment"
    retryable = False
    template = N_("errors", "The e-mail {file} has no attached CV (PDF, Word, OpenDocument, RTF, text or picture): {reason}")

    def message(self) -> str:
        params = dict(self.params)
        params["reason"] = translate("errors", MAIL_REASONS.get(str(params.get("reason")), MAIL_REASONS["none"]))
        return translate("errors", self.template).format(**params)


MAIL_REASONS = {
    "none": N_("errors", "it has no attachments."),
    "unreadable": N_("errors", "none of its attachments is a document RecruitDesk can read."),
    "too-large": N_("errors", "its attachments are larger than the limit for a CV."),
    "too-deep": N_("errors", "its attachments are nested too deeply (mails in mails in zips)."),
}


class ZipBomb(ImportFailure):
    code = "zip-bomb"
    retryable = False
    template = N_(
        "errors",
        "{file} would unpack to far more data than a CV holds (a damaged or hostile file); it was not opened.",
    )


class DamagedFile(ImportFailure):
    code = "damaged-file"
    retryable = False
    template = N_("errors", "{file} looks like a {kind} file but is damaged and cannot be read.")


class ExtractionTimeout(ImportFailure):
    code = "extraction-timeout"
    template = N_("errors", "Reading {file} took longer than {seconds} seconds and was stopped.")


class ExtractionTooSlow(ImportFailure):
    code = "extraction-too-slow"
    retryable = False
    template = N_(
        "errors",
        "Reading {file} needed more than {seconds} seconds of processing (a damaged or hostile file); it was stopped.",
    )


class PageTooLarge(ImportFailure):
    code = "page-too-large"
    retryable = False
    template = N_(
        "errors",
        "{file} has a page with far more content than a CV page holds (a damaged or hostile file); it was not read.",
    )


class ExtractionOutOfMemory(ImportFailure):
    code = "extraction-out-of-memory"
    template = N_("errors", "Reading {file} needed more than {limit_mb} MB of memory and was stopped.")


class ExtractionCrashed(ImportFailure):
    code = "extraction-crashed"
    template = N_("errors", "The reader stopped unexpectedly while reading {file}.")


class OutputTooLarge(ImportFailure):
    code = "output-too-large"
    retryable = False
    template = N_("errors", "{file} produced far more text than a CV holds; it was not imported.")


class ImportCancelled(ImportFailure):
    code = "import-cancelled"
    template = N_("errors", "The import was cancelled before {file} was read.")


class ImportWriteFailed(ImportFailure):
    code = "import-write-failed"
    template = N_("errors", "{file} was read but could not be saved in the vault; nothing of it was stored.")


_BY_CODE = {cls.code: cls for cls in (
    ImportFailure, FileMissing, NotARegularFile, FileEmpty, FileTooLarge, UnsupportedFormat,
    ContentDoesNotMatchName, WrongType, PasswordRequired, PasswordIncorrect, CertificateProtected,
    NoUsableAttachment, ZipBomb, DamagedFile, ExtractionTimeout, ExtractionTooSlow, PageTooLarge, ExtractionOutOfMemory,
    ExtractionCrashed, OutputTooLarge, ImportCancelled, ImportWriteFailed,
    NotImported, LinkOutsideFolder, LinkToFolder, HiddenFile, HiddenFolder, SystemFile,
)}


def from_code(code: str, **params: object) -> ImportFailure:
    """Rebuild a failure reported by the worker; unknown codes become the generic one."""
    cls = _BY_CODE.get(code, ImportFailure)
    try:
        failure = cls(**params)
        failure.message()
        return failure
    except (KeyError, IndexError, ValueError):  # a worker that sent too few parameters
        return ImportFailure(file=params.get("file", "?"))
