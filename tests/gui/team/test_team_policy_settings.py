"""Retention > Retention settings… of a team: the local vault's settings dialog on the team's policy and
sealed firm profile, on a real PostgreSQL server.

An administrator chooses a preset and types the firm profile, the team's name and its idle time in the
same dialog as a local vault's; Save puts the policy and the profile on the server (each audited with
her name), the list's deadlines follow, her idle lock and window title at once. Another administrator's
save meanwhile is said with theirs shown and nothing lost; a second Save puts hers in place. A
colleague's new policy shows in the open dialog. A recruiter or DPO reads everything read-only, with
the reason said and no Save. The team's name defaults to the firm's, or else the folder's.
"""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import Qt

from recruitdesk.dates import short_date
from recruitdesk.gui.retention.policy_settings import PolicySettingsDialog
from recruitdesk.gui.team.panel import TeamPanel
from recruitdesk.gui.team.table_model import DEADLINE
from recruitdesk.retention import engine
from recruitdesk.retention.facts import CandidateFacts
from recruitdesk.retention.presets import PRESETS
from recruitdesk.services import team_firm, team_policy, team_register
from recruitdesk.services.team_desk import PersonalFields
from recruitdesk.services.team_firm import FirmProfile, StoredProfile
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role
from tests.gui.team.team_support import deadline_of_a_candidate_added, open_team_window
from tests.gui.user_actions import choose_in_combo, click, menu_item, type_in_spin

WAIT = 30_000


def _open(qtbot, window: TeamPanel) -> PolicySettingsDialog:
    menu_item(window, "&Retention", "Retention &settings…").trigger()
    dialog = window.policy_dialog
    assert isinstance(dialog, PolicySettingsDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.read is not None and dialog.firm_name_edit.isEnabled(), timeout=WAIT)
    return dialog


def _firm_tab(qtbot, dialog: PolicySettingsDialog) -> None:
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert dialog.tabs.currentIndex() == 1


