"""Auto-lock: idle time on the injected clock, reset by input, and what locking does to the window.

No sleeping: the ManualClock is advanced and ``check()`` is called, as the timer tick would.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from recruitdesk import settings
from recruitdesk.gui.shell.controller import AppController
from recruitdesk.gui.vault.auto_lock import IdleMonitor
from recruitdesk.services.vault_access import create_vault
from recruitdesk.services.vault_settings import read_setting


def test_idle_monitor_locks_only_after_the_timeout_and_input_resets_it(qtbot, clock):
    monitor = IdleMonitor(clock, timeout_minutes=10)
    requests = []
    monitor.lock_requested.connect(lambda: requests.append(clock.monotonic()))
    monitor.start()
    target = _focus_widget(qtbot)

    clock.advance(minutes=9)
    assert monitor.check() is False
    qtbot.keyClick(target, Qt.Key.Key_A)  # any input, anywhere in the application
    assert monitor.idle_seconds() == 0
    clock.advance(minutes=9)
    assert monitor.check() is False
    qtbot.mouseMove(target, QPoint(5, 5))
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    clock.advance(minutes=11)
    assert monitor.check() is True
    assert len(requests) == 1
    assert monitor.check() is False, "one request per lock; restart after unlocking"
    assert not monitor.active
    monitor.shutdown()


def test_the_timer_tick_runs_check(qtbot, clock):
    monitor = IdleMonitor(clock, timeout_minutes=1, tick_milliseconds=5)
    monitor.start()
    clock.advance(minutes=2)
    with qtbot.waitSignal(monitor.lock_requested, timeout=2000):
        pass
    monitor.shutdown()


def test_timeout_below_one_minute_is_one_minute(clock):
    monitor = IdleMonitor(clock, timeout_minutes=0)
    assert monitor.timeout_minutes == 1
    monitor.set_timeout_minutes("nonsense")  # a hand-edited setting must not crash
    assert monitor.timeout_minutes == 10
    monitor.shutdown()


def _focus_widget(qtbot):
    from PySide6.QtWidgets import QLineEdit

    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _controller(qtbot, clock, keychain_factory) -> AppController:
    controller = AppController(clock, keychain_factory)
    qtbot.addWidget(controller.window)
    return controller


def test_idle_lock_clears_the_window_closes_the_vault_and_unlocks_again(qtbot, clock, keychain_factory, demo_vault, vault_folder):
    vault, _key = demo_vault
    vault.close()
    controller = _controller(qtbot, clock, keychain_factory)
    with qtbot.waitSignal(controller.ready, timeout=20000) as ready:
        controller.start_existing(vault_folder)
    assert ready.args == [50]
    opened = controller.vault
    window = controller.window
    assert controller.idle_monitor.timeout_minutes == read_setting(opened, "auto_lock_minutes") == 10

    clock.advance(minutes=9)
    assert controller.idle_monitor.check() is False
    assert opened.is_open and window.model.rowCount() == 50
    qtbot.keyClick(window.ui.candidateTable, Qt.Key.Key_Down)  # input resets the idle time
    clock.advance(minutes=9)
    assert controller.idle_monitor.check() is False
    clock.advance(minutes=2)  # 11 minutes since the last input
    assert controller.idle_monitor.check() is True

    assert controller.is_locked
    assert opened.is_open is False
    assert window.model.rowCount() == 0
    assert window.count_label.text() == "" and window.folder_label.text() == ""
    assert window.state_label.text() == "Locked"
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    assert "10 min" in dialog.ui.reasonLabel.text()

    # This computer's keychain still holds the device key: Unlock with an empty field.
    with qtbot.waitSignal(controller.ready, timeout=20000) as ready:
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert ready.args == [50]
    assert controller.vault is not None and controller.vault.is_open
    assert window.model.rowCount() == 50
    assert controller.idle_monitor.active
    controller.shutdown()
    assert not controller.vault or not controller.vault.is_open


def test_manual_lock_and_the_vault_setting_for_the_timeout(qtbot, clock, keychain, keychain_factory, vault_folder):
    def five_minutes(session, _keys):
        settings.put(session, "auto_lock_minutes", 5)

    vault, _key = create_vault(vault_folder, keychain, clock, seed=five_minutes)
    vault.close()
    controller = _controller(qtbot, clock, keychain_factory)
    with qtbot.waitSignal(controller.ready, timeout=20000):
        controller.start_existing(vault_folder)
    assert controller.idle_monitor.timeout_minutes == 5
    opened = controller.vault
    controller.window.ui.actionLock.trigger()
    assert controller.is_locked and not opened.is_open
    assert not controller.idle_monitor.active
    assert controller.unlock_dialog.ui.reasonLabel.text() == "You locked the vault."
    controller.shutdown()


def test_demo_vault_reopens_after_lock(qtbot, clock):
    from recruitdesk import errors
    from recruitdesk.demo import DEMO_PASSPHRASE, DemoVault
    from recruitdesk.gui.vault.sources import DemoVaultSource

    demo = DemoVault(clock)
    controller = _controller(qtbot, clock, lambda: None)
    source = DemoVaultSource(demo, clock)
    with qtbot.waitSignal(controller.ready, timeout=20000) as ready:
        controller.start_demo(source, demo.vault)
    assert ready.args == [50]
    assert controller.window.windowTitle().endswith("demo")
    first = controller.vault
    clock.advance(minutes=10)
    assert controller.idle_monitor.check() is True
    assert not first.is_open and controller.window.model.rowCount() == 0
    dialog = controller.unlock_dialog
    # The demo locks like a real vault: an empty field stays locked, a malformed key is named...
    with qtbot.waitSignal(dialog.unlock_failed, timeout=20000):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert controller.is_locked and dialog.isVisible()
    qtbot.mouseClick(dialog.ui.switchButton, Qt.MouseButton.LeftButton)
    dialog.ui.recoveryKeyEdit.setText("AAAA-BBBB-CCCC-DDDD")
    with qtbot.waitSignal(dialog.unlock_failed, timeout=20000) as failed:
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert failed.args == [errors.MalformedRecoveryKey().message()] and controller.is_locked
    # ... and the public demo passphrase, shown on the lock screen, opens it.
    qtbot.mouseClick(dialog.ui.switchButton, Qt.MouseButton.LeftButton)
    assert DEMO_PASSPHRASE in dialog.ui.hintLabel.text() and dialog.ui.hintLabel.isVisible()
    qtbot.keyClicks(dialog.ui.passphraseEdit, DEMO_PASSPHRASE)
    with qtbot.waitSignal(controller.ready, timeout=20000) as ready:
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert ready.args == [50]
    assert controller.passphrase_dialog is None, "the demo has a passphrase: nothing to offer"
    controller.shutdown()
    assert not demo.folder.exists(), "the demo folder is deleted on exit"
