"""Review decisions: confirming an erasure, and extending, holding or releasing a hold with a written reason.

The deletion confirmation is a plain function the window receives (like ``choosers``), so tests
pre-answer it instead of driving a modal message box. Extension, legal hold and release dialogs
call the retention service on a worker thread; a refusal (no reason, an extension not after today) is
shown inline in the dialog, which stays open for a correction.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from recruitdesk.dates import qt_short_format
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.jobs import NOT_SAVED, Job
from recruitdesk.gui.shell.styles import ERROR_STYLE
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.services.retention import extend, release_legal_hold, set_legal_hold
from recruitdesk.vault.vault import Vault

NAMES_SHOWN = 5

# confirm_deletion(parent, names) -> True when the user confirmed erasing these candidates
DeleteConfirmer = Callable[[QWidget | None, Sequence[str]], bool]


def deletion_question(names: Sequence[str]) -> tuple[str, str]:
    """The confirmation's title and text: how many, who (the first few), and that it is final."""
    count = len(names)
    title = QCoreApplication.translate("RetentionDialogs", "Delete candidates")
    shown = ", ".join(names[:NAMES_SHOWN])
    if count > NAMES_SHOWN:
        shown = QCoreApplication.translate("RetentionDialogs", "{names} and %n more", None, count - NAMES_SHOWN).format(names=shown)
    question = QCoreApplication.translate("RetentionDialogs", "Delete %n candidates ({names}) for good?", None, count).format(names=shown)
    detail = QCoreApplication.translate(
        "RetentionDialogs",
        "Their data, documents, notes and consents are erased from the vault. "
        "This cannot be undone; only an anonymous count is kept.",
    )
    return title, f"{question}\n\n{detail}"


