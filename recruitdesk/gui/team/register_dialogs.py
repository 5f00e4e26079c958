"""Registering, extending and completing a team vault request, as the local register's dialogs do.

A request is registered about the candidate selected in the team's panel, or about a person who is
not a candidate (``RegisterPersonRequestDialog``: the local dialog needs a local vault, so the team
has its own, with the person's name, e-mail address and phone number).

Each dialog calls ``services.team_register`` as a ``WriteTask`` and shows a refusal inline (an
extension after the first month, a missing identity check, a colleague's change meanwhile, the
server gone), staying open for a correction: the service's rules are the only rules.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
                               QRadioButton, QVBoxLayout, QWidget)

from recruitdesk import labels
from recruitdesk.dates import long_date, qt_short_format
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.services import team_register
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.services.team_register import RegisterRow


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(day: dt.date, latest: dt.date) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(qt_short_format())
    edit.setMaximumDate(_qdate(latest))
    return edit


class _TeamRequestDialog(QDialog):
    """A form, an inline error, Save/Cancel, and the save on the database worker; ``saved`` once stored."""

    saved = Signal()
    refused = Signal(object)  # the error shown; the register reloads after a colleague's change

    def __init__(self, title: str, desk: TeamDesk, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._task: Task | None = None
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.error_label = inline_error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _run(self, function: Callable[..., Any], *args: Any) -> None:
        self.buttons.setEnabled(False)
        self._task = WriteTask(function, *args)
        self._task.finished.connect(self._stored)
        self._task.failed.connect(self._show_error)
        self._task.start()

    def _show_error(self, error: BaseException) -> None:
        self._task = None
        self.error_label.setText(user_message(error))
        self.error_label.show()
        self.buttons.setEnabled(True)
        self.refused.emit(error)

    def _stored(self, _result: object) -> None:
        self._task = None
        self.saved.emit()
        self.accept()

    def save(self) -> None:  # pragma: no cover - each dialog defines it
        raise NotImplementedError


class _NewTeamRequestDialog(_TeamRequestDialog):
    """The rows of every new request: kind, day received, identity check and when the answer is due.

    Their words are ``RegisterTeamRequestDialog``'s, named explicitly: ``self.tr`` would look them up
    under the subclass's name, and the request about a person must read exactly as the one about a candidate."""

    def _add_request_rows(self) -> None:
        today = self.desk.clock.today()
        self.kind_combo = QComboBox()
        for code in team_register.KINDS:
            self.kind_combo.addItem(labels.label("request_kind", code), code)
        self.received_edit = _date_edit(today, today)
        self.identity_edit = QLineEdit()
        self.identity_edit.setPlaceholderText(QCoreApplication.translate(
            "RegisterTeamRequestDialog", "e.g. mail from the address on file; ID card shown, not copied"))
        self.due_label = QLabel()
        self.form.addRow(QCoreApplication.translate("RegisterTeamRequestDialog", "&Request:"), self.kind_combo)
        self.form.addRow(QCoreApplication.translate("RegisterTeamRequestDialog", "&Received on:"), self.received_edit)
        self.form.addRow(QCoreApplication.translate("RegisterTeamRequestDialog", "&Identity checked by:"), self.identity_edit)
        self.form.addRow(QCoreApplication.translate("RegisterTeamRequestDialog", "Answer due:"), self.due_label)
        self.received_edit.dateChanged.connect(self._update_due)
        self._update_due()

    def _update_due(self) -> None:
        due = team_register.answer_due_date(self.received_edit.date().toPython())
        self.due_label.setText(QCoreApplication.translate(
            "RegisterTeamRequestDialog", "{date} (one month; extendable by two months within the first)").format(date=long_date(due)))


