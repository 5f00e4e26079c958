"""Redeeming an enrolment code is the server's business (revision t011): only the SECURITY DEFINER
function ``team_redeem_invitation`` creates a member, and only for a valid code by the server's
clock; a recruiter's or DPO's login can no longer insert a member row or a sealed team key, nor
spend an invitation, directly; a member login made for an invitation expires with it."""

from __future__ import annotations

import datetime as dt
import threading
import uuid

import pytest
from sqlalchemy import create_engine, func, make_url, select, text, update
from sqlalchemy.exc import DBAPIError

from recruitdesk.clock import ManualClock
from recruitdesk.errors import EnrolmentCodeExpired, EnrolmentCodeUsed
from recruitdesk.services import team_vault
from recruitdesk.team import audit, enrolment, member_admin, member_logins, membership, server_roles
from recruitdesk.team.candidates import PersonalFields, add_candidate
from recruitdesk.team.roles import Role
from recruitdesk.team.schema import invites, members
from recruitdesk.vault.keychain import MemoryKeychain
from tests.team.test_team_member_logins import _connects, _require_password, _tcp

GROUP_WRITES = {  # what redeeming used to need, now refused: a member of one's choosing, a key for it, a spent invitation
    "member row": "INSERT INTO team_members (member_id, role, device_public_key, label_sealed, joined_at) "
                  "VALUES (gen_random_uuid(), 'admin', '\\x01', '\\x01', now())",
    "key wrap": "INSERT INTO team_key_wraps (generation, holder, sealed_key) "
                "VALUES (1, 'member:' || gen_random_uuid()::text, '\\x01')",
    "invitation spent": "UPDATE team_invites SET redeemed_at = now(), team_key_sealed = NULL",
}


@pytest.fixture
def grouped_team(team_engine, keychain, clock):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    server_roles.install(team_engine, admin.keys.team_id)
    return admin


def _sqlstate(statement: str, engine) -> str | None:
    """The statement's SQLSTATE on ``engine``, or None when it went through (rolled back either way)."""
    with engine.connect() as connection:
        try:
            connection.execute(text(statement))
        except DBAPIError as error:
            return getattr(error.orig, "sqlstate", None)
        finally:
            connection.rollback()
    return None


@pytest.mark.parametrize("role", [Role.RECRUITER, Role.DPO])
def test_a_recruiter_or_dpo_login_cannot_make_a_member_a_key_or_spend_an_invitation_directly(team_engine, grouped_team, logins,
                                                                                          clock, role):
    admin = grouped_team
    login, engine = logins(role.value)
    server_roles.assign(team_engine, admin.keys.team_id, login, role)
    enrolment.invite(team_engine, admin, "Pending", Role.RECRUITER, clock)  # an invitation to spend
    assert {name: _sqlstate(statement, engine) for name, statement in GROUP_WRITES.items()} == dict.fromkeys(GROUP_WRITES, "42501")
    # Control: an administrator's login still may (it invites, changes roles and rotates keys).
    admin_login, admin_engine = logins("admin")
    server_roles.assign(team_engine, admin.keys.team_id, admin_login, Role.ADMIN)
    assert {name: _sqlstate(statement, admin_engine) for name, statement in GROUP_WRITES.items()} == dict.fromkeys(GROUP_WRITES)


def test_the_redeem_function_runs_for_the_teams_groups_only(team_engine, grouped_team, logins):
    outsider, engine = logins("outsider")  # a login of the cluster in none of this team's groups
    call = f"SELECT {server_roles.REDEEM_FUNCTION}('\\x00', 1, '\\x00', '\\x00', now())"
    assert _sqlstate(call, engine) == "42501"
    member, member_engine = logins("dpo")
    server_roles.assign(team_engine, grouped_team.keys.team_id, member, Role.DPO)
    assert _sqlstate(call, member_engine) == "RDE01"  # allowed to call: an unknown code, refused by the function itself
    with team_engine.connect() as connection:
        definer, path = connection.execute(text("SELECT p.prosecdef, p.proconfig FROM pg_proc p WHERE p.proname = :name"),
                                           {"name": server_roles.REDEEM_FUNCTION}).one()
    assert definer and path == ['search_path=pg_catalog, public, pg_temp']


