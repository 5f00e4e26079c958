"""Retention settings: a preset chosen by what it does, or rules edited in the form, recompute
every countdown shown; a row's problem is shown next to it; policy files are imported and
exported; the alert window and automatic erasure are stored through a Qt-free service."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QStyleOptionViewItem

from recruitdesk.gui.candidates.table_model import DAYS_LEFT, DUE_ON
from recruitdesk.gui.retention.dashboard import DUE_SOON_GROUP
from recruitdesk.gui.retention.policy_settings import PolicySettingsDialog
from recruitdesk.gui.retention.preset_delegate import SECONDARY_ROLE
from recruitdesk.gui.shell.main_window import MainWindow
from recruitdesk.retention.policy import Policy, PolicyInvalid
from recruitdesk.retention.presets import PRESETS
from recruitdesk.services import audit_trail, maintenance
from recruitdesk.services.audit_trail import AuditFilter
from recruitdesk.services.retention import change_policy
from recruitdesk.services.retention_settings import candidate_retention, read_retention_settings, save_retention_settings
from recruitdesk.store.models import RetentionState

from tests.gui.retention_support import add_not_hired, show
from tests.support.vaults import insert_candidates
from tests.gui.user_actions import button_named, choose_in_combo, click, type_in_spin
from tests.gui.retention_support import demo_vault, new_vault  # noqa: F401 - fixtures that wait for workers


def open_settings(qtbot, window):
    dialog = window.retention.open_settings()
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        pass
    return dialog


def save(qtbot, window, dialog):
    with qtbot.waitSignals([dialog.saved, window.rows_loaded, window.retention.summary_shown], timeout=20000) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return blocker


def days_left(window, candidate_id):
    return window.model.index(window.model.row_of(candidate_id), DAYS_LEFT).data()


@pytest.fixture
def window_and_vault(qtbot, clock, new_vault):
    vault, _key = new_vault
    sam = add_not_hired(vault, clock, "Soon Sam", clock.today() - dt.timedelta(days=20))  # nl-ap: 4 weeks → 8 days left
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.show()
    show(qtbot, window, vault)
    return window, vault, sam


def row(dialog, situation):
    return dialog.policy_editor.rows.rows[situation]


def test_choosing_a_preset_fills_the_rows_and_recomputes_the_countdowns_shown(qtbot, window_and_vault):
    window, vault, sam = window_and_vault
    assert days_left(window, sam) == "8"
    dialog = open_settings(qtbot, window)
    assert dialog.preset_combo.currentText() == "4 weeks after the procedure; 1 year with consent"
    assert dialog.version_label.text().endswith("1")
    for index, name in enumerate(PRESETS):  # the popup's second line: the statement each preset follows
        assert dialog.preset_combo.itemData(index, SECONDARY_ROLE) == PRESETS[name].statement_line()
    assert dialog.preset_combo.view().itemDelegate().sizeHint(QStyleOptionViewItem(), dialog.preset_combo.model().index(0, 0)).height() > \
        dialog.preset_combo.view().itemDelegate().sizeHint(QStyleOptionViewItem(), dialog.preset_combo.model().index(len(PRESETS), 0)).height()
    choose_in_combo(qtbot, dialog.preset_combo, "6 weeks after the procedure; 1 year with consent")
    assert dialog.preset_combo.currentData() == "ictmakers"
    assert dialog.policy_editor.statement_label.text() == "Follows: " + PRESETS["ictmakers"].statement_line()
    not_hired = row(dialog, "not_hired")
    assert (not_hired.amount_spin.value(), not_hired.unit_combo.currentText(), not_hired.anchor_combo.currentText()) == (
        6, "weeks", "End of the procedure")
    reserve = row(dialog, "reserve")
    assert reserve.unit_combo.currentText() == "while it lasts" and not reserve.amount_spin.isEnabled()
    assert (reserve.max_amount_spin.value(), reserve.max_unit_combo.currentText()) == (1, "year")
    save(qtbot, window, dialog)
    assert days_left(window, sam) == "22"  # 6 weeks after the procedure
    assert "ICT Makers policy" in candidate_retention(vault, sam).explanation
    assert "version 2" in window.statusBar().currentMessage()
    assert read_retention_settings(vault).preset == "ictmakers"


def test_closing_the_dialog_while_a_new_policy_is_applied_still_refreshes_the_window(qtbot, window_and_vault):
    """Cancel after Save does not stop the recompute (it goes on in the background); the window
    must still learn of the new policy and show the new countdowns."""
    window, vault, sam = window_and_vault
    dialog = open_settings(qtbot, window)
    choose_in_combo(qtbot, dialog.preset_combo, "6 weeks after the procedure; 1 year with consent")
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    with qtbot.waitSignals([window.rows_loaded, window.retention.summary_shown], timeout=20000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # before the save's result arrives
        assert window.retention.settings_dialog is None
    assert days_left(window, sam) == "22"
    assert "version 2" in window.statusBar().currentMessage()
    assert read_retention_settings(vault).preset == "ictmakers"


def test_editing_a_period_in_the_form_and_saving_changes_the_countdown(qtbot, window_and_vault):
    window, vault, sam = window_and_vault
    due_before = window.model.index(window.model.row_of(sam), DUE_ON).data()
    dialog = open_settings(qtbot, window)
    not_hired = row(dialog, "not_hired")
    examples = dialog.policy_editor.examples_label
    assert "was not hired on 2 March 2026 is deleted on 30 March 2026." in examples.text()
    type_in_spin(qtbot, not_hired.amount_spin, 25)
    choose_in_combo(qtbot, not_hired.unit_combo, "days")
    assert dialog.preset_combo.currentText() == "Custom (based on Dutch DPA guidance)"
    assert dialog.policy_editor.statement_label.text() == "Your own rules: 25 days after the procedure; 1 year with consent"
    assert not_hired.label.text() == "Not hired (own rule)"  # no longer the guidance's rule
    assert "was not hired on 2 March 2026 is deleted on 27 March 2026." in examples.text()  # the live example follows
    assert dialog.save_button.isEnabled()
    save(qtbot, window, dialog)
    assert days_left(window, sam) == "5"
    assert window.model.index(window.model.row_of(sam), DUE_ON).data() != due_before
    assert candidate_retention(vault, sam).due_on == dt.date(2026, 3, 7)
    assert "Custom policy" in candidate_retention(vault, sam).explanation
    current = read_retention_settings(vault)
    assert current.preset is None and current.policy_version == 2 and current.based_on == "nl-ap"
    assert window.retention.dashboard.group_ids(DUE_SOON_GROUP) == [sam]
    [entry] = audit_trail.entries(vault, AuditFilter(action="retention.policy_changed"), limit=1)
    assert entry.details == {"version": 2, "preset": "custom"}

    dialog = open_settings(qtbot, window)  # reopened: the custom rows, still based on the guidance
    assert dialog.preset_combo.currentText() == "Custom (based on Dutch DPA guidance)"
    assert (row(dialog, "not_hired").amount_spin.value(), row(dialog, "not_hired").unit_combo.currentData()) == (25, "days")
    type_in_spin(qtbot, row(dialog, "not_hired").amount_spin, 4)
    choose_in_combo(qtbot, row(dialog, "not_hired").unit_combo, "weeks")
    assert dialog.preset_combo.currentData() == "nl-ap"  # edited back: the preset again
    dialog.reject()


def test_a_policy_change_shows_how_many_countdowns_are_recomputed(qtbot, clock, new_vault, monkeypatch):
    vault, _key = new_vault
    monkeypatch.setattr(maintenance, "BATCH_SIZE", 3)  # 7 candidates: three batches
    sam = add_not_hired(vault, clock, "Soon Sam", clock.today() - dt.timedelta(days=20))
    others = insert_candidates(vault, 6)
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.show()
    show(qtbot, window, vault)
    assert days_left(window, sam) == "8"
    dialog = open_settings(qtbot, window)
    assert not dialog.progress_label.isVisible() and not dialog.progress_bar.isVisible()
    seen: list[tuple[int, int, str]] = []  # what the dialog showed at each step of the bar
    dialog.progress_bar.valueChanged.connect(
        lambda value: seen.append((value, dialog.progress_bar.maximum(), dialog.progress_label.text())))
    not_hired = row(dialog, "not_hired")
    type_in_spin(qtbot, not_hired.amount_spin, 25)
    choose_in_combo(qtbot, not_hired.unit_combo, "days")
    save(qtbot, window, dialog)
    assert read_retention_settings(vault).policy_version == 2 and "version 2" in window.statusBar().currentMessage()
    # every batch reports; a report still waiting for the window when the next comes is replaced by it (tasks.TaskControl)
    assert seen[-1] == (7, 7, "Recomputing countdowns: 7 of 7")
    assert set(seen) <= {(3, 7, "Recomputing countdowns: 3 of 7"), (6, 7, "Recomputing countdowns: 6 of 7"),
                         (7, 7, "Recomputing countdowns: 7 of 7")} and seen == sorted(set(seen))
    assert days_left(window, sam) == "5"  # 25 days after the procedure, shown in the list
    with vault.read_session() as session:
        versions = dict(session.execute(select(RetentionState.candidate_id, RetentionState.policy_version)).all())
    assert versions == {candidate_id: 2 for candidate_id in [sam, *others]}  # every batch ran


def test_an_invalid_row_is_explained_next_to_it_and_cannot_be_saved(qtbot, window_and_vault):
    window, vault, sam = window_and_vault
    dialog = open_settings(qtbot, window)
    not_hired, reserve = row(dialog, "not_hired"), row(dialog, "reserve")
    choose_in_combo(qtbot, not_hired.unit_combo, "days")
    type_in_spin(qtbot, not_hired.amount_spin, 0)
    assert not_hired.problem_label.isVisible() and not_hired.problem_label.text() == "The period must be at least 1 day."
    assert not dialog.save_button.isEnabled() and not dialog.policy_editor.export_button.isEnabled()
    assert "and was not hired on" not in dialog.policy_editor.examples_label.text()  # no example for a broken row
    type_in_spin(qtbot, not_hired.amount_spin, 30)
    assert not not_hired.problem_label.isVisible() and dialog.save_button.isEnabled()
    choose_in_combo(qtbot, reserve.max_unit_combo, "no maximum")
    assert reserve.problem_label.isVisible()
    assert reserve.problem_label.text() == "Consent period missing for the recruitment reserve: give a period or a maximum."
    assert not dialog.save_button.isEnabled()
    assert not reserve.max_amount_spin.isEnabled()
    dialog.reject()
    assert read_retention_settings(vault).policy_version == 1


def test_policy_files_round_trip_and_a_broken_file_changes_nothing(qtbot, window_and_vault, tmp_path):
    window, vault, sam = window_and_vault
    target = tmp_path / "ours.json"
    chosen: list = []
    dialog = PolicySettingsDialog(vault, open_policy_file=lambda parent, start: chosen.pop(),
                                  save_policy_file=lambda parent, suggested: target)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        dialog.show()
    editor = dialog.policy_editor
    type_in_spin(qtbot, row(dialog, "hired").amount_spin, 2)
    click(qtbot, button_named(dialog, "E&xport policy file…"))
    assert editor.file_message.text() == f"The policy was exported to {target}."
    assert json.loads(target.read_text("utf-8"))["name"] == "custom"

    choose_in_combo(qtbot, dialog.preset_combo, "2 years after the last contact, with or without consent; outplacement: 5 years after the start")
    assert row(dialog, "hired").amount_spin.value() == 2 and row(dialog, "hired").unit_combo.currentData() == "years"
    chosen.append(target)
    click(qtbot, button_named(dialog, "&Import policy file…"))
    assert (row(dialog, "hired").amount_spin.value(), row(dialog, "hired").unit_combo.currentData()) == (2, "months")
    assert dialog.preset_combo.currentText() == "Custom (imported from ours.json)"
    assert "Save to put them in force" in editor.file_message.text()

    broken = tmp_path / "broken.json"
    broken.write_text('{"rules": [{"situations": ["not_hired"], "keep": {"anchor": "application", "period": "4 weken"}}]}', "utf-8")
    chosen.append(broken)
    click(qtbot, button_named(dialog, "&Import policy file…"))
    assert editor.file_error.isVisible()
    assert editor.file_error.text() == (
        f"The policy file {broken} cannot be used: rule 1 (period): \"4 weken\" is not written like "
        "\"6 weeks\" (days, weeks, months or years). Nothing was changed.")
    assert row(dialog, "hired").amount_spin.value() == 2 and row(dialog, "hired").unit_combo.currentData() == "months"  # unchanged
    broken.write_text("{ not json", "utf-8")
    chosen.append(broken)
    click(qtbot, button_named(dialog, "&Import policy file…"))
    assert "is not a policy file: it is not valid JSON (line 1, column 3)" in editor.file_error.text()
    dialog.reject()
    assert read_retention_settings(vault).policy_version == 1


def test_a_policy_in_force_that_rows_cannot_show_is_explained(qtbot, window_and_vault):
    window, vault, sam = window_and_vault
    rules = json.loads(PRESETS["nl-ap"].policy.to_json())
    rules["name"], rules["title"] = "old", "Old custom"
    rules["rules"].append({"id": "second", "situations": ["not_hired"], "keep": {"anchor": "application", "period": "2 months"}})
    change_policy(vault, Policy.from_json(json.dumps(rules)))  # e.g. written by hand in an older version
    dialog = open_settings(qtbot, window)
    assert dialog.policy_editor.file_error.isVisible()
    assert "cannot be shown as rows (it has 2 rules for \"Not hired\"; keep one rule per situation)" in dialog.policy_editor.file_error.text()
    assert dialog.preset_combo.currentText() == "Custom (based on Dutch DPA guidance)"
    assert row(dialog, "not_hired").amount_spin.value() == 4  # the preset it was based on
    save(qtbot, window, dialog)
    assert read_retention_settings(vault).preset == "nl-ap" and read_retention_settings(vault).policy_version == 3


def test_the_editor_is_usable_from_the_keyboard(qtbot, window_and_vault):
    window, _vault, _sam = window_and_vault
    dialog = open_settings(qtbot, window)
    editor = dialog.policy_editor
    buddies = {label.text(): label.buddy() for label in editor.findChildren(QLabel) if label.buddy() is not None}
    assert buddies["&Policy:"] is dialog.preset_combo
    assert buddies["&Rules (one per situation):"] is row(dialog, "not_hired").anchor_combo
    assert "&" in editor.import_button.text() and "&" in editor.export_button.text()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # Alt+R: the rules
    assert row(dialog, "not_hired").anchor_combo.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Alt+P: the policy
    assert dialog.preset_combo.hasFocus()
    chain, widget = [], dialog.preset_combo
    for _ in range(1000):  # the Tab order, as focusNextChild follows it (a disabled control is skipped by Qt)
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            chain.append(widget)
        if widget is editor.export_button:
            break
    expected = [control for situation in ("not_hired", "reserve", "procedure_open", "hired", "outplacement", "sourced")
                for control in row(dialog, situation).widgets()]
    rows_in_chain = [w for w in chain if w in expected]
    assert rows_in_chain == expected  # row by row, left to right
    assert chain[-2:] == [editor.import_button, editor.export_button]
    dialog.reject()


def test_alert_window_and_automatic_erasure(qtbot, window_and_vault):
    window, vault, sam = window_and_vault
    dialog = open_settings(qtbot, window)
    assert dialog.window_spin.value() == 14 and not dialog.auto_erase_check.isChecked()  # off by default
    assert "14 days ahead" in dialog.auto_erase_note.text() and dialog.auto_erase_note.text().startswith("Off")
    dialog.window_spin.setValue(5)
    dialog.auto_erase_check.setChecked(True)
    assert dialog.auto_erase_note.text().startswith("On") and "warned 5 days ahead" in dialog.auto_erase_note.text()
    save(qtbot, window, dialog)
    assert "settings saved" in window.statusBar().currentMessage()
    current = read_retention_settings(vault)
    assert current.alert_window_days == 5 and current.auto_erase and current.policy_version == 1
    assert window.retention.dashboard.group_ids(DUE_SOON_GROUP) == []  # 8 days left, window 5
    assert window.retention.dashboard.group_title(DUE_SOON_GROUP) == "Due within 5 days (0)"


def test_the_settings_service_validates(new_vault):
    vault, _key = new_vault
    with pytest.raises(ValueError):
        save_retention_settings(vault, 0, False)
    with pytest.raises(PolicyInvalid):
        save_retention_settings(vault, 14, False, policy_json="[]")
    assert save_retention_settings(vault, 14, False, preset="nl-ap") is None  # unchanged: no new version
    assert save_retention_settings(vault, 14, False, preset="it1") == 2


def test_settings_dialog_accessible_names(qtbot, window_and_vault):
    window, _vault, _sam = window_and_vault
    dialog = open_settings(qtbot, window)
    controls = [control for situation_row in dialog.policy_editor.rows.rows.values() for control in situation_row.widgets()]
    for widget in (dialog.preset_combo, dialog.window_spin, dialog.auto_erase_check, *controls):
        assert widget.accessibleName()
    assert row(dialog, "reserve").max_amount_spin.accessibleName() == "Recruitment reserve (with consent): at most"
    assert dialog.preset_combo.count() == len(PRESETS) + 1
