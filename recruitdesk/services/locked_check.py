"""The daily check of a RecruitDesk started at login, with the vault locked in between.

The tray process (``recruitdesk --tray``) must warn about deadlines without keeping candidate
data open all day on a computer nobody is looking at. Once a day it opens the vault with the
key in the user's keychain, runs the same daily check as an open window (which erases what is
due when the firm turned automatic erasure on), counts the rights requests due, and closes the
vault again, so its keys are dropped and the one-writer lock is free for the window or the CLI.
The tray shows only the headline (counts) of the summary this returns.
"""

from __future__ import annotations

from pathlib import Path

from recruitdesk.clock import Clock
from recruitdesk.services.retention_alerts import RetentionSummary, run_daily_check
from recruitdesk.services.rights_requests import RequestSummary
from recruitdesk.services.rights_requests import summarise as summarise_requests
from recruitdesk.services.vault_access import open_vault
from recruitdesk.vault.keychain import Keychain


def check_while_locked(folder: Path, keychain: Keychain, clock: Clock) -> tuple[RetentionSummary, list[int], RequestSummary]:
    """Open, check, close. Raises the unlock's own errors (no key in the keychain, vault in use)."""
    vault = open_vault(folder, keychain, clock)
    try:
        summary, erased = run_daily_check(vault)
        return summary, list(erased), summarise_requests(vault, clock.today())
    finally:
        vault.close()