@pytest.mark.parametrize("role", [Role.RECRUITER, Role.ADMIN, Role.DPO])
def test_each_role_redeems_with_its_own_login_and_the_login_is_then_valid_for_good(team_engine, postgres_server, clock,
                                                                                 tmp_path, role):
    anna, bram = MemoryKeychain(), MemoryKeychain()
    database = team_engine.url.database
    team_vault.create_team_vault(tmp_path / "anna", team_engine.url.render_as_string(hide_password=False), "Anna", anna, clock)
    invitation = team_vault.invite_member(tmp_path / "anna", anna, clock, "Bram", role)
    login = member_logins.login_name(enrolment.normalise(invitation.code))
    with team_engine.connect() as connection:
        until = connection.scalar(text("SELECT rolvaliduntil FROM pg_roles WHERE rolname = :n"), {"n": login})
        deadline = connection.scalar(select(invites.c.server_expires_at))
    assert until == deadline and dt.timedelta(hours=47) < deadline - dt.datetime.now(dt.timezone.utc) <= dt.timedelta(hours=48)

    _require_password(postgres_server, database, login)
    profile = team_vault.join_team_vault(tmp_path / "bram", _tcp(postgres_server, database, "nobody"), invitation.code, bram, clock)
    assert make_url(profile.server).username == login  # redeemed through the function, as the member's own login
    with team_engine.connect() as connection:
        assert connection.scalar(text("SELECT rolvaliduntil = 'infinity' FROM pg_roles WHERE rolname = :n"), {"n": login})
        assert connection.execute(select(members.c.role, members.c.login).where(members.c.member_id == invitation.member_id)).one() \
            == (role.value, login)
    team_id = team_vault.read_profile(tmp_path / "anna").team_id
    assert _connects(postgres_server, database, login, bram.load_device_key(team_vault.login_account(team_id)).decode())
    with team_vault.opened_team(tmp_path / "bram", bram) as (_engine, team):
        assert (team.member_id, team.role) == (invitation.member_id, role)


@pytest.mark.parametrize("role", [Role.RECRUITER, Role.ADMIN, Role.DPO])
def test_each_role_redeems_where_the_team_has_no_member_logins(postgres_server, clock, tmp_path, role):
    owner, database = f"owner_{uuid.uuid4().hex[:8]}", f"nocr_{uuid.uuid4().hex[:8]}"
    superuser = create_engine(postgres_server.url, isolation_level="AUTOCOMMIT")
    with superuser.connect() as connection:
        connection.execute(text(f"CREATE ROLE {owner} LOGIN NOCREATEROLE"))
        connection.execute(text(f'CREATE DATABASE "{database}" OWNER {owner}'))
    superuser.dispose()
    address = make_url(postgres_server.url).set(username=owner, database=database).render_as_string(hide_password=False)
    anna, bram = MemoryKeychain(), MemoryKeychain()
    team_vault.create_team_vault(tmp_path / "anna", address, "Anna", anna, clock)
    invitation = team_vault.invite_member(tmp_path / "anna", anna, clock, "Bram", role)
    team_vault.join_team_vault(tmp_path / "bram", address, invitation.code, bram, clock)  # the owner login calls the function
    with team_vault.opened_team(tmp_path / "bram", bram) as (engine, team):
        assert (team.member_id, team.role) == (invitation.member_id, role)
        with engine.connect() as connection:
            assert not member_logins.available(connection, team.keys.team_id)
            assert connection.scalar(select(members.c.login).where(members.c.member_id == team.member_id)) is None


def test_a_code_past_its_deadline_by_the_servers_clock_is_refused_whatever_the_clients_clock_says(team_engine, grouped_team,
                                                                                                logins, clock):
    admin = grouped_team
    login, engine = logins("recruiter")
    server_roles.assign(team_engine, admin.keys.team_id, login, Role.RECRUITER)
    code = enrolment.invite(team_engine, admin, "Bram", Role.RECRUITER, clock, valid_for=-dt.timedelta(minutes=1)).code
    slow = ManualClock(clock.now() - dt.timedelta(hours=1))  # by this machine's clock the code has an hour to go
    device = MemoryKeychain()
    with pytest.raises(EnrolmentCodeExpired):
        enrolment.redeem(engine, device, code, slow)
    assert device._keys == {}
    with team_engine.connect() as connection:
        assert connection.scalar(select(invites.c.redeemed_at)) is None
        assert connection.scalar(select(func.count()).select_from(members)) == 1  # the admin only


