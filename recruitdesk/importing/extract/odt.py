"""ODT (LibreOffice and others) with odfpy: body paragraphs, frames and text boxes in order.

The walk emits every text node in document order, with a line break around each paragraph or
heading, so text inside frames (sidebars) is kept and nothing is read twice. Header and footer
text lives in the master pages (styles.xml) and is appended after the body.
"""

from __future__ import annotations

from pathlib import Path

from recruitdesk.importing.extract import Extracted, ReaderFailure
from recruitdesk.importing.extract.zipguard import check_archive
from recruitdesk.importing.limits import Limits

TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
BLOCKS = {"p", "h", "list-item"}


def read_odt(path: Path, limits: Limits) -> Extracted:
    check_archive(path, limits, "OpenDocument")
    from odf.opendocument import load

    try:
        document = load(str(path))
    except Exception as exc:  # odfpy raises whatever its XML and zip layers raise
        raise ReaderFailure("damaged-file", kind="OpenDocument") from exc
    pieces: list[str] = []
    _walk(document.text, pieces)
    pieces.append("\n")
    _walk(document.masterstyles, pieces)
    lines = [line.rstrip() for line in "".join(pieces).splitlines()]
    return Extracted("\n".join(line for line in lines if line.strip()))


def _walk(node, pieces: list[str]) -> None:
    stack = [node]
    while stack:
        current = stack.pop()
        if current == "\n":
            pieces.append("\n")
            continue
        if current.nodeType == current.TEXT_NODE:
            pieces.append(current.data)
            continue
        qname = getattr(current, "qname", None)
        if qname and qname[0] == TEXT_NS:
            local = qname[1]
            if local == "s":
                pieces.append(" " * int(current.getAttribute("c") or 1))
                continue
            if local == "tab":
                pieces.append("\t")
                continue
            if local == "line-break":
                pieces.append("\n")
                continue
            if local in BLOCKS:
                pieces.append("\n")
                stack.append("\n")
        stack.extend(reversed(current.childNodes))
