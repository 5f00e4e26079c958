"""Every page of a vault of any size is verified: at open up to the full-check limit, and in
the background after unlock above it. A backup refuses a vault that fails the check.

A vault larger than 128 MB takes a minute to build on a busy machine, so these tests use the
page-count trick: the limit is lowered below the test vault's size, which sends the vault down
exactly the code path a large vault takes (schema-only check at open, full check afterwards).
"""

from __future__ import annotations

import json

import pytest

from recruitdesk import errors
from recruitdesk.cli import main
from recruitdesk.services.backups import make_backup
from recruitdesk.services.firm_settings import FirmSettings, read_firm_settings, save_firm_settings
from recruitdesk.services.vault_info import vault_info
from recruitdesk.vault import database, integrity
from recruitdesk.vault.vault import Vault
from tests.support.vaults import insert_candidates


@pytest.fixture
def large_vault(new_vault, vault_folder, monkeypatch):
    """A closed vault with data pages, over the (lowered) full-check limit; returns its database path."""
    vault, _ = new_vault
    insert_candidates(vault, 1500)
    path = vault.database_path
    vault.close()
    monkeypatch.setattr(database, "FULL_CHECK_LIMIT_BYTES", path.stat().st_size // 2)
    return path


def _damage_a_late_page(path) -> None:
    """Flip one byte inside a page near the end (data, not the schema read at open)."""
    damage_page(path, path.stat().st_size // database.PAGE_SIZE - 2)


def damage_page(path, page: int) -> None:
    """Flip one byte inside page ``page`` (numbered from 1, as SQLite does)."""
    offset = (page - 1) * database.PAGE_SIZE + 1000
    with open(path, "r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)
        handle.seek(offset)
        handle.write(bytes([byte[0] ^ 0x40]))


def test_a_damaged_page_in_a_vault_above_the_limit_is_found_by_the_background_check(large_vault, vault_folder, keychain, clock):
    _damage_a_late_page(large_vault)
    with Vault.open(vault_folder, keychain, clock) as vault:  # opens: only the schema is read at open
        assert vault.integrity.result.state == integrity.UNCHECKED
        assert vault_info(vault)["integrity"]["state"] == "unchecked"
        save_firm_settings(vault, FirmSettings(firm_name="Still usable"))  # the check holds no gate
        assert vault.integrity.run().state == integrity.DAMAGED
        info = vault_info(vault)["integrity"]
        assert info["state"] == "damaged" and info["checked_at"]
        assert "DAMAGED" in info["description"]
        with pytest.raises(errors.BackupOfDamagedVault) as refused:
            make_backup(vault)
        assert "No backup was made" in refused.value.message()
    assert not list((vault_folder / "backups").glob("*.rdvault"))


def test_an_intact_vault_above_the_limit_is_verified_and_backed_up(large_vault, vault_folder, keychain, clock):
    with Vault.open(vault_folder, keychain, clock) as vault:
        assert vault.integrity.needs_check
        assert vault.integrity.run().state == integrity.INTACT
        assert read_firm_settings(vault) is not None
        backup = make_backup(vault)
    assert backup.exists()


def test_a_backup_of_an_unchecked_large_vault_checks_first(large_vault, vault_folder, keychain, clock):
    _damage_a_late_page(large_vault)
    with Vault.open(vault_folder, keychain, clock) as vault:
        with pytest.raises(errors.BackupOfDamagedVault):
            make_backup(vault)
        assert vault.integrity.result.state == integrity.DAMAGED


def test_a_small_vault_is_verified_at_open(new_vault):
    vault, _ = new_vault
    assert vault_info(vault)["integrity"]["state"] == "intact"


def test_vault_info_on_the_command_line_runs_the_check_and_says_so(large_vault, vault_folder, keychain, clock, capsys):
    _damage_a_late_page(large_vault)
    code = main(["vault", "info", "--vault", str(vault_folder), "--json"], keychain=keychain, clock=clock)
    details = json.loads(capsys.readouterr().out)
    assert details["integrity"]["state"] == "damaged"
    assert code == 2


def test_locking_stops_a_running_check_and_leaves_the_result_unknown(large_vault, vault_folder, keychain, clock, monkeypatch):
    import threading

    running = threading.Event()

    def endless(connection, stopped):  # stands in for a check of a very large vault
        running.set()
        connection.execute("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n").fetchall()
        return database.PAGES_INTACT

    monkeypatch.setattr(database, "_check_database", endless)
    vault = Vault.open(vault_folder, keychain, clock)
    results = []
    thread = threading.Thread(target=lambda: results.append(vault.integrity.run()), daemon=True)
    thread.start()
    assert running.wait(60)
    vault.close()  # stops the check
    thread.join(60)
    assert not thread.is_alive()
    assert results[0].state == integrity.UNCHECKED
    assert vault.integrity.run().state == integrity.UNCHECKED  # closed: no key, no new check
