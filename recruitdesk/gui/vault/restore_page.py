"""The first-run wizard's "Restore from a backup" page: a lost or broken computer's way back.

Asks for a backup file (its key file must be beside it) and the recovery key, then restores
into the folder chosen on the welcome page (services.restore_new) on a worker thread, because
the recovery key's key stretching and storing the new device key in the keychain take time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWizard, QWizardPage

from recruitdesk.clock import Clock
from recruitdesk.gui.shell import choosers
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import ERROR_STYLE
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.services.restore_new import NewVaultRestore, restore_into_new_folder
from recruitdesk.vault.keychain import Keychain
from recruitdesk.vault.vault import Vault


class RestorePage(QWizardPage):
    """Emits ``restored`` once the vault is back, ``restore_failed(message)`` when it is not."""

    restored = Signal()
    restore_failed = Signal(str)

    def __init__(self, clock: Clock, keychain_factory: Callable[[], Keychain], choose_backup_file: choosers.BackupChooser) -> None:
        super().__init__()
        self._clock = clock
        self._keychain_factory = keychain_factory
        self._choose_backup_file = choose_backup_file
        self._task: Task | None = None
        self.vault: Vault | None = None
        self.setTitle(self.tr("Restore from a backup"))
        self.setSubTitle(self.tr("Rebuild your vault from a backup and your recovery key, for example on a new computer."))
        self.setFinalPage(True)
        intro = QLabel(self.tr(
            "Choose a backup file (.rdbackup). Its key file (.rdkeys, with the same name) must be in the same "
            "folder. The vault is restored into the folder chosen on the previous page, which must not hold a vault yet."
        ))
        intro.setWordWrap(True)
        self.backup_edit = QLineEdit()
        self.backup_edit.setAccessibleName(self.tr("Backup file"))
        backup_label = QLabel(self.tr("Backup f&ile:"))
        backup_label.setBuddy(self.backup_edit)
        self.browse_button = QPushButton(self.tr("B&rowse…"))
        self.browse_button.setAccessibleName(self.tr("Choose the backup file"))
        self.browse_button.clicked.connect(self._browse)
        self.key_edit = QLineEdit()
        self.key_edit.setAccessibleName(self.tr("Recovery key"))
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        key_label = QLabel(self.tr("Recovery &key:"))
        key_label.setBuddy(self.key_edit)
        self.restore_button = QPushButton(self.tr("Re&store"))
        self.restore_button.setAccessibleName(self.tr("Restore the vault from the backup"))
        self.restore_button.clicked.connect(self.start_restore)
        for edit in (self.backup_edit, self.key_edit):
            edit.textChanged.connect(self._update_button)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setAccessibleName(self.tr("Restore error"))
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        row = QHBoxLayout()
        row.addWidget(self.backup_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(backup_label)
        layout.addLayout(row)
        layout.addWidget(key_label)
        layout.addWidget(self.key_edit)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self._update_button()

    # --- QWizardPage -----------------------------------------------------------------------
    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.vault is not None

    @property
    def restoring(self) -> bool:
        return self._task is not None

    # --- restoring -------------------------------------------------------------------------
    def start_restore(self) -> None:
        if self.restoring or self.vault is not None:
            return
        folder = self.wizard().folder()  # type: ignore[attr-defined]
        backup = Path(self.backup_edit.text().strip()).expanduser()
        self.error_label.hide()
        self.status_label.setText(self.tr("Restoring your vault into {folder}…").format(folder=folder))
        self._set_busy(True)
        self._task = Task(self._restore, backup, folder, self.key_edit.text().strip())
        self._task.finished.connect(self._restored)
        self._task.failed.connect(self._failed)
        self._task.start()

    def _restore(self, backup: Path, folder: Path, recovery_key: str) -> NewVaultRestore:  # worker thread
        try:
            keychain: Keychain | None = self._keychain_factory()
        except Exception:  # a recovery-key vault still restores; the keychain is fixed later
            keychain = None
        return restore_into_new_folder(backup, folder, recovery_key, keychain, self._clock)

    def _restored(self, report: NewVaultRestore) -> None:
        self._task = None
        self.vault = report.vault
        self.key_edit.clear()
        text = self.tr("Your vault was restored into {folder}.").format(folder=report.vault.folder)
        if report.erased_again:
            text += " " + self.tr("%n candidates erased after the backup was made were erased again.", "", report.erased_again)
        if not report.device_key_enrolled:
            text += " " + self.tr("This computer's keychain could not store the vault's key: unlock with the recovery key until it can.")
        self.status_label.setText(text)
        wizard = self.wizard()
        wizard.setOption(QWizard.WizardOption.NoCancelButton, True)
        wizard.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.completeChanged.emit()
        self.restored.emit()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        self.status_label.setText(self.tr("The vault could not be restored. Check the backup file and the recovery key, and try again."))
        message = user_message(error)
        self.error_label.setText(message)
        self.error_label.show()
        self.restore_failed.emit(message)

    def forget_key(self) -> None:
        self.key_edit.clear()

    # --- helpers ---------------------------------------------------------------------------
    def _browse(self) -> None:
        current = Path(self.backup_edit.text().strip()).expanduser()
        chosen = self._choose_backup_file(self, current.parent if current.name else Path.home())
        if chosen is not None:
            self.backup_edit.setText(str(chosen))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.backup_edit, self.browse_button, self.key_edit):
            widget.setEnabled(not busy)
        self._update_button(busy=busy)

    def _update_button(self, *_args: object, busy: bool = False) -> None:
        ready = bool(self.backup_edit.text().strip() and self.key_edit.text().strip())
        self.restore_button.setEnabled(ready and not busy and self.vault is None)
