"""The native dialogs the first-run wizard opens, as plain functions it receives.

Tests hand the wizard pre-answered replacements instead of driving a file dialog (which may be
a native, out-of-process window that pytest-qt cannot reach).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

# choose_folder(parent, current_folder) -> the chosen folder, or None when cancelled
FolderChooser = Callable[[QWidget | None, Path], Path | None]
# choose_save_file(parent, suggested_path) -> the chosen file, or None when cancelled
SaveFileChooser = Callable[[QWidget | None, Path], Path | None]
# print_text(parent, text) -> True when it was sent to a printer
TextPrinter = Callable[[QWidget | None, str], bool]


def choose_folder(parent: QWidget | None, current: Path) -> Path | None:
    start = current if current.exists() else current.parent
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("Choosers", "Choose the vault folder"), str(start)
    )
    return Path(chosen) if chosen else None


def choose_save_file(parent: QWidget | None, suggested: Path) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Choosers", "Save recovery kit"),
        str(suggested),
        QCoreApplication.translate("Choosers", "Text files (*.txt)"),
    )
    return Path(chosen) if chosen else None


def print_text(parent: QWidget | None, text: str) -> bool:
    """Ask for a printer with the system print dialog and print ``text`` in a fixed-width font."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded only when printing

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Choosers", "Print recovery kit"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document = QTextDocument()
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(11)
    document.setDefaultFont(font)
    document.setPlainText(text)
    document.print_(printer)
    return True


# choose_backup_file(parent, folder) -> the backup file to restore, or None when cancelled
BackupChooser = Callable[[QWidget | None, Path], Path | None]


def choose_backup_file(parent: QWidget | None, folder: Path) -> Path | None:
    """Ask which backup to restore, starting in the vault's backup folder."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Choosers", "Restore from backup"),
        str(folder if folder.exists() else Path.home()),
        QCoreApplication.translate("Choosers", "RecruitDesk backups (*.rdbackup *.rdvault);;All files (*)"),
    )
    return Path(chosen) if chosen else None
