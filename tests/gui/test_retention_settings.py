"""Retention settings: a preset or a validated custom policy recomputes every countdown shown;
the alert window and automatic erasure are stored through a Qt-free service."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt

from recruitdesk.gui.candidates.table_model import DAYS_LEFT
from recruitdesk.gui.retention.dashboard import DUE_SOON_GROUP
from recruitdesk.gui.retention.policy_settings import CUSTOM
from recruitdesk.gui.shell.main_window import MainWindow
from recruitdesk.retention.policy import PolicyInvalid
from recruitdesk.retention.presets import PRESETS
from recruitdesk.services.retention_settings import candidate_retention, read_retention_settings, save_retention_settings

from tests.gui.retention_support import add_not_hired, show
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


def test_choosing_a_preset_recomputes_the_countdowns_shown(qtbot, window_and_vault):
    window, vault, sam = window_and_vault
    assert days_left(window, sam) == "8"
    dialog = open_settings(qtbot, window)
    assert dialog.preset_combo.currentData() == "nl-ap"
    assert dialog.version_label.text().endswith("1")
    dialog.preset_combo.setCurrentIndex(dialog.preset_combo.findData("ictmakers"))
    assert dialog.preset_summary.text() == PRESETS["ictmakers"].summary
    assert json.loads(dialog.policy_edit.toPlainText())["name"] == "ictmakers"
    save(qtbot, window, dialog)
    assert days_left(window, sam) == "22"  # 6 weeks after the procedure
    assert "ICT Makers policy" in candidate_retention(vault, sam).explanation
    assert "version 2" in window.statusBar().currentMessage()
    assert read_retention_settings(vault).preset == "ictmakers"


def test_an_invalid_custom_policy_is_explained_and_cannot_be_saved(qtbot, window_and_vault):
    window, vault, sam = window_and_vault
    dialog = open_settings(qtbot, window)
    dialog.policy_edit.setPlainText("{ not json")
    assert dialog.preset_combo.currentData() == CUSTOM  # editing makes it custom
    assert dialog.policy_error.isVisible() and dialog.policy_error.text().startswith("This policy is not valid:")
    assert not dialog.save_button.isEnabled()
    rules = json.loads(PRESETS["nl-ap"].policy.to_json())
    rules["rules"][0]["keep"] = None  # keeps not-hired candidates forever
    dialog.policy_edit.setPlainText(json.dumps(rules))
    assert "keeps data forever" in dialog.policy_error.text() and not dialog.save_button.isEnabled()
    dialog.reject()
    assert read_retention_settings(vault).policy_version == 1


def test_a_custom_policy_is_saved_as_a_new_version_and_recomputes(qtbot, window_and_vault):
    window, vault, sam = window_and_vault
    dialog = open_settings(qtbot, window)
    rules = json.loads(PRESETS["nl-ap"].policy.to_json())
    rules["name"], rules["title"] = "ours", "Our firm"
    rules["rules"][0]["keep"]["period"] = "25 days"
    dialog.policy_edit.setPlainText(json.dumps(rules, indent=2))
    assert not dialog.policy_error.isVisible() and dialog.save_button.isEnabled()
    save(qtbot, window, dialog)
    assert days_left(window, sam) == "5"
    assert "Our firm policy" in candidate_retention(vault, sam).explanation
    current = read_retention_settings(vault)
    assert current.preset is None and current.policy_version == 2
    assert window.retention.dashboard.group_ids(DUE_SOON_GROUP) == [sam]


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
    for widget in (dialog.preset_combo, dialog.policy_edit, dialog.window_spin, dialog.auto_erase_check):
        assert widget.accessibleName()
    assert dialog.preset_combo.count() == len(PRESETS) + 1
