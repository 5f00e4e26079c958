"""The extraction worker: every format, type by content, and hostile files failing with a reason.

Each test goes through the real child process, as the app does.
"""

from __future__ import annotations

import shutil
import time

import pytest

from recruitdesk.importing import failures
from recruitdesk.importing.limits import MB, Limits
from recruitdesk.importing.sandbox import Sandbox
from tests.importing import make_files


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox() as worker:
        yield worker


def test_docx_body_header_table_and_text_box_are_read_once(tmp_path, sandbox):
    path = make_files.write_docx(tmp_path / "cv.docx", make_files.dutch_cv_lines(), text_box="Hobby's in een tekstvak", header="Koptekst")
    extraction = sandbox.extract(path)
    assert extraction.kind == "docx"
    assert extraction.text.startswith("Koptekst\nGriet Van den Broeck")
    assert extraction.text.count("Hobby's in een tekstvak") == 1  # not again from mc:Fallback
    assert "Excel in een tabel" in extraction.text


def test_handwritten_pdf_has_a_text_layer(tmp_path, sandbox):
    extraction = sandbox.extract(make_files.write_pdf(tmp_path / "cv.pdf", make_files.french_cv_lines()))
    assert extraction.kind == "pdf" and extraction.media_type == "application/pdf"
    assert "Nom : Camille Dubois" in extraction.text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_text_encodings_are_detected(tmp_path, sandbox, encoding):
    path = tmp_path / "cv.txt"
    path.write_bytes("Zoë Müller-Françoise\nCurriculum vitae\n".encode(encoding))
    assert sandbox.extract(path).text.startswith("Zoë Müller-Françoise")


def test_rtf_and_markdown(tmp_path, sandbox):
    rtf = tmp_path / "cv.rtf"
    rtf.write_text(r"{\rtf1\ansi\deff0 {\fonttbl {\f0 Arial;}} Ren\'e9 Lef\'e8vre\par rene@example.be\par}", encoding="ascii")
    assert "René Lefèvre" in sandbox.extract(rtf).text
    markdown = tmp_path / "cv.md"
    markdown.write_text("# Anna de Vries\n\n* anna@example.nl\n", encoding="utf-8")
    extraction = sandbox.extract(markdown)
    assert extraction.kind == "markdown" and extraction.media_type == "text/markdown"


def test_type_comes_from_content_not_extension(tmp_path, sandbox):
    docx = make_files.write_docx(tmp_path / "cv.docx", ["Jan Peeters"])
    disguised = tmp_path / "cv.pdf"
    shutil.copy(docx, disguised)
    extraction = sandbox.extract(disguised)
    assert extraction.kind == "docx"
    assert [note.code for note in extraction.notes] == ["extension-mismatch"]
    assert "the content is Word (.docx)" in extraction.notes[0].message()


# --- hostile and broken files ----------------------------------------------------------------
def expect_failure(sandbox, path, failure_type):
    started = time.monotonic()
    with pytest.raises(failure_type) as caught:
        sandbox.extract(path)
    message = caught.value.message()
    assert path.name in message and "Traceback" not in message
    return caught.value, time.monotonic() - started


def test_docx_zip_bomb_is_refused_before_unpacking(tmp_path, sandbox):
    bomb = make_files.write_docx_zip_bomb(tmp_path / "bomb.docx", unpacked_mb=300)
    assert bomb.stat().st_size < 2 * MB
    failure, seconds = expect_failure(sandbox, bomb, failures.ZipBomb)
    assert not failure.retryable and seconds < 5


def test_pdf_reference_loop_fails_with_a_reason_quickly(tmp_path, sandbox):
    _, seconds = expect_failure(sandbox, make_files.write_pdf_with_reference_loop(tmp_path / "loop.pdf"), failures.DamagedFile)
    assert seconds < 10


def test_200_mb_file_is_refused_without_being_read(tmp_path, sandbox):
    failure, seconds = expect_failure(sandbox, make_files.write_sparse(tmp_path / "huge.pdf", 200 * MB), failures.FileTooLarge)
    assert "200 MB" in failure.message() and "50 MB" in failure.message() and seconds < 1


def test_empty_file(tmp_path, sandbox):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    expect_failure(sandbox, empty, failures.FileEmpty)


