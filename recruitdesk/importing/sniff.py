"""Deciding a file's type from its content, never from its name.

A CV mailed as ``cv.pdf`` may be a Word file, a spreadsheet renamed to ``.pdf`` must be named
for what it is instead of crashing the PDF reader, and a hostile file may claim to be a PDF.
The first bytes (and, for zip and OLE2 containers, the names of the members) decide which
reader runs; the extension is only compared afterwards to tell the user when the two disagree.

Kinds in ``READABLE`` have a reader. Every other kind returned here is a *foreign* kind: a file
RecruitDesk recognises but does not read as a CV (``xlsx``, ``exe``...); the worker reports it
by its real type (``failures.WrongType``).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODF_MIMETYPE_PREFIX = b"application/vnd.oasis.opendocument."

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "rtf": "application/rtf",
    "text": "text/plain",
    "markdown": "text/markdown",
    "doc": "application/msword",
    "eml": "message/rfc822",
    "msg": "application/vnd.ms-outlook",
    "png": "image/png",
    "jpeg": "image/jpeg",
    "tiff": "image/tiff",
    "bmp": "image/bmp",
    "webp": "image/webp",
}
IMAGES = ("png", "jpeg", "tiff", "bmp", "webp")
MAILS = ("eml", "msg")
READABLE = frozenset(("pdf", "docx", "odt", "rtf", "text", "markdown", "doc") + MAILS + IMAGES)

# What an extension promises, to report a mismatch or a document that is not what it says.
EXTENSIONS = {
    ".pdf": "pdf", ".docx": "docx", ".docm": "docx", ".dotx": "docx", ".odt": "odt", ".rtf": "rtf",
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".doc": "doc", ".dot": "doc",
    ".eml": "eml", ".msg": "msg", ".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".tif": "tiff",
    ".tiff": "tiff", ".bmp": "bmp", ".webp": "webp", ".heic": "heic", ".heif": "heic",
}

# Magic numbers of files that are not CV documents, checked after the readable ones.
_FOREIGN_MAGIC = (
    (b"MZ", "exe"), (b"\x7fELF", "exe"), (b"\xcf\xfa\xed\xfe", "exe"), (b"\xce\xfa\xed\xfe", "exe"),
    (b"\xca\xfe\xba\xbe", "exe"), (b"GIF87a", "gif"), (b"GIF89a", "gif"), (b"Rar!\x1a\x07", "archive"),
    (b"7z\xbc\xaf\x27\x1c", "archive"), (b"\x1f\x8b", "archive"), (b"BZh", "archive"),
    (b"\xfd7zXZ\x00", "archive"), (b"ID3", "audio"), (b"OggS", "audio"), (b"fLaC", "audio"),
    (b"SQLite format 3\x00", "database"), (b"\x00\x00\x01\x00", "icon"),
)
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]")
_MAIL_HEADERS = {b"from", b"to", b"subject", b"date", b"message-id", b"mime-version", b"received",
                 b"return-path", b"delivered-to", b"x-mailer", b"reply-to", b"content-type"}


def kind_from_content(path: Path, head: bytes) -> str | None:
    """A readable kind (``READABLE``), a foreign kind (``xlsx``, ``exe``, ``zip``...) or None."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(OLE2_MAGIC):
        return ole2_kind(path)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return zip_kind(path)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return "rtf"
    image = image_kind(head)
    if image:
        return image
    for magic, kind in _FOREIGN_MAGIC:
        if head.startswith(magic):
            return kind
    if looks_like_mail(head):
        return "eml"
    if looks_like_text(head):
        stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        if stripped.startswith((b"<!doctype html", b"<html")):
            return "html"
        return "markdown" if EXTENSIONS.get(path.suffix.lower()) == "markdown" else "text"
    return None


def image_kind(head: bytes) -> str | None:
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head.startswith(b"BM") and len(head) > 26 and head[6:10] == b"\x00\x00\x00\x00":
        return "bmp"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"heim", b"heis", b"mif1", b"msf1", b"hevc", b"avif"):
            return "heic"
        return "video"
    return None


