"""Making a Strict Open XML .docx from a Transitional one, as Word's "Save as Strict Open XML" names things."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

_CORE = (b"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
         b"http://purl.oclc.org/ooxml/officeDocument/relationships/metadata/core-properties")
_TRANSITIONAL = re.compile(rb"http://schemas\.openxmlformats\.org/(officeDocument|wordprocessingml|drawingml|spreadsheetml|presentationml)/2006/")


def write_strict_copy(transitional: Path, target: Path) -> Path:
    """``target``: the package of ``transitional`` with every namespace and relationship URI made Strict."""
    output = io.BytesIO()
    with zipfile.ZipFile(transitional) as archive, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as copy:
        for member in archive.infolist():
            data = archive.read(member)
            if member.filename.endswith((".xml", ".rels")):
                data = data.replace(*_CORE)
                data = _TRANSITIONAL.sub(rb"http://purl.oclc.org/ooxml/\1/", data)
            copy.writestr(member.filename, data)
    target.write_bytes(output.getvalue())
    return target
