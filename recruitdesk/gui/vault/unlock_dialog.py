"""The lock screen: the passphrase (or PIN), with the recovery key as the fallback.

Shown at start when the vault has a passphrase or the keychain cannot open it, and after every
lock (by hand or after idle time). What it asks for depends on the vault:

* a vault with a passphrase asks for it; the keychain alone never opens it, so an empty field
  gets the core's refusal, not an unlock. "Forgot your passphrase? Use the recovery key"
  switches to the recovery-key field (and back);
* a vault without a passphrase yet says that anyone at this computer can open it, opens with
  the keychain on Unlock (or with a typed recovery key), and the controller then offers to set
  a passphrase;
* when the keychain has no key for the vault (a new computer) it starts on the recovery key.

Whatever is typed is handed to the core and checked, never ignored: a malformed recovery key
says it is malformed, a wrong one that it is wrong, a wrong passphrase is counted and, after a
few, the core names the time to wait. The unlock runs on a worker thread (keychain, scrypt).
The dialog is placed below the main window's "The vault is locked." line, never over it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QFontDatabase, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from recruitdesk import errors
from recruitdesk.gui.forms.ui_unlock_dialog import Ui_UnlockDialog
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.gui.vault.sources import VaultSource
from recruitdesk.vault.vault import Vault

PASSPHRASE, RECOVERY_KEY, KEYCHAIN = "passphrase", "recovery_key", "keychain"
PASSPHRASE_ROW, RECOVERY_ROW = 0, 1
GAP = 24  # pixels between the window's locked text and the dialog


def unlock_problem_text(error: BaseException) -> str:
    """The sentence explaining why the vault did not open.

    The core's ``RecoveryKeyRequired`` and ``PassphraseRequired`` sentences point to command-line
    options; in the window the answer is the field right below, so they get window sentences.
    """
    if isinstance(error, errors.RecoveryKeyRequired):
        return QCoreApplication.translate(
            "UnlockDialog",
            "This computer's keychain has no key for this vault (a new computer or a reset "
            "account). Enter your recovery key to unlock it.",
        )
    if isinstance(error, errors.PassphraseRequired):
        return QCoreApplication.translate("UnlockDialog", "Enter your passphrase or PIN to unlock the vault.")
    return user_message(error)


def starts_with_recovery_key(problem: BaseException | None) -> bool:
    """Problems only the recovery key solves: no usable device key in this keychain."""
    return isinstance(problem, (errors.RecoveryKeyRequired, errors.DeviceKeyMismatch, errors.KeychainUnsafe,
                                errors.KeychainUnavailable, errors.KeychainTimeout, errors.KeychainReadBackFailed))


class UnlockDialog(QDialog):
    """Accepted once the source returned a vault, available as :attr:`vault`; rejected = Quit.

    ``unlock_failed(message)`` reports each failed attempt; the message is shown inline.
    """

    unlock_failed = Signal(str)

    def __init__(self, source: VaultSource, reason: str, parent: QWidget | None = None,
                 problem: BaseException | None = None, avoid: QLabel | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._avoid = avoid
        self._task: Task | None = None
        self.vault: Vault | None = None
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self.has_passphrase = source.has_passphrase()
        self.ui.reasonLabel.setText(reason)
        self.ui.reasonLabel.setVisible(bool(reason))
        hint = source.passphrase_hint if self.has_passphrase else ""
        self.ui.hintLabel.setText(self.tr("Demo vault: the passphrase is {passphrase}").format(passphrase=hint) if hint else "")
        self.ui.hintLabel.setVisible(bool(hint))
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
        self.ui.switchButton.setAutoDefault(False)
        self.ui.switchButton.clicked.connect(self.switch_mode)
        if not self.has_passphrase:
            self._show_mode(KEYCHAIN)
        else:
            self._show_mode(RECOVERY_KEY if starts_with_recovery_key(problem) else PASSPHRASE)
        self.adjustSize()

    # --- state -----------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def field(self):
        """The field the user types in now (the passphrase or the recovery key)."""
        return self.ui.passphraseEdit if self.mode == PASSPHRASE else self.ui.recoveryKeyEdit

    def error_text(self) -> str:
        return self.ui.errorLabel.text() if self.ui.errorLabel.isVisibleTo(self) else ""

    def switch_mode(self) -> None:
        """"Forgot your passphrase? Use the recovery key" and back."""
        self._show_mode(RECOVERY_KEY if self.mode == PASSPHRASE else PASSPHRASE)
        self.ui.errorLabel.hide()
        self.adjustSize()

    def _show_mode(self, mode: str) -> None:
        self.mode = mode
        self.ui.keyLayout.setRowVisible(PASSPHRASE_ROW, mode == PASSPHRASE)
        self.ui.keyLayout.setRowVisible(RECOVERY_ROW, mode != PASSPHRASE)
        self.ui.switchButton.setVisible(mode != KEYCHAIN)
        if mode == PASSPHRASE:
            self.ui.instructionLabel.setText(self.tr("Enter your passphrase or PIN."))
            self.ui.switchButton.setText(self.tr("Forgot your passphrase? Use the &recovery key"))
        elif mode == RECOVERY_KEY:
            self.ui.instructionLabel.setText(self.tr(
                "Enter the recovery key you printed or saved when the vault was created. Afterwards you "
                "choose a new passphrase."))
            self.ui.switchButton.setText(self.tr("&Back to the passphrase"))
        else:
            self.ui.instructionLabel.setText(self.tr(
                "This vault has no passphrase yet, so anyone who can use this computer can unlock it. "
                "Click Unlock to open it with this computer's keychain; RecruitDesk then offers to set a "
                "passphrase. If the keychain cannot open it, enter your recovery key."))
        self.field.setFocus()

    # --- unlocking -------------------------------------------------------------------------
    def start_unlock(self) -> None:
        """Hand what is typed to the core; an empty recovery-key field asks for the key instead."""
        if self._task is not None:
            return
        if self.mode == PASSPHRASE:
            arguments = {"passphrase": self.ui.passphraseEdit.text()}
        else:
            key = self.ui.recoveryKeyEdit.text().strip()
            if not key and self.mode == RECOVERY_KEY:
                self._show_problem(self.tr("Enter your recovery key: 36 letters and digits in groups of four."))
                return
            arguments = {"recovery_key": key or None}
        self._set_busy(True)
        self._task = Task(self._source.unlock, **arguments)
        self._task.finished.connect(self._unlocked)
        self._task.failed.connect(self._failed)
        self._task.start()

    def accept(self) -> None:  # Enter in a field: unlock, do not just close
        if self.vault is None:
            self.start_unlock()
        else:
            super().accept()

    def reject(self) -> None:
        self._task = None  # a late result is closed in _unlocked
        self._forget_typing()
        super().reject()

    def _unlocked(self, vault: Vault) -> None:
        if self._task is None:  # the user quit meanwhile; do not leave the vault open
            vault.close()
            return
        self._task = None
        self.vault = vault
        self._forget_typing()
        self._set_busy(False)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        if self._task is None:
            return
        self._task = None
        self._set_busy(False)
        if self.mode == PASSPHRASE and starts_with_recovery_key(error):
            self._show_mode(RECOVERY_KEY)  # this keychain cannot help: only the recovery key can
        self._show_problem(unlock_problem_text(error))

    def _show_problem(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()
        self.adjustSize()
        self._place()
        self.field.selectAll()
        self.field.setFocus()
        self.unlock_failed.emit(message)

    def _forget_typing(self) -> None:
        self.ui.passphraseEdit.clear()
        self.ui.recoveryKeyEdit.clear()

    def _set_busy(self, busy: bool) -> None:
        self.ui.busyLabel.setVisible(busy)
        for widget in (self.ui.passphraseEdit, self.ui.recoveryKeyEdit, self.ui.switchButton, self.unlock_button):
            widget.setEnabled(not busy)
        if busy:
            self.ui.errorLabel.hide()

    # --- placement -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._place()
        self.field.setFocus()

    def avoided_rect(self) -> QRect:
        """Where the window's locked text is drawn, in screen coordinates (empty when hidden)."""
        label = self._avoid
        if label is None or not label.isVisible() or not label.text():
            return QRect()
        flags = int(label.alignment()) | int(Qt.TextFlag.TextWordWrap)
        text = label.fontMetrics().boundingRect(label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin()),
                                                flags, label.text())
        return QRect(label.mapToGlobal(text.topLeft()), text.size())

    def _place(self) -> None:
        """Below the window's "The vault is locked." text, centred on the window; if the screen
        has no room there, above it; never over it."""
        avoided = self.avoided_rect()
        window = self.parentWidget()
        if avoided.isNull() or window is None:
            return
        frame = self.frameGeometry()
        extra = frame.height() - self.height()
        centre_x = window.mapToGlobal(QPoint(window.width() // 2, 0)).x()
        x = centre_x - frame.width() // 2
        y = avoided.bottom() + GAP
        screen = window.screen().availableGeometry() if window.screen() is not None else None
        if screen is not None and y + frame.height() > screen.bottom():
            y = max(screen.top(), avoided.top() - GAP - frame.height() - extra)
        self.move(x, y)
