"""One vacancy: its applications on a board and in a list, and what the recruiter does with them.

Moves (a card dropped on another column, or Alt+Right / Alt+Left for the next or previous
stage in either view) are saved as ``WriteTask``s on the database worker, one after the other,
and the window reloads from the vault when each is stored, so it never shows a move that was
not saved. ``changed`` tells the feature to refresh the vacancy list and the candidates (their
countdowns may have moved); ``import_requested(paths, vacancy_id)`` and ``close_requested``
lead to the import flow and the "Vacancy filled…" dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from recruitdesk.gui.importing.drop import ImportDropHandler
from recruitdesk.gui.shell.error_reporting import show_error
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.gui.vacancies.board import ApplicationList, BoardView
from recruitdesk.gui.vacancies.texts import date_text, status_text
from recruitdesk.services.applications import ApplicationRow, move_by, move_stage, vacancy_board
from recruitdesk.services.vacancies import VacancyRow
from recruitdesk.vault.vault import Vault

BOARD_TAB, LIST_TAB = 0, 1


class VacancyWindow(QDialog):
    changed = Signal()
    import_requested = Signal(list, int)
    close_requested = Signal(int)
    edit_requested = Signal(int)
    loaded = Signal()

    def __init__(self, vault: Vault, vacancy_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._vault, self.vacancy_id = vault, vacancy_id
        self.vacancy: VacancyRow | None = None
        self.applications: list[ApplicationRow] = []
        self._load: Task | None = None
        self._pending = 0
        self.setObjectName("vacancyWindow")
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.board = BoardView()
        self.board.dropped.connect(self.move_to)
        self.list = ApplicationList()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.board, self.tr("&Board"))
        self.tabs.addTab(self.list, self.tr("&List"))
        self.next_action = self._action(self.tr("Move to &next stage"), "Alt+Right", lambda: self.move_current(1))
        self.previous_action = self._action(self.tr("Move to &previous stage"), "Alt+Left", lambda: self.move_current(-1))
        self.next_button = QPushButton(self.tr("Next stage →"))
        self.next_button.setToolTip(self.next_action.toolTip())
        self.next_button.clicked.connect(self.next_action.trigger)
        self.previous_button = QPushButton(self.tr("← Previous stage"))
        self.previous_button.setToolTip(self.previous_action.toolTip())
        self.previous_button.clicked.connect(self.previous_action.trigger)
        self.import_button = QPushButton(self.tr("&Import CVs…"))
        self.import_button.setToolTip(self.tr("Import CV files as applications to this vacancy; you can also drop them on the board"))
        self.import_button.clicked.connect(self._choose_files)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.vacancy_id))
        self.filled_button = QPushButton(self.tr("Vacancy &filled…"))
        self.filled_button.setToolTip(self.tr("Record who was hired; everyone else's procedure ends on that day"))
        self.filled_button.clicked.connect(lambda: self.close_requested.emit(self.vacancy_id))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        for button in (self.previous_button, self.next_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.import_button, self.edit_button, self.filled_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        self.choose_files = lambda parent: []  # set by the feature (the import flow's file chooser)
        self.drop_handler = ImportDropHandler(self, accepts=lambda: self.vacancy is not None and self.vacancy.is_active)
        self.drop_handler.hint_text = lambda _target: self.tr("Drop CVs to import them as applications to this vacancy")  # type: ignore[method-assign]
        self.drop_handler.install(self.board)
        self.drop_handler.files_dropped.connect(lambda paths, _target: self.import_requested.emit(list(paths), self.vacancy_id))
        self.resize(1000, 560)
        self.reload()

    def _action(self, text: str, shortcut: str, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(self.tr("{text} ({shortcut})").format(
            text=text.replace("&", ""), shortcut=QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        task = Task(vacancy_board, self._vault, self.vacancy_id)
        task.finished.connect(lambda result, task=task: self._arrived(task, result))
        task.failed.connect(lambda error, task=task: task is self._load and show_error(self, error))
        self._load = task
        task.start()

    @property
    def busy(self) -> bool:
        return self._load is not None or self._pending > 0

    def _arrived(self, task: Task, result: tuple[VacancyRow, list[ApplicationRow]]) -> None:
        if task is not self._load:
            return
        self._load = None
        current = self.current_application()
        self.vacancy, self.applications = result
        vacancy = self.vacancy
        self.setWindowTitle(self.tr("Vacancy: {title}").format(title=vacancy.title))
        details = [part for part in (vacancy.client, vacancy.location, vacancy.owner) if part]
        status = status_text(vacancy.status)
        if vacancy.closed_on:
            status = self.tr("{status} on {date}").format(status=status, date=date_text(vacancy.closed_on))
        self.header.setText(" · ".join([f"<b>{_escape(vacancy.title)}</b>", *map(_escape, details), status,
                                        self.tr("{count} applications").format(count=vacancy.total)]))
        self.board.set_applications(vacancy.stages, self.applications)
        self.list.set_applications(self.applications)
        if current is not None:
            self.select_application(current)
        active = vacancy.is_active
        for widget in (self.next_action, self.previous_action, self.next_button, self.previous_button, self.import_button,
                       self.filled_button):
            widget.setEnabled(active)
        self.loaded.emit()

    # --- moving ----------------------------------------------------------------------------
    def current_application(self) -> int | None:
        if self.tabs.currentIndex() == LIST_TAB:
            return self.list.current_application()
        return self.board.current_application()

    def select_application(self, application_id: int) -> None:
        self.board.select_application(application_id)
        self.list.select_application(application_id)

    def move_current(self, steps: int) -> None:
        application_id = self.current_application()
        if application_id is None or self.vacancy is None or not self.vacancy.is_active:
            return
        self._save(move_by, self._vault, application_id, steps)

    def move_to(self, application_id: int, stage: str) -> None:
        if self.vacancy is None or not self.vacancy.is_active:
            return
        self._save(move_stage, self._vault, application_id, stage)

    def _save(self, function, *args) -> None:
        self._pending += 1
        task = WriteTask(function, *args)
        task.finished.connect(self._saved)
        task.failed.connect(self._save_failed)
        task.start()

    def _saved(self, row: ApplicationRow) -> None:
        self._pending -= 1
        self.reload()
        self.select_after_load(row.id)
        self.changed.emit()

    def select_after_load(self, application_id: int) -> None:
        def once() -> None:
            self.loaded.disconnect(once)
            self.select_application(application_id)

        self.loaded.connect(once)

    def _save_failed(self, error: BaseException) -> None:
        self._pending -= 1
        self.reload()
        show_error(self, error)

    # --- import ----------------------------------------------------------------------------
    def _choose_files(self) -> None:
        paths: list[Path] = self.choose_files(self)
        if paths:
            self.import_requested.emit(list(paths), self.vacancy_id)

    def forget(self) -> None:
        self._load = None
        self.board.set_applications((), [])
        self.list.setRowCount(0)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
