"""One open dialog of a kind per team (its retention settings, its audit log…): raised again when asked
for again, forgotten and deleted when it closes, closed when the team closes (Lock, Quit, idle time)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QDialog


def show_one(window, attribute: str, make: Callable[[], QDialog]) -> QDialog | None:
    """The dialog kept in ``window.<attribute>``, raised; or a new one from ``make`` (which opens it)."""
    if window.desk is None:
        return None
    shown = getattr(window, attribute)
    if shown is not None and shown.isVisible() and shown.desk is window.desk:
        shown.raise_()
        shown.activateWindow()
        return shown
    dialog = make()
    setattr(window, attribute, dialog)
    dialog.finished.connect(lambda _result, dialog=dialog: _closed(window, attribute, dialog))
    return dialog


def close_one(window, attribute: str) -> None:
    dialog = getattr(window, attribute)
    if dialog is not None and dialog.isVisible():
        QDialog.done(dialog, QDialog.DialogCode.Rejected)


def _closed(window, attribute: str, dialog: QDialog) -> None:
    if getattr(window, attribute) is dialog:
        setattr(window, attribute, None)
    dialog.deleteLater()