class RegisterTeamRequestDialog(_NewTeamRequestDialog):
    """A new request about the candidate selected in the team's panel: kind, day received, identity check."""

    def __init__(self, desk: TeamDesk, candidate_id: UUID, name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Register a request"), desk, parent)
        self._candidate_id = candidate_id
        self.form.addRow(self.tr("Candidate:"), QLabel(name))
        self._add_request_rows()

    def save(self) -> None:
        self._run(team_register.register_request, self.desk, self._candidate_id, self.kind_combo.currentData(),
                  self.received_edit.date().toPython(), self.identity_edit.text())


class RegisterPersonRequestDialog(_NewTeamRequestDialog):
    """A new request about a person who is not a candidate (Requests > Register a request without a candidate…):
    who they are (a name, an e-mail address, a phone number), then the rows of every request."""

    def __init__(self, desk: TeamDesk, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("RegisterTeamRequestDialog", "Register a request"), desk, parent)
        self.name_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&E-mail address:"), self.email_edit)
        self.form.addRow(self.tr("&Phone number:"), self.phone_edit)
        self._add_request_rows()
        note = QLabel(self.tr("The name, e-mail address and phone number are sealed on this computer: the server never sees them. "
                              "Completing an erasure or objection puts the e-mail address and phone number on the team's "
                              "suppression list, so a CV of theirs dropped later is not stored."))
        note.setWordWrap(True)
        self.form.addRow(note)

    def save(self) -> None:
        person = team_register.RequestPerson(self.name_edit.text(), self.email_edit.text(), self.phone_edit.text())
        self._run(team_register.register_person_request, self.desk, self.kind_combo.currentData(),
                  self.received_edit.date().toPython(), self.identity_edit.text(), person)


class ExtendTeamRequestDialog(_TeamRequestDialog):
    """Extend by one or two months, with the reasons the person will be told."""

    def __init__(self, desk: TeamDesk, row: RegisterRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Extend the answer period"), desk, parent)
        self._row = row
        self.months_combo = QComboBox()
        one_more = team_register.one_month_more(row.received_on)
        latest = team_register.latest_extension(row.received_on)
        self.months_combo.addItem(self.tr("1 more month, until {date}").format(date=long_date(one_more)), one_more)
        self.months_combo.addItem(self.tr("2 more months, until {date}").format(date=long_date(latest)), latest)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(self.tr("The reasons you give the person, e.g. the request covers several years of files"))
        note = QLabel(self.tr("Tell the person about the extension and its reasons before {date}.").format(date=long_date(row.due_on)))
        note.setWordWrap(True)
        self.form.addRow(self.tr("&Extend by:"), self.months_combo)
        self.form.addRow(self.tr("&Reasons:"), self.reason_edit)
        self.form.addRow(note)

    def save(self) -> None:
        self._run(team_register.extend_request, self.desk, self._row, self.months_combo.currentData(), self.reason_edit.toPlainText())


class CompleteTeamRequestDialog(_TeamRequestDialog):
    """Say what was done and when; the identity check must be recorded."""

    def __init__(self, desk: TeamDesk, row: RegisterRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Complete the request"), desk, parent)
        self._row = row
        today = desk.clock.today()
        self.outcome_edit = QPlainTextEdit()
        self.outcome_edit.setTabChangesFocus(True)
        self.outcome_edit.setPlaceholderText(self.tr("What was done, e.g. export sent by encrypted mail on 3 March"))
        self.identity_edit = QLineEdit(row.identity_check or "")
        self.completed_edit = _date_edit(today, today)
        self.completed_edit.setMinimumDate(_qdate(row.received_on))
        self.form.addRow(self.tr("Request:"), QLabel(labels.label("request_kind", row.kind)))
        self.form.addRow(self.tr("&Identity checked by:"), self.identity_edit)
        self.form.addRow(self.tr("&What was done:"), self.outcome_edit)
        self.form.addRow(self.tr("&Completed on:"), self.completed_edit)
        self.confirmation: QMessageBox | None = None
        self.erase_radio = QRadioButton(self.tr("&Erase the person's data"))
        self.restrict_radio = QRadioButton(self.tr("Re&strict processing (keep, but do not use)"))
        name = row.name or ""
        if row.kind == team_register.OBJECTION and row.candidate_id is not None:
            self.form.addRow(self.tr("Then:"), self.erase_radio)
            self.form.addRow("", self.restrict_radio)
            self._note(self.tr("The e-mail address and phone number of {name} go on the team's suppression list, as keyed "
                               "digests: a CV of theirs dropped later is not stored.").format(name=name))
        elif row.kind == team_register.ERASURE and row.candidate_id is not None:
            self._note(self.tr("Completing erases {name} from the team vault for every member. The register keeps "
                               "the request, the identity check and what was done.").format(name=name))
            self._note(self.tr("Their e-mail address and phone number go on the team's suppression list, as keyed digests: "
                               "a CV of theirs dropped later is not stored."))
        elif row.kind == team_register.RESTRICTION and row.candidate_id is not None:
            self._note(self.tr("Completing restricts the processing of {name}: their data is kept and shown as restricted "
                               "to every member, and must not be used.").format(name=name))
        elif row.kind == team_register.CONSENT_WITHDRAWAL and row.candidate_id is not None:
            self._note(self.tr("Completing withdraws every consent of {name} still running, on the completion date; "
                               "the retention countdown moves with it.").format(name=name))
        elif team_register.suppresses_person(row):
            self._note(self.tr("The e-mail address and phone number of {name} go on the team's suppression list, as keyed "
                               "digests: a CV of theirs dropped later is not stored.").format(name=row.who or ""))
        elif row.kind in team_register.CARRIED_OUT and row.about_person:
            self._note(self.tr("{name} is not a candidate in the team vault: completing records the answer.").format(name=row.who or ""))
        elif row.kind in team_register.CARRIED_OUT:
            self._note(self.tr("The candidate is no longer in the team vault: completing records the answer."))

    def _note(self, text: str) -> None:
        note = QLabel(text)
        note.setWordWrap(True)
        self.form.addRow(note)

    def action(self) -> str | None:
        """The objection's chosen ending (the other kinds' actions follow from the kind)."""
        if self.erase_radio.isChecked():
            return team_register.ERASE
        if self.restrict_radio.isChecked():
            return team_register.RESTRICT
        return None

    def save(self) -> None:
        """An erasure is asked for first ("Erase for good"), once the form is filled in; the service checks the rest."""
        filled = self.outcome_edit.toPlainText().strip() and self.identity_edit.text().strip()
        if team_register.erases_candidate(self._row, self.action()) and filled:
            self._ask_before_erasing()
        else:
            self._complete()

    def _ask_before_erasing(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase the candidate"),
                          self.tr("Complete the request and erase {name} from the team vault for good?").format(
                              name=self._row.name or ""), QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("Their data, documents, notes and consents are erased from the server for every member "
                                       "of the team. This cannot be undone."))
        box.erase_button = box.addButton(QCoreApplication.translate("RequestDialogs", "Erase for good"),  # type: ignore[attr-defined]
                                         QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: box.clickedButton() is box.erase_button and self._complete())
        self.confirmation = box
        box.open()

    def _complete(self) -> None:
        self._run(team_register.complete_request, self.desk, self._row, self.outcome_edit.toPlainText(), self.identity_edit.text(),
                  self.completed_edit.date().toPython(), self.action())
