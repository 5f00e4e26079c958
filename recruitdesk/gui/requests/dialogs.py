"""Registering, extending and completing data-subject requests, for both kinds of vault.

The dialogs only collect what the user says and hand it to a writer (``RequestWriter``): a local
vault's (``gui.requests.local_writer``, over ``services.rights_requests``) or a team's
(``gui.team.request_writer``, over ``services.team_register``: the version-guarded completion, the
identity check, the extension's reasons, erasure and suppression). The dialogs do not re-implement
a rule: each save runs on a worker thread and a refusal (an extension after the first month, a
missing identity check, a colleague's change meanwhile, a server gone) is shown inline, the dialog
staying open for a correction and emitting ``refused``. Completing an erasure (or an objection
ending in erasure) asks first ("Erase for good"), like any deletion. A team also registers a
request about a person who is not a candidate (``RegisterPersonRequestDialog``), and dates a
completion; what completing will do is said in the writer's words (``completion_notes``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable, Protocol

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from recruitdesk import labels
from recruitdesk.dates import long_date, qt_short_format
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.services import rights_requests as rr


class RequestRecord(Protocol):
    """What the dialogs read of a request: a local ``RequestView`` or a team's ``RegisterRow``."""

    @property
    def kind(self) -> str: ...

    @property
    def received_on(self) -> dt.date: ...

    @property
    def due_on(self) -> dt.date: ...

    @property
    def identity_check(self) -> str | None: ...


class RequestWriter(Protocol):
    """Where a vault's requests are written; every rule is in the service behind it."""

    kinds: tuple[str, ...]
    dates_completion: bool  # Complete… asks the day it was completed

    def today(self) -> dt.date: ...

    def answer_due_date(self, received_on: dt.date) -> dt.date: ...

    def register(self, kind: str, received_on: dt.date, candidate_id: Any, identity: str) -> Any: ...

    def extend(self, request: Any, months: int, reason: str) -> Any: ...

    def complete(self, request: Any, outcome: str, identity: str, completed_on: dt.date, action: str | None) -> Any: ...

    def chooses_ending(self, request: Any) -> bool: ...  # an objection: erase or restrict

    def erases(self, request: Any, action: str | None) -> bool: ...

    def completion_notes(self, request: Any) -> list[str]: ...

    def erasure_question(self, request: Any) -> tuple[str, str]: ...  # the question and its details


class PersonRequestWriter(RequestWriter, Protocol):
    """A writer that also registers a request about a person who is not a candidate (a team's)."""

    def register_person(self, kind: str, received_on: dt.date, identity: str, name: str, email: str, phone: str) -> Any: ...


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(day: dt.date, latest: dt.date) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(qt_short_format())
    edit.setMaximumDate(_qdate(latest))
    return edit


class _RequestDialog(QDialog):
    """Shared frame: a form, an inline error, Save/Cancel, and the worker-thread call; ``saved`` with what the
    writer returned, ``refused`` with the error shown."""

    saved = Signal(object)
    refused = Signal(object)

    def __init__(self, title: str, writer: RequestWriter, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.writer = writer
        self._task: Task | None = None
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.error_label = inline_error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error_label)
        self.layout_.addWidget(self.buttons)

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

    def _stored(self, result: object) -> None:
        self._task = None
        self.saved.emit(result)
        self.accept()

    def save(self) -> None:  # pragma: no cover - each dialog defines it
        raise NotImplementedError


class _NewRequestDialog(_RequestDialog):
    """The rows of every new request: kind, day received, identity check and when the answer is due.

    Their words are ``RegisterRequestDialog``'s, named explicitly: ``self.tr`` would look them up under the
    subclass's name, and the request about a person must read exactly as the one about a candidate."""

    def _add_request_rows(self) -> None:
        today = self.writer.today()
        self.kind_combo = QComboBox()
        for code in self.writer.kinds:
            self.kind_combo.addItem(labels.label("request_kind", code), code)
        self.received_edit = _date_edit(today, today)
        self.identity_edit = QLineEdit()
        self.identity_edit.setPlaceholderText(QCoreApplication.translate(
            "RegisterRequestDialog", "e.g. mail from the address on file; ID card shown, not copied"))
        self.due_label = QLabel()
        self.form.addRow(QCoreApplication.translate("RegisterRequestDialog", "&Request:"), self.kind_combo)
        self.form.addRow(QCoreApplication.translate("RegisterRequestDialog", "&Received on:"), self.received_edit)
        self.form.addRow(QCoreApplication.translate("RegisterRequestDialog", "&Identity checked by:"), self.identity_edit)
        self.form.addRow(QCoreApplication.translate("RegisterRequestDialog", "Answer due:"), self.due_label)
        self.received_edit.dateChanged.connect(self._update_due)
        self._update_due()

    def _update_due(self) -> None:
        due = self.writer.answer_due_date(self.received_edit.date().toPython())
        self.due_label.setText(QCoreApplication.translate(
            "RegisterRequestDialog", "{date} (one month; extendable by two months within the first)").format(date=long_date(due)))


