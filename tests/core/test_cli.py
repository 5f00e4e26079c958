"""The headless CLI: vault init and vault info, output and exit codes."""

from __future__ import annotations

import json
import re
import stat
import subprocess
import sys

import pytest

from recruitdesk.store import migrate
from recruitdesk import __version__, cli, logs
from recruitdesk.store import migrate
from recruitdesk.vault import recovery_key

KEY_LINE = re.compile(r"^    ([A-Z2-7]{4}(?:-[A-Z2-7]{4}){8})$", re.M)


def test_init_prints_the_recovery_key_once_and_it_works(vault_folder, keychain, capsys):
    assert cli.main(["vault", "init", "--vault", str(vault_folder), "--preset", "ictmakers"], keychain=keychain) == 0
    out = capsys.readouterr().out
    assert f"Vault created in {vault_folder}." in out
    assert "Retention policy: ICT Makers." in out
    keys = KEY_LINE.findall(out)
    assert len(keys) == 1
    recovery_key.parse(keys[0])
    assert keys[0] not in (vault_folder / "vault.key").read_text()


def test_init_saves_a_private_recovery_kit(vault_folder, keychain, capsys, tmp_path):
    kit = tmp_path / "kit.txt"
    assert cli.main(["vault", "init", "--vault", str(vault_folder), "--recovery-kit", str(kit)], keychain=keychain) == 0
    key = KEY_LINE.findall(capsys.readouterr().out)[0]
    assert key in kit.read_text()
    assert stat.S_IMODE(kit.stat().st_mode) == 0o600
    # The saved kit itself works as --recovery-key-file.
    from recruitdesk.vault.keychain import MemoryKeychain

    assert cli.main(["vault", "info", "--vault", str(vault_folder), "--json", "--recovery-key-file", str(kit)], keychain=MemoryKeychain()) == 0


def test_info_as_text_and_json(vault_folder, keychain, capsys, monkeypatch):
    monkeypatch.setenv("RECRUITDESK_VAULT", str(vault_folder))
    assert cli.main(["vault", "init", "--preset", "itzu"], keychain=keychain) == 0
    capsys.readouterr()
    assert cli.main(["vault", "info", "--json"], keychain=keychain) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["schema_version"] == migrate.head_revision()
    assert info["sqlcipher_version"].startswith("4.")
    assert info["candidate_count"] == 0
    assert info["policy"] == {"preset": "itzu", "title": "ITZU"}
    assert info["folder"] == str(vault_folder)
    assert cli.main(["vault", "info"], keychain=keychain) == 0
    text = capsys.readouterr().out
    assert re.search(r"^SQLCipher version\s+4\.", text, re.M)
    assert re.search(r"^Retention policy\s+ITZU \(itzu\)$", text, re.M)


def test_options_may_follow_the_subcommand_or_precede_it(vault_folder, keychain, capsys):
    assert cli.main(["--vault", str(vault_folder), "vault", "init"], keychain=keychain) == 0
    capsys.readouterr()
    assert cli.main(["vault", "info", "--json", "--vault", str(vault_folder)], keychain=keychain) == 0


def test_unknown_preset_exits_2_with_the_choices(vault_folder, keychain, capsys):
    assert cli.main(["vault", "init", "--vault", str(vault_folder), "--preset", "x"], keychain=keychain) == 2
    assert capsys.readouterr().err.strip() == (
        'There is no retention preset called "x". Choose one of: nl-ap, it1, imalink, infosentry, itzu, ictmakers.'
    )


def test_version():
    result = subprocess.run([sys.executable, "-m", "recruitdesk", "--version"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.strip() == f"RecruitDesk {__version__}"


def test_bad_arguments_exit_2_without_traceback(capsys):
    with pytest.raises(SystemExit) as caught:
        cli.main(["vault", "frobnicate"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "recruitdesk: error:" in err and "Traceback" not in err


def test_unexpected_errors_print_a_sentence_and_log_no_personal_data(vault_folder, keychain, capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(logs, "log_file", lambda: tmp_path / "logs" / "recruitdesk.log")
    monkeypatch.setattr(logs.log, "handlers", [])

    personal = {"email": "griet.peeters@example.be"}

    def explode(*args, **kwargs):
        raise ValueError(f"candidate {personal['email']} failed")

    from recruitdesk.commands import vault as vault_commands

    monkeypatch.setattr(vault_commands, "info", explode)
    assert cli.main(["vault", "info", "--vault", str(vault_folder)], keychain=keychain) == 1
    err = capsys.readouterr().err
    assert err.strip() == (
        f"An unexpected error occurred. Details without personal data were written to {tmp_path / 'logs' / 'recruitdesk.log'}."
    )
    for handler in logs.log.handlers:
        handler.flush()
    logged = (tmp_path / "logs" / "recruitdesk.log").read_text()
    assert "builtins.ValueError" in logged and "explode" in logged
    assert "griet" not in logged and "example.be" not in logged
