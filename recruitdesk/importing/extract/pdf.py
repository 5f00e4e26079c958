"""PDF: pypdfium2 (fast), pdfminer.six only for a PDF pdfium cannot read.

pdfium reads a CV in a few milliseconds; pdfminer takes ten to fifty times longer. pdfminer's
advantage was its layout boxes, which keep a sidebar together instead of interleaving it line by
line with the main column; here a page whose text leaves a vertical gutter is instead read column
by column with pdfium's bounded extraction, which gives the same order. pdfium opens every PDF
(and decides about passwords and security handlers); pdfminer, more forgiving of some broken
files, gets only those pdfium cannot read. An empty password is always tried (many "encrypted" PDFs only carry
an owner password); a PDF that needs a password fails with ``password-required`` (the GUI asks
for it and reads again with ``password``), one encrypted for a recipient's certificate with
``certificate-protected``. A PDF without a text layer (a scan) is given to OCR.
"""

from __future__ import annotations

import logging
import zlib
from pathlib import Path

from recruitdesk.importing.extract import Extracted, ReaderFailure
from recruitdesk.importing.extract.budget import CpuBudget
from recruitdesk.importing.limits import Limits

_CHUNK = 1024 * 1024

# Below this many visible characters a PDF is treated as having no text layer (a scan).
MIN_TEXT_CHARS = 10
# pdfium's FPDF_GetLastError codes for a document that cannot be opened.
_ERR_PASSWORD, _ERR_SECURITY = 4, 6
# Filters of the public-key (certificate) security handler.
_CERTIFICATE_FILTERS = (b"/Adobe.PubSec", b"/adbe.pkcs7", b"/PubSec")


def read_pdf(path: Path, limits: Limits, budget: CpuBudget | None = None, password: str | None = None) -> Extracted:
    import pypdfium2 as pdfium

    check_pages(path, limits, password)
    try:
        document = pdfium.PdfDocument(str(path), password=password or None)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == _ERR_PASSWORD:
            if is_certificate_encrypted(path):
                raise ReaderFailure("certificate-protected", kind="PDF") from exc
            raise ReaderFailure("password-incorrect" if password else "password-required", kind="PDF") from exc
        if code == _ERR_SECURITY or is_certificate_encrypted(path):
            raise ReaderFailure("certificate-protected", kind="PDF") from exc
        return _pdfminer_only(path, limits, password, budget)
    try:
        pages = _pdfium_pages(document, limits, budget)
    except pdfium.PdfiumError:
        pages = None
    finally:
        document.close()
    if pages is None:
        return _pdfminer_only(path, limits, password, budget)
    text = "\n\f".join(pages).replace("\r\n", "\n")
    if _visible(text) < MIN_TEXT_CHARS:
        return Extracted("", [("no-text-layer", {})])
    return Extracted(text)


def page_count(path: Path, password: str | None = None) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path), password=password or None)
    try:
        return len(document)
    finally:
        document.close()


def is_certificate_encrypted(path: Path) -> bool:
    """The trailer's /Encrypt dictionary names the public-key handler (recipients' certificates)."""
    with open(path, "rb") as handle:
        data = handle.read(8 * 1024 * 1024)
    return b"/Encrypt" in data and any(marker in data for marker in _CERTIFICATE_FILTERS)


def _pdfminer_only(path: Path, limits: Limits, password: str | None, budget: CpuBudget | None) -> Extracted:
    text, problem = _with_pdfminer(path, limits, password, budget)
    if problem == "password":
        raise ReaderFailure("password-incorrect" if password else "password-required", kind="PDF")
    if problem is not None:
        raise ReaderFailure("damaged-file", kind="PDF")
    if _visible(text) < MIN_TEXT_CHARS:
        return Extracted("", [("no-text-layer", {})])
    return Extracted(text)


def _visible(text: str) -> int:
    return sum(1 for char in text if not char.isspace())


def _pdfium_pages(document, limits: Limits, budget: CpuBudget | None = None) -> list[str]:
    """Each page's text; a page laid out in two columns is read column by column."""
    pages = []
    for index in range(min(len(document), limits.max_pdf_pages)):
        if budget is not None:
            budget.start_page()
        page = document[index]
        textpage = page.get_textpage()
        try:
            width, height = page.get_size()
            gutter = column_gutter(textpage, width)
            if gutter is None:
                pages.append(textpage.get_text_range())
            else:  # pdfium's bounded extraction keeps each column's lines together, as pdfminer's boxes do
                left = textpage.get_text_bounded(0, 0, gutter, height)
                right = textpage.get_text_bounded(gutter, 0, width, height)
                pages.append(left.rstrip() + "\n" + right)
        finally:
            textpage.close()
            page.close()
    return pages


def column_gutter(textpage, width: float) -> float | None:
    """The x of a vertical band in the middle of the page that no text line crosses, with text on
    both sides; None for a single-column page (its full-width lines cross every band)."""
    count = textpage.count_rects()
    if count < 8 or width <= 0:
        return None
    buckets = 40
    covered = [0] * buckets
    left = right = 0
    for index in range(min(count, 2000)):
        x0, _, x1, _ = textpage.get_rect(index)
        first, last = max(0, int(x0 / width * buckets)), min(buckets - 1, int(x1 / width * buckets))
        for bucket in range(first, last + 1):
            covered[bucket] += 1
        if x1 < width * 0.5:
            left += 1
        elif x0 > width * 0.3:
            right += 1
    if left < 4 or right < 4:
        return None
    empty = [bucket for bucket in range(int(buckets * 0.2), int(buckets * 0.8)) if covered[bucket] == 0]
    if not empty:
        return None
    return (empty[len(empty) // 2] + 0.5) * width / buckets


def check_pages(path: Path, limits: Limits, password: str | None = None) -> None:
    """Before pdfium decompresses anything: every page's content streams, measured by pdfminer's
    parser (no layout analysis, so it costs little), must stay under the page limit. A file this
    parser cannot open is left to pdfium, whose work the CPU budget and the memory cap still bound."""
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    from pdfminer.pdfpage import PDFPage

    try:
        with open(path, "rb") as handle:
            for page in PDFPage.get_pages(handle, maxpages=limits.max_pdf_pages, password=password or "", caching=True):
                check_page_content(page.contents, limits)
    except (MemoryError, ReaderFailure):
        raise
    except Exception:  # pdfminer raises many types (password, damage, RecursionError on loops)
        return


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


def _with_pdfminer(path: Path, limits: Limits, password: str | None = None, budget: CpuBudget | None = None) -> tuple[str, str | None]:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    import io

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
            for page in PDFPage.get_pages(handle, maxpages=limits.max_pdf_pages, password=password or "", caching=True):
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
