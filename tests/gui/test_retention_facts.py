"""Recording facts from the GUI moves the countdown, in the dialog, the table and the dashboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from recruitdesk.gui.candidates.table_model import DAYS_LEFT, DUE_ON, STATUS
from recruitdesk.gui.retention.dashboard import DUE_SOON_GROUP, ON_HOLD_GROUP
from recruitdesk.gui.retention.dialogs import ReasonDialog
from recruitdesk.gui.shell.main_window import MainWindow
from recruitdesk.services.retention_settings import candidate_retention

from tests.gui.retention_support import add, show
from tests.gui.retention_support import demo_vault, new_vault  # noqa: F401 - fixtures that wait for workers


def open_dialog(qtbot, window, candidate_id):
    window.select_ids([candidate_id])
    dialog = window.candidates.open_facts()
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=20000)
    return dialog


def click_and_wait(qtbot, window, dialog, button):
    with qtbot.waitSignals([dialog.loaded, window.retention.summary_shown, window.rows_loaded], timeout=20000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def cell(window, candidate_id, column):
    return window.model.index(window.model.row_of(candidate_id), column).data()


def test_outcome_consent_contact_and_reopen_move_the_countdown(qtbot, clock, new_vault):
    vault, _key = new_vault
    otto = add(vault, clock, "Open Otto", clock.today() - dt.timedelta(days=10))
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.show()
    show(qtbot, window, vault)
    # An open procedure has a deadline too: the firm default, 6 months after the last contact.
    assert cell(window, otto, STATUS) == "Running"

    dialog = open_dialog(qtbot, window, otto)
    assert dialog is window.candidates.facts_dialog and dialog.isVisible()
    assert dialog.name_label.text() == "Open Otto"
    assert not dialog.application_button.isVisible() and not dialog.read_only_label.isVisible()  # set when added; writable
    assert dialog.status_label.text() == "Due for deletion on 20 August 2026: 171 days left."
    assert dialog.outcome_now_label.text().startswith("Procedure open")
    assert not dialog.withdraw_button.isEnabled() and not dialog.release_button.isEnabled()

    # Not hired, ended 10 days ago: nl-ap keeps 4 weeks after the procedure → 18 days left.
    dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData("not_hired"))
    dialog.outcome_date.setDate(QDate(2026, 2, 20))
    click_and_wait(qtbot, window, dialog, dialog.outcome_button)
    assert dialog.status_label.text() == "Due for deletion on 20 March 2026: 18 days left."
    assert "4 weeks after the end of the procedure on 20 February 2026" in dialog.explanation_label.text()
    assert cell(window, otto, DAYS_LEFT) == "18" and cell(window, otto, STATUS) == "Running"

    # Reserve consent today, recorded with its proof: at most 1 year after the procedure.
    qtbot.mouseClick(dialog.consent_button, Qt.MouseButton.LeftButton)
    consent = dialog.consent_dialog
    assert consent is not None and consent.isVisible()
    assert consent.purpose_combo.currentData() == "recruitment_reserve"
    consent.channel_combo.setCurrentIndex(consent.channel_combo.findData("web_form"))
    consent.version_edit.setText("reserve-v1")
    with qtbot.waitSignals([dialog.loaded, window.retention.summary_shown, window.rows_loaded], timeout=20000):
        consent.save()
    assert dialog.consent_dialog is None
    assert dialog.status_label.text().startswith("Due for deletion on 20 February 2027")
    assert dialog.consent_now_label.text() == "Given on 2 March 2026"
    assert dialog.withdraw_button.isEnabled()
    assert cell(window, otto, DUE_ON) == window.model._display(window.model.row_at(window.model.row_of(otto)), DUE_ON)

    # Withdrawal is one click and never extends retention: back to 20 March.
    click_and_wait(qtbot, window, dialog, dialog.withdraw_button)
    assert candidate_retention(vault, otto).due_on == dt.date(2026, 3, 20)
    assert dialog.consent_now_label.text() == "No consent"

    # A contact is logged (and shown); under nl-ap it does not move this clock.
    dialog.contact_date.setDate(QDate(2026, 3, 1))
    click_and_wait(qtbot, window, dialog, dialog.contact_button)
    assert dialog.last_contact_label.text() == "1 March 2026"

    # Two weeks later the candidate is due soon, and the dashboard shows it.
    clock.advance(days=5)
    with qtbot.waitSignals([window.retention.summary_shown, window.rows_loaded], timeout=20000):
        window.refresh()
    assert window.retention.dashboard.group_ids(DUE_SOON_GROUP) == [otto]

    # Reopening the procedure switches to the open-procedure clock (6 months after the last contact).
    dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData("open"))
    click_and_wait(qtbot, window, dialog, dialog.outcome_button)
    assert dialog.status_label.text() == "Due for deletion on 1 September 2026: 178 days left."
    assert window.retention.dashboard.group_ids(DUE_SOON_GROUP) == []
    assert cell(window, otto, STATUS) == "Running"


def test_legal_hold_from_the_facts_dialog_needs_a_reason_and_can_be_released(qtbot, clock, new_vault):
    vault, _key = new_vault
    otto = add(vault, clock, "Open Otto", clock.today() - dt.timedelta(days=10))
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    show(qtbot, window, vault)
    dialog = open_dialog(qtbot, window, otto)
    hold = dialog.open_reason_dialog(ReasonDialog.HOLD)
    qtbot.mouseClick(hold.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hold.error_label.isVisible(), timeout=20000)
    assert "written reason" in hold.error_label.text()
    hold.reason_edit.setPlainText("Labour court case 26/123")
    with qtbot.waitSignals([dialog.loaded, window.retention.summary_shown], timeout=20000):
        qtbot.mouseClick(hold.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == "On legal hold: not deleted until the hold is released."
    assert "Labour court case" in dialog.hold_now_label.text()
    assert dialog.release_button.isEnabled() and not dialog.hold_button.isEnabled()
    assert window.retention.dashboard.group_ids(ON_HOLD_GROUP) == [otto]

    qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
    release = dialog.reason_dialog
    assert release is not None and release.isVisible() and release.mode == ReasonDialog.RELEASE
    assert not release.ok_button.isEnabled()
    qtbot.keyClicks(release.reason_edit, "The court case was settled")
    with qtbot.waitSignals([dialog.loaded, window.retention.summary_shown], timeout=20000):
        qtbot.mouseClick(release.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == "Due for deletion on 20 August 2026: 171 days left."  # the clock runs again
    assert window.retention.dashboard.group_ids(ON_HOLD_GROUP) == []


def test_a_candidate_deleted_meanwhile_is_reported_inline(qtbot, clock, new_vault):
    from recruitdesk.services.erasure import erase_candidates

    vault, _key = new_vault
    otto = add(vault, clock, "Open Otto", clock.today())
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    show(qtbot, window, vault)
    dialog = open_dialog(qtbot, window, otto)
    erase_candidates(vault, [otto])
    with qtbot.waitSignal(dialog.failed, timeout=20000) as failed:
        qtbot.mouseClick(dialog.contact_button, Qt.MouseButton.LeftButton)
    assert failed.args[0] == f"There is no candidate with number {otto}."
    assert dialog.error_label.isVisible()
