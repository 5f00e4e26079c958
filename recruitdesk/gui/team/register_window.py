"""Requests > Requests register…: the team's data-subject requests, overdue ones highlighted.

The register follows the member's role (``services.team_register``): the DPO and administrators
see every request, a recruiter the ones they recorded, and a line above the list says which.
A DPO only reads: Register, Extend and Complete stay disabled, with a line saying why (the server
would refuse the write anyway). A request is registered about the candidate selected in the team
window, as Candidate > Register a rights request does in the local window, or about a person who
is not a candidate (Requests > Register a request without a candidate…, ``register_person``), listed
by their name, decrypted here. Loading runs on a worker; a fault is shown in words above the list.
"""

from __future__ import annotations

from typing import Callable
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from recruitdesk import labels
from recruitdesk.dates import short_date
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.gui.team.member_dialogs import role_name
from recruitdesk.gui.team.register_dialogs import (CompleteTeamRequestDialog, ExtendTeamRequestDialog, RegisterPersonRequestDialog,
                                                   RegisterTeamRequestDialog)
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.services.team_register import RegisterRow, TeamRegister, TeamRequestChanged, read_register

OVERDUE_COLOUR = QColor("#b00020")
OVERDUE_BACKGROUND = QColor("#fde7ea")
KIND, NAME, RECEIVED, ANSWER_BY, COMPLETED, RECORDED_BY, OUTCOME = range(7)

# selected_candidate() -> the candidate selected in the team's panel (id and name), or None
CandidateChoice = Callable[[], "tuple[UUID, str] | None"]


