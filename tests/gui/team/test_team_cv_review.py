"""CV import into a team vault goes through the local vault's import dialog: the member reviews the
detected fields and the possible duplicates already in the team vault before anything reaches the
server, exactly as in a local vault; a read-only DPO imports nothing and is told why.

Real DOCX and PDF files (``tests.importing.make_files``), a real PostgreSQL server, and a second
client (``colleague``) that reads what the server holds."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from recruitdesk.gui.importing.dialog import SUMMARY_PAGE, ImportDialog
from recruitdesk.gui.importing.models import DUPLICATE, NAME, STATUS, WAITING, ImportResultModel
from recruitdesk.services import team_documents
from recruitdesk.services.team_desk import PersonalFields
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role
from tests.gui.import_support import drop
from tests.gui.team.team_support import deadline_of_a_candidate_added, hosted_team
from tests.gui.test_import_dialog import edit_cell, row_of
from tests.gui.user_actions import click, menu_item, tick
from tests.importing import make_files

WAIT = 20_000
READING = 120_000  # the extraction sandbox starts cold


@pytest.fixture
def window(qtbot, team_folder, keychain, clock):
    shown = hosted_team(qtbot, team_folder, lambda: keychain, clock)
    with qtbot.waitSignal(shown.rows_loaded, timeout=WAIT):
        shown.open_team()
    yield shown
    shown.close()


def _drop(qtbot, window, paths) -> ImportDialog:
    """Drop the files on the team's list; returns the import dialog once every file is read and checked."""
    with qtbot.waitSignal(window.imported, timeout=WAIT) as opened:
        drop(window.table.viewport(), paths)
    dialog = opened.args[0]
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() > 0
                    and all(row.state != WAITING for row in dialog.model.rows), timeout=READING)
    return dialog


def _import(qtbot, dialog) -> dict:
    with qtbot.waitSignal(dialog.import_finished, timeout=READING) as finished:
        click(qtbot, dialog.import_button)
    return {result.file: result for result in finished.args[0]}


def _summary(dialog) -> dict[str, str]:
    table = dialog.result_model
    return {table.index(row, ImportResultModel.FILE).data(): table.index(row, ImportResultModel.RESULT).data()
            for row in range(table.rowCount())}


def test_dropped_files_are_reviewed_corrected_and_only_then_stored_and_a_refused_file_says_why(qtbot, window, colleague, clock,
                                                                                                tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    docx = make_files.write_docx(inbox / "griet.docx", make_files.dutch_cv_lines())
    pdf = make_files.write_pdf(inbox / "cv-camille.pdf", make_files.french_cv_lines())
    empty = inbox / "empty.pdf"
    empty.write_bytes(b"")
    dialog = _drop(qtbot, window, [docx, pdf, empty])
    model = dialog.model
    assert [row.file for row in model.rows] == ["griet.docx", "cv-camille.pdf", "empty.pdf"]
    griet, camille, refused = row_of(dialog, "griet.docx"), row_of(dialog, "cv-camille.pdf"), row_of(dialog, "empty.pdf")
    assert model.index(griet, NAME).data() == "Griet Van den Broeck"
    assert model.index(camille, NAME).data() == "Camille Dubois"
    assert model.index(refused, STATUS).data() == "Cannot be imported"
    assert "empty.pdf is empty (0 bytes)." in model.row_at(refused).warnings()
    assert dialog.import_button.text() == "&Import 2 files"
    assert colleague.rows() == []  # reviewing stores nothing

    edit_cell(qtbot, dialog, griet, NAME, "Griet Van den Broeck-Peeters")
    results = _import(qtbot, dialog)
    assert (results["griet.docx"].status, results["cv-camille.pdf"].status) == ("imported", "imported")
    assert dialog.ui.pageStack.currentIndex() == SUMMARY_PAGE
    shown = _summary(dialog)
    assert shown["griet.docx"] == "Imported" and shown["cv-camille.pdf"] == "Imported" and shown["empty.pdf"] == "Failed"
    assert dialog.ui.summaryLabel.text().startswith("2 imported, 0 already known, 1 failed.")
    stored = sorted(colleague.rows(), key=lambda row: row.full_name)
    assert [row.full_name for row in stored] == ["Camille Dubois", "Griet Van den Broeck-Peeters"]  # as corrected
    assert stored[1].email == "griet.vandenbroeck@example.be"
    assert all(row.deadline == deadline_of_a_candidate_added(clock.today()) for row in stored)
    qtbot.waitUntil(lambda: sorted(window.model.names()) == ["Camille Dubois", "Griet Van den Broeck-Peeters"], timeout=WAIT)
    [document] = team_documents.documents(colleague, stored[1].candidate_id)
    assert document.filename == "griet.docx"


def test_someone_already_in_the_team_shows_in_the_review_and_the_chosen_action_is_done(qtbot, window, colleague, tmp_path):
    first = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines())
    [known] = colleague.import_cvs([first])
    copy = shutil.copy(first, tmp_path / "griet-copy.docx")
    newer = make_files.write_docx(tmp_path / "griet-2026.docx", make_files.dutch_cv_lines() + ["Nieuwe ervaring"])
    other = make_files.write_pdf(tmp_path / "cv-camille.pdf", make_files.french_cv_lines())
    dialog = _drop(qtbot, window, [copy, newer, other])
    model, table = dialog.model, dialog.ui.previewTable
    assert not table.isColumnHidden(DUPLICATE)
    assert "This exact file is already in the team vault, for Griet Van den Broeck." in model.row_at(0).warnings()
    assert "Possible duplicate of Griet Van den Broeck, already in the team vault: same email address." in model.row_at(1).warnings()
    assert not any("team vault" in warning for warning in model.row_at(2).warnings())
    assert [model.index(row, DUPLICATE).data(Qt.ItemDataRole.EditRole) for row in range(3)] == ["skip", "attach", None]
    assert model.index(1, DUPLICATE).data() == "Add the file to Griet Van den Broeck"
    assert "may belong to someone already known" in dialog.ui.progressLabel.text()
    combo = table.indexWidget(model.index(1, DUPLICATE))
    assert isinstance(combo, QComboBox)
    assert [combo.itemData(index) for index in range(combo.count())] == ["skip", "attach", "create"]  # no merge in a team
    assert len(colleague.rows()) == 1  # nothing stored by the review

    results = _import(qtbot, dialog)
    assert (results["griet-copy.docx"].status, results["griet-copy.docx"].action) == ("duplicate", "skipped")
    assert (results["griet-2026.docx"].status, results["griet-2026.docx"].action) == ("duplicate", "attached")
    assert results["griet-2026.docx"].candidate_id == known.candidate_id
    assert results["cv-camille.pdf"].status == "imported"
    assert _summary(dialog) == {"griet-copy.docx": "Already known – not imported", "griet-2026.docx": "Added to an existing candidate",
                                "cv-camille.pdf": "Imported"}
    assert sorted(row.full_name for row in colleague.rows()) == ["Camille Dubois", "Griet Van den Broeck"]
    files = sorted(document.filename for document in team_documents.documents(colleague, known.candidate_id))
    assert files == ["griet-2026.docx", "griet.docx"]  # the new file added to her, the copy not stored twice


