"""What the tests of the team setup pages and the members window add to the team fixtures
(tests/support/team_server.py, through this folder's conftest): an empty database reached the way a
user types it, ``postgresql://USER@127.0.0.1:PORT/DATABASE``, and a port nobody listens on.

Like the team tests, they fail instead of skipping in CI when the server cannot start.
"""

from __future__ import annotations

import socket

import pytest
from sqlalchemy.engine import make_url

from tests.support import postgres
from tests.support.team_server import new_database


@pytest.fixture
def team_address(postgres_server) -> str:
    """The address of a new, empty database on the module's server; dropped after the test."""
    with new_database(postgres_server) as url:
        yield f"postgresql://{postgres.USER}@127.0.0.1:{postgres_server.port}/{make_url(url).database}"


def closed_port() -> int:
    """A local port with nothing listening (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