def confirm_deletion(parent: QWidget | None, names: Sequence[str]) -> bool:
    title, text = deletion_question(names)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
    delete = box.addButton(QCoreApplication.translate("RetentionDialogs", "Delete for good"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAccessibleName(title)
    box.exec()
    return box.clickedButton() is delete


def _extend_all(vault: Vault, ids: Sequence[int], until: dt.date, reason: str) -> None:
    for candidate_id in ids:
        extend(vault, candidate_id, until, reason)


def _hold_all(vault: Vault, ids: Sequence[int], reason: str) -> None:
    for candidate_id in ids:
        set_legal_hold(vault, candidate_id, reason)


def _release_all(vault: Vault, ids: Sequence[int], reason: str) -> None:
    for candidate_id in ids:
        release_legal_hold(vault, candidate_id, reason)


class ReasonDialog(QDialog):
    """Extend (``EXTEND``), place a legal hold on (``HOLD``) or release the hold of (``RELEASE``)
    one or more candidates.

    Releasing ends the protection against erasure, so its OK button stays disabled until a reason
    is typed (the service still refuses one too short). Accepted once the service stored the
    decision for every candidate; ``saved`` is emitted just before.

    The Record facts… dialog gives ``job`` (its source's ``reason_job`` for its one candidate, on
    either kind of vault) instead of the vault; a job that ends with ``NOT_SAVED`` (a team's user
    closed the conflict dialog without choosing) leaves this dialog open with the reason typed.
    """

    EXTEND, HOLD, RELEASE = "extend", "hold", "release"
    saved = Signal()

    def __init__(self, mode: str, vault: Vault | None, ids: Sequence[int], names: Sequence[str], today: dt.date,
                 parent: QWidget | None = None, job: Callable[[str, dt.date, str], Job] | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self._vault = vault
        self._job = job
        self._task: Task | Job | None = None
        self._ids = list(ids)
        self._closed = False
        extending = mode == self.EXTEND
        releasing = mode == self.RELEASE
        if extending:
            self.setWindowTitle(self.tr("Extend retention"))
        elif releasing:
            self.setWindowTitle(self.tr("Release legal hold"))
        else:
            self.setWindowTitle(self.tr("Place on legal hold"))
        self.setAccessibleName(self.windowTitle())
        who = ", ".join(names[:NAMES_SHOWN]) + ("…" if len(names) > NAMES_SHOWN else "")
        if extending:
            intro = self.tr("Keep {names} longer than the policy allows.")
        elif releasing:
            intro = self.tr("End the legal hold of {names}: their deletion deadline runs again.")
        else:
            intro = self.tr("Suspend the deletion of {names} until the hold is released.")
        if len(ids) > 1:
            who = self.tr("%n candidates ({names})", "", len(ids)).format(names=who)
        self.intro_label = QLabel(intro.format(names=who))
        self.intro_label.setWordWrap(True)
        self.until_edit = QDateEdit()
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat(qt_short_format())
        later = today + dt.timedelta(days=90)
        self.until_edit.setDate(QDate(later.year, later.month, later.day))
        self.until_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        self.until_edit.setAccessibleName(self.tr("Keep until"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(
            self.tr("Why must this data be kept? E.g. the candidate asked to be considered for a role opening in June.") if extending
            else self.tr("Why does the hold end? E.g. the claim was settled, case reference…") if releasing
            else self.tr("Why must deletion be suspended? E.g. a dispute about the procedure, case reference…")
        )
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(90)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.hide()
        note = QLabel(self.tr("The audit log records that a reason was given, not its text.") if releasing
                      else self.tr("The reason is recorded in the audit log."))
        note.setEnabled(False)

        form = QFormLayout()
        if extending:
            form.addRow(self.tr("Keep &until:"), self.until_edit)
        else:
            self.until_edit.hide()
        reason_label = QLabel(self.tr("&Reason (required):"))
        reason_label.setBuddy(self.reason_edit)
        form.addRow(reason_label, self.reason_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if extending:
            self.ok_button.setText(self.tr("Extend"))
        elif releasing:
            self.ok_button.setText(self.tr("Release hold"))
            self.ok_button.setEnabled(False)
            self.reason_edit.textChanged.connect(self._reason_changed)
        else:
            self.ok_button.setText(self.tr("Place on hold"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        self.reason_edit.setFocus()

    def _reason_changed(self) -> None:
        if self._task is None:
            self.ok_button.setEnabled(bool(self.reason_edit.toPlainText().strip()))

    def until(self) -> dt.date:
        return self.until_edit.date().toPython()

    def save(self) -> None:
        if self._task is not None:
            return
        reason = self.reason_edit.toPlainText()
        task: Task | Job
        if self._job is not None:
            task = self._job(self.mode, self.until(), reason)
        elif self.mode == self.EXTEND:
            task = WriteTask(_extend_all, self._vault, self._ids, self.until(), reason)
        elif self.mode == self.RELEASE:
            task = WriteTask(_release_all, self._vault, self._ids, reason)
        else:
            task = WriteTask(_hold_all, self._vault, self._ids, reason)
        task.finished.connect(lambda result, task=task: self._saved(task, result))
        task.failed.connect(lambda error, task=task: self._failed(task, error))
        self._task = task
        self.ok_button.setEnabled(False)
        self.error_label.hide()
        task.start()

    def done(self, result: int) -> None:  # closed: a call still running is ignored when it ends
        self._task = None
        self._closed = True
        super().done(result)

    def _saved(self, task: Task | Job, result: object) -> None:
        if task is not self._task or self._closed:
            return
        self._task = None
        if result is NOT_SAVED:  # nothing saved: the reason stays typed, OK saves it again
            self.ok_button.setEnabled(True)
            return
        self.saved.emit()
        self.accept()

    def _failed(self, task: Task | Job, error: BaseException) -> None:
        if task is not self._task or self._closed:
            return
        self._task = None
        self.ok_button.setEnabled(True)
        self.error_label.setText(user_message(error))
        self.error_label.show()
        self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)
