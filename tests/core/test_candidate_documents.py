"""A local candidate's documents through ``services.candidate_documents``: what the Documents… dialog calls.

Files are added as a drop on the candidate adds them (the import's reading and refusals, a password
asked for and used), listed with their type in words and exact size, copied out byte for byte with no
partial file left, and removed: the list, the search and the audit trail follow.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from recruitdesk import errors
from recruitdesk.services import candidate_documents
from recruitdesk.services.candidate_search import search_candidates
from recruitdesk.services.candidates import new_candidate
from recruitdesk.services.document_files import DocumentCopyNotWritten
from recruitdesk.store.models import AuditEntry
from tests.gui.team.password_pdf import write_password_pdf
from tests.importing.make_files import write_docx, write_pdf


@pytest.fixture
def lena(new_vault):
    vault, _ = new_vault
    with vault.session() as session, session.begin():
        candidate = new_candidate(session, vault.candidate_keys, vault.clock, "Lena Maes", email="lena@example.org")
        session.flush()
        candidate_id = candidate.id
    return vault, candidate_id


def test_files_are_added_as_a_drop_adds_them_and_listed_with_type_size_and_date(lena, tmp_path, clock):
    vault, lena_id = lena
    pdf = write_pdf(tmp_path / "portfolio.pdf", ["Lena Maes", "Portfolio", "Industrieontwerp Kortrijk"])
    docx = write_docx(tmp_path / "cv.docx", ["Lena Maes", "Curriculum", "Glasblazerij Mechelen"])

    outcomes = candidate_documents.add_files(vault, lena_id, [pdf, docx])

    assert [(outcome.file, outcome.added, outcome.reason) for outcome in outcomes] == [("portfolio.pdf", True, None), ("cv.docx", True, None)]
    lines = candidate_documents.documents(vault, lena_id)
    assert [(line.filename, line.type_text(), line.size) for line in lines] == [
        ("portfolio.pdf", "PDF", pdf.stat().st_size), ("cv.docx", "Word document", docx.stat().st_size)]
    assert {line.added_at.date() for line in lines} == {clock.today()}
    assert search_candidates(vault, "Glasblazerij") == [lena_id] and search_candidates(vault, "Industrieontwerp") == [lena_id]

    again = candidate_documents.add_files(vault, lena_id, [pdf])  # the same file twice is not stored twice
    assert again[0].added is False and again[0].reason == "portfolio.pdf is already among this candidate's documents; it was not added again."
    assert len(candidate_documents.documents(vault, lena_id)) == 2


def test_refused_files_get_the_imports_reasons_and_a_protected_one_is_added_with_its_password(lena, tmp_path):
    vault, lena_id = lena
    locked = write_password_pdf(tmp_path / "locked.pdf", "Lena Maes Zeilmakerij", "geheim")
    program = tmp_path / "tool.exe"
    program.write_bytes(b"MZ\x90\x00" + bytes(300))

    outcomes = candidate_documents.add_files(vault, lena_id, [locked, program])

    assert [(outcome.added, outcome.needs_password, outcome.reason) for outcome in outcomes] == [
        (False, True, "locked.pdf is protected with a password. Enter the password to read it."),
        (False, False, "tool.exe is not a CV document: its content is a program (executable), which is never opened.")]
    assert candidate_documents.documents(vault, lena_id) == []
    wrong = candidate_documents.add_files(vault, lena_id, [locked], {str(locked): "fout"})
    assert wrong[0].needs_password and wrong[0].reason == "The password for locked.pdf is not correct. Check it and try again."
    [opened] = candidate_documents.add_files(vault, lena_id, [locked], {str(locked): "geheim"})
    assert opened.added
    assert [line.filename for line in candidate_documents.documents(vault, lena_id)] == ["locked.pdf"]
    assert search_candidates(vault, "Zeilmakerij") == [lena_id]  # its text was read with the password


def test_a_copy_has_the_same_bytes_and_a_failed_one_leaves_nothing(lena, tmp_path):
    vault, lena_id = lena
    pdf = write_pdf(tmp_path / "cv.pdf", ["Lena Maes", "Curriculum vitae"])
    candidate_documents.add_files(vault, lena_id, [pdf])
    [line] = candidate_documents.documents(vault, lena_id)
    out = tmp_path / "out"
    out.mkdir()

    assert candidate_documents.save_copy(vault, line, out / "copy.pdf") == out / "copy.pdf"
    assert (out / "copy.pdf").read_bytes() == pdf.read_bytes()
    assert [path.name for path in out.iterdir()] == ["copy.pdf"]
    (out / "taken").mkdir()  # the chosen name is a folder: the rename into place fails
    with pytest.raises(DocumentCopyNotWritten) as refused:
        candidate_documents.save_copy(vault, line, out / "taken")
    assert "cv.pdf" not in str(refused.value) and "taken" not in str(refused.value)  # logs get the code only
    assert sorted(path.name for path in out.iterdir()) == ["copy.pdf", "taken"] and not any((out / "taken").iterdir())


def test_a_removed_document_leaves_the_list_the_search_and_is_audited_without_its_name(lena, tmp_path):
    vault, lena_id = lena
    first = write_pdf(tmp_path / "wrong person.pdf", ["Iemand Anders", "Klokkengieterij Asse"])
    second = write_pdf(tmp_path / "cv.pdf", ["Lena Maes", "Pottenbakkerij Gent"])
    candidate_documents.add_files(vault, lena_id, [first, second])
    wrong = candidate_documents.documents(vault, lena_id)[0]
    assert wrong.filename == "wrong person.pdf" and search_candidates(vault, "Klokkengieterij") == [lena_id]

    candidate_documents.remove(vault, wrong)

    assert [line.filename for line in candidate_documents.documents(vault, lena_id)] == ["cv.pdf"]
    assert search_candidates(vault, "Klokkengieterij") == []
    assert search_candidates(vault, "Pottenbakkerij") == [lena_id]  # the document left is still found
    assert search_candidates(vault, "Lena") == [lena_id]
    with vault.read_session() as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "document.removed")).all()
    assert json.loads(entry.details_json) == {"kind": "cv", "size": first.stat().st_size}
    with pytest.raises(candidate_documents.DocumentGone) as gone:
        candidate_documents.remove(vault, wrong)
    assert gone.value.message() == "wrong person.pdf is no longer in the vault: it was removed, or the candidate was erased."
    assert "wrong" not in str(gone.value)


def test_removing_a_consents_evidence_keeps_the_consent_without_it(lena, clock):
    from recruitdesk.services import consents

    vault, lena_id = lena
    view = consents.give_consent(vault, lena_id, "recruitment_reserve", clock.today(), "email", text="Ja, houd mij in de reserve.",
                                 evidence=consents.Evidence("reply.eml", "message/rfc822", b"From: lena\r\n\r\nJa"))
    [line] = candidate_documents.documents(vault, lena_id)
    assert line.document_id == view.evidence_document_id and line.type_text() == "E-mail"

    candidate_documents.remove(vault, line)

    [kept] = consents.consents_of(vault, lena_id)
    assert kept.id == view.id and kept.evidence_document_id is None and kept.withdrawn_on is None


def test_a_removal_tries_the_log_again_while_a_reader_holds_it_and_says_when_it_could_not(lena, tmp_path, monkeypatch):
    vault, lena_id = lena
    candidate_documents.add_files(vault, lena_id, [write_pdf(tmp_path / "a.pdf", ["Lena Maes", "Eerste"]),
                                                   write_pdf(tmp_path / "b.pdf", ["Lena Maes", "Tweede"])])
    first, second = candidate_documents.documents(vault, lena_id)
    answers = iter([False, False, True])
    tries: list[bool] = []

    def busy_then_clear(full: bool = True) -> bool:
        tries.append(full)
        return next(answers, False)

    monkeypatch.setattr(vault, "checkpoint", busy_then_clear)
    candidate_documents.remove(vault, first)
    assert tries == [True, True, True]  # full (TRUNCATE) checkpoints, until one passed

    tries.clear()
    with pytest.raises(errors.DocumentTraceRemains) as busy:
        candidate_documents.remove(vault, second)
    assert len(tries) == 5
    assert "could not be cleared" in busy.value.message()
    assert candidate_documents.documents(vault, lena_id) == []  # removed and committed all the same
