"""The team's part of the Vacancies dock and menu, and Candidate > Add to vacancy… in the team's panel.

Its own module so the team window stays small. While a team is shown, the window's own Vacancies
dock, menu and board window (``gui.vacancies.actions``) serve the team's vacancies through the
team's source (``vacancies_source``; ``gui.team.hosting`` connects them). ``install(window)`` adds
what only a team has: Vacancies > Cancel vacancy… (asked first; everyone still in its procedure is
rejected today) and Vacancies > Blind review… (``blind_review_action``), both on the vacancy chosen
in the dock, and Candidate > Add to vacancy…. It follows the change feed: an application changed by
anyone moves that candidate's countdown (their row is read again) and refreshes the dock and its
open board; a vacancy changed by a colleague, or a candidate erased, refreshes them too. A write of
the dock's dialogs or board reads the rows of the board's applicants again. A DPO sees neither
Cancel vacancy… nor Add to vacancy….
"""

from __future__ import annotations

from uuid import UUID

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.gui.team import blind_review_action
from recruitdesk.gui.team.applicant_cards import ApplicantCard
from recruitdesk.gui.team.vacancy_dialogs import ChooseVacancyDialog
from recruitdesk.services.team_desk import TeamChange
from recruitdesk.services.team_vacancies import TeamVacancies, TeamVacancyRow, VacancyConflict

APPLICATION, VACANCY = "application", "vacancy"  # the record kinds of the change feed


