"""A picture of a file's first page, for the import review: so a scan can be named before import.

Made in the extraction worker (``worker``), because it parses the untrusted file: pypdfium2
renders a PDF's first page, Pillow reads a picture (JPEG, PNG, TIFF); either is scaled to at
most ``width`` pixels wide and returned as PNG bytes, in memory only (no temporary files).
Other kinds (Word, OpenDocument, text) get no picture: their text is shown instead.

Request: ``{"path": ...}`` or ``{"content": base64}`` (an e-mail's attachment, already in the
app's memory), with ``"render": {"width": n}`` and optionally ``"password"``.
Reply: ``{"ok": True, "png": base64}`` or ``{"ok": False, "failure": "no-page-image"}``.
"""

from __future__ import annotations

import base64
import io

MAX_WIDTH = 1600
MAX_ASPECT = 3  # height at most three times the width
MAX_PIXELS = 40_000_000  # a picture larger than this is a hostile file, not a CV photo


class NoPageImage(Exception):
    """The file has no page that can be shown as a picture."""


def worker_reply(request: dict, max_file_bytes: int) -> dict:
    options = request.get("render") or {}
    width = max(100, min(int(options.get("width") or 900), MAX_WIDTH))
    if "content" in request:
        content = base64.b64decode(request["content"], validate=True)
    else:
        with open(request["path"], "rb") as handle:
            content = handle.read(max_file_bytes + 1)
    if len(content) > max_file_bytes:
        return {"ok": False, "failure": "file-too-large", "params": {}}
    try:
        png = first_page_png(content, width, request.get("password"))
    except NoPageImage:
        return {"ok": False, "failure": "no-page-image", "params": {}}
    return {"ok": True, "png": base64.b64encode(png).decode("ascii")}


def first_page_png(content: bytes, width: int, password: str | None = None) -> bytes:
    """PNG bytes of the first page (PDF) or of the picture itself, at most ``width`` pixels wide."""
    if b"%PDF-" in content[:1024]:
        image = _pdf_page(content, width, password)
    else:
        image = _picture(content)
    if image.width > width:
        image = image.resize((width, max(1, round(image.height * width / image.width))))
    output = io.BytesIO()
    image.convert("RGB").save(output, format="PNG", optimize=False)
    return output.getvalue()


def _pdf_page(content: bytes, width: int, password: str | None):
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(content, password=password or None)
    except pdfium.PdfiumError as exc:
        raise NoPageImage from exc
    try:
        if len(document) == 0:
            raise NoPageImage
        page = document[0]
        try:
            page_width, page_height = page.get_width() or 1, page.get_height() or 1
            scale = min(width / page_width, MAX_ASPECT * width / page_height, 4.0)  # a 1 x 10 000 pt "page" stays small
            bitmap = page.render(scale=scale)
            return bitmap.to_pil()
        except pdfium.PdfiumError as exc:
            raise NoPageImage from exc
        finally:
            page.close()
    finally:
        document.close()


def _picture(content: bytes):
    from PIL import Image, ImageOps, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        image = Image.open(io.BytesIO(content))
        image.seek(0)  # the first frame of a multi-page TIFF
        image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError, EOFError) as exc:
        raise NoPageImage from exc
    return ImageOps.exif_transpose(image)  # a phone photo upright, as the recruiter took it
