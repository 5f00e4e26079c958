"""DOCX from every Word version: body, tables, text boxes, headers and footers, in order.

Word's "Strict Open XML Document" uses other namespace URIs for the same elements; such a
package is translated to the Transitional names in memory (``strict.to_transitional``) and then
read like any other. A password-protected DOCX arrives here already decrypted in memory.

python-docx's ``paragraphs`` skips text boxes (``w:txbxContent``), where many CV templates put
the name and contact block, so the body XML is walked directly: every ``w:p`` in document
order, each contributing only its own runs. A text box inside a paragraph is therefore read
as separate paragraphs after it, and the legacy VML copy Word keeps for old readers
(``mc:Fallback``) is skipped so text boxes are not read twice.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from recruitdesk.importing.extract import Extracted, ReaderFailure
from recruitdesk.importing.extract.zipguard import check_archive
from recruitdesk.importing.limits import Limits

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def read_docx(source: Path | BinaryIO, limits: Limits) -> Extracted:
    """``source``: a path, or a file object holding the (decrypted) package."""
    check_archive(source, limits, "Word")
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    from recruitdesk.importing.extract.strict import is_strict, to_transitional

    try:
        if is_strict(source):
            source = to_transitional(source)
        document = docx.Document(source if not isinstance(source, Path) else str(source))
    except (PackageNotFoundError, KeyError, ValueError, SyntaxError) as exc:
        raise ReaderFailure("damaged-file", kind="Word") from exc
    except Exception as exc:  # lxml's XMLSyntaxError and friends
        raise ReaderFailure("damaged-file", kind="Word") from exc
    parts: list[str] = []
    seen_parts: set[int] = set()
    for section in document.sections:
        for header in (section.first_page_header, section.header, section.even_page_header):
            _add_part(parts, seen_parts, header)
    parts.append(paragraph_texts(document.element.body))
    for section in document.sections:
        for footer in (section.first_page_footer, section.footer, section.even_page_footer):
            _add_part(parts, seen_parts, footer)
    return Extracted("\n".join(part for part in parts if part.strip()))


def _add_part(parts: list[str], seen: set[int], header_or_footer) -> None:
    try:
        if header_or_footer.is_linked_to_previous:
            return
        element = header_or_footer._element  # python-docx has no public accessor
    except Exception:
        return
    if id(element) in seen:
        return
    seen.add(id(element))
    parts.append(paragraph_texts(element))


def paragraph_texts(root) -> str:
    lines = []
    for paragraph in root.iter(f"{W}p"):
        if _inside_fallback(paragraph, root):
            continue
        line = "".join(_own_text(paragraph))
        if line.strip():
            lines.append(line)
    return "\n".join(lines)


def _inside_fallback(element, root) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not root:
        if parent.tag == MC_FALLBACK:
            return True
        parent = parent.getparent()
    return False


def _own_text(paragraph):
    """Text of the paragraph's runs, not of paragraphs nested in its text boxes."""
    stack = list(reversed(list(paragraph)))
    while stack:
        node = stack.pop()
        tag = node.tag
        if not isinstance(tag, str) or tag == f"{W}p" or tag == MC_FALLBACK or tag == f"{W}txbxContent":
            continue
        if tag == f"{W}t":  # not w:delText: deleted tracked changes are not the CV
            yield node.text or ""
        elif tag == f"{W}tab":
            yield "\t"
        elif tag in (f"{W}br", f"{W}cr"):
            yield "\n"
        elif tag == f"{W}noBreakHyphen":
            yield "-"
        stack.extend(reversed(list(node)))
