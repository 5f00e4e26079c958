"""Retention > Suppression list… of a team in the main window, on a real PostgreSQL server.

The local vault's dialog, reading through the team: counts per basis and each entry's identifier
kind, basis, request and date, never whose it is. An administrator selects an entry, types a reason
and removes it; it no longer matches and, with removed entries shown, is marked removed by her. A
recruiter or the DPO sees the same list with no Remove and the reason said (the server refuses
them too: tests/team/test_team_suppression_removal.py). The dialog closes with the team.
"""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import Qt

from recruitdesk.errors import TeamActionNotAllowed
from recruitdesk.gui.audit.window import SuppressionListDialog
from recruitdesk.gui.team.panel import TeamPanel
from recruitdesk.services import team_register, team_suppression
from recruitdesk.services.suppression import SuppressionReasonRequired
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team import suppression
from recruitdesk.team.roles import Role
from tests.gui.team.team_support import open_team_window
from tests.gui.user_actions import click, menu_item, tick

WAIT = 30_000
RECEIVED = dt.date(2026, 2, 1)


def _put_on_the_list(desk, email: str, phone: str | None, basis: str) -> None:
    """As completing an objection or erasure request does (``team.request_actions``)."""
    def write(engine, team) -> None:
        with engine.begin() as connection:
            suppression.suppress(connection, team, email, phone, basis, None, RECEIVED, desk.clock)
    desk.run(write)


def _matches(desk, email: str) -> bool:
    def check(engine, team) -> bool:
        with engine.connect() as connection:
            return suppression.is_suppressed(connection, team, email, None) is not None
    return desk.run(check)


def _open_list(qtbot, window: TeamPanel) -> SuppressionListDialog:
    menu_item(window, "&Retention", "Su&ppression list…").trigger()
    dialog = window.suppression_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog._task is None and dialog.counts_label.text() != "", timeout=WAIT)
    return dialog


def _table_text(dialog: SuppressionListDialog) -> list[list[str]]:
    return [[dialog.table.item(row, column).text() for column in range(dialog.table.columnCount())]
            for row in range(dialog.table.rowCount())]


def test_an_admin_sees_the_list_without_identities_and_removes_an_entry_with_a_reason(qtbot, team_folder, colleague, keychain, clock):
    _put_on_the_list(colleague, "objector@example.be", "+32 470 12 34 56", suppression.OBJECTION)
    clock.advance(minutes=5)
    _put_on_the_list(colleague, "erased@example.be", None, suppression.ERASURE_REQUEST)
    window = open_team_window(qtbot, team_folder, keychain, clock)
    dialog = _open_list(qtbot, window)
    assert dialog.counts_label.text() == "2 from objections, 1 from erasure requests, 0 marked by a recruiter."
    shown = _table_text(dialog)
    assert [row[1:3] for row in shown] == [["Email address", "Objection"], ["Phone number", "Objection"],
                                           ["Email address", "Erasure request"]]
    assert all(row[4] for row in shown) and not any(row[5] for row in shown)
    words = " ".join(" ".join(row) for row in shown)
    assert "objector" not in words and "erased" not in words and "470" not in words
    assert dialog.reason_edit.isVisible() and not dialog.read_only_label.isVisible()

    dialog.table.selectRow(0)
    assert not dialog.remove_button.isEnabled()  # no reason yet
    qtbot.keyClicks(dialog.reason_edit, "She asked to hear about vacancies again")
    assert _matches(colleague, "objector@example.be")  # control: on the list before
    with qtbot.waitSignal(dialog.removed, timeout=WAIT):
        click(qtbot, dialog.remove_button)
    qtbot.waitUntil(lambda: dialog._task is None and dialog.table.rowCount() == 2, timeout=WAIT)
    assert not _matches(colleague, "objector@example.be")
    assert dialog.counts_label.text() == "1 from objections, 1 from erasure requests, 0 marked by a recruiter."
    assert dialog.reason_edit.text() == ""

    tick(qtbot, dialog.show_removed)
    qtbot.waitUntil(lambda: dialog._task is None and dialog.table.rowCount() == 3, timeout=WAIT)
    removed = _table_text(dialog)[0]
    assert removed[1:3] == ["Email address", "Objection"] and removed[5].startswith("Removed on ") and removed[5].endswith("by Anna Admin")
    assert dialog.table.item(0, 5).toolTip() == "She asked to hear about vacancies again"
    dialog.table.selectRow(0)
    qtbot.keyClicks(dialog.reason_edit, "Once more")
    assert not dialog.remove_button.isEnabled()  # a removed entry is history
    entry = team_register.read_audit(colleague).rows[0]
    assert (entry.member, entry.action, entry.candidate) == ("Anna Admin", "Entry removed from the suppression list", None)
    window.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=WAIT)  # closed with the team


def test_the_service_asks_for_a_reason_of_a_few_words(team_folder, colleague):
    _put_on_the_list(colleague, "objector@example.be", None, suppression.OBJECTION)
    [row] = team_suppression.list_entries(colleague).rows
    with pytest.raises(SuppressionReasonRequired):
        team_suppression.remove_entry(colleague, row.id, "  no ")
    assert _matches(colleague, "objector@example.be")


@pytest.mark.parametrize("role", [Role.RECRUITER, Role.DPO])
def test_a_recruiter_or_the_dpo_sees_the_list_but_only_an_administrator_removes(qtbot, tmp_path, team_folder, team_database_url,
                                                                                 colleague, keychain, second_keychain, clock, role):
    _put_on_the_list(colleague, "objector@example.be", None, suppression.OBJECTION)
    invitation = invite_member(team_folder, keychain, clock, "Dora", role)
    join_team_vault(tmp_path / "dora", team_database_url, invitation.code, second_keychain, clock)
    window = open_team_window(qtbot, tmp_path / "dora", second_keychain, clock)
    dialog = _open_list(qtbot, window)
    assert dialog.table.rowCount() == 1 and _table_text(dialog)[0][1:3] == ["Email address", "Objection"]
    assert not dialog.remove_button.isVisible() and not dialog.reason_edit.isVisible()
    assert dialog.read_only_label.isVisible()
    assert dialog.read_only_label.text() == "Only an administrator of the team removes an entry from the list."
    with pytest.raises(TeamActionNotAllowed):  # the service refuses too, before anything is sent
        team_suppression.remove_entry(window.desk, dialog.table.item(0, 0).data(Qt.ItemDataRole.UserRole), "She asked to be contacted")
    assert _matches(colleague, "objector@example.be")
    window.close()
