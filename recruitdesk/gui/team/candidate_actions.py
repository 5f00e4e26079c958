"""The team window's Candidate menu for what a recruiter does daily: retention, reserve consent, erasure, export.

Each action works on the selected candidate and runs its call on a worker (writes on the database
worker). Erasure asks first, naming the candidate and saying it cannot be undone; it is refused for
a candidate on legal hold, with the hold's reason. The export is the local window's dialog (the
warning that the files leave the vault first, an optional password of the local minimum, progress,
Cancel) over ``TeamDesk.export``. A read-only DPO sees the countdown and may export (to answer an
access request), but gets no erase, edit or consent controls.
"""

from __future__ import annotations

import functools
from pathlib import Path
from uuid import UUID

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from recruitdesk import labels
from recruitdesk.gui.candidates.consent_dialog import ConsentDialog
from recruitdesk.gui.candidates.facts_dialog import CandidateFactsDialog
from recruitdesk.gui.exporting.confirmation import ExportDoneBox
from recruitdesk.gui.exporting.dialog import ExportDialog, choose_export_folder
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.tasks import WriteTask
from recruitdesk.gui.team.consent_source import TeamConsentSource
from recruitdesk.gui.team.facts_source import TeamFactsSource
from recruitdesk.retention.facts import RESERVE_PURPOSE
from recruitdesk.services.team_desk import ExportResult, TeamDesk
from recruitdesk.gui.team.window_type import TeamWindow



def run_team_export(desk: TeamDesk, candidate_id: UUID, folder: str, as_zip: bool, password: str | None, control) -> ExportResult:
    """The worker side of the export dialog: the team export, reporting progress and honouring Cancel."""
    return desk.export(candidate_id, Path(folder), as_zip, password, progress=control.report, cancelled=lambda: control.cancelled)


