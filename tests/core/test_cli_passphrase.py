"""The command line with a passphrase vault: RECRUITDESK_PASSPHRASE for scripts, a terminal
prompt otherwise, ``vault passphrase`` to set or change it, and the recovery key file as before."""

from __future__ import annotations

import json

import pytest

from recruitdesk import cli
from recruitdesk.services.vault_access import create_vault

SECRET = "script secret words"


@pytest.fixture
def protected(vault_folder, keychain, clock):
    vault, key = create_vault(vault_folder, keychain, clock, passphrase=SECRET)
    vault.close()
    return key


def info(vault_folder, keychain) -> int:
    return cli.main(["vault", "info", "--json", "--vault", str(vault_folder)], keychain=keychain)


def test_without_the_passphrase_a_command_says_how_to_give_it(protected, vault_folder, keychain, capsys):
    assert info(vault_folder, keychain) == 2
    err = capsys.readouterr().err
    assert "protected by a passphrase" in err and "RECRUITDESK_PASSPHRASE" in err


def test_the_environment_gives_the_passphrase_to_scripts(protected, vault_folder, keychain, capsys, monkeypatch):
    monkeypatch.setenv("RECRUITDESK_PASSPHRASE", "not it at all")
    assert info(vault_folder, keychain) == 2
    assert "This passphrase is wrong. Wrong attempts in a row: 1." in capsys.readouterr().err
    monkeypatch.setenv("RECRUITDESK_PASSPHRASE", SECRET)
    assert info(vault_folder, keychain) == 0
    assert json.loads(capsys.readouterr().out)["candidate_count"] == 0


def test_a_terminal_is_asked_for_the_passphrase(protected, vault_folder, keychain, capsys, monkeypatch):
    asked = []
    monkeypatch.setattr("recruitdesk.commands.common._interactive_terminal", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or SECRET)
    assert info(vault_folder, keychain) == 0
    assert asked == ["Passphrase of the vault: "]


def test_the_recovery_key_file_still_works_headless(protected, vault_folder, keychain, tmp_path):
    key_file = tmp_path / "key.txt"
    key_file.write_text(protected)
    assert cli.main(["vault", "info", "--json", "--vault", str(vault_folder), "--recovery-key-file", str(key_file)], keychain=keychain) == 0


def test_vault_passphrase_sets_and_changes_it(new_vault, vault_folder, keychain, capsys, monkeypatch):
    vault, _key = new_vault
    vault.close()
    monkeypatch.setenv("RECRUITDESK_NEW_PASSPHRASE", "first chosen words")
    assert cli.main(["vault", "passphrase", "--vault", str(vault_folder)], keychain=keychain) == 0
    assert "opens only with this passphrase" in capsys.readouterr().out
    assert info(vault_folder, keychain) == 2, "the keychain alone no longer opens it"
    monkeypatch.setenv("RECRUITDESK_PASSPHRASE", "first chosen words")
    monkeypatch.delenv("RECRUITDESK_NEW_PASSPHRASE")
    typed = iter(["second words", "second word"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(typed))
    assert cli.main(["vault", "passphrase", "--vault", str(vault_folder)], keychain=keychain) == 2
    assert "not the same" in capsys.readouterr().err
    monkeypatch.setenv("RECRUITDESK_PASSPHRASE", "first chosen words")
    typed = iter(["second words", "second words"])
    assert cli.main(["vault", "passphrase", "--vault", str(vault_folder)], keychain=keychain) == 0
    monkeypatch.setenv("RECRUITDESK_PASSPHRASE", "second words")
    assert info(vault_folder, keychain) == 0
