"""Team > Retention policy… in the team window, on a real PostgreSQL server.

An administrator switches the team's preset after a confirmation: the new version is audited with
her name, and a candidate's deadline in the list becomes the one the retention engine computes
under the new preset. A DPO or a recruiter sees the same policy read-only, with the reason said.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from recruitdesk.dates import short_date
from recruitdesk.gui.team.policy_dialog import TeamPolicyDialog
from recruitdesk.gui.team.table_model import DEADLINE
from recruitdesk.gui.team.panel import TeamPanel
from recruitdesk.retention import engine
from recruitdesk.retention.facts import CandidateFacts
from recruitdesk.retention.presets import PRESETS
from recruitdesk.services import team_policy, team_register
from recruitdesk.services.team_desk import PersonalFields
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role
from tests.gui.team.team_support import deadline_of_a_candidate_added, open_team_window
from tests.gui.user_actions import choose_in_combo, click, menu_item

WAIT = 30_000


def _open_policy(qtbot, window: TeamPanel) -> TeamPolicyDialog:
    menu_item(window, "&Retention", "Retention &policy…").trigger()
    dialog = window.policy_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.active is not None, timeout=WAIT)
    return dialog


def _deadline(window: TeamPanel, name: str) -> str:
    return window.model.index(window.model.names().index(name), DEADLINE).data()


def _deadline_under(preset: str, today: dt.date) -> dt.date:
    status = engine.evaluate(CandidateFacts(created_on=today, applied_on=today), PRESETS[preset].policy, today)
    assert status.due_on is not None
    return status.due_on


def test_an_admin_switches_the_preset_after_confirming_and_the_deadlines_follow_at_once(qtbot, team_folder, colleague, keychain,
                                                                                        clock):
    today = clock.today()
    colleague.add(PersonalFields("Sofie Wouters", "sofie@example.org"))
    window = open_team_window(qtbot, team_folder, keychain, clock)
    assert _deadline(window, "Sofie Wouters") == short_date(deadline_of_a_candidate_added(today))  # the Dutch DPA preset
    dialog = _open_policy(qtbot, window)
    assert dialog.active.preset == "nl-ap"
    assert "Dutch DPA guidance" in dialog.active_label.text() and "version 1" in dialog.active_label.text()
    assert _row(dialog, "not_hired") == (4, "weeks", "End of the procedure")
    assert not dialog.role_label.isVisible() and dialog.after_label.isVisible()
    assert not dialog.save_button.isEnabled()  # nothing chosen yet

    itzu = next(text for name, text in _presets(dialog) if name == "itzu")
    choose_in_combo(qtbot, dialog.preset_combo, itzu)
    assert _row(dialog, "not_hired") == (2, "years", "Last contact")
    assert _row(dialog, "outplacement") == (5, "years", "Start of the outplacement")
    with qtbot.waitSignal(dialog.confirmation_opened, timeout=WAIT) as asked:
        click(qtbot, dialog.save_button)
    box: QMessageBox = asked.args[0]
    assert "ITZU" in box.text() and "Dutch DPA guidance" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()  # changed her mind: nothing saved
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=WAIT)
    assert dialog.active.version == 1

    with qtbot.waitSignal(dialog.confirmation_opened, timeout=WAIT) as asked:
        click(qtbot, dialog.save_button)
    changes = []
    dialog.saved.connect(changes.append)
    reloads_before = window._reload_serial
    with qtbot.waitSignals([dialog.saved, window.rows_loaded], timeout=WAIT, order="strict"):
        asked.args[0].change_button.click()
    colleague.add(PersonalFields("Jonas Peeters", "jonas@example.org"))  # its notice comes after the policy's own
    qtbot.waitUntil(lambda: "Jonas Peeters" in window.model.names(), timeout=WAIT)
    assert window._reload_serial == reloads_before + 1  # the list was read once after the save, not twice
    change = changes[0]
    assert change.view.preset == "itzu" and change.view.version == 2 and change.recomputed == 1
    assert "version 2" in dialog.active_label.text()
    assert dialog.message_label.text() == "The policy is now version 2; 1 deadline was computed again."
    assert _deadline(window, "Sofie Wouters") == short_date(_deadline_under("itzu", today))
    assert _deadline_under("itzu", today) != deadline_of_a_candidate_added(today)
    entry = team_register.read_audit(colleague).rows[1]  # before Jonas's addition
    assert (entry.member, entry.action) == ("Anna Admin", "Retention policy set")
    assert not dialog.save_button.isEnabled()  # the chosen preset is the one in force now
    window.close()


def test_a_colleagues_policy_change_moves_the_deadlines_in_an_open_window_without_a_reload(qtbot, team_folder, colleague,
                                                                                            keychain, clock):
    """Another member's client changes the policy: its notice comes once every countdown is recomputed,
    and this window reads its list again on it (before, it showed the old deadlines until a reload)."""
    today = clock.today()
    colleague.add(PersonalFields("Sofie Wouters", "sofie@example.org"))
    window = open_team_window(qtbot, team_folder, keychain, clock)
    colleague.add(PersonalFields("Jonas Peeters"))  # the window hears the colleague's writes from here on
    qtbot.waitUntil(lambda: "Jonas Peeters" in window.model.names(), timeout=WAIT)
    assert _deadline(window, "Sofie Wouters") == short_date(deadline_of_a_candidate_added(today))

    change = team_policy.choose(colleague, "itzu")  # what the colleague's Retention policy dialog does
    assert change.view.version == 2 and change.recomputed == 2
    expected = short_date(_deadline_under("itzu", today))
    assert expected != short_date(deadline_of_a_candidate_added(today))
    qtbot.waitUntil(lambda: [_deadline(window, name) for name in ("Sofie Wouters", "Jonas Peeters")] == [expected, expected],
                    timeout=WAIT)
    window.close()


def test_an_open_policy_dialog_shows_a_colleagues_new_policy_in_force(qtbot, team_folder, colleague, keychain, clock):
    window = open_team_window(qtbot, team_folder, keychain, clock)
    menu_item(window, "&Retention", "Retention &policy…").trigger()
    dialog = window.policy_dialog
    qtbot.waitUntil(lambda: dialog.active is not None and dialog.active.version == 1, timeout=WAIT)
    team_policy.choose(colleague, "itzu")  # another member's window saves a new policy
    qtbot.waitUntil(lambda: dialog.active.version == 2 and "version 2" in dialog.active_label.text(), timeout=WAIT)
    assert dialog.preset_combo.currentData() == "itzu" and "Another member changed the policy" in dialog.message_label.text()
    window.close()


def _row(dialog: TeamPolicyDialog, situation: str) -> tuple[int, str, str]:
    controls = dialog.editor.rows.rows[situation]
    return controls.amount_spin.value(), controls.unit_combo.currentData(), controls.anchor_combo.currentText()


def _presets(dialog: TeamPolicyDialog) -> list[tuple[str, str]]:
    combo = dialog.preset_combo
    return [(combo.itemData(index), combo.itemText(index)) for index in range(combo.count())]


@pytest.mark.parametrize("role", [Role.DPO, Role.RECRUITER])
def test_a_dpo_or_recruiter_reads_the_policy_but_its_controls_are_disabled_with_the_reason(qtbot, tmp_path, team_folder,
                                                                                          team_database_url, keychain,
                                                                                          second_keychain, clock, role):
    invitation = invite_member(team_folder, keychain, clock, "Dora", role)
    join_team_vault(tmp_path / "dora", team_database_url, invitation.code, second_keychain, clock)
    window = open_team_window(qtbot, tmp_path / "dora", second_keychain, clock)
    dialog = _open_policy(qtbot, window)
    assert "Dutch DPA guidance" in dialog.active_label.text()
    assert dialog.editor.rows.rows["reserve"].max_unit_combo.currentData() is not None
    assert dialog.preset_combo.isVisible() and not dialog.preset_combo.isEnabled()
    assert dialog.save_button.isVisible() and not dialog.save_button.isEnabled()
    assert dialog.role_label.isVisible()
    assert dialog.role_label.text().startswith("Only an administrator of the team can change its retention policy")
    window.close()
