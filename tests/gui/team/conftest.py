"""Fixtures of the team window's tests: one throwaway PostgreSQL server per module, a fresh database per test,
and a team folder made the way a user makes one (``services.team_vault.create_team_vault``).

Like tests/team, these fail instead of skipping in CI when the server cannot start (tests/support/postgres).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.services.team_vault import create_team_vault
from recruitdesk.vault.keychain import MemoryKeychain
from tests.support.team_server import new_database, postgres_server  # noqa: F401 - a fixture


@pytest.fixture
def team_database_url(postgres_server):
    """The URL of a new, empty database of the module's server; the database is dropped afterwards."""
    with new_database(postgres_server) as url:
        yield url


@pytest.fixture
def team_folder(tmp_path, team_database_url, keychain, clock) -> Path:
    """A team folder of this computer (the test keychain holds its device key); its member is the admin."""
    folder = tmp_path / "team"
    create_team_vault(folder, team_database_url, "Anna Admin", keychain, clock)
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


@pytest.fixture
def controller(qtbot, clock, keychain):
    """The application's controller, as ``recruitdesk`` starts it (open a team folder with ``team_support.open_in_app``)."""
    from recruitdesk.gui.shell.controller import AppController

    made = AppController(clock, lambda: keychain, report_error=lambda error: pytest.fail(f"unexpected error dialog: {error!r}"),
                         tick_milliseconds=20)
    qtbot.addWidget(made.window)
    yield made
    made.shutdown()
