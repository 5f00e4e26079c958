"""Deciding a file's type from its content, never from its name.

A CV mailed as ``cv.pdf`` may be a Word file, and a hostile file may claim to be a PDF. The
first bytes (and, for zip containers, the names of the members) decide which reader runs; the
extension is only compared afterwards to tell the user when the two disagree.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "rtf": "application/rtf",
    "text": "text/plain",
    "markdown": "text/markdown",
    "ole2": "application/msword",
}

# What an extension promises, to report a mismatch or a document that is not what it says.
EXTENSIONS = {
    ".pdf": "pdf", ".docx": "docx", ".docm": "docx", ".dotx": "docx", ".odt": "odt", ".rtf": "rtf",
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".doc": "ole2",
}


def kind_from_content(path: Path, head: bytes) -> str | None:
    """``pdf``, ``docx``, ``odt``, ``rtf``, ``ole2``, ``text``/``markdown``, ``zip`` or None."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(OLE2_MAGIC):
        return "ole2"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(path)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return "rtf"
    if looks_like_text(head):
        return "markdown" if EXTENSIONS.get(path.suffix.lower()) == "markdown" else "text"
    return None


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names and archive.getinfo("mimetype").file_size < 200:
                if archive.read("mimetype").strip() == ODT_MIMETYPE:
                    return "odt"
            if "content.xml" in names and "META-INF/manifest.xml" in names:
                return "odt"
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, NotImplementedError):
        return "zip"
    return "zip"


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


def is_encrypted_office(path: Path) -> bool:
    """An OOXML file with a password is an OLE2 container holding an ``EncryptedPackage`` stream."""
    marker = "EncryptedPackage".encode("utf-16-le")
    with open(path, "rb") as handle:
        return marker in handle.read(2 * 1024 * 1024)
