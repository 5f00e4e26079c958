"""Why a file could not be imported: typed errors with stable codes and translatable sentences.

The worker process reports a failure as a code and parameters (paths and sizes only, never
content); the parent turns the code back into one of these classes with ``from_code``, so the
GUI, the CLI and the JSON output all show the same translated sentence.
"""

from __future__ import annotations

from recruitdesk.errors import RecruitDeskError
from recruitdesk.i18n import N_


class ImportFailure(RecruitDeskError):
    """A file that was not imported. ``retryable`` says whether trying again may help."""

    code = "import-failed"
    template = N_("errors", "{file} could not be imported.")
    retryable = True


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
        "{file} is not a document RecruitDesk can read. Supported: PDF, Word (.docx), "
        "OpenDocument (.odt), RTF, plain text and Markdown.",
    )


class ContentDoesNotMatchName(ImportFailure):
    code = "content-does-not-match-name"
    retryable = False
    template = N_(
        "errors",
        "{file} is called a {extension} file, but its content is not a document RecruitDesk can read.",
    )


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
    ContentDoesNotMatchName, ZipBomb, DamagedFile, ExtractionTimeout, ExtractionTooSlow, PageTooLarge, ExtractionOutOfMemory,
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
