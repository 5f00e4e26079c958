"""The team's audit log for the Audit window: the chain checked, entries filtered, an .xlsx export.

What the local vault's trail offers (``services.audit_trail``), on ``team.audit``: the chain is
verified on every read (intact, or the first entry that does not link), entries are filtered by
date, action and candidate, newest first, and the export writes them with the check to a new
owner-only workbook and appends ``audit-exported`` to the chain, as the local export is audited.

The reading rule is ``team.audit.chain_for``'s and nothing else: the DPO and administrators read
every entry, a recruiter the entries of their own actions; the whole chain is verified either way.
Entries name the acting member (their name read through the open team, on this computer) and the
candidate by opaque id only, never by name, so neither the window nor the file reveals a person.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from sqlalchemy import Engine

from recruitdesk.errors import ROLE_NAMES
from recruitdesk.exporting import archive
from recruitdesk.exporting.sheets import add_table, new_workbook, to_bytes
from recruitdesk.i18n import N_, translate
from recruitdesk.services.audit_trail import AuditFilter
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.services.team_register import ID_PREFIX, action_words, member_names, unknown_member
from recruitdesk.team import audit
from recruitdesk.team.key_hierarchy import member_holder
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.roles import Role, reads_whole_audit

__all__ = ["AuditFilter", "EXPORTED", "action_words", "TeamChainReport", "TeamAuditEntry", "TeamAuditReading", "read", "export_xlsx", "default_name"]

EXPORTED = "audit-exported"
EVERYTHING = AuditFilter()  # no filter
INTACT_TEXT = N_("team audit", "The audit chain is intact: no entry was altered, removed or reordered.")
BROKEN_TEXT = N_("team audit", "The audit chain is broken at entry {entry}: that entry or the one before it was altered, "
                               "removed or reordered on the server. Tell the team's administrators.")


@dataclass(frozen=True)
class TeamChainReport:
    """The chain check: ``broken_at`` is the first entry that does not link (None: intact)."""

    broken_at: int | None

    @property
    def intact(self) -> bool:
        return self.broken_at is None

    def message(self) -> str:
        if self.broken_at is None:
            return translate("team audit", INTACT_TEXT)
        return translate("team audit", BROKEN_TEXT).format(entry=self.broken_at)


@dataclass(frozen=True)
class TeamAuditEntry:
    number: int
    at: dt.datetime  # timezone-aware
    member: str  # the acting member's name, or "recovery key"
    action: str  # the stored code ("candidate-added")
    words: str  # the action in the current language
    candidate_id: UUID | None  # an opaque id, never a name
    about_member: str | None  # the member a member change is about
    role: Role | None  # the role given by an invitation, a join or a role change
    detail: str | None = None  # the stored detail code ("retention-facts", "hold-released"), never personal

    @property
    def candidate(self) -> str | None:
        """The first characters of the candidate's opaque id, as the window shows it."""
        return str(self.candidate_id)[:ID_PREFIX] if self.candidate_id is not None else None

    def details(self) -> str:
        """The member a change is about, with the role given, in words."""
        if self.about_member is None:
            return ""
        if self.role is None:
            return self.about_member
        role = translate("team roles", ROLE_NAMES.get(self.role.value, self.role.value))
        return translate("team audit", "{member} – {role}").format(member=self.about_member, role=role)


@dataclass(frozen=True)
class TeamAuditReading:
    report: TeamChainReport
    actions: list[str]  # every action code this member may read, for a filter list
    rows: list[TeamAuditEntry]  # the entries matching the filter, newest first
    role: Role

    @property
    def whole(self) -> bool:
        """Every member's entries (the DPO, an administrator), rather than one's own."""
        return reads_whole_audit(self.role)


def read(desk: TeamDesk, where: AuditFilter = EVERYTHING, limit: int | None = None) -> TeamAuditReading:
    """The entries this member may read that match ``where``, newest first, and the chain check."""
    return desk.run(lambda engine, team: _read(engine, team, where, limit))


def _read(engine: Engine, team: OpenTeam, where: AuditFilter, limit: int | None) -> TeamAuditReading:
    chain = audit.chain_for(engine, team)
    names = member_names(engine, team)
    rows: list[TeamAuditEntry] = []
    for entry in reversed(chain.entries):
        if not _matches(entry, where):
            continue
        if limit is not None and len(rows) >= limit:
            break
        about = names.get(member_holder(entry.member_id), unknown_member()) if entry.member_id is not None else None
        role = Role(entry.detail) if entry.member_id is not None and entry.detail in {r.value for r in Role} else None
        rows.append(TeamAuditEntry(entry.entry_id, entry.at, names.get(entry.actor, unknown_member()), entry.action,
                                   action_words(entry.action, entry.detail), entry.candidate_id, about, role, entry.detail))
    actions = sorted({entry.action for entry in chain.entries})
    return TeamAuditReading(TeamChainReport(chain.broken_at), actions, rows, team.role)


def _matches(entry: audit.AuditEntry, where: AuditFilter) -> bool:
    """``where`` as the local trail reads it: days inclusive (in this computer's time zone), the exact
    action code or a prefix ending in "-", the candidate's opaque id or its first characters."""
    day = (entry.at.astimezone() if entry.at.tzinfo else entry.at).date()
    if where.since is not None and day < where.since:
        return False
    if where.until is not None and day > where.until:
        return False
    if where.action:
        code = where.action.strip()
        if not (entry.action.startswith(code) if code.endswith("-") else entry.action == code):
            return False
    if where.candidate:
        wanted = where.candidate.strip().lower()
        if entry.candidate_id is None or not str(entry.candidate_id).startswith(wanted):
            return False
    return True


def build_workbook(reading: TeamAuditReading) -> bytes:
    workbook = new_workbook()
    add_table(workbook, translate("team audit", "Audit log"),
              [translate("audit", "Entry"), translate("audit", "Date and time"), translate("team audit", "Member"),
               translate("audit", "Action"), translate("audit", "Candidate (random id)"), translate("audit", "Details")],
              [[row.number, _local(row.at), row.member, row.words, str(row.candidate_id) if row.candidate_id else None,
                row.details() or None] for row in reversed(reading.rows)])
    add_table(workbook, translate("audit", "Verification"), [translate("audit", "Result")], [[reading.report.message()]])
    return to_bytes(workbook)


def _local(moment: dt.datetime) -> dt.datetime:
    """A moment as this computer's wall clock shows it (a workbook holds no time zone)."""
    return (moment.astimezone() if moment.tzinfo else moment).replace(tzinfo=None)


def export_xlsx(desk: TeamDesk, target: Path, where: AuditFilter = EVERYTHING) -> Path:
    """Write the (filtered) entries this member may read and the chain check to a new owner-only .xlsx
    file, then append ``audit-exported`` to the chain naming the member."""
    reading = read(desk, where)
    data = build_workbook(reading)
    target = archive.write_export_file(data, target)
    desk.run(lambda engine, team: _audit_export(engine, team, desk))
    return target


def _audit_export(engine: Engine, team: OpenTeam, desk: TeamDesk) -> None:
    with engine.begin() as connection:
        audit.append(connection, team, EXPORTED, None, None, desk.clock)


def default_name(day: dt.date) -> str:
    return f"team-audit-log-{day.isoformat()}.xlsx"
