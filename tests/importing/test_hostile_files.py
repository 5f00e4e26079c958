"""Hostile files fail fast, with their reason: budgets per page and per file (issue 20, bullet 6)."""

from __future__ import annotations

import time
import zipfile

import pytest

from recruitdesk.importing import failures
from recruitdesk.importing.limits import MB, Limits
from recruitdesk.importing.sandbox import Sandbox
from tests.importing import make_files


def test_a_45_mb_pdf_of_random_content_is_refused_within_10_seconds(tmp_path):
    path = make_files.write_pdf_with_random_content(tmp_path / "cv.pdf", 45 * MB)
    assert 44 * MB < path.stat().st_size < Limits().max_file_bytes
    started = time.monotonic()
    with Sandbox() as worker:
        with pytest.raises(failures.PageTooLarge) as raised:
            worker.extract(path)
    assert time.monotonic() - started < 10
    assert raised.value.message() == (
        "cv.pdf has a page with far more content than a CV page holds (a damaged or hostile file); it was not read.")


def test_a_pdf_content_bomb_is_refused_while_it_is_counted_not_after_it_is_unpacked(tmp_path):
    path = make_files.write_pdf_with_content_bomb(tmp_path / "cv.pdf", unpacked_mb=300)
    assert path.stat().st_size < 2 * MB
    started = time.monotonic()
    # 300 MB unpacked would not fit in a 200 MB address space: a refusal proves it was never held.
    with Sandbox(Limits(memory_bytes=400 * MB)) as worker:
        with pytest.raises(failures.PageTooLarge):
            worker.extract(path)
    assert time.monotonic() - started < 10


def test_a_page_that_spends_its_cpu_budget_is_stopped_with_the_reason(tmp_path):
    # Random content under the size limit: pdfium reads it quickly but finds no text, so the page
    # goes to text recognition, the heaviest work a page can cause; tight budgets stop it.
    path = make_files.write_pdf_with_random_content(tmp_path / "slow.pdf", 6 * MB)
    started = time.monotonic()
    with Sandbox(Limits(cpu_seconds_per_page=0.3, ocr_cpu_seconds_per_page=0.3)) as worker:
        with pytest.raises(failures.ExtractionTooSlow) as raised:
            worker.extract(path)
        assert "slow.pdf needed more than 0.3 seconds of processing" in raised.value.message()
        # The worker that spent its budget is replaced: the next file is read normally.
        assert "Jan Peeters" in worker.extract(make_files.write_pdf(tmp_path / "ok.pdf", ["Jan Peeters"])).text
    assert time.monotonic() - started < 20


def test_a_docx_that_lies_about_its_unpacked_size_is_refused_before_its_memory_grows(tmp_path):
    path = make_files.write_docx_lying_about_its_size(tmp_path / "cv.docx", unpacked_mb=600)
    with zipfile.ZipFile(path) as archive:
        declared = sum(info.file_size for info in archive.infolist())
    assert declared < MB  # every check on the declared sizes passes
    started = time.monotonic()
    # The worker's address space is capped far below what unpacking (or parsing) would need, so
    # a ZipBomb (not an out-of-memory failure) proves the refusal came before the memory grew.
    with Sandbox(Limits(memory_bytes=512 * MB)) as worker:
        with pytest.raises(failures.ZipBomb):
            worker.extract(path)
    assert time.monotonic() - started < 10


def test_an_honest_docx_still_reads_after_the_real_size_check(tmp_path):
    path = make_files.write_docx(tmp_path / "cv.docx", make_files.dutch_cv_lines())
    with Sandbox() as worker:
        assert "Griet Van den Broeck" in worker.extract(path).text
