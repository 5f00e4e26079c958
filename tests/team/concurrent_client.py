"""One member's client in its own process, for the concurrency tests (started with multiprocessing "spawn").

It opens the team with its own device key and its own connection pool, then appends a marker
to each candidate's CV text, round after round. A save names the version it read; on a
VersionConflict it records the conflict, reads again and retries, exactly as a window would
after showing both versions. In the first round every client reads each candidate, waits for
the others at a barrier, and only then saves, so the conflicts cannot be avoided by timing.
"""

from __future__ import annotations

import traceback
from dataclasses import replace
from uuid import UUID

from recruitdesk.clock import ManualClock
from recruitdesk.team import membership
from recruitdesk.team.candidates import VersionConflict, read_candidate, update_candidate
from recruitdesk.team.server import open_engine
from recruitdesk.vault.keychain import MemoryKeychain


def marker(client: int, round_number: int) -> str:
    return f"[c{client}r{round_number}]"


def edit(url: str, team_id: UUID, member_id: UUID, device_key: bytes, candidate_ids: list[UUID], client: int, rounds: int,
         barrier, results) -> None:
    """Run the client and put its report on ``results``: accepted saves and conflicts, or the error."""
    try:
        results.put(_edit(url, team_id, member_id, device_key, candidate_ids, client, rounds, barrier))
    except Exception:  # the parent test shows it; a child must never die silently
        results.put({"client": client, "error": traceback.format_exc()})


def _edit(url, team_id, member_id, device_key, candidate_ids, client, rounds, barrier) -> dict:
    keychain = MemoryKeychain()
    keychain.store_device_key(membership.keychain_account(team_id), device_key)
    engine = open_engine(url)
    clock = ManualClock()
    accepted: list[tuple[str, int, str]] = []  # (candidate, version saved, marker)
    conflicts: list[tuple[str, int, int, int]] = []  # (candidate, round, version expected, version on the server)
    try:
        team = membership.open_as_member(engine, keychain, member_id)
        for round_number in range(rounds):
            for candidate_id in candidate_ids:
                first_try = True
                while True:
                    current = read_candidate(engine, team, candidate_id)
                    if round_number == 0 and first_try:
                        barrier.wait(timeout=60)
                    first_try = False
                    text = (current.personal.cv_text or "") + marker(client, round_number)
                    try:
                        version = update_candidate(engine, team, candidate_id, current.version,
                                                   replace(current.personal, cv_text=text), clock)
                    except VersionConflict as conflict:
                        conflicts.append((str(candidate_id), round_number, conflict.expected, conflict.current))
                        continue
                    accepted.append((str(candidate_id), version, marker(client, round_number)))
                    break
    finally:
        engine.dispose()
    return {"client": client, "member": str(member_id), "accepted": accepted, "conflicts": conflicts}