class RegisterRequestDialog(_NewRequestDialog):
    """A new request: kind, day received, the candidate (a local vault's may be none yet), how identity was checked."""

    def __init__(self, writer: RequestWriter, candidate_id: Any = None, name: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("RequestDialogs", "Register a request"), writer, parent)
        self._candidate_id = candidate_id
        self.form.addRow(self.tr("Candidate:"), QLabel(name or self.tr("(not linked yet)")))
        self._add_request_rows()

    def save(self) -> None:
        self._run(self.writer.register, self.kind_combo.currentData(), self.received_edit.date().toPython(), self._candidate_id,
                  self.identity_edit.text())


class RegisterPersonRequestDialog(_NewRequestDialog):
    """A new request about a person who is not a candidate (a team's Requests > Register a request without a
    candidate…): who they are (a name, an e-mail address, a phone number), then the rows of every request."""

    writer: PersonRequestWriter

    def __init__(self, writer: PersonRequestWriter, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("RequestDialogs", "Register a request"), writer, parent)
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
        self._run(self.writer.register_person, self.kind_combo.currentData(), self.received_edit.date().toPython(),
                  self.identity_edit.text(), self.name_edit.text(), self.email_edit.text(), self.phone_edit.text())


class ExtendRequestDialog(_RequestDialog):
    """Extend by one or two months, with the reasons the person will be told."""

    def __init__(self, writer: RequestWriter, request: RequestRecord, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("RequestDialogs", "Extend the answer period"), writer, parent)
        self._request = request
        self.months_combo = QComboBox()
        one_more = rr.add_months(request.received_on, rr.FIRST_PERIOD_MONTHS + 1)
        self.months_combo.addItem(self.tr("1 more month, until {date}").format(date=long_date(one_more)), 1)
        self.months_combo.addItem(self.tr("2 more months, until {date}").format(date=long_date(rr.latest_extension(request.received_on))), 2)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(self.tr("The reasons you give the person, e.g. the request covers several years of files"))
        note = QLabel(self.tr("Tell the person about the extension and its reasons before {date}.").format(date=long_date(request.due_on)))
        note.setWordWrap(True)
        self.form.addRow(self.tr("&Extend by:"), self.months_combo)
        self.form.addRow(self.tr("&Reasons:"), self.reason_edit)
        self.form.addRow(note)

    def save(self) -> None:
        self._run(self.writer.extend, self._request, self.months_combo.currentData(), self.reason_edit.toPlainText())


class CompleteRequestDialog(_RequestDialog):
    """Say what was done (and, in a team, when); an objection chooses erasure or restriction; an erasure is asked
    for first, in ``confirmation`` (its ``erase_button``: "Erase for good")."""

    def __init__(self, writer: RequestWriter, request: RequestRecord, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("RequestDialogs", "Complete the request"), writer, parent)
        self._request = request
        today = writer.today()
        self.confirmation: QMessageBox | None = None
        self.outcome_edit = QPlainTextEdit()
        self.outcome_edit.setTabChangesFocus(True)
        self.outcome_edit.setPlaceholderText(self.tr("What was done, e.g. export sent by encrypted mail on 3 March"))
        self.identity_edit = QLineEdit(request.identity_check or "")
        self.completed_edit = _date_edit(today, today)
        self.completed_edit.setMinimumDate(_qdate(request.received_on))
        self.erase_radio = QRadioButton(self.tr("&Erase the person's data"))
        self.restrict_radio = QRadioButton(self.tr("Re&strict processing (keep, but do not use)"))
        self.form.addRow(self.tr("Request:"), QLabel(labels.label("request_kind", request.kind)))
        self.form.addRow(self.tr("&Identity checked by:"), self.identity_edit)
        self.form.addRow(self.tr("&What was done:"), self.outcome_edit)
        if writer.dates_completion:
            self.form.addRow(self.tr("&Completed on:"), self.completed_edit)
        else:
            self.completed_edit.hide()
        if writer.chooses_ending(request):
            self.form.addRow(self.tr("Then:"), self.erase_radio)
            self.form.addRow("", self.restrict_radio)
        for text in writer.completion_notes(request):
            note = QLabel(text)
            note.setWordWrap(True)
            self.form.addRow(note)

    def action(self) -> str | None:
        """The objection's chosen ending (the other kinds' actions follow from the kind)."""
        if self.erase_radio.isChecked():
            return rr.ERASE
        if self.restrict_radio.isChecked():
            return rr.RESTRICT
        return None

    def save(self) -> None:
        """An erasure is asked for first, once the form is filled in; the service checks the rest."""
        filled = self.outcome_edit.toPlainText().strip() and self.identity_edit.text().strip()
        if filled and self.writer.erases(self._request, self.action()):
            self._ask_before_erasing()
        else:
            self._complete()

    def _ask_before_erasing(self) -> None:
        text, details = self.writer.erasure_question(self._request)
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("RequestDialogs", "Erase the candidate"), text,
                          QMessageBox.StandardButton.Cancel, self)
        if details:
            box.setInformativeText(details)
        box.erase_button = box.addButton(QCoreApplication.translate("RequestDialogs", "Erase for good"),  # type: ignore[attr-defined]
                                         QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: box.clickedButton() is box.erase_button and self._complete())  # type: ignore[attr-defined]
        self.confirmation = box
        box.open()

    def _complete(self) -> None:
        self._run(self.writer.complete, self._request, self.outcome_edit.toPlainText(), self.identity_edit.text(),
                  self.completed_edit.date().toPython(), self.action())
