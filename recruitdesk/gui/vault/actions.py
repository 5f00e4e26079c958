"""The Vault menu's own actions: Back up now, Restore from backup, Set or change passphrase,
Preferences.

A backup is written on a worker thread. A restore is only chosen and confirmed here: the
controller, which owns the vault, does it (``restore_requested``); the same for the passphrase
(``passphrase_requested``: the controller knows where the vault's keychain is). The backup chooser and the
restore confirmation are plain attributes, so tests pre-answer them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from recruitdesk.autostart import Autostart
from recruitdesk.gui.shell import choosers
from recruitdesk.gui.shell.error_reporting import show_error
from recruitdesk.gui.shell.feature import Feature
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.gui.vault.backup_dialogs import confirm_restore
from recruitdesk.gui.vault.preferences_dialog import PreferencesDialog
from recruitdesk.services.backups import backup_folders, make_backup


class VaultActions(Feature):
    """Emits ``backup_made(path)`` after "Back up now" and ``restore_requested(path)`` when the
    user confirmed a restore."""

    DIALOGS = ()  # Preferences stays open while the vault locks: nothing in it comes from the vault
    backup_made = Signal(object)
    restore_requested = Signal(object)
    passphrase_requested = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._backup: Task | None = None
        self.preferences_dialog: PreferencesDialog | None = None
        self.login_item: Callable[[], Autostart] = Autostart.for_this_system  # tests use a temporary home
        self.choose_backup: choosers.BackupChooser = choosers.choose_backup_file
        self.confirm_restore = confirm_restore
        self.backup_action = self.action(
            self.tr("&Back up now…"), self.tr("Make an encrypted backup of the vault in the backup folder"),
            None, self.back_up_now, "actionBackUpNow")
        self.restore_action = self.action(
            self.tr("&Restore from backup…"), self.tr("Replace the vault's contents with a backup; the current data is kept as a safety copy"),
            None, self.restore_from_backup, "actionRestoreBackup")
        self.passphrase_action = self.action(
            self.tr("Set or change the passp&hrase…"),
            self.tr("The passphrase or PIN that, together with this computer's keychain, opens the vault after a lock"),
            None, self.passphrase_requested.emit, "actionPassphrase")
        self.preferences_action = self.action(
            self.tr("&Preferences…"), self.tr("Settings of this computer, such as the language"),
            None, self.open_preferences, "actionPreferences")
        self.preferences_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        menu, lock = window.ui.menuVault, window.ui.actionLock
        for action in (self.backup_action, self.restore_action, None, self.passphrase_action, self.preferences_action, None):
            if action is None:
                menu.insertSeparator(lock)
            else:
                menu.insertAction(lock, action)

    def vault_closed(self) -> None:
        self._backup = None

    def update_actions(self) -> None:
        idle = self.vault is not None and self._backup is None
        self.backup_action.setEnabled(idle)
        self.restore_action.setEnabled(idle)
        self.passphrase_action.setEnabled(self.vault is not None)

    # --- preferences -----------------------------------------------------------------------
    def open_preferences(self) -> PreferencesDialog:
        """The Preferences dialog (works while locked: nothing in it comes from the vault)."""
        if self.preferences_dialog is not None:
            self.preferences_dialog.raise_()
            return self.preferences_dialog
        dialog = PreferencesDialog(self.window, self.login_item())
        dialog.accepted.connect(lambda dialog=dialog: dialog.changed and self.window.statusBar().showMessage(
            self.tr("The new language takes effect the next time you start RecruitDesk."), 15000))
        self.track(dialog, "preferences_dialog")
        dialog.open()
        return dialog

    # --- backup and restore ----------------------------------------------------------------
    def back_up_now(self) -> Task | None:
        """Write an encrypted backup (to the backup folder setting, else the vault's backups folder)."""
        if self.vault is None or self._backup is not None:
            return None
        task = Task(make_backup, self.vault)
        task.finished.connect(lambda path, task=task: self._backup_done(task, path))
        task.failed.connect(lambda error, task=task: self._backup_failed(task, error))
        self._backup = task
        self.update_actions()
        self.window.statusBar().showMessage(self.tr("Backing up the vault…"))
        task.start()
        return task

    def _backup_done(self, task: Task, path: Path) -> None:
        if task is not self._backup:
            return
        self._backup = None
        self.update_actions()
        self.window.statusBar().showMessage(self.tr("Backup saved to {path}").format(path=path), 15000)
        self.backup_made.emit(path)

    def _backup_failed(self, task: Task, error: BaseException) -> None:
        if task is not self._backup:
            return
        self._backup = None
        self.update_actions()
        self.window.statusBar().clearMessage()
        show_error(self.window, error)

    def restore_from_backup(self) -> Path | None:
        """Choose a backup, confirm, and ask the controller to restore it; returns the file."""
        if self.vault is None:
            return None
        backup = self.choose_backup(self.window, backup_folders(self.vault)[-1])
        if backup is None or not self.confirm_restore(self.window, backup):
            return None
        self.restore_requested.emit(backup)
        return backup


def install(window: QMainWindow) -> VaultActions:
    """Add Back up now, Restore from backup, Set or change passphrase and Preferences to the Vault menu."""
    return VaultActions(window)
