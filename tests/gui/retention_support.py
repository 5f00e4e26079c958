"""Helpers for the retention GUI tests: seeding candidates through services, driving the window."""

from __future__ import annotations

import datetime as dt

import pytest

from recruitdesk.gui.shell.tasks import wait_for_background_work
from recruitdesk.services.candidates import new_candidate, record_outcome


def add(vault, clock, name: str, applied: dt.date, email: str | None = None) -> int:
    with vault.session() as session, session.begin():
        candidate = new_candidate(session, vault.candidate_keys, clock, name, email=email, applied_on=applied)
        return candidate.id


def add_not_hired(vault, clock, name: str, ended: dt.date, email: str | None = None) -> int:
    """Under the nl-ap preset, due 4 weeks after ``ended``."""
    candidate_id = add(vault, clock, name, ended - dt.timedelta(days=20), email)
    record_outcome(vault, candidate_id, "not_hired", ended)
    return candidate_id


def show(qtbot, window, vault) -> None:
    """Show the vault and wait for both the rows and the retention summary."""
    with qtbot.waitSignals([window.rows_loaded, window.retention.summary_shown], timeout=20000):
        window.show_vault(vault)


def refreshed(qtbot, window):
    """A context manager waiting for the table and dashboard to reload after a change."""
    return qtbot.waitSignals([window.rows_loaded, window.retention.summary_shown], timeout=20000)


def table_names(window) -> list[str]:
    return [window.model.row_at(row).name for row in range(window.model.rowCount())]


def dashboard_names(window, group: int) -> list[str]:
    ids = window.retention.dashboard.group_ids(group)
    return [window.model.row_at(window.model.row_of(i)).name for i in ids if window.model.row_of(i) is not None]


@pytest.fixture
def new_vault(new_vault):
    """The shared fixture, but background calls still using the vault end before it closes
    (a closed SQLCipher engine under a running worker thread could crash the test process)."""
    yield new_vault
    wait_for_background_work(20000)  # background reads and queued saves


@pytest.fixture
def demo_vault(demo_vault):
    yield demo_vault
    wait_for_background_work(20000)  # background reads and queued saves
