"""Candidate > Consents… in the team window: every consent of the selected candidate, of every purpose.

Its own module so the team window stays small: ``install(window, menu)`` adds the action after
Documents… (or Open), enabled while a candidate is selected in an open team; keeps the one open
dialog; reloads it when the change feed says a colleague changed one of that candidate's consents;
and after a consent is recorded or withdrawn here reads the candidate's row again (the deadline).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from recruitdesk.gui.team.consents_dialog import TeamConsentsDialog

CONSENT = "consent"  # the record kind of a consent's change notice


def install(window, menu: QMenu) -> QAction:
    """Add the action to ``menu`` (the ``TeamWindow``'s Candidate menu)."""
    action = QAction(QCoreApplication.translate("TeamWindow", "Co&nsents…"), window)
    action.triggered.connect(lambda _checked=False: show_consents(window))
    actions = menu.actions()
    anchor = getattr(window, "documents_action", None) or window.open_action
    after = actions.index(anchor) + 1 if anchor in actions else len(actions)
    menu.insertAction(actions[after] if after < len(actions) else None, action)  # type: ignore[arg-type]
    window.consents_dialog = None

    def update() -> None:
        action.setEnabled(window.desk is not None and window.selected_candidate() is not None)

    window.table.selectionModel().selectionChanged.connect(update)
    window.model.modelReset.connect(update)
    window.opened.connect(update)
    window.opened.connect(lambda: window.listener.changed.connect(lambda change: _changed(window, change)))
    window.closed.connect(lambda: _close(window))
    update()
    return action


def show_consents(window) -> TeamConsentsDialog | None:
    chosen = window.selected_candidate()
    if chosen is None or window.desk is None:
        return None
    candidate_id, name = chosen
    shown = window.consents_dialog
    if shown is not None and shown.isVisible() and shown.candidate_id == candidate_id and shown.desk is window.desk:
        shown.raise_()
        shown.activateWindow()
        return shown
    _close(window)
    dialog = TeamConsentsDialog(window.desk, candidate_id, name, window.clock.today, window)
    window.consents_dialog = dialog
    dialog.changed.connect(lambda _view: window.refresh_row(candidate_id))
    dialog.finished.connect(lambda _result, dialog=dialog: _closed(window, dialog))
    dialog.open()
    dialog.reload()
    return dialog


def _changed(window, change) -> None:
    dialog = window.consents_dialog
    if dialog is None or not dialog.isVisible() or change.candidate_id != dialog.candidate_id:
        return
    if change.erased:
        QDialog.done(dialog, QDialog.DialogCode.Rejected)
    elif change.record_kind == CONSENT:
        dialog.reload()


def _closed(window, dialog: TeamConsentsDialog) -> None:
    if window.consents_dialog is dialog:
        window.consents_dialog = None
    dialog.deleteLater()


def _close(window) -> None:
    dialog = window.consents_dialog
    if dialog is not None and dialog.isVisible():
        QDialog.done(dialog, QDialog.DialogCode.Rejected)
