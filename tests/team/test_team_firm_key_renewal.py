"""Deep rotation renews the firm key too, on a real PostgreSQL server.

The firm key a leaver noted opens the rows they copied before the renewal and no live row after it;
the administrator and a colleague still read the vacancies, the tags, the firm profile, the register
and the suppression list (whose entries from before still match); an interrupted run leaves every
firm value under one key and renews the firm key once when run again.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid

import pytest
from sqlalchemy import LargeBinary, insert, select, text

from recruitdesk.identifiers import digests_under
from recruitdesk.team import (audit, enrolment, erasure, firm_key_renewal, firm_profile, key_renewal, membership, records,
                              rights_requests, server_roles, suppression, tags, vacancies)
from recruitdesk.team.candidates import PersonalFields, add_candidate
from recruitdesk.team.records import RecordVersionConflict
from recruitdesk.team.revocation import revoke_member
from recruitdesk.team.roles import Role
from recruitdesk.team.schema import audit as audit_table, firm_keys, metadata
from recruitdesk.team.schema import tags as tag_table
from recruitdesk.team.server_roles import MEMBER_AND_KEY_TABLES
from recruitdesk.vault import crypto
from recruitdesk.vault.keychain import MemoryKeychain

VACANCY = vacancies.VacancyFields("Cryogenics engineer", "Brouwerij Vandenheuvel", "Mechelen", "Aline", ("screening", "interview"))
PROFILE = firm_profile.FirmProfile("Kiwibureau", "privacy@kiwibureau.be", "https://kiwibureau.be/privacy", 10, "Kiwi team")
DETAILS = rights_requests.RequestDetails("Marieke via marieke.claes@example.be", "passport seen at the desk", None, "answered")
NOT_SEALED = {("team_suppression", "digest")}  # a keyed digest, not a sealed value: its key is carried instead


def _firm_columns() -> set[tuple[str, str]]:
    """Found from the schema: every binary column a value under the firm key may be in (tables with no candidate,
    or whose candidate may be gone), but the member and key tables (under the team key, renewed by a revocation)."""
    return {(table.name, column.name) for table in metadata.sorted_tables
            if table.name not in MEMBER_AND_KEY_TABLES and table.name != audit_table.name
            and ("candidate_id" not in table.c or table.c.candidate_id.nullable)
            for column in table.c if isinstance(column.type, LargeBinary)}


def test_every_column_sealed_under_the_firm_key_is_one_the_renewal_seals_again():
    """A table or column added later with a value under the firm key fails here until ``FIRM_SEALED`` knows it."""
    assert _firm_columns() - NOT_SEALED == {(sealed.table.name, sealed.column) for sealed in firm_key_renewal.FIRM_SEALED}


def _firm_values(engine, admin) -> dict[tuple[str, str, str], tuple[bytes, bytes]]:
    """Every value under the firm key: (sealed value, associated data), keyed by table, row and column."""
    found = {}
    with engine.connect() as connection:
        for sealed in firm_key_renewal.FIRM_SEALED:
            statement = select(sealed.table)
            if sealed.where is not None:
                statement = statement.where(sealed.where())
            for row in connection.execute(statement):
                if row._mapping[sealed.column] is not None:
                    found[(sealed.table.name, str(row._mapping[sealed.id_column.name]), sealed.column)] = (
                        bytes(row._mapping[sealed.column]), sealed.aad(admin, row))
    return found


def _opens(key: bytes, value: tuple[bytes, bytes]) -> bool:
    try:
        crypto.unseal(key, value[0], value[1])
    except crypto.SealBroken:
        return False
    return True


def _firm_key(engine, member) -> bytes:
    with engine.connect() as connection:
        return records.firm_key_of(connection, member)


def _join(engine, admin, keychain, role, clock):
    member_id = membership.add_member(engine, admin, membership.new_device_key(keychain, admin.keys.team_id), role, "Member", clock)
    return membership.open_as_member(engine, keychain, member_id)


CARRIED_KEY = bytes(range(32))


def _fill(engine, admin, colleague, clock):
    """A vacancy, a tag, the firm profile, an erased candidate's request, suppression entries (one removed) and a carried key."""
    vacancy = vacancies.add_vacancy(engine, colleague, VACANCY, clock)
    tag = tags.add_tag(engine, colleague, "forklift", clock)
    firm_profile.save_profile(engine, admin, 0, PROFILE, clock)
    marieke = add_candidate(engine, colleague, PersonalFields("Marieke Claes", "marieke.claes@example.be"), clock)
    request = rights_requests.record_request(engine, colleague, marieke, "access", rights_requests.RequestDates(
        dt.date(2026, 3, 2), dt.date(2026, 4, 2)), DETAILS, clock)
    erasure.erase_candidate(engine, admin, marieke, clock)  # the register keeps the details, now under the firm key
    with engine.begin() as connection:
        suppression.suppress(connection, admin, "marieke.claes@example.be", "+32 470 12 34 56", suppression.OBJECTION, request,
                             dt.date(2026, 3, 2), clock)
        [(_kind, digest)] = digests_under(CARRIED_KEY, "old@example.be", None, ("BE",))
        suppression.carry_in(connection, admin, CARRIED_KEY, ("BE",), [suppression.CarriedEntry(
            digest, "email", suppression.MANUAL, dt.date(2025, 1, 2), None)], clock)
    phone = [entry for entry in suppression.list_entries(engine, admin) if entry.kind == "phone"][0]
    suppression.remove_entry(engine, admin, phone.entry_id, "entered by mistake", clock)
    return vacancy, tag, request


