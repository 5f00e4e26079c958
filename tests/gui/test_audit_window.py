"""The Audit window and the suppression list, driven from the Retention menu as a user would."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from recruitdesk.gui.shell.main_window import MainWindow
from recruitdesk.services import suppression
from recruitdesk.services.candidates import new_candidate
from tests.gui.retention_support import new_vault, show  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("new_vault")


@pytest.fixture
def window(qtbot, clock, new_vault):
    vault, _ = new_vault
    with vault.session() as session, session.begin():
        for name, email in (("An Peeters", "an@example.be"), ("Bram Maes", "bram@example.be")):
            new_candidate(session, vault.candidate_keys, clock, name, email=email, applied_on=dt.date(2026, 2, 2))
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.show()
    show(qtbot, window, vault)
    return window, vault


def menu_action(window, name):
    menu = window.ui.menuRetention
    action = next(a for a in menu.actions() if a.objectName() == name)
    assert action.isEnabled() and action.isVisible()
    return action


def open_audit(qtbot, window):
    with qtbot.waitSignal(window.audit.audit_action.triggered, timeout=5000):
        menu_action(window, "actionAuditTrail").trigger()
    dialog = window.audit.dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=20000)
    return dialog


def test_the_audit_window_verifies_filters_and_exports(qtbot, window, tmp_path):
    window, vault = window
    chosen = tmp_path / "for-the-dpo.xlsx"
    window.audit.choose_file = lambda parent, suggested: str(chosen)
    dialog = open_audit(qtbot, window)
    assert dialog.verification_label.text().startswith("The audit trail is intact:")
    actions = {dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())}
    assert "Added to the vault (candidate.added)" in actions

    # Filter by action: only the two additions remain.
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("candidate.added"))
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 2
    # Filter by candidate number.
    dialog.action_combo.setCurrentIndex(0)
    dialog.candidate_edit.setText("1")
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    uids = {dialog.table.item(row, 3).text() for row in range(dialog.table.rowCount())}
    assert len(uids) == 1 and dialog.table.rowCount() >= 1
    # Filter by date: nothing before the vault existed.
    dialog.candidate_edit.clear()
    dialog.date_check.setChecked(True)
    dialog.since_edit.setDate(dialog.since_edit.date().addYears(-3))
    dialog.until_edit.setDate(dialog.since_edit.date())
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0

    dialog.date_check.setChecked(False)
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    sheet = openpyxl.load_workbook(chosen).worksheets[0]
    assert sheet.cell(row=1, column=4).value == "Action" and sheet.max_row > 3


def test_the_audit_window_names_a_tampered_entry(qtbot, window):
    window, vault = window
    with vault.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entries SET action = 'candidate.exported' WHERE seq = 2"))
    dialog = open_audit(qtbot, window)
    assert dialog.verification_label.text() == "The audit trail was tampered with: entry 2 was edited."


def test_the_suppression_list_shows_bases_and_removes_with_a_reason(qtbot, window):
    window, vault = window
    suppression.do_not_contact_again(vault, 1)
    menu_action(window, "actionSuppressionList").trigger()
    dialog = window.audit.dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20000)
    assert dialog.counts_label.text() == "0 from objections, 0 from erasure requests, 1 marked by a recruiter."
    assert dialog.table.item(0, 2).text() == "Do not contact again (recruiter)"
    assert "an@example.be" not in "".join(dialog.table.item(0, c).text() for c in range(5))
    dialog.table.selectRow(0)
    assert not dialog.remove_button.isEnabled()  # no reason yet
    qtbot.keyClicks(dialog.reason_edit, "Marked by mistake")
    assert dialog.remove_button.isEnabled()
    with qtbot.waitSignal(dialog.removed, timeout=20000):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=20000)
    assert not suppression.is_suppressed(vault, email="an@example.be")


def test_locking_closes_the_window_and_disables_the_actions(qtbot, window):
    window, vault = window
    dialog = open_audit(qtbot, window)
    window.show_locked()
    assert window.audit.dialog is None and not dialog.isVisible()
    assert not window.audit.audit_action.isEnabled() and not window.audit.suppression_action.isEnabled()
