"""Redacted renditions: what the vault keeps instead of the original file when the recruiter
chooses redaction, so the number is gone from the document as well as from the text.

- A PDF is rendered page by page with pypdfium2; every national number, BSN and IBAN (and,
  when chosen, special-category words) found in the page's own text layer is blacked out on the
  image, and the pages become a new image-only PDF: no text layer, no metadata, no embedded
  files of the original survive. Runs in the extraction worker (it parses the untrusted file).
  When a number found in the extracted text cannot be located on any page (a scan, text split
  oddly), the PDF rendition is refused and the redacted text is used instead: a page image
  that might still show the number is never kept.
- Any other format becomes the redacted text as a PDF (Courier, so lines wrap exactly).

Each rendition carries a line saying it is a redacted copy; the original is never written.

The same page blackening serves the blind review's preview (``masked_pages``): there the spans
are the identity fields (``importing.identity_mask``) and pictures (a photo) are blacked too,
and the pages stay in memory as images.
"""

from __future__ import annotations

import ctypes
import io
import textwrap
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw

from recruitdesk.importing.sensitive import Span, find_sensitive, special_spans

PAGE_WIDTH, PAGE_HEIGHT = 595.0, 842.0  # A4 in points
MARGIN = 50.0
FONT_SIZE = 10.0
LINE_HEIGHT = 12.0
CHARS_PER_LINE = int((PAGE_WIDTH - 2 * MARGIN) / (0.6 * FONT_SIZE))  # Courier: 0.6 em per character
LINES_PER_PAGE = int((PAGE_HEIGHT - 2 * MARGIN) / LINE_HEIGHT) - 2
RENDER_SCALE = 150 / 72  # 150 dpi
NOTE_SIZE = 7.0
BLACK = (0, 0, 0, 255)


class NotRendered(Exception):
    """PDFium could not open or draw the document."""


class NotLocated(Exception):
    """A number found in the text could not be found on the page images."""


def spans_to_redact(text: str, topics: tuple[str, ...] | list[str] = ()) -> list[Span]:
    return find_sensitive(text).spans + special_spans(text, topics)


# --- PDF: pages rendered, matches blacked out ------------------------------------------------
def redact_pdf(content: bytes, note: str, expected: set[str], topics: tuple[str, ...] | list[str] = (),
               password: str | None = None) -> bytes:
    """An image-only copy of the PDF with every match blacked out.

    ``expected`` holds the compact numbers found in the extracted text; each must be found and
    blacked out on some page, else ``NotLocated`` is raised.
    """
    source = pdfium.PdfDocument(content, password=password)
    target = pdfium.PdfDocument.new()
    found: set[str] = set()
    try:
        for index in range(len(source)):
            page = source[index]
            width, height = page.get_size()

            def spans_of(page_text: str) -> list[tuple[int, int]]:
                spans = spans_to_redact(page_text, topics)
                found.update(span.value for span in spans if span.kind in ("national_number", "bsn", "iban"))
                return [(span.start, span.end) for span in spans]

            bitmap, _rectangles = _blacked_out(page, spans_of, images_too=False)
            new_page = target.new_page(width, height)
            image = pdfium.PdfImage.new(target)
            image.set_bitmap(bitmap)
            image.set_matrix(pdfium.PdfMatrix().scale(width, height))
            new_page.insert_obj(image)
            _write_line(target, new_page, note, MARGIN / 2, 12.0, NOTE_SIZE)
            new_page.gen_content()
        missing = expected - found
        if missing:
            raise NotLocated(len(missing))
        return _save(target)
    finally:
        target.close()
        source.close()


Rectangle = tuple[int, int, int, int]  # x, y, width, height on the bitmap, in pixels


def page_text(textpage: pdfium.PdfTextPage) -> str:
    """The page's text layer, one character per character index (so spans map to boxes)."""
    count = textpage.count_chars()
    return "".join(chr(pdfium_raw.FPDFText_GetUnicode(textpage.raw, i) or 0xFFFD) for i in range(count))


def _blacked_out(page: pdfium.PdfPage, spans_of: Callable[[str], list[tuple[int, int]]],
                 images_too: bool) -> tuple[pdfium.PdfBitmap, list[Rectangle]]:
    """The page rendered in grey with every span of its text layer (and, with ``images_too``,
    every picture, e.g. a photo) filled black; returns the bitmap and the filled rectangles."""
    textpage = page.get_textpage()
    bitmap = page.render(scale=RENDER_SCALE, grayscale=True, may_draw_forms=True)
    convert = bitmap.get_posconv(page)
    boxes = [box for start, end in spans_of(page_text(textpage)) for box in _boxes(textpage, start, end)]
    if images_too:
        boxes += [obj.get_bounds() for obj in page.get_objects(filter=(pdfium_raw.FPDF_PAGEOBJ_IMAGE,), max_depth=4)]
    rectangles: list[Rectangle] = []
    for left, bottom, right, top in boxes:
        x0, y0 = convert.to_bitmap(left, top)
        x1, y1 = convert.to_bitmap(right, bottom)
        x0, x1 = sorted((int(x0) - 2, int(x1) + 3))
        y0, y1 = sorted((int(y0) - 2, int(y1) + 3))
        x0, y0 = max(0, x0), max(0, y0)
        x1, y1 = min(x1, bitmap.width), min(y1, bitmap.height)
        if x1 > x0 and y1 > y0:
            bitmap.fill_rect(BLACK, x0, y0, x1 - x0, y1 - y0)
            rectangles.append((x0, y0, x1 - x0, y1 - y0))
    return bitmap, rectangles


