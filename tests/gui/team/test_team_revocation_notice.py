"""An administrator opening the team is told when a member's revocation was interrupted.

Until every candidate key is moved, the revoked member's old keys still open the candidates not
moved yet; the members window can finish it, but only if someone opens it. The team's panel says
so above the list for an administrator, its button opens Vault > Members…, Finish revocation there
completes it, and the line goes. A recruiter is not told (they cannot finish it). Real server,
real clicks.
"""

from __future__ import annotations

import pytest

from recruitdesk.services.team_desk import PersonalFields
from recruitdesk.services.team_vault import invite_member, join_team_vault, opened_team, read_profile
from recruitdesk.team import revocation
from recruitdesk.team.roles import Role
from recruitdesk.vault.keychain import MemoryKeychain
from tests.gui.team.team_support import hosted_team, open_team_window
from tests.gui.user_actions import click

WAIT = 30_000


@pytest.fixture
def interrupted(tmp_path, team_folder, team_database_url, keychain, second_keychain, clock, colleague):
    """Bram joined as a recruiter; his revocation started and the admin's client died before moving anyone."""
    for name in ("Sofie Wouters", "Jonas Peeters", "Lena Maes"):
        colleague.add(PersonalFields(name, f"{name.split()[0].lower()}@example.org"))
    bram = tmp_path / "bram"
    join_team_vault(bram, team_database_url, invite_member(team_folder, keychain, clock, "Bram Recruiter", Role.RECRUITER).code,
                    second_keychain, clock)
    with opened_team(team_folder, keychain) as (engine, admin):
        revocation.start_revocation(engine, admin, read_profile(bram).member_id, clock)
    return bram


def test_the_administrator_is_told_and_finishes_it_from_the_line(qtbot, team_folder, keychain, clock, interrupted):
    window = open_team_window(qtbot, team_folder, keychain, clock)
    notice = window.revocation_notice
    qtbot.waitUntil(notice.isVisible, timeout=WAIT)
    assert "0 of 3 candidates are under the new keys" in notice.label.text()

    click(qtbot, notice.open_button)
    members = window.members_window
    assert members is not None and members.isVisible()
    qtbot.waitUntil(members.finish_button.isEnabled, timeout=WAIT)
    with qtbot.waitSignal(members.revocation_finished, timeout=60_000):
        click(qtbot, members.finish_button)
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=WAIT)
    with opened_team(team_folder, keychain) as (engine, admin):
        assert revocation.pending_revocation(engine, admin) is None


def test_without_an_unfinished_revocation_there_is_no_line(qtbot, team_folder, keychain, clock, colleague):
    colleague.add(PersonalFields("Sofie Wouters", "sofie@example.org"))
    window = hosted_team(qtbot, team_folder, lambda: keychain, clock)
    with qtbot.waitSignals([window.rows_loaded, window.revocation_notice.answered], timeout=WAIT):
        window.open_team()
    assert not window.revocation_notice.isVisible()


def test_a_recruiter_is_not_asked_and_sees_no_line(qtbot, tmp_path, team_folder, team_database_url, keychain, clock, interrupted):
    carla_keychain = MemoryKeychain()
    carla = tmp_path / "carla"
    join_team_vault(carla, team_database_url, invite_member(team_folder, keychain, clock, "Carla Recruiter", Role.RECRUITER).code,
                    carla_keychain, clock)
    window = open_team_window(qtbot, carla, carla_keychain, clock)
    assert window.revocation_notice.check() is None and not window.revocation_notice.isVisible()
