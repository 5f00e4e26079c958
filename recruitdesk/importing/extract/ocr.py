"""OCR for scans and photos, offline: Tesseract where it is installed, else RapidOCR.

Measured on scans of the synthetic Dutch/French set and the corpus's image-only CVs
(tests/benchmarks/ocr_comparison.py; figures in the README): Tesseract with its Dutch, French
and English data finds the name in 93 % of the scans against RapidOCR's 64 %, at less than half
the time per page. RapidOCR's recognition model (trained on Chinese and English) drops the
spaces between words and the accents ("MARTINCamille", "Helene"), which is what the name and
address detection needs most. But Tesseract is a system program with language data, so it cannot
be installed from PyPI; RapidOCR's models ship inside its wheel. So: Tesseract when it is found
(a Linux package, Homebrew, or the Windows installer in its usual folder) with at least one of the
Dutch, French or English data, otherwise RapidOCR, which makes OCR work everywhere with nothing
to install. ``RECRUITDESK_OCR=rapidocr|tesseract`` chooses one (tests use it to cover both).

Both run only here, in the worker: RapidOCR under its own memory cap (``Limits.ocr_memory_bytes``:
the neural networks need more address space than the document readers, so the worker lifts its
soft limit to this cap while it recognises and lowers it again afterwards; a file's content cannot
change it), Tesseract as a child process of the worker (it inherits the worker's limits, Windows
job and private folder; the page goes in on stdin and the text comes out on stdout, no file) with
a wall-clock cap per page. Each page is rendered at a bounded size (a hostile 100 000-pixel-wide
page or picture is refused before it is decoded), and once the pages read so far have used
``ocr_seconds_per_page`` per page, the remaining pages are skipped with a note. The document gets
an ``ocr`` note so the recruiter knows its text is machine-read.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

from recruitdesk.importing.extract import Extracted, ReaderFailure
from recruitdesk.importing.limits import Limits

MAX_SIDE_PIXELS = 2400  # long side of what the engine sees; enough for 10-point text on A4
MAX_SOURCE_PIXELS = 80_000_000  # a picture larger than this is a decompression bomb, not a CV
RENDER_DPI = 120  # measured: 110-150 dpi reads CV text as well as 200 dpi, in two thirds of the time
MIN_CONFIDENCE = 0.5

_engine = None
_tesseract: list[tuple[str, str] | None] = []  # the one lookup per worker: (program, languages) or None
TESSERACT_LANGUAGES = ("nld", "fra", "eng", "deu")  # Dutch and French CVs first, English and German often
# Where the installers put Tesseract; the worker gets no PATH (see sandbox.worker_environment).
TESSERACT_FOLDERS = ("/usr/bin", "/usr/local/bin", "/opt/homebrew/bin", "/opt/local/bin",
                     r"C:\Program Files\Tesseract-OCR", r"C:\Program Files (x86)\Tesseract-OCR")


def tesseract() -> tuple[str, str] | None:
    """(program, "nld+fra+eng") when Tesseract and some of our languages are installed, else None."""
    if not _tesseract:
        _tesseract.append(None)
        if os.environ.get("RECRUITDESK_OCR", "").lower() != "rapidocr":
            program = shutil.which("tesseract", path=os.pathsep.join(TESSERACT_FOLDERS))
            if program:
                try:
                    listed = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=20, check=False)
                    available = set(listed.stdout.split()) | set(listed.stderr.split())
                except (OSError, subprocess.SubprocessError):
                    available = set()
                languages = [language for language in TESSERACT_LANGUAGES if language in available]
                if languages:
                    _tesseract[0] = (program, "+".join(languages))
    return _tesseract[0]


def engine_name() -> str:
    return "tesseract" if tesseract() else "rapidocr"


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
    return _recognise(images, limits, budget)


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
        found = tesseract()
        if found is not None:
            texts.append(_tesseract_page(found, image, limits, budget))
            continue
        with memory_cap(limits.ocr_memory_bytes):
            result, _ = engine()(numpy.asarray(image))
        texts.append(_lines(result or []))
    text = "\n\f".join(texts)
    if sum(1 for char in text if not char.isspace()) < 10:
        return Extracted("", [("no-text-layer", {})] + notes)
    return Extracted(text, [("ocr", {"engine": engine_name()})] + notes)


def _tesseract_page(found: tuple[str, str], image, limits: Limits, budget=None) -> str:
    """One page through Tesseract: PNG in on stdin, text out on stdout.

    Its CPU time is spent in a child process, which the worker's CPU budget does not see; so
    Tesseract runs on one thread (``OMP_THREAD_LIMIT=1``: its CPU time cannot exceed its wall
    time) with what is left of the page's budget as its time limit, and running out is the
    same ``extraction-too-slow`` as for any page."""
    program, languages = found
    page = io.BytesIO()
    image.save(page, "PNG")
    left = budget.seconds_left() if budget is not None else None
    timeout = limits.ocr_seconds_per_page * 2 if left is None else min(left, limits.ocr_seconds_per_page * 2)
    environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run([program, "stdin", "stdout", "-l", languages, "--psm", "3"], input=page.getvalue(),
                              capture_output=True, timeout=max(timeout, 0.1), check=False, env=environment)
    except subprocess.TimeoutExpired:
        if budget is not None and left is not None and left <= limits.ocr_seconds_per_page * 2:
            raise budget.exceeded() from None
        return ""
    except OSError as exc:
        raise ReaderFailure("extraction-crashed") from exc
    text = done.stdout.decode("utf-8", "replace")
    return "\n".join(line.rstrip() for line in text.splitlines())


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
