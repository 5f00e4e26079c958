"""The requests dock's source while a team is shown in the window (``gui.requests.source.RequestsSource``).

The dock that lists a local vault's rights requests lists the team's register: the same headline
(``services.team_dashboard.team_request_summary``, the dashboard's sentence) and the same table,
each line naming the candidate (decrypted on this computer), the person a request without a
candidate is about (their e-mail address and phone number in its tooltip), or "(erased)", and the
member who recorded it. The register is read on a worker through the open team
(``services.team_register.read_register``), as the member's role lets them read it, and the dock says
which part that is (every request, or the ones the member recorded). Its buttons open the local
vault's dialogs (``gui.requests.dialogs``) writing through the team's writer (``request_writer``,
opened by ``register_actions``), so every rule stays in ``services.team_register``; a DPO reads
only. This is the team's only register window: Requests > Rights requests (Ctrl+R) opens this dock, as a local vault's. A
colleague's change notice about a request, or about a candidate (their name may have changed, or
they were erased), reads the register again shortly after (several at once
read it once), as the team's dashboard does. A notice about a candidate none of the requests read
names is ignored: in a busy team every save is a notice, and reading (and decrypting) the whole
register again for each would gain nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Callable
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from recruitdesk.gui.requests.source import RequestLine, RequestsRead
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.gui.team import register_actions
from recruitdesk.gui.team.dashboard_dock import CHANGES_SETTLE_MS
from recruitdesk.gui.team.member_dialogs import role_name
from recruitdesk.services import team_dashboard
from recruitdesk.services.team_desk import REQUEST_KIND, TeamChange
from recruitdesk.services.team_register import RegisterRow, TeamRegister, TeamRequestChanged, read_register

if TYPE_CHECKING:
    from recruitdesk.gui.exporting.dialog import ExportDialog
    from recruitdesk.gui.team.panel import TeamPanel
    from recruitdesk.services.rights_requests import RequestSummary


class TeamRequestsSource(QObject):
    changed = Signal()
    exports = False  # a team's data export is Candidate > Export data…, not the register's
    shared = True

    def __init__(self, panel: "TeamPanel") -> None:
        super().__init__(panel)
        self._panel = panel
        self._settle = QTimer(self, singleShot=True, interval=CHANGES_SETTLE_MS)
        self._settle.timeout.connect(self.changed)
        panel.opened.connect(self._opened)
        self._named: set[UUID] | None = None  # the candidates the last register read names (None: not read yet)
        panel.candidate_changed.connect(self._candidate_changed)
        panel.deadlines_moved.connect(self._settle.start)
        panel.closed.connect(self._closed)

    def _closed(self) -> None:
        self._settle.stop()
        self._named = None

    def _opened(self) -> None:
        if self._panel.listener is not None:  # a request without a candidate is not a candidate's change
            self._panel.listener.changed.connect(self._notice)

    def _candidate_changed(self, candidate_id: UUID) -> None:
        if self._named is None or candidate_id in self._named:
            self._settle.start()

    def _notice(self, change: TeamChange) -> None:
        if self._panel.desk is not None and change.record_kind == REQUEST_KIND:
            self._settle.start()

    def read_only_reason(self) -> str:
        desk = self._panel.desk
        if desk is None or desk.may_write:
            return ""
        return QCoreApplication.translate(
            "TeamRequestsSource", "Your role is {role}: you can only read the register. Registering, extending and "
                                  "completing requests is for recruiters and administrators.").format(role=role_name(desk.role))

    def read(self, open_only: bool, day: dt.date, window_days: int,
             done: Callable[[RequestsRead], None], failed: Callable[[BaseException], None]) -> None:
        desk = self._panel.desk
        if desk is None:
            return
        task = Task(lambda: (read_register(desk), team_dashboard.team_request_summary(desk)))
        task.finished.connect(lambda read: self._read(read, open_only, done))
        task.failed.connect(failed)
        task.start()

    def _read(self, read: tuple[TeamRegister, "RequestSummary"], open_only: bool, done: Callable[[RequestsRead], None]) -> None:
        register, _summary = read
        self._named = {row.candidate_id for row in register.rows if row.candidate_id is not None}
        done(_lines(*read, open_only))

    def may_extend(self, line: RequestLine, day: dt.date) -> bool:
        return _row(line).may_extend_on(day)

    def may_export(self, line: RequestLine) -> bool:
        return False

    def register(self, parent: QWidget, candidate_id: object = None, name: str | None = None, linked: bool = True) -> QDialog | None:
        return self._watch(register_actions.new_request_dialog(self._panel, parent, linked))

    def extend(self, parent: QWidget, line: RequestLine) -> QDialog | None:
        return self._watch(register_actions.extend_dialog(self._panel, _row(line), parent))

    def complete(self, parent: QWidget, line: RequestLine) -> QDialog | None:
        return self._watch(register_actions.complete_dialog(self._panel, _row(line), parent))

    def export(self, parent: QWidget, line: RequestLine, choose_folder: Callable) -> "ExportDialog | None":
        return None

    def _watch(self, dialog: QDialog | None) -> QDialog | None:
        """A save refused because a colleague changed the request meanwhile: the dock shows their change."""
        if dialog is not None:
            dialog.refused.connect(lambda error: isinstance(error, TeamRequestChanged) and self.changed.emit())  # type: ignore[attr-defined]
        return dialog


def _row(line: RequestLine) -> RegisterRow:
    assert isinstance(line.record, RegisterRow), "a team's line holds its RegisterRow"
    return line.record


def _lines(register: TeamRegister, summary: "RequestSummary", open_only: bool) -> RequestsRead:
    erased = QCoreApplication.translate("TeamRequestsSource", "(erased)")
    lines = [RequestLine(row.request_id, row.short_id, row.kind, row.who or (erased if row.erased else "-"), row.received_on,
                         row.deadline, row.completed_on, row.overdue, row, extended=row.extended_to is not None,
                         outcome=row.outcome or "", recorded_by=row.recorded_by, details=_details(row))
             for row in register.rows if row.is_open or not open_only]
    return RequestsRead(lines, summary, _scope(register))


def _scope(register: TeamRegister) -> str:
    if register.whole:
        return QCoreApplication.translate("TeamRequestsSource", "Every request of the team is listed; your role is {role}.").format(
            role=role_name(register.role))
    return QCoreApplication.translate("TeamRequestsSource", "You see the requests you recorded; the data protection officer and the "
                                                            "administrators see every request.")


def _details(row: RegisterRow) -> str:
    """A person who is not a candidate: how to reach them, one line each (the name is in the cell)."""
    if not row.about_person:
        return ""
    return "\n".join(value for value in (row.email, row.phone) if value)
