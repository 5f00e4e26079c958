"""Registering, extending and completing data-subject requests.

Each dialog calls ``services.rights_requests`` on a worker thread and shows a refusal inline (an
extension after the first month, a missing identity check, ...), staying open for a correction:
the service's rules are the only rules, the dialogs do not re-implement them. Completing an
erasure (or an objection ending in erasure) asks for confirmation first, like any deletion.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

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
from recruitdesk.vault.vault import Vault


# confirm_erasure(parent) -> True when the user confirmed erasing the request's candidate
ErasureConfirmer = Callable[[QWidget | None], bool]


def confirm_erasure(parent: QWidget | None) -> bool:
    title = QCoreApplication.translate("RequestDialogs", "Erase the candidate")
    text = QCoreApplication.translate(
        "RequestDialogs",
        "Completing this request erases the candidate's data, documents, notes and consents for good. "
        "The erasure ledger keeps the proof, without personal data.",
    )
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
    erase = box.addButton(QCoreApplication.translate("RequestDialogs", "Erase for good"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is erase


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class _RequestDialog(QDialog):
    """Shared frame: a form, an inline error, Save/Cancel, and the worker-thread call."""

    saved = Signal(object)

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
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

    def _run(self, function, *args, **kwargs) -> None:
        self.buttons.setEnabled(False)
        self._task = WriteTask(function, *args, **kwargs)
        self._task.finished.connect(self._stored)
        self._task.failed.connect(self._show_error)
        self._task.start()

    def _show_error(self, error: BaseException) -> None:
        self.error_label.setText(user_message(error))
        self.error_label.show()
        self.buttons.setEnabled(True)

    def _stored(self, view: rr.RequestView) -> None:
        self.saved.emit(view)
        self.accept()

    def save(self) -> None:  # pragma: no cover - each dialog defines it
        raise NotImplementedError


class RegisterRequestDialog(_RequestDialog):
    """A new request: kind, day received, the candidate (optional), how identity was checked."""

    def __init__(self, vault: Vault, today: dt.date, candidate_id: int | None = None, name: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("RequestDialogs", "Register a request"), parent)
        self._vault, self._candidate_id = vault, candidate_id
        self.kind_combo = QComboBox()
        for code in rr.KINDS:
            self.kind_combo.addItem(labels.label("request_kind", code), code)
        self.received_edit = QDateEdit(_qdate(today))
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat(qt_short_format())
        self.received_edit.setMaximumDate(_qdate(today))
        self.identity_edit = QLineEdit()
        self.identity_edit.setPlaceholderText(self.tr("e.g. mail from the address on file; ID card shown, not copied"))
        self.due_label = QLabel()
        self.form.addRow(self.tr("Candidate:"), QLabel(name or self.tr("(not linked yet)")))
        self.form.addRow(self.tr("&Request:"), self.kind_combo)
        self.form.addRow(self.tr("&Received on:"), self.received_edit)
        self.form.addRow(self.tr("&Identity checked by:"), self.identity_edit)
        self.form.addRow(self.tr("Answer due:"), self.due_label)
        self.received_edit.dateChanged.connect(self._update_due)
        self._update_due()

    def _update_due(self) -> None:
        due = rr.answer_due_date(self.received_edit.date().toPython())
        self.due_label.setText(self.tr("{date} (one month; extendable by two months within the first)").format(date=long_date(due)))

    def save(self) -> None:
        self._run(rr.register, self._vault, self.kind_combo.currentData(), self.received_edit.date().toPython(),
                  self._candidate_id, self.identity_edit.text())


class ExtendRequestDialog(_RequestDialog):
    """Extend by one or two months, with the reasons the person will be told."""

    def __init__(self, vault: Vault, request: rr.RequestView, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("RequestDialogs", "Extend the answer period"), parent)
        self._vault, self._request = vault, request
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
        self._run(rr.extend, self._vault, self._request.id, self.months_combo.currentData(), self.reason_edit.toPlainText())


class CompleteRequestDialog(_RequestDialog):
    """Say what was done; an objection chooses erasure or restriction; erasure is confirmed."""

    def __init__(self, vault: Vault, request: rr.RequestView, parent: QWidget | None = None,
                 confirm: ErasureConfirmer = confirm_erasure) -> None:
        super().__init__(QCoreApplication.translate("RequestDialogs", "Complete the request"), parent)
        self._vault, self._request, self._confirm = vault, request, confirm
        self.outcome_edit = QPlainTextEdit()
        self.outcome_edit.setTabChangesFocus(True)
        self.outcome_edit.setPlaceholderText(self.tr("What was done, e.g. export sent by encrypted mail on 3 March"))
        self.identity_edit = QLineEdit(request.identity_check or "")
        self.erase_radio = QRadioButton(self.tr("&Erase the person's data"))
        self.restrict_radio = QRadioButton(self.tr("Re&strict processing (keep, but do not use)"))
        self.form.addRow(self.tr("Request:"), QLabel(labels.label("request_kind", request.kind)))
        self.form.addRow(self.tr("&Identity checked by:"), self.identity_edit)
        if request.kind == rr.OBJECTION:
            self.form.addRow(self.tr("Then:"), self.erase_radio)
            self.form.addRow("", self.restrict_radio)
            suppression = QLabel(self.tr("The email address and phone number go on the suppression list."))
            suppression.setWordWrap(True)
            self.form.addRow(suppression)
        elif request.kind == rr.ERASURE:
            self.form.addRow(QLabel(self.tr("Completing erases the candidate.")))
        self.form.addRow(self.tr("&What was done:"), self.outcome_edit)

    def action(self) -> str | None:
        if self.erase_radio.isChecked():
            return rr.ERASE
        if self.restrict_radio.isChecked():
            return rr.RESTRICT
        return None

    def save(self) -> None:
        action = self.action() if self._request.kind == rr.OBJECTION else None
        erases = self._request.candidate_id is not None and (self._request.kind == rr.ERASURE or action == rr.ERASE)
        if erases and self.identity_edit.text().strip() and self.outcome_edit.toPlainText().strip() and not self._confirm(self):
            return
        self._run(_complete, self._vault, self._request.id, self.identity_edit.text(), self.outcome_edit.toPlainText(), action)


def _complete(vault: Vault, request_id: int, identity: str, outcome: str, action: str | None) -> rr.RequestView:
    if identity.strip() and identity.strip() != (rr.get_request(vault, request_id).identity_check or ""):
        rr.record_identity_check(vault, request_id, identity)
    return rr.complete(vault, request_id, outcome, action=action)
