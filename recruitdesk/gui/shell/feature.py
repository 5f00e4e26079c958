"""What every feature shares: a place for its actions and dialogs, and one decision at a time.

A feature package (candidates, retention, requests, ...) installs itself into the main window
with ``install(window)``, which returns a :class:`Feature`. The window then tells every feature
when the vault opens or closes and when the selection changes; a feature never reaches into
another feature, the window wires them together. Dialogs a feature opens are tracked by name, so
locking the vault closes them and no decrypted value stays on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow

from recruitdesk.gui.shell.error_reporting import show_error
from recruitdesk.gui.shell.tasks import Task

if TYPE_CHECKING:
    from recruitdesk.vault.vault import Vault


class Feature(QObject):
    """Base of every feature object; subclasses list their tracked dialogs in ``DIALOGS``."""

    DIALOGS: tuple[str, ...] = ()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        for name in self.DIALOGS:
            setattr(self, name, None)
        window.features.append(self)

    # --- the window calls these ------------------------------------------------------------
    def vault_opened(self, vault: Vault) -> None:
        """The window shows an unlocked vault."""

    def vault_closed(self) -> None:
        """The vault locked: close the dialogs and forget every value shown."""
        self.close_dialogs()

    def update_actions(self) -> None:
        """Enable the actions that make sense for the vault's state and the selection."""

    # --- helpers ---------------------------------------------------------------------------
    @property
    def vault(self) -> Vault | None:
        return self.window.vault

    def action(self, text: str, tip: str, shortcut: str | None, slot: Callable[[], object], name: str,
               icon_text: str | None = None) -> QAction:
        """A window action with its tooltip (and the shortcut in it) and status tip."""
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            tip = QCoreApplication.translate("Feature", "{tip} ({shortcut})").format(
                tip=tip, shortcut=QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText))
        if icon_text:
            action.setIconText(icon_text)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def track(self, dialog: QDialog, name: str) -> None:
        """Remember ``dialog`` as ``self.<name>`` until it closes (or the vault locks)."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        setattr(self, name, dialog)
        dialog.finished.connect(lambda _result, dialog=dialog, name=name: getattr(self, name) is dialog and setattr(self, name, None))

    def close_dialog(self, name: str) -> None:
        dialog = getattr(self, name)
        setattr(self, name, None)
        if dialog is not None:
            dialog.reject()

    def close_dialogs(self) -> None:
        for name in self.DIALOGS:
            self.close_dialog(name)


class ChangeRunner(QObject):
    """Runs one decision (an erasure, a release, a withdrawal) at a time on a worker thread.

    While one runs, the window disables the other decisions; a failure is shown as a dialog.
    Emits ``busy_changed`` when a decision starts or ends."""

    busy_changed = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._task: Task | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(self, function: Callable, *args, done: Callable, busy: str = "") -> None:
        task = Task(function, *args)
        task.finished.connect(lambda result, task=task: self._finished(task, result, done))
        task.failed.connect(lambda error, task=task: self._failed(task, error))
        self._task = task
        if busy:
            self._window.statusBar().showMessage(busy)
        self.busy_changed.emit()
        task.start()

    def forget(self) -> None:
        """The vault locked: a decision still running is ignored when it ends."""
        self._task = None

    def _finished(self, task: Task, result: object, done: Callable) -> None:
        if task is not self._task:
            return
        self._task = None
        self.busy_changed.emit()
        done(result)

    def _failed(self, task: Task, error: BaseException) -> None:
        if task is not self._task:
            return
        self._task = None
        self._window.statusBar().clearMessage()
        self.busy_changed.emit()
        show_error(self._window, error)
