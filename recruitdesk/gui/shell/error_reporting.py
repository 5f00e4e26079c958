"""Turning any exception into one sentence for the user, never a traceback.

Typed core errors already carry a translated sentence (``error.message()``). Anything else is a
bug: the user gets a generic sentence naming the log file, and the log gets the exception's type
and stack frames only (``recruitdesk.logs`` leaves out messages, which may hold personal data).
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from recruitdesk import errors, logs
from recruitdesk.services.failures import known_failure

_open_vault_folder: Path | None = None


def remember_open_vault(folder: Path | None) -> None:
    """The folder of the vault the window shows (None when locked): a damaged page or a full
    disk met by any task is then named as such (``services.failures``), with its advice."""
    global _open_vault_folder
    _open_vault_folder = folder


def user_message(error: BaseException) -> str:
    """The sentence to show for ``error``; logs it first when it is not a RecruitDesk error."""
    if isinstance(error, errors.RecruitDeskError):
        return error.message()
    known = known_failure(error, _open_vault_folder)
    if known is not None:
        logs.log_unexpected(error)  # the type and frames, for support: SQLite's code is in the type's name
        return known.message()
    logs.log_unexpected(error)
    return QCoreApplication.translate(
        "ErrorReporting",
        "An unexpected error occurred. Details without personal data were written to {file}.",
    ).format(file=logs.log_file())


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A modal message box with :func:`user_message`."""
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("ErrorReporting", "RecruitDesk"), user_message(error), QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(QCoreApplication.translate("ErrorReporting", "Error message"))
    box.exec()


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_excepthook(report: Callable[[BaseException], None]) -> ExceptHook:
    """Route uncaught exceptions (e.g. raised in a slot) to ``report``; returns the previous hook.

    PySide calls ``sys.excepthook`` for exceptions escaping Python slots and virtual methods;
    without this, Python would print a traceback on the terminal and the user would see nothing.
    """
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.exit(130)
            return
        try:
            report(value)
        except Exception as nested:  # reporting must never raise into Qt
            logs.log_unexpected(nested)

    sys.excepthook = hook
    return previous
