"""Retention > Audit log…: who did what in the team vault, newest first, and whether the hash chain is intact.

The chain is verified whenever the log loads (``team.audit.read_chain``): intact, or the first
entry that does not link, in red. Entries name the acting member (or the recovery key) and the
candidate's opaque id only, never a name. The DPO and administrators read every entry, a recruiter
the entries of their own actions, and a line says which. Loading runs on a worker.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from recruitdesk.dates import short_datetime
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.gui.team.member_dialogs import role_name
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.services.team_register import AuditRow, TeamAudit, read_audit

BROKEN_STYLE = "color: #b00020; font-weight: bold;"
NUMBER, WHEN, MEMBER, ACTION, CANDIDATE, ABOUT = range(6)


class TeamAuditWindow(QDialog):
    """The audit log; ``loaded`` after each (re)load, ``failed_to_load`` with the sentence shown."""

    loaded = Signal()
    failed_to_load = Signal(str)

    def __init__(self, desk: TeamDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._task: Task | None = None
        self.audit: TeamAudit | None = None
        self.setObjectName("teamAuditWindow")
        self.setWindowTitle(self.tr("Audit log – team vault"))
        self.resize(900, 500)
        self.chain_label = QLabel(self.tr("Checking the audit chain…"))
        self.chain_label.setWordWrap(True)
        self.chain_label.setAccessibleName(self.tr("Audit chain verification"))
        self.scope_label = QLabel()
        self.scope_label.setWordWrap(True)
        self.problem_label = inline_error_label()
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("teamAuditTable")
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.setHorizontalHeaderLabels([self.tr("Entry"), self.tr("Date and time"), self.tr("Member"), self.tr("Action"),
                                              self.tr("Candidate (random id)"), self.tr("About member")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel()
        self.reload_button = QPushButton(self.tr("Re&load"))
        self.reload_button.clicked.connect(self.reload)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.reload_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain_label)
        layout.addWidget(self.scope_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        if self._task is not None:
            return
        self.reload_button.setEnabled(False)
        task = Task(read_audit, self.desk)
        task.finished.connect(self._loaded)
        task.failed.connect(self._failed)
        self._task = task
        task.start()

    def _loaded(self, audit: TeamAudit) -> None:
        self._task = None
        self.audit = audit
        self.problem_label.hide()
        if audit.intact:
            self.chain_label.setText(self.tr("The audit chain is intact: no entry was altered, removed or reordered."))
            self.chain_label.setStyleSheet("")
        else:
            self.chain_label.setText(self.tr("The audit chain is broken at entry {entry}: that entry or the one before it was "
                                             "altered, removed or reordered on the server. Tell the team's administrators.")
                                     .format(entry=audit.broken_at))
            self.chain_label.setStyleSheet(BROKEN_STYLE)
        if audit.whole:
            self.scope_label.setText(self.tr("Every member's actions are listed; your role is {role}.").format(role=role_name(audit.role)))
        else:
            self.scope_label.setText(self.tr("You see the entries of your own actions; the data protection officer and the "
                                             "administrators see every member's."))
        self.table.setRowCount(len(audit.rows))
        for number, entry in enumerate(audit.rows):
            for column, text in enumerate(self._cells(entry)):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.count_label.setText(self.tr("%n entries, newest first.", "", len(audit.rows)))
        self.reload_button.setEnabled(True)
        self.loaded.emit()

    def _cells(self, entry: AuditRow) -> list[str]:
        about = entry.about_member or ""
        if entry.about_member is not None and entry.role is not None:
            about = self.tr("{member} – {role}").format(member=entry.about_member, role=role_name(entry.role))
        return [str(entry.number), short_datetime(entry.at.astimezone() if entry.at.tzinfo else entry.at, seconds=True), entry.member, entry.action, entry.candidate or "", about]

    def _failed(self, error: BaseException) -> None:
        self._task = None
        text = user_message(error)
        self.problem_label.setText(text)
        self.problem_label.show()
        self.reload_button.setEnabled(True)
        self.failed_to_load.emit(text)