def zip_kind(path: Path) -> str:
    """Word, OpenDocument text, or the foreign zip-based type (xlsx, pptx, ods, epub, zip)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            main = _ooxml_main_part(archive, names)
            if main is not None:
                return main
            if "mimetype" in names and archive.getinfo("mimetype").file_size < 200:
                mimetype = archive.read("mimetype").strip()
                if mimetype == b"application/epub+zip":
                    return "epub"
                if mimetype.startswith(ODF_MIMETYPE_PREFIX):
                    sub = mimetype[len(ODF_MIMETYPE_PREFIX):].decode("ascii", "replace")
                    return {"text": "odt", "spreadsheet": "ods", "presentation": "odp"}.get(sub, "odf-other")
            if "content.xml" in names and "META-INF/manifest.xml" in names:
                return "odt"
            if any(name.startswith("word/") for name in names):
                return "docx"
            if any(name.startswith("xl/") for name in names):
                return "xlsx"
            if any(name.startswith("ppt/") for name in names):
                return "pptx"
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, NotImplementedError, EOFError):
        return "zip"
    return "zip"


def _ooxml_main_part(archive: zipfile.ZipFile, names: set[str]) -> str | None:
    """The kind named by the package's main part, Transitional or Strict alike."""
    if "[Content_Types].xml" not in names:
        return None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    try:
        types = archive.read("[Content_Types].xml")[:200_000]
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        return None
    for marker, kind in ((b"wordprocessingml.document", "docx"), (b"wordprocessingml.template", "docx"),
                         (b"spreadsheetml", "xlsx"), (b"presentationml", "pptx")):
        if marker in types:
            return kind
    return None


def ole2_kind(path: Path) -> str:
    """Inside an OLE2 compound file: Word 97-2003, Outlook mail, Excel, PowerPoint, or an encrypted OOXML."""
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(entry).lower() for entry in ole.listdir(streams=True, storages=True)}
    except Exception:  # olefile raises many types on a damaged directory
        return "ole2-damaged"
    if "encryptedpackage" in streams or "encryptioninfo" in streams:
        return "encrypted-ooxml"
    if "worddocument" in streams:
        return "doc"
    if "__properties_version1.0" in streams or any(name.startswith("__substg1.0_") for name in streams):
        return "msg"
    if "workbook" in streams or "book" in streams:
        return "xls"
    if "powerpoint document" in streams:
        return "ppt"
    return "ole2"


def looks_like_mail(head: bytes) -> bool:
    """An RFC 822 message: starts with header lines, among them From and another mail header."""
    lines = head.lstrip(b"\r\n").replace(b"\r\n", b"\n").split(b"\n")
    if lines and lines[0].startswith(b"From ") and not lines[0].startswith(b"From: "):
        lines = lines[1:]  # mbox "From " separator line
    seen: set[bytes] = set()
    for line in lines[:60]:
        if not line:
            break
        if line[:1] in (b" ", b"\t"):
            continue  # folded header
        if not _HEADER_LINE.match(line):
            return False
        seen.add(line.split(b":", 1)[0].lower())
    return b"from" in seen and len(seen & _MAIL_HEADERS) >= 3


def looks_like_text(head: bytes) -> bool:
    """Text in UTF-8, UTF-16 (BOM or not) or a single-byte code page; not a binary blob."""
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if _utf16_without_bom(head):
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return controls <= len(head) // 100


def _utf16_without_bom(head: bytes) -> str | None:
    sample = head[:512]
    if len(sample) < 8:
        return None
    even_zeros = sample[0::2].count(0) / len(sample[0::2])
    odd_zeros = sample[1::2].count(0) / len(sample[1::2])
    if odd_zeros > 0.4 and even_zeros < 0.05:
        return "utf-16-le"
    if even_zeros > 0.4 and odd_zeros < 0.05:
        return "utf-16-be"
    return None
