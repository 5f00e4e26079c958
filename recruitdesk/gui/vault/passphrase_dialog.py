"""Setting the vault's passphrase after an unlock: offered to vaults that have none, required
after the recovery key opened a vault whose passphrase was forgotten (or on a new computer).

Offered: the user may postpone ("Not now"); the dialog says plainly that until then anyone who
can use this computer can unlock the vault, and it comes back at the next unlock. Required: the
only other way out is locking the vault again, since the old passphrase may be unknown and on a
new computer no longer works with this keychain. Setting runs as a WriteTask (the keychain may
block, scrypt takes a moment, and the audit entry is a write).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.gui.vault.passphrase_form import PassphraseForm
from recruitdesk.gui.vault.sources import VaultSource
from recruitdesk.vault.vault import Vault

OFFERED, REQUIRED, CHANGE = "offered", "required", "change"


class SetPassphraseDialog(QDialog):
    """Accepted once the passphrase is set; rejected = "Not now" (offered), "Lock" (required) or
    "Cancel" (a change chosen in the Vault menu).
    ``failed(message)`` reports a refused passphrase (shown inline; the dialog stays open)."""

    failed = Signal(str)

    def __init__(self, source: VaultSource, vault: Vault, mode: str = OFFERED, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._vault = vault
        self._task: Task | None = None
        self.mode = mode
        self.setModal(True)
        self.setWindowTitle(self.tr("Protect the vault with a passphrase"))
        self.setAccessibleName(self.tr("Set a passphrase"))
        self.setMinimumWidth(520)
        heading = QLabel(self.tr("Choose a new passphrase") if mode in (REQUIRED, CHANGE) else self.tr("Protect the vault with a passphrase"))
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        if mode == REQUIRED:
            text = self.tr(
                "You unlocked the vault with the recovery key. Choose a new passphrase or PIN now: from "
                "now on RecruitDesk asks for it, together with this computer's keychain, at every start "
                "and after every lock. The old passphrase no longer opens the vault.")
        elif mode == CHANGE:
            text = self.tr(
                "The new passphrase or PIN replaces the current one at once: from the next lock or start, "
                "RecruitDesk asks for the new one, together with this computer's keychain. Your recovery key "
                "does not change.")
        else:
            text = self.tr(
                "Colleagues can reach this computer. Today anyone who can use it can unlock this vault, "
                "even after it was locked, because the key in this computer's keychain opens it by itself. "
                "With a passphrase or PIN, RecruitDesk needs both: the keychain and what only you know.")
        self.explanation = QLabel(text)
        self.explanation.setWordWrap(True)
        self.form = PassphraseForm()
        self.form.changed.connect(self._update_button)
        self.later_label = QLabel(self.tr(
            "Not now: the vault keeps opening without a passphrase, and RecruitDesk asks again at the next unlock."))
        self.later_label.setWordWrap(True)
        self.later_label.setVisible(mode == OFFERED)
        self.busy_label = QLabel(self.tr("Setting the passphrase…"))
        self.busy_label.hide()
        self.buttons = QDialogButtonBox()
        self.set_button = self.buttons.addButton(self.tr("&Set passphrase"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.set_button.setDefault(True)
        other = {OFFERED: self.tr("Not &now"), REQUIRED: self.tr("&Lock the vault"), CHANGE: self.tr("Cancel")}[mode]
        self.other_button = self.buttons.addButton(other, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.form)
        layout.addWidget(self.later_label)
        layout.addWidget(self.busy_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._update_button()
        self.form.passphrase_edit.setFocus()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def accept(self) -> None:  # Enter in a field: set, do not just close
        self.start()

    def start(self) -> None:
        if self._task is not None:
            return
        problem = self.form.problem()
        if problem:
            self.form.show_problem(problem)
            self.failed.emit(problem)
            return
        self._set_busy(True)
        self._task = WriteTask(self._source.set_passphrase, self._vault, self.form.passphrase(), self.form.repeated())
        self._task.finished.connect(self._done)
        self._task.failed.connect(self._failed)
        self._task.start()

    def reject(self) -> None:
        if self._task is not None:  # the header is being rewritten: let it finish
            return
        self.form.clear()
        super().reject()

    def _done(self, _result: object) -> None:
        self._task = None
        self.form.clear()
        self._set_busy(False)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        message = user_message(error)
        self.form.show_problem(message)
        self.failed.emit(message)

    def _update_button(self) -> None:
        self.set_button.setEnabled(self._task is None and self.form.is_usable())

    def _set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.form.setEnabled(not busy)
        self.other_button.setEnabled(not busy)
        self._update_button()
        if busy:
            self.set_button.setEnabled(False)
