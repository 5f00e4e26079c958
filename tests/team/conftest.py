"""Fixtures of the team-vault tests: one throwaway PostgreSQL server per module, a fresh database per test."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine

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
