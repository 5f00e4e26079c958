"""What the recruiter is told about deadlines: counts for the dashboard and the tray, the daily
check, and optional automatic erasure (off by default; when on, it warns a window ahead).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from recruitdesk import errors, settings
from recruitdesk.i18n import translate
from recruitdesk.services.backups import backup_if_due
from recruitdesk.services.erasure import erase_due
from recruitdesk.services.maintenance import Progress, daily_maintenance
from recruitdesk.services.retention import DueItem, due_counts, due_items, held_items
from recruitdesk.vault.vault import Vault


log = logging.getLogger(__name__)

# The dashboard lists at most this many due candidates (soonest first); counts stay exact.
LIST_LIMIT = 500


@dataclass(frozen=True)
class RetentionSummary:
    day: dt.date
    window_days: int
    overdue: list[DueItem]
    due_soon: list[DueItem]
    on_hold: list[DueItem]
    overdue_count: int = -1
    due_soon_count: int = -1

    def __post_init__(self) -> None:
        if self.overdue_count < 0:
            object.__setattr__(self, "overdue_count", len(self.overdue))
        if self.due_soon_count < 0:
            object.__setattr__(self, "due_soon_count", len(self.due_soon))

    @property
    def needs_attention(self) -> int:
        """The badge count: candidates overdue or due within the window."""
        return self.overdue_count + self.due_soon_count

    def headline(self) -> str:
        """One sentence for the banner and the tray, e.g. "2 candidates must be deleted within
        14 days; 1 is overdue." """
        if not self.needs_attention:
            return translate("alerts", "No candidate must be deleted within {days} days.").format(days=self.window_days)
        soon = self.due_soon_count
        overdue = self.overdue_count
        parts = []
        if soon:
            parts.append(translate("alerts", "%n candidates must be deleted within {days} days.", None, soon)
                         .format(days=self.window_days))
        if overdue:
            parts.append(translate("alerts", "%n candidates are overdue for deletion.", None, overdue))
        return " ".join(parts)


def summarise(vault: Vault, day: dt.date | None = None) -> RetentionSummary:
    day = day or vault.clock.today()
    with vault.read_session() as session:
        window = settings.get(session, "alert_window_days")
    overdue_count, due_soon_count, _ = due_counts(vault, day, window)
    items = due_items(vault, day, window, limit=LIST_LIMIT)
    holds = held_items(vault, day)
    return RetentionSummary(
        day=day,
        window_days=window,
        overdue=[i for i in items if i.overdue],
        due_soon=[i for i in items if not i.overdue],
        on_hold=holds,
        overdue_count=overdue_count,
        due_soon_count=due_soon_count,
    )


def run_daily_check(vault: Vault, progress: Progress | None = None) -> tuple[RetentionSummary, list[int]]:
    """The check run at start and once a day: refresh every countdown (a new day can end a
    consent or a hold's effect), erase what is due if the firm turned automatic erasure on,
    make the automatic backup when one is due (after erasing, so it never holds the erased),
    then summarise what remains. ``progress(done, total)`` follows a whole-vault recompute (after
    a policy change that did not finish); the usual day's update is too short to need it. A backup that fails (a backup drive unplugged, a full disk) is
    logged and tried again at the next check; it never stops the retention work."""
    daily_maintenance(vault, vault.clock.today().isoformat(), progress=progress)  # short batches: saves never wait long
    erased: list[int] = []
    with vault.read_session() as session:
        automatic = settings.get(session, "auto_erase")
    if automatic:
        erased = erase_due(vault).erased
    try:
        backup_if_due(vault)
    except errors.RecruitDeskError as problem:
        log.warning("automatic backup failed: %s", problem.code)
    return summarise(vault), erased
