"""E-mail intake: real .eml and .msg files made here, read in the worker and imported into a real vault.

Each CV-like attachment becomes the candidate's document, the mail itself (headers and text,
attachments replaced by placeholders) is stored encrypted as the application record, the mail's
date is the application date, and the sender only fills what the CV lacks.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from recruitdesk.services.documents import document_text
from recruitdesk.services.importing import import_files, preview
from recruitdesk.store.models import Candidate
from tests.importing import make_files, protected_files
from tests.support.msg_files import write_msg

SENT = dt.datetime(2026, 10, 14, 8, 45, tzinfo=dt.timezone.utc)


def write_eml(path: Path, *, sender: str, subject: str = "Sollicitatie boekhouder", body: str = "Beste,\nIn bijlage mijn cv.",
              attachments: list[tuple[str, bytes, str]] = (), reply_to: str | None = None, sent: dt.datetime = SENT) -> Path:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, "jobs@agency.example", subject
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = "<1@example.be>"
    if reply_to:
        message["Reply-To"] = reply_to
    message.set_content(body)
    for name, data, media_type in attachments:
        maintype, subtype = media_type.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    path.write_bytes(message.as_bytes())
    return path


def png_logo() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), "navy").save(buffer, "PNG")
    return buffer.getvalue()


def test_eml_from_the_candidate_becomes_a_candidate_with_documents_and_the_application_record(new_vault, tmp_path):
    vault, _ = new_vault
    cv = make_files.write_pdf(tmp_path / "cv.pdf", make_files.dutch_cv_lines()).read_bytes()
    letter = make_files.write_docx(tmp_path / "brief.docx", ["Motivatiebrief", "Geachte,"]).read_bytes()
    mail = write_eml(tmp_path / "sollicitatie.eml", sender="Griet Van den Broeck <griet.vdb@example.be>",
                     attachments=[("Motivatiebrief.docx", letter, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                                  ("CV Griet.pdf", cv, "application/pdf"), ("logo.png", png_logo(), "image/png")])
    [item] = preview([mail])
    assert item.ok and item.kind == "eml"
    assert [document.file for document in item.documents] == ["Motivatiebrief.docx", "CV Griet.pdf"]  # not the logo
    assert item.name == "Griet Van den Broeck" and item.email == "griet.vandenbroeck@example.be"  # the CV's own address
    assert item.phone == "+32470123456" and item.applied_on == dt.date(2026, 10, 14)
    item.applied_on = dt.date(2026, 10, 15)  # the recruiter corrects it in the preview
    [result] = import_files(vault, [item])
    assert result.status == "imported"
    with vault.session() as session:
        candidate = session.get(Candidate, result.candidate_id)
        assert candidate.applied_on == dt.date(2026, 10, 15)
        kinds = sorted((document.kind, document.media_type) for document in candidate.documents)
        assert kinds == [("application", "message/rfc822"), ("cv", "application/pdf"),
                         ("cv", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
        record = next(document for document in candidate.documents if document.kind == "application")
        stored = vault.candidate_keys.decrypt(candidate.uid, candidate.wrapped_key, "document.content", record.content_enc)
        assert b"Sollicitatie boekhouder" in stored and b"In bijlage mijn cv." in stored
        assert b"[CV Griet.pdf: stored as a separate document of this candidate]" in stored
        assert record.size < len(cv)  # the attachments are not stored twice
        assert "In bijlage mijn cv." in document_text(vault.candidate_keys, candidate, record)


def test_job_board_sender_is_ignored_and_reply_to_is_used(tmp_path):
    cv = make_files.write_docx(tmp_path / "cv.docx", ["Camille Dubois", "Comptable", "Tél. : 0470 11 22 33"]).read_bytes()
    mail = write_eml(tmp_path / "indeed.eml", sender="Indeed <noreply@indeed.com>", reply_to="camille.d@example.be",
                     attachments=[("CV.docx", cv, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    [item] = preview([mail])
    assert item.name == "Camille Dubois" and item.email == "camille.d@example.be"
    assert "email-from-sender" in [notice.code for notice in item.notices]


def test_the_sender_fills_what_the_cv_lacks(tmp_path):
    cv = make_files.write_docx(tmp_path / "cv.docx", ["Werkervaring", "2015 - heden: boekhouder"]).read_bytes()
    mail = write_eml(tmp_path / "mail.eml", sender='"Peeters, Jan" <jan.peeters@example.be>',
                     attachments=[("cv.docx", cv, "application/octet-stream")])
    [item] = preview([mail])
    assert (item.name, item.email) == ("Jan Peeters", "jan.peeters@example.be")
    assert [notice.message() for notice in item.notices if notice.code.endswith("-from-sender")] == [
        "No name was found in the CV; the name is the e-mail sender's. Check it.",
        "No e-mail address was found in the CV; the sender's address is used. Check it."]


def test_a_forwarded_mail_with_a_zipped_cv_inside_is_the_candidates(tmp_path):
    cv = make_files.write_docx(tmp_path / "cv.docx", make_files.french_cv_lines()).read_bytes()
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("candidature/CV Camille.docx", cv)
        archive.writestr("__MACOSX/._CV Camille.docx", b"\x00\x05")
    inner = write_eml(tmp_path / "inner.eml", sender="Camille Dubois <camille.dubois@example.be>", subject="Candidature",
                      attachments=[("candidature.zip", packed.getvalue(), "application/zip")],
                      sent=dt.datetime(2026, 9, 1, 10, 0, tzinfo=dt.timezone.utc))
    outer = write_eml(tmp_path / "fwd.eml", sender="Collega <collega@agency.example>", subject="Fwd: Candidature",
                      attachments=[("Candidature.eml", inner.read_bytes(), "message/rfc822")])
    [item] = preview([outer])
    assert item.ok and [document.file for document in item.documents] == ["CV Camille.docx"]
    assert item.name == "Camille Dubois" and item.applied_on == dt.date(2026, 9, 1)


def test_outlook_msg_with_a_cv_attachment(new_vault, tmp_path):
    vault, _ = new_vault
    cv = make_files.write_pdf(tmp_path / "cv.pdf", make_files.french_cv_lines()).read_bytes()
    mail = write_msg(tmp_path / "Candidature.msg", subject="Candidature comptable", body="Bonjour,\nci-joint mon CV.",
                     sender_name="Camille Dubois", sender_address="camille.dubois@example.be", sent=SENT,
                     attachments=[("CV Camille Dubois.pdf", cv)])
    [item] = preview([mail])
    assert item.ok and item.kind == "msg" and item.applied_on == dt.date(2026, 10, 14)
    assert item.name == "Camille Dubois" and item.email == "camille.dubois@example.be" and item.phone == "+3225551234"
    [result] = import_files(vault, [item])
    with vault.session() as session:
        candidate = session.get(Candidate, result.candidate_id)
        assert sorted(document.kind for document in candidate.documents) == ["application", "cv"]
        record = next(document for document in candidate.documents if document.kind == "application")
        assert "ci-joint mon CV." in document_text(vault.candidate_keys, candidate, record)


def test_a_mail_without_a_usable_attachment_is_listed_with_the_reason(tmp_path):
    bare = write_eml(tmp_path / "vraag.eml", sender="Jan Peeters <jan@example.be>", body="Hebt u vacatures?")
    sheet = write_eml(tmp_path / "lijst.eml", sender="Jan Peeters <jan@example.be>",
                      attachments=[("lijst.xlsx", protected_files.write_xlsx(tmp_path / "lijst.xlsx").read_bytes(),
                                    "application/octet-stream")])
    first, second = preview([bare, sheet])
    assert first.failure.code == "no-usable-attachment" and not first.failure.retryable
    assert first.failure.message() == ("The e-mail vraag.eml has no attached CV (PDF, Word, OpenDocument, RTF, text or "
                                       "picture): it has no attachments.")
    assert second.failure.message() == ("The e-mail lijst.eml has no attached CV (PDF, Word, OpenDocument, RTF, text or "
                                        "picture): none of its attachments is a document RecruitDesk can read.")
    assert second.skipped[0]["file"] == "lijst.xlsx"