def _reads_everything(engine, member, vacancy, tag, request) -> None:
    [found] = vacancies.all_vacancies(engine, member)
    assert found.vacancy_id == vacancy and found.fields.title == VACANCY.title and found.fields.client == VACANCY.client
    assert [(item.tag_id, item.label) for item in tags.all_tags(engine, member)] == [(tag, "forklift")]
    assert firm_profile.read_profile(engine, member).profile == PROFILE
    [register] = rights_requests.register(engine, member)
    assert register.request_id == request and register.details is not None and register.details.identity_check == DETAILS.identity_check
    assert "entered by mistake" in [entry.reason for entry in suppression.list_entries(engine, member, include_removed=True)]
    with engine.connect() as connection:
        assert suppression.is_suppressed(connection, member, "Marieke.Claes@example.be", None) is not None  # made before
        assert suppression.is_suppressed(connection, member, "old@example.be", None) is not None  # carried in
        assert suppression.is_suppressed(connection, member, "nobody@example.be", None) is None


@pytest.fixture
def team(team_engine, keychain, second_keychain, clock):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    return admin, _join(team_engine, admin, second_keychain, Role.RECRUITER, clock)


def test_the_leavers_firm_key_opens_the_copy_from_before_and_no_live_row(team_engine, team, second_keychain, clock):
    admin, colleague = team
    leaver = _join(team_engine, admin, MemoryKeychain(), Role.RECRUITER, clock)
    vacancy, tag, request = _fill(team_engine, admin, colleague, clock)
    old_key = _firm_key(team_engine, leaver)  # noted by the leaver while a member
    admin = revoke_member(team_engine, admin, leaver.member_id, clock)
    copied = _firm_values(team_engine, admin)  # a copy of the server's rows taken before the renewal
    assert {(table, column) for table, _row, column in copied} == {(sealed.table.name, sealed.column)
                                                                   for sealed in firm_key_renewal.FIRM_SEALED}
    assert all(_opens(old_key, value) for value in copied.values())  # after the revocation, as documented
    version_before = vacancies.all_vacancies(team_engine, admin)[0].version
    with team_engine.connect() as connection:
        sealed_key_before = connection.scalar(select(firm_keys.c.sealed_key))

    assert key_renewal.renew_candidate_keys(team_engine, admin, clock).finished

    new_key = _firm_key(team_engine, admin)
    assert new_key != old_key
    after = _firm_values(team_engine, admin)
    assert set(copied) <= set(after)
    for where, value in after.items():
        assert not _opens(old_key, value), where  # the old key opens no live row...
        assert _opens(new_key, value), where
    assert all(_opens(old_key, value) for value in copied.values())  # ...but still the copy taken before: the documented limit
    with team_engine.connect() as connection:
        [sealed_key_after] = connection.scalars(select(firm_keys.c.sealed_key)).all()  # one firm key: the old one's copy is gone
    assert bytes(sealed_key_after) != bytes(sealed_key_before)
    colleague = membership.open_as_member(team_engine, second_keychain, colleague.member_id)  # reopened after the revocation
    for member in (admin, colleague):
        _reads_everything(team_engine, member, vacancy, tag, request)
    # A save of the vacancy as read before the renewal is refused, not written over it.
    with pytest.raises(RecordVersionConflict):
        vacancies.update_vacancy(team_engine, colleague, vacancy, version_before, VACANCY, clock)
    assert vacancies.all_vacancies(team_engine, colleague)[0].version == version_before + 1
    # New suppression entries are made under a digest key the leaver cannot derive.
    with team_engine.begin() as connection:
        suppression.suppress(connection, colleague, "new@example.be", None, suppression.OBJECTION, request, dt.date(2026, 5, 1), clock)
        assert suppression.is_suppressed(connection, colleague, "new@example.be", None) is not None
        [(_kind, leaver_digest)] = digests_under(suppression.own_key_from(old_key), "new@example.be", None, ("BE",))
        assert leaver_digest not in [bytes(row.digest) for row in connection.execute(select(suppression.suppression.c.digest))]
    holder = audit.actor_of(admin)
    assert [(entry.action, entry.actor) for entry in audit.entries(team_engine) if entry.action == firm_key_renewal.RENEWED] == [
        (firm_key_renewal.RENEWED, holder)]


