"""Fixtures for the team setup pages and the members window: a real PostgreSQL server (one per
test module, as tests/team/conftest.py starts it) and an empty database per test, reached the way a
user types it: ``postgresql://USER@127.0.0.1:PORT/DATABASE``.

Test modules import the fixtures by name. Like the team tests, they fail instead of skipping in CI
when the server cannot start (tests.support.postgres).
"""

from __future__ import annotations

import socket
import uuid

import pytest
from sqlalchemy import create_engine, text

from tests.support import postgres


@pytest.fixture(scope="module")
def team_server():
    server = postgres.start_server()
    yield server
    postgres.stop_server(server)


@pytest.fixture
def team_address(team_server) -> str:
    """The address of a new, empty database on the module's server; dropped after the test."""
    name = f"gui_team_{uuid.uuid4().hex[:12]}"
    admin = create_engine(team_server.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield f"postgresql://{postgres.USER}@127.0.0.1:{team_server.port}/{name}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def closed_port() -> int:
    """A local port with nothing listening (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
