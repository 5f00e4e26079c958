"""A Candidate-menu action that opens one dialog about the selected candidate, kept current.

Documents… and Consents… behave the same way: enabled while a candidate is selected in an open
team; one dialog at a time (asking again for the same candidate raises it); the dialog reloads when
the change feed says a colleague changed that kind of record of that candidate, and closes when the
candidate is erased; closing the window closes it. The window keeps the open dialog in an attribute
of its own (``documents_dialog``, ``consents_dialog``) for the tests and the other actions.
"""

from __future__ import annotations

from typing import Callable
from uuid import UUID

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

MakeDialog = Callable[[object, UUID, str], QDialog]  # (window, candidate id, name) -> a dialog with candidate_id, desk, reload()


class CandidateDialogAction:
    def __init__(self, window, menu: QMenu, text: str, attribute: str, record_kind: str, make: MakeDialog,
                 after: QAction | None = None) -> None:
        self.window, self.attribute, self.record_kind, self.make = window, attribute, record_kind, make
        self.action = QAction(text, window)
        self.action.triggered.connect(lambda _checked=False: self.show())
        actions = menu.actions()
        anchor = after or window.open_action
        position = actions.index(anchor) + 1 if anchor in actions else len(actions)
        menu.insertAction(actions[position] if position < len(actions) else None, self.action)  # type: ignore[arg-type]
        setattr(window, attribute, None)
        window.table.selectionModel().selectionChanged.connect(self.update)
        window.model.modelReset.connect(self.update)
        window.opened.connect(self.update)
        window.opened.connect(lambda: window.listener.changed.connect(self._changed))
        window.closed.connect(self._close)
        self.update()

    @property
    def dialog(self) -> QDialog | None:
        return getattr(self.window, self.attribute)

    def update(self) -> None:
        self.action.setEnabled(self.window.desk is not None and self.window.selected_candidate() is not None)

    def show(self) -> QDialog | None:
        chosen = self.window.selected_candidate()
        return None if chosen is None else self.show_for(*chosen)

    def show_for(self, candidate_id: UUID, name: str) -> QDialog | None:
        """The dialog about this candidate (another way in than the menu: the candidate dialog's notes)."""
        window = self.window
        if window.desk is None:
            return None
        shown = self.dialog
        if shown is not None and shown.isVisible() and shown.candidate_id == candidate_id and shown.desk is window.desk:
            shown.raise_()
            shown.activateWindow()
            return shown
        self._close()
        dialog = self.make(window, candidate_id, name)
        setattr(window, self.attribute, dialog)
        dialog.finished.connect(lambda _result, dialog=dialog: self._closed(dialog))
        dialog.open()
        dialog.reload()
        return dialog

    def _changed(self, change) -> None:
        dialog = self.dialog
        if dialog is None or not dialog.isVisible() or change.candidate_id != dialog.candidate_id:
            return
        if change.erased:
            QDialog.done(dialog, QDialog.DialogCode.Rejected)
        elif change.record_kind == self.record_kind:
            dialog.reload()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            setattr(self.window, self.attribute, None)
        dialog.deleteLater()

    def _close(self) -> None:
        dialog = self.dialog
        if dialog is not None and dialog.isVisible():
            QDialog.done(dialog, QDialog.DialogCode.Rejected)