def test_an_interrupted_run_leaves_the_firm_values_under_one_key_and_renews_it_once(team_engine, team, second_keychain, clock,
                                                                                    monkeypatch):
    admin, colleague = team
    vacancy, tag, request = _fill(team_engine, admin, colleague, clock)
    add_candidate(team_engine, colleague, PersonalFields("Jonas Peeters"), clock)
    old_key = _firm_key(team_engine, admin)
    real = firm_key_renewal._reseal_column

    def dies_at_the_tags(connection, member, sealed, old, new):
        if sealed.table.name == "team_tags":
            raise RuntimeError("the laptop's battery ran out")
        return real(connection, member, sealed, old, new)

    monkeypatch.setattr(firm_key_renewal, "_reseal_column", dies_at_the_tags)
    with pytest.raises(RuntimeError):
        key_renewal.renew_candidate_keys(team_engine, admin, clock)
    monkeypatch.setattr(firm_key_renewal, "_reseal_column", real)
    assert _firm_key(team_engine, admin) == old_key and all(_opens(old_key, value) for value in _firm_values(team_engine, admin).values())

    # Run again; this time it dies among the candidates, after the firm key was renewed.
    def dies_in_a_candidate(*_args):
        raise RuntimeError("the network went away")

    real_table = key_renewal._reseal_table
    monkeypatch.setattr(key_renewal, "_reseal_table", dies_in_a_candidate)
    with pytest.raises(RuntimeError):
        key_renewal.renew_candidate_keys(team_engine, admin, clock)
    monkeypatch.setattr(key_renewal, "_reseal_table", real_table)
    renewed_key = _firm_key(team_engine, admin)
    assert renewed_key != old_key and all(_opens(renewed_key, value) for value in _firm_values(team_engine, admin).values())

    assert key_renewal.renew_candidate_keys(team_engine, admin, clock).finished  # goes on with the candidates
    assert _firm_key(team_engine, admin) == renewed_key  # not renewed a second time
    assert [entry.action for entry in audit.entries(team_engine)].count(firm_key_renewal.RENEWED) == 1
    colleague = membership.open_as_member(team_engine, second_keychain, colleague.member_id)
    _reads_everything(team_engine, colleague, vacancy, tag, request)
    with team_engine.connect() as connection:
        assert connection.scalar(select(key_renewal.meta.c.value).where(key_renewal.meta.c.name == firm_key_renewal.MARKER)) is None
    # A later run (another departure) renews the firm key again.
    assert key_renewal.renew_candidate_keys(team_engine, admin, clock).finished
    assert _firm_key(team_engine, admin) != renewed_key
    _reads_everything(team_engine, admin, vacancy, tag, request)


