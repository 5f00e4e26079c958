"""Redaction that redacts: after a redacted import, the national number and the IBAN are in no
page of the decrypted database, no WAL frame, not in the stored document and not in an export.
The stored document is a redacted rendition: for a PDF, its pages with the numbers blacked out;
for other formats, the redacted text as a PDF; both say they are a redacted copy."""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pytest

from recruitdesk.services.exporting import export_candidate
from recruitdesk.importing.redaction import redact_pdf, text_pdf
from recruitdesk.services.importing import import_files, preview
from recruitdesk.services.documents import document_text
from recruitdesk.store import search_index
from recruitdesk.store.models import Candidate
from tests.importing import make_files
from tests.support.sqlcipher_pages import all_plaintext
from tests.support.vaults import database_key_of

NATIONAL_NUMBER = "90.03.12-154.39"  # in make_files.french_cv_lines
IBAN = "BE21 0012 3456 7803"


def variants(number: str) -> list[bytes]:
    """The ways a number can be written or stored: formatted, compact, spaced, UTF-16."""
    compact = re.sub(r"[^0-9A-Z]", "", number)
    texts = {number, compact, " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))}
    return [form for text in texts for form in (text.encode(), text.encode("utf-16-le"))]


NEEDLES = variants(NATIONAL_NUMBER) + variants(IBAN)


def found_in(data: bytes) -> list[bytes]:
    return [needle for needle in NEEDLES if needle in data]


def stored_document(vault, candidate_id):
    with vault.session() as session:
        candidate = session.get(Candidate, candidate_id)
        document = candidate.documents[0]
        content = vault.candidate_keys.decrypt(candidate.uid, candidate.wrapped_key, "document.content", document.content_enc)
        filename = vault.candidate_keys.decrypt_text(candidate.uid, candidate.wrapped_key, "document.filename", document.filename_enc)
        return document, filename, content, document_text(vault.candidate_keys, candidate, document)


def pdf_text(content: bytes) -> str:
    pdf = pdfium.PdfDocument(content)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def test_control_without_redaction_the_number_is_everywhere(new_vault, tmp_path):
    vault, _ = new_vault
    path = make_files.write_pdf(tmp_path / "cv.pdf", make_files.french_cv_lines())
    [result] = import_files(vault, [path])
    _, _, content, text = stored_document(vault, result.candidate_id)
    assert found_in(content) and NATIONAL_NUMBER in text
    with vault.session() as session:
        # "154" and "BE21" occur in this CV only in the national number and the IBAN.
        assert search_index.search(session, vault.candidate_keys, "154") == [result.candidate_id]
        assert search_index.search(session, vault.candidate_keys, "BE21") == [result.candidate_id]


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_a_redacted_import_leaves_no_number_anywhere(new_vault, tmp_path, kind):
    vault, _ = new_vault
    lines = make_files.french_cv_lines()
    write = make_files.write_pdf if kind == "pdf" else make_files.write_docx
    path = write(tmp_path / f"cv.{kind}", lines)
    [item] = preview([path], vault)
    assert {"national-number", "iban"} <= {notice.code for notice in item.notices}
    item.redact = True
    [result] = import_files(vault, [item])
    assert result.status == "imported" and "redacted" in [notice.code for notice in result.notices]

    document, filename, content, text = stored_document(vault, result.candidate_id)
    assert (document.media_type, filename) == ("application/pdf", "cv (redacted).pdf")
    assert document.note.split(",")[0] == "redacted"
    assert content.startswith(b"%PDF") and found_in(content) == []
    rendition_text = pdf_text(content)
    assert rendition_text.startswith("Redacted copy made by RecruitDesk on 2 March 2026")
    assert found_in(rendition_text.encode()) == []
    if kind == "docx":
        assert "Camille Dubois" in rendition_text and "[…]" in rendition_text  # the redacted text, typeset
    assert found_in(text.encode()) == [] and "Camille Dubois" in text and "[…]" in text
    with vault.session() as session:
        assert search_index.search(session, vault.candidate_keys, "Bruxelles") == [result.candidate_id]
        assert search_index.search(session, vault.candidate_keys, "154") == []
        assert search_index.search(session, vault.candidate_keys, "BE21") == []

    # Every page of the decrypted database and every WAL frame, before and after a checkpoint.
    key = database_key_of(vault)
    assert found_in(b"".join(all_plaintext(key, vault.database_path))) == []
    export = export_candidate(vault, result.candidate_id, tmp_path / "export")
    exported = b"".join(path.read_bytes() for path in export.path.rglob("*") if path.is_file())
    assert exported and found_in(exported) == []
    vault.close()
    assert found_in(b"".join(all_plaintext(key, vault.database_path))) == []


def test_pdf_rendition_blacks_out_the_numbers_on_the_page(tmp_path):
    original = make_files.write_pdf(tmp_path / "cv.pdf", make_files.french_cv_lines()).read_bytes()
    source = pdfium.PdfDocument(original)
    textpage = source[0].get_textpage()
    page_text = textpage.get_text_range()
    start = page_text.index(NATIONAL_NUMBER)
    boxes = [textpage.get_charbox(i) for i in range(start, start + len(NATIONAL_NUMBER))]
    left, bottom = min(b[0] for b in boxes), min(b[1] for b in boxes)
    right, top = max(b[2] for b in boxes), max(b[3] for b in boxes)
    name_box = textpage.get_charbox(page_text.index("Camille"))
    redacted = redact_pdf(original, "Redacted copy", {"90031215439", "BE21001234567803"})
    page = pdfium.PdfDocument(redacted)[0]
    bitmap = page.render(scale=2, grayscale=True)
    convert = bitmap.get_posconv(page)

    def pixel(x: float, y: float) -> int:
        column, row = convert.to_bitmap(x, y)
        return bitmap.buffer[int(row) * bitmap.stride + int(column) * bitmap.n_channels]

    # The whole area of the number is black; the name next to it is still readable (not all black).
    for fraction in (0.1, 0.5, 0.9):
        assert pixel(left + (right - left) * fraction, (bottom + top) / 2) == 0
    row = [pixel(name_box[0] + step, (name_box[1] + name_box[3]) / 2) for step in range(0, 60, 2)]
    assert max(row) > 200
    assert page.get_textpage().get_text_range() == "Redacted copy"  # no text layer of the original


def test_a_number_that_cannot_be_located_on_the_page_is_refused(tmp_path):
    """A scan, or text split oddly: no page image that might still show the number is kept."""
    from recruitdesk.importing.redaction import NotLocated

    original = make_files.write_pdf(tmp_path / "a.pdf", ["Nothing to see here"]).read_bytes()
    with pytest.raises(NotLocated):
        redact_pdf(original, "Redacted copy", {"90031215439"})


def test_text_rendition_wraps_and_keeps_accents():
    text = "Expérience : " + "développeuse " * 30 + "\nLangues : français, néerlandais"
    content = text_pdf(text, "Copie caviardée")
    rendered = pdf_text(content)
    assert rendered.startswith("Copie caviardée")
    assert "français, néerlandais" in rendered and "Expérience" in rendered


def test_special_category_words_are_offered_and_redacted_when_chosen(new_vault, tmp_path):
    vault, _ = new_vault
    lines = make_files.french_cv_lines() + ["Je suis déléguée syndicale et membre du syndicat FGTB."]
    path = make_files.write_docx(tmp_path / "cv.docx", lines)
    [item] = preview([path], vault)
    special = [notice for notice in item.notices if notice.code == "special-category"]
    assert special and special[0].params["topics"] == ["union"]
    item.redact, item.redact_special = True, True
    [result] = import_files(vault, [item])
    _, _, content, text = stored_document(vault, result.candidate_id)
    assert "FGTB" not in text and "syndicat" not in text.lower() and "Camille Dubois" in text
    assert "FGTB" not in pdf_text(content)
    with vault.session() as session:
        assert search_index.search(session, vault.candidate_keys, "FGTB") == []


def test_a_redacted_mail_keeps_no_original_attachment_and_no_number_in_the_mail(new_vault, tmp_path):
    """An e-mail application: each attachment and the mail itself are kept as redacted text PDFs."""
    from tests.importing.test_mail_intake import write_eml

    vault, _ = new_vault
    cv = make_files.write_pdf(tmp_path / "cv.pdf", make_files.french_cv_lines()).read_bytes()
    letter = make_files.write_docx(tmp_path / "lettre.docx", ["Lettre de motivation", f"Mon IBAN : {IBAN}"]).read_bytes()
    mail = write_eml(tmp_path / "candidature.eml", sender="Camille Dubois <camille.dubois@example.be>",
                     body=f"Bonjour,\nMon numéro de registre national : {NATIONAL_NUMBER}.\nCV en annexe.",
                     attachments=[("Lettre.docx", letter, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                                  ("CV Camille.pdf", cv, "application/pdf")])
    [item] = preview([mail], vault)
    item.redact = True
    [result] = import_files(vault, [item])
    assert result.status == "imported" and "redacted" in [notice.code for notice in result.notices]
    with vault.session() as session:
        candidate = session.get(Candidate, result.candidate_id)
        documents = list(candidate.documents)
        assert documents and all(document.media_type == "application/pdf" for document in documents)
        for document in documents:
            content = vault.candidate_keys.decrypt(candidate.uid, candidate.wrapped_key, "document.content", document.content_enc)
            assert found_in(content) == [] and found_in(document_text(vault.candidate_keys, candidate, document).encode()) == []
            assert pdf_text(content).startswith("Redacted copy made by RecruitDesk")
    assert found_in(b"".join(all_plaintext(database_key_of(vault), vault.database_path))) == []
