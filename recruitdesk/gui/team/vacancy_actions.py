"""Vacancies > Vacancies… and Candidate > Add to vacancy… in the team's panel.

Its own module so the team window stays small: ``install(window)`` adds both actions, keeps the
one open vacancies window (raised again rather than opened twice), and follows the change feed:
an application changed by anyone moves that candidate's countdown (their row is read again) and
refreshes the vacancies window and its open board; a vacancy changed by a colleague, or a candidate erased,
refreshes them too.
"""

from __future__ import annotations

from uuid import UUID

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.gui.team.vacancies_window import VacanciesWindow
from recruitdesk.gui.team.vacancy_dialogs import ChooseVacancyDialog
from recruitdesk.services.team_desk import TeamChange
from recruitdesk.services.team_vacancies import ApplicantRow, TeamVacancies, TeamVacancyRow

APPLICATION, VACANCY = "application", "vacancy"  # the record kinds of the change feed


class VacancyActions(QObject):
    dialog_opened = Signal(object)  # the Add to vacancy dialog, or the box saying why not
    vacancies_window_shown = Signal(object)  # a new VacanciesWindow (other features connect to it)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.vacancies_window: VacanciesWindow | None = None
        self._tasks: set[Task] = set()
        self.vacancies_action = QAction(QCoreApplication.translate("TeamWindow", "&Vacancies…"), window)
        self.vacancies_action.triggered.connect(lambda _checked=False: self.show_vacancies())
        window.vacancies_menu.addAction(self.vacancies_action)
        self.apply_action = QAction(QCoreApplication.translate("TeamWindow", "Add to &vacancy…"), window)
        self.apply_action.triggered.connect(lambda _checked=False: self.add_to_vacancy())
        self.window.candidate_menu.addAction(self.apply_action)
        window.table.selectionModel().selectionChanged.connect(lambda *_args: self.update())
        window.opened.connect(self._opened)
        window.closed.connect(self._window_closed)
        self.update()

    def update(self) -> None:
        desk = self.window.desk
        ready, writes = desk is not None, desk is not None and desk.may_write
        self.vacancies_action.setEnabled(ready)
        self.apply_action.setVisible(writes or not ready)  # a DPO never sees it
        self.apply_action.setEnabled(writes and self.window.selected_candidate() is not None)

    def _service(self) -> TeamVacancies | None:
        return TeamVacancies(self.window.desk) if self.window.desk is not None else None

    # --- the vacancies window --------------------------------------------------------------
    def show_vacancies(self) -> VacanciesWindow | None:
        service = self._service()
        if service is None:
            return None
        shown = self.vacancies_window
        if shown is None or not shiboken6.isValid(shown) or not shown.isVisible():
            shown = VacanciesWindow(service, self.window)
            shown.changed.connect(lambda shown=shown: self._refresh_applicants(shown.applicants))
            self.vacancies_window = shown
            self.vacancies_window_shown.emit(shown)
            shown.show()
            shown.reload()
        shown.raise_()
        shown.activateWindow()
        return shown

    def show_application(self, vacancy_id: UUID, application_id: UUID) -> VacanciesWindow | None:
        """The Candidate dock's "Show on the board": the vacancies window, and the vacancy's board (the local
        vacancy window) at the application's card."""
        shown = self.show_vacancies()
        if shown is not None:
            shown.show_application(vacancy_id, application_id)
        return shown

    def _refresh_applicants(self, applicants: list[ApplicantRow]) -> None:
        """A write of the vacancies window or its board moved these candidates' countdowns: their rows again."""
        for candidate_id in {applicant.candidate_id for applicant in applicants}:
            self.window.refresh_row(candidate_id)

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
            self._say(QCoreApplication.translate("TeamWindow", "There is no open vacancy. Add one with Vacancies > Vacancies… first."))
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
        if self.vacancies_window is not None and shiboken6.isValid(self.vacancies_window):
            self.vacancies_window.reload()

    def _failed(self, task: Task, error: BaseException) -> None:
        self._tasks.discard(task)
        if shiboken6.isValid(self.window) and self.window.desk is not None:
            self._say(user_message(error))

    def _say(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("TeamWindow", "Add to vacancy"), text,
                          QMessageBox.StandardButton.Close, self.window)
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
            shown = self.vacancies_window
            if shown is not None and shiboken6.isValid(shown) and shown.isVisible():
                shown.reload()

    def _window_closed(self) -> None:
        shown, self.vacancies_window = self.vacancies_window, None
        if shown is not None and shiboken6.isValid(shown):
            shown.close()


def install(window) -> VacancyActions:
    """Add Vacancies > Vacancies… and Candidate > Add to vacancy… to ``window`` (a ``TeamPanel``)."""
    return VacancyActions(window)
