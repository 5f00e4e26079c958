"""Every member's own database login on a real PostgreSQL server: made with the invitation, its
first password derived from the code and replaced at once, the role enforced by the server, moved
on a role change and locked out at revocation; and a server where the team may not create roles."""

from __future__ import annotations

import time
import uuid

import psycopg
import pytest
from sqlalchemy import create_engine, make_url, text

from recruitdesk import errors
from recruitdesk.services import team_vault
from recruitdesk.team import enrolment, member_logins
from recruitdesk.team.candidates import PersonalFields, add_candidate
from recruitdesk.team.roles import Role
from recruitdesk.team.server_roles import group_role
from recruitdesk.vault.keychain import MemoryKeychain


def _tcp(postgres_server, database: str, user: str) -> str:
    return f"postgresql://{user}@127.0.0.1:{postgres_server.port}/{database}"


def _connects(postgres_server, database: str, user: str, password: str) -> bool:
    try:
        psycopg.connect(host="127.0.0.1", port=postgres_server.port, dbname=database, user=user, password=password,
                        connect_timeout=5).close()
    except psycopg.OperationalError:
        return False
    return True


def _require_password(postgres_server, database: str, login: str) -> None:
    """Passwords for ``login`` over TCP from now on (the reload is asynchronous: wait until it holds)."""
    postgres_server.require_password_for(login)
    deadline = time.monotonic() + 10
    while _connects(postgres_server, database, login, "not-the-password"):
        assert time.monotonic() < deadline, "the server never asked for a password"
        time.sleep(0.1)


def _role(superuser, login: str):
    with superuser.connect() as connection:
        return connection.execute(text("SELECT rolcanlogin, rolcreaterole, rolpassword FROM pg_authid WHERE rolname = :n"),
                                  {"n": login}).one_or_none()


