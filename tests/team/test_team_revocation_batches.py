"""Revocation as a resumable batch job, interrupted for real: a killed admin client and a restarted server.

After the first transaction the revoked device opens nothing; every batch commits on its own; a
batch cut off halfway is rolled back whole; every candidate stays readable and findable for the
remaining members at every moment; running the job again finishes it.
"""

from __future__ import annotations

import multiprocessing
import queue

import pytest
from sqlalchemy import event, func, select

from recruitdesk.errors import RevocationUnfinished, TeamServerConnectionLost
from recruitdesk.team import audit, enrolment, epochs, membership
from recruitdesk.team.candidates import PersonalFields, StaleTeamKeys, add_candidate, read_candidate, search, update_candidate
from recruitdesk.team.key_hierarchy import EpochRetired
from recruitdesk.team.revocation import finish_revocation, pending_revocation, revoke_member, start_revocation
from recruitdesk.team.roles import Role
from recruitdesk.team.schema import candidates, epochs as epochs_table, rotations, team_key_wraps
from recruitdesk.team.server import open_engine
from recruitdesk.vault.keychain import MemoryKeychain
from tests.team import revocation_worker

COUNT, BATCH = 60, 10


def _person(number: int) -> PersonalFields:
    trade = "Welder in Gent" if number % 2 else "Nurse in Leuven"
    return PersonalFields(f"Kandidaat{number:02d} Janssens", f"k{number:02d}@example.be", f"{trade}, CV number {number}")


@pytest.fixture
def engine(team_engine):
    """The client's own pool (pre-ping, so a restarted server is reconnected to)."""
    engine = open_engine(team_engine.url)
    yield engine
    engine.dispose()


@pytest.fixture
def team(engine, keychain, second_keychain, clock):
    """An admin, a colleague who stays, a leaver, and COUNT candidates."""
    admin, recovery_text = membership.create_team(engine, keychain, clock, "Admin Aline")
    colleague = enrolment.redeem(engine, second_keychain, enrolment.invite(engine, admin, "Colleague", Role.RECRUITER, clock).code, clock)
    leaver_keychain = MemoryKeychain()
    leaver = enrolment.redeem(engine, leaver_keychain, enrolment.invite(engine, admin, "Leaver", Role.RECRUITER, clock).code, clock)
    ids = {add_candidate(engine, admin, _person(number), clock): number for number in range(COUNT)}
    return admin, colleague, leaver, leaver_keychain, ids, recovery_text


def _moved(engine) -> tuple[int, int]:
    with engine.connect() as connection:
        target = connection.scalar(select(rotations.c.epoch_id))
        return target, connection.scalar(select(func.count()).select_from(candidates).where(candidates.c.epoch_id == target))


def _assert_everyone_readable(engine, member, ids) -> None:
    for candidate_id, number in ids.items():
        assert read_candidate(engine, member, candidate_id).personal == _person(number)
    assert search(engine, member, "janssens") == sorted(ids)
    assert search(engine, member, "welder gent") == sorted(i for i, n in ids.items() if n % 2)


def _assert_leaver_locked_out(engine, leaver, leaver_keychain) -> None:
    with pytest.raises(membership.NotAMember):
        membership.open_as_member(engine, leaver_keychain, leaver.member_id)


def _assert_finished(engine, admin, colleague_keychain, colleague_id, leaver, ids) -> None:
    assert pending_revocation(engine, admin) is None
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(rotations)) == 0
        live_epochs = connection.scalars(select(epochs_table.c.epoch_id)).all()
        assert len(live_epochs) == 1 and set(connection.scalars(select(candidates.c.epoch_id).distinct())) == set(live_epochs)
        assert {generation for generation, in connection.execute(select(team_key_wraps.c.generation))} == {2}
    colleague = membership.open_as_member(engine, colleague_keychain, colleague_id)
    assert colleague.keys.previous_search_key is None
    _assert_everyone_readable(engine, colleague, ids)
    for candidate_id in ids:  # the keys the leaver held in memory open no row of the live server any more
        with pytest.raises(EpochRetired):
            read_candidate(engine, leaver, candidate_id)
    assert search(engine, leaver, "janssens") == []
    actions = [entry.action for entry in audit.entries(engine)]  # the chain verifies
    assert actions.count(audit.MEMBER_REVOKED) == 1 and actions[-1] == audit.REVOCATION_FINISHED


