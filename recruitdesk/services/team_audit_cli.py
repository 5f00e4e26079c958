"""``recruitdesk audit verify|list|export`` on a team vault: the Audit window's reading (``services.team_audit``) for scripts.

The reading rule, the chain check, the filters and the export are the window's (a recruiter reads
the entries of their own actions; the whole chain is verified either way; an export is audited).
What the command line adds is its own shape: rows as the local trail's (``audit_trail.AuditRow``:
entry, moment, acting member, action code, candidate id, details), a chain report counting the
entries read, and the local filter's spellings: a group ending in a dot (``request.``) as well as a
dash, and a candidate named by words of their name as well as by the first characters of their id.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from recruitdesk.i18n import translate
from recruitdesk.services import team_audit
from recruitdesk.services.audit_trail import AuditFilter, AuditRow
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.services.team_export import PREFIX_MIN, find_in_team
from recruitdesk.team.hold_releases import RELEASED_DETAIL
from recruitdesk.team.request_actions import RESTRICTED_DETAIL
from recruitdesk.team.retention import FACTS_DETAIL

EVERYTHING = AuditFilter()
# the detail codes that say which change a "candidate-updated" entry was (the local trail's action says it):
# the retention facts, a legal hold released (its reason is kept sealed, ``team.hold_releases``), a restriction
CHANGE_DETAILS = (FACTS_DETAIL, RELEASED_DETAIL, RESTRICTED_DETAIL)


@dataclass(frozen=True)
class TeamChainReport:
    """The local ``ChainReport``'s shape: intact with the number of entries read, or where the chain breaks."""

    count: int  # the entries this member reads
    broken_at: int | None

    @property
    def intact(self) -> bool:
        return self.broken_at is None

    def message(self) -> str:
        if self.intact:
            return translate("audit", "The audit trail is intact: %n entries.", None, self.count)
        return team_audit.TeamChainReport(self.broken_at).message()

    def to_json(self) -> dict:
        return {"intact": self.intact, "entries": self.count, "problem": None if self.intact else "broken", "entry": self.broken_at}


def verify(desk: TeamDesk) -> TeamChainReport:
    """The whole chain verified; counted as this member reads it."""
    reading = team_audit.read(desk)
    return TeamChainReport(len(reading.rows), reading.report.broken_at)


def entries(desk: TeamDesk, where: AuditFilter = EVERYTHING, limit: int | None = None) -> list[AuditRow]:
    """The entries this member reads that match ``where``, newest first."""
    return [_row(entry) for entry in team_audit.read(desk, _team_filter(desk, where), limit).rows]


def export_xlsx(desk: TeamDesk, target: Path, where: AuditFilter = EVERYTHING) -> Path:
    """The window's export of the entries this member reads that match ``where`` (audited)."""
    return team_audit.export_xlsx(desk, target, _team_filter(desk, where))


def _row(entry: team_audit.TeamAuditEntry) -> AuditRow:
    details: dict[str, object] = {}
    if entry.about_member is not None:
        details["member"] = entry.about_member
    if entry.role is not None:
        details["role"] = entry.role.value
    if entry.detail in CHANGE_DETAILS:
        details["change"] = entry.detail  # a code, as a local entry's action names the change
    return AuditRow(entry.number, entry.at.astimezone(), entry.member, entry.action,
                    str(entry.candidate_id) if entry.candidate_id is not None else None, details)


def _team_filter(desk: TeamDesk, where: AuditFilter) -> AuditFilter:
    """The local spellings in the team's: ``request.`` as ``request-``; a name as the candidate's id."""
    action = where.action.strip() if where.action else None
    if action and action.endswith("."):
        action = action[:-1] + "-"
    return replace(where, action=action, candidate=_candidate(desk, where.candidate) if where.candidate else None)


def _candidate(desk: TeamDesk, reference: str) -> str:
    """The start of an entry's candidate id: as given when it is hex digits (an erased candidate's too),
    else the id of the one living candidate words of their name find."""
    digits = reference.strip().casefold()
    if len(digits.replace("-", "")) >= PREFIX_MIN and all(c in "0123456789abcdef-" for c in digits):
        return digits
    return str(desk.run(lambda engine, team: find_in_team(engine, team, reference)).candidate_id)
