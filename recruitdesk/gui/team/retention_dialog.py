"""Candidate > Retention… in the team's panel: the countdown with its reason, and the facts that move it.

The countdown and its explanation are the retention engine's (``TeamDesk.status``), read on a
worker. A recruiter records how the candidate came in, when they applied, the procedure's outcome
and end, a legal hold with its reason and an extension with its end and reason; the save runs on
the database worker with the version read, and a colleague's newer save opens the facts'
conflict dialog (both versions; keep mine or take the server's). A refusal (a hold without a
reason) is shown inline and the dialog stays open. A read-only DPO sees everything, edits nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QVBoxLayout, QWidget)

from recruitdesk import labels
from recruitdesk.dates import long_date, qt_short_format
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.gui.team.facts_conflict_dialog import KEEP_MINE, FactsConflictDialog
from recruitdesk.services.team_desk import FactsConflict, RetentionView, TeamDesk, TeamFacts

OPEN = "open"


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def countdown_text(view: RetentionView) -> str:
    """The same sentences as the local window's retention facts dialog."""
    if view.on_hold:
        return QCoreApplication.translate("CandidateFactsDialog", "On legal hold: not deleted until the hold is released.")
    if view.due_on is None or view.days_left is None:
        return QCoreApplication.translate("CandidateFactsDialog", "No deletion deadline runs now.")
    date, days = long_date(view.due_on), view.days_left
    if days < 0:
        return QCoreApplication.translate("CandidateFactsDialog", "Overdue: should have been deleted on {date} (%n days ago).",
                                          None, -days).format(date=date)
    if days == 0:
        return QCoreApplication.translate("CandidateFactsDialog", "Due for deletion today ({date}).").format(date=date)
    return QCoreApplication.translate("CandidateFactsDialog", "Due for deletion on {date}: %n days left.", None, days).format(date=date)