def test_a_known_person_can_be_stored_as_a_new_candidate_anyway(qtbot, window, colleague, tmp_path):
    colleague.add(PersonalFields("Griet Van den Broeck", "griet.vandenbroeck@example.be"))
    cv = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines())
    dialog = _drop(qtbot, window, [cv])
    combo = dialog.ui.previewTable.indexWidget(dialog.model.index(0, DUPLICATE))
    assert combo.currentData() == "attach"
    combo.setCurrentIndex(combo.findData("create"))
    assert dialog.model.row_at(0).choice == "create"
    results = _import(qtbot, dialog)
    assert (results["griet.docx"].status, results["griet.docx"].action) == ("imported", "created")
    assert [row.full_name for row in colleague.rows()] == ["Griet Van den Broeck"] * 2


def test_with_redaction_ticked_in_the_review_a_dropped_cv_is_kept_as_a_redacted_copy(qtbot, window, colleague, tmp_path):
    number = make_files.belgian_national_number()
    cv = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines(national_number=number))
    dialog = _drop(qtbot, window, [cv])
    assert "1 file contains sensitive data" in dialog.ui.progressLabel.text()
    assert not dialog.ui.redactCheckBox.isChecked()
    tick(qtbot, dialog.ui.redactCheckBox)
    assert dialog.ui.redactCheckBox.isChecked()
    assert _import(qtbot, dialog)["griet.docx"].status == "imported"
    [row] = colleague.rows()
    [document] = team_documents.documents(colleague, row.candidate_id)
    assert (document.filename, document.media_type) == ("griet (redacted).pdf", "application/pdf")


def test_a_read_only_dpo_cannot_import_and_is_told_why(qtbot, tmp_path, team_folder, team_database_url, keychain, second_keychain,
                                                       clock):
    invitation = invite_member(team_folder, keychain, clock, "Dora", Role.DPO)
    join_team_vault(tmp_path / "dora", team_database_url, invitation.code, second_keychain, clock)
    window = hosted_team(qtbot, tmp_path / "dora", lambda: second_keychain, clock)
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        window.open_team()
    try:
        reason = "You have read-only access to this team vault (data protection officer): you cannot import CVs."
        action = window.cv_import.action
        assert not action.isEnabled() and action.toolTip() == reason
        cv = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines())
        drop(window.table.viewport(), [cv])
        assert window.cv_import.dialog is None  # no review opens
        assert window.main.statusBar().currentMessage() == reason
    finally:
        window.close()


def test_closing_the_team_closes_the_review_and_forgets_what_it_showed(qtbot, window, colleague, tmp_path):
    cv = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines())
    dialog = _drop(qtbot, window, [cv])
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, NAME).data() == "Griet Van den Broeck"
    menu_item(window, "&Vault", "&Quit").trigger()
    assert not dialog.isVisible() and dialog.model.rowCount() == 0 and window.cv_import.dialog is None
    assert colleague.rows() == []
