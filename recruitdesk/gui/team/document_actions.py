"""Candidate > Documents… in the team window: the selected candidate's documents dialog.

Its own module so the team window stays small: ``install(window, menu)`` adds the action after
Open (enabled while a candidate is selected in an open team), keeps the one open dialog, and
reloads it when the window's change feed says a colleague added or removed one of that
candidate's documents (and closes it when the candidate was erased).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from recruitdesk.gui.team.documents_dialog import TeamDocumentsDialog

DOCUMENT = "document"  # the record kind of a document's change notice


def install(window, menu: QMenu) -> QAction:
    """Add the action to ``menu`` (the ``TeamWindow``'s Candidate menu) right after Open."""
    action = QAction(QCoreApplication.translate("TeamWindow", "&Documents…"), window)
    action.triggered.connect(lambda _checked=False: show_documents(window))
    actions = menu.actions()
    after = actions.index(window.open_action) + 1 if window.open_action in actions else len(actions)
    menu.insertAction(actions[after] if after < len(actions) else None, action)  # type: ignore[arg-type]
    window.documents_dialog = None

    def update() -> None:
        action.setEnabled(window.desk is not None and window.selected_candidate() is not None)

    window.table.selectionModel().selectionChanged.connect(update)
    window.model.modelReset.connect(update)
    window.opened.connect(update)
    window.opened.connect(lambda: window.listener.changed.connect(lambda change: _changed(window, change)))
    window.closed.connect(lambda: _close(window))
    update()
    return action


def show_documents(window) -> TeamDocumentsDialog | None:
    chosen = window.selected_candidate()
    if chosen is None or window.desk is None:
        return None
    candidate_id, name = chosen
    shown = window.documents_dialog
    if shown is not None and shown.isVisible() and shown.candidate_id == candidate_id and shown.desk is window.desk:
        shown.raise_()
        shown.activateWindow()
        return shown
    _close(window)
    dialog = TeamDocumentsDialog(window.desk, candidate_id, name, window)
    window.documents_dialog = dialog
    dialog.finished.connect(lambda _result, dialog=dialog: _closed(window, dialog))
    dialog.open()
    dialog.reload()
    return dialog


def _changed(window, change) -> None:
    dialog = window.documents_dialog
    if dialog is None or not dialog.isVisible() or change.candidate_id != dialog.candidate_id:
        return
    if change.erased:
        QDialog.done(dialog, QDialog.DialogCode.Rejected)
    elif change.record_kind == DOCUMENT:
        dialog.reload()


def _closed(window, dialog: TeamDocumentsDialog) -> None:
    if window.documents_dialog is dialog:
        window.documents_dialog = None
    dialog.deleteLater()


def _close(window) -> None:
    dialog = window.documents_dialog
    if dialog is not None and dialog.isVisible():
        QDialog.done(dialog, QDialog.DialogCode.Rejected)
