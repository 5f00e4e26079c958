"""Retention > Audit log… while a team is shown: the team's audit log in the local vault's Audit window.

The window is the local one (``gui.audit.window.AuditWindow``), reading through this source over the
open team (``services.team_audit``): the chain checked on every load, the date, action and candidate
filters, the export to Excel, each entry naming the member who acted. The reading rule stays the
team's (the DPO and administrators read every entry, a recruiter their own) and a line says which.
Reads and the export run on workers; candidates appear by opaque id only.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from recruitdesk.gui.audit.audit_source import ROW_LIMIT, AuditLine, AuditView
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.gui.team.member_dialogs import role_name
from recruitdesk.services import team_audit
from recruitdesk.services.audit_trail import AuditFilter
from recruitdesk.services.team_desk import TeamDesk


def action_label(code: str, words: str) -> str:
    """A team action in words, with its code (the DPO searches the export by it); an untranslated code once."""
    return words if words == code else f"{words} ({code})"


def _line(entry: team_audit.TeamAuditEntry) -> AuditLine:
    at = entry.at.astimezone() if entry.at.tzinfo else entry.at
    return AuditLine(str(entry.number), at.replace(tzinfo=None), entry.member, action_label(entry.action, entry.words),
                     entry.candidate or "", entry.details())


def _scope(reading: team_audit.TeamAuditReading) -> str:
    if reading.whole:
        return QCoreApplication.translate("TeamAuditSource", "Every member's actions are listed; your role is {role}.").format(
            role=role_name(reading.role))
    return QCoreApplication.translate("TeamAuditSource", "You see the entries of your own actions; the data protection "
                                                         "officer and the administrators see every member's.")


def _load(desk: TeamDesk, where: AuditFilter) -> AuditView:
    reading = team_audit.read(desk, where, limit=ROW_LIMIT)
    actions = [(code, action_label(code, team_audit.action_words(code))) for code in reading.actions]
    return AuditView(reading.report.message(), reading.report.intact, actions, [_line(entry) for entry in reading.rows],
                     _scope(reading))


class TeamAuditSource:
    """A team's audit log through the open team; every entry names the member who acted."""

    names_members = True

    def __init__(self, desk: TeamDesk) -> None:
        self.desk = desk

    def today(self) -> dt.date:
        return self.desk.clock.today()

    def default_name(self) -> str:
        return team_audit.default_name(self.today())

    def load_task(self, where: AuditFilter) -> Task:
        return Task(_load, self.desk, where)

    def export_task(self, target: Path, where: AuditFilter) -> Task:
        return Task(team_audit.export_xlsx, self.desk, target, where)
