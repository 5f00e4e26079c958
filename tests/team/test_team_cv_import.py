"""Importing CVs into a team vault with files the tests make: a DOCX, an e-mail with its CV, bad files, a failed write.

The reading is the local import's own (``services.importing.preview``); what is tested here is
where the result goes: one team candidate per file with their documents, in one transaction.
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select

from recruitdesk.errors import TeamServerConnectionLost
from recruitdesk.services.importing import preview
from recruitdesk.services import team_retention
from recruitdesk.team import applications, audit, cv_import, documents, firm_profile, membership, retention, vacancies
from recruitdesk.team.candidates import read_candidate, search
from recruitdesk.team.schema import candidates, documents as document_table
from tests.importing import make_files
from tests.importing.test_mail_intake import write_eml


@pytest.fixture
def admin(team_engine, keychain, clock):
    team, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    return team


def _count(engine, table) -> int:
    with engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(table))


def test_a_docx_and_an_email_become_team_candidates_with_their_documents_and_bad_files_say_why(
        team_engine, admin, clock, tmp_path):
    docx = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines())
    cv_pdf = make_files.write_pdf(tmp_path / "cv-camille.pdf", make_files.french_cv_lines())
    mail = write_eml(tmp_path / "sollicitatie.eml", sender="Camille Dubois <camille.dubois@example.be>",
                     attachments=[("cv-camille.pdf", cv_pdf.read_bytes(), "application/pdf")])
    cv_pdf.unlink()
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    progress = []

    results = cv_import.import_cvs(team_engine, admin, [docx, mail, empty], clock,
                                   progress=lambda done, total, result: progress.append((done, total, result.status)))

    assert [(result.file, result.status) for result in results] == [
        ("griet.docx", "imported"), ("sollicitatie.eml", "imported"), ("empty.pdf", "failed")]
    assert progress == [(1, 3, "imported"), (2, 3, "imported"), (3, 3, "failed")]
    assert results[2].failure.code and "empty.pdf" in results[2].failure.message()
    griet = read_candidate(team_engine, admin, results[0].candidate_id).personal
    assert (griet.full_name, griet.email, griet.linkedin) == ("Griet Van den Broeck", "griet.vandenbroeck@example.be",
                                                              "https://www.linkedin.com/in/grietvdb")
    assert griet.phone and griet.phone.endswith("470123456")
    [cv] = documents.documents_of(team_engine, admin, results[0].candidate_id)
    assert (cv.filename, cv.kind) == ("griet.docx", "cv") and "Boekhouder" in cv.text
    assert documents.read_document(team_engine, admin, cv.document_id).content == docx.read_bytes()

    camille = read_candidate(team_engine, admin, results[1].candidate_id).personal
    assert (camille.full_name, camille.email) == ("Camille Dubois", "camille.dubois@example.be")
    by_kind = {document.kind: document for document in documents.documents_of(team_engine, admin, results[1].candidate_id)}
    attached, record = by_kind["cv"], by_kind["application"]
    assert (attached.filename, attached.media_type, attached.kind) == ("cv-camille.pdf", "application/pdf", "cv")
    assert (record.filename, record.media_type, record.kind) == ("sollicitatie.eml", "message/rfc822", "application")
    assert "Bruxelles" in attached.text and "Sollicitatie boekhouder" in record.text
    assert search(team_engine, admin, "boekhouding") == [results[0].candidate_id]  # a word of the DOCX only
    assert search(team_engine, admin, "bruxelles") == [results[1].candidate_id]  # a word of the attached CV only
    assert _count(team_engine, candidates) == 2 and _count(team_engine, document_table) == 3
    assert [entry.action for entry in audit.entries(team_engine) if entry.member_id is None] == [
        audit.ADDED, "document-added", audit.ADDED, "document-added", "document-added"]


def test_a_write_failing_halfway_stores_nothing_of_that_file_and_the_batch_goes_on_after_a_retry(
        team_engine, admin, clock, tmp_path, monkeypatch):
    first = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines())
    real_insert = cv_import.insert_document

    def lost_after_the_candidate(*args, **kwargs):
        raise TeamServerConnectionLost(server="test")

    monkeypatch.setattr(cv_import, "insert_document", lost_after_the_candidate)
    with pytest.raises(TeamServerConnectionLost):
        cv_import.import_cvs(team_engine, admin, [first], clock)
    assert _count(team_engine, candidates) == 0 and audit.entries(team_engine) == []  # the candidate row was rolled back

    monkeypatch.setattr(cv_import, "insert_document", real_insert)
    [result] = cv_import.import_cvs(team_engine, admin, [first], clock)
    assert result.status == "imported" and _count(team_engine, candidates) == 1


def test_a_cancelled_import_stores_nothing(team_engine, admin, clock, tmp_path):
    docx = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines())
    cancel = threading.Event()
    cancel.set()
    [result] = cv_import.import_cvs(team_engine, admin, [docx], clock, cancel=cancel)
    assert result.status == "cancelled" and result.failure.code == "import-cancelled"
    assert _count(team_engine, candidates) == 0


def test_a_cv_already_in_the_team_is_reported_as_a_duplicate_naming_the_candidate_and_stores_nothing(
        team_engine, admin, clock, tmp_path):
    first = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines())
    [imported] = cv_import.import_cvs(team_engine, admin, [first], clock)
    copy = tmp_path / "copy-of-griet.docx"
    copy.write_bytes(first.read_bytes())
    newer = make_files.write_pdf(tmp_path / "griet-2026.pdf", make_files.dutch_cv_lines(
        email="Griet.VandenBroeck@Example.be", phone="0470 99 88 77")[:4] + ["Nieuw: boekhouder en controller sinds 2025."])
    other = make_files.write_docx(tmp_path / "camille.docx", make_files.french_cv_lines())  # the control: someone else
    before = _count(team_engine, candidates), _count(team_engine, document_table)

    same_file, same_email, someone_else = cv_import.import_cvs(team_engine, admin, [copy, newer, other], clock)

    assert (same_file.status, same_file.candidate_id) == ("duplicate", imported.candidate_id)
    assert isinstance(same_file.failure, cv_import.SameFileInTeam)
    assert same_file.failure.message() == ("copy-of-griet.docx was not imported: this exact file is already in the team "
                                           "vault, for Griet Van den Broeck.")
    assert (same_email.status, same_email.candidate_id) == ("duplicate", imported.candidate_id)
    assert isinstance(same_email.failure, cv_import.SameEmailInTeam) and "Griet Van den Broeck" in same_email.failure.message()
    assert someone_else.status == "imported"
    assert (_count(team_engine, candidates), _count(team_engine, document_table)) == (before[0] + 1, before[1] + 1)


def test_a_reviewed_batch_shows_who_is_known_and_is_stored_as_corrected_with_the_chosen_duplicate_action(
        team_engine, admin, clock, tmp_path):
    first = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines())
    [known] = cv_import.import_cvs(team_engine, admin, [first], clock)
    newer = make_files.write_docx(tmp_path / "griet-2026.docx", make_files.dutch_cv_lines() + ["Nieuw: controller sinds 2025."])
    copy = tmp_path / "copy-of-griet.docx"
    copy.write_bytes(first.read_bytes())
    other = make_files.write_docx(tmp_path / "camille.docx", make_files.french_cv_lines())
    previews = preview([newer, copy, other])

    cv_import.check_duplicates(team_engine, admin, previews)  # the review: reads only
    assert [[(match.kind, match.candidate_id, match.name) for match in item.matches] for item in previews] == [
        [("email", known.candidate_id, "Griet Van den Broeck")], [("content", known.candidate_id, "Griet Van den Broeck")], []]
    assert "Possible duplicate of Griet Van den Broeck, already in the team vault: same email address." in previews[0].warnings
    assert "This exact file is already in the team vault, for Griet Van den Broeck." in previews[1].warnings
    assert _count(team_engine, candidates) == 1
    previews[2].name = "Camille Dubois-Martin"  # corrected in the review
    previews[2].applied_on = clock.today() - dt.timedelta(days=10)

    attached, skipped, created = cv_import.import_reviewed(team_engine, admin, previews, clock, on_duplicate="attach")

    assert (attached.status, attached.action, attached.candidate_id) == ("duplicate", "attached", known.candidate_id)
    assert (skipped.status, skipped.action) == ("duplicate", "skipped")  # the same file is never stored twice
    assert (created.status, created.action, created.name) == ("imported", "created", "Camille Dubois-Martin")
    assert read_candidate(team_engine, admin, created.candidate_id).personal.full_name == "Camille Dubois-Martin"
    assert retention.facts_of(team_engine, admin, created.candidate_id)[0].applied_on == clock.today() - dt.timedelta(days=10)
    assert sorted(document.filename for document in documents.documents_of(team_engine, admin, known.candidate_id)) == [
        "griet-2026.docx", "griet.docx"]
    assert _count(team_engine, candidates) == 2
    with pytest.raises(ValueError):
        cv_import.import_reviewed(team_engine, admin, previews, clock, on_duplicate="merge")  # not a team import's


def test_two_members_dropping_the_same_cv_at_the_same_moment_store_it_once(team_engine, admin, clock, tmp_path, monkeypatch):
    """The first import waits, before storing, until the second has begun its own check: without the
    lock both would find nobody and store the person twice."""
    cv = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines())
    checks = threading.Semaphore(0)
    stored: list[int] = []
    real_check, real_insert = cv_import.find_duplicate, cv_import.insert_candidate

    def check(*args, **kwargs):
        checks.release()
        return real_check(*args, **kwargs)

    def insert(*args, **kwargs):
        stored.append(1)
        if len(stored) == 1:
            assert checks.acquire(timeout=60) and checks.acquire(timeout=60)  # both imports are checking now
        return real_insert(*args, **kwargs)

    monkeypatch.setattr(cv_import, "find_duplicate", check)
    monkeypatch.setattr(cv_import, "insert_candidate", insert)
    outcomes: list[str] = []

    def drop() -> None:
        outcomes.extend(result.status for result in cv_import.import_cvs(team_engine, admin, [cv], clock))

    workers = [threading.Thread(target=drop) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    assert sorted(outcomes) == ["duplicate", "imported"]
    assert _count(team_engine, candidates) == 1


def test_with_redaction_the_team_keeps_a_redacted_pdf_and_never_the_number_not_even_encrypted(team_engine, admin, clock, tmp_path):
    number = make_files.belgian_national_number()
    cv = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines(national_number=number))
    plain = make_files.write_docx(tmp_path / "bram.docx", make_files.dutch_cv_lines(
        name="Bram Maes", email="bram.maes@example.be", phone="0471 22 33 44", national_number=number))

    [redacted] = cv_import.import_cvs(team_engine, admin, [cv], clock, redact=True)
    [kept] = cv_import.import_cvs(team_engine, admin, [plain], clock)  # the control: without redaction the number is kept

    [document] = documents.documents_of(team_engine, admin, redacted.candidate_id)
    stored = documents.read_document(team_engine, admin, document.document_id)
    assert stored.filename == "griet (redacted).pdf" and stored.media_type == "application/pdf"
    assert stored.content.startswith(b"%PDF") and stored.content != cv.read_bytes()
    digits = number.replace(".", "").replace("-", "")
    assert number not in stored.text and digits not in stored.text.replace(".", "").replace("-", "")
    assert "Griet" in stored.text  # the rest of the CV is kept
    [control] = documents.documents_of(team_engine, admin, kept.candidate_id)
    assert number in documents.read_document(team_engine, admin, control.document_id).text


def test_a_cv_imported_into_a_vacancy_is_stored_with_its_application_in_one_transaction_or_not_at_all(
        team_engine, admin, clock, tmp_path, monkeypatch):
    vacancy_id = vacancies.add_vacancy(team_engine, admin, vacancies.VacancyFields("Payroll officer"), clock)
    cv = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines())

    def lost_after_the_candidate(*args, **kwargs):
        raise TeamServerConnectionLost(server="test")

    monkeypatch.setattr(cv_import, "apply_in", lost_after_the_candidate)
    with pytest.raises(TeamServerConnectionLost):
        cv_import.import_reviewed(team_engine, admin, preview([cv]), clock, vacancy_id=vacancy_id)
    assert _count(team_engine, candidates) == 0 and _count(team_engine, document_table) == 0  # no candidate without the application

    monkeypatch.undo()
    [result] = cv_import.import_reviewed(team_engine, admin, preview([cv]), clock, vacancy_id=vacancy_id)
    assert (result.status, result.action) == ("imported", "created")
    [application] = applications.applications_of_vacancy(team_engine, admin, vacancy_id)
    assert (application.candidate_id, application.applied_on) == (result.candidate_id, clock.today())


def test_phone_numbers_are_read_in_the_firms_country_first_the_profiles_else_the_policy_presets(team_engine, admin, clock, tmp_path):
    # "0475 12 34 56" is a Belgian mobile number and a Dutch one (Roermond): the firm's country decides.
    cv = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines(phone="0475 12 34 56"))
    team_retention.apply_preset(team_engine, admin, clock, "itzu")  # a Belgian firm's preset
    assert cv_import.phone_regions(team_engine, admin) == ("BE", "NL")
    [first] = cv_import.import_cvs(team_engine, admin, [cv], clock, on_duplicate="create")
    assert read_candidate(team_engine, admin, first.candidate_id).personal.phone == "+32475123456"

    firm_profile.save_profile(team_engine, admin, 0, firm_profile.FirmProfile("Acme", firm_country="NL"), clock)
    assert firm_profile.read_profile(team_engine, admin).profile.firm_country == "NL"
    assert cv_import.phone_regions(team_engine, admin) == ("NL", "BE")  # the firm profile's country comes first
    [second] = cv_import.import_cvs(team_engine, admin, [cv], clock, on_duplicate="create")
    assert read_candidate(team_engine, admin, second.candidate_id).personal.phone == "+31475123456"

    firm_profile.save_profile(team_engine, admin, 1, firm_profile.FirmProfile("Acme"), clock)  # no country: the preset's
    team_retention.apply_preset(team_engine, admin, clock, "nl-ap")  # the Dutch DPA's: a Dutch firm, as a local vault reads it
    assert cv_import.phone_regions(team_engine, admin) == ("NL", "BE")
