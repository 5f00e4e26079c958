"""OCR for scans and photos, offline: RapidOCR (PP-OCR models run by ONNX Runtime).

Chosen because it installs from PyPI on Windows, macOS and Linux with its detection and
recognition models inside the wheel (no download at run time, nothing for the user to install),
unlike Tesseract, which needs a system program and language data. It runs only here, in the
worker, under its own memory cap (``Limits.ocr_memory_bytes``: the neural networks need more
address space than the document readers, so the worker lifts its soft limit to this cap while it
recognises and lowers it again afterwards; a file's content cannot change it); each page is rendered at a bounded size (a hostile
100 000-pixel-wide page or picture is refused before it is decoded), and once the pages read so
far have used ``ocr_seconds_per_page`` per page, the remaining pages are skipped with a note.
The document gets an ``ocr`` note so the recruiter knows its text is machine-read.
"""

from __future__ import annotations

import contextlib
import re
import time
from pathlib import Path

from recruitdesk.importing.extract import Extracted, ReaderFailure
from recruitdesk.importing.limits import Limits

MAX_SIDE_PIXELS = 2400  # long side of what the engine sees; enough for 10-point text on A4
MAX_SOURCE_PIXELS = 80_000_000  # a picture larger than this is a decompression bomb, not a CV
RENDER_DPI = 120  # measured: 110-150 dpi reads CV text as well as 200 dpi, in two thirds of the time
MIN_CONFIDENCE = 0.5

_engine = None


def engine():
    """The OCR engine, loaded once per worker (about half a second)."""
    global _engine
    if _engine is None:
        import logging

        from rapidocr_onnxruntime import RapidOCR

        logging.getLogger("RapidOCR").setLevel(logging.ERROR)
        with memory_cap(3 * 1024 * 1024 * 1024):
            _engine = RapidOCR()
    return _engine


def ocr_image(path: Path, limits: Limits, budget=None) -> Extracted:
    if budget is not None:  # decoding and loading the engine count as the first page's work
        budget.start_heavy_page(limits.ocr_cpu_seconds_per_page)
    from PIL import Image, ImageOps, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_SOURCE_PIXELS
    pages: list = []
    try:
        with Image.open(path) as picture:
            if picture.width * picture.height > MAX_SOURCE_PIXELS:
                raise ReaderFailure("zip-bomb")
            for index in range(min(getattr(picture, "n_frames", 1), limits.max_pdf_pages)):
                picture.seek(index)
                frame = ImageOps.exif_transpose(picture.convert("RGB"))
                pages.append(_bounded(frame))
    except ReaderFailure:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ReaderFailure("zip-bomb") from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as exc:
        raise ReaderFailure("damaged-file", kind="picture") from exc
    return _recognise(pages, limits, budget)


def ocr_pdf(path: Path, limits: Limits, password: str | None = None, budget=None) -> Extracted:
    import pypdfium2 as pdfium

    if budget is not None:  # rendering and loading the engine count as the first page's work
        budget.start_heavy_page(limits.ocr_cpu_seconds_per_page)

    document = pdfium.PdfDocument(str(path), password=password or None)
    try:
        images = []
        for index in range(min(len(document), limits.max_pdf_pages)):
            page = document[index]
            try:
                width, height = page.get_size()
                scale = min(RENDER_DPI / 72, MAX_SIDE_PIXELS / max(width, height, 1))
                images.append(page.render(scale=scale).to_pil().convert("RGB"))
            finally:
                page.close()
    finally:
        document.close()
    return _recognise(images, limits)


@contextlib.contextmanager
def memory_cap(limit: int):
    """Address-space cap ``limit`` for the duration of the block (POSIX; a no-op elsewhere)."""
    try:
        import resource
    except ImportError:  # Windows: the wall-clock timeout still applies
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    except (ValueError, OSError):
        pass
    try:
        yield
    finally:
        try:
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
        except (ValueError, OSError):
            pass


def _bounded(image):
    longest = max(image.size)
    if longest <= MAX_SIDE_PIXELS:
        return image
    factor = MAX_SIDE_PIXELS / longest
    return image.resize((max(1, int(image.width * factor)), max(1, int(image.height * factor))))


def _recognise(images: list, limits: Limits, budget=None) -> Extracted:
    import numpy

    notes: list[tuple[str, dict]] = []
    texts = []
    started = time.monotonic()
    for index, image in enumerate(images):
        elapsed = time.monotonic() - started
        # Stop when pages are slower than the cap, or the next one would overrun the file's time limit.
        if index and (elapsed > limits.ocr_seconds_per_page * index or elapsed * (index + 1) / index > limits.timeout_seconds * 0.8):
            notes.append(("ocr-stopped", {"pages": index, "total": len(images)}))
            break
        if budget is not None:  # recognition needs far more CPU than reading a text page
            budget.start_heavy_page(limits.ocr_cpu_seconds_per_page)
        with memory_cap(limits.ocr_memory_bytes):
            result, _ = engine()(numpy.asarray(image))
        texts.append(_lines(result or []))
    text = "\n\f".join(texts)
    if sum(1 for char in text if not char.isspace()) < 10:
        return Extracted("", [("no-text-layer", {})] + notes)
    return Extracted(text, [("ocr", {})] + notes)


def _lines(result: list) -> str:
    """Recognised boxes joined into lines: boxes whose vertical centres are close share a line."""
    boxes = []
    for box, text, confidence in result:
        if float(confidence) < MIN_CONFIDENCE or not text.strip():
            continue
        ys = [point[1] for point in box]
        xs = [point[0] for point in box]
        boxes.append(((min(ys) + max(ys)) / 2, max(ys) - min(ys), min(xs), text.strip()))
    boxes.sort()
    lines: list[list[tuple[float, str]]] = []
    last_centre, last_height = None, 0.0
    for centre, height, left, text in boxes:
        if last_centre is not None and abs(centre - last_centre) < max(height, last_height) * 0.5:
            lines[-1].append((left, text))
        else:
            lines.append([(left, text)])
            last_centre, last_height = centre, height
    return "\n".join("   ".join(restore_spaces(text) for _, text in sorted(line)) for line in lines)


_JOINED_WORDS = re.compile(r"(?<=[a-zß-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ])")


def restore_spaces(text: str) -> str:
    """The recognition model often drops the space between words ("AnneleenClaes"); a capital
    right after a small letter inside a purely alphabetic token starts a new word. Tokens with
    digits or punctuation (addresses, URLs, e-mail) are left alone. A "McDonald" is split too,
    which the recruiter corrects in the preview; a name glued together is never found at all."""
    return " ".join(_JOINED_WORDS.sub(" ", token) if re.fullmatch(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", token) else token
                    for token in text.split(" "))
