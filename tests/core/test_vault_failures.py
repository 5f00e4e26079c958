"""Every way a vault can fail to open or be created, each with its exact sentence and exit code.

The same failure is checked twice: the typed error from the core, and what the CLI prints
(one sentence on stderr, a non-zero exit, never a traceback).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from recruitdesk import cli, errors
from recruitdesk.services.vault_access import create_vault, open_vault
from recruitdesk.vault.keychain import MemoryKeychain


@pytest.fixture
def closed_vault(vault_folder, keychain, clock):
    """A vault with one candidate, closed; returns its recovery key."""
    from recruitdesk.services.candidates import new_candidate

    vault, recovery_key = create_vault(vault_folder, keychain, clock)
    with vault.session() as session, session.begin():
        for number in range(40):
            new_candidate(session, vault.candidate_keys, clock, f"Candidate {number}", email=f"c{number}@example.be")
    vault.close()
    return recovery_key


def cli_failure(capsys, argv, keychain, expected_message, exit_code=2, env=None):
    code = cli.main(argv, keychain=keychain)
    captured = capsys.readouterr()
    assert code == exit_code
    assert captured.err.strip() == expected_message
    assert "Traceback" not in captured.out + captured.err


def info_args(folder: Path) -> list[str]:
    return ["vault", "info", "--vault", str(folder)]


RESTORE_NEW = " (first-run window: Restore from a backup; command line: recruitdesk vault restore-new BACKUP --folder NEW_FOLDER --recovery-key-file FILE)."  # the way back the messages point to

# --- keys ----------------------------------------------------------------------------------
def test_wrong_recovery_key(closed_vault, vault_folder, clock, capsys, tmp_path, keychain):
    other_folder = tmp_path / "other"
    other, other_key = create_vault(other_folder, MemoryKeychain(), clock)
    other.close()
    message = "The recovery key is not the one for this vault. Check it and try again."
    with pytest.raises(errors.WrongRecoveryKey) as caught:
        open_vault(vault_folder, MemoryKeychain(), clock, recovery_key=other_key)
    assert caught.value.message() == message
    key_file = tmp_path / "key.txt"
    key_file.write_text(other_key + "\n")
    cli_failure(capsys, info_args(vault_folder) + ["--recovery-key-file", str(key_file)], MemoryKeychain(), message)


def test_mistyped_recovery_key(closed_vault, vault_folder, clock, capsys, monkeypatch):
    typo = closed_vault[:-1] + ("A" if closed_vault[-1] != "A" else "B")
    message = (
        "This is not a valid recovery key: it must be 36 letters and digits in groups of four "
        "(for example ABCD-EFGH-...). Check for a typing error."
    )
    with pytest.raises(errors.MalformedRecoveryKey) as caught:
        open_vault(vault_folder, None, clock, recovery_key=typo)
    assert caught.value.message() == message
    monkeypatch.setenv("RECRUITDESK_RECOVERY_KEY", typo)
    cli_failure(capsys, info_args(vault_folder), MemoryKeychain(), message)


def test_missing_keychain_entry_asks_for_the_recovery_key(closed_vault, vault_folder, capsys):
    cli_failure(
        capsys, info_args(vault_folder), MemoryKeychain(),
        "This computer's keychain has no key for this vault (a new computer or a reset account). "
        "Unlock it with your recovery key: --recovery-key-file FILE or RECRUITDESK_RECOVERY_KEY.",
    )


def test_recovery_key_from_environment_unlocks_and_reenrols(closed_vault, vault_folder, capsys, monkeypatch):
    fresh = MemoryKeychain()
    monkeypatch.setenv("RECRUITDESK_RECOVERY_KEY", closed_vault)
    assert cli.main(info_args(vault_folder) + ["--json"], keychain=fresh) == 0
    assert json.loads(capsys.readouterr().out)["candidate_count"] == 40
    monkeypatch.delenv("RECRUITDESK_RECOVERY_KEY")
    assert cli.main(info_args(vault_folder) + ["--json"], keychain=fresh) == 0


def test_unreadable_recovery_key_file(closed_vault, vault_folder, capsys, tmp_path):
    missing = tmp_path / "nope.txt"
    cli_failure(capsys, info_args(vault_folder) + ["--recovery-key-file", str(missing)], MemoryKeychain(),
                f"The recovery key file {missing} cannot be read.")


# --- database file -------------------------------------------------------------------------
def test_missing_database(closed_vault, vault_folder, keychain, capsys):
    (vault_folder / "vault.db").unlink()
    cli_failure(capsys, info_args(vault_folder), keychain,
                f"The vault database {vault_folder / 'vault.db'} is missing, although the key file is there. "
                "Restore the vault from a backup into a new folder" + RESTORE_NEW)


def test_zero_length_database_is_never_opened_as_a_vault(closed_vault, vault_folder, keychain, capsys):
    (vault_folder / "vault.db").write_bytes(b"")
    cli_failure(capsys, info_args(vault_folder), keychain,
                f"The vault database {vault_folder / 'vault.db'} is empty (0 bytes) and was not opened. Restore the vault from a backup "
                "into a new folder" + RESTORE_NEW)
    assert (vault_folder / "vault.db").stat().st_size == 0, "a failed open must not initialise an empty file"


def _damaged_message(folder: Path) -> str:
    return (f"The vault database {folder / 'vault.db'} is damaged and cannot be read safely. It was not changed. "
            "Restore the vault from a backup into a new folder" + RESTORE_NEW)


@pytest.mark.parametrize("cut", ["half", "page-multiple", "odd-bytes"])
def test_truncated_database(closed_vault, vault_folder, keychain, capsys, cut):
    path = vault_folder / "vault.db"
    data = path.read_bytes()
    size = {"half": len(data) // 2 // 4096 * 4096, "page-multiple": len(data) - 4096, "odd-bytes": len(data) - 100}[cut]
    path.write_bytes(data[:size])
    before = path.read_bytes()
    cli_failure(capsys, info_args(vault_folder), keychain, _damaged_message(vault_folder))
    assert path.read_bytes() == before


@pytest.mark.parametrize("offset", [100, 4096 + 50, -200])
def test_bit_flipped_database(closed_vault, vault_folder, keychain, capsys, offset):
    path = vault_folder / "vault.db"
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))
    cli_failure(capsys, info_args(vault_folder), keychain, _damaged_message(vault_folder))


def test_plaintext_sqlite_is_refused(closed_vault, vault_folder, keychain, capsys):
    import sqlcipher3.dbapi2 as sqlite  # an unkeyed SQLCipher connection writes a plain SQLite file

    path = vault_folder / "vault.db"
    path.unlink()
    connection = sqlite.connect(str(path))
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    cli_failure(capsys, info_args(vault_folder), keychain,
                f"The file {path} is an unencrypted SQLite database, not a RecruitDesk vault. It was not opened.")


def test_database_of_another_vault_is_reported_as_damaged(closed_vault, vault_folder, keychain, clock, capsys, tmp_path):
    other, _ = create_vault(tmp_path / "other", MemoryKeychain(), clock)
    other.close()
    shutil.copyfile(tmp_path / "other" / "vault.db", vault_folder / "vault.db")
    cli_failure(capsys, info_args(vault_folder), keychain, _damaged_message(vault_folder))


# --- key header ----------------------------------------------------------------------------
def test_missing_header(closed_vault, vault_folder, keychain, capsys):
    (vault_folder / "vault.key").unlink()
    cli_failure(capsys, info_args(vault_folder), keychain,
                f"The vault key file {vault_folder / 'vault.key'} is missing. Without it the vault cannot be opened. "
                "Restore the vault from a backup into a new folder with your recovery key" + RESTORE_NEW)


def test_empty_header(closed_vault, vault_folder, keychain, capsys):
    (vault_folder / "vault.key").write_bytes(b"")
    cli_failure(capsys, info_args(vault_folder), keychain,
                f"The vault key file {vault_folder / 'vault.key'} is empty (0 bytes). Restore the vault from a backup into a new folder "
                "with your recovery key" + RESTORE_NEW)


def _header_damaged(folder: Path) -> str:
    return f"The vault key file {folder / 'vault.key'} is damaged (its checksum or format is wrong). Restore the vault from a backup " \
        "into a new folder with your recovery key" + RESTORE_NEW


def test_truncated_header(closed_vault, vault_folder, keychain, capsys):
    path = vault_folder / "vault.key"
    path.write_bytes(path.read_bytes()[:200])
    cli_failure(capsys, info_args(vault_folder), keychain, _header_damaged(vault_folder))


@pytest.mark.parametrize("field", ["device", "recovery", "key_check", "salt"])
def test_bit_flipped_header_is_damage_not_a_wrong_key(closed_vault, vault_folder, keychain, clock, capsys, field):
    path = vault_folder / "vault.key"
    document = json.loads(path.read_text())
    holder, name = (document["slots"], field) if field in ("device", "recovery") else (
        (document["kdf"], "salt") if field == "salt" else (document, field))
    value = bytearray(holder[name].encode())
    value[5] = ord("A") if value[5] != ord("A") else ord("B")
    holder[name] = value.decode()
    path.write_text(json.dumps(document))
    cli_failure(capsys, info_args(vault_folder), keychain, _header_damaged(vault_folder))
    with pytest.raises(errors.HeaderDamaged):
        open_vault(vault_folder, None, clock, recovery_key=closed_vault)


def test_out_of_bounds_kdf_parameters_are_refused_even_with_a_valid_checksum(closed_vault, vault_folder, keychain, clock, capsys):
    """An attacker can recompute the checksum; the bounds still stop a 2^30 scrypt."""
    from recruitdesk.vault.header import VaultHeader

    path = vault_folder / "vault.key"
    document = json.loads(path.read_text())
    document.pop("checksum")
    document["kdf"]["n"] = 2**30
    document["checksum"] = VaultHeader._checksum(document)
    path.write_text(json.dumps(document))
    cli_failure(capsys, info_args(vault_folder), keychain, _header_damaged(vault_folder))


def test_newer_header_format(closed_vault, vault_folder, keychain, capsys):
    from recruitdesk.vault.header import VaultHeader

    path = vault_folder / "vault.key"
    document = json.loads(path.read_text())
    document.pop("checksum")
    document["version"] = 7
    document["checksum"] = VaultHeader._checksum(document)
    path.write_text(json.dumps(document))
    cli_failure(capsys, info_args(vault_folder), keychain,
                f"The vault key file {path} has format version 7, which this version of RecruitDesk cannot read.")


# --- folder and lock -----------------------------------------------------------------------
def test_vault_not_found(tmp_path, keychain, capsys):
    folder = tmp_path / "empty"
    folder.mkdir()
    cli_failure(capsys, info_args(folder), keychain,
                f'There is no vault in {folder}. Create one with "recruitdesk vault init" or choose another folder.')


def test_vault_already_open_elsewhere(closed_vault, vault_folder, keychain, clock, capsys):
    with open_vault(vault_folder, keychain, clock):
        cli_failure(capsys, info_args(vault_folder), keychain,
                    "This vault is already open in another RecruitDesk window or process. Close it there first.")
    assert cli.main(info_args(vault_folder), keychain=keychain) == 0


def test_lock_is_released_when_the_holder_dies(closed_vault, vault_folder, tmp_path):
    """A crashed process never leaves the vault locked: the OS drops its lock."""
    script = (
        "import os, sys\n"
        "from recruitdesk.vault.lock import VaultLock\n"
        f"VaultLock({str(vault_folder / 'vault.lock')!r}).acquire()\n"
        "os._exit(9)\n"
    )
    assert subprocess.run([sys.executable, "-c", script]).returncode == 9
    from recruitdesk.vault.lock import VaultLock

    lock = VaultLock(vault_folder / "vault.lock")
    lock.acquire()
    lock.release()


def test_a_file_instead_of_a_folder(tmp_path, keychain, capsys):
    target = tmp_path / "file"
    target.write_text("x")
    cli_failure(capsys, ["vault", "init", "--vault", str(target)], keychain,
                f"{target} is a file, not a folder. Choose a folder for the vault.")


def _run_cli_on_read_only_folder(folder: Path, args: list[str]) -> subprocess.CompletedProcess:
    """Run the real CLI with ``folder`` read-only.

    Root ignores permission bits, so as root the folder is bind-mounted read-only inside a
    private mount namespace (gone when the process ends); otherwise chmod does the job.
    """
    env = dict(os.environ, RECRUITDESK_LANG="en", PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    code = (
        "import sys\nfrom recruitdesk import cli\nfrom recruitdesk.vault.keychain import MemoryKeychain\n"
        f"sys.exit(cli.main({args!r}, keychain=MemoryKeychain()))\n"
    )
    if os.geteuid() != 0:
        os.chmod(folder, 0o555)
        try:
            return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
        finally:
            os.chmod(folder, 0o700)
    script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
    return subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh", str(folder), sys.executable, "-c", code],
        capture_output=True, text=True, env=env,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("command", ["init", "info"])
def test_folder_not_writable(command, tmp_path, clock):
    folder = tmp_path / "vault"
    if command == "info":
        vault, _ = create_vault(folder, MemoryKeychain(), clock)
        vault.close()
    else:
        folder.mkdir()
    before = sorted(p.name for p in folder.iterdir())
    result = _run_cli_on_read_only_folder(folder, ["vault", command, "--vault", str(folder)])
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip() == f"The vault folder {folder} is not writable. Choose another folder or fix its permissions."
    assert sorted(p.name for p in folder.iterdir()) == before


def test_a_damaged_page_met_reading_a_setting_is_named_and_a_plain_bug_is_not_hidden(new_vault, monkeypatch):
    """The idle time read at unlock met a damaged page once and the raw database error escaped into
    the event loop; now it is the translated damage (the caller falls back to the default)."""
    from recruitdesk import settings
    from recruitdesk.services.vault_settings import read_setting
    from recruitdesk.vault.database import sqlcipher

    vault, _ = new_vault
    damaged = sqlcipher.DatabaseError("database disk image is malformed")
    damaged.sqlite_errorname = "SQLITE_CORRUPT"

    def fail(error):
        def get(_session, _key):
            raise error
        return get

    monkeypatch.setattr(settings, "get", fail(damaged))
    with pytest.raises(errors.DatabaseDamaged):
        read_setting(vault, "auto_lock_minutes")
    monkeypatch.setattr(settings, "get", fail(KeyError("auto_lock_minutes")))  # the control: not a database failure
    with pytest.raises(KeyError):
        read_setting(vault, "auto_lock_minutes")
