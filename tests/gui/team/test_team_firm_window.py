"""Retention > Firm profile… of a team in the main window: the team's firm profile, on a real PostgreSQL server.

An administrator types the firm's name, privacy contact and privacy statement address and saves
(a bad address is refused under its field first, nothing saved); another administrator's save
meanwhile is said in words with theirs shown, and a second Save puts hers in place. A recruiter or
DPO reads the same profile with no Save and the reason said. The dialog closes with the team.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt

from recruitdesk.gui.team.firm_dialog import TeamFirmDialog
from recruitdesk.gui.team.panel import TeamPanel
from recruitdesk.services import team_firm, team_register
from recruitdesk.services.team_firm import FirmProfile, StoredProfile
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role
from tests.gui.team.team_support import open_team_window
from tests.gui.user_actions import click, menu_item

WAIT = 30_000


def _open_profile(qtbot, window: TeamPanel) -> TeamFirmDialog:
    menu_item(window, "&Retention", "&Firm profile…").trigger()
    dialog = window.firm_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.version_read is not None, timeout=WAIT)
    return dialog


def _type(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_an_admin_types_the_profile_and_saves_it_for_every_member(qtbot, team_folder, colleague, keychain, clock):
    window = open_team_window(qtbot, team_folder, keychain, clock)
    retention_items = [action.text() for action in window.retention_menu.actions() if action.isVisible()]
    assert retention_items.count("&Firm profile…") == 1
    assert retention_items.index("&Firm profile…") == retention_items.index("Retention &policy…") + 1
    dialog = _open_profile(qtbot, window)
    assert dialog.message_label.text() == "No firm profile has been saved for this team yet."
    assert not dialog.role_label.isVisible() and dialog.save_button.isVisible()

    _type(qtbot, dialog.name_edit, "Acme Recruiting BV")
    _type(qtbot, dialog.contact_edit, "privacy at acme")
    _type(qtbot, dialog.url_edit, "https://acme-recruiting.example/privacy")
    click(qtbot, dialog.save_button)  # refused under the field, as the local settings refuse it
    assert dialog.contact_error.isVisible() and "privacy at acme" in dialog.contact_error.text()
    assert team_firm.current(colleague).version == 0  # nothing was sent

    _type(qtbot, dialog.contact_edit, "privacy@acme-recruiting.example")
    assert not dialog.contact_error.isVisible()  # cleared as soon as it is fixed
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        click(qtbot, dialog.save_button)

    expected = FirmProfile("Acme Recruiting BV", "privacy@acme-recruiting.example", "https://acme-recruiting.example/privacy")
    assert team_firm.current(colleague) == StoredProfile(expected, 1)
    assert dialog.message_label.text() == "The firm profile is saved; every member's next letter uses it."
    entry = team_register.read_audit(colleague).rows[0]
    assert (entry.member, entry.action) == ("Anna Admin", "Firm profile changed")
    window.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=WAIT)  # closed with the team


def test_another_admins_save_meanwhile_is_said_with_theirs_and_a_second_save_puts_hers_in_place(qtbot, team_folder, colleague,
                                                                                               keychain, clock):
    window = open_team_window(qtbot, team_folder, keychain, clock)
    dialog = _open_profile(qtbot, window)
    theirs = team_firm.save(colleague, 0, FirmProfile("Their Firm NV", "dpo@their-firm.example"))  # saved while she types
    _type(qtbot, dialog.name_edit, "Acme Recruiting BV")

    with qtbot.waitSignal(dialog.conflicted, timeout=WAIT):
        click(qtbot, dialog.save_button)
    message = dialog.message_label.text()
    assert message.startswith("Not saved: another administrator saved the firm profile while you were editing it.")
    assert '"Their Firm NV"' in message and '"dpo@their-firm.example"' in message
    assert dialog.name_edit.text() == "Acme Recruiting BV"  # her entry is kept
    assert team_firm.current(colleague) == theirs  # and theirs was not overwritten

    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        click(qtbot, dialog.save_button)
    assert team_firm.current(colleague) == StoredProfile(FirmProfile("Acme Recruiting BV"), 2)
    window.close()


@pytest.mark.parametrize("role", [Role.RECRUITER, Role.DPO])
def test_a_recruiter_or_dpo_reads_the_profile_with_no_save_and_the_reason_said(qtbot, tmp_path, team_folder, team_database_url,
                                                                               colleague, keychain, second_keychain, clock, role):
    team_firm.save(colleague, 0, FirmProfile("Acme Recruiting BV", "privacy@acme-recruiting.example"))
    invitation = invite_member(team_folder, keychain, clock, "Dora", role)
    join_team_vault(tmp_path / "dora", team_database_url, invitation.code, second_keychain, clock)
    window = open_team_window(qtbot, tmp_path / "dora", second_keychain, clock)
    dialog = _open_profile(qtbot, window)

    assert (dialog.name_edit.text(), dialog.contact_edit.text(), dialog.url_edit.text()) == (
        "Acme Recruiting BV", "privacy@acme-recruiting.example", "")
    assert all(edit.isReadOnly() for edit in (dialog.name_edit, dialog.contact_edit, dialog.url_edit))
    qtbot.keyClicks(dialog.name_edit, " Changed")
    assert dialog.name_edit.text() == "Acme Recruiting BV"  # typing changes nothing
    assert not dialog.save_button.isVisible()
    assert not any(button.isVisible() and button.text() == "&Save" for button in dialog.buttons.buttons())
    assert dialog.role_label.isVisible()
    assert dialog.role_label.text() == "Only an administrator of the team can change its firm profile; you can read it here."
    window.close()
