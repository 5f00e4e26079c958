"""The team tests' PostgreSQL fixtures, shared by tests/team and tests/gui/team: one throwaway server
per test module, and a fresh database of it per test (dropped afterwards)."""

from __future__ import annotations

import uuid
from contextlib import contextmanager
from typing import Iterator

import pytest
from sqlalchemy import create_engine, text

from tests.support import postgres


@pytest.fixture(scope="module")
def postgres_server():
    """A real server (initdb + pg_ctl) in a temporary folder; fails instead of skipping in CI."""
    server = postgres.start_server()
    yield server
    postgres.stop_server(server)


@pytest.fixture(scope="module")
def postgres16_server():
    """PostgreSQL 16 from the ``pgserver`` wheel (a test dependency), for what changed in 16; fails instead of skipping in CI."""
    folder = postgres.newer_server_bin_folder()
    if folder is None:
        postgres.require_or_skip("PostgreSQL 16's programs were not found (the test dependency 'pgserver' is not installed)")
    server = postgres.start_server(bin_folder=folder)
    yield server
    postgres.stop_server(server)


@contextmanager
def new_database(server: postgres.PostgresServer) -> Iterator[str]:
    """The URL of a new, empty database of ``server``; the database is dropped afterwards (its sessions ended first)."""
    name = f"team_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server.url, isolation_level="AUTOCOMMIT", pool_pre_ping=True)  # survives a restart
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.url.replace(f"/{postgres.DATABASE}?", f"/{name}?")
    finally:
        with admin.connect() as connection:  # FORCE ends its sessions in the same statement: a client's pool
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))  # reconnecting meanwhile cannot block it
        admin.dispose()
