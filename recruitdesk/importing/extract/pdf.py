"""PDF: pdfminer.six for reading order (multi-column CVs), pypdfium2 when pdfminer fails.

pdfminer groups text into layout boxes, so a sidebar comes out as one block instead of being
interleaved line by line with the main column. It is slower and stricter than pdfium; a
damaged cross-reference table or a reference loop that trips it is given to pdfium, which is
more forgiving. An empty password is always tried (many "encrypted" PDFs only carry an owner
password); a PDF that needs a real password, or has no text layer, is stored with a note.
"""

from __future__ import annotations

import logging
from pathlib import Path

from recruitdesk.importing.extract import Extracted, ReaderFailure
from recruitdesk.importing.limits import Limits

# Below this many visible characters a PDF is treated as having no text layer (a scan).
MIN_TEXT_CHARS = 10


def read_pdf(path: Path, limits: Limits) -> Extracted:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    text, problem = _with_pdfminer(path, limits)
    if problem == "password":
        return Extracted("", [("password-protected", {})])
    notes: list[tuple[str, dict]] = []
    if problem is not None or _visible(text) < MIN_TEXT_CHARS:
        fallback, fallback_problem = _with_pdfium(path, limits)
        if fallback_problem == "password":
            return Extracted("", [("password-protected", {})])
        if fallback_problem is not None and problem is not None:
            raise ReaderFailure("damaged-file", kind="PDF")
        if _visible(fallback) > _visible(text):
            text = fallback
            if problem is not None:
                notes.append(("pdf-fallback", {}))
    if _visible(text) < MIN_TEXT_CHARS:
        return Extracted("", [("no-text-layer", {})])
    return Extracted(text, notes)


def _visible(text: str) -> int:
    return sum(1 for char in text if not char.isspace())


def _with_pdfminer(path: Path, limits: Limits) -> tuple[str, str | None]:
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        return extract_text(str(path), password="", maxpages=limits.max_pdf_pages, laparams=LAParams()), None
    except PDFPasswordIncorrect:
        return "", "password"
    except MemoryError:
        raise
    except Exception as exc:  # pdfminer raises many types (and RecursionError on loops)
        return "", type(exc).__name__


def _with_pdfium(path: Path, limits: Limits) -> tuple[str, str | None]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path), password=None)
    except pdfium.PdfiumError as exc:
        return "", "password" if "password" in str(exc).lower() else "damaged"
    try:
        pages = []
        for index in range(min(len(document), limits.max_pdf_pages)):
            page = document[index]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n\f".join(pages).replace("\r\n", "\n"), None
    except pdfium.PdfiumError:
        return "", "damaged"
    finally:
        document.close()
