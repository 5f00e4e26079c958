"""The lock screen, as a user meets it: a lock that locks.

Vault > Lock (or the idle lock), then Unlock with an empty field stays locked; the right
passphrase opens; wrong ones are counted and, after three, delayed (time moves on the manual
clock); the recovery key is the fallback and a new passphrase follows; a vault without a
passphrase is offered one; the window's "The vault is locked." never lies under the dialog.
Every step clicks or types into the real controls.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from recruitdesk import errors
from recruitdesk.gui.shell.controller import AppController
from recruitdesk.gui.vault.passphrase_dialog import CHANGE, OFFERED, REQUIRED
from recruitdesk.gui.vault.unlock_dialog import PASSPHRASE, RECOVERY_KEY
from recruitdesk.services.vault_access import create_vault, open_vault
from recruitdesk.vault import recovery_key as recovery_keys
from tests.gui.user_actions import click, menu_item

SECRET = "desk drawer lamp"


@pytest.fixture
def controller(qtbot, clock, keychain_factory):
    made = AppController(clock, keychain_factory, report_error=lambda error: pytest.fail(f"unexpected error dialog: {error!r}"))
    qtbot.addWidget(made.window)
    yield made
    made.shutdown()


@pytest.fixture
def protected(vault_folder, keychain, clock):
    """A closed vault with a passphrase; yields its recovery key."""
    vault, key = create_vault(vault_folder, keychain, clock, passphrase=SECRET)
    vault.close()
    return key


def wait_for_lock_screen(qtbot, controller):
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None and controller.unlock_dialog.isVisible(), timeout=20000)
    return controller.unlock_dialog


def type_and_unlock(qtbot, dialog, text: str, signal) -> list:
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, text)
    with qtbot.waitSignal(signal, timeout=20000) as blocker:
        click(qtbot, dialog.unlock_button)
    return blocker.args


def unlock_with_passphrase(qtbot, controller, dialog, text: str = SECRET) -> None:
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, text)
    with qtbot.waitSignal(controller.ready, timeout=20000):
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # Enter submits


def lock_from_the_menu(controller) -> None:
    menu_item(controller.window, "&Vault", "&Lock").trigger()
    assert controller.is_locked


def test_a_passphrase_vault_asks_at_start_and_after_a_lock_and_the_empty_field_stays_locked(qtbot, controller, protected, vault_folder):
    controller.start_existing(vault_folder)
    dialog = wait_for_lock_screen(qtbot, controller)
    assert controller.is_locked, "no silent keychain unlock at start"
    assert dialog.mode == PASSPHRASE and dialog.ui.passphraseEdit.isVisible() and not dialog.ui.recoveryKeyEdit.isVisible()
    assert QApplication.focusWidget() is dialog.ui.passphraseEdit, "the field has focus"
    unlock_with_passphrase(qtbot, controller, dialog)
    assert controller.vault is not None and controller.window.model.rowCount() == 0
    assert controller.passphrase_dialog is None, "nothing to offer: the vault has a passphrase"

    lock_from_the_menu(controller)
    dialog = wait_for_lock_screen(qtbot, controller)
    assert dialog.ui.reasonLabel.text() == "You locked the vault."
    for _ in range(2):  # one click, then again: the keychain alone never opens it
        with qtbot.waitSignal(dialog.unlock_failed, timeout=20000) as failed:
            click(qtbot, dialog.unlock_button)
        assert failed.args == ["Enter your passphrase or PIN to unlock the vault."]
        assert controller.is_locked and dialog.isVisible() and controller.window.model.rowCount() == 0
    unlock_with_passphrase(qtbot, controller, dialog)
    assert not controller.is_locked


def test_wrong_passphrases_are_counted_and_delayed_in_words(qtbot, controller, protected, vault_folder, clock):
    controller.start_existing(vault_folder)
    dialog = wait_for_lock_screen(qtbot, controller)
    assert type_and_unlock(qtbot, dialog, "guess one", dialog.unlock_failed) == ["This passphrase is wrong. Wrong attempts in a row: 1."]
    assert type_and_unlock(qtbot, dialog, "guess two", dialog.unlock_failed) == ["This passphrase is wrong. Wrong attempts in a row: 2."]
    third = type_and_unlock(qtbot, dialog, "guess three", dialog.unlock_failed)[0]
    assert third == ("This passphrase is wrong. Wrong attempts in a row: 3. "
                     "To slow down guessing, the next attempt is possible in 30 seconds.")
    assert dialog.error_text() == third
    # During the wait even the right passphrase is refused, with the time left in words.
    refused = type_and_unlock(qtbot, dialog, SECRET, dialog.unlock_failed)[0]
    assert refused.startswith("Too many wrong passphrases (3 in a row). Try again in 30 seconds")
    assert controller.is_locked
    clock.advance(seconds=31)
    unlock_with_passphrase(qtbot, controller, dialog)
    assert not controller.is_locked


def test_forgot_the_passphrase_use_the_recovery_key_then_choose_a_new_one(qtbot, controller, protected, vault_folder, keychain, clock):
    key = protected
    controller.start_existing(vault_folder)
    dialog = wait_for_lock_screen(qtbot, controller)
    assert dialog.ui.switchButton.text() == "Forgot your passphrase? Use the &recovery key"
    click(qtbot, dialog.ui.switchButton)
    assert dialog.mode == RECOVERY_KEY and dialog.ui.recoveryKeyEdit.isVisible() and not dialog.ui.passphraseEdit.isVisible()
    # A typed key is never ignored.
    with qtbot.waitSignal(dialog.unlock_failed, timeout=20000) as empty:
        click(qtbot, dialog.unlock_button)
    assert "Enter your recovery key" in empty.args[0] and controller.is_locked
    assert type_and_unlock(qtbot, dialog, "AAAA-BBBB-CCCC-DDDD", dialog.unlock_failed) == [errors.MalformedRecoveryKey().message()]
    wrong = recovery_keys.generate()[1]
    assert type_and_unlock(qtbot, dialog, wrong, dialog.unlock_failed) == [errors.WrongRecoveryKey().message()]
    assert controller.is_locked
    type_and_unlock(qtbot, dialog, key, controller.ready)
    offer = controller.passphrase_dialog
    assert offer is not None and offer.isVisible() and offer.mode == REQUIRED
    assert not offer.set_button.isEnabled()
    qtbot.keyClicks(offer.form.passphrase_edit, "brand new words")
    qtbot.keyClicks(offer.form.repeat_edit, "brand new word")
    assert offer.form.problem_label.text() == "Type the same passphrase in both fields." and not offer.set_button.isEnabled()
    qtbot.keyClick(offer.form.repeat_edit, Qt.Key.Key_S)
    with qtbot.waitSignal(offer.accepted, timeout=20000):
        click(qtbot, offer.set_button)
    assert controller.passphrase_dialog is None and not controller.is_locked
    lock_from_the_menu(controller)
    dialog = wait_for_lock_screen(qtbot, controller)
    assert type_and_unlock(qtbot, dialog, SECRET, dialog.unlock_failed)[0].startswith("This passphrase is wrong.")
    unlock_with_passphrase(qtbot, controller, dialog, "brand new words")


def test_refusing_the_new_passphrase_after_a_recovery_locks_again(qtbot, controller, protected, vault_folder):
    controller.start_existing(vault_folder)
    dialog = wait_for_lock_screen(qtbot, controller)
    click(qtbot, dialog.ui.switchButton)
    type_and_unlock(qtbot, dialog, protected, controller.ready)
    offer = controller.passphrase_dialog
    assert offer.other_button.text() == "&Lock the vault"
    click(qtbot, offer.other_button)
    assert controller.is_locked
    assert "new passphrase is needed" in wait_for_lock_screen(qtbot, controller).ui.reasonLabel.text()


def test_an_existing_vault_is_offered_a_passphrase_and_may_postpone(qtbot, controller, new_vault, vault_folder, keychain, clock):
    vault, _key = new_vault
    vault.close()
    with qtbot.waitSignal(controller.ready, timeout=20000):
        controller.start_existing(vault_folder)  # no passphrase yet: the keychain opens it
    offer = controller.passphrase_dialog
    assert offer is not None and offer.isVisible() and offer.mode == OFFERED
    assert "Colleagues can reach this computer" in offer.explanation.text()
    assert "asks again at the next unlock" in offer.later_label.text() and offer.later_label.isVisible()
    click(qtbot, offer.other_button)  # Not now
    assert controller.passphrase_dialog is None and not controller.is_locked

    lock_from_the_menu(controller)
    dialog = wait_for_lock_screen(qtbot, controller)
    assert "no passphrase yet" in dialog.ui.instructionLabel.text()
    with qtbot.waitSignal(controller.ready, timeout=20000):
        click(qtbot, dialog.unlock_button)
    offer = controller.passphrase_dialog
    assert offer is not None and offer.mode == OFFERED, "offered again at the next unlock"
    qtbot.keyClicks(offer.form.passphrase_edit, "123456")
    qtbot.keyClicks(offer.form.repeat_edit, "123456")
    with qtbot.waitSignal(offer.accepted, timeout=20000):
        qtbot.keyClick(offer.form.repeat_edit, Qt.Key.Key_Return)

    lock_from_the_menu(controller)
    dialog = wait_for_lock_screen(qtbot, controller)
    assert dialog.mode == PASSPHRASE
    with qtbot.waitSignal(dialog.unlock_failed, timeout=20000):
        click(qtbot, dialog.unlock_button)
    assert controller.is_locked, "the keychain alone no longer opens it"
    unlock_with_passphrase(qtbot, controller, dialog, "123456")
    controller.shutdown()
    with pytest.raises(errors.PassphraseRequired):
        open_vault(vault_folder, keychain, clock)


def test_the_locked_text_never_lies_under_the_lock_screen(qtbot, controller, protected, vault_folder):
    controller.start_existing(vault_folder)
    dialog = wait_for_lock_screen(qtbot, controller)
    qtbot.waitUntil(lambda: controller.window.isVisible())
    label = controller.window.ui.emptyStateLabel
    assert label.isVisible() and label.text() == "The vault is locked."
    text = dialog.avoided_rect()
    assert not text.isNull()
    unlock = QRect(dialog.unlock_button.mapToGlobal(dialog.unlock_button.rect().topLeft()), dialog.unlock_button.size())
    assert not text.intersects(unlock), f"locked text {text} overlaps the Unlock button {unlock}"
    assert not text.intersects(dialog.frameGeometry()), "the dialog covers the locked text"
    # Still so once an error line made the dialog taller.
    type_and_unlock(qtbot, dialog, "wrong words", dialog.unlock_failed)
    assert not dialog.avoided_rect().intersects(dialog.frameGeometry())


def test_started_at_login_a_passphrase_vault_is_not_opened_and_the_tray_says_so_once_a_day(qtbot, clock, keychain_factory, protected, vault_folder):
    made = AppController(clock, keychain_factory, report_error=lambda error: pytest.fail(f"unexpected error dialog: {error!r}"),
                         tray_available=True)
    qtbot.addWidget(made.window)
    messages = []
    made.notifier.tray.showMessage = lambda title, text, *rest: messages.append(text)
    try:
        with qtbot.waitSignal(made.notifier.check_failed, timeout=20000) as failed:
            assert made.start_in_tray(vault_folder)
        assert isinstance(failed.args[0], errors.PassphraseRequired)
        assert made.vault is None and len(messages) == 1 and "could not check the deadlines" in messages[0]
        assert not made.notifier.check(), "no retry every tick: the user has to open it"
        clock.advance(days=1)
        with qtbot.waitSignal(made.notifier.check_failed, timeout=20000):
            assert made.notifier.check()
        assert len(messages) == 2
        # Clicking the icon opens the window on the lock screen, which asks for the passphrase.
        made.notifier.show_requested.emit()
        dialog = wait_for_lock_screen(qtbot, made)
        assert dialog.mode == PASSPHRASE and made.is_locked
    finally:
        made.shutdown()


def test_the_passphrase_is_changed_from_the_vault_menu(qtbot, controller, protected, vault_folder):
    controller.start_existing(vault_folder)
    unlock_with_passphrase(qtbot, controller, wait_for_lock_screen(qtbot, controller))
    menu_item(controller.window, "&Vault", "Set or change the passp&hrase…").trigger()
    dialog = controller.passphrase_dialog
    assert dialog is not None and dialog.mode == CHANGE and dialog.isVisible()
    click(qtbot, dialog.other_button)  # Cancel changes nothing
    assert controller.passphrase_dialog is None and not controller.is_locked
    menu_item(controller.window, "&Vault", "Set or change the passp&hrase…").trigger()
    dialog = controller.passphrase_dialog
    qtbot.keyClicks(dialog.form.passphrase_edit, "changed words")
    qtbot.keyClicks(dialog.form.repeat_edit, "changed words")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        click(qtbot, dialog.set_button)
    lock_from_the_menu(controller)
    lock_screen = wait_for_lock_screen(qtbot, controller)
    assert type_and_unlock(qtbot, lock_screen, SECRET, lock_screen.unlock_failed)[0].startswith("This passphrase is wrong.")
    unlock_with_passphrase(qtbot, controller, lock_screen, "changed words")
    lock_from_the_menu(controller)
    assert not controller.window.vault_actions.passphrase_action.isEnabled(), "locked: nothing to change"
