"""Run in a child process by the crash tests: unlock a vault with its recovery key, say "ready",
then erase a candidate or write a backup, so the parent can kill -9 it at a chosen moment."""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path


def main(action: str, folder: str, recovery_key: str, argument: str) -> None:
    from recruitdesk.clock import ManualClock
    from recruitdesk.services.vault_access import open_vault

    vault = open_vault(Path(folder), None, ManualClock(dt.datetime(2026, 3, 3, 9, 0)), recovery_key)
    print("ready", flush=True)
    started = time.monotonic()
    if action == "erase":
        from recruitdesk.services.erasure import erase_candidate

        erase_candidate(vault, int(argument))
    else:
        from recruitdesk.services.backups import make_backup

        make_backup(vault, Path(argument))
    print(f"done {time.monotonic() - started:.3f}", flush=True)
    vault.close()


if __name__ == "__main__":
    main(*sys.argv[1:5])
