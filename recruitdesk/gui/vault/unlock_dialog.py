"""Asking for the recovery key when this computer cannot unlock the vault by itself.

Shown when the keychain has no device key (a new computer, a reset account), refuses to work,
or after the vault was locked. The dialog says why, takes the recovery key, and runs the
unlock on a worker thread: the keychain may block for up to 20 seconds and scrypt takes a
moment, and the window must not freeze meanwhile. A wrong key shows the core's own sentence
and the dialog stays open.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from recruitdesk import errors
from recruitdesk.gui.forms.ui_unlock_dialog import Ui_UnlockDialog
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.vault.vault import Vault

# unlock(recovery_key_or_None) -> an open Vault; raises RecruitDeskError when it cannot.
Unlocker = Callable[[str | None], Vault]


def unlock_problem_text(error: BaseException) -> str:
    """The sentence explaining why the vault did not open.

    The core's ``RecoveryKeyRequired`` sentence points to command-line options; in the window
    the answer is the field right below, so it gets a window-specific sentence.
    """
    if isinstance(error, errors.RecoveryKeyRequired):
        return QCoreApplication.translate(
            "UnlockDialog",
            "This computer's keychain has no key for this vault (a new computer or a reset "
            "account). Enter your recovery key to unlock it.",
        )
    return user_message(error)


class UnlockDialog(QDialog):
    """Accepted once ``unlock`` returned a vault, available as :attr:`vault`; rejected = Quit.

    ``unlock_failed(message)`` reports each failed attempt; the message is shown inline.
    """

    unlock_failed = Signal(str)

    def __init__(self, unlock: Unlocker, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._unlock = unlock
        self._task: Task | None = None
        self.vault: Vault | None = None
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self.ui.reasonLabel.setText(reason)
        self.ui.reasonLabel.setVisible(bool(reason))
        self.ui.errorLabel.hide()
        self.ui.busyLabel.hide()
        self.ui.recoveryKeyEdit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.unlock_button = self.ui.buttonBox.addButton(self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.quit_button = self.ui.buttonBox.addButton(self.tr("&Quit RecruitDesk"), QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.setAccessibleName(self.tr("Quit RecruitDesk"))
        self.ui.buttonBox.accepted.connect(self.start_unlock)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.recoveryKeyEdit.setFocus()
        self.adjustSize()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def error_text(self) -> str:
        return self.ui.errorLabel.text() if self.ui.errorLabel.isVisibleTo(self) else ""

    def start_unlock(self) -> None:
        """Run ``unlock`` in the background with whatever is in the key field (empty = keychain)."""
        if self._task is not None:
            return
        key = self.ui.recoveryKeyEdit.text().strip() or None
        self._set_busy(True)
        self._task = Task(self._unlock, key)
        self._task.finished.connect(self._unlocked)
        self._task.failed.connect(self._failed)
        self._task.start()

    def accept(self) -> None:  # Enter in the key field: unlock, do not just close
        if self.vault is None:
            self.start_unlock()
        else:
            super().accept()

    def reject(self) -> None:
        self._task = None  # a late result is closed in _unlocked
        super().reject()

    def _unlocked(self, vault: Vault) -> None:
        if self._task is None:  # the user quit meanwhile; do not leave the vault open
            vault.close()
            return
        self._task = None
        self.vault = vault
        self.ui.recoveryKeyEdit.clear()
        self._set_busy(False)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        if self._task is None:
            return
        self._task = None
        self._set_busy(False)
        message = unlock_problem_text(error)
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()
        self.adjustSize()
        self.ui.recoveryKeyEdit.selectAll()
        self.ui.recoveryKeyEdit.setFocus()
        self.unlock_failed.emit(message)

    def _set_busy(self, busy: bool) -> None:
        self.ui.busyLabel.setVisible(busy)
        self.ui.recoveryKeyEdit.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        if busy:
            self.ui.errorLabel.hide()
