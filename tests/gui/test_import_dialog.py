"""The import dialog on real files: preview, corrections, duplicates, cancel, summary, retry."""

from __future__ import annotations

import shutil
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from sqlalchemy import func, select

from recruitdesk.gui.importing.dialog import SUMMARY_PAGE, ImportDialog, import_plan
from recruitdesk.gui.importing.drop import ImportDropHandler
from recruitdesk.gui.importing.models import DONE, DUPLICATE, EMAIL, FILE, NAME, PHONE, STATUS, WARNINGS, ImportResultModel
from recruitdesk.services.candidates import candidate_rows
from recruitdesk.services.importing import import_files
from recruitdesk.store.models import Candidate, Document, RetentionState
from tests.gui.import_support import drop, make_inbox
from tests.importing import make_files

TIMEOUT = 60000


@pytest.fixture
def inbox(tmp_path):
    return make_inbox(tmp_path / "inbox")


def open_dialog(qtbot, vault, paths, **options) -> ImportDialog:
    dialog = ImportDialog(vault, paths, **options)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 600)
    dialog.show()
    wait_idle(qtbot, dialog)
    return dialog


def wait_idle(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT)


def row_of(dialog, file: str) -> int:
    return [row.file for row in dialog.model.rows].index(file)


def import_all(qtbot, dialog) -> list:
    with qtbot.waitSignal(dialog.import_finished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def edit_cell(qtbot, dialog, row: int, column: int, text: str) -> None:
    """Type into the cell as a recruiter does: open the editor, type, press Enter."""
    table = dialog.ui.previewTable
    index = dialog.model.index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = next(child for child in table.viewport().findChildren(QLineEdit) if child.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # Qt commits on a queued call


def test_dropped_files_are_listed_corrected_and_imported(qtbot, new_vault, inbox):
    vault, _ = new_vault
    target = QWidget()
    qtbot.addWidget(target)
    target.resize(300, 200)
    target.show()
    handler = ImportDropHandler(target)
    handler.install(target)
    dialogs: list[ImportDialog] = []
    handler.files_dropped.connect(lambda files, _target: dialogs.append(ImportDialog(vault, files)))
    drop(target, [inbox / "griet.docx", inbox / "jan.txt", inbox / "empty.pdf", inbox / "more"])
    [dialog] = dialogs
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, dialog)

    model = dialog.model
    assert [row.file for row in model.rows] == ["griet.docx", "jan.txt", "empty.pdf", "piet.txt"]
    griet, jan, empty = row_of(dialog, "griet.docx"), row_of(dialog, "jan.txt"), row_of(dialog, "empty.pdf")
    assert model.index(griet, NAME).data() == "Griet Van den Broeck"
    assert model.index(griet, EMAIL).data() == "griet.vandenbroeck@example.be"
    assert model.index(jan, PHONE).data() == "+32470112233"
    assert "confidence" in model.index(griet, NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "Belgian national register number" in model.index(griet, WARNINGS).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(empty, STATUS).data() == "Cannot be imported"
    assert model.index(empty, WARNINGS).data() == "empty.pdf is empty (0 bytes)."
    assert not model.flags(model.index(empty, NAME)) & Qt.ItemFlag.ItemIsEditable
    assert "1 file contains sensitive data" in dialog.ui.progressLabel.text()
    assert dialog.import_button.text() == "&Import 3 files" and dialog.import_button.isEnabled()
    assert dialog.ui.previewTable.isColumnHidden(DUPLICATE)  # nobody is known yet

    edit_cell(qtbot, dialog, jan, NAME, "Jan  Peeters-Claes ")
    assert model.index(jan, NAME).data() == "Jan Peeters-Claes"
    assert model.index(jan, NAME).data(Qt.ItemDataRole.ToolTipRole) == "Corrected by you"
    dialog.ui.previewTable.selectRow(jan)
    assert "corrected by you" in dialog.ui.detailsBrowser.toPlainText()

    results = import_all(qtbot, dialog)
    assert sorted(result.file for result in results) == ["empty.pdf", "griet.docx", "jan.txt", "piet.txt"]
    names = sorted(row.name for row in candidate_rows(vault))
    assert names == ["Griet Van den Broeck", "Jan Peeters-Claes", "Piet de Vries"]

    assert dialog.ui.pageStack.currentIndex() == SUMMARY_PAGE
    summary = dialog.result_model
    first = [summary.index(0, column).data() for column in range(summary.columnCount())]
    assert first[:2] == ["empty.pdf", "Failed"] and first[ImportResultModel.DETAILS] == "empty.pdf is empty (0 bytes)."
    assert "3 imported, 0 already known, 1 failed." in dialog.ui.summaryLabel.text()
    assert dialog.retry_button.isVisible() and dialog.retry_button.isEnabled()
    assert not dialog.import_button.isVisible()


def test_import_reports_the_new_candidates_and_a_retry_reads_fixed_files_again(qtbot, new_vault, inbox):
    vault, _ = new_vault
    dialog = open_dialog(qtbot, vault, [inbox / "jan.txt", inbox / "empty.pdf"])
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == [row.id for row in candidate_rows(vault)]
    wait_idle(qtbot, dialog)
    (inbox / "empty.pdf").unlink()
    shutil.copy(inbox / "more" / "piet.txt", inbox / "empty.pdf")  # the recruiter fixed the file
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert dialog.ui.pageStack.currentIndex() == 0
    assert [row.file for row in dialog.model.rows] == ["empty.pdf"]
    assert dialog.model.index(0, NAME).data() == "Piet de Vries"
    import_all(qtbot, dialog)
    assert sorted(row.name for row in candidate_rows(vault)) == ["Jan Peeters", "Piet de Vries"]


def test_cancel_during_import_stops_after_the_current_file_and_leaves_no_orphans(qtbot, new_vault, inbox):
    vault, _ = new_vault
    gate = threading.Event()
    first_done: list = []

    def import_slowly(vault, items, progress, cancel, on_duplicate):
        def report(done, total, result):
            progress(done, total, result)
            if done == 1:
                first_done.append(result)
                assert gate.wait(30)  # hold the worker until the recruiter has clicked Cancel

        return import_files(vault, items, progress=report, cancel=cancel, on_duplicate=on_duplicate)

    dialog = open_dialog(qtbot, vault, [inbox / "griet.docx", inbox / "jan.txt", inbox / "more" / "piet.txt"],
                         import_function=import_slowly)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    # The GUI stays responsive while the worker runs: the first file's result arrives.
    qtbot.waitUntil(lambda: dialog.model.row_at(0).state == DONE, timeout=TIMEOUT)
    assert dialog.busy and dialog.cancel_button.isVisible() and dialog.cancel_button.isEnabled()
    assert not dialog.close_button.isEnabled() and dialog.ui.progressBar.isVisible()
    assert not dialog.model.flags(dialog.model.index(1, NAME)) & Qt.ItemFlag.ItemIsEditable
    dialog.reject()  # Escape while busy cancels instead of closing
    assert dialog.isVisible() and "Cancelling" in dialog.ui.progressLabel.text()
    gate.set()
    with qtbot.waitSignal(dialog.import_finished, timeout=TIMEOUT) as blocker:
        pass
    by_file = {result.file: result.status for result in blocker.args[0]}
    assert by_file == {"griet.docx": "imported", "jan.txt": "cancelled", "piet.txt": "cancelled"}
    assert "1 imported, 0 already known, 2 failed." in dialog.ui.summaryLabel.text()
    assert "cancelled: 2 files were not imported" in dialog.ui.summaryLabel.text()
    assert [row.name for row in candidate_rows(vault)] == ["Griet Van den Broeck"]
    with vault.session() as session:
        candidates = session.scalars(select(Candidate)).all()
        assert len(candidates) == 1 and len(candidates[0].documents) == 1 and candidates[0].retention is not None
        assert session.scalar(select(func.count(Document.id))) == 1
        assert session.scalar(select(func.count(RetentionState.candidate_id))) == 1
    # The cancelled files can be retried.
    assert dialog.retry_failed()
    wait_idle(qtbot, dialog)
    assert [row.file for row in dialog.model.rows] == ["jan.txt", "piet.txt"]


def test_duplicate_choice_per_file(qtbot, new_vault, inbox, tmp_path):
    vault, _ = new_vault
    [existing] = import_files(vault, [inbox / "griet.docx"])
    newer = make_files.write_docx(tmp_path / "griet-2026.docx", make_files.dutch_cv_lines() + ["Nieuwe ervaring"])
    later = make_files.write_docx(tmp_path / "griet-2027.docx", make_files.dutch_cv_lines() + ["Nog nieuwere ervaring"])
    copy = shutil.copy(inbox / "griet.docx", tmp_path / "griet-copy.docx")
    dialog = open_dialog(qtbot, vault, [newer, copy, later])
    model, table = dialog.model, dialog.ui.previewTable
    assert not table.isColumnHidden(DUPLICATE)
    assert "Possible duplicate of Griet Van den Broeck (candidate 1): same email address." in model.row_at(0).warnings()
    assert "This exact file is already stored for Griet Van den Broeck" in " ".join(model.row_at(1).warnings())
    assert [model.index(row, DUPLICATE).data(Qt.ItemDataRole.EditRole) for row in range(3)] == ["attach", "skip", "attach"]
    assert model.index(0, DUPLICATE).data() == "Add the file to Griet Van den Broeck"
    assert "may belong to someone already known" in dialog.ui.progressLabel.text()
    combo = table.indexWidget(model.index(0, DUPLICATE))
    assert isinstance(combo, QComboBox) and combo.accessibleName() == "If griet-2026.docx is already known"
    combo.setCurrentIndex(combo.findData("create"))
    assert model.row_at(0).choice == "create"

    results = {result.file: result for result in import_all(qtbot, dialog)}
    assert results["griet-2026.docx"].status == "imported" and results["griet-2026.docx"].candidate_id != existing.candidate_id
    assert (results["griet-copy.docx"].status, results["griet-copy.docx"].action) == ("duplicate", "skipped")
    assert (results["griet-2027.docx"].status, results["griet-2027.docx"].action) == ("duplicate", "attached")
    assert [row.name for row in candidate_rows(vault)] == ["Griet Van den Broeck"] * 2
    with vault.session() as session:
        assert session.scalar(select(func.count(Document.id))) == 3  # original, new candidate's, attached
    summary = dialog.result_model
    shown = {summary.index(row, 0).data(): summary.index(row, ImportResultModel.RESULT).data() for row in range(summary.rowCount())}
    assert shown == {"griet-copy.docx": "Already known – not imported", "griet-2027.docx": "Added to an existing candidate",
                     "griet-2026.docx": "Imported"}


def test_corrections_are_normalised_and_unticked_files_are_left_out(qtbot, new_vault, inbox):
    vault, _ = new_vault
    dialog = open_dialog(qtbot, vault, [inbox / "jan.txt", inbox / "more" / "piet.txt"])
    model = dialog.model
    assert model.setData(model.index(0, PHONE), "0470 99 88 77")
    assert model.setData(model.index(0, EMAIL), " Jan.P@Example.BE ")
    assert model.index(0, PHONE).data() == "+32470998877" and model.index(0, EMAIL).data() == "jan.p@example.be"
    assert model.setData(model.index(1, EMAIL), "not an address")
    assert "does not look like an email address" in model.index(1, WARNINGS).data()
    assert model.setData(model.index(1, FILE), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.index(1, STATUS).data() == "Left out"
    assert dialog.import_button.text() == "&Import 1 file"
    dialog.ui.redactCheckBox.setChecked(True)
    results = {result.file: result for result in import_all(qtbot, dialog)}
    assert results["piet.txt"].status == "excluded" and results["jan.txt"].preview.redact
    [row] = candidate_rows(vault)
    assert (row.name, row.email) == ("Jan Peeters", "jan.p@example.be")


def test_abandon_forgets_everything(qtbot, new_vault, inbox):
    vault, _ = new_vault
    dialog = open_dialog(qtbot, vault, [inbox / "jan.txt"])
    dialog.abandon()
    assert not dialog.isVisible() and dialog.model.rowCount() == 0
    assert dialog.ui.detailsBrowser.toPlainText() == ""
    assert not dialog.add_paths([inbox / "griet.docx"])


def test_models_pass_the_model_tester(qtbot, qtmodeltester, new_vault, inbox):
    vault, _ = new_vault
    dialog = open_dialog(qtbot, vault, [inbox])
    qtmodeltester.check(dialog.model)
    import_all(qtbot, dialog)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.result_model)


def test_import_plan_keeps_the_order_in_few_runs():
    rows = [(0, "a", None), (1, "b", "attach"), (2, "c", None), (3, "d", "create"), (4, "e", "create"), (5, "f", None)]
    assert import_plan(rows) == [("attach", [(0, "a"), (1, "b"), (2, "c")]), ("create", [(3, "d"), (4, "e"), (5, "f")])]
    assert import_plan([(0, "a", None)]) == [("skip", [(0, "a")])]


@pytest.mark.parametrize(("language", "label"), [("nl", "Taal:"), ("fr", "Langue :")])
def test_the_preview_details_speak_the_interface_language(qtbot, qapp, new_vault, inbox, language, label):
    from recruitdesk import i18n
    from recruitdesk.gui.shell.translation import install_language, remove_translators

    vault, _ = new_vault
    _chosen, translators = install_language(qapp, language)
    try:
        dialog = open_dialog(qtbot, vault, [inbox / "griet.docx"])
        details = dialog.details_html(row_of(dialog, "griet.docx"))
        assert dialog.model.rows[0].preview.fields.language.value, "the test needs a detected language"
        assert "Language" not in details
        assert label.split()[0] in details
    finally:
        remove_translators(qapp, translators)
        i18n.set_language("en")
