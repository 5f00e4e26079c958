"""The team's retention dashboard: the local dashboard's widget, showing who is overdue, due soon and on
legal hold in the team, each with why, on a real PostgreSQL server.

Time moves on the manual clock: a candidate added first becomes overdue, one added later is due
within the alert window, one is put on legal hold by a colleague, one is not due. Clicking a line
in the dashboard selects the candidate in the list (and the Candidate dock shows them); a double
click opens Record facts… for them; Lock forgets every name and takes the dock away.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from recruitdesk.gui.candidates.facts_dialog import CandidateFactsDialog
from recruitdesk.gui.retention.dashboard import DUE_SOON_GROUP, NAME_COLUMN, ON_HOLD_GROUP, OVERDUE_GROUP
from recruitdesk.services import team_dashboard, team_policy, team_register
from recruitdesk.services.team_desk import PersonalFields
from tests.gui.team.team_support import deadline_of_a_candidate_added, open_in_app
from tests.gui.user_actions import menu_item

WAIT = 30_000




@pytest.fixture
def four_candidates(colleague, clock):
    """Anna overdue by a day, Bram due in 5 days, Carla on legal hold, Dirk not due (all added by a colleague)."""
    days = (deadline_of_a_candidate_added(clock.today()) - clock.today()).days
    colleague.add(PersonalFields("Anna Overdue", "anna@example.org"))
    clock.advance(days=6)
    colleague.add(PersonalFields("Bram Soon", "bram@example.org"))
    clock.advance(days=days - 5)
    carla = colleague.add(PersonalFields("Carla Held", "carla@example.org")).candidate_id
    facts, version = colleague.facts(carla)
    colleague.save_facts(carla, version, replace(facts, legal_hold_reason="Dispute about the interview"))
    colleague.add(PersonalFields("Dirk Later", "dirk@example.org"))


def names(widget, group: int) -> list[str]:
    return [item.name for item in widget.model.group_items(group)]


def dashboard_of(qtbot, controller, folder):
    panel = open_in_app(qtbot, controller, folder)
    qtbot.waitUntil(lambda: panel.dashboard.summary is not None, timeout=WAIT)
    return panel, panel.dashboard


def click_line(qtbot, widget, group: int, row: int, double: bool = False) -> None:
    index = widget.candidate_index(group, row, NAME_COLUMN)
    rect = widget.tree.visualRect(index)
    qtbot.mouseClick(widget.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if double:
        qtbot.mouseDClick(widget.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_dashboard_lists_who_is_overdue_due_soon_and_on_hold_with_why(qtbot, controller, team_folder, four_candidates):
    panel, dashboard = dashboard_of(qtbot, controller, team_folder)
    widget = dashboard.widget
    assert dashboard.dock.isVisible() and menu_item(controller.window, "&Retention", "&Dashboard (2)") is dashboard.action
    assert names(widget, OVERDUE_GROUP) == ["Anna Overdue"] and names(widget, DUE_SOON_GROUP) == ["Bram Soon"]
    assert names(widget, ON_HOLD_GROUP) == ["Carla Held"]
    assert widget.banner.text() == "1 candidate must be deleted within 14 days. 1 candidate is overdue for deletion."
    why = {item.name: item.rule for group in (OVERDUE_GROUP, DUE_SOON_GROUP, ON_HOLD_GROUP) for item in widget.model.group_items(group)}
    assert why["Carla Held"] == "On legal hold: Dispute about the interview"
    assert "policy" in why["Anna Overdue"] and "policy" in why["Bram Soon"]  # the engine's reason, with the policy's name
    assert dashboard.dock.windowTitle() == "Retention – 2 to review"


def test_clicking_a_line_selects_the_candidate_and_a_double_click_opens_record_facts(qtbot, controller, team_folder,
                                                                                      four_candidates):
    panel, dashboard = dashboard_of(qtbot, controller, team_folder)
    widget = dashboard.widget
    qtbot.keyClicks(controller.window.search.field, "dirk")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT)
    click_line(qtbot, widget, DUE_SOON_GROUP, 0)
    assert panel.selected_candidate() is not None and panel.selected_candidate()[1] == "Bram Soon"  # the search let go
    pane = controller.window.candidate_detail.pane
    qtbot.waitUntil(lambda: pane.name_field.text() == "Bram Soon", timeout=WAIT)
    click_line(qtbot, widget, OVERDUE_GROUP, 0, double=True)
    assert panel.selected_candidate()[1] == "Anna Overdue"
    shown = [dialog for dialog in panel.candidate_actions.dialogs if isinstance(dialog, CandidateFactsDialog) and dialog.isVisible()]
    assert len(shown) == 1 and shown[0].candidate_id == panel.selected_candidate()[0]


def test_a_colleagues_hold_lifted_moves_the_candidate_out_of_the_dashboard(qtbot, controller, team_folder, colleague,
                                                                            four_candidates):
    panel, dashboard = dashboard_of(qtbot, controller, team_folder)
    carla = next(row.candidate_id for row in colleague.rows() if row.full_name == "Carla Held")
    facts, version = colleague.facts(carla)
    colleague.save_facts(carla, version, replace(facts, legal_hold_reason=None))
    qtbot.waitUntil(lambda: names(dashboard.widget, ON_HOLD_GROUP) == [], timeout=WAIT)


def test_a_colleagues_longer_policy_empties_the_due_lists_but_keeps_the_hold(qtbot, controller, team_folder, colleague,
                                                                               four_candidates):
    panel, dashboard = dashboard_of(qtbot, controller, team_folder)
    widget = dashboard.widget
    assert names(widget, OVERDUE_GROUP) == ["Anna Overdue"] and names(widget, DUE_SOON_GROUP) == ["Bram Soon"]
    change = team_policy.choose(colleague, "itzu")  # two years from the application: nobody is due any more
    assert change.recomputed == 4
    qtbot.waitUntil(lambda: names(widget, OVERDUE_GROUP) == [] and names(widget, DUE_SOON_GROUP) == [], timeout=WAIT)
    assert names(widget, ON_HOLD_GROUP) == ["Carla Held"]
    assert menu_item(controller.window, "&Retention", "&Dashboard") is dashboard.action


def test_lock_forgets_every_name_and_the_dock_goes(qtbot, controller, team_folder, four_candidates):
    panel, dashboard = dashboard_of(qtbot, controller, team_folder)
    widget, dock = dashboard.widget, dashboard.dock
    assert "Anna Overdue" in names(widget, OVERDUE_GROUP)  # the control
    menu_item(controller.window, "&Vault", "&Lock").trigger()
    assert controller.window.team is None
    assert all(names(widget, group) == [] for group in (OVERDUE_GROUP, DUE_SOON_GROUP, ON_HOLD_GROUP))
    assert not dock.isVisible()


def test_the_summary_counts_every_due_candidate_but_lists_at_most_the_limit(colleague, clock, monkeypatch, four_candidates):
    monkeypatch.setattr(team_dashboard, "LIST_LIMIT", 1)
    summary = team_dashboard.team_summary(colleague)
    assert (summary.overdue_count, summary.due_soon_count) == (1, 1)
    assert len(summary.overdue) + len(summary.due_soon) == 1 and [item.name for item in summary.overdue] == ["Anna Overdue"]
    clock.advance(dt.timedelta(days=10))
    later = team_dashboard.team_summary(colleague)
    assert later.overdue_count == 2 and later.due_soon_count == 0  # Bram's deadline passed


def test_a_rights_request_to_answer_this_week_is_said_under_the_headline(qtbot, controller, team_folder, colleague, clock,
                                                                       four_candidates):
    dirk = next(row.candidate_id for row in colleague.rows() if row.full_name == "Dirk Later")
    team_register.register_request(colleague, dirk, "access", clock.today() - dt.timedelta(days=27), "ID card shown")
    team_register.register_request(colleague, dirk, "rectification", clock.today() - dt.timedelta(days=2), "ID card shown")
    panel, dashboard = dashboard_of(qtbot, controller, team_folder)
    banner = dashboard.widget.requests_banner
    assert banner.isVisible() and "1 request must be answered within 7 days." in banner.text()  # not the one due in a month
    summary = team_dashboard.team_request_summary(colleague)
    clock.advance(days=5)
    later = team_dashboard.team_request_summary(colleague)
    assert (len(summary.due_soon), len(summary.overdue)) == (1, 0) and (len(later.due_soon), len(later.overdue)) == (0, 1)
