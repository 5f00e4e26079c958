"""The unlock dialog: why it is shown, a wrong key keeps it open with the core's sentence,
the right key unlocks and re-enrols this computer's device key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from recruitdesk import errors
from recruitdesk.gui.vault.sources import FolderVaultSource
from recruitdesk.gui.vault.unlock_dialog import UnlockDialog, unlock_problem_text
from recruitdesk.services.vault_access import open_vault
from recruitdesk.vault import recovery_key as recovery_keys


@pytest.fixture
def new_machine(new_vault, vault_folder, keychain):
    """The vault exists, but this computer's keychain has no device key for it."""
    vault, key = new_vault
    vault_id = vault.vault_id
    vault.close()
    keychain.delete_device_key(vault_id)
    return vault_id, key


@pytest.fixture
def dialog(qtbot, vault_folder, clock, keychain_factory):
    source = FolderVaultSource(vault_folder, clock, keychain_factory)
    made = UnlockDialog(source, unlock_problem_text(errors.RecoveryKeyRequired()), problem=errors.RecoveryKeyRequired())
    qtbot.addWidget(made)
    made.show()
    yield made
    if made.vault is not None:
        made.vault.close()


def attempt(qtbot, dialog, key: str, signal) -> list:
    dialog.ui.recoveryKeyEdit.setText(key)
    with qtbot.waitSignal(signal, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    return blocker.args


def test_explains_why_it_is_shown(dialog):
    assert dialog.ui.reasonLabel.text() == unlock_problem_text(errors.RecoveryKeyRequired())
    assert "recovery key" in dialog.ui.reasonLabel.text()
    assert "--recovery-key-file" not in dialog.ui.reasonLabel.text(), "no command-line advice in the window"
    assert dialog.ui.reasonLabel.isVisible()
    assert dialog.error_text() == ""
    assert dialog.ui.recoveryKeyEdit.accessibleName() == "Recovery key"


def test_wrong_key_shows_the_exact_message_and_stays_open(qtbot, new_machine, dialog):
    _secret, wrong = recovery_keys.generate()
    args = attempt(qtbot, dialog, wrong, dialog.unlock_failed)
    assert args == [errors.WrongRecoveryKey().message()]
    assert dialog.error_text() == errors.WrongRecoveryKey().message()
    assert dialog.isVisible() and dialog.vault is None
    assert dialog.unlock_button.isEnabled() and dialog.ui.recoveryKeyEdit.isEnabled()


def test_malformed_key_shows_the_exact_message(qtbot, new_machine, dialog):
    attempt(qtbot, dialog, "not a key", dialog.unlock_failed)
    assert dialog.error_text() == errors.MalformedRecoveryKey().message()


def test_empty_field_retries_the_keychain_and_says_why_it_failed(qtbot, new_machine, dialog):
    attempt(qtbot, dialog, "", dialog.unlock_failed)
    assert dialog.error_text() == unlock_problem_text(errors.RecoveryKeyRequired())


def test_right_key_unlocks_and_re_enrols_the_device_key(qtbot, new_machine, dialog, vault_folder, keychain, clock):
    vault_id, key = new_machine
    _secret, wrong = recovery_keys.generate()
    attempt(qtbot, dialog, wrong, dialog.unlock_failed)
    attempt(qtbot, dialog, f"  {key.lower()}  ", dialog.accepted)
    assert dialog.vault is not None and dialog.vault.is_open
    assert dialog.vault.vault_id == vault_id
    assert dialog.ui.recoveryKeyEdit.text() == "", "the key does not linger in the field"
    assert not dialog.isVisible()
    assert keychain.load_device_key(vault_id) is not None
    dialog.vault.close()
    dialog.vault = None
    # Next start on this computer: no recovery key needed any more.
    again = open_vault(vault_folder, keychain, clock)
    assert again.vault_id == vault_id
    again.close()


def test_enter_in_the_key_field_unlocks(qtbot, new_machine, dialog):
    _vault_id, key = new_machine
    dialog.ui.recoveryKeyEdit.setText(key)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.keyClick(dialog.ui.recoveryKeyEdit, Qt.Key.Key_Return)
    assert dialog.vault is not None


def test_the_keychain_alone_unlocks_when_it_holds_the_device_key(qtbot, new_vault, dialog):
    vault, _key = new_vault
    vault.close()
    attempt(qtbot, dialog, "", dialog.accepted)
    assert dialog.vault.is_open


def test_quit_rejects(qtbot, dialog):
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.vault is None


def test_other_problems_show_the_core_sentence():
    assert unlock_problem_text(errors.KeychainTimeout(seconds=20)) == errors.KeychainTimeout(seconds=20).message()
    assert unlock_problem_text(errors.WrongRecoveryKey()) == errors.WrongRecoveryKey().message()
