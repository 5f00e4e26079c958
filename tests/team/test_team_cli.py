"""``recruitdesk team ...`` on a real PostgreSQL server: create, invite, join, roles, revoke, info.

Each member's computer is a folder (``--vault``) and a keychain of its own; the server password
given once is kept in the keychain, never in the folder.
"""

from __future__ import annotations

import json
import time
import uuid

import pytest
from sqlalchemy import create_engine, text

from recruitdesk import cli
from recruitdesk.services.team_vault import TEAM_FILE, login_account
from recruitdesk.vault.keychain import MemoryKeychain


@pytest.fixture
def team_url(postgres_server, team_engine) -> str:
    return team_engine.url.render_as_string(hide_password=False)


@pytest.fixture
def run(capsys, clock):
    def invoke(keychain, *argv: str):
        code = cli.main(list(argv), keychain=keychain, clock=clock)
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err
        return code, captured.out, captured.err
    return invoke


def _json(result):
    code, out, err = result
    assert code == 0, err
    return json.loads(out)


def test_a_team_from_creation_to_revocation_on_the_command_line(run, team_url, tmp_path):
    anna, bram = MemoryKeychain(), MemoryKeychain()
    created = _json(run(anna, "team", "create", "--server", team_url, "--name", "Anna Admin", "--vault", str(tmp_path / "anna"), "--json"))
    assert len(created["recovery_key"]) > 20 and (tmp_path / "anna" / TEAM_FILE).is_file()
    assert "recovery_key" not in (tmp_path / "anna" / TEAM_FILE).read_text()

    invitation = _json(run(anna, "team", "invite", "--name", "Bram Recruiter", "--vault", str(tmp_path / "anna"), "--json"))
    assert invitation["role"] == "recruiter"
    code, out, _ = run(anna, "team", "invite", "--name", "Dirk", "--role", "dpo", "--vault", str(tmp_path / "anna"))
    assert code == 0 and "valid once" in out

    joined = _json(run(bram, "team", "join", "--server", team_url, "--code", invitation["code"], "--vault", str(tmp_path / "bram"), "--json"))
    assert joined["label"] == "Bram Recruiter" and joined["team_id"] == created["team_id"]
    info = _json(run(bram, "team", "info", "--vault", str(tmp_path / "bram"), "--json"))
    assert (info["role"], info["members"], info["candidates"]) == ("recruiter", 2, 0)

    code, _out, err = run(bram, "team", "invite", "--name", "Eve", "--vault", str(tmp_path / "bram"))  # a recruiter may not invite
    assert code != 0 and "does not allow you" in err
    code, _out, err = run(bram, "team", "join", "--server", team_url, "--code", invitation["code"], "--vault", str(tmp_path / "again"))
    assert code != 0 and "already been used" in err and not (tmp_path / "again" / TEAM_FILE).exists()

    members = _json(run(anna, "team", "members", "--vault", str(tmp_path / "anna"), "--json"))
    assert sorted((m["name"], m["role"]) for m in members) == [("Anna Admin", "admin"), ("Bram Recruiter", "recruiter")]
    code, out, _ = run(anna, "team", "role", "bram recruiter", "dpo", "--vault", str(tmp_path / "anna"))
    assert code == 0 and "Bram Recruiter is now data protection officer (read only)." in out
    assert _json(run(bram, "team", "info", "--vault", str(tmp_path / "bram"), "--json"))["role"] == "dpo"

    code, _out, err = run(anna, "team", "revoke", "Anna Admin", "--vault", str(tmp_path / "anna"))
    assert code != 0 and "your own membership" in err
    code, out, err = run(anna, "team", "revoke", joined["member_id"][:8], "--vault", str(tmp_path / "anna"))
    assert code == 0 and "Bram Recruiter can no longer open the team vault" in out, err
    code, _out, err = run(bram, "team", "info", "--vault", str(tmp_path / "bram"))
    assert code != 0 and "not (or no longer) a member" in err
    assert _json(run(anna, "team", "info", "--vault", str(tmp_path / "anna"), "--json"))["members"] == 1
    code, out, _ = run(anna, "team", "revoke", "--finish", "--vault", str(tmp_path / "anna"))
    assert code == 0 and "No revocation was left unfinished." in out


