"""Candidate > Record a contact…: the candidate's contacts so far, and a new one, in either kind of vault.

The day (not after today), what it was (a message, an interview planned, another contact) and the
channel. The dialog reads and records through a source (``contacts_source.ContactsSource``: a local
vault's or a team's) and never asks which backend it is on. Recording runs on the database worker;
the candidate's last contact and countdown move in the same transaction, and the dialog says the
deadline now. The history lists every contact with the candidate (a team's: every member's), a
rejection letter marked sent included. A refusal is shown inline and nothing typed is lost; a
source that may not record (a team's DPO) leaves the history readable, the controls disabled and a
sentence why. The facts dialog's Contact box records a plain contact too, for the countdown at hand.
"""

from __future__ import annotations

import datetime as dt
import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QListWidget, QPushButton,
                               QVBoxLayout, QWidget)

from recruitdesk.dates import long_date, qt_short_format, short_date
from recruitdesk.gui.candidates.contacts_source import ContactsSource
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.gui.vacancies.texts import to_qdate as qdate
from recruitdesk.services.contacts import CHANNELS, RECORDABLE_KINDS, ContactLine, channel_label, choice_label


class ContactDialog(QDialog):
    recorded = Signal(object)  # the countdown the contact moved (its ``due_on`` is the new deadline)
    loaded = Signal(object)  # the ContactLines shown (tests wait on it)

    def __init__(self, source: ContactsSource, candidate_id: object, name: str, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source, self.candidate_id, self.name = source, candidate_id, name
        self.desk = source.desk  # the team desk (None: a local vault), so a team window knows whose dialog this is
        self.writable = source.writable
        self._tasks: set[Task] = set()
        self.setWindowTitle(self.tr("Record a contact"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(self.tr("A contact with {name} counts as their last contact: under a rule counting from the last "
                               "contact, their deadline moves.").format(name=name), self)
        intro.setWordWrap(True)
        self.history = QListWidget(self)
        self.history.setAccessibleName(self.tr("Contacts so far"))
        self.kind_combo = QComboBox(self)
        for kind in RECORDABLE_KINDS:
            self.kind_combo.addItem(choice_label(kind), kind)
        self.kind_combo.setAccessibleName(self.tr("Kind of contact"))
        self.channel_combo = QComboBox(self)
        for channel in CHANNELS:
            self.channel_combo.addItem(channel_label(channel), channel)
        self.channel_combo.setAccessibleName(self.tr("Channel"))
        self.date_edit = QDateEdit(qdate(today), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(qt_short_format())
        self.date_edit.setMaximumDate(qdate(today))
        self.date_edit.setAccessibleName(self.tr("Contact date"))
        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.kind_combo)
        form.addRow(self.tr("&Channel:"), self.channel_combo)
        form.addRow(self.tr("&On:"), self.date_edit)
        self.record_button = QPushButton(self.tr("&Record contact"), self)
        self.record_button.clicked.connect(self.record)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.error_label = inline_error_label()
        self.read_only_label = QLabel(source.read_only_reason, self)
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setVisible(not self.writable)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Contacts so far:"), self))
        layout.addWidget(self.history, 1)
        layout.addWidget(self.read_only_label)
        layout.addLayout(form)
        layout.addWidget(self.record_button)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        for control in (self.kind_combo, self.channel_combo, self.date_edit, self.record_button):
            control.setEnabled(self.writable)
        self.resize(480, 420)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def reload(self) -> None:
        self._start(self.source.read_task(self.candidate_id), self._listed)

    def _listed(self, lines: list[ContactLine]) -> None:
        self.history.clear()
        for line in lines:
            if line.channel_text:
                text = self.tr("{date}: {kind} ({channel})").format(date=short_date(line.on), kind=line.kind_text,
                                                                    channel=line.channel_text)
            else:
                text = self.tr("{date}: {kind}").format(date=short_date(line.on), kind=line.kind_text)
            self.history.addItem(text)
        if not lines:
            self.history.addItem(self.tr("No contact recorded yet."))
        self.loaded.emit(lines)

    def record(self) -> None:
        self.record_button.setEnabled(False)
        self.error_label.hide()
        self.status_label.clear()  # the last contact's deadline is not this one's
        self._start(self.source.record_task(self.candidate_id, self.date_edit.date().toPython(),
                                            self.kind_combo.currentData(), self.channel_combo.currentData()), self._recorded)

    def _recorded(self, view) -> None:
        self.record_button.setEnabled(True)
        if view.due_on is not None:
            self.status_label.setText(self.tr("Recorded. The candidate's data is now kept until {date}.")
                                      .format(date=long_date(view.due_on)))
        else:
            self.status_label.setText(self.tr("Recorded."))
        self.recorded.emit(view)
        self.reload()

    def _start(self, task: Task, done) -> None:
        if getattr(self.desk, "closed", False):  # the team closed meanwhile: nothing more to ask it
            return
        self._tasks.add(task)
        task.finished.connect(lambda result, task=task: self._finish(task, done, result))
        task.failed.connect(lambda error, task=task: self._failed(task, error))
        task.start()

    def _finish(self, task: Task, done, result: object) -> None:
        self._tasks.discard(task)
        if shiboken6.isValid(self):
            done(result)

    def _failed(self, task: Task, error: BaseException) -> None:
        self._tasks.discard(task)
        if not shiboken6.isValid(self):
            return
        self.error_label.setText(user_message(error))
        self.error_label.show()
        self.record_button.setEnabled(self.writable)
