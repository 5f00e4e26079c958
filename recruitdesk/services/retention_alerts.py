"""What the recruiter is told about deadlines: counts for the dashboard and the tray, the daily
check, and optional automatic erasure (off by default; when on, it warns a window ahead).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from recruitdesk import settings
from recruitdesk.i18n import translate
from recruitdesk.services.erasure import erase_candidates
from recruitdesk.services.retention import DueItem, due_items
from recruitdesk.vault.vault import Vault


@dataclass(frozen=True)
class RetentionSummary:
    day: dt.date
    window_days: int
    overdue: list[DueItem]
    due_soon: list[DueItem]
    on_hold: list[DueItem]

    @property
    def needs_attention(self) -> int:
        """The badge count: candidates overdue or due within the window."""
        return len(self.overdue) + len(self.due_soon)

    def headline(self) -> str:
        """One sentence for the banner and the tray, e.g. "2 candidates must be deleted within
        14 days; 1 is overdue." """
        if not self.needs_attention:
            return translate("alerts", "No candidate must be deleted within {days} days.").format(days=self.window_days)
        soon = len(self.due_soon)
        overdue = len(self.overdue)
        parts = []
        if soon:
            template = translate("alerts", "1 candidate must be deleted within {days} days.") if soon == 1 else \
                translate("alerts", "{count} candidates must be deleted within {days} days.")
            parts.append(template.format(count=soon, days=self.window_days))
        if overdue:
            template = translate("alerts", "1 candidate is overdue for deletion.") if overdue == 1 else \
                translate("alerts", "{count} candidates are overdue for deletion.")
            parts.append(template.format(count=overdue))
        return " ".join(parts)


def summarise(vault: Vault, day: dt.date | None = None) -> RetentionSummary:
    day = day or vault.clock.today()
    with vault.session() as session:
        window = settings.get(session, "alert_window_days")
    items = due_items(vault, day, window, include_holds=True)
    return RetentionSummary(
        day=day,
        window_days=window,
        overdue=[i for i in items if i.overdue],
        due_soon=[i for i in items if i.due is not None and not i.overdue],
        on_hold=[i for i in items if i.kind == "legal_hold"],
    )


def run_daily_check(vault: Vault) -> tuple[RetentionSummary, list[int]]:
    """The check run at start and once a day: erase what is due if the firm turned automatic
    erasure on, then summarise what remains."""
    erased: list[int] = []
    with vault.session() as session:
        automatic = settings.get(session, "auto_erase")
    if automatic:
        due_now = [item.id for item in due_items(vault, vault.clock.today(), 0)]
        erased = erase_candidates(vault, due_now, reason="retention_due").erased if due_now else []
    return summarise(vault), erased
