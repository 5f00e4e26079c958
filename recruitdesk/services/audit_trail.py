"""The audit trail for the firm's DPO: verify the chain, list entries with filters, export .xlsx.

Entries hold no personal data (candidate uids, action codes, counts), so listing and exporting
them reveals no one; a candidate number given as a filter is turned into its uid while the
candidate exists (an erased candidate is found by the uid printed in earlier exports).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from recruitdesk import audit
from recruitdesk.audit_verify import ChainReport, verify_chain
from recruitdesk.exporting import archive
from recruitdesk.exporting.sheets import add_table, new_workbook, to_bytes
from recruitdesk.i18n import translate
from recruitdesk.store.models import AuditChainHead, AuditEntry, Candidate
from recruitdesk.vault.vault import Vault


@dataclass(frozen=True)
class AuditFilter:
    since: dt.date | None = None
    until: dt.date | None = None
    action: str | None = None  # an exact code ("candidate.erased") or a prefix ending in "." ("request.")
    candidate: str | None = None  # a candidate number or uid


@dataclass(frozen=True)
class AuditRow:
    number: int | None
    at: dt.datetime
    actor: str
    action: str
    candidate_uid: str | None
    details: dict

    def to_json(self) -> dict:
        return {"entry": self.number, "at": self.at.isoformat(timespec="seconds"), "actor": self.actor, "action": self.action,
                "candidate_uid": self.candidate_uid, "details": self.details}


def verify(vault: Vault) -> ChainReport:
    with vault.session() as session:
        key = session.info[audit.SESSION_KEY]
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return verify_chain(key, entries, session.get(AuditChainHead, audit.HEAD_ID))


def _candidate_uid(session: Session, candidate: str) -> str:
    text = candidate.strip()
    if text.isdigit():
        uid = session.scalar(select(Candidate.uid).where(Candidate.id == int(text)))
        return uid or f"#{text}"  # matches nothing: the candidate no longer exists
    return text


def entries(vault: Vault, where: AuditFilter = AuditFilter(), limit: int | None = None) -> list[AuditRow]:
    """Entries matching ``where``, newest first."""
    with vault.session() as session:
        query = select(AuditEntry).order_by(AuditEntry.id.desc())
        if where.since:
            query = query.where(AuditEntry.at >= dt.datetime.combine(where.since, dt.time.min))
        if where.until:
            query = query.where(AuditEntry.at < dt.datetime.combine(where.until + dt.timedelta(days=1), dt.time.min))
        if where.action:
            action = where.action.strip()
            query = query.where(AuditEntry.action.startswith(action) if action.endswith(".") else AuditEntry.action == action)
        if where.candidate:
            query = query.where(AuditEntry.candidate_uid == _candidate_uid(session, where.candidate))
        if limit is not None:
            query = query.limit(limit)
        return [AuditRow(e.seq, e.at, e.actor, e.action, e.candidate_uid, json.loads(e.details_json) if e.details_json else {})
                for e in session.scalars(query)]


def actions(vault: Vault) -> list[str]:
    """Every action code in the trail, for a filter list."""
    with vault.session() as session:
        return list(session.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action)))


def build_workbook(rows: list[AuditRow], report: ChainReport) -> bytes:
    workbook = new_workbook()
    add_table(workbook, translate("audit", "Audit trail"),
              [translate("audit", "Entry"), translate("audit", "Date and time"), translate("audit", "User account"),
               translate("audit", "Action"), translate("audit", "Candidate (random id)"), translate("audit", "Details")],
              [[r.number, r.at, r.actor, r.action, r.candidate_uid, json.dumps(r.details, sort_keys=True) if r.details else None]
               for r in reversed(rows)])
    add_table(workbook, translate("audit", "Verification"), [translate("audit", "Result")], [[report.message()]])
    return to_bytes(workbook)


def export_xlsx(vault: Vault, target: Path, where: AuditFilter = AuditFilter()) -> Path:
    """Write the (filtered) trail and the chain check to a new owner-only .xlsx file, and audit it."""
    report = verify(vault)
    rows = entries(vault, where)
    data = build_workbook(rows, report)
    target = archive.write_export_file(data, target)
    with vault.session() as session, session.begin():
        audit.record(session, vault.clock, "audit.exported", entries=len(rows), intact=report.intact)
    return target


def default_name(day: dt.date) -> str:
    return f"audit-trail-{day.isoformat()}.xlsx"
