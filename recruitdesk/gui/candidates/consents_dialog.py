"""Candidate > Consents…: every consent of the candidate, of every purpose, in either kind of vault.

The dialog reads and withdraws through a source (``consents_source.ConsentsSource``: a local vault's
or a team's) and never asks which backend it is on. It lists each consent (purpose, given on,
channel, text version, evidence, withdrawn on) read on a worker; "Record consent…" opens the shared
consent dialog (``consent_dialog.ConsentDialog``) on the source's consent source, with a purpose to
choose (the recruitment reserve, sharing with clients, sharing with affiliated companies) and an
optional evidence file; "Withdraw" withdraws the selected running consent today in one click
(Art. 7(3)), on the database worker. Both move the countdown at once. When the source says the list
went stale (a team colleague's change meanwhile, a consent already withdrawn) the sentence is shown
and the list is read again. A source that may not write (a team's DPO) gives the list only.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from recruitdesk.dates import short_date
from recruitdesk.gui.candidates.consent_dialog import ConsentDialog
from recruitdesk.gui.candidates.consents_source import ConsentLine, ConsentsSource
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.shell.tasks import Task

PURPOSE, GIVEN, CHANNEL, VERSION, EVIDENCE, WITHDRAWN = range(6)


class ConsentsDialog(QDialog):
    loaded = Signal(object)  # the ConsentLines shown
    recording_opened = Signal(object)  # the ConsentDialog
    changed = Signal(object)  # what the source's write finished with, after a consent was recorded or withdrawn
    failed = Signal(str)

    def __init__(self, source: ConsentsSource, candidate_id: object, name: str, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source, self.candidate_id, self.name, self._today = source, candidate_id, name, today
        self.desk = source.desk  # the team desk (None: a local vault), so a team window knows whose dialog this is
        self.writable = source.writable
        self.lines: list[ConsentLine] = []
        self.ready = False
        self.busy = False
        self._serial = 0
        self._tasks: list[Task] = []
        self.setWindowTitle(self.tr("Consents of {name}").format(name=name))
        self.setAccessibleName(self.windowTitle())
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Consents"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Purpose"), self.tr("Given on"), self.tr("Channel"), self.tr("Text version"),
                                   self.tr("Evidence"), self.tr("Withdrawn on")])
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for column, width in enumerate((200, 100, 100, 110, 70)):  # the last column (withdrawn on) takes the rest
            self.list.setColumnWidth(column, width)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel(self.tr("No consents recorded."), self)
        self.empty_label.hide()
        self.read_only_label = QLabel(self.tr("Your role may read the consents, not record or withdraw them."), self)
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setVisible(not self.writable)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.error_label = inline_error_label()
        self.record_button = QPushButton(self.tr("&Record consent…"), self)
        self.withdraw_button = QPushButton(self.tr("&Withdraw"), self)
        self.record_button.clicked.connect(self.record)
        self.withdraw_button.clicked.connect(self.withdraw)
        for button in (self.record_button, self.withdraw_button):
            button.setVisible(self.writable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.read_only_label)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        self.resize(720, 360)
        self._update_buttons()

    # --- the list ----------------------------------------------------------------------------
    def reload(self) -> None:
        self._serial += 1
        self._run(self.source.list_task(self.candidate_id), lambda lines, serial=self._serial: self._show(serial, lines),
                  blocking=False)

    def _show(self, serial: int, lines: list[ConsentLine]) -> None:
        if serial != self._serial:
            return
        chosen = self.selected()
        self.ready = True
        self.lines = lines
        self.list.clear()
        for line in lines:
            item = QTreeWidgetItem([line.purpose_text(), short_date(line.given_on), line.channel_text(), line.wording_version or "",
                                    self.tr("Yes") if line.has_evidence else "", short_date(line.withdrawn_on) if line.withdrawn_on else ""])
            item.setData(PURPOSE, Qt.ItemDataRole.UserRole, line.consent_id)
            if line.wording:
                item.setToolTip(PURPOSE, line.wording)
            self.list.addTopLevelItem(item)
            if chosen is not None and chosen.consent_id == line.consent_id:
                item.setSelected(True)
        self.empty_label.setVisible(not lines)
        self._update_buttons()
        self.loaded.emit(lines)

    def selected(self) -> ConsentLine | None:
        items = self.list.selectedItems()
        if not items:
            return None
        consent_id = items[0].data(PURPOSE, Qt.ItemDataRole.UserRole)
        return next((line for line in self.lines if line.consent_id == consent_id), None)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.record_button.setEnabled(self.writable and not self.busy)
        self.withdraw_button.setEnabled(self.writable and chosen is not None and chosen.running and not self.busy)

    # --- recording and withdrawing ---------------------------------------------------------
    def record(self) -> ConsentDialog | None:
        if not self.writable:
            return None
        dialog = ConsentDialog(self.source.consent_source, self.candidate_id, self.name, self._today(), self)
        dialog.saved.connect(self._recorded)
        dialog.finished.connect(lambda _result, dialog=dialog: self._record_closed(dialog))
        dialog.open()
        self.recording_opened.emit(dialog)
        return dialog

    def _record_closed(self, dialog: ConsentDialog) -> None:
        dialog.deleteLater()

    def _recorded(self, view: object) -> None:
        self.message_label.setText(self.tr("The consent was recorded."))
        self.message_label.show()
        self.error_label.hide()
        self.changed.emit(view)
        self.reload()

    def withdraw(self) -> None:
        line = self.selected()
        if line is None or not line.running or self.busy or not self.writable:
            return
        self.error_label.hide()
        self.message_label.hide()
        self._run(self.source.withdraw_task(line), lambda view: self._withdrawn(line, view))

    def _withdrawn(self, line: ConsentLine, view: object) -> None:
        self.message_label.setText(self.tr("The consent for \"{purpose}\" was withdrawn today.").format(purpose=line.purpose_text()))
        self.message_label.show()
        self.changed.emit(view)
        self.reload()

    # --- running -----------------------------------------------------------------------------
    def _run(self, task: Task, done: Callable, blocking: bool = True) -> None:
        self._tasks.append(task)
        if blocking:
            self.busy = True
            self._update_buttons()
        task.finished.connect(lambda result, task=task, blocking=blocking: self._finish(task, blocking, done, result))
        task.failed.connect(lambda error, task=task, blocking=blocking: self._failed(task, blocking, error))
        task.start()

    def _finish(self, task: Task, blocking: bool, done: Callable, result: object) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        if not shiboken6.isValid(self):  # closed and deleted meanwhile
            return
        if blocking:
            self.busy = False
        done(result)
        self._update_buttons()

    def _failed(self, task: Task, blocking: bool, error: BaseException) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        if not shiboken6.isValid(self):
            return
        if blocking:
            self.busy = False
        self.error_label.setText(user_message(error))
        self.error_label.show()
        self._update_buttons()
        self.failed.emit(self.error_label.text())
        if self.source.stale(error):
            self.reload()
