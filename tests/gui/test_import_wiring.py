"""install_import puts the import on a main window: menu action, file dialog, drops, lock."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QTableView

from recruitdesk.gui.importing.wiring import install_import
from recruitdesk.gui.shell.main_window import MainWindow
from recruitdesk.services.candidates import candidate_rows
from tests.gui.import_support import drag_enter, drop, make_inbox, mime_for
from tests.gui.test_import_dialog import TIMEOUT, import_all, wait_idle
from tests.gui.user_actions import choose


def test_main_window_menu_file_dialog_drop_and_lock(qtbot, clock, new_vault, tmp_path):
    vault, _ = new_vault
    inbox = make_inbox(tmp_path / "inbox")
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.show()
    asked = []
    feature = window.importer  # MainWindow installs the import itself
    feature.choose_files = lambda parent: asked.append(parent) or [inbox / "jan.txt"]
    action = feature.action
    assert [a for a in window.findChildren(type(action)) if a.shortcut() == QKeySequence("Ctrl+I")] == [action]
    assert action in window.ui.menuVault.actions() and action.shortcut() == QKeySequence("Ctrl+I")
    assert action.text() == "&Import CVs…" and action in window.ui.mainToolBar.actions()
    assert not action.isEnabled()  # locked
    table = window.ui.candidateTable
    assert not drag_enter(table.viewport(), mime_for([inbox / "jan.txt"])).isAccepted()

    with qtbot.waitSignal(window.rows_loaded, timeout=TIMEOUT):
        window.show_vault(vault)
    assert action.isEnabled()
    choose(window, "&Vault", "&Import CVs…")
    assert asked == [window]
    dialog = feature.dialog
    assert dialog is not None and dialog.isVisible() and dialog.parent() is window
    wait_idle(qtbot, dialog)
    with qtbot.waitSignal(window.rows_loaded, timeout=TIMEOUT):
        import_all(qtbot, dialog)
    [row] = candidate_rows(vault)
    qtbot.waitUntil(lambda: window.selected_ids() == [row.id])
    assert window.statusBar().currentMessage() == "Imported 1 candidate."
    dialog.reject()
    assert feature.dialog is None

    # Files dropped on the candidate table open the dialog with them, as new candidates.
    drop(table.viewport(), [inbox / "griet.docx", inbox / "more"])
    dialog = feature.dialog
    assert dialog is not None
    wait_idle(qtbot, dialog)
    assert [row.file for row in dialog.model.rows] == ["griet.docx", "piet.txt"]
    # Locking closes the dialog and forgets what it showed.
    window.show_locked()
    assert feature.dialog is None and not dialog.isVisible() and dialog.model.rowCount() == 0
    assert not action.isEnabled()


def test_empty_state_accepts_drops_and_a_window_without_menus_gets_a_file_menu(qtbot, new_vault, tmp_path):
    vault, _ = new_vault
    inbox = make_inbox(tmp_path / "inbox")
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    qtbot.addWidget(window)
    window.show()
    imported: list[list[int]] = []
    feature = install_import(window, lambda: vault, imported.append)
    assert [action.menu().title() for action in window.menuBar().actions()] == ["&File"]
    drop(window.centralWidget().viewport(), [inbox / "jan.txt"])
    dialog = feature.dialog
    wait_idle(qtbot, dialog)
    import_all(qtbot, dialog)
    assert imported == [[row.id for row in candidate_rows(vault)]]
    dialog.reject()
    hidden_only = tmp_path / "hidden-only"
    hidden_only.mkdir()
    (hidden_only / ".DS_Store").write_bytes(b"x")
    drop(window.centralWidget().viewport(), [hidden_only])  # nothing to import, but what was left out is listed
    dialog = feature.dialog
    assert dialog is not None
    wait_idle(qtbot, dialog)
    [row] = dialog.model.rows
    assert row.file == ".DS_Store" and not row.include and "hidden file" in row.warnings()[0]
    assert not dialog.import_button.isEnabled()


def test_files_dropped_on_the_selected_candidate_are_added_to_them(qtbot, clock, new_vault, tmp_path):
    from sqlalchemy import func, select

    from recruitdesk.services.candidates import new_candidate
    from recruitdesk.store.models import Candidate, Document

    vault, _ = new_vault
    inbox = make_inbox(tmp_path / "inbox")
    with vault.session() as session, session.begin():
        for name in ("An Peeters", "Bram Maes"):
            new_candidate(session, vault.candidate_keys, clock, name)
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.rows_loaded, timeout=TIMEOUT):
        window.show_vault(vault)
    feature = window.importer
    table = window.ui.candidateTable
    bram_row = next(r for r in range(window.model.rowCount()) if window.model.row_at(r).name == "Bram Maes")
    bram_id = window.model.row_at(bram_row).id
    table.selectRow(bram_row)
    point = table.visualRect(window.model.index(bram_row, 0)).center()
    drop(table.viewport(), [inbox / "jan.txt"], point)
    dialog = feature.dialog
    assert dialog is not None and dialog.attach_to == bram_id
    wait_idle(qtbot, dialog)
    with qtbot.waitSignal(window.rows_loaded, timeout=TIMEOUT):
        import_all(qtbot, dialog)
    with vault.session() as session:
        assert session.scalar(select(func.count(Candidate.id))) == 2  # no new candidate
        assert session.scalar(select(func.count(Document.id)).where(Document.candidate_id == bram_id)) == 1
    dialog.reject()
    # A drop on a row that is not selected still means new candidates.
    other_row = 1 - window.model.row_of(bram_id) if window.model.rowCount() == 2 else 0
    table.clearSelection()
    drop(table.viewport(), [inbox / "jan.txt"], table.visualRect(window.model.index(other_row, 0)).center())
    assert feature.dialog is not None and feature.dialog.attach_to is None
    feature.dialog.reject()