def test_a_second_administrators_own_database_login_renews_the_firm_key(team_engine, keychain, logins, clock):
    """Not only the tables' owner: an administrator's login (its group's grants) may write everything the step writes."""
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    server_roles.install(team_engine, admin.keys.team_id)
    vacancy, tag, request = _fill(team_engine, admin, admin, clock)
    login, engine = logins("admin")
    server_roles.assign(team_engine, admin.keys.team_id, login, Role.ADMIN)
    second = enrolment.redeem(engine, MemoryKeychain(), enrolment.invite(team_engine, admin, "Ada", Role.ADMIN, clock).code, clock)
    old_key = _firm_key(team_engine, admin)

    assert key_renewal.renew_candidate_keys(engine, second, clock).finished

    assert _firm_key(engine, second) != old_key
    _reads_everything(engine, second, vacancy, tag, request)
    _reads_everything(team_engine, admin, vacancy, tag, request)


WAIT = 15  # seconds: the bound of every wait below, never reached when the code is right


def _wait_until_a_session_waits_for_a_lock(engine) -> None:
    """Poll the server's own lock state (bounded) until another session of this database waits for a lock."""
    deadline = time.monotonic() + WAIT
    with engine.connect() as connection:
        while time.monotonic() < deadline:
            waiting = connection.scalar(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'"))
            connection.rollback()  # a fresh snapshot of pg_stat_activity at the next read
            if waiting:
                return
            threading.Event().wait(0.02)
    raise AssertionError("the renewal never waited for the colleague's write")


def test_a_colleagues_tag_written_while_the_firm_key_is_renewed_ends_up_under_the_new_key(team_engine, team, second_keychain, clock,
                                                                                         monkeypatch):
    """The firm step waits for a write that read the old firm key (its share lock on the team row), then seals it again."""
    admin, colleague = team
    vacancy, _tag, _request = _fill(team_engine, admin, colleague, clock)
    at_the_firm_step, write_held = threading.Event(), threading.Event()
    real = firm_key_renewal.renew_firm_key

    def after_a_colleague_began_writing(*args):
        at_the_firm_step.set()
        assert write_held.wait(WAIT)
        return real(*args)

    monkeypatch.setattr(firm_key_renewal, "renew_firm_key", after_a_colleague_began_writing)
    results: list = []

    def run():
        try:
            results.append(key_renewal.renew_candidate_keys(team_engine, admin, clock))
        except Exception as error:  # noqa: BLE001 - the outcome is asserted below
            results.append(error)

    renewal = threading.Thread(target=run, name="renewal", daemon=True)
    renewal.start()
    assert at_the_firm_step.wait(WAIT)
    with team_engine.connect() as held:  # the colleague's tag, as tags.add_tag writes it, under the firm key it read
        transaction = held.begin()
        records.begin_write(held, colleague)
        old_key = records.firm_key_of(held, colleague)
        tag_id = uuid.uuid4()
        held.execute(insert(tag_table).values(tag_id=tag_id, version=1, updated_at=clock.now(),
                                                  label_sealed=records.seal_text(old_key, tags._aad(colleague, tag_id), "night shifts")))
        write_held.set()
        _wait_until_a_session_waits_for_a_lock(team_engine)  # the renewal waits for this write
        transaction.commit()
    renewal.join(WAIT)
    assert not renewal.is_alive() and results and not isinstance(results[0], Exception), results

    assert _firm_key(team_engine, admin) != old_key
    colleague = membership.open_as_member(team_engine, second_keychain, colleague.member_id)
    assert "night shifts" in [tag.label for tag in tags.all_tags(team_engine, colleague)]
    assert vacancies.all_vacancies(team_engine, colleague)[0].vacancy_id == vacancy
