"""Alerts without the window: the Preferences option installs the login item, and a RecruitDesk
started at login (--tray) checks daily with the vault locked, notifies in the tray, and opens
the window only when the user clicks the icon (issue 18)."""

from __future__ import annotations

import datetime as dt

import pytest

from recruitdesk.autostart import Autostart
from recruitdesk.gui.shell.controller import AppController
from recruitdesk.gui.shell.main_window import MainWindow
from recruitdesk.services.vault_access import open_vault
from tests.gui.retention_support import add_not_hired
from tests.gui.user_actions import click, tick

COMMAND = ["/usr/bin/python3", "-m", "recruitdesk", "--tray"]


def open_preferences(qtbot, window):
    window.vault_actions.preferences_action.trigger()
    dialog = window.vault_actions.preferences_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_the_preference_installs_the_login_item_and_turning_it_off_removes_it(qtbot, clock, tmp_path):
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.show()
    item = Autostart("xdg", tmp_path / "home", COMMAND, environment={})
    window.vault_actions.login_item = lambda: item

    dialog = open_preferences(qtbot, window)
    assert not dialog.autostart_box.isChecked()
    tick(qtbot, dialog.autostart_box)
    assert dialog.autostart_box.isChecked()
    click(qtbot, _ok(dialog))
    assert item.file.is_file() and "--tray" in item.file.read_text("utf-8")

    dialog = open_preferences(qtbot, window)
    assert dialog.autostart_box.isChecked()  # read back from what is installed
    tick(qtbot, dialog.autostart_box)
    click(qtbot, _ok(dialog))
    assert not item.file.exists()


def _ok(dialog):
    from PySide6.QtWidgets import QDialogButtonBox

    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_a_login_item_that_cannot_be_written_is_said_and_the_dialog_stays(qtbot, clock, tmp_path):
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.show()
    blocked = tmp_path / "home"
    blocked.write_text("a file where the home folder should be")
    window.vault_actions.login_item = lambda: Autostart("xdg", blocked, COMMAND, environment={})
    dialog = open_preferences(qtbot, window)
    tick(qtbot, dialog.autostart_box)
    click(qtbot, _ok(dialog))
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "could not change what starts when you log in" in dialog.error_label.text()


@pytest.fixture
def tray_controller(qtbot, clock, keychain_factory):
    made = AppController(clock, keychain_factory, report_error=lambda error: pytest.fail(f"unexpected error dialog: {error!r}"),
                         tray_available=True)
    qtbot.addWidget(made.window)
    messages = []
    made.notifier.tray.showMessage = lambda title, text, *rest: messages.append((title, text))
    made.tray_messages = messages
    yield made
    made.shutdown()


def test_started_at_login_it_checks_daily_with_the_vault_locked_and_opens_on_click(qtbot, clock, tray_controller, new_vault, keychain):
    vault, _key = new_vault
    add_not_hired(vault, clock, "Sofie Peeters", clock.today() - dt.timedelta(days=20))  # due in 8 days
    folder = vault.folder
    vault.close()
    controller = tray_controller

    with qtbot.waitSignal(controller.notifier.notified, timeout=20000) as notified:
        assert controller.start_in_tray(folder)
    assert notified.args[0] == "1 candidate must be deleted within 14 days."
    assert controller.tray_messages == [("RecruitDesk: retention", notified.args[0])]
    assert not controller.window.isVisible() and controller.vault is None
    assert controller.notifier.tray.toolTip() == "RecruitDesk: 1 candidate must be deleted within 14 days."
    open_vault(folder, keychain, clock).close()  # the vault was closed again: its lock is free

    clock.advance(hours=3)
    assert not controller.notifier.check()  # once a day
    clock.advance(days=9)
    with qtbot.waitSignal(controller.notifier.notified, timeout=20000) as notified:
        assert controller.notifier.check()
    assert "overdue" in notified.args[0]
    assert not controller.window.isVisible()

    with qtbot.waitSignal(controller.window.rows_loaded, timeout=20000):
        controller.notifier.show_requested.emit()  # the user clicks the icon
    assert controller.window.isVisible() and controller.vault is not None
    assert not controller.notifier.locked_mode

    # Closing the window goes back to the tray with the vault locked; tomorrow's alert still comes.
    messages = len(controller.tray_messages)
    controller.window.close()
    assert not controller.window.isVisible() and controller.vault is None and controller.exit_code is None
    assert controller.notifier.locked_mode and controller.window.model.rowCount() == 0
    assert not controller.notifier.check() and len(controller.tray_messages) == messages  # not twice today
    open_vault(folder, keychain, clock).close()
    clock.advance(days=1)
    with qtbot.waitSignal(controller.notifier.notified, timeout=20000):
        assert controller.notifier.check()
    with qtbot.waitSignal(controller.finished, timeout=5000) as finished:
        controller.notifier.quit_requested.emit()  # Quit in the tray menu
    assert finished.args == [0]


def test_without_a_key_in_the_keychain_the_tray_says_so_and_keeps_trying(qtbot, clock, tray_controller, new_vault, keychain):
    vault, _key = new_vault
    folder = vault.folder
    vault.close()
    keychain.delete_device_key(vault.vault_id)  # a new computer, or a keychain that was reset
    controller = tray_controller
    with qtbot.waitSignal(controller.notifier.check_failed, timeout=20000):
        controller.start_in_tray(folder)
    assert controller.tray_messages and "could not check the deadlines" in controller.tray_messages[0][1]
    assert controller.notifier.last_day_checked is None  # the next tick tries again
    assert not controller.window.isVisible()


def test_started_at_login_before_any_vault_exists_it_quietly_exits(qapp, clock, tmp_path):
    import argparse

    from recruitdesk.cli import build_parser
    from recruitdesk.gui.shell.app import run_gui

    assert build_parser().parse_args(["--tray"]).tray is True
    args = argparse.Namespace(vault=str(tmp_path / "no vault yet"), recovery_key_file=None, lang=None, demo=False,
                              smoke_test=False, tray=True)
    assert run_gui(args, clock=clock) == 0
    assert not (tmp_path / "no vault yet").exists()
