"""A candidate's records dialog: what Consents… and Documents… share, in either kind of vault.

Both list one kind of a candidate's records (``consents_dialog``, ``documents_dialog``), read through
a source (a local vault's or a team's) on a worker and changed through it on the database worker.
Written once here: the list (the first column keeps each record's id, so the selection survives a
reload), the labels under it (none yet, read only, a message, a problem), the row of buttons and
Close; reading the list again, where the last read started wins (a change notice during one); and
running the source's tasks: a blocking one (a write, a copy) disables the buttons until it ends,
reading the list does not (a colleague's change notice must not flicker them); a failure is shown
under the list and, when the source says the list went stale (a colleague's change meanwhile, a
record already gone), the list is read again. Each dialog says what a line shows and what its
buttons do, in its own words.
"""

from __future__ import annotations

from typing import Callable, Generic, Iterable, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.shell.tasks import Task

Line = TypeVar("Line")

KEY_COLUMN = 0  # the column whose item keeps the record's id


class RecordsSource(Protocol):
    """What the shared part asks of a dialog's source (each dialog's source asks more)."""

    @property
    def writable(self) -> bool: ...  # False: the list only (a team's DPO)

    @property
    def desk(self) -> object | None: ...  # the team desk read through (None: a local vault)

    def list_task(self, candidate_id: object) -> Task: ...  # finishes with the lines, oldest first

    def stale(self, error: BaseException) -> bool: ...  # True: the list no longer shows the vault; read it again


class RecordsDialog(QDialog, Generic[Line]):
    loaded = Signal(object)  # the lines shown (tests wait on it)
    failed = Signal(str)  # the sentence shown

    def __init__(self, source: RecordsSource, candidate_id: object, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source, self.candidate_id, self.name = source, candidate_id, name
        self.desk = source.desk  # the team desk (None: a local vault), so a team window knows whose dialog this is
        self.writable = source.writable
        self.lines: list[Line] = []
        self.busy = False  # a blocking task is running
        self.ready = False  # the list was read once
        self._serial = 0
        self._tasks: list[Task] = []  # every call running (kept alive until it ends)
        self._blocking: list[Task] = []
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel(self)
        self.empty_label.hide()
        self.read_only_label = QLabel(self)
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setVisible(not self.writable)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.error_label = inline_error_label()

    def _name_list(self, title: str, list_name: str, headers: list[str]) -> None:
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.list.setAccessibleName(list_name)
        self.list.setHeaderLabels(headers)

    def _lay_out(self, buttons: Iterable[QPushButton], below: Iterable[QWidget], width: int, height: int) -> None:
        """The list, its labels, ``buttons`` in a row, the message and problem, ``below`` them, and Close."""
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.read_only_label)
        layout.addLayout(row)
        layout.addWidget(self.message_label)
        layout.addWidget(self.error_label)
        for widget in below:
            layout.addWidget(widget)
        layout.addWidget(close)
        self.resize(width, height)
        self._update_buttons()

    # --- what each dialog says -----------------------------------------------------------------
    def _item(self, line: Line) -> QTreeWidgetItem:
        """The line as the list shows it."""
        raise NotImplementedError

    def _key(self, line: Line) -> object:
        """The record's id."""
        raise NotImplementedError

    def _update_buttons(self) -> None:
        raise NotImplementedError

    # --- the list ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the list again; when reloads overlap (a change notice during one), the last one started wins."""
        self._serial += 1
        self._run(self.source.list_task(self.candidate_id),
                  lambda lines, serial=self._serial: self._show(serial, lines), blocking=False)

    def _show(self, serial: int, lines: list[Line]) -> None:
        if serial != self._serial:
            return
        chosen = self.selected()
        self.ready = True
        self.lines = lines
        self.list.clear()
        for line in lines:
            item = self._item(line)
            item.setData(KEY_COLUMN, Qt.ItemDataRole.UserRole, self._key(line))
            self.list.addTopLevelItem(item)
            if chosen is not None and self._key(chosen) == self._key(line):
                item.setSelected(True)
        self.empty_label.setVisible(not lines)
        self._update_buttons()
        self.loaded.emit(lines)

    def selected(self) -> Line | None:
        items = self.list.selectedItems()
        if not items:
            return None
        key = items[0].data(KEY_COLUMN, Qt.ItemDataRole.UserRole)
        return next((line for line in self.lines if self._key(line) == key), None)

    # --- running -----------------------------------------------------------------------------
    def _run(self, task: Task, done: Callable, blocking: bool = True) -> None:
        """Run ``task``; a blocking one (a write, a copy) disables the buttons until it ends (reading the
        list does not: a colleague's change notice must not flicker them)."""
        self._tasks.append(task)
        if blocking:
            self._blocking.append(task)
        self.busy = bool(self._blocking)
        self._update_buttons()
        task.finished.connect(lambda result, task=task: self._finish(task, done, result))
        task.failed.connect(lambda error, task=task: self._failed(task, error))
        task.start()

    def _forget(self, task: Task) -> bool:
        """Drop the ended task; False when the dialog was closed and deleted meanwhile."""
        for running in (self._tasks, self._blocking):
            if task in running:
                running.remove(task)
        if not shiboken6.isValid(self):
            return False
        self.busy = bool(self._blocking)
        return True

    def _finish(self, task: Task, done: Callable, result: object) -> None:
        if self._forget(task):
            done(result)
            self._update_buttons()

    def _failed(self, task: Task, error: BaseException) -> None:
        if not self._forget(task):
            return
        self._show_error(user_message(error))
        self._update_buttons()
        if self.source.stale(error):
            self.reload()  # the list shows what the vault holds now (what a colleague left)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.failed.emit(text)

    def _clear_messages(self) -> None:
        self.error_label.hide()
        self.message_label.hide()
