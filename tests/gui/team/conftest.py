"""Fixtures of the team window's tests: one throwaway PostgreSQL server per module, a fresh database per test,
and a team folder made the way a user makes one (``services.team_vault.create_team_vault``).

Like tests/team, these fail instead of skipping in CI when the server cannot start (tests/support/postgres).
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.services.team_vault import create_team_vault
from recruitdesk.vault.keychain import MemoryKeychain
from tests.support import postgres


@pytest.fixture(scope="module")
def postgres_server():
    """A real server (initdb + pg_ctl) in a temporary folder; fails instead of skipping in CI."""
    server = postgres.start_server()
    yield server
    postgres.stop_server(server)


@pytest.fixture
def team_database_url(postgres_server):
    """The URL of a new, empty database of the module's server; the database is dropped afterwards."""
    name = f"team_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_server.url, isolation_level="AUTOCOMMIT", pool_pre_ping=True)  # survives a restart
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield postgres_server.url.replace(f"/{postgres.DATABASE}?", f"/{name}?")
    with admin.connect() as connection:
        connection.execute(text(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"))
        connection.execute(text(f'DROP DATABASE "{name}"'))
    admin.dispose()


@pytest.fixture
def team_folder(tmp_path, team_database_url, keychain, clock) -> Path:
    """A team folder of this computer (the test keychain holds its device key); its member is the admin."""
    folder = tmp_path / "team"
    create_team_vault(folder, team_database_url, "Recruiters of Gent", keychain, clock)
    return folder


@pytest.fixture
def colleague(team_folder, keychain, clock):
    """A second client of the same team: its own pool and open keys (another window, another process's view)."""
    desk = TeamDesk.open(team_folder, keychain, clock)
    yield desk
    desk.close()


@pytest.fixture
def second_keychain() -> MemoryKeychain:
    return MemoryKeychain()
