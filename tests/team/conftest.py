"""Fixtures of the team-vault tests: one throwaway PostgreSQL server per module, a fresh database per test."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text

from recruitdesk.vault.keychain import MemoryKeychain
from tests.support import postgres


@pytest.fixture(scope="module")
def postgres_server():
    """A real server (initdb + pg_ctl) in a temporary folder; fails instead of skipping in CI."""
    server = postgres.start_server()
    yield server
    postgres.stop_server(server)


@pytest.fixture
def team_engine(postgres_server):
    """An engine on a new, empty database of the module's server; the database is dropped afterwards."""
    name = f"team_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_server.url, isolation_level="AUTOCOMMIT", pool_pre_ping=True)  # survives a restart
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine = create_engine(postgres_server.url.replace(f"/{postgres.DATABASE}?", f"/{name}?"))
    yield engine
    engine.dispose()
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}"'))
    admin.dispose()


@pytest.fixture
def second_keychain() -> MemoryKeychain:
    """The keychain of another member's machine."""
    return MemoryKeychain()
