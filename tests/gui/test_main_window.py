"""The main window shows a vault's candidates, an empty state, the status bar, and forgets on lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from recruitdesk import __version__
from recruitdesk.gui.candidates.table_model import NAME
from recruitdesk.gui.shell.main_window import MESSAGE_PAGE, TABLE_PAGE, MainWindow
from recruitdesk.services.candidates import candidate_rows


def make_window(qtbot, clock) -> MainWindow:
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.show()
    return window


def show(qtbot, window, vault) -> int:
    with qtbot.waitSignal(window.rows_loaded, timeout=20000) as blocker:
        window.show_vault(vault)
    return blocker.args[0]


def test_demo_vault_rows_are_shown(qtbot, clock, demo_vault):
    vault, _key = demo_vault
    window = make_window(qtbot, clock)
    assert show(qtbot, window, vault) == 50
    model = window.ui.candidateTable.model()
    assert model is window.model and model.rowCount() == 50
    assert window.ui.contentStack.currentIndex() == TABLE_PAGE
    expected = sorted(row.name for row in candidate_rows(vault))
    shown = [model.index(row, NAME).data() for row in range(50)]
    assert sorted(shown) == expected
    assert shown == sorted(shown, key=str.casefold)  # sorted by name
    assert window.count_label.text() == "Candidates: 50"
    assert window.state_label.text() == "Unlocked"
    assert window.folder_label.text() == str(vault.folder)
    assert window.ui.actionLock.isEnabled()


def test_empty_vault_shows_the_empty_state(qtbot, clock, new_vault):
    vault, _key = new_vault
    window = make_window(qtbot, clock)
    assert show(qtbot, window, vault) == 0
    assert window.ui.contentStack.currentIndex() == MESSAGE_PAGE
    assert window.ui.emptyStateLabel.isVisible()
    assert "No candidates yet" in window.ui.emptyStateLabel.text()
    assert window.count_label.text() == "Candidates: 0"


def test_show_locked_forgets_everything_personal(qtbot, clock, demo_vault):
    vault, _key = demo_vault
    window = make_window(qtbot, clock)
    show(qtbot, window, vault)
    window.ui.candidateTable.selectRow(3)
    window.show_locked()
    assert window.model.rowCount() == 0
    assert window.model._all_rows == [] and window.model._view == [] and len(window.model._orders) == 0
    assert window.count_label.text() == ""
    assert window.folder_label.text() == ""
    assert window.state_label.text() == "Locked"
    assert window.ui.contentStack.currentIndex() == MESSAGE_PAGE
    assert not window.ui.actionLock.isEnabled()


def test_a_load_finishing_after_lock_is_ignored(qtbot, clock, demo_vault):
    vault, _key = demo_vault
    window = make_window(qtbot, clock)
    window.show_vault(vault)
    task = window._load
    window.show_locked()
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert window.model.rowCount() == 0


def test_menu_actions_and_shortcuts(qtbot, clock, demo_vault):
    vault, _key = demo_vault
    window = make_window(qtbot, clock)
    show(qtbot, window, vault)
    assert window.ui.actionLock.shortcut() == QKeySequence("Ctrl+L")
    assert window.ui.actionQuit.shortcut() == QKeySequence("Ctrl+Q")
    window.activateWindow()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.lock_requested, timeout=1000):
        qtbot.keyClick(window.ui.candidateTable, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.closed, timeout=1000):
        window.ui.actionQuit.trigger()


def test_about_box_names_the_version_and_the_security_model(qtbot, clock):
    window = make_window(qtbot, clock)
    window.ui.actionAbout.trigger()
    box = window.help.about_box
    assert box is not None and box.isVisible()
    assert __version__ in box.text()
    assert "encrypted" in box.text() and "recovery key" in box.text()
    box.close()


def test_about_box_lists_the_licences_of_bundled_components(qtbot, clock):
    from recruitdesk.licences import components

    window = make_window(qtbot, clock)
    window.ui.actionAbout.trigger()
    details = window.help.about_box.detailedText()
    for component in components():
        assert component.name in details and component.licence in details
    assert "PySide6-Essentials" in details and "LGPL-3.0" in details
    assert "SQLCipher" in details and "BSD-3-Clause" in details
    window.help.about_box.close()


def test_widgets_have_accessible_names(qtbot, clock):
    window = make_window(qtbot, clock)
    assert window.ui.candidateTable.accessibleName() == "Candidates"
    for label in (window.folder_label, window.count_label, window.state_label):
        assert label.accessibleName()
    assert window.ui.candidateTable.isSortingEnabled()
    assert window.ui.candidateTable.selectionBehavior() == window.ui.candidateTable.SelectionBehavior.SelectRows
    assert window.ui.candidateTable.editTriggers() == window.ui.candidateTable.EditTrigger.NoEditTriggers
