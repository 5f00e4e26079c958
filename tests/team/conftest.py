"""Fixtures of the team-vault tests: one throwaway PostgreSQL server per module, a fresh database per test."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text

from recruitdesk.vault.keychain import MemoryKeychain
from tests.support.team_server import new_database, postgres16_server, postgres_server  # noqa: F401 - fixtures


@pytest.fixture
def team_engine(postgres_server):
    """An engine on a new, empty database of the module's server; the database is dropped afterwards."""
    with new_database(postgres_server) as url:
        engine = create_engine(url)
        yield engine
        engine.dispose()


@pytest.fixture
def second_keychain() -> MemoryKeychain:
    """The keychain of another member's machine."""
    return MemoryKeychain()


@pytest.fixture
def logins(team_engine):
    """Makes a LOGIN role (trusted over the socket) and an engine connected as it; drops nothing (the
    server is thrown away per module)."""
    engines = []

    def make(prefix: str):
        name = f"{prefix}_{uuid.uuid4().hex[:8]}"
        with team_engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text(f'CREATE ROLE "{name}" LOGIN'))
        engine = create_engine(team_engine.url.set(username=name))
        engines.append(engine)
        return name, engine

    yield make
    for engine in engines:
        engine.dispose()


@pytest.fixture
def run(capsys, clock):
    """``cli.main`` as a user runs it: (exit code, output, error output); never a traceback."""
    from recruitdesk import cli

    def invoke(keychain, *argv: str):
        code = cli.main(list(argv), keychain=keychain, clock=clock)
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err
        return code, captured.out, captured.err
    return invoke


@pytest.fixture
def members(run, team_engine, tmp_path):
    """Anna (admin), Bram (recruiter) and Dirk (DPO), each with a folder and a keychain of their own."""
    from tests.team.cli_runs import json_of

    url = team_engine.url.render_as_string(hide_password=False)
    found = {"anna": (MemoryKeychain(), str(tmp_path / "anna"))}
    run(found["anna"][0], "team", "create", "--server", url, "--name", "Anna Admin", "--vault", found["anna"][1])
    for name, label, role in (("bram", "Bram Recruiter", "recruiter"), ("dirk", "Dirk DPO", "dpo")):
        code = json_of(run(found["anna"][0], "team", "invite", "--name", label, "--role", role, "--vault", found["anna"][1],
                           "--json"))["code"]
        found[name] = (MemoryKeychain(), str(tmp_path / name))
        json_of(run(found[name][0], "team", "join", "--server", url, "--code", code, "--vault", found[name][1], "--json"))
    return found
