"""Vacancies > Vacancies…: the team's vacancies, their applicants, and closing a vacancy.

The list shows each vacancy's title, client, status, opening day and applicant count (titles and
names are decrypted on this computer). Below it, the selected vacancy's applicants on the same board
a local vacancy has (a column per stage; drag a card to another column, or Alt+Right / Alt+Left, to
move it) and in the same list (stage, since, applied, ended): a recruiter moves one to another stage or rejects them
(a colleague's move first is said in words and the board shows where they are), closes the vacancy as filled
(choosing the hired among the open applicants) or cancels it; every applicant's retention clock
starts with the closing. After a closing, and with "Write rejection messages…" for a vacancy's
rejected applicants, the window asks for the rejection letters (``rejection_messages_wanted``; the
team window's rejection feature opens them). Reads run on workers, writes on the database worker; a refusal, a
colleague's newer save or a server fault is shown in words, never a traceback. A DPO reads only.
"""

from __future__ import annotations

from typing import Callable
from uuid import UUID

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from recruitdesk.dates import short_date
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.gui.team import blind_review_action
from recruitdesk.gui.team.applicant_cards import cards_of
from recruitdesk.gui.team.vacancies_source import TeamVacanciesSource
from recruitdesk.gui.vacancies.dialogs import CloseVacancyDialog, VacancyDialog
from recruitdesk.gui.vacancies.board import ApplicationList, BoardView
from recruitdesk.services.stages import stage_after
from recruitdesk.services.team_vacancies import (ApplicantRow, ApplicationConflict, TeamVacancies, TeamVacancyRow, VacancyConflict,
                                                 stage_label, status_label)

REJECTED = "rejected"
BOARD_TAB, LIST_TAB = 0, 1


