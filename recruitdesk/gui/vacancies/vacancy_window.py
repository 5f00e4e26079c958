"""One vacancy: its applications on a board and in a list, and what the recruiter does with them.

The window reads and writes through a source (``gui.vacancies.source``): a local vault's, or a
team's, so both kinds of vault show the same window. Moves (a card dropped on another column, or
Alt+Right / Alt+Left for the next or previous stage in either view) are saved as ``WriteTask``s on
the database worker, one after the other, and the window reloads when each is stored, so it never
shows a move that was not saved; a move a colleague made first is said above the board
(``problem_shown``), nothing changed. A member who may only read sees why, and no control that
changes anything. ``changed`` tells the feature to refresh the vacancy list and the candidates (their
countdowns may have moved); ``import_requested(paths, vacancy_id)`` and ``close_requested``
lead to the import flow and the "Vacancy filled…" dialog.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from recruitdesk.gui.importing.drop import ImportDropHandler
from recruitdesk.gui.shell.error_reporting import show_error, user_message
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.vacancies.board import ApplicationList, BoardView, Card, CardId
from recruitdesk.gui.vacancies.source import VacanciesSource
from recruitdesk.gui.vacancies.texts import date_text, status_text

BOARD_TAB, LIST_TAB = 0, 1
REJECTED = "rejected"


class VacancyWindow(QDialog):
    changed = Signal()
    import_requested = Signal(list, object)  # the files, the vacancy (a team's: a UUID)
    close_requested = Signal(object)  # a local vacancy's number or a team's id
    edit_requested = Signal(object)
    loaded = Signal()
    saved = Signal(object)  # an application's change was stored
    problem_shown = Signal(str)  # a move refused (a colleague's first) or a read that failed, in words
    rejection_messages_wanted = Signal(object, object)  # the vacancy's id, its rejected applications' ids (a team's)

    def __init__(self, source: VacanciesSource, vacancy_id: object, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.today = today
        self.ask_text = _ask_text  # tests pre-answer it
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.source, self.vacancy_id = source, vacancy_id
        self.vacancy: Any = None  # the source's vacancy row (``source.ShownVacancy`` with ``total`` and ``closed_on``)
        self.applications: list[Any] = []  # the source's cards (``board.Card``)
        self._load: Task | None = None
        self._pending = 0
        self.setObjectName("vacancyWindow")
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.problem_label = inline_error_label()  # a colleague's move first, said in words
        self.read_only_label = QLabel(source.read_only_reason())
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setVisible(bool(source.read_only_reason()))
        self.note_label = QLabel()  # what follows a move (a team's rejection: the letters can be drafted)
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        self.board = BoardView()
        self.board.dropped.connect(self.move_to)
        self.list = ApplicationList()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.board, self.tr("&Board"))
        self.tabs.addTab(self.list, self.tr("&List"))
        self.next_action = self._action(self.tr("Move to &next stage"), "Alt+Right", lambda: self.move_current(1))
        self.previous_action = self._action(self.tr("Move to &previous stage"), "Alt+Left", lambda: self.move_current(-1))
        # Ctrl+1 ... Ctrl+5 rate the current application, Ctrl+0 clears its rating.
        self.rating_actions = [self._action(self.tr("Rate {stars}").format(stars=stars or self.tr("none")), f"Ctrl+{stars}",
                                            lambda stars=stars: self.rate_current(stars or None)) for stars in range(6)]
        self.tags_button = QPushButton(self.tr("&Tags…"))
        self.tags_button.setToolTip(self.tr("Change the tags of the selected application"))
        self.tags_button.clicked.connect(self.edit_tags)
        self.interview_button = QPushButton(self.tr("Interview &scheduled…"))
        self.interview_button.setToolTip(self.tr("Record that an interview was scheduled with the selected candidate: a contact on that day"))
        self.interview_button.clicked.connect(self.interview_scheduled)
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
        self.letters_button = QPushButton(self.tr("Write rejection &messages…"))
        self.letters_button.setToolTip(self.tr("Draft a letter in each rejected applicant's language; marking one sent "
                                               "records the contact"))
        self.letters_button.clicked.connect(self.write_rejection_messages)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        for button in (self.previous_button, self.next_button, self.tags_button, self.interview_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.letters_button, self.import_button, self.edit_button, self.filled_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        self.choose_files = lambda parent: []  # set by the feature (the import flow's file chooser)
        self.drop_handler = ImportDropHandler(self, accepts=lambda: source.imports and self.vacancy is not None
                                              and self.vacancy.is_active)
        self.drop_handler.hint_text = lambda _target: self.tr("Drop CVs to import them as applications to this vacancy")  # type: ignore[method-assign]
        self.drop_handler.install(self.board)
        self.drop_handler.files_dropped.connect(lambda paths, _target: self.import_requested.emit(list(paths), self.vacancy_id))
        self.resize(1000, 560)
        self._update()  # nothing to act on until the board is read
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
        task = Task(self.source.board, self.vacancy_id)
        task.finished.connect(lambda result, task=task: self._arrived(task, result))
        task.failed.connect(lambda error, task=task: task is self._load and self._read_failed(error))
        self._load = task
        task.start()

    @property
    def busy(self) -> bool:
        return self._load is not None or self._pending > 0

    def _read_failed(self, error: BaseException) -> None:
        self._load = None
        self._show_problem(user_message(error))

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.show()
        self.problem_shown.emit(text)

    def _arrived(self, task: Task, result: tuple[Any, list[Any]]) -> None:
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
        self._update()
        self.loaded.emit()

    def _update(self) -> None:
        """What the user may do: nothing on a closed vacancy; a member who may only read sees no control that writes."""
        writes = not self.source.read_only_reason()
        active = writes and self.vacancy is not None and self.vacancy.is_active
        for widget in (self.next_action, self.previous_action, self.next_button, self.previous_button, self.import_button,
                       self.filled_button, self.tags_button, self.interview_button, *self.rating_actions):
            widget.setEnabled(active)
        self.board.set_movable(active)
        for button in (self.next_button, self.previous_button, self.edit_button, self.filled_button):
            button.setVisible(writes)
        for button in (self.tags_button, self.interview_button):
            button.setVisible(writes and self.source.rates)
        for action in self.rating_actions:
            action.setEnabled(active and self.source.rates)
        self.import_button.setVisible(writes and self.source.imports)
        self.letters_button.setVisible(writes and self.source.writes_letters)
        self.letters_button.setEnabled(writes and any(card.stage == REJECTED for card in self.applications))

    def write_rejection_messages(self) -> None:
        """The letters for every rejected applicant (those already sent are marked so in the letters' dialog)."""
        rejected = [card.id for card in self.applications if card.stage == REJECTED]
        if rejected:
            self.rejection_messages_wanted.emit(self.vacancy_id, rejected)

    # --- moving ----------------------------------------------------------------------------
    def current_application(self) -> CardId | None:
        if self.tabs.currentIndex() == LIST_TAB:
            return self.list.current_application()
        return self.board.current_application()

    def select_application(self, application_id: CardId) -> None:
        self.board.select_application(application_id)
        self.list.select_application(application_id)

    def _writes(self) -> bool:
        return self.vacancy is not None and self.vacancy.is_active and not self.source.read_only_reason()

    def move_current(self, steps: int) -> None:
        card = self._current_row()
        if card is None or not self._writes():
            return
        self._save(self.source.move_by(card, steps, self.vacancy.stages))

    def move_to(self, application_id: CardId, stage: str) -> None:
        card = next((row for row in self.applications if row.id == application_id), None)
        if card is None or not self._writes():
            return
        self.select_application(application_id)  # the card grabbed stays current where it lands
        self._save(self.source.move(card, stage))

    def _save(self, work) -> None:
        self._pending += 1
        self.problem_label.hide()
        self.note_label.hide()
        task = WriteTask(work)
        task.finished.connect(self._saved)
        task.failed.connect(self._save_failed)
        task.start()

    def _saved(self, result: object) -> None:
        self._pending -= 1
        refusal = self.source.move_refusal(result)
        self.reload()
        self.changed.emit()
        if refusal:  # a colleague moved it first: nothing changed; the board shows where it is now
            self._show_problem(refusal)
            return
        application_id = self.source.moved_id(result)
        note = self.source.moved_note(result)
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        self.select_after_load(application_id)
        self.saved.emit(application_id)

    def select_after_load(self, application_id: CardId) -> None:
        def once() -> None:
            self.loaded.disconnect(once)
            self.select_application(application_id)

        self.loaded.connect(once)

    def _save_failed(self, error: BaseException) -> None:
        self._pending -= 1
        self.reload()
        show_error(self, error)

    # --- rating, tags, contacts ------------------------------------------------------------
    def rate_current(self, rating: int | None) -> None:
        card = self._current_row()
        if card is not None and self._writes() and self.source.rates:
            self._save(self.source.rate(card, rating))

    def edit_tags(self) -> None:
        row = self._current_row()
        if row is None:
            return
        text, ok = self.ask_text(self, self.tr("Tags"), self.tr("Tags of {name}, separated by commas:").format(name=row.name),
                                 ", ".join(row.tags))
        if ok:
            self._save(self.source.set_tags(row, text.split(",")))

    def interview_scheduled(self) -> None:
        row = self._current_row()
        if row is None:
            return
        self._save(self.source.interview_scheduled(row, self.today()))

    def _current_row(self) -> Card | None:
        application_id = self.current_application()
        return next((row for row in self.applications if row.id == application_id), None)

    # --- import ----------------------------------------------------------------------------
    def _choose_files(self) -> None:
        paths: list[Path] = self.choose_files(self)
        if paths:
            self.import_requested.emit(list(paths), self.vacancy_id)

    def forget(self) -> None:
        self._load = None
        self.board.set_applications((), [])
        self.list.set_applications([])


def _ask_text(parent: QWidget, title: str, label: str, text: str) -> tuple[str, bool]:
    return QInputDialog.getText(parent, title, label, text=text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
