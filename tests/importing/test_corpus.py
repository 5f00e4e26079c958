"""The shared corpus of real CVs: every file is read or fails with its reason, and the detected
name, email and phone are measured against the hand-checked MANIFEST.tsv.

Floors are set just under what was measured (see the printed table with ``-s``), so a
regression fails, and an improvement can raise them.
"""

from __future__ import annotations

import pytest

from recruitdesk.services.importing import preview
from tests.support.corpus import corpus_dir, manifest, same_phone

FLOORS = {"name": 0.92, "email": 0.92, "phone": 0.92}


@pytest.fixture(scope="module")
def corpus_previews():
    folder = corpus_dir()
    rows = manifest()
    previews = preview([folder / row["file"] for row in rows])
    return list(zip(rows, previews, strict=True))


def test_every_file_is_read_or_fails_with_a_reason(corpus_previews):
    assert len(corpus_previews) >= 30
    for row, item in corpus_previews:
        if item.ok:
            assert item.kind in ("pdf", "docx", "odt", "rtf", "text", "markdown", "doc"), row["file"]
        else:
            assert item.failure.code and item.file in item.failure.message(), row["file"]


def test_scans_are_read_by_ocr_and_a_password_pdf_asks_for_its_password(corpus_previews):
    by_file = {row["file"]: item for row, item in corpus_previews}
    notes = {name: [notice.code for notice in item.file_notices] for name, item in by_file.items()}
    locked = by_file["edge/pypdf_r6-aes256_user-password-required.pdf"]
    assert locked.failure.code == "password-required" and locked.failure.needs_password
    assert locked.failure.message() == "pypdf_r6-aes256_user-password-required.pdf is protected with a password. Enter the password to read it."
    opened = preview([locked.path], passwords={str(locked.path): "foo"})[0]
    assert opened.ok and opened.kind == "pdf"
    wrong = preview([locked.path], passwords={str(locked.path): "nope"})[0]
    assert wrong.failure.code == "password-incorrect"
    for scan in ("cvs/resumeocr_bruno-costa_imageonly_pt.pdf", "edge/resumeocr_non-cv-recipe_image-only.pdf"):
        assert "ocr" in notes[scan], scan
    assert by_file["cvs/resumeocr_bruno-costa_imageonly_pt.pdf"].email == "bruno.costa.data@email.com"
    texts = {row["file"]: item.text for row, item in corpus_previews}
    assert "test" in texts["edge/pypdf_r2-rc4_empty-user-password.pdf"].lower() or texts["edge/pypdf_r2-rc4_empty-user-password.pdf"].strip()
    assert texts["edge/pypdf_r4_owner-password-only.pdf"].strip()
    assert "example" in texts["edge/pypdf_issue-297_broken-xref.pdf"]


def _correct(field: str, expected: str, detected: str | None) -> bool:
    if expected in ("-", "") or expected.startswith("-"):
        return not detected
    if field == "name":
        return (detected or "").casefold().split() == expected.casefold().split()
    if field == "email":
        return (detected or "").lower() == expected.lower()
    return same_phone(expected, detected)


def test_field_accuracy_against_the_manifest(corpus_previews):
    cvs = [(row, item) for row, item in corpus_previews if row["kind"] == "cv"]
    scores = {}
    print()
    for field in ("name", "email", "phone"):
        rows = [(row, item) for row, item in cvs if row[field if field != "name" else "full_name"] != "?"]
        hits = [_correct(field, row["full_name" if field == "name" else field], getattr(item, field)) for row, item in rows]
        scores[field] = sum(hits) / len(hits)
        misses = [row["file"] for (row, _), hit in zip(rows, hits, strict=True) if not hit]
        print(f"{field:<6} {sum(hits):>3}/{len(hits)} = {scores[field]:.0%}   missed: {', '.join(misses) or '-'}")
    for field, floor in FLOORS.items():
        assert scores[field] >= floor, f"{field} accuracy {scores[field]:.0%} fell below {floor:.0%}"
