"""The Qt-free services added for the window (tested here, next to their only caller)."""

from __future__ import annotations

import pytest

from recruitdesk import errors
from recruitdesk.services.recovery_kits import recovery_kit_text, save_recovery_kit
from recruitdesk.services.unlock import is_key_problem, unlock_vault
from recruitdesk.services.vault_settings import read_setting


def unsafe_keychain():
    raise errors.KeychainUnsafe(backend="keyring.backends.fail.Keyring")


def test_unlock_uses_the_keychain(new_vault, vault_folder, clock, keychain):
    vault, _key = new_vault
    vault.close()
    reopened = unlock_vault(vault_folder, clock, None, lambda: keychain)
    assert reopened.is_open
    reopened.close()


def test_unlock_without_a_key_raises_the_keychain_problem(new_vault, vault_folder, clock):
    vault, _key = new_vault
    vault.close()
    with pytest.raises(errors.KeychainUnsafe) as raised:
        unlock_vault(vault_folder, clock, None, unsafe_keychain)
    assert is_key_problem(raised.value)


def test_unlock_with_a_recovery_key_works_without_a_keychain(new_vault, vault_folder, clock):
    vault, key = new_vault
    vault.close()
    reopened = unlock_vault(vault_folder, clock, f"\n {key} \n", unsafe_keychain)
    assert reopened.vault_id == vault.vault_id
    reopened.close()


def test_blank_recovery_key_means_keychain(new_vault, vault_folder, clock, keychain):
    vault, _key = new_vault
    vault.close()
    keychain.delete_device_key(vault.vault_id)
    with pytest.raises(errors.RecoveryKeyRequired):
        unlock_vault(vault_folder, clock, "   ", lambda: keychain)


def test_key_problems_are_told_apart_from_file_problems():
    assert is_key_problem(errors.WrongRecoveryKey())
    assert is_key_problem(errors.KeychainTimeout(seconds=20))
    assert not is_key_problem(errors.VaultInUse())
    assert not is_key_problem(errors.DatabaseDamaged(file="x"))
    assert not is_key_problem(ValueError())


def test_read_setting_returns_defaults_and_stored_values(new_vault):
    vault, _key = new_vault
    assert read_setting(vault, "auto_lock_minutes") == 10
    assert read_setting(vault, "retention_preset") == "nl-ap"


def test_recovery_kit_is_saved_privately_with_the_key(new_vault, tmp_path):
    vault, key = new_vault
    target = tmp_path / "kit.txt"
    save_recovery_kit(target, vault, key)
    text = target.read_text(encoding="utf-8")
    assert text == recovery_kit_text(vault, key)
    assert key in text and vault.vault_id in text
    assert target.stat().st_mode & 0o077 == 0


def test_recovery_kit_save_errors_are_typed(new_vault, tmp_path):
    vault, key = new_vault
    with pytest.raises(errors.FolderNotWritable):
        save_recovery_kit(tmp_path / "no-such-folder" / "kit.txt", vault, key)
