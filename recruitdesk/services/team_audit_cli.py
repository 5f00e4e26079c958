"""``recruitdesk audit verify|list|export`` on a team vault: the team's chain, read by the team's rule.

The command line's rows are the local trail's (``services.audit_trail.AuditRow``: entry, moment,
actor, action code, candidate id, details), so a script reads both backends alike; the actor is the
member's name, the candidate the opaque id, never a name. What a member reads is
``team.audit.chain_for``'s rule: an administrator or the DPO every entry, a recruiter the entries
of their own actions; the whole chain is verified in every case. The filters are the local ones:
days (in this computer's time zone), an action code or a group (``request-`` or ``request.``), and
a candidate named by the first characters of their id (also an erased one) or words of their name.
An export is itself audited (``EXPORTED``), naming the member, as a local export is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from recruitdesk.exporting import archive
from recruitdesk.exporting.sheets import add_table, new_workbook, to_bytes
from recruitdesk.i18n import N_, translate
from recruitdesk.services.audit_trail import AuditFilter, AuditRow
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.services.team_export import PREFIX_MIN, find_in_team
from recruitdesk.services.team_register import member_names, unknown_member
from recruitdesk.team import audit
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.key_hierarchy import member_holder
from recruitdesk.team.membership import OpenTeam
from recruitdesk.vault import files

EVERYTHING = AuditFilter()
EXPORTED = "audit-exported"  # the audit action of an export (as the audit window's export writes it)
BROKEN_TEXT = N_("audit", "The team's audit chain was tampered with: entry {number} was edited, removed or moved.")


@dataclass(frozen=True)
class TeamChainReport:
    """The local ``ChainReport``'s shape: intact or the first entry that does not link."""

    count: int  # the entries this member reads
    broken_at: int | None

    @property
    def intact(self) -> bool:
        return self.broken_at is None

    def message(self) -> str:
        if self.intact:
            return translate("audit", "The audit trail is intact: %n entries.", None, self.count)
        return translate("audit", BROKEN_TEXT).format(number=self.broken_at)

    def to_json(self) -> dict:
        return {"intact": self.intact, "entries": self.count, "problem": None if self.intact else "broken", "entry": self.broken_at}


def verify(desk: TeamDesk) -> TeamChainReport:
    """The whole chain verified; counted as this member reads it."""
    chain = desk.run(lambda engine, team: audit.chain_for(engine, team))
    return TeamChainReport(len(chain.entries), chain.broken_at)


def entries(desk: TeamDesk, where: AuditFilter = EVERYTHING, limit: int | None = None) -> list[AuditRow]:
    """The entries this member reads that match ``where``, newest first."""
    return desk.run(lambda engine, team: _rows(engine, team, where, limit)[0])


@translate_faults
def _rows(engine: Engine, team: OpenTeam, where: AuditFilter, limit: int | None) -> tuple[list[AuditRow], TeamChainReport]:
    chain = audit.chain_for(engine, team)
    names = member_names(engine, team)
    candidate = _candidate_digits(engine, team, where.candidate) if where.candidate else None
    rows: list[AuditRow] = []
    for entry in reversed(chain.entries):
        if not _matches(entry, where, candidate):
            continue
        details: dict[str, object] = {}
        if entry.member_id is not None:
            details["member"] = names.get(member_holder(entry.member_id), unknown_member())
        if entry.detail:
            details["detail"] = entry.detail
        if entry.version is not None:
            details["version"] = entry.version
        if entry.record_id is not None:
            details["record"] = str(entry.record_id)
        rows.append(AuditRow(entry.entry_id, entry.at.astimezone(), names.get(entry.actor, unknown_member()), entry.action,
                             str(entry.candidate_id) if entry.candidate_id is not None else None, details))
        if limit is not None and len(rows) >= limit:
            break
    return rows, TeamChainReport(len(chain.entries), chain.broken_at)


def _candidate_digits(engine: Engine, team: OpenTeam, reference: str) -> str:
    """Hex digits an entry's candidate id starts with: given as such (an erased candidate too), or the
    one living candidate words of a name find."""
    digits = reference.strip().casefold().replace("-", "")
    if len(digits) >= PREFIX_MIN and all(c in "0123456789abcdef" for c in digits):
        return digits
    return find_in_team(engine, team, reference).candidate_id.hex


def _matches(entry: audit.AuditEntry, where: AuditFilter, candidate: str | None) -> bool:
    day = entry.at.astimezone().date()
    if (where.since and day < where.since) or (where.until and day > where.until):
        return False
    if where.action:
        action = where.action.strip()
        if action.endswith((".", "-")):
            if not entry.action.startswith(action[:-1] + "-"):
                return False
        elif entry.action != action:
            return False
    return candidate is None or (entry.candidate_id is not None and entry.candidate_id.hex.startswith(candidate))


def export_xlsx(desk: TeamDesk, target: Path, where: AuditFilter = EVERYTHING) -> Path:
    """Write the (filtered) entries this member reads and the chain's check to a new owner-only .xlsx file, and audit it."""
    rows, report = desk.run(lambda engine, team: _rows(engine, team, where, None))
    workbook = new_workbook()
    add_table(workbook, translate("audit", "Audit trail"),
              [translate("audit", "Entry"), translate("audit", "Date and time"), translate("audit", "User account"),
               translate("audit", "Action"), translate("audit", "Candidate (random id)"), translate("audit", "Details")],
              [[r.number, r.at.replace(tzinfo=None), r.actor, r.action, r.candidate_uid,
                ", ".join(f"{key}={value}" for key, value in sorted(r.details.items())) or None] for r in reversed(rows)])
    add_table(workbook, translate("audit", "Verification"), [translate("audit", "Result")], [[report.message()]])
    target = Path(target)
    archive.prepare_folder(target.parent)
    try:
        archive.write_new_private_file(target, to_bytes(workbook))
    except FileExistsError:
        raise archive.ExportDestinationExists(path=str(target)) from None
    except OSError as exc:
        raise archive.ExportWriteFailed(folder=str(target.parent), reason=archive.os_reason(exc)) from exc
    files.make_private(target)
    desk.run(lambda engine, team: _record_export(engine, team, desk, len(rows)))
    return target


@translate_faults
def _record_export(engine: Engine, team: OpenTeam, desk: TeamDesk, count: int) -> None:
    with engine.begin() as connection:
        audit.append(connection, team, EXPORTED, None, None, desk.clock)
