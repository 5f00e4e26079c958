"""Vacancies > Vacancies…: the team's vacancies, and each one's board in the local vacancy window.

The list is the local vault's vacancy list (``gui.vacancies.list_panel``, through the team's
source): each vacancy's title, client, status, opening day and applicant count (titles and names
are decrypted on this computer), searched here, closed ones shown with "Show closed". Open vacancy (or a double-click) shows the vacancy in the
local vault's vacancy window (``gui.vacancies.vacancy_window``) through the team's source
(``vacancies_source``): the same board and list, a card dragged to another column or moved with
Alt+Right / Alt+Left saved over the version it shows (a colleague's move first is said in words,
nothing changed, and the board shows where they are). New vacancy…, Edit… and Close as filled… open
the local dialogs through the same source; Cancel vacancy… asks first. Every applicant's retention
clock starts with the closing. After a closing, and with "Write rejection messages…" on the board,
the window asks for the rejection letters (``rejection_messages_wanted``; the team window's
rejection feature opens them). Reads run on workers, writes on the database worker; a refusal, a
colleague's newer save or a server fault is shown in words, never a traceback. A DPO reads only.
"""

from __future__ import annotations

from typing import Callable
from uuid import UUID

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QMessageBox, QPushButton, QVBoxLayout, QWidget

from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.gui.team import blind_review_action
from recruitdesk.gui.team.applicant_cards import ApplicantCard
from recruitdesk.gui.team.vacancies_source import TeamVacanciesSource
from recruitdesk.gui.vacancies.dialogs import CloseVacancyDialog, VacancyDialog
from recruitdesk.gui.vacancies.list_panel import VacancyListPanel
from recruitdesk.gui.vacancies.vacancy_window import BOARD_TAB, VacancyWindow
from recruitdesk.services.team_vacancies import ApplicantRow, TeamVacancies, TeamVacancyRow, VacancyConflict


