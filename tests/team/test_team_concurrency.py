"""Two and five client processes editing the same candidates: no lost update, every conflict surfaced, the audit chain whole.

Each process is a separate member with its own device key and connections (see concurrent_client).
"""

from __future__ import annotations

import multiprocessing
import queue
import re
import uuid
from collections import Counter

import pytest

from recruitdesk.team import audit, membership
from recruitdesk.team.candidates import PersonalFields, add_candidate, read_candidate
from recruitdesk.team.key_hierarchy import member_holder
from recruitdesk.team.roles import Role
from recruitdesk.vault.keychain import MemoryKeychain
from tests.team import concurrent_client

CANDIDATES = (PersonalFields("Jonas Claes", "jonas@example.org", "Electrician."),
              PersonalFields("Lotte Goossens", "lotte@example.org", "Planner."))


@pytest.mark.parametrize("clients, rounds", [(2, 5), (5, 3)])
def test_clients_in_separate_processes_lose_no_update_and_see_every_conflict(team_engine, keychain, clock, clients, rounds):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    candidate_ids = [add_candidate(team_engine, admin, personal, clock) for personal in CANDIDATES]
    devices = []
    for number in range(clients):
        device_keychain = MemoryKeychain()
        public_key = membership.new_device_key(device_keychain, admin.keys.team_id)
        member_id = membership.add_member(team_engine, admin, public_key, Role.RECRUITER, f"Recruiter {number}", clock)
        devices.append((member_id, device_keychain.load_device_key(membership.keychain_account(admin.keys.team_id))))

    reports = _run_clients(team_engine, admin.keys.team_id, devices, candidate_ids, rounds)

    saves = [(candidate, version, mark, report["member"]) for report in reports for candidate, version, mark in report["accepted"]]
    conflicts = [(report["client"], *conflict) for report in reports for conflict in report["conflicts"]]
    assert len(saves) == clients * rounds * len(candidate_ids)  # every client eventually saved every round

    for number, candidate_id in enumerate(candidate_ids):
        final = read_candidate(team_engine, admin, candidate_id)
        mine = [save for save in saves if save[0] == str(candidate_id)]
        # No lost update: the text is the original plus exactly the accepted markers, in the order of their versions.
        in_order = "".join(mark for _, _, mark, _ in sorted(mine, key=lambda save: save[1]))
        assert final.personal.cv_text == CANDIDATES[number].cv_text + in_order
        assert Counter(re.findall(r"\[c\d+r\d+\]", final.personal.cv_text)) == Counter(mark for _, _, mark, _ in mine)
        assert final.version == 1 + len(mine) and sorted(save[1] for save in mine) == list(range(2, final.version + 1))
        # The first round was contended on purpose: one save won, every other client was told of its conflict.
        first_round = [conflict for conflict in conflicts if conflict[1] == str(candidate_id) and conflict[2] == 0]
        assert len([conflict for conflict in first_round if conflict[3] == 1]) == clients - 1
        assert all(expected < current for _, _, _, expected, current in conflicts)

    entries = audit.entries(team_engine)  # raises AuditChainBroken if any entry is missing, moved or altered
    updates = {(str(entry.candidate_id), entry.version): entry.actor for entry in entries if entry.action == audit.UPDATED}
    # Every accepted save has exactly one entry, naming the member whose client was told it was accepted.
    assert updates == {(candidate, version): member_holder(uuid.UUID(member)) for candidate, version, _, member in saves}
    assert [entry.entry_id for entry in entries] == list(range(1, len(candidate_ids) + clients + len(saves) + 1))
    assert [entry.member_id for entry in entries if entry.action == audit.MEMBER_JOINED] == [member for member, _ in devices]
    assert {entry.actor for entry in entries if entry.action == audit.ADDED} == {member_holder(admin.member_id)}


def _run_clients(engine, team_id, devices, candidate_ids, rounds) -> list[dict]:
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(len(devices)), context.Queue()
    url = engine.url.render_as_string(hide_password=False)
    processes = [context.Process(target=concurrent_client.edit,
                                 args=(url, team_id, member_id, device_key, candidate_ids, number, rounds, barrier, results))
                 for number, (member_id, device_key) in enumerate(devices)]
    for process in processes:
        process.start()
    reports = []
    try:
        for _ in processes:
            reports.append(results.get(timeout=180))
    except queue.Empty:
        pytest.fail(f"a client process sent no report within 3 minutes (got {len(reports)} of {len(processes)})")
    finally:
        for process in processes:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()
    errors = [report["error"] for report in reports if "error" in report]
    assert not errors, errors[0]
    assert all(process.exitcode == 0 for process in processes)
    return reports
