"""Retention > Retention settings… as a rules editor in the team window, on a real PostgreSQL server.

A team's settings are the local vault's dialog and policy editor: an administrator edits a row's
period, saves over the version shown, and every candidate's
deadline becomes the one the retention engine computes under the edited rules; a colleague's client
reads the new version as the firm's own (preset None), or under a preset's name when the rows restate
it. A row's problem is said in words and keeps Save disabled; recruiters and DPOs cannot edit (and the
service refuses them); a colleague's policy saved meanwhile is never overwritten unseen.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from recruitdesk import errors
from recruitdesk.dates import short_date
from recruitdesk.gui.team.panel import TeamPanel
from recruitdesk.gui.retention.policy_settings import PolicySettingsDialog
from recruitdesk.gui.team.table_model import DEADLINE
from recruitdesk.retention import engine
from recruitdesk.retention.facts import CandidateFacts
from recruitdesk.retention.policy import Policy
from recruitdesk.retention.presets import PRESETS
from recruitdesk.services import policy_editor as pe
from recruitdesk.services import team_policy, team_register
from recruitdesk.services.team_desk import PersonalFields, TeamDesk
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role
from tests.gui.team.team_support import deadline_of_a_candidate_added, open_team_window
from tests.gui.user_actions import click, menu_item, type_in_spin

WAIT = 30_000


def _open_policy(qtbot, window: TeamPanel) -> PolicySettingsDialog:
    menu_item(window, "&Retention", "Retention &settings…").trigger()
    dialog = window.policy_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.read is not None and dialog.policy_editor.isEnabled(), timeout=WAIT)
    return dialog


def _deadline(window: TeamPanel, name: str) -> str:
    return window.model.index(window.model.names().index(name), DEADLINE).data()


def _rows_with(preset: str, situation: str, amount: int) -> tuple[pe.RuleRow, ...]:
    """The preset's rows with one period edited, as the editor enters them (an edited row no longer restates the statement)."""
    return tuple(pe.edited_row(row, dataclasses.replace(row, amount=amount)) if row.situation == situation else row
                 for row in pe.editor_rows(PRESETS[preset].policy))


def _deadline_under(policy: Policy, today: dt.date) -> dt.date:
    """A candidate added today (as ``colleague.add`` adds one), counted by the retention engine under ``policy``."""
    status = engine.evaluate(CandidateFacts(created_on=today, applied_on=today), policy, today)
    assert status.due_on is not None
    return status.due_on


def test_an_admin_edits_a_rows_period_saves_and_the_deadlines_follow(qtbot, team_folder, colleague, keychain, clock):
    today = clock.today()
    colleague.add(PersonalFields("Sofie Wouters", "sofie@example.org"))
    window = open_team_window(qtbot, team_folder, keychain, clock)
    assert _deadline(window, "Sofie Wouters") == short_date(deadline_of_a_candidate_added(today))
    dialog = _open_policy(qtbot, window)
    assert dialog.preset_combo.currentData() == "nl-ap"

    not_hired = dialog.policy_editor.rows.rows["not_hired"]
    type_in_spin(qtbot, not_hired.amount_spin, 9)  # 4 weeks → 9 weeks
    assert dialog.preset_combo.currentData() == "" and dialog.preset_combo.currentText().startswith("Custom")
    assert dialog.policy_editor.statement_label.text().startswith("Your own rules: ")
    assert "is deleted on" in dialog.policy_editor.examples_label.text()
    assert dialog.save_button.isEnabled()
    changes = []
    dialog.saved.connect(changes.append)
    with qtbot.waitSignals([dialog.saved, window.rows_loaded], timeout=WAIT):
        click(qtbot, dialog.save_button)

    edited = pe.policy_of(_rows_with("nl-ap", "not_hired", 9))
    expected = _deadline_under(edited, today)
    assert expected != deadline_of_a_candidate_added(today)
    assert changes == [2]  # the new version
    qtbot.waitUntil(lambda: _deadline(window, "Sofie Wouters") == short_date(expected), timeout=WAIT)
    seen = team_policy.current(colleague)  # another member's client
    assert (seen.preset, seen.version) == (None, 2)
    assert pe.editor_rows(seen.policy) == pe.editor_rows(edited)
    assert seen.rules[0][1].startswith("9 weeks after the end of the procedure (the firm's own rule")
    entry = team_register.read_audit(colleague).rows[0]
    assert (entry.member, entry.action) == ("Anna Admin", "Retention policy set")
    window.close()


def test_rows_restating_a_preset_are_saved_under_its_name(qtbot, team_folder, colleague, keychain, clock):
    team_policy.save_rows(colleague, _rows_with("nl-ap", "not_hired", 9), 1)  # the firm's own, version 2
    assert team_policy.current(colleague).preset is None
    window = open_team_window(qtbot, team_folder, keychain, clock)
    dialog = _open_policy(qtbot, window)
    assert dialog.preset_combo.currentData() == "" and dialog.policy_editor.rows.rows["not_hired"].amount_spin.value() == 9

    type_in_spin(qtbot, dialog.policy_editor.rows.rows["not_hired"].amount_spin, 4)  # back to the Dutch DPA's 4 weeks
    assert dialog.preset_combo.currentData() == "nl-ap"
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        click(qtbot, dialog.save_button)
    seen = team_policy.current(colleague)
    assert (seen.preset, seen.version) == ("nl-ap", 3) and seen.policy == PRESETS["nl-ap"].policy
    window.close()