def _type(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    edit.editingFinished.emit()


def _deadline(window: TeamPanel, name: str) -> str:
    return window.model.index(window.model.names().index(name), DEADLINE).data()


def _deadline_under(preset: str, today: dt.date) -> dt.date:
    status = engine.evaluate(CandidateFacts(created_on=today, applied_on=today), PRESETS[preset].policy, today)
    assert status.due_on is not None
    return status.due_on


def _preset_text(dialog: PolicySettingsDialog, name: str) -> str:
    combo = dialog.preset_combo
    return combo.itemText(combo.findData(name))


def test_an_admin_saves_a_preset_the_firm_profile_the_teams_name_and_idle_time_in_one_dialog(qtbot, team_folder, colleague,
                                                                                              keychain, clock):
    today = clock.today()
    colleague.add(PersonalFields("Sofie Wouters", "sofie@example.org"))
    window = open_team_window(qtbot, team_folder, keychain, clock)
    assert _deadline(window, "Sofie Wouters") == short_date(deadline_of_a_candidate_added(today))
    visible = [action.text() for action in window.retention_menu.actions() if action.isVisible()]
    assert "&Firm profile…" not in visible and "Retention &policy…" not in visible  # one dialog, the local vault's
    assert window.policy_action.shortcut().toString() == "Ctrl+,"  # as a local vault's Retention settings…
    dialog = _open(qtbot, window)
    assert dialog.preset_combo.currentData() == "nl-ap" and dialog.version_label.text() == "Policy version in force: 1"
    assert dialog.save_button.isVisible() and not dialog.role_label.isVisible()
    assert not dialog.window_spin.isVisible() and not dialog.auto_erase_check.isVisible()  # the team has none to set here

    choose_in_combo(qtbot, dialog.preset_combo, _preset_text(dialog, "itzu"))
    _firm_tab(qtbot, dialog)
    assert dialog.team_name_edit.isVisible() and not dialog.backup_folder_edit.isVisible()
    assert dialog.team_name_edit.text() == "" and dialog.team_name_edit.placeholderText() == team_folder.name
    _type(qtbot, dialog.team_name_edit, "Blue Team")
    _type(qtbot, dialog.firm_name_edit, "Acme Recruiting BV")
    _type(qtbot, dialog.privacy_contact_edit, "privacy at acme")
    click(qtbot, dialog.save_button)  # refused under the field, as the local settings refuse it
    assert dialog.privacy_contact_error.isVisible() and dialog.isVisible()
    assert team_firm.current(colleague).version == 0  # nothing was sent
    _type(qtbot, dialog.privacy_contact_edit, "privacy@acme-recruiting.example")
    type_in_spin(qtbot, dialog.lock_spin, 25)

    idle_times: list[int] = []
    window.auto_lock_changed.connect(idle_times.append)
    reloads_before = window._reload_serial
    with qtbot.waitSignals([dialog.saved, window.rows_loaded], timeout=WAIT):
        click(qtbot, dialog.save_button)
    assert not dialog.isVisible()  # saved: closed, as a local vault's
    assert idle_times == [25]  # applied at once to this member's idle lock
    seen = team_policy.current(colleague)
    assert (seen.preset, seen.version) == ("itzu", 2)
    assert team_firm.current(colleague) == StoredProfile(
        FirmProfile("Acme Recruiting BV", "privacy@acme-recruiting.example", "", 25, "Blue Team"), 1)
    qtbot.waitUntil(lambda: _deadline(window, "Sofie Wouters") == short_date(_deadline_under("itzu", today)), timeout=WAIT)
    colleague.add(PersonalFields("Jonas Peeters", "jonas@example.org"))  # its notice comes after the policy's own
    qtbot.waitUntil(lambda: "Jonas Peeters" in window.model.names(), timeout=WAIT)
    assert window._reload_serial == reloads_before + 1  # the list was read once after the save, not twice
    assert window.main.windowTitle().endswith("Blue Team – team vault on " + window.desk.server + " – RecruitDesk")
    assert 'Team vault "Blue Team" on ' in window.vault_info.text()
    actions = {(row.member, row.action) for row in team_register.read_audit(colleague).rows[1:3]}  # before Jonas's addition
    assert actions == {("Anna Admin", "Retention policy set"), ("Anna Admin", "Firm profile changed")}
    window.close()


def test_another_admins_save_meanwhile_is_said_with_theirs_and_a_second_save_puts_hers_in_place(qtbot, team_folder, colleague,
                                                                                               keychain, clock):
    window = open_team_window(qtbot, team_folder, keychain, clock)
    dialog = _open(qtbot, window)
    theirs = team_firm.save(colleague, 0, FirmProfile("Their Firm NV", "dpo@their-firm.example"))  # saved while she types
    _firm_tab(qtbot, dialog)
    _type(qtbot, dialog.firm_name_edit, "Acme Recruiting BV")

    with qtbot.waitSignal(dialog.conflicted, timeout=WAIT):
        click(qtbot, dialog.save_button)
    message = dialog.message_label.text()
    assert message.startswith("Not saved: another administrator saved the firm profile while you were editing it.")
    assert '"Their Firm NV"' in message and '"dpo@their-firm.example"' in message
    assert dialog.isVisible() and dialog.firm_name_edit.text() == "Acme Recruiting BV"  # her entry is kept
    assert team_firm.current(colleague) == theirs  # and theirs was not overwritten

    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        click(qtbot, dialog.save_button)
    assert team_firm.current(colleague) == StoredProfile(FirmProfile("Acme Recruiting BV"), 2)
    assert team_policy.current(colleague).version == 1  # the policy was not changed, so not saved again
    window.close()


def test_an_open_dialog_shows_a_colleagues_new_policy_and_keeps_what_was_typed(qtbot, team_folder, colleague, keychain, clock):
    window = open_team_window(qtbot, team_folder, keychain, clock)
    dialog = _open(qtbot, window)
    team_policy.choose(colleague, "itzu")  # another member's window saves a new policy
    qtbot.waitUntil(lambda: dialog.version_label.text() == "Policy version in force: 2", timeout=WAIT)
    assert dialog.preset_combo.currentData() == "itzu" and "Another member changed the policy" in dialog.message_label.text()

    type_in_spin(qtbot, dialog.policy_editor.rows.rows["not_hired"].amount_spin, 9)  # edited, then a colleague saves again
    team_policy.choose(colleague, "nl-ap", expected_version=2)
    qtbot.waitUntil(lambda: dialog.version_label.text() == "Policy version in force: 3", timeout=WAIT)
    assert dialog.policy_editor.rows.rows["not_hired"].amount_spin.value() == 9  # her rows are kept
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):  # and saved over the version shown
        click(qtbot, dialog.save_button)
    seen = team_policy.current(colleague)
    assert (seen.preset, seen.version) == (None, 4)
    window.close()


