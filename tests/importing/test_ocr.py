"""Scanned CVs: a DOCX rendered to a picture (LibreOffice to PDF, pypdfium2 to pixels), read by OCR
in the sandboxed worker, with the fields found and a note that the text came from OCR.

Both engines are covered: Tesseract (used where it is installed; .ci/run installs it with its
Dutch, French and English data) and RapidOCR (the fallback that ships inside its wheel, used on
machines without Tesseract), chosen through RECRUITDESK_OCR, which the worker receives.
"""

from __future__ import annotations

import os
import shutil

import pytest

from recruitdesk.services.importing import preview
from tests.importing import make_files, protected_files

LINES = ["Anneleen Claes", "Boekhouder", "Kerkstraat 12, 9000 Gent", "GSM: 0470 12 34 56",
         "anneleen.claes@example.be", "Werkervaring", "2015 - heden: boekhouder bij een kmo in Gent."]


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    """The top of the rendered page (the contact block), as a scanner at 150 dpi would give it."""
    import pypdfium2 as pdfium

    folder = tmp_path_factory.mktemp("scans")
    pdf = protected_files.docx_to_pdf(make_files.write_docx(folder / "cv.docx", LINES))
    document = pdfium.PdfDocument(str(pdf))
    image = document[0].render(scale=150 / 72).to_pil().convert("L")
    document.close()
    return folder, image.crop((0, 0, image.width, image.height * 2 // 5))


@pytest.fixture(params=["tesseract", "rapidocr"])
def ocr_engine(request, monkeypatch):
    if request.param == "tesseract" and not shutil.which("tesseract"):
        if os.environ.get("CI"):
            pytest.fail("Tesseract is not installed: dev.py installs tesseract-ocr with its nld/fra/eng data in CI")
        pytest.skip("Tesseract is not installed here (RapidOCR is still tested)")
    monkeypatch.setenv("RECRUITDESK_OCR", request.param)
    return request.param


def test_a_scanned_cv_picture_is_read_by_ocr(scan, ocr_engine):
    folder, image = scan
    path = folder / "scan.jpg"
    image.save(path, "JPEG", quality=85)
    [item] = preview([path])
    assert item.ok and item.kind == "jpeg" and item.media_type == "image/jpeg"
    assert item.email == "anneleen.claes@example.be" and item.name == "Anneleen Claes"
    assert item.phone == "+32470123456"
    assert [notice.message() for notice in item.file_notices if notice.code == "ocr"] == [
        "The text was read from a picture by OCR (text recognition); check names and numbers against the original."]
    assert [notice.params.get("engine") for notice in item.file_notices if notice.code == "ocr"] == [ocr_engine]


def test_an_image_only_pdf_gets_a_text_layer_by_ocr(scan, ocr_engine):
    folder, image = scan
    path = folder / "scan.pdf"
    image.save(path, "PDF", resolution=150)
    [item] = preview([path])
    assert item.ok and item.kind == "pdf"
    assert "ocr" in [notice.code for notice in item.file_notices]
    assert item.email == "anneleen.claes@example.be" and item.name == "Anneleen Claes"
