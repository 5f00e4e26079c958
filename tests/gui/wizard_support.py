"""Driving the first-run wizard the way a user does: through its visible, enabled buttons."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QWizard


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
