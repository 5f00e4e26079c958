"""Where the shared CV corpus is, for tests that read it in place."""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

import pytest


def corpus_dir() -> Path:
    """The shared corpus folder (../shared/corpus beside the project root, or RECRUITDESK_CORPUS).

    When RECRUITDESK_CORPUS is set (CI), a missing corpus fails the test; otherwise it skips
    with a reason, so a developer without shared/ still runs everything else.
    """
    configured = os.environ.get("RECRUITDESK_CORPUS")
    path = Path(configured) if configured else Path(__file__).resolve().parents[3] / "shared" / "corpus"
    if path.is_dir() and (path / "MANIFEST.tsv").is_file():
        return path
    if configured:
        pytest.fail(f"RECRUITDESK_CORPUS={configured} is set but the corpus or its MANIFEST.tsv is missing")
    pytest.skip("the shared CV corpus is not beside the project; set RECRUITDESK_CORPUS")


def manifest() -> list[dict[str, str]]:
    with open(corpus_dir() / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def same_phone(expected: str, detected: str | None) -> bool:
    """Is the detected number the one the manifest gives? The detector stores E.164
    (+302119999999); the manifest writes the number as the CV prints it, often without a country
    code (211-9999999, 0470 12 34 56): then the national digits must end the detected number."""
    if not detected:
        return False
    want, got = re.sub(r"\D", "", expected), re.sub(r"\D", "", detected)
    if want.lstrip("0") == got.lstrip("0"):
        return True
    international = expected.strip().startswith(("+", "(+", "00"))
    national = want.lstrip("0")
    return not international and len(national) >= 8 and got.endswith(national)
