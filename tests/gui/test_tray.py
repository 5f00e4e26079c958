"""Time moves through the clock: a candidate appears in the dashboard as days pass, the tray
notifies at unlock and once per new day (never twice a day), and automatic erasure runs in
the daily check when the firm turned it on."""

from __future__ import annotations

import datetime as dt

import pytest

from recruitdesk.gui.retention.dashboard import DUE_SOON_GROUP, OVERDUE_GROUP
from recruitdesk.gui.retention.tray import RetentionNotifier, app_icon
from recruitdesk.gui.shell.controller import AppController
from recruitdesk.gui.vault.sources import FolderVaultSource
from recruitdesk.services.candidates import candidate_rows
from recruitdesk.services.retention_settings import save_retention_settings

from tests.gui.retention_support import add_not_hired, dashboard_names
from tests.gui.retention_support import demo_vault, new_vault  # noqa: F401 - fixtures that wait for workers


@pytest.fixture
def controller(qtbot, clock, keychain_factory):
    made = AppController(
        clock, keychain_factory, report_error=lambda error: pytest.fail(f"unexpected error dialog: {error!r}"),
        tray_available=True, confirm_delete=lambda parent, names: True,
    )
    qtbot.addWidget(made.window)
    messages = []
    assert made.notifier.tray is not None
    made.notifier.tray.showMessage = lambda title, text, *rest: messages.append((title, text))
    made.tray_messages = messages
    yield made
    made.shutdown()


def unlock(qtbot, controller, vault, keychain_factory, clock):
    with qtbot.waitSignals([controller.notifier.notified, controller.window.rows_loaded], timeout=20000):
        controller.start_demo(FolderVaultSource(vault.folder, clock, keychain_factory), vault)


def next_day_check(qtbot, controller):
    with qtbot.waitSignal(controller.notifier.notified, timeout=20000) as notified:
        assert controller.notifier.check()
    return notified.args[0]


def test_a_candidate_appears_in_the_dashboard_as_the_clock_advances_and_the_tray_notifies(qtbot, controller, new_vault, clock, keychain_factory):
    vault, _key = new_vault
    add_not_hired(vault, clock, "Sofie Peeters", clock.today())  # nl-ap: due 30 March, 28 days away
    unlock(qtbot, controller, vault, keychain_factory, clock)
    window = controller.window
    assert controller.tray_messages == [("RecruitDesk: retention", "No candidate must be deleted within 14 days.")]
    assert window.retention.dashboard.group_ids(DUE_SOON_GROUP) == []
    assert window.retention.badge_count == 0 and not window.windowTitle().startswith("(")

    # Later the same day: the minute tick does nothing.
    clock.advance(hours=5)
    assert not controller.notifier.check()
    assert len(controller.tray_messages) == 1

    # Two weeks on (the window is 14 days): due soon, in the dashboard, badge and tray.
    clock.advance(days=14)
    headline = next_day_check(qtbot, controller)
    assert headline == "1 candidate must be deleted within 14 days."
    assert controller.tray_messages[-1][1] == headline
    assert dashboard_names(window, DUE_SOON_GROUP) == ["Sofie Peeters"]
    assert window.retention.dashboard.banner.text() == headline
    assert window.retention.badge_count == 1
    assert window.windowTitle().startswith("(1) ")
    assert "1" in window.retention.dashboard_action.text()
    assert "Due within 14 days (1)" == window.retention.dashboard.group_title(DUE_SOON_GROUP)
    assert controller.notifier.tray.toolTip().endswith(headline)

    # The due date passes: overdue, and the table's Status column says so.
    clock.advance(days=15)
    headline = next_day_check(qtbot, controller)
    assert headline == "1 candidate is overdue for deletion."
    assert dashboard_names(window, OVERDUE_GROUP) == ["Sofie Peeters"]
    assert window.retention.dashboard.group_ids(DUE_SOON_GROUP) == []
    assert window.model.index(0, 4).data() == "Overdue"
    assert len(controller.tray_messages) == 3


def test_the_timer_tick_runs_the_check(qtbot, clock, keychain_factory, new_vault):
    vault, _key = new_vault
    controller = AppController(clock, keychain_factory, report_error=lambda error: pytest.fail(repr(error)),
                               tray_available=False, check_tick_milliseconds=20)
    qtbot.addWidget(controller.window)
    try:
        unlock(qtbot, controller, vault, keychain_factory, clock)
        clock.advance(days=1)
        with qtbot.waitSignal(controller.notifier.notified, timeout=5000):
            pass  # the 20 ms tick notices the new day by itself
        assert controller.notifier.last_day_checked == clock.today()
    finally:
        controller.shutdown()


