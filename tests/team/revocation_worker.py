"""An admin's client revoking a member in its own process, for the interruption test ("spawn").

It reports every committed batch on ``reports``. Once ``stall_after`` batches have committed, it
announces the next batch from inside its open transaction (just before the candidates' UPDATE is
sent) and then stalls, so the parent can kill the process at a moment when a batch is
half-done: the kill must lose that batch and nothing else.
"""

from __future__ import annotations

import time
import traceback
from uuid import UUID

from sqlalchemy import event

from recruitdesk.clock import ManualClock
from recruitdesk.team import membership
from recruitdesk.team.revocation import revoke_member
from recruitdesk.team.server import open_engine
from recruitdesk.vault.keychain import MemoryKeychain


def revoke(url: str, team_id: UUID, admin_id: UUID, device_key: bytes, leaver_id: UUID, batch_size: int, stall_after: int,
           reports) -> None:
    try:
        keychain = MemoryKeychain()
        keychain.store_device_key(membership.keychain_account(team_id), device_key)
        engine = open_engine(url)
        committed: list[int] = []

        @event.listens_for(engine, "before_cursor_execute")
        def stall_mid_batch(connection, cursor, statement, parameters, context, executemany):
            if len(committed) >= stall_after and statement.lstrip().upper().startswith("UPDATE TEAM_CANDIDATES"):
                reports.put(("mid-batch", len(committed)))
                time.sleep(600)  # the parent kills the process here

        def on_progress(progress) -> None:
            committed.append(progress.moved)
            reports.put(("progress", progress.moved, progress.total))

        admin = membership.open_as_member(engine, keychain, admin_id)
        revoke_member(engine, admin, leaver_id, ManualClock(), batch_size=batch_size, on_progress=on_progress)
        reports.put(("finished",))
    except Exception:  # the parent test shows it; a child must never die silently
        reports.put(("error", traceback.format_exc()))
