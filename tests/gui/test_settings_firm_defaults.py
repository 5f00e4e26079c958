"""The retention settings show every rule of the policy, the firm defaults marked as such."""

from __future__ import annotations

from tests.gui.retention_support import new_vault  # noqa: F401 - fixture that waits for workers
from tests.gui.test_retention_settings import open_settings, window_and_vault  # noqa: F401 - fixture

FIRM = "(the firm's own rule: the statement sets no term)"


def test_each_rule_is_listed_and_the_firm_defaults_are_marked(qtbot, window_and_vault):
    window, _vault, _sam = window_and_vault
    dialog = open_settings(qtbot, window)
    dialog.preset_combo.setCurrentIndex(dialog.preset_combo.findData("ictmakers"))
    lines = dialog.rules_summary.text().splitlines()
    assert "• Not hired: 6 weeks after the end of the procedure" in lines
    assert f"• Procedure open: 6 months after the last contact {FIRM}" in lines
    assert f"• Hired: 3 months after the end of the procedure {FIRM}" in lines
    assert f"• Outplacement: 1 year after the last contact {FIRM}" in lines
    assert dialog.rules_summary.isVisible()
    dialog.preset_combo.setCurrentIndex(dialog.preset_combo.findData("itzu"))
    assert "• Outplacement: 5 years after the start of the outplacement" in dialog.rules_summary.text().splitlines()
    assert FIRM not in dialog.rules_summary.text()  # every ITZU rule comes from its statement
