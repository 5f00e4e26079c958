"""The application flow, interactively: first run, a new computer, quitting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool, Qt
from PySide6.QtWidgets import QWizard

from recruitdesk import errors
from recruitdesk.gui.shell.controller import AppController
from recruitdesk.gui.vault.unlock_dialog import unlock_problem_text
from tests.gui.user_actions import click, click_finish, click_next, tick


@pytest.fixture
def controller(qtbot, clock, keychain_factory, tmp_path):
    made = AppController(
        clock, keychain_factory, report_error=lambda error: pytest.fail(f"unexpected error dialog: {error!r}"),
        choose_folder=lambda parent, current: None,
        choose_save_file=lambda parent, suggested: tmp_path / "kit.txt",
        print_text=lambda parent, text: False,
    )
    qtbot.addWidget(made.window)
    yield made
    made.shutdown()


def test_first_run_creates_the_vault_and_opens_the_window(qtbot, controller, vault_folder, tmp_path):
    """A user's first start on an empty folder: Next, Next, tick the confirmation, Finish."""
    vault_folder.mkdir()
    controller.start_first_run(vault_folder)
    wizard = controller.wizard
    assert wizard is not None and wizard.isVisible()
    assert not controller.window.isVisible()
    assert wizard.welcome_page.folder_edit.text() == str(vault_folder)  # pre-filled, not edited
    click_next(qtbot, wizard)
    assert wizard.currentId() == wizard.PRESET
    click_next(qtbot, wizard)
    assert wizard.currentId() == wizard.PASSPHRASE
    qtbot.keyClicks(wizard.passphrase_page.form.passphrase_edit, "first day words")
    qtbot.keyClicks(wizard.passphrase_page.form.repeat_edit, "first day words")
    with qtbot.waitSignal(wizard.create_page.created, timeout=20000):
        click_next(qtbot, wizard)
    click(qtbot, wizard.create_page.save_button)
    assert wizard.create_page.recovery_key() in (tmp_path / "kit.txt").read_text(encoding="utf-8")
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    tick(qtbot, wizard.create_page.confirm_check)
    with qtbot.waitSignal(controller.ready, timeout=20000) as ready:
        click_finish(qtbot, wizard)
    assert ready.args == [0]
    assert controller.window.isVisible()
    assert controller.vault is not None and controller.vault.folder == vault_folder
    assert controller.window.folder_label.text() == str(vault_folder)
    assert controller.idle_monitor.active
    assert controller.vault.has_passphrase and controller.passphrase_dialog is None, "chosen in the wizard: not offered again"


def test_cancelling_the_first_run_quits_with_zero(qtbot, controller, vault_folder):
    controller.start_first_run(vault_folder)
    with qtbot.waitSignal(controller.finished, timeout=1000) as finished:
        controller.wizard.reject()
    assert finished.args == [0]
    assert not vault_folder.exists()


def test_new_computer_asks_for_the_recovery_key_and_then_shows_the_vault(qtbot, controller, demo_vault, vault_folder, keychain):
    vault, key = demo_vault
    vault.close()
    keychain.delete_device_key(vault.vault_id)
    controller.start_existing(vault_folder)
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=20000)
    dialog = controller.unlock_dialog
    assert dialog.ui.reasonLabel.text() == unlock_problem_text(errors.RecoveryKeyRequired())
    assert controller.window.isVisible() and controller.window.model.rowCount() == 0
    dialog.ui.recoveryKeyEdit.setText(key)
    with qtbot.waitSignal(controller.ready, timeout=20000) as ready:
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert ready.args == [50]
    assert keychain.load_device_key(vault.vault_id) is not None


def test_an_unreadable_key_file_is_explained_in_the_unlock_dialog(qtbot, controller, new_vault, vault_folder, tmp_path):
    vault, _key = new_vault
    vault.close()
    problem = errors.RecoveryKeyFileUnreadable(file=str(tmp_path / "missing.txt"))
    controller.start_existing(vault_folder, None, problem)
    assert controller.unlock_dialog is not None
    assert controller.unlock_dialog.ui.reasonLabel.text() == problem.message()


def test_quitting_the_unlock_dialog_quits(qtbot, controller, new_vault, vault_folder, keychain):
    vault, _key = new_vault
    vault.close()
    keychain.delete_device_key(vault.vault_id)
    controller.start_existing(vault_folder)
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=20000)
    with qtbot.waitSignal(controller.finished, timeout=1000) as finished:
        qtbot.mouseClick(controller.unlock_dialog.quit_button, Qt.MouseButton.LeftButton)
    assert finished.args == [0]
    assert controller.vault is None


def test_closing_the_window_quits_and_shutdown_closes_the_vault(qtbot, controller, new_vault, vault_folder):
    vault, _key = new_vault
    vault.close()
    with qtbot.waitSignal(controller.ready, timeout=20000):
        controller.start_existing(vault_folder)
    opened = controller.vault
    with qtbot.waitSignal(controller.finished, timeout=1000) as finished:
        controller.window.close()
    assert finished.args == [0]
    controller.shutdown()
    assert not opened.is_open
    assert controller.window.model.rowCount() == 0


def test_a_saved_idle_time_applies_at_once(qtbot, controller, new_vault, vault_folder):
    from recruitdesk.services.firm_settings import FirmSettings, save_firm_settings

    vault, _key = new_vault
    vault.close()
    with qtbot.waitSignal(controller.ready, timeout=20000):
        controller.start_existing(vault_folder)
    assert controller.idle_monitor.timeout_minutes == 10
    # Let the unlock's background reads and daily check finish first: this test is about applying
    # the setting, not about writing while the daily check writes.
    qtbot.waitUntil(lambda: controller.window.retention.summary is not None and not controller.notifier.busy, timeout=20000)
    QThreadPool.globalInstance().waitForDone(20000)
    save_firm_settings(controller.vault, FirmSettings(auto_lock_minutes=2))
    controller.window.retention.settings_saved.emit()
    assert controller.idle_monitor.timeout_minutes == 2


def test_unlocking_shows_the_list_first_then_the_summary_then_the_daily_check(qtbot, controller, demo_vault, vault_folder):
    """Nothing else about the vault competes with the list load: the dashboard's summary and the
    daily check start only once the list is painted."""
    vault, _key = demo_vault
    vault.close()
    window, notifier = controller.window, controller.notifier
    events = []
    # When the rows reach the table, neither the summary nor the daily check has started.
    window.model.modelReset.connect(lambda: window.model.rowCount() and events.append(
        ("rows", window.retention._load is not None, notifier.busy, notifier.last_day_checked)))
    window.rows_loaded.connect(lambda count: events.append(("loaded", window.retention._load is not None, notifier.busy)))
    notifier.checked.connect(lambda _summary, _erased: events.append(("checked",)))
    with qtbot.waitSignals([window.retention.summary_shown, notifier.checked], timeout=20000):
        controller.start_existing(vault_folder)
    assert events[0] == ("rows", False, False, None)
    assert events[1] == ("loaded", True, True)  # painted: now the summary loads and the daily check runs
    assert ("checked",) in events
    assert window.retention.summary is not None and window.model.rowCount() == 50