class VacanciesWindow(QMainWindow):
    loaded = Signal(int)  # vacancies listed
    applicants_loaded = Signal(int)
    dialog_opened = Signal(object)
    changed = Signal()  # a write of this window landed (the team window refreshes the applicants' rows)
    problem_shown = Signal(str)
    rejection_messages_wanted = Signal(object, object)  # the vacancy's id, the rejected applications' ids

    def __init__(self, service: TeamVacancies, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wanted: tuple[UUID, UUID] | None = None  # "Show on the board": the vacancy and application to show
        self.service = service
        self.rows: list[TeamVacancyRow] = []
        self.applicants: list[ApplicantRow] = []
        self._serial = 0
        self._tasks: set[Task] = set()
        self.setWindowTitle(self.tr("Vacancies – RecruitDesk"))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.problem_label = QLabel(central)
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        self.table = self._table([self.tr("Title"), self.tr("Client"), self.tr("Status"), self.tr("Opened"), self.tr("Applicants")])
        self.table.itemSelectionChanged.connect(self._vacancy_selected)
        buttons = QHBoxLayout()
        self.new_button = self._button(self.tr("New vacancy…"), self.new_vacancy, buttons)
        self.edit_button = self._button(self.tr("Edit…"), self.edit_vacancy, buttons)
        self.fill_button = self._button(self.tr("Close as filled…"), self.close_as_filled, buttons)
        self.cancel_button = self._button(self.tr("Cancel vacancy…"), self.cancel_vacancy, buttons)
        self.blind_review = blind_review_action.install(self, buttons)
        buttons.addStretch(1)
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Applicants of the selected vacancy:"), central))
        self.board = BoardView(central)  # the local vacancy window's board, over the adapter's cards
        self.board.dropped.connect(self.move_to)
        self.board.current_changed.connect(self._update)
        self.applicant_table = ApplicationList(central)  # the local vacancy window's list, over the same cards
        self.applicant_table.selectionModel().selectionChanged.connect(lambda *_args: self._update())
        self.views = QTabWidget(central)
        self.views.addTab(self.board, self.tr("&Board"))
        self.views.addTab(self.applicant_table, self.tr("&List"))
        self.views.currentChanged.connect(self._view_changed)
        self.views.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.next_action = self._action(self.tr("Move to &next stage"), "Alt+Right", lambda: self.move_current(1))
        self.previous_action = self._action(self.tr("Move to &previous stage"), "Alt+Left", lambda: self.move_current(-1))
        layout.addWidget(self.views, 3)
        moves = QHBoxLayout()
        self.stage_combo = QComboBox(central)
        self.stage_combo.setAccessibleName(self.tr("Stage"))
        self.move_button = self._button(self.tr("Move to stage"), self.move_selected, moves)
        moves.insertWidget(0, self.stage_combo)
        self.reject_button = self._button(self.tr("Reject"), self.reject_selected, moves)
        self.letters_button = self._button(self.tr("Write rejection messages…"), self.write_rejection_messages, moves)
        self.letters_button.setToolTip(self.tr("Draft a letter in each rejected applicant's language; marking one sent "
                                               "records the contact"))
        moves.addStretch(1)
        layout.addLayout(moves)
        self.setCentralWidget(central)
        self.resize(1000, 680)
        self._update()

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        return table

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        """A keyboard move of the current applicant, in the board and the list (and their context menu)."""
        action = QAction(text, self.views)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.views.addAction(action)
        return action

    def _button(self, text: str, slot: Callable[[], object], row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _checked=False: slot())
        row.addWidget(button)
        return button

    # --- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """The list again (and the selected vacancy's applicants), read on a worker."""
        self._serial += 1
        serial = self._serial
        self._start(Task(self.service.vacancies), lambda rows: self._listed(serial, rows))

    def show_application(self, vacancy_id: UUID, application_id: UUID) -> None:
        """Select the vacancy and show the application's card on its board: where the Candidate dock's
        "Show on the board" leads (the vacancy chosen once the list is read, if it is not yet)."""
        self._wanted = (vacancy_id, application_id)
        self.views.setCurrentIndex(BOARD_TAB)
        current = self.selected_vacancy()
        if current is not None and current.vacancy_id == vacancy_id and any(a.application_id == application_id
                                                                            for a in self.applicants):
            self._wanted = None  # shown already: choose the card
            self.board.select_application(application_id)
            self._update()
            return
        for index, row in enumerate(self.rows):
            if row.vacancy_id == vacancy_id:
                self.table.selectRow(index)  # its applicants are read; the card is chosen when they come
                return

    def _listed(self, serial: int, rows: list[TeamVacancyRow]) -> None:
        if serial != self._serial:
            return
        kept = self.selected_vacancy()
        wanted = self._wanted[0] if self._wanted is not None else None
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = (row.title, row.client or "", status_label(row.status), short_date(row.opened_on), str(row.applicants))
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
            if row.vacancy_id == wanted or (wanted is None and kept is not None and row.vacancy_id == kept.vacancy_id):
                self.table.selectRow(index)
        self.table.blockSignals(False)
        self._vacancy_selected()
        self.loaded.emit(len(rows))

    def selected_vacancy(self) -> TeamVacancyRow | None:
        selected = self.table.selectionModel().selectedRows()
        return self.rows[selected[0].row()] if selected and selected[0].row() < len(self.rows) else None

    def selected_applicant(self) -> ApplicantRow | None:
        """The current card on the board, or the selected line of the list: whichever view is shown."""
        if self.views.currentIndex() == BOARD_TAB:
            current = self.board.current_application()
            return next((row for row in self.applicants if row.application_id == current), None)
        current = self.applicant_table.current_application()
        return next((row for row in self.applicants if row.application_id == current), None)

    def _view_changed(self, index: int) -> None:
        """The applicant chosen in one view stays the chosen one in the other."""
        chosen = self.board.current_application() if index == LIST_TAB else self.applicant_table.current_application()
        if chosen is not None:
            (self.applicant_table if index == LIST_TAB else self.board).select_application(chosen)
        self._update()

    def _vacancy_selected(self) -> None:
        vacancy = self.selected_vacancy()
        self.stage_combo.clear()
        if vacancy is not None:
            for stage in vacancy.stages:
                self.stage_combo.addItem(stage_label(stage), stage)
            self._start(Task(self.service.applicants, vacancy.vacancy_id), lambda found: self._applicants(vacancy.vacancy_id, found))
        else:
            self._applicants(None, [])
        self._update()

    def _applicants(self, vacancy_id: UUID | None, found: list[ApplicantRow]) -> None:
        current = self.selected_vacancy()
        if vacancy_id is not None and (current is None or current.vacancy_id != vacancy_id):
            return  # another vacancy was chosen meanwhile
        kept = self.selected_applicant()
        self.applicants = found
        cards = cards_of(found)
        self.applicant_table.set_applications(cards)
        self.board.set_applications(current.stages if current is not None and vacancy_id is not None else (), cards)
        if kept is not None:
            self.board.select_application(kept.application_id)
            self.applicant_table.select_application(kept.application_id)
        if self._wanted is not None and vacancy_id == self._wanted[0]:
            self.board.select_application(self._wanted[1])
            self._wanted = None
        self._update()
        self.applicants_loaded.emit(len(found))

    def _update(self) -> None:
        writes = self.service.may_write
        vacancy = self.selected_vacancy()
        applicant = self.selected_applicant()
        active = vacancy is not None and vacancy.is_active
        for control in (self.new_button, self.edit_button, self.fill_button, self.cancel_button, self.stage_combo,
                        self.move_button, self.reject_button):
            control.setVisible(writes)  # a DPO reads only
        self.new_button.setEnabled(writes)
        self.edit_button.setEnabled(writes and vacancy is not None)
        self.fill_button.setEnabled(writes and active)
        self.cancel_button.setEnabled(writes and active)
        for control in (self.stage_combo, self.move_button, self.next_action, self.previous_action):
            control.setEnabled(writes and active and applicant is not None)
        self.board.set_movable(writes and active)
        self.reject_button.setEnabled(writes and active and applicant is not None and applicant.is_open)
        self.letters_button.setVisible(writes)
        self.letters_button.setEnabled(writes and vacancy is not None and any(a.stage == REJECTED for a in self.applicants))

    # --- writing ---------------------------------------------------------------------------
    def new_vacancy(self) -> VacancyDialog:
        """The local vault's New vacancy dialog, saving through the team (``vacancies_source``)."""
        dialog = VacancyDialog(TeamVacanciesSource(self.service), self.service.desk.clock.today(), None, self)
        return self._dialog(dialog, dialog.saved)

    def edit_vacancy(self) -> VacancyDialog | None:
        vacancy = self.selected_vacancy()
        if vacancy is None:
            return None
        dialog = VacancyDialog(TeamVacanciesSource(self.service), self.service.desk.clock.today(), vacancy, self)
        return self._dialog(dialog, dialog.saved)

    def close_as_filled(self) -> CloseVacancyDialog | None:
        """The local "Vacancy filled…" dialog over the open applicants; then the rejection letters are wanted."""
        vacancy = self.selected_vacancy()
        if vacancy is None:
            return None
        still_open = [card for card in cards_of(self.applicants) if card.applicant.is_open]
        dialog = CloseVacancyDialog(TeamVacanciesSource(self.service), self.service.desk.clock.today(), vacancy.vacancy_id,
                                    vacancy, list(still_open), self)
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

    def move_selected(self) -> None:
        vacancy, applicant = self.selected_vacancy(), self.selected_applicant()
        stage = self.stage_combo.currentData()
        if vacancy is not None and applicant is not None and stage:
            self._write(self.service.move, vacancy.vacancy_id, applicant.application_id, applicant.version, stage)

    def move_to(self, application_id: object, stage: str) -> None:
        """A card dropped on another stage's column: moved on the server over the version the board shows."""
        vacancy = self.selected_vacancy()
        applicant = next((row for row in self.applicants if row.application_id == application_id), None)
        if vacancy is not None and applicant is not None and vacancy.is_active and self.service.may_write:
            self.board.select_application(applicant.application_id)  # the card grabbed stays current where it lands
            self._write(self.service.move, vacancy.vacancy_id, applicant.application_id, applicant.version, stage)

    def move_current(self, steps: int) -> None:
        """Alt+Right / Alt+Left: the current applicant one stage on or back."""
        vacancy, applicant = self.selected_vacancy(), self.selected_applicant()
        if vacancy is None or applicant is None:
            return
        stage = stage_after(vacancy.stages, applicant.stage, steps)
        if stage != applicant.stage:
            self.move_to(applicant.application_id, stage)

    def reject_selected(self) -> None:
        vacancy, applicant = self.selected_vacancy(), self.selected_applicant()
        if vacancy is not None and applicant is not None:
            self._write(self.service.move, vacancy.vacancy_id, applicant.application_id, applicant.version, REJECTED)

    def write_rejection_messages(self) -> None:
        """The letters for every rejected applicant of the selected vacancy (those already sent are marked so)."""
        vacancy = self.selected_vacancy()
        rejected = [applicant.application_id for applicant in self.applicants if applicant.stage == REJECTED]
        if vacancy is not None and rejected:
            self.rejection_messages_wanted.emit(vacancy.vacancy_id, rejected)

    def _write(self, function, *args) -> None:
        self.problem_label.hide()
        self._start(WriteTask(function, *args), self._written, self._write_failed)

    def _written(self, result: object) -> None:
        if isinstance(result, ApplicationConflict):
            self._show_problem(self.tr("A colleague moved {name} meanwhile (now: {stage}). Nothing was changed; the list "
                                       "shows where they are now.").format(name=result.theirs.full_name,
                                                                           stage=stage_label(result.theirs.stage)))
        elif isinstance(result, VacancyConflict):
            self._show_problem(self.tr("A colleague changed this vacancy meanwhile. Nothing was changed; the list shows "
                                       "it as it is now."))
        elif isinstance(result, ApplicantRow) and result.stage == REJECTED:
            self.statusBar().showMessage(self.tr("{name} was rejected. Write rejection messages… drafts the letter.")
                                         .format(name=result.full_name), 15000)
        self.changed.emit()
        self.reload()

    def _dialog(self, dialog, saved):
        saved.connect(lambda *_result: (self.changed.emit(), self.reload()))
        dialog.finished.connect(lambda _result, dialog=dialog: dialog.deleteLater())
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    # --- tasks and problems ----------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """A read or write of this window is still running."""
        return bool(self._tasks)

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
