"""PDF: pdfminer.six for reading order (multi-column CVs), pypdfium2 when pdfminer fails.

pdfminer groups text into layout boxes, so a sidebar comes out as one block instead of being
interleaved line by line with the main column. It is slower and stricter than pdfium; a
damaged cross-reference table or a reference loop that trips it is given to pdfium, which is
more forgiving. An empty password is always tried (many "encrypted" PDFs only carry an owner
password); a PDF that needs a real password, or has no text layer, is stored with a note.
"""

from __future__ import annotations

import io
import logging
import zlib
from pathlib import Path

from recruitdesk.importing.extract import Extracted, ReaderFailure
from recruitdesk.importing.extract.budget import CpuBudget
from recruitdesk.importing.limits import Limits

_CHUNK = 1024 * 1024

# Below this many visible characters a PDF is treated as having no text layer (a scan).
MIN_TEXT_CHARS = 10


def read_pdf(path: Path, limits: Limits, budget: CpuBudget | None = None) -> Extracted:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    text, problem = _with_pdfminer(path, limits, budget)
    if problem == "password":
        return Extracted("", [("password-protected", {})])
    notes: list[tuple[str, dict]] = []
    if problem is not None or _visible(text) < MIN_TEXT_CHARS:
        fallback, fallback_problem = _with_pdfium(path, limits, budget)
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


def _with_pdfminer(path: Path, limits: Limits, budget: CpuBudget | None) -> tuple[str, str | None]:
    from pdfminer.converter import TextConverter
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    try:
        with open(path, "rb") as handle, io.StringIO() as output:
            resources = PDFResourceManager(caching=True)
            device = TextConverter(resources, output, laparams=LAParams())
            interpreter = PDFPageInterpreter(resources, device)
            for page in PDFPage.get_pages(handle, maxpages=limits.max_pdf_pages, password="", caching=True):
                if budget is not None:
                    budget.start_page()
                check_page_content(page.contents, limits)
                interpreter.process_page(page)
            return output.getvalue(), None
    except PDFPasswordIncorrect:
        return "", "password"
    except (MemoryError, ReaderFailure):
        raise
    except Exception as exc:  # pdfminer raises many types (and RecursionError on loops)
        return "", type(exc).__name__


def check_page_content(contents: list, limits: Limits) -> None:
    """Refuse a page whose content streams exceed the limit, raw or really decompressed.

    The declared ``/Length`` and the filters can lie; what counts is the bytes: the raw data
    pdfminer already holds, and the Flate output, counted chunk by chunk and abandoned as soon
    as it passes the limit (so a bomb never unpacks in memory).
    """
    from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream, resolve1

    total = 0
    limit = limits.max_pdf_page_content_bytes
    for item in contents:
        stream = resolve1(item)
        if not isinstance(stream, PDFStream):
            continue
        raw = stream.rawdata if stream.rawdata is not None else stream.data
        if raw is None:
            continue
        total += len(raw)
        if total > limit:
            raise ReaderFailure("page-too-large")
        try:
            filters = stream.get_filters()
        except Exception:
            continue
        if stream.rawdata is not None and stream.decipher is None and len(filters) == 1 and filters[0][0] in LITERALS_FLATE_DECODE:
            total += _inflated_size(raw, limit - total + len(raw)) - len(raw)
            if total > limit:
                raise ReaderFailure("page-too-large")


def _inflated_size(data: bytes, limit: int) -> int:
    """Decompressed size of a Flate stream, stopping once past ``limit`` (damage ends it early)."""
    inflater = zlib.decompressobj()
    size = 0
    pending = data
    try:
        while pending and size <= limit:
            size += len(inflater.decompress(pending, _CHUNK))
            pending = inflater.unconsumed_tail
    except zlib.error:
        pass  # pdfminer decides what a damaged stream means; this only measures
    return size


def _with_pdfium(path: Path, limits: Limits, budget: CpuBudget | None) -> tuple[str, str | None]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path), password=None)
    except pdfium.PdfiumError as exc:
        return "", "password" if "password" in str(exc).lower() else "damaged"
    try:
        pages = []
        for index in range(min(len(document), limits.max_pdf_pages)):
            if budget is not None:
                budget.start_page()
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
