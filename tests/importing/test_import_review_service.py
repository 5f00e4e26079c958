"""services.import_review without a GUI: the left-out rule, what a mail skipped, the application
date, the first-page picture made in the sandbox, and a virtual-file drop written privately."""

from __future__ import annotations

import datetime as dt
import io
import os
import stat
import struct

from recruitdesk.importing import outlook_drop
from recruitdesk.importing.page_image import NoPageImage, first_page_png
from recruitdesk.services.import_review import (
    application_date, doubts, forget_received, page_preview, receive_virtual_files, skipped_parts,
)
from recruitdesk.services.importing import FilePreview, preview
from tests.importing import make_files

RECIPE = "Apple pie\n\nIngredients\n500 g flour, 250 g butter, 6 apples.\n\nMethod\nBake for 45 minutes at 180 degrees.\n"
MANUAL = "Installation manual\nConnect the red wire to terminal 3 and the blue wire to terminal 4. Tighten the screws.\n"
CV_WITHOUT_CONTACT = "Profiel\nErvaring\n2019 - 2024 boekhouder\nOpleiding\nBachelor bedrijfsbeheer\nTalen: Nederlands, Frans\n"


def read(tmp_path, name: str, lines: list[str]) -> FilePreview:
    [item] = preview([make_files.write_pdf(tmp_path / name, lines)])
    assert item.ok
    return item


def test_files_without_cv_signal_are_doubted_and_cvs_are_not(tmp_path):
    assert [d.code for d in doubts(read(tmp_path, "recipe.pdf", RECIPE.splitlines()))] == ["not-a-cv"]
    assert [d.code for d in doubts(read(tmp_path, "manual.pdf", MANUAL.splitlines()))] == ["not-a-cv"]
    assert doubts(read(tmp_path, "griet.pdf", make_files.dutch_cv_lines())) == []
    assert doubts(read(tmp_path, "camille.pdf", make_files.french_cv_lines())) == []
    # No e-mail, phone or name, but CV headings: a CV (the recruiter names it).
    assert doubts(read(tmp_path, "cv-2024.pdf", CV_WITHOUT_CONTACT.splitlines())) == []


def test_a_name_from_the_file_name_is_doubted_unless_the_text_confirms_it(tmp_path):
    unconfirmed = read(tmp_path, "pypdf-issue-broken-xref.pdf", ["test example"])
    assert unconfirmed.name == "Pypdf Issue Broken Xref"
    assert [d.code for d in doubts(unconfirmed)] == ["no-text", "name-from-file-name"]
    assert "file name" in doubts(unconfirmed)[1].message()
    confirmed = read(tmp_path, "Sofie_Claes.pdf", ["Ervaring: 5 jaar als verpleegkundige bij Sofie Claes thuiszorg", "Opleiding: bachelor"])
    assert "name-from-file-name" not in [d.code for d in doubts(confirmed)]


def test_skipped_attachments_in_words():
    item = FilePreview(path=None, file="mail.eml", skipped=[  # type: ignore[arg-type]
        {"file": "setup.exe", "reason": "unsupported-format"}, {"file": "a.zip", "reason": "empty-archive"},
        {"file": "deep.eml", "reason": "too-deep"}, {"file": "x.pdf", "reason": "password-required", "params": {"kind": "PDF"}}])
    sentences = skipped_parts(item)
    assert sentences[0].startswith("Attachment not imported: setup.exe is not a document RecruitDesk can read")
    assert sentences[1] == "a.zip: the zip archive holds no CV."
    assert "nested too deeply" in sentences[2]
    assert "x.pdf is protected with a password" in sentences[3]


def test_application_date_is_the_mails_else_the_files_never_after_today(tmp_path):
    path = tmp_path / "cv.txt"
    path.write_text("x", encoding="utf-8")
    moment = dt.datetime(2026, 1, 15, 10, 0).timestamp()
    os.utime(path, (moment, moment))
    item = FilePreview(path, path.name)
    assert application_date(item, dt.date(2026, 3, 2)) == dt.date(2026, 1, 15)
    assert application_date(item, dt.date(2026, 1, 10)) == dt.date(2026, 1, 10)
    item.applied_on = dt.date(2026, 2, 1)
    assert application_date(item, dt.date(2026, 3, 2)) == dt.date(2026, 2, 1)


def test_first_page_pictures_are_made_in_memory(tmp_path):
    from PIL import Image

    [pdf] = preview([make_files.write_pdf(tmp_path / "griet.pdf", make_files.dutch_cv_lines())])
    png = page_preview(pdf, width=500)
    assert png is not None and png.startswith(b"\x89PNG")
    assert Image.open(io.BytesIO(png)).width == 500
    photo = io.BytesIO()
    Image.new("RGB", (1200, 1600), "white").save(photo, "JPEG")
    picture = Image.open(io.BytesIO(first_page_png(photo.getvalue(), 600)))
    assert picture.size == (600, 800)
    [docx] = preview([make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines())])
    assert page_preview(docx) is None  # no picture for a Word file: its text is read instead
    try:
        first_page_png(b"%PDF-1.4 garbage", 400)
    except NoPageImage:
        pass
    else:
        raise AssertionError("a broken PDF must give no picture")


def test_a_virtual_file_drop_is_written_to_a_private_folder_and_forgotten(tmp_path):
    mail = b"From: a@example.be\r\nSubject: cv\r\n\r\nhello\r\n"
    flags = outlook_drop.FD_FILESIZE
    fixed = struct.pack("<I16s8s8sIQQQII", flags, bytes(16), bytes(8), bytes(8), 0x80, 0, 0, 0, 0, len(mail))
    descriptor = struct.pack("<I", 1) + fixed + "Sollicitatie.eml".encode("utf-16-le").ljust(520, b"\x00")
    [written] = receive_virtual_files({"FileGroupDescriptorW": descriptor, "FileContents": mail})
    assert written.name == "Sollicitatie.eml" and written.read_bytes() == mail
    assert stat.S_IMODE(written.parent.parent.stat().st_mode) == 0o700
    forget_received([written])
    assert not written.exists()
    [broken] = receive_virtual_files({"FileGroupDescriptorW": b"\x05\x00\x00\x00", "FileContents": mail})
    assert "could not be read" in broken.failure.message()
    assert receive_virtual_files({"text/plain": b"x"}) == []


def test_a_page_far_taller_than_wide_gives_a_small_picture(tmp_path):
    from PIL import Image

    pdf = make_files.write_pdf(tmp_path / "strip.pdf", ["x"])
    pdf.write_bytes(pdf.read_bytes().replace(b"/MediaBox [0 0 595 842]", b"/MediaBox [0 0 10 14000]"))
    picture = Image.open(io.BytesIO(first_page_png(pdf.read_bytes(), 800)))
    assert picture.height <= 3 * 800 + 1
