"""Recording the facts a candidate's retention countdown depends on.

One small dialog per candidate: its countdown and the reason for it at the top, then the facts
that move the clocks (how the candidate came in and when they applied, where the source records
those, as a team's does; the procedure's outcome and date, a contact, recruitment-reserve consent
given or withdrawn, a legal hold or an extension). Consent is recorded with its proof through
:class:`~recruitdesk.gui.candidates.consent_dialog.ConsentDialog`; withdrawal is one click. Each
button runs one job of the dialog's source (``facts_source``: the local vault's services, or a
team's, where a save goes over the version read and a colleague's newer save is shown beside the
user's first); when it succeeds the countdown at the top is reloaded and ``changed`` is emitted so
the window refreshes its table and dashboard. Refusals are shown inline. A source that may not
write (a team's DPO) gets the same dialog with every control disabled and the reason above them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recruitdesk import labels
from recruitdesk.dates import long_date, qt_short_format
from recruitdesk.gui.candidates.consent_dialog import ConsentDialog, EvidenceChooser, choose_evidence_file
from recruitdesk.gui.candidates.facts_source import NOT_SAVED, FactsSource, FactsView, source_of
from recruitdesk.gui.retention.dialogs import ReasonDialog
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.jobs import Job
from recruitdesk.gui.shell.styles import ERROR_STYLE
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.retention import engine
from recruitdesk.retention.facts import RESERVE_PURPOSE
from recruitdesk.vault.vault import Vault


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CandidateFactsDialog(QDialog):
    changed = Signal()  # a fact was recorded: the candidate's countdown moved
    loaded = Signal()  # the countdown at the top shows the latest state
    failed = Signal(str)  # the sentence shown inline

    def __init__(self, source: FactsSource | Vault, candidate_id: object, today: Callable[[], dt.date],
                 parent: QWidget | None = None, choose_evidence: EvidenceChooser = choose_evidence_file) -> None:
        super().__init__(parent)
        self.choose_evidence = choose_evidence
        self.consent_dialog: ConsentDialog | None = None
        self.source = source_of(source)
        self._today = today
        self.candidate_id = candidate_id
        self.detail: FactsView | None = None
        self._task: Task | Job | None = None
        self._closed = False
        self.reason_dialog: ReasonDialog | None = None
        self.setWindowTitle(self.tr("Retention facts"))
        self.setAccessibleName(self.tr("Retention facts"))

        self.name_label = QLabel()
        self.name_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.name_label.setAccessibleName(self.tr("Candidate"))
        self.status_label = QLabel(self.tr("Loading…"))
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Countdown"))
        self.explanation_label = QLabel()
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setAccessibleName(self.tr("Why"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.hide()
        self.read_only_label = QLabel(self.source.read_only_reason)
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setAccessibleName(self.tr("Read only"))
        self.read_only_label.setVisible(not self.source.writable)

        today_date = _qdate(today())
        # --- outcome
        self.outcome_combo = QComboBox()
        self.outcome_combo.setAccessibleName(self.tr("Outcome"))
        for key, label in (
            ("not_hired", self.tr("Not hired")),
            ("hired", self.tr("Hired")),
            ("withdrawn", self.tr("Withdrawn by the candidate")),
            ("open", self.tr("Reopen (new procedure)")),
        ):
            self.outcome_combo.addItem(label, key)
        self.outcome_date = self._date_edit(today_date, self.tr("Outcome date"))
        self.outcome_button = QPushButton(self.tr("Record &outcome"))
        self.outcome_button.clicked.connect(self.record_outcome)
        self.outcome_now_label = QLabel()
        self.outcome_now_label.setAccessibleName(self.tr("Current procedure"))
        outcome_box = self._box(self.tr("Procedure outcome"), [
            (self.tr("Current:"), self.outcome_now_label),
            (self.tr("Outcome:"), self.outcome_combo),
            (self.tr("On:"), self.outcome_date),
        ], self.outcome_button)

        # --- contact
        self.contact_channel = QComboBox()
        self.contact_channel.setAccessibleName(self.tr("Contact channel"))
        for key, label in (("email", self.tr("Email")), ("phone", self.tr("Phone")), ("meeting", self.tr("Meeting")), ("other", self.tr("Other"))):
            self.contact_channel.addItem(label, key)
        self.contact_date = self._date_edit(today_date, self.tr("Contact date"))
        self.contact_button = QPushButton(self.tr("Record &contact"))
        self.contact_button.clicked.connect(self.record_contact)
        self.last_contact_label = QLabel()
        self.last_contact_label.setAccessibleName(self.tr("Last contact"))
        contact_box = self._box(self.tr("Contact"), [
            (self.tr("Last contact:"), self.last_contact_label),
            (self.tr("Channel:"), self.contact_channel),
            (self.tr("On:"), self.contact_date),
        ], self.contact_button)

        # --- reserve consent
        self.consent_now_label = QLabel()
        self.consent_now_label.setAccessibleName(self.tr("Reserve consent"))
        self.consent_button = QPushButton(self.tr("Record consent &given…"))
        self.consent_button.setToolTip(self.tr("Record the date, channel and wording the candidate agreed to, with evidence"))
        self.consent_button.clicked.connect(self.give_consent)
        self.withdraw_button = QPushButton(self.tr("&Withdraw consent"))
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        consent_box = self._box(self.tr("Recruitment reserve consent"), [
            (self.tr("Now:"), self.consent_now_label),
        ], self.consent_button, self.withdraw_button)

        # --- hold and extension
        self.hold_now_label = QLabel()
        self.hold_now_label.setWordWrap(True)
        self.hold_now_label.setAccessibleName(self.tr("Legal hold and extension"))
        self.hold_button = QPushButton(self.tr("Legal &hold…"))
        self.hold_button.clicked.connect(lambda: self.open_reason_dialog(ReasonDialog.HOLD))
        self.release_button = QPushButton(self.tr("&Release hold"))
        self.release_button.clicked.connect(self.release_hold)
        self.extend_button = QPushButton(self.tr("&Extend…"))
        self.extend_button.clicked.connect(lambda: self.open_reason_dialog(ReasonDialog.EXTEND))
        hold_box = self._box(self.tr("Legal hold and extension"), [(self.tr("Now:"), self.hold_now_label)],
                             self.hold_button, self.release_button, self.extend_button)

        # --- how they came in (a source that records it: a team's)
        self.source_combo = QComboBox()
        self.source_combo.setAccessibleName(self.tr("Source"))
        for code, word in labels.choices("source"):
            self.source_combo.addItem(word, code)
        self.applied_box = QCheckBox(self.tr("Known"))
        self.applied_box.setAccessibleName(self.tr("Application date known"))
        self.applied_date = self._date_edit(today_date, self.tr("Applied on"))
        self.applied_box.toggled.connect(lambda checked: self.applied_date.setEnabled(checked and self.source.writable))
        applied_row = QWidget()
        applied_line = QHBoxLayout(applied_row)
        applied_line.setContentsMargins(0, 0, 0, 0)
        applied_line.addWidget(self.applied_box)
        applied_line.addWidget(self.applied_date, 1)
        self.application_now_label = QLabel()
        self.application_now_label.setAccessibleName(self.tr("Application"))
        self.application_button = QPushButton(self.tr("Record &application"))
        self.application_button.clicked.connect(self.record_application)
        application_box = self._box(self.tr("Application"), [
            (self.tr("Now:"), self.application_now_label),
            (self.tr("Source:"), self.source_combo),
            (self.tr("Applied on:"), applied_row),
        ], self.application_button)
        application_box.setVisible(self.source.records_application)
        self._application_shown = False  # the inputs start from the facts as first read, then are the user's

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        grid = QGridLayout()
        grid.addWidget(outcome_box, 0, 0)
        grid.addWidget(contact_box, 0, 1)
        grid.addWidget(consent_box, 1, 0)
        grid.addWidget(hold_box, 1, 1)
        grid.addWidget(application_box, 2, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.explanation_label)
        layout.addWidget(self.read_only_label)
        layout.addLayout(grid)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._action_buttons = [self.outcome_button, self.contact_button, self.consent_button, self.withdraw_button,
                                self.hold_button, self.release_button, self.extend_button, self.application_button]
        self._editors: list[QWidget] = [self.outcome_combo, self.outcome_date, self.contact_channel, self.contact_date,
                                        self.source_combo, self.applied_box, self.applied_date]
        if not self.source.writable:
            for button in self._action_buttons:
                button.setToolTip(self.source.read_only_reason)
        self._set_busy(True)
        self.reload()

    # --- building --------------------------------------------------------------------------
    def _date_edit(self, value: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(qt_short_format())
        edit.setAccessibleName(name)
        return edit

    def _box(self, title: str, rows: list[tuple[str, QWidget]], *buttons: QPushButton) -> QGroupBox:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        for row, (text, widget) in enumerate(rows):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, row, 0)
            grid.addWidget(widget, row, 1)
        line = QHBoxLayout()
        line.addStretch(1)
        for button in buttons:
            line.addWidget(button)
        grid.addLayout(line, len(rows), 0, 1, 2)
        grid.setColumnStretch(1, 1)
        return box

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        self._run(self.source.read_task(self.candidate_id), on_done=self._show)

    def _show(self, detail: FactsView) -> None:
        self.detail = detail
        self.name_label.setText(detail.name)
        self.status_label.setText(self.countdown_text(detail))
        self.explanation_label.setText(detail.explanation)
        self.outcome_now_label.setText(self._outcome_text(detail))
        self.last_contact_label.setText(long_date(detail.last_contact_on) if detail.last_contact_on else self.tr("none recorded"))
        if detail.reserve_consent_since:
            self.consent_now_label.setText(self.tr("Given on {date}").format(date=long_date(detail.reserve_consent_since)))
        else:
            self.consent_now_label.setText(self.tr("No consent"))
        parts = []
        if detail.legal_hold_reason:
            parts.append(self.tr("On legal hold: {reason}").format(reason=detail.legal_hold_reason))
        if detail.extended_until:
            parts.append(self.tr("Extended until {date}: {reason}").format(date=long_date(detail.extended_until), reason=detail.extension_reason or ""))
        self.hold_now_label.setText("\n".join(parts) or self.tr("None"))
        if self.source.records_application:
            self._show_application(detail)
        self._set_busy(False)
        self.loaded.emit()

    def _show_application(self, detail: FactsView) -> None:
        source, applied_on = self.source.application_of(detail)
        word = labels.label("source", source)
        self.application_now_label.setText(self.tr("{source}, applied on {date}").format(source=word, date=long_date(applied_on))
                                           if applied_on else word)
        if not self._application_shown:
            self._application_shown = True
            self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(source)))
            self.applied_box.setChecked(applied_on is not None)
            self.applied_date.setDate(_qdate(applied_on or self._today()))

    def countdown_text(self, detail: FactsView) -> str:
        if detail.kind == engine.LEGAL_HOLD:
            return self.tr("On legal hold: not deleted until the hold is released.")
        if detail.due_on is None or detail.days_left is None:
            return self.tr("No deletion deadline runs now.")
        date = long_date(detail.due_on)
        days = detail.days_left
        if days < 0:
            return self.tr("Overdue: should have been deleted on {date} (%n days ago).", "", -days).format(date=date)
        if days == 0:
            return self.tr("Due for deletion today ({date}).").format(date=date)
        return self.tr("Due for deletion on {date}: %n days left.", "", days).format(date=date)

    def _outcome_text(self, detail: FactsView) -> str:
        if detail.outcome is None:
            return self.tr("No procedure")
        text = labels.label("outcome", detail.outcome)
        if detail.outcome_on:
            text = self.tr("{outcome} ({date})").format(outcome=text, date=long_date(detail.outcome_on))
        return text

    # --- recording -------------------------------------------------------------------------
    def record_outcome(self) -> None:
        if self.detail is not None:
            self._run(self.source.outcome_job(self.candidate_id, self.detail, self.outcome_combo.currentData(),
                                              self.outcome_date.date().toPython()))

    def record_application(self) -> None:
        if self.detail is not None:
            applied_on = self.applied_date.date().toPython() if self.applied_box.isChecked() else None
            self._run(self.source.application_job(self.candidate_id, self.detail, self.source_combo.currentData(), applied_on))

    def record_contact(self) -> None:
        if self.detail is not None:
            self._run(self.source.contact_job(self.candidate_id, self.detail, self.contact_date.date().toPython(),
                                              self.contact_channel.currentData()))

    def give_consent(self) -> ConsentDialog:
        """Open the consent dialog (reserve purpose preselected); it records the proof."""
        if self.consent_dialog is not None:
            self.consent_dialog.reject()
        name = self.detail.name if self.detail else ""
        dialog = ConsentDialog(self.source.consent_source, self.candidate_id, name, self._today(), self,
                               choose_evidence=self.choose_evidence)
        dialog.purpose_combo.setCurrentIndex(max(0, dialog.purpose_combo.findData(RESERVE_PURPOSE)))
        dialog.saved.connect(self._recorded)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result, dialog=dialog: self.consent_dialog is dialog and setattr(self, "consent_dialog", None))
        self.consent_dialog = dialog
        dialog.open()
        return dialog

    def withdraw_consent(self) -> None:
        if self.detail is not None:
            self._run(self.source.withdraw_job(self.candidate_id, self.detail, self._today()))

    def release_hold(self) -> ReasonDialog:
        """Ask why the hold ends; the reason dialog releases it on a worker thread."""
        return self.open_reason_dialog(ReasonDialog.RELEASE)

    def open_reason_dialog(self, mode: str) -> ReasonDialog:
        detail = self.detail
        assert detail is not None, "the buttons are enabled once the facts are shown"
        dialog = ReasonDialog(mode, None, [], [detail.name], self._today(), self,
                              job=lambda mode, until, reason: self.source.reason_job(self.candidate_id, detail, mode, until, reason))
        dialog.saved.connect(self._recorded)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "reason_dialog", None))
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def _recorded(self, _result: Any = None) -> None:
        self.changed.emit()
        self.reload()

    def _run(self, task: Task | Job, on_done: Callable[[Any], None] | None = None) -> None:
        if self._task is not None:
            return
        then = on_done or self._recorded
        task.finished.connect(lambda result, task=task: self._finished(task, result, then))
        task.failed.connect(lambda error, task=task: self._failed(task, error))
        self._task = task
        self._set_busy(True)
        self.error_label.hide()
        task.start()

    def done(self, result: int) -> None:  # closed: a call still running is ignored when it ends
        self._task = None
        self._closed = True
        for name in ("consent_dialog", "reason_dialog"):
            child = getattr(self, name)
            setattr(self, name, None)
            if child is not None:
                child.reject()
        super().done(result)

    def _gone(self, task: Task | Job) -> bool:
        """A result for a call this dialog no longer waits for: another call's, or one that ends after the
        dialog was closed, or deleted with its window (a team's Lock) without being closed."""
        return not shiboken6.isValid(self) or task is not self._task or self._closed

    def _finished(self, task: Task | Job, result: Any, then: Callable[[Any], None]) -> None:
        if self._gone(task):
            return
        self._task = None
        if result is NOT_SAVED:  # the user closed a colleague's newer version unchosen: their choices stay in the form
            self._set_busy(False)
            return
        then(result)

    def _failed(self, task: Task | Job, error: BaseException) -> None:
        if self._gone(task):
            return
        self._task = None
        self._set_busy(False)
        message = user_message(error)
        self.error_label.setText(message)
        self.error_label.show()
        self.failed.emit(message)

    def _set_busy(self, busy: bool) -> None:
        writable = self.source.writable
        for button in self._action_buttons:
            button.setEnabled(not busy and writable)
        for editor in self._editors:
            editor.setEnabled(writable)
        self.applied_date.setEnabled(writable and self.applied_box.isChecked())
        if not busy and writable and self.detail is not None:
            on_hold = self.detail.kind == engine.LEGAL_HOLD
            self.hold_button.setEnabled(not on_hold)
            self.release_button.setEnabled(on_hold)
            self.withdraw_button.setEnabled(self.detail.reserve_consent_since is not None)