def test_without_a_system_tray_the_banner_still_shows_the_headline(qtbot, clock, keychain_factory, demo_vault):
    vault, _key = demo_vault
    controller = AppController(clock, keychain_factory, report_error=lambda error: pytest.fail(repr(error)), tray_available=False)
    qtbot.addWidget(controller.window)
    try:
        assert controller.notifier.tray is None and not controller.notifier.has_tray
        unlock(qtbot, controller, vault, keychain_factory, clock)
        message = controller.notifier.last_message
        assert "must be deleted within 14 days" in message and "overdue" in message
        assert controller.window.retention.dashboard.banner.text() == message
        assert controller.window.retention.badge_count >= 4
    finally:
        controller.shutdown()


def test_automatic_erasure_runs_in_the_daily_check_and_is_announced(qtbot, controller, new_vault, clock, keychain_factory):
    vault, _key = new_vault
    save_retention_settings(vault, 14, True)
    gone = add_not_hired(vault, clock, "Overdue Olga", clock.today() - dt.timedelta(days=40))
    kept = add_not_hired(vault, clock, "Later Lies", clock.today())
    with qtbot.waitSignal(controller.notifier.checked, timeout=20000) as checked:
        unlock(qtbot, controller, vault, keychain_factory, clock)
    assert checked.args[1] == [gone]
    assert controller.tray_messages[-1][1].startswith("RecruitDesk deleted 1 candidate automatically.")
    qtbot.waitUntil(lambda: [controller.window.model.row_at(row).name for row in range(controller.window.model.rowCount())] == ["Later Lies"], timeout=20000)
    assert [row.id for row in candidate_rows(vault)] == [kept]


def test_locking_stops_the_checks_and_clears_the_badge(qtbot, controller, new_vault, clock, keychain_factory):
    vault, _key = new_vault
    add_not_hired(vault, clock, "Overdue Olga", clock.today() - dt.timedelta(days=40))
    unlock(qtbot, controller, vault, keychain_factory, clock)
    assert controller.window.retention.badge_count == 1
    controller._interactive = False  # no unlock dialog; "give up" would quit
    controller.notifier.stop()
    controller.window.show_locked()
    clock.advance(days=1)
    assert not controller.notifier.check()
    assert controller.window.retention.badge_count == 0
    assert controller.window.retention.dashboard.group_ids(OVERDUE_GROUP) == []
    assert "locked" in controller.notifier.tray.toolTip()


def test_the_tray_icon_has_a_badge(qtbot):
    plain, badged = app_icon(0).pixmap(64, 64).toImage(), app_icon(3).pixmap(64, 64).toImage()
    assert plain != badged
    notifier = RetentionNotifier(clock=None, tray_available=False)  # type: ignore[arg-type]
    assert not notifier.check()  # no vault: nothing to check


def test_rights_requests_join_the_tray_message_the_banner_and_the_badge(qtbot, controller, new_vault, keychain_factory, clock):
    from recruitdesk.services import rights_requests as rr

    vault, _key = new_vault
    ann = add_not_hired(vault, clock, "Ann Smet", clock.today() - dt.timedelta(days=20))  # due in 8 days
    rr.register(vault, rr.ACCESS, dt.date(2026, 1, 20), ann, identity_check="mail")  # due 20 February: overdue
    unlock(qtbot, controller, vault, keychain_factory, clock)
    [(_title, text)] = controller.tray_messages
    assert text == "1 candidate must be deleted within 14 days. 1 request is overdue."
    window = controller.window
    qtbot.waitUntil(lambda: window.retention.request_summary is not None and window.retention.summary is not None, timeout=20000)
    assert window.retention.dashboard.requests_banner.text().startswith("1 request is overdue.")
    assert window.retention.attention_count == 2 and window.windowTitle().startswith("(2) ")
    assert window.retention.dock.windowTitle() == "Retention – 1 to review"
    assert controller.notifier.tray.toolTip() == "RecruitDesk: 1 candidate must be deleted within 14 days. 1 request is overdue."
