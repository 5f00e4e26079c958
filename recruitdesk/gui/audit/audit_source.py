"""Where the Audit window reads its entries: one window for both kinds of vault.

The window (``window.AuditWindow``) hands its filters (``services.audit_trail.AuditFilter``) to a
source for a task that finishes with an ``AuditView``: the chain check in words, the actions to
filter by, the rows newest first, and for a team whose entries are listed. A second task exports the
same filters to an .xlsx file. A local vault's source calls ``services.audit_trail`` on its
SQLCipher file; a team's (``gui.team.audit_source``) calls ``services.team_audit`` through the open
team, where each entry names its member. The window never asks which backend it is on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from recruitdesk.gui.shell.tasks import Task
from recruitdesk.i18n import translate
from recruitdesk.services import audit_trail
from recruitdesk.services.candidate_detail import TIMELINE_TEXTS
from recruitdesk.vault.vault import Vault

ROW_LIMIT = 5000  # the newest entries shown; the export has them all


@dataclass(frozen=True)
class AuditLine:
    """One entry as the window shows it, every cell already in words."""

    number: str
    at: dt.datetime  # local wall-clock time
    member: str  # who acted (a team's member); "" in a local vault, where one user acts
    action: str
    candidate: str  # an opaque id, never a name
    details: str


@dataclass(frozen=True)
class AuditView:
    verification: str  # the chain check in a sentence
    intact: bool
    actions: list[tuple[str, str]]  # (code, label) to filter by
    lines: list[AuditLine]  # newest first
    scope: str | None = None  # whose entries are listed, where that depends on the reader (a team)


class AuditSource(Protocol):
    """What the Audit window reads and exports through."""

    desk: object  # the open team the window shows (one window per team, ``gui.team.one_dialog``); None for a local vault
    names_members: bool  # entries name the member who acted: the window shows the column

    def today(self) -> dt.date: ...

    def default_name(self) -> str: ...

    def load_task(self, where: audit_trail.AuditFilter) -> Task:
        """A task whose result is an ``AuditView``."""
        ...

    def export_task(self, target: Path, where: audit_trail.AuditFilter) -> Task:
        """A task that writes the .xlsx file and finishes with its path."""
        ...


def action_label(code: str) -> str:
    """A local action code in words, with the code (the DPO searches the export by it)."""
    text = TIMELINE_TEXTS.get(code)
    return f"{translate('timeline', text)} ({code})" if text else code


def _load_local(vault: Vault, where: audit_trail.AuditFilter) -> AuditView:
    report = audit_trail.verify(vault)
    actions = [(code, action_label(code)) for code in audit_trail.actions(vault)]
    lines = [AuditLine(str(entry.number or ""), entry.at, "", action_label(entry.action), entry.candidate_uid or "",
                       ", ".join(f"{key}={value}" for key, value in sorted(entry.details.items())))
             for entry in audit_trail.entries(vault, where, limit=ROW_LIMIT)]
    return AuditView(report.message(), report.intact, actions, lines)


class LocalAuditSource:
    """A local vault's trail: ``services.audit_trail``; one user acts, so no member is named."""

    desk = None
    names_members = False

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def today(self) -> dt.date:
        return self.vault.clock.today()

    def default_name(self) -> str:
        return audit_trail.default_name(self.today())

    def load_task(self, where: audit_trail.AuditFilter) -> Task:
        return Task(_load_local, self.vault, where)

    def export_task(self, target: Path, where: audit_trail.AuditFilter) -> Task:
        return Task(audit_trail.export_xlsx, self.vault, target, where)