def test_an_invalid_row_is_said_in_words_and_save_stays_disabled(qtbot, team_folder, keychain, clock):
    window = open_team_window(qtbot, team_folder, keychain, clock)
    dialog = _open_policy(qtbot, window)
    not_hired = dialog.policy_editor.rows.rows["not_hired"]
    type_in_spin(qtbot, not_hired.amount_spin, 0)
    assert not_hired.problem_label.isVisible() and not_hired.problem_label.text() == "The period must be at least 1 week."
    assert not dialog.save_button.isEnabled()
    type_in_spin(qtbot, not_hired.amount_spin, 6)
    assert not not_hired.problem_label.isVisible() and dialog.save_button.isEnabled()
    window.close()


@pytest.mark.parametrize("role", [Role.DPO, Role.RECRUITER])
def test_a_dpo_or_recruiter_sees_the_rows_disabled_with_the_reason_and_the_service_refuses(
        qtbot, tmp_path, team_folder, team_database_url, keychain, second_keychain, clock, role):
    invitation = invite_member(team_folder, keychain, clock, "Dora", role)
    join_team_vault(tmp_path / "dora", team_database_url, invitation.code, second_keychain, clock)
    window = open_team_window(qtbot, tmp_path / "dora", second_keychain, clock)
    dialog = _open_policy(qtbot, window)
    not_hired = dialog.policy_editor.rows.rows["not_hired"]
    assert not_hired.amount_spin.isVisible() and not not_hired.amount_spin.isEnabled()
    assert not dialog.preset_combo.isEnabled() and not dialog.policy_editor.import_button.isEnabled()
    assert not dialog.save_button.isVisible()
    assert dialog.role_label.isVisible()
    assert dialog.role_label.text().startswith("Only an administrator of the team can change its retention policy")
    window.close()

    dora = TeamDesk.open(tmp_path / "dora", second_keychain, clock)
    try:
        with pytest.raises(errors.TeamActionNotAllowed):
            team_policy.save_rows(dora, _rows_with("nl-ap", "not_hired", 9), 1)
        assert team_policy.current(dora).version == 1
    finally:
        dora.close()


def test_a_colleagues_policy_saved_meanwhile_is_not_overwritten_silently(qtbot, team_folder, colleague, keychain, clock):
    window = open_team_window(qtbot, team_folder, keychain, clock)
    dialog = _open_policy(qtbot, window)
    window.listener.changed.disconnect(dialog.source._heard)  # the colleague's notice has not reached this window yet
    type_in_spin(qtbot, dialog.policy_editor.rows.rows["not_hired"].amount_spin, 9)
    team_policy.choose(colleague, "itzu")  # a colleague's window saves while she edits
    with qtbot.waitSignal(dialog.conflicted, timeout=WAIT) as conflicted:
        click(qtbot, dialog.save_button)
    assert conflicted.args[0].startswith("Not saved: another member changed the retention policy while you were editing it; "
                                         "theirs is version 2: ITZU")
    assert dialog.message_label.isVisible() and dialog.version_label.text() == "Policy version in force: 2"
    seen = team_policy.current(colleague)
    assert (seen.preset, seen.version) == ("itzu", 2)  # the colleague's policy stands
    assert dialog.policy_editor.rows.rows["not_hired"].amount_spin.value() == 9  # the admin's rows are kept
    assert dialog.isVisible() and dialog.save_button.isEnabled()

    with qtbot.waitSignal(dialog.saved, timeout=WAIT):  # saving again now replaces the colleague's version, knowingly
        click(qtbot, dialog.save_button)
    assert (team_policy.current(colleague).preset, team_policy.current(colleague).version) == (None, 3)
    window.close()


def test_the_service_refuses_a_version_a_colleague_replaced(team_folder, colleague, keychain, clock):
    admin = TeamDesk.open(team_folder, keychain, clock)
    try:
        team_policy.choose(colleague, "itzu", expected_version=1)
        with pytest.raises(errors.TeamPolicyChanged):
            team_policy.save_rows(admin, _rows_with("nl-ap", "not_hired", 9), 1)
        with pytest.raises(errors.TeamPolicyChanged):
            team_policy.choose(admin, "it1", expected_version=1)
        assert (team_policy.current(admin).preset, team_policy.current(admin).version) == ("itzu", 2)
        assert team_policy.save_rows(admin, _rows_with("nl-ap", "not_hired", 9), 2).view.version == 3
    finally:
        admin.close()


def test_an_open_policy_dialog_shows_a_colleagues_custom_rows(qtbot, team_folder, colleague, keychain, clock):
    window = open_team_window(qtbot, team_folder, keychain, clock)
    dialog = _open_policy(qtbot, window)
    team_policy.save_rows(colleague, _rows_with("nl-ap", "hired", 5), 1)  # another administrator's window saves
    qtbot.waitUntil(lambda: dialog.version_label.text() == "Policy version in force: 2", timeout=WAIT)
    assert dialog.policy_editor.rows.rows["hired"].amount_spin.value() == 5 and dialog.preset_combo.currentData() == ""
    assert "Another member changed the policy" in dialog.message_label.text()
    window.close()
