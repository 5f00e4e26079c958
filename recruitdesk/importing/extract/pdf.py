"""PDF: pypdfium2 first (fast), pdfminer.six only where its reading order is needed.

pdfium reads a CV in a few milliseconds; pdfminer takes about 100 ms but groups text into
layout boxes, so a sidebar comes out as one block instead of being interleaved line by line
with the main column. So pdfium opens every PDF (and decides about passwords and security
handlers), and pdfminer re-reads only a PDF whose pages look like two columns side by side,
or one pdfium cannot read. An empty password is always tried (many "encrypted" PDFs only carry
an owner password); a PDF that needs a password fails with ``password-required`` (the GUI asks
for it and reads again with ``password``), one encrypted for a recipient's certificate with
``certificate-protected``. A PDF without a text layer (a scan) is given to OCR.
"""

from __future__ import annotations

import logging
from pathlib import Path

from recruitdesk.importing.extract import Extracted, ReaderFailure
from recruitdesk.importing.limits import Limits

# Below this many visible characters a PDF is treated as having no text layer (a scan).
MIN_TEXT_CHARS = 10
# pdfium's FPDF_GetLastError codes for a document that cannot be opened.
_ERR_PASSWORD, _ERR_SECURITY = 4, 6
# Filters of the public-key (certificate) security handler.
_CERTIFICATE_FILTERS = (b"/Adobe.PubSec", b"/adbe.pkcs7", b"/PubSec")


def read_pdf(path: Path, limits: Limits, password: str | None = None) -> Extracted:
    import pypdfium2 as pdfium

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
        return _pdfminer_only(path, limits, password)
    try:
        pages, columns = _pdfium_pages(document, limits)
    except pdfium.PdfiumError:
        pages, columns = None, False
    finally:
        document.close()
    if pages is None:
        return _pdfminer_only(path, limits, password)
    text = "\n\f".join(pages).replace("\r\n", "\n")
    if columns:
        laid_out, problem = _with_pdfminer(path, limits, password)
        if problem is None and _visible(laid_out) >= _visible(text) * 0.9:
            text = laid_out
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


def _pdfminer_only(path: Path, limits: Limits, password: str | None) -> Extracted:
    text, problem = _with_pdfminer(path, limits, password)
    if problem == "password":
        raise ReaderFailure("password-incorrect" if password else "password-required", kind="PDF")
    if problem is not None:
        raise ReaderFailure("damaged-file", kind="PDF")
    if _visible(text) < MIN_TEXT_CHARS:
        return Extracted("", [("no-text-layer", {})])
    return Extracted(text)


def _visible(text: str) -> int:
    return sum(1 for char in text if not char.isspace())


def _pdfium_pages(document, limits: Limits) -> tuple[list[str], bool]:
    """Each page's text, and whether any page is laid out in side-by-side columns."""
    pages, columns = [], False
    for index in range(min(len(document), limits.max_pdf_pages)):
        page = document[index]
        textpage = page.get_textpage()
        try:
            pages.append(textpage.get_text_range())
            if not columns:
                columns = _has_columns(textpage, page.get_width())
        finally:
            textpage.close()
            page.close()
    return pages, columns


def _has_columns(textpage, width: float) -> bool:
    """A vertical band in the middle of the page that no text line crosses, with text on both sides.

    A single-column CV has full-width lines crossing every band; a sidebar layout leaves a gutter.
    """
    count = textpage.count_rects()
    if count < 8 or width <= 0:
        return False
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
    middle = covered[int(buckets * 0.2): int(buckets * 0.8)]
    return left >= 4 and right >= 4 and min(middle) == 0


def _with_pdfminer(path: Path, limits: Limits, password: str | None = None) -> tuple[str, str | None]:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        return extract_text(str(path), password=password or "", maxpages=limits.max_pdf_pages, laparams=LAParams()), None
    except PDFPasswordIncorrect:
        return "", "password"
    except MemoryError:
        raise
    except Exception as exc:  # pdfminer raises many types (and RecursionError on loops)
        return "", type(exc).__name__
