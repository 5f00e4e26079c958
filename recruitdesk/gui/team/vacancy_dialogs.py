"""The small dialogs of the team's vacancies: a vacancy's fields, closing as filled, choosing a vacancy.

Each saves on the database worker (``WriteTask``) through ``services.team_vacancies`` and stays
open with the translated reason when the server refuses (a title missing, a closed vacancy, a
server fault); a colleague's newer save is said in words, with what the server holds now.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QVBoxLayout, QWidget)

from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.services.team_vacancies import (ApplicantRow, TeamVacancies, TeamVacancyRow, VacancyConflict, VacancyEdit,
                                                 stage_label, status_label)


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
        if isinstance(result, VacancyConflict):
            self._failed_with(QCoreApplication.translate(
                "VacancyDialogs", "A colleague changed this vacancy meanwhile (it is now \"{title}\", {status}). "
                                  "Nothing was saved; close this dialog and try again.").format(
                title=result.theirs.title, status=status_label(result.theirs.status)))
            return
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._failed_with(user_message(error))

    def _failed_with(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.buttons.setEnabled(True)


class VacancyDialog(_SavingDialog):
    """New vacancy… and Edit…: title, client, location, owner and the open stages (one per line)."""

    def __init__(self, service: TeamVacancies, vacancy: TeamVacancyRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.vacancy = service, vacancy
        self.setWindowTitle(self.tr("New vacancy") if vacancy is None else self.tr("Edit vacancy"))
        edit = vacancy.edit() if vacancy is not None else VacancyEdit("", stages=None)
        self.title_edit = QLineEdit(edit.title, self)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.client_edit = QLineEdit(edit.client or "", self)
        self.client_edit.setAccessibleName(self.tr("Client"))
        self.location_edit = QLineEdit(edit.location or "", self)
        self.location_edit.setAccessibleName(self.tr("Location"))
        self.owner_edit = QLineEdit(edit.owner or "", self)
        self.owner_edit.setAccessibleName(self.tr("Owner"))
        stages = edit.stages if edit.stages else ("new", "screening", "interview", "offer")
        self.stages_edit = QPlainTextEdit("\n".join(stage_label(stage) for stage in stages), self)
        self.stages_edit.setTabChangesFocus(True)
        self.stages_edit.setAccessibleName(self.tr("Stages"))
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Client:"), self.client_edit)
        form.addRow(self.tr("&Location:"), self.location_edit)
        form.addRow(self.tr("&Owner:"), self.owner_edit)
        form.addRow(self.tr("&Stages (one per line; Hired, Rejected and Withdrawn follow):"), self.stages_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self._finish_layout(layout)

    def edit(self) -> VacancyEdit:
        stages = tuple(line for line in self.stages_edit.toPlainText().splitlines() if line.strip())
        return VacancyEdit(self.title_edit.text(), self.client_edit.text(), self.location_edit.text(), self.owner_edit.text(), stages)

    def save(self) -> None:
        if self.vacancy is None:
            self._run(self.service.add, self.edit())
        else:
            self._run(self.service.save, self.vacancy.vacancy_id, self.vacancy.version, self.edit())


class CloseFilledDialog(_SavingDialog):
    """Close as filled…: tick who was hired among the open applicants; everyone else is rejected today."""

    def __init__(self, service: TeamVacancies, vacancy: TeamVacancyRow, applicants: list[ApplicantRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.vacancy = service, vacancy
        self.setWindowTitle(self.tr("Close as filled"))
        intro = QLabel(self.tr("Who was hired for \"{title}\"? Everyone else still in the procedure is rejected today, and "
                               "every applicant's retention clock starts.").format(title=vacancy.title), self)
        intro.setWordWrap(True)
        self.hired_list = QListWidget(self)
        self.hired_list.setAccessibleName(self.tr("Hired"))
        for applicant in applicants:
            if applicant.is_open:
                item = QListWidgetItem(applicant.full_name, self.hired_list)
                item.setData(Qt.ItemDataRole.UserRole, applicant.application_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.hired_list)
        self._finish_layout(layout, self.tr("Close as filled"))

    def hired(self) -> set[UUID]:
        items = (self.hired_list.item(row) for row in range(self.hired_list.count()))
        return {item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked}

    def save(self) -> None:
        self._run(self.service.close, self.vacancy.vacancy_id, self.vacancy.version, self.hired())


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
