"""Acting as a user: the menus, toolbar buttons and dialog buttons a user sees.

Each helper fails when a user could not do the same: a missing, hidden or disabled menu item or
button. ``QAction.trigger`` and ``QWizard.next`` would silently ignore that, so tests use these.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QMainWindow, QMenu, QPushButton, QWidget, QWizard


def click(qtbot, button: QAbstractButton) -> None:
    """Click ``button`` with the mouse; fails if the user could not (hidden or disabled)."""
    assert button.isVisible(), f"{button.text()!r} is not visible"
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_next(qtbot, wizard: QWizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def click_finish(qtbot, wizard: QWizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))


def tick(qtbot, check_box: QAbstractButton) -> None:
    """Tick a check box by clicking its indicator."""
    assert check_box.isVisible() and check_box.isEnabled()
    qtbot.mouseClick(check_box, Qt.MouseButton.LeftButton, pos=QPoint(8, check_box.height() // 2))


def menu_item(window: QMainWindow, *path: str) -> QAction:
    """The menu bar's item at ``path`` ("&Candidate", "Ask to re&new consent", "In &French"),
    as a user finds it: every step present, visible and enabled."""
    actions = window.menuBar().actions()
    action = None
    for text in path:
        found = [candidate for candidate in actions if candidate.text() == text]
        found.sort(key=lambda candidate: not candidate.isVisible())  # a user sees the visible one (a team's Candidate menu)
        assert found, f"no menu item {text!r} among {[candidate.text() for candidate in actions]}"
        action = found[0]
        assert action.isVisible() and action.isEnabled(), f"menu item {text!r} is hidden or disabled"
        menu: QMenu | None = action.menu()
        actions = menu.actions() if menu is not None else []
    assert action is not None
    return action


def choose(window: QMainWindow, *path: str) -> None:
    """Choose a menu item, as a click on it would."""
    menu_item(window, *path).trigger()


def click_toolbar(qtbot, window: QMainWindow, action: QAction) -> None:
    """Click the toolbar button of ``action``."""
    click(qtbot, window.ui.mainToolBar.widgetForAction(action))


def choose_in_toolbar_menu(window: QMainWindow, button_name: str, text: str) -> None:
    """Choose ``text`` in the drop-down of the toolbar button ``button_name`` (the Candidate
    button): the button and the item must be visible and enabled, as for a user."""
    from PySide6.QtWidgets import QToolButton

    button = window.ui.mainToolBar.findChild(QToolButton, button_name)
    assert button is not None and button.isVisible() and button.isEnabled(), f"toolbar button {button_name!r} unusable"
    found = [action for action in button.menu().actions() if action.text() == text]
    assert found, f"no item {text!r} in {[action.text() for action in button.menu().actions()]}"
    assert found[0].isVisible() and found[0].isEnabled(), f"item {text!r} is hidden or disabled"
    found[0].trigger()


def click_standard(qtbot, buttons: QDialogButtonBox, which: QDialogButtonBox.StandardButton) -> None:
    """Click a dialog's Save, OK, Cancel... button."""
    click(qtbot, buttons.button(which))


def button_named(widget: QWidget, text: str) -> QPushButton:
    """The push button showing ``text`` (with its accelerator, e.g. "&Browse…") inside ``widget``."""
    [button] = [button for button in widget.findChildren(QPushButton) if button.text() == text]
    return button


def choose_in_combo(qtbot, combo, text: str) -> None:
    """Pick ``text`` in a combo box from the keyboard, as a user would (Home, then Down until it is
    current); fails when the combo is hidden or disabled or has no such item."""
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    assert combo.isVisible() and combo.isEnabled(), f"combo {combo.accessibleName()!r} is hidden or disabled"
    texts = [combo.itemText(index) for index in range(combo.count())]
    assert text in texts, f"no item {text!r} in {texts}"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(texts.index(text)):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def type_in_spin(qtbot, spin, value: int) -> None:
    """Select a spin box's number and type ``value`` over it; fails when hidden or disabled."""
    from PySide6.QtWidgets import QAbstractSpinBox

    assert isinstance(spin, QAbstractSpinBox)
    assert spin.isVisible() and spin.isEnabled(), f"spin box {spin.accessibleName()!r} is hidden or disabled"
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    assert spin.value() == value


def click_row(qtbot, table, row: int, column: int = 0, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Click a row of a table view where a user would: the cell's centre (with Ctrl or Shift held, if given)."""
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def click_candidate(qtbot, window, candidate_id: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Click a local candidate's line in the main window's list."""
    click_row(qtbot, window.ui.candidateTable, window.model.row_of(candidate_id), modifier=modifier)
