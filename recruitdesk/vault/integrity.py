"""Whether every page of the open vault's database has been verified, and what was found.

Up to ``database.FULL_CHECK_LIMIT_BYTES`` (8 MB) the pages are verified before the vault opens (a
damaged small vault never opens). Above it, verifying at open would make unlocking take a second
or more (1.1 s of CPU at 10,000 candidates, many seconds at 100,000), so the vault opens after reading its schema and :meth:`IntegrityStatus.run` verifies
every page afterwards, on a worker thread the caller provides (the GUI starts it after unlock,
``vault info`` runs it before printing). The check runs on a connection of its own and never
takes the write gate, so saves and background jobs go on meanwhile. Locking the vault stops a
running check (:meth:`IntegrityStatus.stop`); it runs again at the next unlock.

The result is shown in Vault info, and a backup refuses to copy a vault whose pages failed the
check, or that it could not verify (:meth:`IntegrityStatus.require_intact`).
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from recruitdesk import errors
from recruitdesk.i18n import N_, translate
from recruitdesk.vault import database

UNCHECKED = "unchecked"
CHECKING = "checking"
INTACT = "intact"
DAMAGED = "damaged"


_DESCRIPTIONS = {
    UNCHECKED: N_("integrity", "not verified yet"),
    CHECKING: N_("integrity", "being verified…"),
    INTACT: N_("integrity", "every page verified, no damage found"),
    DAMAGED: N_("integrity", "DAMAGED: some pages failed the check. Restore the vault from a backup."),
}


@dataclass(frozen=True)
class IntegrityResult:
    state: str
    checked_at: dt.datetime | None = None

    def describe(self) -> str:
        """One translated line for Vault info."""
        return translate("integrity", _DESCRIPTIONS[self.state])

    def to_json(self) -> dict:
        return {"state": self.state, "checked_at": self.checked_at.isoformat(timespec="seconds") if self.checked_at else None}


class IntegrityStatus:
    """The vault's page check: its current result, and running it (once at a time)."""

    def __init__(self, database_path: Path, key: bytes, now: Callable[[], dt.datetime], verified_at_open: bool,
                 rebuild_search_index: Callable[[], None] = lambda: None) -> None:
        self._path = Path(database_path)
        self._rebuild_search_index = rebuild_search_index
        self._key = key
        self._now = now
        self._lock = threading.Lock()
        self._running = threading.Lock()
        self._stopped = threading.Event()
        self._result = IntegrityResult(INTACT, now()) if verified_at_open else IntegrityResult(UNCHECKED)

    @property
    def result(self) -> IntegrityResult:
        with self._lock:
            return self._result

    @property
    def needs_check(self) -> bool:
        return self.result.state == UNCHECKED

    def run(self) -> IntegrityResult:
        """Verify every page now (slow on a large vault: call it off the GUI thread).

        A second caller while a check runs waits for that check's result instead of starting
        another one.
        """
        with self._running:
            if self.result.state in (INTACT, DAMAGED):
                return self.result
            key = self._key
            if not key:  # the vault was closed meanwhile
                return self.result
            self._set(IntegrityResult(CHECKING))
            try:
                found = database.check_pages(self._path, key, stopped=self._stopped.is_set)
                if found == database.ONLY_SEARCH_INDEX_DAMAGED:
                    # Derived data, not damage: every page verified. Rebuilt now, like at open.
                    self._rebuild_search_index()
            except database.CheckInterrupted:
                self._set(IntegrityResult(UNCHECKED))
                return self.result
            except BaseException:
                self._set(IntegrityResult(UNCHECKED))
                raise
            self._set(IntegrityResult(DAMAGED if found == database.PAGES_DAMAGED else INTACT, self._now()))
            return self.result

    def require_intact(self) -> None:
        """Raise BackupOfDamagedVault unless every page is verified; checks first if needed."""
        if self.run().state != INTACT:
            raise errors.BackupOfDamagedVault(file=str(self._path))

    def stop(self) -> None:
        """Stop a running check (the vault is locking) and forget the key; the result stays unknown."""
        self._key = b""
        self._stopped.set()

    def _set(self, result: IntegrityResult) -> None:
        with self._lock:
            self._result = result
