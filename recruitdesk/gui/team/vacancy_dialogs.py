"""Candidate > Add to vacancy… in a team: choosing the vacancy a candidate applies to.

It saves on the database worker (``WriteTask``) through ``services.team_vacancies`` and stays
open with the translated reason when the server refuses (a closed vacancy, a server fault). A
vacancy's own fields and its closing are the local vault's dialogs (``gui.vacancies.dialogs``),
saving through the team's source (``vacancies_source``).
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.services.team_vacancies import TeamVacancies, TeamVacancyRow


class _SavingDialog(QDialog):
    """A dialog whose Save/OK runs one write on the worker and closes on success."""

    saved = Signal(object)

    def _finish_layout(self, layout: QVBoxLayout, ok_text: str | None = None) -> None:
        self.error_label = inline_error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        if ok_text is not None:
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(ok_text)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._task: Task | None = None

    def save(self) -> None:
        raise NotImplementedError

    def _run(self, function, *args) -> None:
        self.buttons.setEnabled(False)
        self.error_label.hide()
        task = WriteTask(function, *args)
        task.finished.connect(self._stored)
        task.failed.connect(self._failed)
        self._task = task
        task.start()

    def _stored(self, result: object) -> None:
        self._task = None
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.error_label.setText(user_message(error))
        self.error_label.show()
        self.buttons.setEnabled(True)


class ChooseVacancyDialog(_SavingDialog):
    """Candidate > Add to vacancy…: the open vacancies; the candidate enters the chosen one's first stage."""

    def __init__(self, service: TeamVacancies, candidate_id: UUID, name: str, vacancies: list[TeamVacancyRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.candidate_id = service, candidate_id
        self.setWindowTitle(self.tr("Add to vacancy"))
        intro = QLabel(self.tr("Add {name} to which vacancy?").format(name=name), self)
        self.vacancy_list = QListWidget(self)
        self.vacancy_list.setAccessibleName(self.tr("Vacancies"))
        for vacancy in vacancies:
            if vacancy.is_active:
                words = (self.tr("{title} ({client})").format(title=vacancy.title, client=vacancy.client)
                         if vacancy.client else vacancy.title)
                item = QListWidgetItem(words, self.vacancy_list)
                item.setData(Qt.ItemDataRole.UserRole, vacancy.vacancy_id)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.vacancy_list)
        self._finish_layout(layout, self.tr("Add"))
        self.vacancy_list.currentItemChanged.connect(lambda *_args: self._update())
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.vacancy_list.currentItem() is not None)

    def save(self) -> None:
        item = self.vacancy_list.currentItem()
        if item is not None:
            self._run(self.service.apply, item.data(Qt.ItemDataRole.UserRole), self.candidate_id)
