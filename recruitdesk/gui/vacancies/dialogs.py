"""New vacancy / Edit vacancy, and "Vacancy filled…" (who was hired; everyone else ends).

Both save with a ``WriteTask`` on the database worker, through a source (``gui.vacancies.source``):
a local vault's, or a team's. A refusal (no title, a stage that still holds applications, a closed
vacancy, a colleague's newer save in a team) is shown in the dialog, which stays open with what the
user typed. What a team's server decides (the opening and closing days, a vacancy's status in an
edit) is not offered.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QScrollArea, QVBoxLayout,
    QWidget,
)

from recruitdesk.dates import qt_short_format
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.shell.tasks import WriteTask
from recruitdesk.gui.vacancies.board import Card
from recruitdesk.gui.vacancies.source import ShownVacancy, VacanciesSource, VacancyValues, Work
from recruitdesk.gui.vacancies.texts import stage_text, status_text, to_date, to_qdate
from recruitdesk.services.stages import DEFAULT_STAGES, FINAL_STAGES
from recruitdesk.services.vacancies import ACTIVE_STATUSES, ON_HOLD, OPEN, VacancyRow


class _SavingDialog(QDialog):
    def __init__(self, source: VacanciesSource, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._source = source
        self._task: WriteTask | None = None
        self.error_label = inline_error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        raise NotImplementedError

    def _run(self, work: Work) -> None:
        self.error_label.hide()
        self.buttons.setEnabled(False)
        task = WriteTask(work)
        task.finished.connect(lambda result, task=task: self._done(task, result))
        task.failed.connect(lambda error, task=task: self._failed(task, error))
        self._task = task
        task.start()

    def _done(self, task: WriteTask, result: object) -> None:
        if task is not self._task:
            return
        self._task = None
        refusal = self._source.refusal(result)  # a colleague saved first: nothing was stored
        if refusal:
            self._say(refusal)
            return
        self.saved_result(result)
        self.accept()

    def saved_result(self, result: object) -> None:
        raise NotImplementedError

    def _failed(self, task: WriteTask, error: BaseException) -> None:
        if task is not self._task:
            return
        self._task = None
        self._say(user_message(error))

    def _say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.buttons.setEnabled(True)

    def reject(self) -> None:
        self._task = None  # a save still running finishes, but nothing here reacts to it
        super().reject()


class VacancyDialog(_SavingDialog):
    """New vacancy (``row`` None) or Edit vacancy. Emits ``saved(vacancy_id)``."""

    saved = Signal(object)

    def __init__(self, source: VacanciesSource, today: dt.date, row: ShownVacancy | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(source, parent)
        self._row = row
        self.setWindowTitle(self.tr("New vacancy") if row is None else self.tr("Edit vacancy"))
        self.setAccessibleName(self.windowTitle())
        self.title_edit = QLineEdit(row.title if row else "")
        self.title_edit.setObjectName("vacancyTitle")
        self.client_edit = QLineEdit(row.client or "" if row else "")
        self.location_edit = QLineEdit(row.location or "" if row else "")
        self.owner_edit = QLineEdit(row.owner or "" if row else "")
        self.opened_edit = QDateEdit(to_qdate(row.opened_on if row else today))
        self.opened_edit.setCalendarPopup(True)
        self.opened_edit.setDisplayFormat(qt_short_format())
        self.opened_edit.setEnabled(row is None)
        stages = row.stages if row else DEFAULT_STAGES
        self.stages_edit = QLineEdit(", ".join(stage_text(stage) for stage in stages if stage not in FINAL_STAGES))
        self.stages_edit.setObjectName("vacancyStages")
        self.stages_edit.setToolTip(self.tr("The stages before Hired, Rejected and Withdrawn (which every vacancy has), separated by commas"))
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Client:"), self.client_edit)
        form.addRow(self.tr("&Location:"), self.location_edit)
        form.addRow(self.tr("&Owner:"), self.owner_edit)
        form.addRow(self.tr("O&pened on:"), self.opened_edit)
        form.setRowVisible(self.opened_edit, source.chooses_days)  # a team's vacancy opens on the server's day
        form.addRow(self.tr("&Stages:"), self.stages_edit)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("vacancyStatus")
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_note = QLabel()
        self.status_note.setWordWrap(True)
        if row is not None and source.sets_status:
            if not row.is_active:  # filled or cancelled: stays so unless the user reopens it
                self.status_combo.addItem(status_text(row.status), row.status)
            self.status_combo.addItem(self.tr("Open") if row.is_active else self.tr("Reopen: open"), OPEN)
            self.status_combo.addItem(self.tr("On hold") if row.is_active else self.tr("Reopen: on hold"), ON_HOLD)
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(row.status)))
            self.status_combo.currentIndexChanged.connect(lambda _index: self._explain_status())
            form.addRow(self.tr("St&atus:"), self.status_combo)
            self._explain_status()
        for edit, name in ((self.title_edit, self.tr("Title")), (self.client_edit, self.tr("Client")),
                           (self.location_edit, self.tr("Location")), (self.owner_edit, self.tr("Owner")),
                           (self.opened_edit, self.tr("Opened on")), (self.stages_edit, self.tr("Stages"))):
            edit.setAccessibleName(name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Hired, Rejected and Withdrawn end a candidate's procedure; every vacancy has them.")))
        layout.addWidget(self.status_note)
        self.status_note.setVisible(row is not None and source.sets_status)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def save(self) -> None:
        status = self.status_combo.currentData()
        values = VacancyValues(self.title_edit.text(), self.client_edit.text(), self.location_edit.text(), self.owner_edit.text(),
                               self.stages_edit.text().split(","), to_date(self.opened_edit.date()),
                               status if self._row is not None and status is not None and status != self._row.status else None)
        self._run(self._source.add(values) if self._row is None else self._source.save(self._row, values))

    def _explain_status(self) -> None:
        """What the chosen status does to the candidates, in words (see ``edit_vacancy``)."""
        row, status = self._row, self.status_combo.currentData()
        if row is None:
            return
        ended = sum(row.count(stage) for stage in FINAL_STAGES) if isinstance(row, VacancyRow) else 0
        if not row.is_active and status in ACTIVE_STATUSES:
            text = self.tr(
                "Reopening brings nobody back by itself: the %n application(s) that ended stay ended, their countdowns "
                "keep running and rejection letters already sent stay valid. To take someone back, move them to an open "
                "stage on the board; that reopens their procedure and stops their countdown.", "", ended)
        elif not row.is_active:
            text = self.tr("This vacancy is closed: its applications cannot move. Choose a reopen status to work on it again.")
        elif status == ON_HOLD:
            text = self.tr("On hold changes no application: the procedures still open stay open, so those candidates stay "
                           "active and their countdowns do not start.")
        else:
            text = self.tr("Open: candidates can apply and move through the stages. \"Vacancy filled…\" ends the "
                           "procedures still open and starts their countdowns.")
        self.status_note.setText(text)

    def saved_result(self, result: object) -> None:
        self.saved.emit(self._source.saved_id(result))


class CloseVacancyDialog(_SavingDialog):
    """Vacancy filled: tick who was hired among ``still_open`` (the applications still in the
    procedure); every other one ends as not hired on the date chosen (a team's: today), in one
    transaction. Emits ``closed(vacancy_id, rejected_application_ids)``."""

    closed = Signal(object, list)

    def __init__(self, source: VacanciesSource, today: dt.date, vacancy_id: object, vacancy: ShownVacancy,
                 still_open: list[Card], parent: QWidget | None = None) -> None:
        super().__init__(source, parent)
        self._vacancy_id, self._vacancy, self._still_open = vacancy_id, vacancy, [row.id for row in still_open]
        self.setWindowTitle(self.tr("Vacancy filled: {title}").format(title=vacancy.title))
        self.setAccessibleName(self.tr("Vacancy filled"))
        intro = QLabel(self.tr(
            "Tick who was hired. The procedure of everyone else still in this vacancy ({count}) ends as not hired "
            "on the date below, and their retention countdowns start on that date.").format(count=len(still_open)))
        intro.setWordWrap(True)
        self.hired_checks: dict[object, QCheckBox] = {}
        box = QWidget()
        box_layout = QVBoxLayout(box)
        for row in still_open:
            check = QCheckBox(self.tr("{name} ({stage})").format(name=row.name, stage=stage_text(row.stage)))
            check.setChecked(row.stage == "offer")
            self.hired_checks[row.id] = check
            box_layout.addWidget(check)
        if not still_open:
            box_layout.addWidget(QLabel(self.tr("Nobody is still in this vacancy's procedure.")))
        box_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(box)
        scroll.setAccessibleName(self.tr("Hired"))
        self.date_edit = QDateEdit(to_qdate(today))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(qt_short_format())
        self.date_edit.setAccessibleName(self.tr("Procedures end on"))
        form = QFormLayout()
        form.addRow(self.tr("Procedures &end on:"), self.date_edit)
        form.setRowVisible(self.date_edit, source.chooses_days)  # a team's procedures end on the server's day
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Close vacancy"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(480, 420)

    def hired(self) -> list[object]:
        return [application for application, check in self.hired_checks.items() if check.isChecked()]

    def save(self) -> None:
        self._run(self._source.close(self._vacancy, self.hired(), to_date(self.date_edit.date())))

    def saved_result(self, result: object) -> None:
        self.closed.emit(self._vacancy_id, self._source.rejected(result, self._still_open, self.hired()))