class TeamCandidateActions(QObject):
    erased = Signal(object)  # the candidate's id, once the server erased them
    dialog_opened = Signal(object)  # every dialog or box these actions open (tests act on it)

    def __init__(self, window: TeamWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.choose_export_folder = choose_export_folder  # tests pre-answer the folder chooser
        self.dialogs: list[QDialog] = []
        # The local window's words where the team does the same thing (Record facts…, Retention > Delete…).
        self.retention_action = self._action(QCoreApplication.translate("MainWindow", "Record &facts…"), self.retention)
        self.consent_action = self._action(self.tr("Record reserve &consent…"), self.record_consent)
        self.withdraw_action = self._action(self.tr("&Withdraw reserve consent"), self.withdraw_consent)
        self.export_action = self._action(QCoreApplication.translate("ExportActions", "E&xport data…"), self.export)
        self.erase_action = self._action(QCoreApplication.translate("MainWindow", "&Delete…"), self.erase)
        menu.addSeparator()
        menu.addActions([self.retention_action, self.consent_action, self.withdraw_action, self.export_action])
        window.retention_menu.addActions([self.retention_action, self.erase_action])
        window.retention_menu.addSeparator()

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def update(self, selected: bool, ready: bool, writes: bool) -> None:
        for action in (self.consent_action, self.withdraw_action, self.erase_action):
            action.setVisible(writes or not ready)  # a DPO never sees them
            action.setEnabled(ready and writes and selected)
        for action in (self.retention_action, self.export_action):
            action.setEnabled(ready and selected)

    # --- the actions -----------------------------------------------------------------------
    def retention(self) -> CandidateFactsDialog | None:
        """Record facts…: the local vault's facts dialog, through the team's source."""
        chosen = self.window.selected_candidate()
        if chosen is None or self.window.desk is None:
            return None
        candidate_id, name = chosen
        dialog = CandidateFactsDialog(TeamFactsSource(self.window, name), candidate_id, self.window.clock.today, self.window)
        dialog.changed.connect(lambda: self._facts_recorded(candidate_id))
        return self._open(dialog)

    def _facts_recorded(self, candidate_id: UUID) -> None:
        if not self._window_gone():
            self.window.refresh_row(candidate_id)

    def record_consent(self) -> ConsentDialog | None:
        chosen = self.window.selected_candidate()
        if chosen is None or self.window.desk is None:
            return None
        candidate_id, name = chosen
        dialog = ConsentDialog(TeamConsentSource(self.window.desk), candidate_id, name, self.window.clock.today(), self.window,
                               purpose=RESERVE_PURPOSE)
        dialog.saved.connect(lambda _view: self._consent_recorded(candidate_id, name, dialog.purpose_combo.currentData()))
        return self._open(dialog)

    def _consent_recorded(self, candidate_id: UUID, name: str, purpose: str) -> None:
        if self._window_gone():
            return
        if purpose == RESERVE_PURPOSE:
            text = self.tr("The reserve consent of {name} was recorded.").format(name=name)
        else:
            text = self.tr("The consent of {name} ({purpose}) was recorded.").format(name=name, purpose=labels.label("consent_purpose", purpose))
        self.window.statusBar().showMessage(text, 12000)
        self.window.refresh_row(candidate_id)

    def withdraw_consent(self) -> None:
        """One click, as in the local window (Art. 7(3): withdrawing is as easy as giving)."""
        chosen = self.window.selected_candidate()
        if chosen is None or self.window.desk is None:
            return
        candidate_id, name = chosen
        task = WriteTask(self.window.desk.withdraw_consent, candidate_id)
        task.finished.connect(lambda count: self._withdrawn(candidate_id, name, count))
        task.failed.connect(self._failed)
        task.start()

    def _withdrawn(self, candidate_id: UUID, name: str, count: int) -> None:
        if self._window_gone():
            return
        if count:
            text = self.tr("The reserve consent of {name} was withdrawn.").format(name=name)
        else:
            text = self.tr("{name} has no reserve consent to withdraw.").format(name=name)
        self.window.statusBar().showMessage(text, 12000)
        self.window.refresh_row(candidate_id)

    def export(self) -> ExportDialog | None:
        chosen = self.window.selected_candidate()
        if chosen is None or self.window.desk is None:
            return None
        candidate_id, name = chosen
        dialog = ExportDialog(None, candidate_id, name, parent=self.window, choose_folder=lambda parent: self.choose_export_folder(parent),
                              export=functools.partial(run_team_export, self.window.desk, candidate_id))
        dialog.exported.connect(lambda result: self._exported(result, name))
        return self._open(dialog)

    def _exported(self, result: ExportResult, name: str) -> None:
        if self._window_gone():
            return
        self.window.statusBar().showMessage(QCoreApplication.translate(
            "ExportActions", "Exported to {path}. The export is outside the encrypted vault.").format(path=result.path), 12000)
        self._open(ExportDoneBox(result, name, self.window))

    def erase(self) -> QMessageBox | None:
        """Ask first; the candidate is erased for every member only after "Erase for good"."""
        chosen = self.window.selected_candidate()
        if chosen is None or self.window.desk is None:
            return None
        candidate_id, name = chosen
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase the candidate"),
                          self.tr("Erase {name} from the team vault for good?").format(name=name),
                          QMessageBox.StandardButton.Cancel, self.window)
        box.setInformativeText(self.tr("Their data, documents, notes and consents are erased from the server for every member "
                                       "of the team. This cannot be undone."))
        box.erase_button = box.addButton(QCoreApplication.translate("RequestDialogs", "Erase for good"),  # type: ignore[attr-defined]
                                         QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: box.clickedButton() is box.erase_button and self._erase(candidate_id, name))
        return self._open(box)

    def _erase(self, candidate_id: UUID, name: str) -> None:
        if self._window_gone():
            return
        desk = self.window.desk
        if desk is None:
            return
        self.window.statusBar().showMessage(self.tr("Erasing {name}…").format(name=name))
        task = WriteTask(desk.erase, candidate_id)
        task.finished.connect(lambda _none: self._erased(candidate_id, name))
        task.failed.connect(self._failed)
        task.start()

    def _erased(self, candidate_id: UUID, name: str) -> None:
        if self._window_gone():
            return
        self.window.forget(candidate_id)
        self.window.statusBar().showMessage(self.tr("{name} was erased from the team vault.").format(name=name), 12000)
        self.erased.emit(candidate_id)

    def _window_gone(self) -> bool:
        """A call that ends after the window closed (or was deleted) shows nothing."""
        return not shiboken6.isValid(self.window) or self.window.desk is None

    # --- dialogs ---------------------------------------------------------------------------
    def _failed(self, error: BaseException) -> None:
        if self._window_gone():
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not done"), user_message(error), QMessageBox.StandardButton.Close,
                          self.window)
        self.window.statusBar().clearMessage()
        self._open(box)

    def _open(self, dialog):
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _result, dialog=dialog: self._closed(dialog))
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()

    def close_dialogs(self) -> None:
        for dialog in list(self.dialogs):
            if dialog.isVisible():
                QDialog.done(dialog, QDialog.DialogCode.Rejected)