class TeamRegisterWindow(QDialog):
    """The register; ``loaded`` after each (re)load, ``failed_to_load`` with the sentence shown."""

    loaded = Signal()
    failed_to_load = Signal(str)
    dialog_opened = Signal(object)

    def __init__(self, desk: TeamDesk, selected_candidate: CandidateChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._selected_candidate = selected_candidate
        self._task: Task | None = None
        self.register: TeamRegister | None = None
        self.dialog: QDialog | None = None
        self.setObjectName("teamRegisterWindow")
        self.setWindowTitle(self.tr("Requests register – team vault"))
        self.resize(900, 460)
        self.scope_label = QLabel(self.tr("Loading the register…"))
        self.scope_label.setWordWrap(True)
        self.summary_label = QLabel()
        self.problem_label = inline_error_label()
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("teamRegisterTable")
        self.table.setAccessibleName(self.tr("Data-subject requests"))
        self.table.setHorizontalHeaderLabels([self.tr("Request"), self.tr("Candidate or requester"), self.tr("Received"),
                                              self.tr("Answer by"), self.tr("Completed"), self.tr("Recorded by"), self.tr("Outcome")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.register_button = QPushButton(self.tr("&Register…"))
        self.extend_button = QPushButton(self.tr("E&xtend…"))
        self.complete_button = QPushButton(self.tr("C&omplete…"))
        self.reload_button = QPushButton(self.tr("Re&load"))
        self.register_button.clicked.connect(self.register_request)
        self.extend_button.clicked.connect(self.extend_selected)
        self.complete_button.clicked.connect(self.complete_selected)
        self.reload_button.clicked.connect(self.reload)
        self.why_label = QLabel()
        self.why_label.setWordWrap(True)
        row = QHBoxLayout()
        for button in (self.register_button, self.extend_button, self.complete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.reload_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.why_label)
        layout.addWidget(close)
        self.update_buttons()
        self.reload()

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        if self._task is not None:
            return
        self.reload_button.setEnabled(False)
        task = Task(read_register, self.desk)
        task.finished.connect(self._loaded)
        task.failed.connect(self._failed)
        self._task = task
        task.start()

    def _loaded(self, register: TeamRegister) -> None:
        self._task = None
        self.register = register
        self.problem_label.hide()
        self.scope_label.setText(self._scope_text(register))
        self.summary_label.setText(self.tr("%n requests overdue.", "", register.overdue) if register.overdue
                                   else self.tr("No request is overdue."))
        self.table.setRowCount(len(register.rows))
        for number, request in enumerate(register.rows):
            self._fill(number, request)
        self.update_buttons()
        self.loaded.emit()

    def _scope_text(self, register: TeamRegister) -> str:
        if register.whole:
            return self.tr("Every request of the team is listed; your role is {role}.").format(role=role_name(register.role))
        return self.tr("You see the requests you recorded; the data protection officer and the administrators see every request.")

    def _fill(self, number: int, request: RegisterRow) -> None:
        if request.is_open:
            answer = short_date(request.deadline)
            if request.extended_to is not None:
                answer = self.tr("{date} (extended)").format(date=answer)
            if request.overdue:
                answer = self.tr("{date} (overdue)").format(date=answer)
        else:
            answer = short_date(request.deadline)
        cells = [labels.label("request_kind", request.kind), request.who or (self.tr("(erased)") if request.erased else "-"), short_date(request.received_on),
                 answer, short_date(request.completed_on) if request.completed_on else "", request.recorded_by, request.outcome or ""]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == KIND:
                item.setData(Qt.ItemDataRole.UserRole, str(request.request_id))
            if request.overdue:
                item.setForeground(QBrush(OVERDUE_COLOUR))
                item.setBackground(QBrush(OVERDUE_BACKGROUND))
            self.table.setItem(number, column, item)

    def _failed(self, error: BaseException) -> None:
        self._task = None
        text = user_message(error)
        self.problem_label.setText(text)
        self.problem_label.show()
        self.update_buttons()
        self.failed_to_load.emit(text)

    # --- selection and buttons -------------------------------------------------------------
    def selected(self) -> RegisterRow | None:
        rows = self.table.selectionModel().selectedRows()
        if self.register is None or not rows:
            return None
        return self.register.rows[rows[0].row()]

    def update_buttons(self) -> None:
        register, request = self.register, self.selected()
        writes = register is not None and register.may_write
        self.reload_button.setEnabled(self._task is None)
        self.register_button.setEnabled(writes and self._selected_candidate() is not None)
        self.extend_button.setEnabled(writes and request is not None and request.may_extend_on(self.desk.clock.today()))
        self.complete_button.setEnabled(writes and request is not None and request.is_open)
        if register is None:
            self.why_label.setText("")
        elif not writes:
            self.why_label.setText(self.tr("Your role is {role}: you can only read the register. Registering, extending and "
                                           "completing requests is for recruiters and administrators.").format(role=role_name(register.role)))
        elif self._selected_candidate() is None:
            self.why_label.setText(self.tr("To register a request, select its candidate in the list of candidates. For someone who is "
                                           "not a candidate, use Requests > Register a request without a candidate…."))
        else:
            self.why_label.setText("")

    def done(self, result: int) -> None:
        """Closing the register (Close, or Lock closing the team's windows) closes the dialogs open over it:
        a half-typed request must not stay on screen, with a name in it, over a locked window."""
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        super().done(result)

    # --- actions ---------------------------------------------------------------------------
    def register_request(self) -> None:
        chosen = self._selected_candidate()
        if chosen is not None:
            self._open(RegisterTeamRequestDialog(self.desk, chosen[0], chosen[1], self))

    def register_person(self) -> RegisterPersonRequestDialog:
        """A request about a person who is not a candidate; listed here once saved."""
        dialog = RegisterPersonRequestDialog(self.desk, self)
        self._open(dialog)
        return dialog

    def extend_selected(self) -> None:
        request = self.selected()
        if request is not None:
            self._open(ExtendTeamRequestDialog(self.desk, request, self))

    def complete_selected(self) -> None:
        request = self.selected()
        if request is not None:
            self._open(CompleteTeamRequestDialog(self.desk, request, self))

    def _open(self, dialog) -> None:
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.saved.connect(self.reload)
        dialog.refused.connect(lambda error: self.reload() if isinstance(error, TeamRequestChanged) else None)
        dialog.open()
        self.dialog_opened.emit(dialog)