class VacanciesWindow(QMainWindow):
    loaded = Signal(int)  # vacancies listed
    dialog_opened = Signal(object)
    board_shown = Signal(object)  # the VacancyWindow opened on a vacancy
    changed = Signal()  # a write of this window or its board landed (the team window refreshes the applicants' rows)
    problem_shown = Signal(str)
    rejection_messages_wanted = Signal(object, object)  # the vacancy's id, the rejected applications' ids

    def __init__(self, service: TeamVacancies, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.source = TeamVacanciesSource(service)
        self.board_window: VacancyWindow | None = None
        self._tasks: set[Task] = set()
        self.setWindowTitle(self.tr("Vacancies – RecruitDesk"))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.problem_label = QLabel(central)
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        self.panel = VacancyListPanel(self.source, central)  # the local vault's list, on the team's vacancies
        self.panel.loaded.connect(self._listed)
        self.panel.failed.connect(self._read_failed)
        self.panel.open_requested.connect(self.open_vacancy)
        self.table = self.panel.table
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update())
        buttons = QHBoxLayout()
        self.open_button = self._button(self.tr("&Open vacancy"), self.open_vacancy, buttons)
        self.open_button.setToolTip(self.tr("Show the selected vacancy's applicants on a board"))
        self.new_button = self._button(self.tr("New vacancy…"), self.new_vacancy, buttons)
        self.edit_button = self._button(self.tr("Edit…"), self.edit_vacancy, buttons)
        self.fill_button = self._button(self.tr("Close as filled…"), self.close_as_filled, buttons)
        self.cancel_button = self._button(self.tr("Cancel vacancy…"), self.cancel_vacancy, buttons)
        self.blind_review = blind_review_action.install(self, buttons)
        buttons.addStretch(1)
        layout.addWidget(self.panel, 1)
        layout.addLayout(buttons)
        self.setCentralWidget(central)
        self.resize(900, 420)
        self._update()

    def _button(self, text: str, slot: Callable[[], object], row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _checked=False: slot())
        row.addWidget(button)
        return button

    # --- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """The list again (and the open board), read on workers."""
        if not self.service.closed:  # a notice that arrived after the team window closed its connections
            self.panel.refresh()
        board = self.shown_board()
        if board is not None and not board.busy:
            board.reload()

    def _listed(self, count: int) -> None:
        board = self.shown_board()
        if self.panel.current_row() is None and board is not None:
            self.panel.select(board.vacancy_id)  # its board's vacancy ("Show on the board")
        self._update()
        self.loaded.emit(count)

    @property
    def rows(self) -> list[TeamVacancyRow]:
        return list(self.panel.model.rows)

    def selected_vacancy(self) -> TeamVacancyRow | None:
        row = self.panel.current_row()
        return row if isinstance(row, TeamVacancyRow) else None

    def select(self, vacancy_id: UUID) -> None:
        self.panel.select(vacancy_id)

    @property
    def applicants(self) -> list[ApplicantRow]:
        """The open board's applicants (their countdowns move with a write)."""
        board = self.shown_board()
        cards = board.applications if board is not None else []
        return [card.applicant for card in cards if isinstance(card, ApplicantCard)]

    def _update(self) -> None:
        writes = self.service.may_write
        vacancy = self.selected_vacancy()
        active = vacancy is not None and vacancy.is_active
        for control in (self.new_button, self.edit_button, self.fill_button, self.cancel_button):
            control.setVisible(writes)  # a DPO reads only
        self.open_button.setEnabled(vacancy is not None)
        self.new_button.setEnabled(writes)
        self.edit_button.setEnabled(writes and vacancy is not None)
        self.fill_button.setEnabled(writes and active)
        self.cancel_button.setEnabled(writes and active)

    # --- the board -------------------------------------------------------------------------
    def shown_board(self) -> VacancyWindow | None:
        board = self.board_window
        return board if board is not None and shiboken6.isValid(board) and board.isVisible() else None

    def open_vacancy(self, vacancy_id: UUID | None = None) -> VacancyWindow | None:
        """The vacancy (the selected one) in the local vacancy window, through the team's source."""
        if vacancy_id is None:
            selected = self.selected_vacancy()
            vacancy_id = selected.vacancy_id if selected is not None else None
        if vacancy_id is None or self.service.closed:
            return None
        board = self.shown_board()
        if board is not None and board.vacancy_id == vacancy_id:
            board.raise_()
            board.activateWindow()
            return board
        if board is not None:
            board.close()
        board = VacancyWindow(self.source, vacancy_id, self, self.service.desk.clock.today)
        board.changed.connect(self._board_changed)
        board.edit_requested.connect(lambda _vacancy_id, board=board: self.edit_vacancy(board.vacancy))
        board.close_requested.connect(lambda _vacancy_id, board=board: self._close_dialog(board))
        board.rejection_messages_wanted.connect(lambda vacancy, ids: self.rejection_messages_wanted.emit(vacancy, ids))
        board.problem_shown.connect(self.problem_shown)
        self.board_window = board
        board.show()
        self.board_shown.emit(board)
        return board

    def show_application(self, vacancy_id: UUID, application_id: UUID) -> VacancyWindow | None:
        """The vacancy's board with the application's card chosen: where the Candidate dock's
        "Show on the board" leads."""
        self.select(vacancy_id)
        board = self.open_vacancy(vacancy_id)
        if board is not None:
            board.tabs.setCurrentIndex(BOARD_TAB)
            if board.busy or board.vacancy is None:
                board.select_after_load(application_id)
            else:
                board.select_application(application_id)
        return board

    def _board_changed(self) -> None:
        self.changed.emit()
        if not self.service.closed:
            self.panel.refresh()  # the counts

    # --- writing ---------------------------------------------------------------------------
    def new_vacancy(self) -> VacancyDialog:
        """The local vault's New vacancy dialog, saving through the team (``vacancies_source``)."""
        dialog = VacancyDialog(self.source, self.service.desk.clock.today(), None, self)
        return self._dialog(dialog, dialog.saved)

    def edit_vacancy(self, vacancy: TeamVacancyRow | None = None) -> VacancyDialog | None:
        vacancy = vacancy if isinstance(vacancy, TeamVacancyRow) else self.selected_vacancy()
        if vacancy is None:
            return None
        dialog = VacancyDialog(self.source, self.service.desk.clock.today(), vacancy, self)
        return self._dialog(dialog, dialog.saved)

    def close_as_filled(self) -> CloseVacancyDialog | None:
        """The local "Vacancy filled…" dialog over the open applicants, from the vacancy's board (opened first)."""
        vacancy = self.selected_vacancy()
        if vacancy is None:
            return None
        board = self.open_vacancy(vacancy.vacancy_id)
        if board is None:
            return None
        if board.busy or board.vacancy is None:
            def once() -> None:
                board.loaded.disconnect(once)
                self._close_dialog(board)
            board.loaded.connect(once)
            return None
        return self._close_dialog(board)

    def _close_dialog(self, board: VacancyWindow) -> CloseVacancyDialog | None:
        vacancy = board.vacancy
        if not isinstance(vacancy, TeamVacancyRow) or not vacancy.is_active or not self.service.may_write:
            return None
        still_open = [card for card in board.applications if isinstance(card, ApplicantCard) and card.applicant.is_open]
        dialog = CloseVacancyDialog(self.source, self.service.desk.clock.today(), vacancy.vacancy_id, vacancy, list(still_open),
                                    board)
        dialog.closed.connect(lambda vacancy_id, rejected: self.rejection_messages_wanted.emit(vacancy_id, rejected))
        return self._dialog(dialog, dialog.closed)

    def cancel_vacancy(self) -> QMessageBox | None:
        vacancy = self.selected_vacancy()
        if vacancy is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel vacancy"),
                          self.tr("Cancel \"{title}\"? Everyone still in its procedure is rejected today and their "
                                  "retention clock starts.").format(title=vacancy.title),
                          QMessageBox.StandardButton.No, self)
        box.cancel_button = box.addButton(self.tr("Cancel vacancy"), QMessageBox.ButtonRole.DestructiveRole)  # type: ignore[attr-defined]
        box.finished.connect(lambda _result: box.clickedButton() is box.cancel_button and self._write(
            self.service.close, vacancy.vacancy_id, vacancy.version, (), True))
        box.finished.connect(lambda _result: box.deleteLater())
        self.dialog_opened.emit(box)
        box.open()
        return box

    def _write(self, function, *args) -> None:
        self.problem_label.hide()
        self._start(WriteTask(function, *args), self._written, self._write_failed)

    def _written(self, result: object) -> None:
        if isinstance(result, VacancyConflict):
            self._show_problem(self.tr("A colleague changed this vacancy meanwhile. Nothing was changed; the list shows "
                                       "it as it is now."))
        self.changed.emit()
        self.reload()

    def _dialog(self, dialog, saved):
        saved.connect(lambda *_result: (self.changed.emit(), self.reload()))
        dialog.finished.connect(lambda _result, dialog=dialog: dialog.deleteLater())
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """The board goes with the list (the team closing closes both)."""
        board = self.shown_board()
        if board is not None:
            board.close()
        super().closeEvent(event)

    # --- tasks and problems ----------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """A read or write of this window, or of its board, is still running."""
        board = self.shown_board()
        return bool(self._tasks) or self.panel.loading or (board is not None and board.busy)

    def _start(self, task: Task, done: Callable[[object], None], failed: Callable[[object], None] | None = None) -> None:
        if self.service.closed:  # a result that arrived after the team window closed its connections
            return
        self._tasks.add(task)
        task.finished.connect(lambda result, task=task: self._finish(task, done, result))
        task.failed.connect(lambda error, task=task: self._finish(task, failed or self._read_failed, error))
        task.start()

    def _finish(self, task: Task, done: Callable[[object], None], value: object) -> None:
        self._tasks.discard(task)
        if shiboken6.isValid(self):
            done(value)

    def _read_failed(self, error: BaseException) -> None:
        self._show_problem(user_message(error))

    def _write_failed(self, error: BaseException) -> None:
        self._read_failed(error)
        self.reload()  # what the server holds now (a closed vacancy, someone gone)

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.show()
        self.problem_shown.emit(text)
