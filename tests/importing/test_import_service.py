"""Importing into a vault: one transaction per file, duplicates, suppression, redaction,
progress and cancel, and failures that never stop a batch."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select

from recruitdesk.importing.duplicates import identifier_hashes
from recruitdesk.services.documents import document_text
from recruitdesk.services.importing import import_files, preview
from recruitdesk.store.models import AuditEntry, Candidate, Document, RetentionState, SuppressionEntry
from tests.importing import make_files


@pytest.fixture
def cvs(tmp_path):
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    make_files.write_docx(folder / "griet.docx", make_files.dutch_cv_lines())
    make_files.write_pdf(folder / "sub" / "camille.pdf", make_files.french_cv_lines())
    (folder / "empty.pdf").write_bytes(b"")
    (folder / ".hidden.pdf").write_bytes(b"%PDF-")
    return folder


def test_preview_writes_nothing_and_shows_fields_and_warnings(cvs, new_vault):
    vault, _ = new_vault
    previews = preview([cvs], vault=vault)
    assert [item.file for item in previews] == [".hidden.pdf", "empty.pdf", "griet.docx", "camille.pdf"]
    hidden, empty, griet, camille = previews
    assert hidden.failure.code == "hidden-file"  # listed with its reason, never read
    assert empty.failure.code == "file-empty"
    assert (griet.name, griet.email, griet.phone) == ("Griet Van den Broeck", "griet.vandenbroeck@example.be", "+32470123456")
    assert griet.fields.name.confidence > 0.5
    codes = [notice.code for notice in camille.notices]
    assert {"national-number", "iban", "birth-date"} <= set(codes)
    assert "Belgian national register number" in " ".join(camille.warnings)
    with vault.session() as session:
        assert session.scalar(select(func.count(Candidate.id))) == 0


def test_import_creates_candidate_document_and_countdown_in_one_go(cvs, new_vault):
    vault, _ = new_vault
    seen = []
    results = import_files(vault, [cvs], progress=lambda done, total, result: seen.append((done, total, result.status)))
    assert seen == [(1, 4, "skipped"), (2, 4, "failed"), (3, 4, "imported"), (4, 4, "imported")]
    hidden, failed, griet, camille = results
    assert hidden.to_json()["error"] == ".hidden.pdf is a hidden file and was not imported. Rename it without the leading dot to import it."
    assert failed.failure.code == "file-empty" and not failed.retryable
    assert failed.to_json()["error"] == "empty.pdf is empty (0 bytes)." and failed.to_json()["status"] == "failed"
    with vault.session() as session:
        candidate = session.get(Candidate, griet.candidate_id)
        assert candidate.full_name == "Griet Van den Broeck" and candidate.city == "Gent"
        assert candidate.linkedin_url == "https://www.linkedin.com/in/grietvdb"
        assert candidate.applied_on == vault.clock.today()
        # The countdown is running: an open procedure (no deadline yet under nl-ap) with its state computed.
        assert candidate.retention is not None and candidate.retention.computed_at is not None
        assert [procedure.outcome for procedure in candidate.procedures] == ["open"]
        [document] = candidate.documents
        assert document.media_type.endswith("wordprocessingml.document")
        original = vault.candidate_keys.decrypt(candidate.uid, candidate.wrapped_key, "document.content", document.content_enc)
        assert original == (cvs / "griet.docx").read_bytes()
        assert "Boekhouder" in document_text(vault.candidate_keys, candidate, document)
        details = " ".join(entry.details_json or "" for entry in session.scalars(select(AuditEntry)))
        assert "griet" not in details.lower() and "example.be" not in details
    json_row = camille.to_json()
    assert set(json_row) >= {"file", "status", "candidate_id", "name", "email", "phone", "warnings", "error"}
    assert json_row["status"] == "imported" and json_row["error"] is None and json_row["warnings"]


def test_duplicates_skip_attach_or_create(cvs, new_vault, tmp_path):
    vault, _ = new_vault
    griet = cvs / "griet.docx"
    [first] = import_files(vault, [griet])
    [again] = import_files(vault, [griet])
    assert (again.status, again.action, again.candidate_id) == ("duplicate", "skipped", first.candidate_id)
    assert "duplicate-content" in [notice.code for notice in again.notices]
    newer = make_files.write_docx(tmp_path / "griet-2026.docx", make_files.dutch_cv_lines() + ["Nieuwe ervaring"])
    [attached] = import_files(vault, [newer], on_duplicate="attach")
    assert (attached.status, attached.action, attached.candidate_id) == ("duplicate", "attached", first.candidate_id)
    assert "duplicate-email" in [notice.code for notice in attached.notices]
    [created] = import_files(vault, [newer], on_duplicate="create")
    assert created.status == "imported" and created.candidate_id != first.candidate_id
    with vault.session() as session:
        assert len(session.get(Candidate, first.candidate_id).documents) == 2


def test_same_name_with_other_contact_details_is_someone_else(new_vault, tmp_path):
    vault, _ = new_vault
    one = make_files.write_docx(tmp_path / "a.docx", make_files.dutch_cv_lines())
    other = make_files.write_docx(tmp_path / "b.docx", make_files.dutch_cv_lines("Griet Vandenbroeck", "griet@other.example", "0499 99 88 77",
                                                                         make_files.belgian_national_number(serial="555")))
    import_files(vault, [one])
    [second] = import_files(vault, [other])
    assert second.status == "imported"
    assert not [notice.code for notice in second.notices if notice.code.startswith("duplicate")]


def test_returning_objector_is_flagged(new_vault, tmp_path):
    vault, _ = new_vault
    with vault.session() as session, session.begin():
        for digest in identifier_hashes(session, vault.candidate_keys, "griet.vandenbroeck@example.be", None, []):
            session.add(SuppressionEntry(identifier_hash=digest, kind="email", reason="objection", added_at=dt.datetime(2025, 1, 1)))
    [result] = import_files(vault, [make_files.write_docx(tmp_path / "cv.docx", make_files.dutch_cv_lines())])
    assert result.notices[0].code == "suppressed"


def test_redaction_removes_numbers_from_the_stored_text(new_vault, tmp_path):
    """(The document itself: tests/importing/test_redaction.py.)"""
    vault, _ = new_vault
    path = make_files.write_pdf(tmp_path / "cv.pdf", make_files.french_cv_lines())
    [result] = import_files(vault, [path], redact=True)
    assert "redacted" in [notice.code for notice in result.notices]
    with vault.session() as session:
        candidate = session.get(Candidate, result.candidate_id)
        text = document_text(vault.candidate_keys, candidate, candidate.documents[0])
    assert make_files.belgian_national_number("900312", "154") not in text and "BE21" not in text
    assert "Camille Dubois" in text


def test_corrected_preview_values_are_used(new_vault, tmp_path):
    vault, _ = new_vault
    [item] = preview([make_files.write_docx(tmp_path / "cv.docx", make_files.dutch_cv_lines())])
    item.name, item.email = "Griet Van Den Broeck-Claes", "griet@example.org"
    [result] = import_files(vault, [item])
    assert (result.name, result.email) == ("Griet Van Den Broeck-Claes", "griet@example.org")


def test_scan_without_text_is_stored_with_a_note_and_a_provisional_name(new_vault, tmp_path):
    vault, _ = new_vault
    scan = make_files.write_pdf(tmp_path / "CV_Jan-Peeters.pdf", [])  # a page with no text at all
    [result] = import_files(vault, [scan])
    assert result.status == "imported" and result.name == "Jan Peeters"
    assert [notice.code for notice in result.notices][:2] == ["no-text-layer", "name-from-filename"]
    with vault.session() as session:
        assert session.get(Candidate, result.candidate_id).documents[0].note == "no-text-layer,name-from-filename"


def test_cancel_leaves_the_rest_cancelled_and_retryable(cvs, new_vault):
    vault, _ = new_vault
    cancel = threading.Event()

    def stop_after_first(done, total, result):
        cancel.set()

    results = import_files(vault, [cvs / "griet.docx", cvs / "sub" / "camille.pdf"], progress=stop_after_first, cancel=cancel)
    assert [result.status for result in results] == ["imported", "cancelled"]
    assert results[1].retryable


def test_a_write_failure_is_reported_and_the_batch_goes_on(cvs, new_vault, monkeypatch, tmp_path):
    vault, _ = new_vault
    from recruitdesk import logs
    from recruitdesk.services import importing

    monkeypatch.setattr(logs, "log_file", lambda: tmp_path / "logs" / "recruitdesk.log")
    monkeypatch.setattr(logs.log, "handlers", [])
    real = importing.attach_document
    calls = []

    def flaky(session, keys, clock, candidate, filename, *args, **kwargs):
        calls.append(filename)
        if len(calls) == 1:
            raise RuntimeError(f"disk trouble for {candidate.full_name}")
        return real(session, keys, clock, candidate, filename, *args, **kwargs)

    monkeypatch.setattr(importing, "attach_document", flaky)
    first, second = import_files(vault, [cvs / "griet.docx", cvs / "sub" / "camille.pdf"])
    assert first.status == "failed" and first.failure.code == "import-write-failed" and first.retryable
    assert second.status == "imported"
    with vault.session() as session:
        names = session.scalars(select(Candidate.full_name)).all()
        assert names == ["Camille Dubois"]  # the failed file left no candidate behind
        assert session.scalar(select(func.count(Document.id))) == 1
        assert session.scalar(select(func.count(RetentionState.candidate_id))) == 1
    for handler in logs.log.handlers:
        handler.flush()
    assert "Griet" not in (tmp_path / "logs" / "recruitdesk.log").read_text()


def test_files_dropped_on_a_candidate_are_attached_to_them(cvs, new_vault, clock):
    from recruitdesk import errors
    from recruitdesk.services.candidates import new_candidate

    vault, _ = new_vault
    with vault.session() as session, session.begin():
        existing = new_candidate(session, vault.candidate_keys, clock, "Lotte Wouters", email="lotte@example.be",
                                 applied_on=dt.date(2026, 1, 5))
        existing_id = existing.id
    clock.advance(days=3)
    results = import_files(vault, [cvs / "griet.docx"], attach_to=existing_id)
    assert [(r.status, r.action, r.candidate_id) for r in results] == [("imported", "attached", existing_id)]
    again = import_files(vault, [cvs / "griet.docx"], attach_to=existing_id)
    assert [(r.status, r.action) for r in again] == [("duplicate", "skipped")]
    with vault.session() as session:
        assert session.scalar(select(func.count(Candidate.id))) == 1
        assert session.scalar(select(func.count(Document.id)).where(Document.candidate_id == existing_id)) == 1
        assert session.get(Candidate, existing_id).last_contact_on == clock.today()
    with pytest.raises(errors.CandidateNotFound):
        import_files(vault, [cvs / "griet.docx"], attach_to=9999)


def test_the_same_national_number_is_a_duplicate_and_merge_fills_missing_details(new_vault, tmp_path):
    number = make_files.belgian_national_number(serial="271")
    first = tmp_path / "first.docx"
    make_files.write_docx(first, make_files.dutch_cv_lines("Griet Van den Broeck", "griet@example.be", "0470 12 34 56", number))
    vault, _ = new_vault
    [created] = import_files(vault, [first])
    with vault.session() as session, session.begin():
        existing = session.get(Candidate, created.candidate_id)
        existing.phone = None  # say the first CV had no phone
    # A later CV with another email and phone but the same national register number.
    second = tmp_path / "second.docx"
    make_files.write_docx(second, make_files.dutch_cv_lines("G. Vandenbroeck", "g.vdb@example.com", "0470 99 88 77", number))
    [skipped] = import_files(vault, [second])
    assert (skipped.status, skipped.candidate_id) == ("duplicate", created.candidate_id)
    assert any(match.kind == "national_number" for match in skipped.preview.matches)
    [merged] = import_files(vault, [second], on_duplicate="merge")
    assert (merged.status, merged.action) == ("duplicate", "merged")
    with vault.session() as session:
        assert session.scalar(select(func.count(Candidate.id))) == 1
        candidate = session.get(Candidate, created.candidate_id)
        assert candidate.email == "griet@example.be"  # never overwritten
        assert candidate.phone == "+32470998877"  # filled in
        assert len(candidate.documents) == 2
