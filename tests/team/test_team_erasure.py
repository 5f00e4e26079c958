"""Erasure on a real PostgreSQL server: rows gone, tables vacuumed, nothing readable left behind.

The byte scans read every file of the cluster (tables, indexes, pg_wal) and a pg_dump, the way a
thief of the server's disk or backups would. Controls prove the scans can find things: a
plaintext table's name is found (and, deleted and vacuumed, still found in the WAL: the reason
the team vault never sends a name), and the erased candidate's ciphertext is found before.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select, text

from recruitdesk import errors
from recruitdesk.team import epochs, membership, request_actions, retention, rights_requests
from recruitdesk.team.candidates import PersonalFields, TeamCandidateNotFound, add_candidate, read_candidate
from recruitdesk.team.erasure import erase_candidate
from recruitdesk.team.fields import decrypt_text
from recruitdesk.team.key_hierarchy import EpochRetired
from recruitdesk.team.schema import candidates, epochs as epoch_table, request_details, tokens

MARGUERITE = PersonalFields("Marguerite Vanderzande", "marguerite.vanderzande@example.org", "Laboratory analyst, chromatography")
KEPT = PersonalFields("Kees Blijftbewaard", "kees@example.nl", "Warehouse lead")
CONTROL_NAME = "Ottoline Quarterbridge"


def _checkpoint(engine) -> None:
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("CHECKPOINT"))


def _found_anywhere(server, needle: bytes) -> bool:
    return bool(server.files_containing(needle)) or needle in server.dump_of_all()


@pytest.fixture
def team(team_engine, keychain, clock):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    return admin


def _row(engine, candidate_id):
    with engine.connect() as connection:
        return connection.execute(select(candidates).where(candidates.c.candidate_id == candidate_id)).one()


def test_erasing_deletes_the_rows_and_neither_the_data_folder_nor_a_dump_holds_the_name(postgres_server, team_engine, team, clock):
    marguerite = add_candidate(team_engine, team, MARGUERITE, clock)
    kept = add_candidate(team_engine, team, KEPT, clock)
    sealed_name = bytes(_row(team_engine, marguerite).name_sealed)
    with team_engine.begin() as connection:
        connection.execute(text("CREATE TABLE plaintext_control (name text)"))
        connection.execute(text("INSERT INTO plaintext_control VALUES (:name)"), {"name": CONTROL_NAME})
    _checkpoint(team_engine)

    # Controls before: the scans find the plaintext control and the candidate's ciphertext.
    assert postgres_server.files_containing(CONTROL_NAME.encode())
    assert CONTROL_NAME.encode() in postgres_server.dump_of_all()
    assert postgres_server.files_containing(sealed_name)
    assert sealed_name.hex().encode() in postgres_server.dump_of_all()  # pg_dump writes bytea as hex
    for secret in (MARGUERITE.full_name, "Vanderzande", MARGUERITE.email, "chromatography"):
        assert not _found_anywhere(postgres_server, secret.encode()), secret

    erase_candidate(team_engine, team, marguerite, clock)
    _checkpoint(team_engine)

    with team_engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(candidates).where(candidates.c.candidate_id == marguerite)) == 0
        assert connection.scalar(select(func.count()).select_from(tokens).where(tokens.c.candidate_id == marguerite)) == 0
        assert connection.scalar(select(func.count()).select_from(tokens).where(tokens.c.candidate_id == kept)) > 0
    with pytest.raises(TeamCandidateNotFound):
        read_candidate(team_engine, team, marguerite)
    assert read_candidate(team_engine, team, kept).personal == KEPT
    for secret in (MARGUERITE.full_name, "Vanderzande", "vanderzande", MARGUERITE.email, "chromatography"):
        assert not _found_anywhere(postgres_server, secret.encode()), secret
    assert sealed_name.hex().encode() not in postgres_server.dump_of_all()

    # The control, deleted and vacuumed the same way, is still on the server's disk (at least in
    # the WAL): deleting rows alone does not erase on PostgreSQL.
    with team_engine.begin() as connection:
        connection.execute(text("DELETE FROM plaintext_control"))
    with team_engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM plaintext_control"))
    _checkpoint(team_engine)
    assert CONTROL_NAME.encode() not in postgres_server.dump_of_all()
    assert any("pg_wal" in path.parts for path in postgres_server.files_containing(CONTROL_NAME.encode()))


def test_a_retired_epoch_makes_a_copied_old_ciphertext_undecryptable_for_every_member(
        postgres_server, team_engine, team, keychain, second_keychain, clock):
    public_key = membership.new_device_key(second_keychain, team.keys.team_id)
    colleague_id = membership.add_member(team_engine, team, public_key, membership.Role.RECRUITER, "Colleague", clock)
    erased = add_candidate(team_engine, team, MARGUERITE, clock)
    kept = add_candidate(team_engine, team, KEPT, clock)
    copy = _row(team_engine, erased)  # what a backup, a dead tuple or a WAL record keeps
    with team_engine.connect() as connection:
        sealed_epoch = bytes(connection.scalar(select(epoch_table.c.sealed_key).where(epoch_table.c.epoch_id == copy.epoch_id)))

    def open_copy(member):
        key = member.keys.candidate_key(erased, copy.epoch_id, bytes(copy.wrapped_key))
        return decrypt_text(key, member.keys.team_id, erased, "name", bytes(copy.name_sealed))

    assert open_copy(membership.open_as_member(team_engine, second_keychain, colleague_id)) == MARGUERITE.full_name  # control

    erase_candidate(team_engine, team, erased, clock)
    assert open_copy(membership.open_as_member(team_engine, second_keychain, colleague_id)) == MARGUERITE.full_name  # not yet
    clock.advance(days=31)
    new_epoch = epochs.start_epoch(team_engine, team, clock)
    with pytest.raises(epochs.CurrentEpoch):
        epochs.retire_epoch(team_engine, team, new_epoch)
    assert epochs.retire_epoch(team_engine, team, copy.epoch_id) == 1  # the kept candidate moved to the new epoch

    for member in (membership.open_as_member(team_engine, keychain, team.member_id),
                   membership.open_as_member(team_engine, second_keychain, colleague_id)):
        assert sorted(member.keys.epochs) == [new_epoch]
        with pytest.raises(EpochRetired):
            open_copy(member)
        assert read_candidate(team_engine, member, kept).personal == KEPT
        assert _row(team_engine, kept).epoch_id == new_epoch
    # The retired epoch's sealed key left the table files (VACUUM FULL rewrote them); only WAL
    # segments not yet recycled may still hold it, which is what the backup period covers.
    holders = postgres_server.files_containing(sealed_epoch)
    assert all("pg_wal" in path.parts for path in holders), holders
    assert sealed_epoch.hex().encode() not in postgres_server.dump_of_all()


def test_completing_an_erasure_request_erases_the_candidate_and_keeps_the_answer_under_the_firm_key(
        postgres_server, team_engine, team, clock):
    marguerite = add_candidate(team_engine, team, MARGUERITE, clock)
    sealed_name = bytes(_row(team_engine, marguerite).name_sealed)
    today = clock.today()
    dates = rights_requests.RequestDates(today, today)
    request_id = rights_requests.record_request(team_engine, team, marguerite, "erasure", dates,
                                                rights_requests.RequestDetails(identity_check="ID card shown"), clock)
    with team_engine.connect() as connection:
        details_before = bytes(connection.scalar(select(request_details.c.content_sealed)))
    _checkpoint(team_engine)
    assert sealed_name.hex().encode() in postgres_server.dump_of_all()  # the control: found before

    done = rights_requests.RequestDetails(identity_check="ID card shown", outcome="erased, confirmed by mail")
    version = request_actions.complete_carrying_out(team_engine, team, request_id, 1, replace(dates, completed_on=today), done,
                                                    request_actions.ERASE, clock)
    _checkpoint(team_engine)

    assert version == 2
    with pytest.raises(TeamCandidateNotFound):
        read_candidate(team_engine, team, marguerite)
    [kept] = rights_requests.register(team_engine, team)
    assert kept.candidate_id is None and kept.dates.completed_on == today
    assert kept.details == done  # sealed again under the firm key: readable without the candidate's key
    dump = postgres_server.dump_of_all()
    assert sealed_name.hex().encode() not in dump and details_before.hex().encode() not in dump
    for secret in (MARGUERITE.full_name, MARGUERITE.email, "erased, confirmed by mail", "ID card shown"):
        assert not _found_anywhere(postgres_server, secret.encode()), secret


def test_an_erasure_request_about_a_held_candidate_changes_nothing(team_engine, team, clock):
    held = add_candidate(team_engine, team, MARGUERITE, clock)
    facts, version = retention.facts_of(team_engine, team, held)
    retention.record_facts(team_engine, team, held, version, replace(facts, legal_hold_reason="court case"), clock)
    today = clock.today()
    dates = rights_requests.RequestDates(today, today)
    request_id = rights_requests.record_request(team_engine, team, held, "erasure", dates,
                                                rights_requests.RequestDetails(identity_check="ID card shown"), clock)
    with pytest.raises(errors.TeamCandidateOnLegalHold):
        request_actions.complete_carrying_out(team_engine, team, request_id, 1, replace(dates, completed_on=today),
                                              rights_requests.RequestDetails(outcome="erased"), request_actions.ERASE, clock)
    [still] = rights_requests.register(team_engine, team)
    assert still.candidate_id == held and still.version == 1 and still.dates.completed_on is None
    assert still.details == rights_requests.RequestDetails(identity_check="ID card shown")
    assert read_candidate(team_engine, team, held).personal == MARGUERITE