@pytest.mark.parametrize("role", [Role.RECRUITER, Role.DPO])
def test_a_recruiter_or_dpo_reads_the_policy_and_profile_read_only_with_the_reason(qtbot, tmp_path, team_folder,
                                                                                   team_database_url, colleague, keychain,
                                                                                   second_keychain, clock, role):
    team_firm.save(colleague, 0, FirmProfile("Acme Recruiting BV", "privacy@acme-recruiting.example", team_name="Blue Team"))
    invitation = invite_member(team_folder, keychain, clock, "Dora", role)
    join_team_vault(tmp_path / "dora", team_database_url, invitation.code, second_keychain, clock)
    window = open_team_window(qtbot, tmp_path / "dora", second_keychain, clock)
    qtbot.waitUntil(lambda: window.main.windowTitle().startswith("Blue Team – team vault on "), timeout=WAIT)
    dialog = _open(qtbot, window)

    assert dialog.role_label.isVisible() and dialog.role_label.text() == (
        "Only an administrator of the team can change its retention policy and firm profile; you can read them here.")
    assert not dialog.save_button.isVisible()
    assert dialog.preset_combo.currentData() == "nl-ap" and not dialog.preset_combo.isEnabled()
    assert not dialog.policy_editor.rows.rows["not_hired"].amount_spin.isEnabled()
    _firm_tab(qtbot, dialog)
    assert (dialog.team_name_edit.text(), dialog.firm_name_edit.text(), dialog.privacy_contact_edit.text()) == (
        "Blue Team", "Acme Recruiting BV", "privacy@acme-recruiting.example")
    assert all(edit.isReadOnly() for edit in (dialog.team_name_edit, dialog.firm_name_edit, dialog.privacy_contact_edit,
                                              dialog.statement_url_edit, dialog.lock_spin))
    qtbot.keyClicks(dialog.firm_name_edit, " Changed")
    assert dialog.firm_name_edit.text() == "Acme Recruiting BV"  # typing changes nothing
    dialog.save()  # even if asked to: nothing is sent
    assert team_firm.current(colleague).version == 1 and team_policy.current(colleague).version == 1
    window.close()
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed with the team


def test_a_teams_name_is_the_firms_until_an_administrator_gives_it_one(qtbot, team_folder, colleague, keychain, clock):
    team_firm.save(colleague, 0, FirmProfile("Acme Recruiting BV"))
    window = open_team_window(qtbot, team_folder, keychain, clock)
    qtbot.waitUntil(lambda: window.main.windowTitle().startswith("Acme Recruiting BV – team vault on "), timeout=WAIT)
    assert 'Team vault "Acme Recruiting BV" on ' in window.vault_info.text()
    dialog = _open(qtbot, window)
    assert dialog.team_name_edit.text() == "" and dialog.team_name_edit.placeholderText() == "Acme Recruiting BV"
    window.close()