def test_bad_folders_addresses_and_codes_get_clear_messages_and_change_nothing(run, team_url, tmp_path, monkeypatch):
    keychain = MemoryKeychain()
    local = tmp_path / "local"
    local.mkdir()
    (local / "vault.db").write_bytes(b"a local vault")
    code, _out, err = run(keychain, "team", "create", "--server", team_url, "--name", "Anna", "--vault", str(local))
    assert code == 2 and "already holds a vault" in err and (local / "vault.db").read_bytes() == b"a local vault"
    assert not (local / TEAM_FILE).exists()

    code, _out, err = run(keychain, "team", "info", "--vault", str(tmp_path / "empty"))
    assert code == 2 and "There is no team vault in" in err
    code, _out, err = run(keychain, "team", "create", "--server", "https://example.org/db", "--name", "Anna", "--vault", str(tmp_path / "a"))
    assert code == 2 and "is not a PostgreSQL server address" in err
    code, _out, err = run(keychain, "team", "create", "--server", "postgresql://anna:secret@localhost/team", "--name", "Anna",
                          "--vault", str(tmp_path / "a"))
    assert code == 2 and "Do not put the password in the server address" in err and "secret" not in err

    _json(run(keychain, "team", "create", "--server", team_url, "--name", "Anna", "--vault", str(tmp_path / "a"), "--json"))
    code, _out, err = run(MemoryKeychain(), "team", "join", "--server", team_url, "--code", "AAAAA-BBBBB-CCCCC-DDDDD",
                          "--vault", str(tmp_path / "b"))
    assert code != 0 and "not valid for this team vault" in err and not (tmp_path / "b" / TEAM_FILE).exists()
    (tmp_path / "a" / TEAM_FILE).write_text("{not json")
    code, _out, err = run(keychain, "team", "info", "--vault", str(tmp_path / "a"))
    assert code == 2 and "is damaged" in err


def test_the_server_password_is_kept_in_the_keychain_not_in_the_folder(run, postgres_server, tmp_path, monkeypatch):
    role, database = f"member_{uuid.uuid4().hex[:8]}", f"pw_{uuid.uuid4().hex[:8]}"
    superuser = create_engine(postgres_server.url, isolation_level="AUTOCOMMIT")
    with superuser.connect() as connection:
        connection.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'right-horse-battery'"))
        connection.execute(text(f'CREATE DATABASE "{database}" OWNER {role}'))
    superuser.dispose()
    postgres_server.require_password_for(role)
    address = f"postgresql://{role}@127.0.0.1:{postgres_server.port}/{database}"
    keychain = MemoryKeychain()
    deadline = time.monotonic() + 10  # pg_ctl reload is asynchronous: wait until the password rule is read
    while True:
        code, _out, err = run(keychain, "team", "create", "--server", address, "--name", "Anna", "--vault", str(tmp_path / "a"))
        if "refused the user name or password" in err or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert code != 0 and "refused the user name or password" in err  # control: no password, no team

    monkeypatch.setenv("RECRUITDESK_TEAM_PASSWORD", "right-horse-battery")
    created = _json(run(keychain, "team", "create", "--server", address, "--name", "Anna", "--vault", str(tmp_path / "a"), "--json"))
    monkeypatch.delenv("RECRUITDESK_TEAM_PASSWORD")
    assert keychain.load_device_key(login_account(uuid.UUID(created["team_id"]))) == b"right-horse-battery"
    assert b"right-horse-battery" not in (tmp_path / "a" / TEAM_FILE).read_bytes()
    assert _json(run(keychain, "team", "info", "--vault", str(tmp_path / "a"), "--json"))["role"] == "admin"  # from the keychain


def test_vault_info_on_a_team_folder_shows_the_team(run, team_url, tmp_path):
    keychain = MemoryKeychain()
    _json(run(keychain, "team", "create", "--server", team_url, "--name", "Anna", "--vault", str(tmp_path / "a"), "--json"))
    shown = _json(run(keychain, "vault", "info", "--vault", str(tmp_path / "a"), "--json"))
    assert (shown["role"], shown["members"], shown["candidates"]) == ("admin", 1, 0) and "password" not in json.dumps(shown)
    code, out, _ = run(keychain, "vault", "info", "--vault", str(tmp_path / "a"))
    assert code == 0 and "Team vault on" in out


def test_the_teams_policy_and_daily_check_on_the_command_line(run, team_url, tmp_path, clock):
    anna, bram = MemoryKeychain(), MemoryKeychain()
    run(anna, "team", "create", "--server", team_url, "--name", "Anna Admin", "--preset", "it1", "--vault", str(tmp_path / "anna"))
    code, out, _ = run(anna, "team", "policy", "--vault", str(tmp_path / "anna"))
    assert code == 0 and "(version 1)" in out
    invitation = _json(run(anna, "team", "invite", "--name", "Bram Recruiter", "--vault", str(tmp_path / "anna"), "--json"))
    run(bram, "team", "join", "--server", team_url, "--code", invitation["code"], "--vault", str(tmp_path / "bram"))

    code, _out, err = run(bram, "team", "policy", "--preset", "nl-ap", "--vault", str(tmp_path / "bram"))
    assert code != 0 and "does not allow you" in err  # the policy is an administrator's
    code, out, _ = run(anna, "team", "policy", "--preset", "nl-ap", "--vault", str(tmp_path / "anna"))
    assert code == 0 and "(version 2)" in out

    assert _json(run(bram, "team", "check", "--vault", str(tmp_path / "bram"), "--json")) == {
        "outcome": "ran", "recomputed": 0, "due_soon": 0, "overdue": 0}
    code, out, _ = run(anna, "team", "check", "--vault", str(tmp_path / "anna"))
    assert code == 0 and "already ran" in out and "Overdue for deletion: 0" in out