def test_an_invitation_from_before_t011_is_held_to_its_expiry_by_the_servers_clock(team_engine, grouped_team, logins):
    admin = grouped_team
    login, engine = logins("dpo")
    server_roles.assign(team_engine, admin.keys.team_id, login, Role.DPO)
    past = ManualClock(dt.datetime.now().astimezone() - dt.timedelta(days=3))  # the invitation was made by a clock in the past
    code = enrolment.invite(team_engine, admin, "Bram", Role.DPO, past).code
    with team_engine.begin() as connection:  # as a client before t011 left it: no deadline by the server's clock
        connection.execute(update(invites).values(server_expires_at=None))
    with pytest.raises(EnrolmentCodeExpired):
        enrolment.redeem(engine, MemoryKeychain(), code, past)  # the redeeming client's clock still says it is valid
    # Control: the same kind of invitation within its 48 hours by the server's clock is redeemed.
    recent = ManualClock(dt.datetime.now().astimezone() - dt.timedelta(hours=1))
    fresh = enrolment.invite(team_engine, admin, "Dora", Role.DPO, recent).code
    with team_engine.begin() as connection:
        connection.execute(update(invites).values(server_expires_at=None))
    assert enrolment.redeem(engine, MemoryKeychain(), fresh, recent).role == Role.DPO


def test_a_login_made_for_an_expired_code_cannot_log_in(team_engine, postgres_server, clock, tmp_path):
    anna = MemoryKeychain()
    database = team_engine.url.database
    team_vault.create_team_vault(tmp_path / "anna", team_engine.url.render_as_string(hide_password=False), "Anna", anna, clock)
    with team_vault.opened_team(tmp_path / "anna", anna) as (engine, admin):
        valid = enrolment.invite(engine, admin, "On time", Role.RECRUITER, clock)
        expired = enrolment.invite(engine, admin, "Late", Role.RECRUITER, clock, valid_for=-dt.timedelta(minutes=1))
    logins = [member_logins.login_name(enrolment.normalise(invitation.code)) for invitation in (expired, valid)]
    for login in logins:
        _require_password(postgres_server, database, login)
    first = [member_logins.first_password(enrolment.normalise(invitation.code)) for invitation in (expired, valid)]
    assert [_connects(postgres_server, database, login, password) for login, password in zip(logins, first, strict=True)] == [False, True]
    given = _tcp(postgres_server, database, team_engine.url.username)  # the owner's address, handed over with the code
    with pytest.raises(EnrolmentCodeExpired):  # its login refused, the member falls back to the address given: still expired
        team_vault.join_team_vault(tmp_path / "late", given, expired.code, MemoryKeychain(),
                                   ManualClock(clock.now() - dt.timedelta(hours=1)))


def test_two_racing_redeems_through_the_function_make_one_member(team_engine, grouped_team, logins, clock, monkeypatch):
    admin = grouped_team
    login, engine = logins("recruiter")
    server_roles.assign(team_engine, admin.keys.team_id, login, Role.RECRUITER)
    code = enrolment.invite(team_engine, admin, "Bram", Role.RECRUITER, clock).code
    both_read, outcomes = threading.Barrier(2), []
    record = enrolment._record_member

    def record_together(*args, **kwargs):  # both clients have read the unused invitation before either records
        try:
            both_read.wait(timeout=10)
        except threading.BrokenBarrierError:
            pass
        return record(*args, **kwargs)

    monkeypatch.setattr(enrolment, "_record_member", record_together)

    def join() -> None:
        try:
            outcomes.append(enrolment.redeem(engine, MemoryKeychain(), code, clock).member_id)
        except EnrolmentCodeUsed as used:
            outcomes.append(used)

    threads = [threading.Thread(target=join) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(type(outcome).__name__ for outcome in outcomes) == ["EnrolmentCodeUsed", "UUID"]
    assert len(member_admin.list_members(team_engine, admin)) == 2
    assert [entry.action for entry in audit.entries(team_engine)].count(audit.MEMBER_JOINED) == 1


def test_a_member_who_joined_through_the_function_works_as_before(team_engine, grouped_team, logins, clock):
    admin = grouped_team
    login, engine = logins("recruiter")
    server_roles.assign(team_engine, admin.keys.team_id, login, Role.RECRUITER)
    rik = enrolment.redeem(engine, MemoryKeychain(), enrolment.invite(team_engine, admin, "Rik", Role.RECRUITER, clock).code, clock)
    add_candidate(engine, rik, PersonalFields("Lotte Maes"), clock)
    assert [(entry.actor, entry.action) for entry in audit.entries(team_engine)][-2:] == [
        (f"member:{rik.member_id}", audit.MEMBER_JOINED), (f"member:{rik.member_id}", audit.ADDED)]
