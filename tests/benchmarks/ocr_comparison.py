"""RapidOCR (shipped) beside Tesseract (where installed): field accuracy and seconds per page.

    python tests/benchmarks/ocr_comparison.py [CORPUS_DIR] [--count 16]

Scans are the image-only CVs of the shared corpus plus "scans" of the synthetic Dutch/French set
(tests/importing/synthetic_cvs.py: the PDF CVs rendered to an image at the worker's resolution,
so the truth is known). Both engines read the same images; the fields are then detected with
the app's own ``detect_fields``. Run by hand (its figures are in the README's intake section);
Tesseract is a system program, so it is compared, not shipped.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy  # noqa: E402
import pypdfium2  # noqa: E402

from recruitdesk.importing.extract.ocr import RENDER_DPI, _lines, engine  # noqa: E402
from recruitdesk.importing.fields import detect_fields  # noqa: E402
from tests.support.corpus import same_phone  # noqa: E402


def _first_page(pdf: Path):
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return document[0].render(scale=RENDER_DPI / 72).to_pil().convert("RGB")
    finally:
        document.close()


def _rapidocr(image) -> str:
    result, _ = engine()(numpy.asarray(image))
    return _lines(result or [])


def _tesseract(image) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.png"
        image.save(path)
        languages = "eng+nld+fra" if _has_languages("nld", "fra") else "eng"
        done = subprocess.run(["tesseract", str(path), "stdout", "-l", languages], capture_output=True, text=True, check=False)
        return done.stdout


def _has_languages(*wanted: str) -> bool:
    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, check=False).stdout.split()
    return all(language in listed for language in wanted)


def scans(corpus: Path | None, count: int, folder: Path) -> list[tuple[str, object, dict[str, str]]]:
    """(label, image, truth) for every scan."""
    items = []
    if corpus is not None and (corpus / "MANIFEST.tsv").is_file():
        with open(corpus / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if row["kind"] == "cv" and "imageonly" in row["file"]:
                    truth = {"name": row["full_name"], "email": row["email"], "phone": row["phone"]}
                    items.append((row["file"], _first_page(corpus / row["file"]), truth))
    from tests.importing.synthetic_cvs import generate

    rows = [row for row in generate(folder, count=count * 4) if row["file"].endswith(".pdf")][:count]
    for row in rows:
        items.append((row["file"], _first_page(folder / row["file"]), {"name": row["name"], "email": row["email"], "phone": row["phone"]}))
    return items


def score(truth: dict[str, str], text: str) -> dict[str, bool]:
    fields = detect_fields(text)
    return {
        "name": (fields.name.value or "").casefold().split() == truth["name"].casefold().split(),
        "email": (fields.email.value or "").lower() == truth["email"].lower(),
        "phone": same_phone(truth["phone"], fields.phone.value),
    }


def compare(corpus: Path | None, count: int) -> dict[str, dict[str, float]]:
    engines = {"RapidOCR": _rapidocr}
    if shutil.which("tesseract"):
        engines["Tesseract"] = _tesseract
    with tempfile.TemporaryDirectory(prefix="recruitdesk-scans-") as folder:
        items = scans(corpus, count, Path(folder))
        _rapidocr(items[0][1])  # load the models once, as the worker does
        figures: dict[str, dict[str, float]] = {}
        for name, read in engines.items():
            hits = {"name": 0, "email": 0, "phone": 0}
            started = time.perf_counter()
            for _label, image, truth in items:
                for field, good in score(truth, read(image)).items():
                    hits[field] += good
            seconds = (time.perf_counter() - started) / len(items)
            figures[name] = {"pages": len(items), "seconds_per_page": seconds, **{f: hits[f] / len(items) for f in hits}}
    return figures


def markdown(figures: dict[str, dict[str, float]]) -> list[str]:
    lines = ["| Engine | pages | name | e-mail | phone | seconds per page |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for name, row in figures.items():
        lines.append(f"| {name} | {int(row['pages'])} | {row['name']:.0%} | {row['email']:.0%} | {row['phone']:.0%} | {row['seconds_per_page']:.2f} |")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines += ["", f"(load average {load:.1f} on {os.cpu_count()} cores while measuring)"]
    return lines


if __name__ == "__main__":
    arguments = sys.argv[1:]
    count = 16
    if "--count" in arguments:
        position = arguments.index("--count")
        count = int(arguments[position + 1])
        del arguments[position:position + 2]
    corpus = Path(arguments[0]) if arguments else Path(os.environ.get("RECRUITDESK_CORPUS") or ROOT.parent / "shared" / "corpus")
    print("\n".join(markdown(compare(corpus, count))))
