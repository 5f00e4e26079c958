"""The daily check run headless (``recruitdesk check``, from a scheduler): what the app does at
start, plus whether the scheduled backup was made, as one result a script can act on."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from recruitdesk import settings
from recruitdesk.i18n import translate
from recruitdesk.services.backups import last_backup_at
from recruitdesk.services.retention_alerts import RetentionSummary, run_daily_check
from recruitdesk.services.rights_requests import due_requests
from recruitdesk.vault.vault import Vault

BACKUP_MADE, BACKUP_NOT_DUE, BACKUP_OFF, BACKUP_FAILED = "made", "not_due", "off", "failed"
REQUEST_WINDOW_DAYS = 7


@dataclass(frozen=True)
class CheckResult:
    day: dt.date
    summary: RetentionSummary
    erased: list[int]
    backup: str
    requests_due: int
    requests_overdue: int

    @property
    def needs_attention(self) -> bool:
        return bool(self.summary.needs_attention or self.requests_due or self.requests_overdue)

    def line(self) -> str:
        backup = {
            BACKUP_MADE: translate("check", "backup made"),
            BACKUP_NOT_DUE: translate("check", "no backup due"),
            BACKUP_OFF: translate("check", "automatic backups off"),
            BACKUP_FAILED: translate("check", "backup FAILED"),
        }[self.backup]
        return translate(
            "check",
            "{date}: {overdue} overdue, {due} due within {days} days, {held} on legal hold; {erased} erased; "
            "{requests} requests to answer ({late} overdue); {backup}.",
        ).format(date=self.day.isoformat(), overdue=self.summary.overdue_count, due=self.summary.due_soon_count,  # ISO on purpose: a log line
                 days=self.summary.window_days, held=len(self.summary.on_hold), erased=len(self.erased),
                 requests=self.requests_due, late=self.requests_overdue, backup=backup)

    def to_json(self) -> dict:
        return {"day": self.day.isoformat(), "overdue": self.summary.overdue_count, "due_soon": self.summary.due_soon_count,
                "window_days": self.summary.window_days, "on_hold": len(self.summary.on_hold), "erased": self.erased,
                "backup": self.backup, "requests_due": self.requests_due, "requests_overdue": self.requests_overdue}


def run(vault: Vault) -> CheckResult:
    """Recompute every countdown, erase what is due when the firm turned automatic erasure on,
    make the scheduled backup when one is due, and count what remains to act on."""
    with vault.session() as session:
        interval = settings.get(session, "backup_interval_days")
    before = last_backup_at(vault)
    now = vault.clock.now().replace(tzinfo=None)
    backup_due = interval > 0 and (before is None or now - before >= dt.timedelta(days=interval))
    summary, erased = run_daily_check(vault)
    after = last_backup_at(vault)
    if interval <= 0:
        backup = BACKUP_OFF
    elif after is not None and (before is None or after > before):
        backup = BACKUP_MADE
    else:
        backup = BACKUP_FAILED if backup_due else BACKUP_NOT_DUE
    day = vault.clock.today()
    requests = due_requests(vault, day, REQUEST_WINDOW_DAYS)
    return CheckResult(day, summary, erased, backup, len(requests), sum(1 for r in requests if r.overdue_on(day)))
