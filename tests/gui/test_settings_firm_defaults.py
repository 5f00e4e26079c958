"""The retention settings mark every rule the statement does not give as the firm's own."""

from __future__ import annotations

from tests.gui.retention_support import new_vault  # noqa: F401 - fixture that waits for workers
from tests.gui.test_retention_settings import open_settings, window_and_vault  # noqa: F401 - fixture
from tests.gui.user_actions import choose_in_combo


def labels(dialog) -> dict[str, str]:
    return {situation: controls.label.text() for situation, controls in dialog.policy_editor.rows.rows.items()}


def test_each_rule_is_a_row_and_the_firm_defaults_are_marked(qtbot, window_and_vault):
    window, _vault, _sam = window_and_vault
    dialog = open_settings(qtbot, window)
    choose_in_combo(qtbot, dialog.preset_combo, "6 weeks after the procedure; 1 year with consent")
    assert labels(dialog) == {
        "not_hired": "Not hired", "reserve": "Recruitment reserve (with consent)",
        "procedure_open": "Procedure still open (own rule)", "hired": "Hired (own rule)",
        "outplacement": "Outplacement (own rule)", "sourced": "Sourced, never applied (own rule)",
    }
    hired = dialog.policy_editor.rows.rows["hired"]
    assert (hired.amount_spin.value(), hired.unit_combo.currentData(), hired.anchor_combo.currentData()) == (3, "months", "procedure_end")
    assert hired.label.toolTip() == "The firm's own rule: the statement sets no term for this situation."
    choose_in_combo(qtbot, dialog.preset_combo,
                    "2 years after the last contact, with or without consent; outplacement: 5 years after the start")
    assert "(own rule)" not in "".join(labels(dialog).values())  # every ITZU rule comes from its statement
    outplacement = dialog.policy_editor.rows.rows["outplacement"]
    assert (outplacement.amount_spin.value(), outplacement.unit_combo.currentData(), outplacement.anchor_combo.currentText()) == (
        5, "years", "Start of the outplacement")