class TeamRetentionDialog(QDialog):
    loaded = Signal()  # the countdown shows the server's latest state
    saved = Signal(object)  # the RetentionView after a save
    conflict_shown = Signal(object)  # the FactsConflictDialog
    failed = Signal(str)

    def __init__(self, desk: TeamDesk, candidate_id: UUID, name: str, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.candidate_id, self._today = desk, candidate_id, today
        self.view: RetentionView | None = None
        self.conflict_dialog: FactsConflictDialog | None = None
        self._task: Task | None = None
        self._closed = False
        self.setWindowTitle(self.tr("Retention of {name}").format(name=name))
        self.setAccessibleName(self.windowTitle())
        self.name_label = QLabel(name, self)
        self.name_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.status_label = QLabel(QCoreApplication.translate("CandidateFactsDialog", "Loading…"), self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(QCoreApplication.translate("CandidateFactsDialog", "Countdown"))
        self.explanation_label = QLabel(self)
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setAccessibleName(QCoreApplication.translate("CandidateFactsDialog", "Why"))
        self.consent_label = QLabel(self)
        self.consent_label.setAccessibleName(QCoreApplication.translate("CandidateFactsDialog", "Reserve consent"))
        layout = QVBoxLayout(self)
        for widget in (self.name_label, self.status_label, self.explanation_label, self.consent_label):
            layout.addWidget(widget)
        layout.addWidget(self._facts_box())
        self.error_label = inline_error_label()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(desk.may_write)  # a DPO reads only
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._set_busy(True)
        self.reload()

    # --- building --------------------------------------------------------------------------
    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(qdate(self._today()), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(qt_short_format())
        edit.setAccessibleName(name)
        return edit

    def _facts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Facts the countdown depends on"), self)
        form = QFormLayout(box)
        self.source_combo = QComboBox(box)
        for code, word in labels.choices("source"):
            self.source_combo.addItem(word, code)
        self.source_combo.setAccessibleName(self.tr("Source"))
        form.addRow(self.tr("&Source:"), self.source_combo)
        self.applied_box = QCheckBox(self.tr("&Applied on:"), box)
        self.applied_edit = self._date_edit(self.tr("Applied on"))
        form.addRow(self.applied_box, self.applied_edit)
        self.outcome_combo = QComboBox(box)
        self.outcome_combo.addItem(QCoreApplication.translate("CandidateFactsDialog", "No procedure"), None)
        for code, word in labels.choices("outcome"):
            self.outcome_combo.addItem(word, code)
        self.outcome_combo.setAccessibleName(QCoreApplication.translate("CandidateFactsDialog", "Outcome"))
        self.ended_edit = self._date_edit(self.tr("Procedure ended on"))
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.outcome_combo, 1)
        outcome_row.addWidget(QLabel(self.tr("ended on"), box))
        outcome_row.addWidget(self.ended_edit)
        form.addRow(QCoreApplication.translate("CandidateFactsDialog", "Outcome:"), outcome_row)
        self.hold_box = QCheckBox(self.tr("On legal &hold, because:"), box)
        self.hold_reason = QLineEdit(box)
        self.hold_reason.setAccessibleName(self.tr("Legal hold reason"))
        form.addRow(self.hold_box, self.hold_reason)
        self.extend_box = QCheckBox(self.tr("E&xtended until:"), box)
        self.extend_edit = self._date_edit(self.tr("Extended until"))
        self.extend_reason = QLineEdit(box)
        self.extend_reason.setPlaceholderText(self.tr("Why the data is kept longer"))
        self.extend_reason.setAccessibleName(self.tr("Extension reason"))
        extend_row = QHBoxLayout()
        extend_row.addWidget(self.extend_edit)
        extend_row.addWidget(self.extend_reason, 1)
        form.addRow(self.extend_box, extend_row)
        for box_widget in (self.applied_box, self.hold_box, self.extend_box):
            box_widget.toggled.connect(self._update_editors)
        self.outcome_combo.currentIndexChanged.connect(self._update_editors)
        self._editors: list[QWidget] = [self.source_combo, self.applied_box, self.applied_edit, self.outcome_combo, self.ended_edit,
                                        self.hold_box, self.hold_reason, self.extend_box, self.extend_edit, self.extend_reason]
        return box

    # --- showing ---------------------------------------------------------------------------
    def reload(self) -> None:
        self._run(Task, self.desk.status, self.candidate_id, then=self._show)

    def _show(self, view: RetentionView) -> None:
        self.view = view
        self.status_label.setText(countdown_text(view))
        self.explanation_label.setText(view.explanation)
        if view.reserve_consent_since is not None:
            self.consent_label.setText(self.tr("Recruitment reserve consent given on {date}.").format(
                date=long_date(view.reserve_consent_since)))
        else:
            self.consent_label.setText(self.tr("No recruitment reserve consent."))
        self.show_facts(view.facts)
        self._set_busy(False)
        self.loaded.emit()

    def show_facts(self, facts: TeamFacts) -> None:
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(facts.source)))
        self.applied_box.setChecked(facts.applied_on is not None)
        self.applied_edit.setDate(qdate(facts.applied_on or self._today()))
        self.outcome_combo.setCurrentIndex(max(0, self.outcome_combo.findData(facts.outcome)) if facts.outcome else 0)
        self.ended_edit.setDate(qdate(facts.ended_on or self._today()))
        self.hold_box.setChecked(facts.legal_hold_reason is not None)
        self.hold_reason.setText(facts.legal_hold_reason or "")
        self.extend_box.setChecked(facts.extended_until is not None)
        self.extend_edit.setDate(qdate(facts.extended_until or self._today()))
        self.extend_reason.setText(facts.extension_reason or "")
        self._update_editors()

    def edited_facts(self) -> TeamFacts:
        outcome = self.outcome_combo.currentData()
        return TeamFacts(
            source=self.source_combo.currentData(),
            applied_on=self.applied_edit.date().toPython() if self.applied_box.isChecked() else None,
            outcome=outcome, ended_on=self.ended_edit.date().toPython() if outcome not in (None, OPEN) else None,
            legal_hold_reason=self.hold_reason.text() if self.hold_box.isChecked() else None,
            extended_until=self.extend_edit.date().toPython() if self.extend_box.isChecked() else None,
            extension_reason=self.extend_reason.text() if self.extend_box.isChecked() else None)

    def _update_editors(self) -> None:
        writable = self.desk.may_write and self._task is None
        for editor in self._editors:
            editor.setEnabled(writable)
        if writable:
            self.applied_edit.setEnabled(self.applied_box.isChecked())
            self.ended_edit.setEnabled(self.outcome_combo.currentData() not in (None, OPEN))
            self.hold_reason.setEnabled(self.hold_box.isChecked())
            self.extend_edit.setEnabled(self.extend_box.isChecked())
            self.extend_reason.setEnabled(self.extend_box.isChecked())

    # --- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        if self.view is not None:
            self._save_over(self.view.version, self.edited_facts())

    def _save_over(self, version: int, facts: TeamFacts) -> None:
        self._run(WriteTask, self.desk.save_facts, self.candidate_id, version, facts, then=self._saved)

    def _saved(self, outcome: RetentionView | FactsConflict) -> None:
        if isinstance(outcome, FactsConflict):
            self._set_busy(False)
            dialog = FactsConflictDialog(outcome, self)
            dialog.finished.connect(lambda result, dialog=dialog: self._conflict_decided(dialog, result))
            self.conflict_dialog = dialog
            dialog.open()
            self.conflict_shown.emit(dialog)
            return
        self._show(outcome)
        self.saved.emit(outcome)

    def _conflict_decided(self, dialog: FactsConflictDialog, result: int) -> None:
        self.conflict_dialog = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return  # the form still holds the user's facts; Save meets the conflict again
        if dialog.choice == KEEP_MINE:
            self._save_over(dialog.conflict.their_version, dialog.conflict.mine)
        else:
            self.reload()  # the server's facts and countdown

    # --- running ---------------------------------------------------------------------------
    def _run(self, kind: type[Task], function: Callable[..., Any], *args: Any, then: Callable[[Any], None]) -> None:
        if self._task is not None:
            return
        task = kind(function, *args)
        task.finished.connect(lambda result, task=task: self._finished(task, result, then))
        task.failed.connect(lambda error, task=task: self._failed(task, error))
        self._task = task
        self.error_label.hide()
        self._set_busy(True)
        task.start()

    def _finished(self, task: Task, result: Any, then: Callable[[Any], None]) -> None:
        if task is not self._task or self._closed:
            return
        self._task = None
        then(result)

    def _failed(self, task: Task, error: BaseException) -> None:
        if task is not self._task or self._closed:
            return
        self._task = None
        self._set_busy(False)
        message = user_message(error)
        self.error_label.setText(message)
        self.error_label.show()
        self.failed.emit(message)

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy and self.view is not None)
        self._update_editors()

    def done(self, result: int) -> None:
        self._closed = True
        self._task = None
        if self.conflict_dialog is not None:
            self.conflict_dialog.reject()
        super().done(result)