def test_killing_the_admin_client_mid_batch_loses_that_batch_only_and_running_again_finishes(
        engine, team, keychain, second_keychain, clock):
    admin, colleague, leaver, leaver_keychain, ids, _ = team
    context = multiprocessing.get_context("spawn")
    reports = context.Queue()
    device_key = keychain.load_device_key(membership.keychain_account(admin.keys.team_id))
    child = context.Process(target=revocation_worker.revoke, args=(
        engine.url.render_as_string(hide_password=False), admin.keys.team_id, admin.member_id, device_key, leaver.member_id,
        BATCH, 2, reports))
    child.start()
    seen = []
    try:
        while not seen or seen[-1][0] not in ("mid-batch", "error", "finished"):
            seen.append(reports.get(timeout=120))
    except queue.Empty:
        pytest.fail(f"the revoking client reported nothing for 2 minutes: {seen}")
    finally:
        child.kill()  # SIGKILL while the third batch's transaction is open
        child.join(timeout=30)
    assert seen == [("progress", BATCH, COUNT), ("progress", 2 * BATCH, COUNT), ("mid-batch", 2)], seen

    # The interrupted state: two batches moved, the third rolled back whole by the server.
    assert _moved(engine)[1] == 2 * BATCH
    _assert_leaver_locked_out(engine, leaver, leaver_keychain)
    with pytest.raises(StaleTeamKeys):  # a client opened before the rotation must reopen before writing
        add_candidate(engine, colleague, _person(99), clock)
    colleague = membership.open_as_member(engine, second_keychain, colleague.member_id)
    assert colleague.keys.generation == 2 and colleague.keys.previous_search_key is not None
    _assert_everyone_readable(engine, colleague, ids)
    # Control: with the new search key alone, the candidates not yet moved are not found.
    only_new = membership.open_as_member(engine, second_keychain, colleague.member_id)
    only_new.keys.previous_search_key = None
    assert len(search(engine, only_new, "janssens")) == 2 * BATCH
    # Work goes on meanwhile: a new candidate goes straight under the new keys.
    newcomer = add_candidate(engine, colleague, _person(COUNT), clock)
    ids[newcomer] = COUNT
    admin = membership.open_as_member(engine, keychain, admin.member_id)
    assert pending_revocation(engine, admin).moved == 2 * BATCH + 1
    with pytest.raises(RevocationUnfinished) as unfinished:  # no other key change until it is finished
        epochs.start_epoch(engine, admin, clock)
    assert "21" in unfinished.value.message() and str(COUNT + 1) in unfinished.value.message()

    progress = []
    final = finish_revocation(engine, admin, clock, batch_size=BATCH, on_progress=progress.append)
    assert final.finished and (final.moved, final.total) == (COUNT + 1, COUNT + 1)
    assert [(step.moved, step.finished) for step in progress] == [(31, False), (41, False), (51, False), (61, False), (61, True)]
    _assert_finished(engine, admin, second_keychain, colleague.member_id, leaver, ids)
    assert finish_revocation(engine, admin, clock) is None  # running it once more does nothing


def test_a_server_restart_mid_batch_is_a_clear_error_and_running_again_finishes(
        engine, team, keychain, second_keychain, postgres_server, clock):
    admin, colleague, leaver, leaver_keychain, ids, _ = team
    committed: list[int] = []
    fired: list[bool] = []

    @event.listens_for(engine, "before_cursor_execute")
    def restart_mid_batch(connection, cursor, statement, parameters, context, executemany):
        if len(committed) == 3 and not fired and statement.lstrip().upper().startswith("INSERT INTO TEAM_CANDIDATE_TOKENS"):
            fired.append(True)
            postgres_server.restart()  # after this batch's candidate keys were re-wrapped, before its tokens

    with pytest.raises(TeamServerConnectionLost):
        revoke_member(engine, admin, leaver.member_id, clock, batch_size=BATCH, on_progress=lambda step: committed.append(step.moved))
    assert fired and committed == [10, 20, 30]
    assert _moved(engine)[1] == 3 * BATCH  # the fourth batch's re-wraps were rolled back with its missing tokens
    _assert_leaver_locked_out(engine, leaver, leaver_keychain)
    _assert_everyone_readable(engine, membership.open_as_member(engine, second_keychain, colleague.member_id), ids)

    admin = membership.open_as_member(engine, keychain, admin.member_id)
    assert finish_revocation(engine, admin, clock, batch_size=BATCH).finished
    _assert_finished(engine, admin, second_keychain, colleague.member_id, leaver, ids)


def test_the_revoked_device_is_locked_out_by_the_first_transaction_alone(engine, team, keychain, second_keychain, clock):
    admin, colleague, leaver, leaver_keychain, ids, recovery_text = team
    renewed = start_revocation(engine, admin, leaver.member_id, clock)
    assert _moved(engine)[1] == 0  # not one candidate moved yet
    _assert_leaver_locked_out(engine, leaver, leaver_keychain)
    for member in (renewed, membership.open_with_recovery(engine, recovery_text),
                   membership.open_as_member(engine, second_keychain, colleague.member_id)):
        _assert_everyone_readable(engine, member, ids)
    with pytest.raises(RevocationUnfinished):  # a second revocation waits for this one
        start_revocation(engine, renewed, colleague.member_id, clock)
    assert finish_revocation(engine, renewed, clock, batch_size=25).moved == COUNT
    _assert_finished(engine, renewed, second_keychain, colleague.member_id, leaver, ids)


def test_a_colleague_saving_a_candidate_while_its_batch_is_prepared_loses_nothing(engine, team, second_keychain, clock):
    admin, colleague, leaver, _, ids, _ = team
    renewed = start_revocation(engine, admin, leaver.member_id, clock)
    colleague = membership.open_as_member(engine, second_keychain, colleague.member_id)
    first = min(ids)  # in the first batch (candidate-id order)
    edited = PersonalFields("Kandidaat00 Janssens", "k00@example.be", "Carpenter in Brugge")
    saved: list[int] = []

    @event.listens_for(engine, "before_cursor_execute")
    def save_before_the_batch_locks(connection, cursor, statement, parameters, context, executemany):
        if not saved and "FOR UPDATE" in statement and "team_candidates.version" in statement:
            saved.append(update_candidate(engine, colleague, first, 1, edited, clock))  # committed before the lock is taken

    assert finish_revocation(engine, renewed, clock, batch_size=BATCH).finished
    assert saved == [2]
    reader = membership.open_as_member(engine, second_keychain, colleague.member_id)
    assert read_candidate(engine, reader, first).personal == edited
    assert search(engine, reader, "carpenter brugge") == [first]  # the batch did not put the old tokens back
    assert first not in search(engine, reader, "welder") + search(engine, reader, "nurse")