class VacancyActions(QObject):
    dialog_opened = Signal(object)  # the Add to vacancy dialog, the Cancel vacancy question, or the box saying why not

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.vacancies = window.main.vacancies  # the window's Vacancies dock and menu
        self._tasks: set[Task] = set()
        self.cancel_action = QAction(QCoreApplication.translate("TeamWindow", "&Cancel vacancy…"), window)
        self.cancel_action.setToolTip(QCoreApplication.translate(
            "TeamWindow", "Cancel the selected vacancy: everyone still in its procedure is rejected today"))
        self.cancel_action.triggered.connect(lambda _checked=False: self.cancel_vacancy())
        window.vacancies_menu.addAction(self.cancel_action)
        self.blind_review = blind_review_action.install(window, self.vacancies)
        self.apply_action = QAction(QCoreApplication.translate("TeamWindow", "Add to &vacancy…"), window)
        self.apply_action.triggered.connect(lambda _checked=False: self.add_to_vacancy())
        self.window.candidate_menu.addAction(self.apply_action)
        window.table.selectionModel().selectionChanged.connect(lambda *_args: self.update())
        self.vacancies.actions_updated.connect(self.update)
        self.vacancies.changed.connect(self._refresh_applicants)
        window.opened.connect(self._opened)
        self.update()

    def update(self) -> None:
        desk = self.window.desk
        ready, writes = desk is not None, desk is not None and desk.may_write
        vacancy = self.selected_vacancy()
        self.cancel_action.setVisible(writes or not ready)  # a DPO never sees it
        self.cancel_action.setEnabled(writes and vacancy is not None and vacancy.is_active)
        self.apply_action.setVisible(writes or not ready)
        self.apply_action.setEnabled(writes and self.window.selected_candidate() is not None)
        self.blind_review.update()

    def _service(self) -> TeamVacancies | None:
        return TeamVacancies(self.window.desk) if self.window.desk is not None else None

    def selected_vacancy(self) -> TeamVacancyRow | None:
        """The team's vacancy chosen in the Vacancies dock."""
        panel = self.vacancies.panel
        row = panel.current_row() if panel is not None and shiboken6.isValid(panel) else None
        return row if isinstance(row, TeamVacancyRow) else None

    def _refresh_applicants(self) -> None:
        """A write of the dock's dialogs or board moved these candidates' countdowns: their rows again."""
        board = self.vacancies.board_window
        cards = board.applications if board is not None and shiboken6.isValid(board) else []
        for candidate_id in {card.applicant.candidate_id for card in cards if isinstance(card, ApplicantCard)}:
            self.window.refresh_row(candidate_id)

    # --- Vacancies > Cancel vacancy… -----------------------------------------------------------
    def cancel_vacancy(self) -> QMessageBox | None:
        vacancy, service = self.selected_vacancy(), self._service()
        if vacancy is None or service is None or not service.may_write:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("TeamWindow", "Cancel vacancy"),
                          QCoreApplication.translate("TeamWindow", "Cancel \"{title}\"? Everyone still in its procedure is "
                                                     "rejected today and their retention clock starts.").format(title=vacancy.title),
                          QMessageBox.StandardButton.No, self.window.main)
        box.cancel_button = box.addButton(QCoreApplication.translate("TeamWindow", "Cancel vacancy"),  # type: ignore[attr-defined]
                                          QMessageBox.ButtonRole.DestructiveRole)
        box.finished.connect(lambda _result: box.clickedButton() is box.cancel_button and self._cancel(service, vacancy))  # type: ignore[attr-defined]
        box.finished.connect(lambda _result: box.deleteLater())
        self.window.closed.connect(box.close)
        box.open()
        self.dialog_opened.emit(box)
        return box

    def _cancel(self, service: TeamVacancies, vacancy: TeamVacancyRow) -> None:
        task = WriteTask(service.close, vacancy.vacancy_id, vacancy.version, (), True)
        self._tasks.add(task)
        task.finished.connect(lambda result, task=task: self._cancelled(task, result))
        task.failed.connect(lambda error, task=task: self._failed(task, error, cancelling=True))
        task.start()

    def _cancelled(self, task: Task, result: object) -> None:
        self._tasks.discard(task)
        if not shiboken6.isValid(self.window) or self.window.desk is None:
            return
        if isinstance(result, VacancyConflict):
            self._say(QCoreApplication.translate("TeamWindow", "A colleague changed this vacancy meanwhile. Nothing was changed; "
                                                 "the list shows it as it is now."), cancelling=True)
        self.vacancies.reload()
        self._refresh_applicants()

    # --- Candidate > Add to vacancy… ---------------------------------------------------------
    def add_to_vacancy(self) -> None:
        service, chosen = self._service(), self.window.selected_candidate()
        if service is None or chosen is None:
            return
        candidate_id, name = chosen
        task = Task(service.vacancies)
        self._tasks.add(task)
        task.finished.connect(lambda rows, task=task: self._choose(task, service, candidate_id, name, rows))
        task.failed.connect(lambda error, task=task: self._failed(task, error))
        task.start()

    def _choose(self, task: Task, service: TeamVacancies, candidate_id: UUID, name: str, rows: list[TeamVacancyRow]) -> None:
        self._tasks.discard(task)
        if not shiboken6.isValid(self.window) or self.window.desk is None:
            return
        if not any(row.is_active for row in rows):
            self._say(QCoreApplication.translate("TeamWindow", "There is no open vacancy. Add one with Vacancies > New vacancy… first."))
            return
        dialog = ChooseVacancyDialog(service, candidate_id, name, rows, self.window)
        dialog.saved.connect(lambda _applicant: self._applied(candidate_id, name))
        dialog.finished.connect(lambda _result, dialog=dialog: dialog.deleteLater())
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _applied(self, candidate_id: UUID, name: str) -> None:
        if not shiboken6.isValid(self.window) or self.window.desk is None:
            return
        self.window.statusBar().showMessage(QCoreApplication.translate("TeamWindow", "{name} was added to the vacancy.")
                                            .format(name=name), 12000)
        self.window.refresh_row(candidate_id)
        self.vacancies.reload()

    def _failed(self, task: Task, error: BaseException, cancelling: bool = False) -> None:
        self._tasks.discard(task)
        if shiboken6.isValid(self.window) and self.window.desk is not None:
            self._say(user_message(error), cancelling)
            if cancelling:
                self.vacancies.reload()  # what the server holds now (a closed vacancy)

    def _say(self, text: str, cancelling: bool = False) -> None:
        title = (QCoreApplication.translate("TeamWindow", "Cancel vacancy") if cancelling
                 else QCoreApplication.translate("TeamWindow", "Add to vacancy"))
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, self.window)
        box.finished.connect(lambda _result: box.deleteLater())
        box.open()
        self.dialog_opened.emit(box)

    # --- live refresh ----------------------------------------------------------------------
    def _opened(self) -> None:
        self.update()
        if self.window.listener is not None:
            self.window.listener.changed.connect(self._changed)

    def _changed(self, change: TeamChange) -> None:
        if self.window.desk is None:  # a notice delivered after the window closed
            return
        if change.record_kind == APPLICATION and change.candidate_id is not None:
            self.window.refresh_row(change.candidate_id)  # the countdown moved with the procedure
        if change.record_kind in (APPLICATION, VACANCY) or change.erased:  # an erased applicant leaves the lists too
            self.vacancies.reload()


def install(window) -> VacancyActions:
    """Add Vacancies > Cancel vacancy…, Vacancies > Blind review… and Candidate > Add to vacancy… to ``window``
    (a ``TeamPanel``)."""
    return VacancyActions(window)
