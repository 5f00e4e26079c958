"""Review and delete from the window: the dashboard selects in the table, deletion asks first and
really erases, extension and legal hold need a written reason, release ends a hold."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from recruitdesk.gui.candidates.table_model import DAYS_LEFT, STATUS
from recruitdesk.gui.retention.dashboard import DUE_SOON_GROUP, ON_HOLD_GROUP, OVERDUE_GROUP
from recruitdesk.gui.retention.dialogs import ReasonDialog, deletion_question
from recruitdesk.gui.shell.main_window import MainWindow
from recruitdesk.services.candidates import candidate_rows
from recruitdesk.services.retention import set_legal_hold
from recruitdesk.services.retention_settings import candidate_retention

from tests.gui.retention_support import add, add_not_hired, dashboard_names, refreshed, show, table_names
from tests.gui.retention_support import demo_vault, new_vault  # noqa: F401 - fixtures that wait for workers
from tests.gui.user_actions import choose, click, click_toolbar


def make_window(qtbot, clock, answers: list[bool] | None = None):
    asked: list[list[str]] = []
    answers = answers if answers is not None else [True]

    def confirm(parent, names):
        asked.append(list(names))
        return answers.pop(0)

    window = MainWindow(clock.today, confirm_delete=confirm)
    qtbot.addWidget(window)
    window.show()
    return window, asked


def seeded(vault, clock) -> dict[str, int]:
    today = clock.today()
    return {
        "olga": add_not_hired(vault, clock, "Overdue Olga", today - dt.timedelta(days=40), "olga@example.be"),
        "sam": add_not_hired(vault, clock, "Soon Sam", today - dt.timedelta(days=20), "sam@example.nl"),
        "lies": add_not_hired(vault, clock, "Later Lies", today),
        "open": add(vault, clock, "Open Otto", today - dt.timedelta(days=3)),
    }


def test_the_dashboard_lists_by_group_and_a_click_selects_in_the_table(qtbot, qtmodeltester, clock, new_vault):
    vault, _key = new_vault
    ids = seeded(vault, clock)
    window, _asked = make_window(qtbot, clock)
    show(qtbot, window, vault)
    assert dashboard_names(window, OVERDUE_GROUP) == ["Overdue Olga"]
    assert dashboard_names(window, DUE_SOON_GROUP) == ["Soon Sam"]
    assert window.retention.dashboard.group_ids(ON_HOLD_GROUP) == []
    assert window.retention.dashboard.banner.text() == "1 candidate must be deleted within 14 days. 1 candidate is overdue for deletion."
    assert window.retention.badge_count == 2
    dashboard = window.retention.dashboard
    assert "4 weeks after the end of the procedure" in dashboard.candidate_index(OVERDUE_GROUP, 0, 2).data()
    assert "12 days overdue" in dashboard.candidate_index(OVERDUE_GROUP, 0, 1).data()
    assert "in 8 days" in dashboard.candidate_index(DUE_SOON_GROUP, 0, 1).data()
    assert dashboard.group_title(DUE_SOON_GROUP) == "Due within 14 days (1)"
    qtmodeltester.check(dashboard.model, force_py=True)

    tree = dashboard.tree
    olga = dashboard.candidate_index(OVERDUE_GROUP, 0)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(olga).center())  # one click
    assert window.selected_ids() == [ids["olga"]]
    assert window.ui.candidateTable.currentIndex().row() == window.model.row_of(ids["olga"])
    assert window.ui.actionDelete.isEnabled() and window.ui.actionExtend.isEnabled()
    window.ui.candidateTable.selectRow(window.model.row_of(ids["sam"]))
    assert window.retention.dashboard.selected_ids() == [ids["sam"]]


def test_the_table_shows_status_and_days_left(qtbot, clock, new_vault):
    vault, _key = new_vault
    ids = seeded(vault, clock)
    window, _asked = make_window(qtbot, clock)
    show(qtbot, window, vault)
    window.ui.candidateTable.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)
    assert table_names(window) == ["Overdue Olga", "Soon Sam", "Later Lies", "Open Otto"]
    row = window.model.row_of(ids["sam"])
    assert window.model.index(row, STATUS).data() == "Due soon"
    assert window.model.index(row, DAYS_LEFT).data() == "8"


def test_delete_asks_first_then_erases_from_table_dashboard_and_vault(qtbot, clock, new_vault):
    vault, _key = new_vault
    ids = seeded(vault, clock)
    window, asked = make_window(qtbot, clock, answers=[False, True])
    show(qtbot, window, vault)
    window.select_ids([ids["olga"], ids["sam"]])

    click_toolbar(qtbot, window, window.ui.actionDelete)  # the user says Cancel
    assert asked == [["Soon Sam", "Overdue Olga"]] or asked == [["Overdue Olga", "Soon Sam"]]
    assert len(candidate_rows(vault)) == 4
    assert not window.changes.busy

    with refreshed(qtbot, window):
        choose(window, "&Retention", "&Delete…")  # and OK
        assert window.changes.busy and not window.ui.actionDelete.isEnabled()
    assert len(asked) == 2
    assert sorted(table_names(window)) == ["Later Lies", "Open Otto"]
    assert window.retention.dashboard.group_ids(OVERDUE_GROUP) == [] and window.retention.dashboard.group_ids(DUE_SOON_GROUP) == []
    assert sorted(row.name for row in candidate_rows(vault)) == ["Later Lies", "Open Otto"]
    assert window.retention.badge_count == 0
    assert "Deleted 2 candidates" in window.statusBar().currentMessage()
    with vault.session() as session:
        from recruitdesk.store.models import ErasureLedgerEntry

        # Olga's deadline has passed; Sam's is 8 days away, so his erasure is recorded as manual.
        reasons = {entry.candidate_uid: entry.reason for entry in session.query(ErasureLedgerEntry)}
    assert sorted(reasons.values()) == ["manual", "retention_due"]


def test_the_delete_key_deletes_and_a_candidate_not_due_is_erased_as_manual(qtbot, clock, new_vault):
    vault, _key = new_vault
    ids = seeded(vault, clock)
    window, asked = make_window(qtbot, clock)
    show(qtbot, window, vault)
    assert window.ui.actionDelete.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete) or \
        window.ui.actionDelete.shortcut() == QKeySequence("Del")
    window.select_ids([ids["open"]])
    window.activateWindow()
    qtbot.waitExposed(window)
    window.ui.candidateTable.setFocus()
    with refreshed(qtbot, window):
        qtbot.keyClick(window.ui.candidateTable, Qt.Key.Key_Delete)
    assert asked == [["Open Otto"]]
    assert "Open Otto" not in table_names(window)
    with vault.session() as session:
        from recruitdesk.store.models import ErasureLedgerEntry

        assert [entry.reason for entry in session.query(ErasureLedgerEntry)] == ["manual"]


def _answer_error_box(qtbot, seen: list[str]) -> None:
    """Read and close the modal error box once it is shown (it runs its own event loop)."""
    def close_when_shown() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(50, close_when_shown)

    QTimer.singleShot(50, close_when_shown)


def test_the_delete_action_refuses_a_candidate_on_legal_hold_until_released(qtbot, clock, new_vault):
    vault, _key = new_vault
    ids = seeded(vault, clock)
    set_legal_hold(vault, ids["olga"], "Dispute about the procedure, case 2026/17")
    window, asked = make_window(qtbot, clock, answers=[True, True])
    show(qtbot, window, vault)
    window.select_ids([ids["olga"], ids["sam"]])
    seen: list[str] = []
    _answer_error_box(qtbot, seen)
    click_toolbar(qtbot, window, window.ui.actionDelete)  # confirmed; then refused by the service
    qtbot.waitUntil(lambda: bool(seen) and not window.changes.busy, timeout=20000)
    assert "on legal hold" in seen[0] and "Dispute about the procedure, case 2026/17" in seen[0]
    assert "Release legal hold" in seen[0]
    assert sorted(row.name for row in candidate_rows(vault)) == ["Later Lies", "Open Otto", "Overdue Olga", "Soon Sam"]

    window.select_ids([ids["olga"]])
    choose(window, "&Retention", "&Release legal hold")
    release = window.retention.reason_dialog
    assert release is not None and release.isVisible() and release.mode == ReasonDialog.RELEASE
    assert not release.ok_button.isEnabled()  # no reason yet
    qtbot.keyClicks(release.reason_edit, "Claim settled on 1 March")
    with refreshed(qtbot, window):
        click(qtbot, release.ok_button)
    assert candidate_retention(vault, ids["olga"]).legal_hold_reason is None
    window.select_ids([ids["olga"]])
    with refreshed(qtbot, window):
        choose(window, "&Retention", "&Delete…")
    assert len(asked) == 2
    assert "Overdue Olga" not in [row.name for row in candidate_rows(vault)]
    with vault.session() as session:
        from recruitdesk.store.models import ErasureLedgerEntry

        assert [entry.reason for entry in session.query(ErasureLedgerEntry)] == ["retention_due"]


def test_the_confirmation_names_how_many_and_says_it_cannot_be_undone():
    title, text = deletion_question(["An", "Bram", "Chloé", "Daan", "Eline", "Femke", "Geert"])
    assert title == "Delete candidates"
    assert "Delete 7 candidates" in text and "An, Bram" in text and "2 more" in text
    assert "cannot be undone" in text
    _title, one = deletion_question(["An"])
    assert "Delete 1 candidate (An)" in one


def test_extend_needs_a_reason_and_a_later_date(qtbot, clock, new_vault):
    vault, _key = new_vault
    ids = seeded(vault, clock)
    window, _asked = make_window(qtbot, clock)
    show(qtbot, window, vault)
    window.select_ids([ids["olga"]])
    choose(window, "&Retention", "&Extend…")
    dialog = window.retention.reason_dialog
    assert dialog is not None and dialog.isVisible() and dialog.mode == ReasonDialog.EXTEND

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no reason
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=20000)
    assert dialog.error_label.text() == "A legal hold or an extension needs a written reason (at least a few words)."
    assert dialog.isVisible()

    dialog.reason_edit.setPlainText("Candidate asked to be considered for the June opening.")
    dialog.until_edit.setMinimumDate(dialog.until_edit.minimumDate().addDays(-1))
    dialog.until_edit.setDate(dialog.until_edit.minimumDate())  # today: not later than today
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.text() == "An extension must end after today.", timeout=20000)

    until = clock.today() + dt.timedelta(days=60)
    dialog.until_edit.setDate(dialog.until_edit.date().fromString(until.isoformat(), "yyyy-MM-dd"))
    with refreshed(qtbot, window):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.retention.reason_dialog is None  # accepted and closed
    detail = candidate_retention(vault, ids["olga"])
    assert detail.due_on == until and detail.extension_reason.startswith("Candidate asked")
    assert dashboard_names(window, OVERDUE_GROUP) == []
    assert window.model.index(window.model.row_of(ids["olga"]), STATUS).data() == "Running"


def test_legal_hold_needs_a_reason_then_lists_the_candidate_on_hold_and_release_ends_it(qtbot, clock, new_vault):
    vault, _key = new_vault
    ids = seeded(vault, clock)
    window, _asked = make_window(qtbot, clock)
    show(qtbot, window, vault)
    window.select_ids([ids["olga"], ids["sam"]])
    window.ui.actionLegalHold.trigger()
    dialog = window.retention.reason_dialog
    assert dialog is not None and dialog.mode == ReasonDialog.HOLD
    assert "2 candidates" in dialog.intro_label.text()
    dialog.reason_edit.setPlainText("no")  # too short to be a reason
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=20000)
    assert "written reason" in dialog.error_label.text()

    dialog.reason_edit.setPlainText("Dispute about the procedure, case 2026/17")
    with refreshed(qtbot, window):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert sorted(dashboard_names(window, ON_HOLD_GROUP)) == ["Overdue Olga", "Soon Sam"]
    assert window.retention.badge_count == 0
    assert window.model.index(window.model.row_of(ids["sam"]), STATUS).data() == "On legal hold"
    assert "Dispute about the procedure" in window.retention.dashboard.candidate_index(ON_HOLD_GROUP, 0, 2).data()

    window.select_ids([ids["sam"]])
    choose(window, "&Retention", "&Release legal hold")
    release = window.retention.reason_dialog
    assert release is not None and release.mode == ReasonDialog.RELEASE and "Soon Sam" in release.intro_label.text()
    assert not release.ok_button.isEnabled()
    qtbot.keyClicks(release.reason_edit, "   ")
    assert not release.ok_button.isEnabled()  # blanks are no reason
    qtbot.keyClicks(release.reason_edit, "ok")  # typed, but too short: the service refuses it inline
    click(qtbot, release.ok_button)
    qtbot.waitUntil(lambda: release.error_label.isVisible(), timeout=20000)
    assert "Releasing a legal hold needs a written reason" in release.error_label.text()
    assert release.isVisible()
    qtbot.keyClicks(release.reason_edit, " - the dispute was withdrawn")
    with refreshed(qtbot, window):
        click(qtbot, release.ok_button)
    assert dashboard_names(window, ON_HOLD_GROUP) == ["Overdue Olga"]
    assert dashboard_names(window, DUE_SOON_GROUP) == ["Soon Sam"]


def test_locking_closes_review_dialogs_and_forgets_the_dashboard(qtbot, clock, new_vault):
    vault, _key = new_vault
    ids = seeded(vault, clock)
    window, _asked = make_window(qtbot, clock)
    show(qtbot, window, vault)
    window.select_ids([ids["olga"]])
    dialog = window.retention.open_reason_dialog(ReasonDialog.HOLD)
    facts = window.candidates.open_facts()
    window.show_locked()
    assert not dialog.isVisible() and not facts.isVisible()
    assert window.retention.reason_dialog is None and window.candidates.facts_dialog is None
    assert window.retention.dashboard.summary is None
    assert all(window.retention.dashboard.group_ids(group) == [] for group in range(3))
    assert window.retention.dashboard.banner.text() == "The vault is locked."
    assert not window.ui.actionDelete.isEnabled() and not window.ui.actionRetentionSettings.isEnabled()


def test_shortcuts_and_accessible_names(qtbot, clock):
    window, _asked = make_window(qtbot, clock)
    assert window.retention.dashboard_action.shortcut() == QKeySequence("Ctrl+D")
    assert window.ui.actionExtend.shortcut() == QKeySequence("Ctrl+Shift+E")
    assert window.ui.actionLegalHold.shortcut() == QKeySequence("Ctrl+Shift+H")
    assert window.ui.actionRetentionSettings.shortcut() == QKeySequence("Ctrl+,")
    assert window.retention.dashboard.banner.accessibleName() and window.retention.dashboard.tree.accessibleName()
    assert window.retention.dock.accessibleName() == "Retention dashboard"
    assert window.retention.dock.isVisibleTo(window)
    window.retention.dashboard_action.trigger()
    assert not window.retention.dock.isVisibleTo(window)


def test_the_dashboard_model_passes_qtmodeltester_through_resets(qtbot, qtmodeltester, clock, new_vault):
    from recruitdesk.gui.retention.dashboard import DueItemsModel
    from recruitdesk.services.retention_alerts import summarise

    vault, _key = new_vault
    model = DueItemsModel()
    seeded(vault, clock)
    model.set_summary(summarise(vault))
    qtmodeltester.check(model, force_py=True)  # stays connected: the resets below are checked too
    assert model.rowCount() == 3 and model.rowCount(model.index(0, 0)) == 1 and model.rowCount(model.index(0, 1)) == 0
    model.set_summary(None)
    assert model.rowCount(model.index(0, 0)) == 0
    model.set_summary(summarise(vault))
    assert model.rowCount(model.index(1, 0)) == 1


def test_enter_and_double_click_in_the_dashboard_open_the_facts_dialog(qtbot, clock, new_vault):
    vault, _key = new_vault
    ids = seeded(vault, clock)
    window, _asked = make_window(qtbot, clock)
    show(qtbot, window, vault)
    tree = window.retention.dashboard.tree
    sam = window.retention.dashboard.candidate_index(DUE_SOON_GROUP, 0)
    tree.setCurrentIndex(sam)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.candidates.facts_dialog is not None and window.candidates.facts_dialog.candidate_id == ids["sam"]
    window.candidates.facts_dialog.reject()
    where = tree.visualRect(window.retention.dashboard.candidate_index(OVERDUE_GROUP, 0)).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.candidates.facts_dialog is not None and window.candidates.facts_dialog.candidate_id == ids["olga"]


def test_enter_on_the_table_opens_the_facts_of_the_current_candidate(qtbot, clock, new_vault):
    vault, _key = new_vault
    ids = seeded(vault, clock)
    window, _asked = make_window(qtbot, clock)
    show(qtbot, window, vault)
    window.activateWindow()
    qtbot.waitExposed(window)
    window.select_ids([ids["lies"]])
    window.ui.candidateTable.setFocus()
    qtbot.keyClick(window.ui.candidateTable, Qt.Key.Key_Return)
    assert window.candidates.facts_dialog is not None and window.candidates.facts_dialog.candidate_id == ids["lies"]
    qtbot.waitUntil(lambda: window.candidates.facts_dialog.detail is not None, timeout=20000)
