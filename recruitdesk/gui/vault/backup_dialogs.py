"""The questions the Vault menu's backup and restore actions ask, as plain functions the
window receives (tests hand it pre-answered replacements)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

# confirm_restore(parent, backup_file) -> True to go ahead
RestoreConfirmer = Callable[[QWidget | None, Path], bool]


def restore_question(backup: Path) -> str:
    return QCoreApplication.translate(
        "BackupDialogs",
        "Restore the vault from the backup {file}?\n\n"
        "Everything in the vault is replaced by the backup's contents. The current data is kept "
        "as a safety copy in the vault's backups folder, so the restore can be undone. "
        "Candidates you erased stay erased, even if the backup still holds them.",
    ).format(file=backup.name)


def confirm_restore(parent: QWidget | None, backup: Path) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("BackupDialogs", "Restore from backup"),
                      restore_question(backup), QMessageBox.StandardButton.Cancel, parent)
    restore = box.addButton(QCoreApplication.translate("BackupDialogs", "&Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAccessibleName(QCoreApplication.translate("BackupDialogs", "Confirm restore"))
    box.exec()
    return box.clickedButton() is restore
