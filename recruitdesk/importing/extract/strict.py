"""Strict Open XML (ISO/IEC 29500 Strict) packages read as Transitional ones.

Word's "Strict Open XML Document" keeps the same parts and elements as a normal .docx but names
them with ``http://purl.oclc.org/ooxml/...`` namespace and relationship URIs, which python-docx
does not know (it would call the file damaged). The text-bearing markup is otherwise the same,
so the package's XML parts are rewritten to the Transitional URIs in memory and read as usual.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import BinaryIO

STRICT_MARKER = b"http://purl.oclc.org/ooxml/"
_CORE_PROPERTIES = (b"http://purl.oclc.org/ooxml/officeDocument/relationships/metadata/core-properties",
                    b"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties")
_STRICT_URI = re.compile(rb"http://purl\.oclc\.org/ooxml/(officeDocument|wordprocessingml|drawingml|spreadsheetml|presentationml)/")


def is_strict(source: Path | BinaryIO) -> bool:
    """The package relationships point at the main document with a Strict relationship type."""
    try:
        with zipfile.ZipFile(source) as archive:
            return STRICT_MARKER in archive.read("_rels/.rels")[:100_000]
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        return False


def to_transitional(source: Path | BinaryIO) -> io.BytesIO:
    """The same package with every Strict URI in its XML and relationship parts made Transitional."""
    output = io.BytesIO()
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as copy:
        for member in archive.infolist():
            data = archive.read(member)
            if member.filename.endswith((".xml", ".rels")):
                data = data.replace(*_CORE_PROPERTIES)
                data = _STRICT_URI.sub(rb"http://schemas.openxmlformats.org/\1/2006/", data)
            copy.writestr(member.filename, data)
    output.seek(0)
    return output