def _groups(superuser, login: str) -> set[str]:
    with superuser.connect() as connection:
        return set(connection.scalars(text("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                           "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :n"), {"n": login}))


def test_a_member_gets_a_login_of_their_own_that_the_server_holds_to_their_role(team_engine, postgres_server, clock, tmp_path):
    anna, bram = MemoryKeychain(), MemoryKeychain()
    database = team_engine.url.database
    superuser = create_engine(postgres_server.url.replace(f"/{make_url(postgres_server.url).database}?", f"/{database}?"))
    team_vault.create_team_vault(tmp_path / "anna", team_engine.url.render_as_string(hide_password=False), "Anna Admin", anna, clock)
    invitation = team_vault.invite_member(tmp_path / "anna", anna, clock, "Bram", Role.DPO)
    plain = enrolment.normalise(invitation.code)
    login, first = member_logins.login_name(plain), member_logins.first_password(plain)
    team_id = team_vault.read_profile(tmp_path / "anna").team_id

    can_login, create_role, verifier = _role(superuser, login)
    assert can_login and not create_role and _groups(superuser, login) == {group_role(team_id, Role.DPO)}
    assert verifier.startswith("SCRAM-SHA-256$") and first not in verifier  # the server got the verifier only
    assert first.encode() not in postgres_server.dump_of_all() and first.encode() not in (postgres_server.root / "server.log").read_bytes()

    _require_password(postgres_server, database, login)
    profile = team_vault.join_team_vault(tmp_path / "bram", _tcp(postgres_server, database, "nobody"), invitation.code, bram, clock)
    assert make_url(profile.server).username == login  # the folder names the member's own login from now on
    kept = bram.load_device_key(team_vault.login_account(team_id)).decode()
    assert kept != first and not _connects(postgres_server, database, login, first)  # the code opens nothing any more
    assert _connects(postgres_server, database, login, kept)

    with team_vault.opened_team(tmp_path / "bram", bram) as (engine, team):
        assert team.role == Role.DPO
        with pytest.raises(Exception) as refused, engine.begin() as connection:  # a modified client, as the DPO's login
            connection.execute(text("UPDATE team_meta SET value = value"))
        assert getattr(refused.value.orig, "sqlstate", None) == "42501"

    team_vault.change_member_role(tmp_path / "anna", anna, clock, "Bram", Role.RECRUITER)
    assert _groups(superuser, login) == {group_role(team_id, Role.RECRUITER)}
    with team_vault.opened_team(tmp_path / "bram", bram) as (engine, team):
        add_candidate(engine, team, PersonalFields("Lotte Maes"), clock)  # the server now lets the recruiter write

    team_vault.revoke_team_member(tmp_path / "anna", anna, clock, "Bram")
    can_login, _create_role, _verifier = _role(superuser, login)
    assert not can_login and _groups(superuser, login) == set()
    assert not _connects(postgres_server, database, login, kept)  # even the kept password opens nothing
    with pytest.raises(errors.TeamServerLoginDisabled):
        team_vault.team_info(tmp_path / "bram", bram)
    superuser.dispose()


def test_where_the_team_may_not_create_roles_members_use_the_address_they_were_given(postgres_server, clock, tmp_path):
    owner, database = f"owner_{uuid.uuid4().hex[:8]}", f"nocr_{uuid.uuid4().hex[:8]}"
    superuser = create_engine(postgres_server.url, isolation_level="AUTOCOMMIT")
    with superuser.connect() as connection:
        connection.execute(text(f"CREATE ROLE {owner} LOGIN NOCREATEROLE"))
        connection.execute(text(f'CREATE DATABASE "{database}" OWNER {owner}'))
    superuser.dispose()
    socket = make_url(postgres_server.url)
    address = socket.set(username=owner, database=database).render_as_string(hide_password=False)
    anna, bram = MemoryKeychain(), MemoryKeychain()
    team_vault.create_team_vault(tmp_path / "anna", address, "Anna Admin", anna, clock)
    invitation = team_vault.invite_member(tmp_path / "anna", anna, clock, "Bram", Role.RECRUITER)

    profile = team_vault.join_team_vault(tmp_path / "bram", address, invitation.code, bram, clock)
    assert make_url(profile.server).username == owner
    assert sorted(m.label for m in team_vault.list_team_members(tmp_path / "bram", bram)) == ["Anna Admin", "Bram"]
    with pytest.raises(errors.EnrolmentCodeUsed):  # a wrong turn still gets its own message, not "unreachable"
        team_vault.join_team_vault(tmp_path / "again", address, invitation.code, MemoryKeychain(), clock)


@pytest.fixture(params=["debian", "postgresql-16"])
def any_server(request):
    """Debian's server (15 here) and PostgreSQL 16, which changed what CREATEROLE allows."""
    return request.getfixturevalue("postgres_server" if request.param == "debian" else "postgres16_server")


def test_an_admin_who_joined_with_their_own_login_invites_moves_and_revokes_a_member(any_server, clock, tmp_path):
    """The team's owner is an ordinary login that may create roles (a firm's own server, a managed
    one), not a superuser. A second administrator, connected with their own login, invites a
    recruiter, makes them a DPO and revokes them. From PostgreSQL 16 a login may grant or alter only
    the roles it holds ADMIN OPTION on, so this failed at the invitation when the administrator's
    login made member logins itself; the owner makes them now (t013), and member logins have no CREATEROLE."""
    owner, database = f"owner_{uuid.uuid4().hex[:8]}", f"adm_{uuid.uuid4().hex[:8]}"
    superuser = create_engine(any_server.url, isolation_level="AUTOCOMMIT")
    with superuser.connect() as connection:
        connection.execute(text(f"CREATE ROLE {owner} LOGIN CREATEROLE"))
        connection.execute(text(f'CREATE DATABASE "{database}" OWNER {owner}'))
    address = make_url(any_server.url).set(username=owner, database=database).render_as_string(hide_password=False)
    anna, bram, carla = MemoryKeychain(), MemoryKeychain(), MemoryKeychain()
    team_vault.create_team_vault(tmp_path / "anna", address, "Anna Admin", anna, clock)
    team_id = team_vault.read_profile(tmp_path / "anna").team_id
    bram_code = team_vault.invite_member(tmp_path / "anna", anna, clock, "Bram", Role.ADMIN).code
    bram_login = make_url(team_vault.join_team_vault(tmp_path / "bram", address, bram_code, bram, clock).server).username
    assert bram_login.startswith(member_logins.PREFIX)
    assert not _role(superuser, bram_login).rolcreaterole  # an administrator's login needs no CREATEROLE any more

    carla_code = team_vault.invite_member(tmp_path / "bram", bram, clock, "Carla", Role.RECRUITER).code  # Bram's own login
    carla_login = member_logins.login_name(enrolment.normalise(carla_code))
    assert _groups(superuser, carla_login) == {group_role(team_id, Role.RECRUITER)}
    profile = team_vault.join_team_vault(tmp_path / "carla", address, carla_code, carla, clock)
    assert make_url(profile.server).username == carla_login
    with superuser.connect() as connection:
        assert connection.scalar(text("SELECT rolvaliduntil = 'infinity' FROM pg_roles WHERE rolname = :l"), {"l": carla_login})
    assert sorted(m.label for m in team_vault.list_team_members(tmp_path / "carla", carla)) == ["Anna Admin", "Bram", "Carla"]

    team_vault.change_member_role(tmp_path / "bram", bram, clock, "Carla", Role.DPO)
    assert _groups(superuser, carla_login) == {group_role(team_id, Role.DPO)}
    team_vault.revoke_team_member(tmp_path / "bram", bram, clock, "Carla")  # Bram's login may not CHECKPOINT: skipped
    can_login, _create_role, _verifier = _role(superuser, carla_login)
    assert not can_login and _groups(superuser, carla_login) == set()
    assert team_vault.finish_team_revocation(tmp_path / "bram", bram, clock) is None  # nothing left unfinished
    assert sorted(m.label for m in team_vault.list_team_members(tmp_path / "anna", anna) if m.revoked_at is None) == [
        "Anna Admin", "Bram"]
    superuser.dispose()


def test_the_login_functions_refuse_a_login_of_another_team_and_anyone_but_an_admin(team_engine, postgres_server, clock, tmp_path):
    """Roles are per cluster: a team's administrator must not reach another team's logins, nor a recruiter any login."""
    anna = MemoryKeychain()
    team_vault.create_team_vault(tmp_path / "anna", team_engine.url.render_as_string(hide_password=False), "Anna Admin", anna, clock)
    stranger = f"{member_logins.PREFIX}{uuid.uuid4().hex[:24]}"
    superuser = create_engine(postgres_server.url, isolation_level="AUTOCOMMIT")
    with superuser.connect() as connection:
        connection.execute(text(f'CREATE ROLE "{stranger}" LOGIN'))  # another team's member, on the same cluster
    with team_engine.connect() as connection:
        for call in ("SELECT team_lock_out_member_login(:l)", "SELECT team_move_member_login(:l, 'admin')"):
            with pytest.raises(Exception) as refused, connection.begin():
                connection.execute(text(call), {"l": stranger})
            assert getattr(refused.value.orig, "sqlstate", None) == "RDE10"
        with pytest.raises(Exception) as refused, connection.begin():
            connection.execute(text("SELECT team_create_member_login('postgres', 'x', 'admin', NULL)"))
        assert getattr(refused.value.orig, "sqlstate", None) == "RDE10"
    assert _role(superuser, stranger).rolcanlogin  # untouched
    superuser.dispose()