def test_wrong_extension_on_a_binary(tmp_path, sandbox):
    fake = tmp_path / "cv.docx"
    fake.write_bytes(b"MZ\x90\x00" + bytes(range(256)) * 8)
    failure, _ = expect_failure(sandbox, fake, failures.WrongType)
    assert failure.message() == "cv.docx is not a CV document: its content is a program (executable), which is never opened."
    nameless = tmp_path / "cv.pdf"
    nameless.write_bytes(b"\x00\x01\x02\x03" + bytes(range(256)) * 8)
    failure, _ = expect_failure(sandbox, nameless, failures.ContentDoesNotMatchName)
    assert failure.message() == "cv.pdf is called a .pdf file, but its content is not a document RecruitDesk can read."
    unknown = tmp_path / "cv.xyz"
    unknown.write_bytes(b"\x00\x01\x02\x03" + bytes(range(256)) * 8)
    expect_failure(sandbox, unknown, failures.UnsupportedFormat)
    broken_photo = tmp_path / "photo.jpg"
    broken_photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8)
    failure, _ = expect_failure(sandbox, broken_photo, failures.DamagedFile)
    assert failure.message() == "photo.jpg looks like a picture file but is damaged and cannot be read."


def test_other_zip_is_not_a_cv(tmp_path, sandbox):
    import zipfile

    archive = tmp_path / "cv.docx"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("xl/workbook.xml", "<workbook/>")
    failure, _ = expect_failure(sandbox, archive, failures.WrongType)
    assert failure.message() == "cv.docx is not a CV document: its content is an Excel spreadsheet (.xlsx)."


def test_damaged_docx(tmp_path, sandbox):
    path = make_files.write_docx(tmp_path / "cv.docx", ["Jan"])
    data = bytearray(path.read_bytes())
    data[200:400] = bytes(200)
    path.write_bytes(bytes(data))
    expect_failure(sandbox, path, failures.DamagedFile)


def test_missing_file_and_folder(tmp_path, sandbox):
    expect_failure(sandbox, tmp_path / "gone.pdf", failures.FileMissing)
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    expect_failure(sandbox, folder, failures.NotARegularFile)


def test_wall_clock_timeout_kills_the_worker_and_the_next_file_still_works(tmp_path):
    path = make_files.write_pdf(tmp_path / "cv.pdf", ["Jan Peeters"])
    with Sandbox(Limits(timeout_seconds=0.01)) as worker:
        failure, _ = expect_failure(worker, path, failures.ExtractionTimeout)
        assert failure.retryable
    with Sandbox() as worker:
        assert "Jan Peeters" in worker.extract(path).text


# POSIX: RLIMIT_AS set by the worker itself; Windows: the job object the sandbox puts it in.
def test_memory_cap_stops_a_worker_instead_of_the_app(tmp_path):
    path = make_files.write_pdf(tmp_path / "cv.pdf", ["Jan Peeters"])
    with Sandbox(Limits(memory_bytes=64 * MB, timeout_seconds=30)) as worker:
        with pytest.raises((failures.ExtractionOutOfMemory, failures.ExtractionCrashed)):
            worker.extract(path)


def test_output_cap(tmp_path):
    path = tmp_path / "cv.txt"
    path.write_text("Jan Peeters " * 20_000, encoding="utf-8")
    with Sandbox(Limits(max_output_bytes=10_000)) as worker:
        expect_failure(worker, path, failures.OutputTooLarge)
    with Sandbox(Limits(max_text_chars=1000)) as worker:
        extraction = worker.extract(path)
    assert len(extraction.text) == 1000 and [note.code for note in extraction.notes] == ["text-truncated"]


def test_cancel_stops_waiting(tmp_path):
    import threading

    cancel = threading.Event()
    cancel.set()
    with Sandbox() as worker:
        with pytest.raises(failures.ImportCancelled):
            worker.extract(make_files.write_pdf(tmp_path / "cv.pdf", ["Jan"]), cancel)


def test_worker_does_not_inherit_the_recovery_key(tmp_path, monkeypatch):
    import json
    import subprocess

    captured = {}
    real_popen = subprocess.Popen

    def spy(*args, **kwargs):
        captured.update(kwargs.get("env") or {})
        return real_popen(*args, **kwargs)

    monkeypatch.setenv("RECRUITDESK_RECOVERY_KEY", "AAAA-BBBB")
    monkeypatch.setattr(subprocess, "Popen", spy)
    with Sandbox() as worker:
        worker.extract(make_files.write_pdf(tmp_path / "cv.pdf", ["Jan Peeters, jan@example.be"]))
    assert captured and "RECRUITDESK_RECOVERY_KEY" not in captured
    json.dumps(captured)  # plain strings only