@dataclass(frozen=True)
class MaskedPage:
    """One page as a greyscale image (8 bits per pixel, ``stride`` bytes a row) with the
    rectangles that were filled black; made in memory, never written to disk. A page without a
    text layer (a scan) has no image at all (``shown`` is False): where the words are cannot
    be known, so no part of it can be shown safely."""

    width: int
    height: int
    stride: int
    pixels: bytes = field(repr=False)
    rectangles: tuple[Rectangle, ...]

    @property
    def shown(self) -> bool:
        return bool(self.pixels)


def masked_pages(content: bytes, spans_of: Callable[[str], list[tuple[int, int]]], max_pages: int = 20) -> list[MaskedPage]:
    """The PDF's first ``max_pages`` pages rendered with every span ``spans_of`` finds in each
    page's text, and every picture, blacked out: the blind review's preview. The pixels are
    copied out of PDFium, so nothing refers to the document once this returns. Raises
    ``NotRendered`` for a file PDFium cannot open or draw. PDFium is not thread-safe, so calls
    from several worker threads take turns."""
    with _PDFIUM_LOCK:
        return _masked_pages(content, spans_of, max_pages)


_PDFIUM_LOCK = threading.Lock()


def _masked_pages(content: bytes, spans_of: Callable[[str], list[tuple[int, int]]], max_pages: int) -> list[MaskedPage]:
    try:
        source = pdfium.PdfDocument(content)
    except pdfium.PdfiumError as error:
        raise NotRendered() from error
    try:
        pages = []
        for index in range(min(len(source), max_pages)):
            page = source[index]
            if page.get_textpage().count_chars() == 0:  # a scan: no words to find, so nothing of it is shown
                pages.append(MaskedPage(0, 0, 0, b"", ()))
                continue
            bitmap, rectangles = _blacked_out(page, spans_of, images_too=True)
            pages.append(MaskedPage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer), tuple(rectangles)))
        return pages
    except pdfium.PdfiumError as error:
        raise NotRendered() from error
    finally:
        source.close()


def _boxes(textpage: pdfium.PdfTextPage, start: int, end: int) -> list[tuple[float, float, float, float]]:
    """Character boxes of a span, merged per line."""
    boxes: list[list[float]] = []
    for index in range(start, end):
        left, bottom, right, top = textpage.get_charbox(index, loose=True)
        if right <= left or top <= bottom:
            continue
        if boxes and abs(boxes[-1][1] - bottom) < (top - bottom) / 2:
            last = boxes[-1]
            last[0], last[1], last[2], last[3] = min(last[0], left), min(last[1], bottom), max(last[2], right), max(last[3], top)
        else:
            boxes.append([left, bottom, right, top])
    return [(box[0], box[1], box[2], box[3]) for box in boxes]


# --- other formats: the redacted text as a PDF -----------------------------------------------
def text_pdf(text: str, note: str) -> bytes:
    """``text`` typeset on A4 pages in Courier, after a first line with ``note``."""
    lines = [note, ""]
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        lines.extend(textwrap.wrap(paragraph, CHARS_PER_LINE, replace_whitespace=True, drop_whitespace=True) or [""])
    target = pdfium.PdfDocument.new()
    try:
        for first in range(0, len(lines), LINES_PER_PAGE):
            page = target.new_page(PAGE_WIDTH, PAGE_HEIGHT)
            y = PAGE_HEIGHT - MARGIN
            for line in lines[first:first + LINES_PER_PAGE]:
                if line:
                    _write_line(target, page, line, MARGIN, y, FONT_SIZE)
                y -= LINE_HEIGHT
            page.gen_content()
        return _save(target)
    finally:
        target.close()


def _write_line(pdf: pdfium.PdfDocument, page: pdfium.PdfPage, line: str, x: float, y: float, size: float) -> None:
    font = pdfium_raw.FPDFText_LoadStandardFont(pdf.raw, b"Courier")
    text_object = pdfium_raw.FPDFPageObj_CreateTextObj(pdf.raw, font, ctypes.c_float(size))
    encoded = (line + "\x00").encode("utf-16-le")
    buffer = ctypes.create_string_buffer(encoded, len(encoded))
    pdfium_raw.FPDFText_SetText(text_object, ctypes.cast(buffer, ctypes.POINTER(pdfium_raw.FPDF_WCHAR)))
    pdfium_raw.FPDFPageObj_Transform(text_object, 1, 0, 0, 1, ctypes.c_double(x), ctypes.c_double(y))
    pdfium_raw.FPDFPage_InsertObject(page.raw, text_object)
    pdfium_raw.FPDFFont_Close(font)


def _save(pdf: pdfium.PdfDocument) -> bytes:
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


# --- in the extraction worker ----------------------------------------------------------------
def worker_reply(request: dict, max_file_bytes: int) -> dict:
    """The worker's answer to ``{"path", "redact": {"note", "expected", "topics"}}``: the PDF
    rendition (base64) or ``{"ok": False}`` when the numbers cannot all be located."""
    import base64

    options = request["redact"]
    with open(request["path"], "rb") as handle:
        content = handle.read(max_file_bytes + 1)
    if len(content) > max_file_bytes:
        return {"ok": False, "failure": "file-too-large", "params": {}}
    try:
        pdf = redact_pdf(content, str(options["note"]), set(options.get("expected") or ()), tuple(options.get("topics") or ()),
                         request.get("password"))
    except (NotLocated, pdfium.PdfiumError):
        return {"ok": False, "failure": "redaction-not-located", "params": {}}
    return {"ok": True, "pdf": base64.b64encode(pdf).decode("ascii")}
