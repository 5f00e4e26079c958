"""Import throughput on the real PDFs of the shared corpus, and field accuracy, for BENCHMARKS.md.

Run by ``python3 dev.py bench`` (run_benchmarks.py), or alone:

    python tests/benchmarks/import_accuracy.py [CORPUS_DIR]

Throughput: every PDF of the corpus except the image-only ones (OCR is measured separately, it is
a different order of magnitude), read (1) in this process with the worker's dispatch (raw
library time: pypdfium2 first, pdfminer only for pages laid out in columns), and (2) through
``services.importing.preview`` (sandboxed worker, field and sensitive-data detection; one worker
start included). Accuracy: name, e-mail and phone on the corpus CVs (MANIFEST.tsv) and on the
synthetic Dutch/French set (tests/importing/synthetic_cvs.py).
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from recruitdesk.importing.extract.dispatch import extract_file  # noqa: E402
from recruitdesk.importing.limits import Limits  # noqa: E402
from recruitdesk.services.importing import preview  # noqa: E402
from tests.support.corpus import same_phone  # noqa: E402

TARGETS = {"name": 0.95, "email": 0.98, "phone": 0.95}


def default_corpus() -> Path:
    return Path(os.environ.get("RECRUITDESK_CORPUS") or ROOT.parent / "shared" / "corpus")


def _manifest(corpus: Path) -> list[dict[str, str]]:
    with open(corpus / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def throughput(corpus: Path, rounds: int = 3) -> dict[str, float]:
    rows = _manifest(corpus)
    pdfs = [corpus / row["file"] for row in rows if row["file"].endswith(".pdf") and "image-only" not in row["notes"].lower()
            and "imageonly" not in row["file"]]
    extract_file(pdfs[0], Limits())  # load the libraries once, as the worker does
    started = time.perf_counter()
    for _ in range(rounds):
        for path in pdfs:
            extract_file(path, Limits())
    raw = (time.perf_counter() - started) / rounds
    started = time.perf_counter()
    for _ in range(rounds):
        preview(pdfs)
    sandboxed = (time.perf_counter() - started) / rounds
    return {"pdfs": len(pdfs), "raw_per_s": len(pdfs) / raw, "preview_per_s": len(pdfs) / sandboxed,
            "ratio": sandboxed / raw}


def corpus_accuracy(corpus: Path) -> dict[str, tuple[int, int]]:
    rows = [row for row in _manifest(corpus) if row["kind"] == "cv"]
    previews = preview([corpus / row["file"] for row in rows])
    scores = {}
    for field, column in (("name", "full_name"), ("email", "email"), ("phone", "phone")):
        hits = 0
        for row, item in zip(rows, previews, strict=True):
            expected, detected = row[column], getattr(item, field)
            if expected.startswith("-") or not expected:
                hits += not detected
            elif field == "name":
                hits += (detected or "").casefold().split() == expected.casefold().split()
            elif field == "email":
                hits += (detected or "").lower() == expected.lower()
            else:
                hits += same_phone(expected, detected)
        scores[field] = (hits, len(rows))
    return scores


def synthetic_accuracy() -> dict[str, tuple[int, int]]:
    from tests.importing.synthetic_cvs import accuracy, generate

    with tempfile.TemporaryDirectory(prefix="recruitdesk-synthetic-") as folder:
        rows = generate(Path(folder))
        previews = preview([Path(folder) / row["file"] for row in rows])
        return {field: (hits, total) for field, (hits, total, _) in accuracy(rows, previews).items()}


def measure(corpus: Path | None = None) -> dict:
    corpus = corpus or default_corpus()
    figures: dict = {"synthetic": synthetic_accuracy()}
    if (corpus / "MANIFEST.tsv").is_file():
        figures["corpus"] = corpus_accuracy(corpus)
        figures["throughput"] = throughput(corpus)
    return figures


def markdown(figures: dict) -> list[str]:
    lines = ["## CV import: field accuracy and throughput", ""]
    lines += ["| Field | synthetic nl/fr set | shared corpus | target |", "| --- | ---: | ---: | ---: |"]
    for field in ("name", "email", "phone", "city", "postcode", "linkedin"):
        synthetic = figures["synthetic"].get(field)
        corpus = figures.get("corpus", {}).get(field)
        cell = lambda pair: f"{pair[0]}/{pair[1]} = {pair[0] / pair[1]:.0%}" if pair else "n/a"  # noqa: E731
        target = f"{TARGETS[field]:.0%}" if field in TARGETS else "-"
        lines.append(f"| {field} | {cell(synthetic)} | {cell(corpus)} | {target} |")
    lines.append("")
    speed = figures.get("throughput")
    if speed:
        lines += [
            f"Import throughput on the {speed['pdfs']} text PDFs of the shared corpus (image-only PDFs go to OCR and are not counted):",
            "",
            f"- raw extraction in-process (pypdfium2; columns read one by one): {speed['raw_per_s']:.1f} PDFs/s",
            f"- preview through the sandboxed worker with field detection: {speed['preview_per_s']:.1f} PDFs/s "
            f"({speed['ratio']:.2f}x raw, one worker start included)",
            "",
        ]
    else:
        lines += ["The shared corpus was not found (set RECRUITDESK_CORPUS): no corpus accuracy or throughput.", ""]
    return lines


if __name__ == "__main__":
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else default_corpus()
    print("\n".join(markdown(measure(corpus))))
