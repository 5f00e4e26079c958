"""Every file recognised for what it is, through the real worker process, each with its exact message.

Renamed files of another type name their real type; protected files say how they are protected
(a password prompt for the password case, and the file opens with the password); Strict OOXML
and old .doc files are read; "damaged" only for a file that really is.
"""

from __future__ import annotations

import shutil

import pytest

from recruitdesk.importing import failures
from recruitdesk.importing.sandbox import Sandbox
from recruitdesk.services.importing import preview
from tests.importing import make_files, protected_files


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox() as worker:
        yield worker


def failure_of(sandbox, path, password=None):
    with pytest.raises(failures.ImportFailure) as caught:
        sandbox.extract(path, password=password)
    return caught.value


@pytest.mark.parametrize("writer, name, real_type", [
    (protected_files.write_xlsx, "cv.pdf", "an Excel spreadsheet (.xlsx)"),
    (protected_files.write_pptx, "cv.docx", "a PowerPoint presentation (.pptx)"),
    (lambda path: path.write_bytes(b"MZ\x90\x00" + bytes(range(256)) * 8), "cv.docx", "a program (executable), which is never opened"),
    (lambda path: path.write_bytes(b"GIF89a" + bytes(200)), "cv.pdf", "a GIF picture, which cannot be read as text"),
    (lambda path: path.write_bytes(b"Rar!\x1a\x07\x00" + bytes(200)), "cv.pdf",
     "a compressed archive (RAR, 7z, gzip or similar); unpack it and import the CVs inside"),
    (lambda path: path.write_bytes(b"<!DOCTYPE html><html><body>Jan</body></html>"), "cv.pdf",
     "a web page (HTML); save or print it as PDF and import that"),
])
def test_a_renamed_file_says_its_real_type(tmp_path, sandbox, writer, name, real_type):
    path = tmp_path / name
    writer(path)
    failure = failure_of(sandbox, path)
    assert isinstance(failure, failures.WrongType) and not failure.retryable
    assert failure.message() == f"{name} is not a CV document: its content is {real_type}."


def test_a_plain_zip_is_named_as_a_zip(tmp_path, sandbox):
    import zipfile

    archive = tmp_path / "cv.docx"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("notes.txt", "Jan Peeters")
    assert failure_of(sandbox, archive).message() == (
        "cv.docx is not a CV document: its content is a zip archive; unpack it and import the CVs inside.")


def test_password_docx_asks_for_the_password_and_opens_with_it(tmp_path, sandbox):
    path = protected_files.write_password_docx(tmp_path / "cv.docx", ["Anneleen Claes", "anneleen@example.be"], "geheim")
    failure = failure_of(sandbox, path)
    assert isinstance(failure, failures.PasswordRequired) and failure.needs_password
    assert failure.message() == "cv.docx is protected with a password. Enter the password to read it."
    wrong = failure_of(sandbox, path, password="fout")
    assert wrong.message() == "The password for cv.docx is not correct. Check it and try again."
    extraction = sandbox.extract(path, password="geheim")
    assert extraction.kind == "docx" and extraction.text.startswith("Anneleen Claes\nanneleen@example.be")
    [item] = preview([path], passwords={str(path): "geheim"})
    assert item.ok and item.name == "Anneleen Claes" and item.email == "anneleen@example.be"


@pytest.mark.parametrize("writer, name", [(protected_files.write_certificate_docx, "cv.docx"),
                                          (protected_files.write_certificate_pdf, "cv.pdf")])
def test_certificate_protection_is_named_not_damaged(tmp_path, sandbox, writer, name):
    failure = failure_of(sandbox, writer(tmp_path / name))
    assert isinstance(failure, failures.CertificateProtected) and not failure.needs_password
    assert failure.message() == (
        f"{name} is protected with a certificate (or rights management), not a password: it can only be "
        "opened with the recipient's certificate. Ask the sender for an unprotected copy.")


def test_strict_open_xml_docx_is_read(tmp_path, sandbox):
    path = protected_files.write_strict_docx(tmp_path / "cv.docx", make_files.dutch_cv_lines())
    import zipfile

    with zipfile.ZipFile(path) as archive:
        assert b"http://purl.oclc.org/ooxml/wordprocessingml/main" in archive.read("word/document.xml")
    extraction = sandbox.extract(path)
    assert extraction.kind == "docx" and extraction.text.startswith("Griet Van den Broeck\nBoekhouder")


def test_old_word_doc_is_read_without_any_outside_program(tmp_path, sandbox):
    path = protected_files.write_doc(tmp_path / "cv.doc", make_files.french_cv_lines())
    assert path.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1")
    extraction = sandbox.extract(path)
    assert extraction.kind == "doc" and extraction.media_type == "application/msword" and not extraction.notes
    assert "Nom : Camille Dubois" in extraction.text and "camille.dubois@example.be" in extraction.text
    renamed = tmp_path / "cv.docx"
    shutil.copy(path, renamed)
    notes = sandbox.extract(renamed).notes
    assert [note.message() for note in notes] == [
        "The file name says .docx but the content is Word 97-2003 (.doc); it was read as Word 97-2003 (.doc)."]


def test_a_truncated_doc_is_damaged(tmp_path, sandbox):
    path = protected_files.write_doc(tmp_path / "cv.doc", ["Jan Peeters"])
    broken = tmp_path / "broken.doc"
    broken.write_bytes(path.read_bytes()[:1536])
    assert failure_of(sandbox, broken).message() == "broken.doc looks like a Word 97-2003 (.doc) file but is damaged and cannot be read."
