"""Creating, opening, re-opening and closing vaults, and what ends up on disk."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from recruitdesk import errors
from recruitdesk.services.vault_access import create_vault, open_vault
from recruitdesk.vault.keychain import MemoryKeychain
from recruitdesk.vault.vault import Vault


def test_create_then_open_with_keychain(vault_folder, keychain, clock):
    vault, recovery_key = create_vault(vault_folder, keychain, clock, preset="ictmakers")
    vault_id = vault.vault_id
    vault.close()
    assert sorted(p.name for p in vault_folder.iterdir()) == ["vault.db", "vault.key", "vault.lock"]
    with open_vault(vault_folder, keychain, clock) as reopened:
        assert reopened.vault_id == vault_id


def test_recovery_key_unlock_on_a_new_machine_reenrols_the_device_key(vault_folder, clock):
    old_machine = MemoryKeychain()
    vault, recovery_key = create_vault(vault_folder, old_machine, clock)
    vault.close()
    new_machine = MemoryKeychain()
    with pytest.raises(errors.RecoveryKeyRequired):
        open_vault(vault_folder, new_machine, clock)
    with open_vault(vault_folder, new_machine, clock, recovery_key=recovery_key.lower().replace("-", " ")) as vault:
        assert vault.warnings == []
    # The next start needs no recovery key on the new machine...
    open_vault(vault_folder, new_machine, clock).close()
    # ...and the old machine's device key no longer opens the vault (its slot was replaced).
    with pytest.raises(errors.DeviceKeyMismatch):
        open_vault(vault_folder, old_machine, clock)


def test_recovery_unlock_without_any_keychain_works_for_scripts(vault_folder, keychain, clock):
    vault, recovery_key = create_vault(vault_folder, keychain, clock)
    vault.close()
    open_vault(vault_folder, None, clock, recovery_key=recovery_key).close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_vault_files_are_readable_by_the_owner_only(new_vault, vault_folder):
    vault, _ = new_vault
    with vault.session() as session, session.begin():
        from recruitdesk.services.candidates import new_candidate

        new_candidate(session, vault.candidate_keys, vault.clock, "Jan Peeters")
    assert stat.S_IMODE(vault_folder.stat().st_mode) == 0o700
    for path in vault_folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name  # -wal and -shm included


def test_close_releases_lock_and_forgets_keys(new_vault, vault_folder, keychain, clock):
    vault, _ = new_vault
    vault.close()
    assert not vault.is_open
    assert vault._master == b""
    vault.close()  # twice is fine
    open_vault(vault_folder, keychain, clock).close()


def test_a_connection_in_use_while_the_vault_closes_is_closed_when_given_back(new_vault):
    """A background call may still read when the vault locks; its connection must not stay
    open (keyed) in the disposed pool until a garbage collection some time later."""
    import threading

    import sqlcipher3.dbapi2 as sqlcipher
    from sqlalchemy import text

    vault, _key = new_vault
    reading, closed = threading.Event(), threading.Event()
    used = []

    def background_read() -> None:
        with vault.read_session() as session:
            session.execute(text("SELECT count(*) FROM candidates")).one()
            used.append(session.connection().connection.dbapi_connection)
            reading.set()
            closed.wait(30)
            session.execute(text("SELECT count(*) FROM candidates")).one()  # still usable until given back

    reader = threading.Thread(target=background_read)
    reader.start()
    assert reading.wait(30)
    vault.close()
    closed.set()
    reader.join(30)
    [connection] = used
    with pytest.raises(sqlcipher.ProgrammingError):  # closed by the thread that gave it back
        connection.execute("SELECT 1")


def test_create_refuses_an_existing_vault_and_leaves_it_untouched(new_vault, vault_folder, keychain, clock):
    vault, _ = new_vault
    before = (vault_folder / "vault.key").read_bytes()
    with pytest.raises(errors.VaultAlreadyExists) as caught:
        create_vault(vault_folder, keychain, clock)
    assert caught.value.message() == f"There is already a vault in {vault_folder}; it was left untouched."
    assert (vault_folder / "vault.key").read_bytes() == before


class _BrokenKeychain(MemoryKeychain):
    def store_device_key(self, vault_id, key):
        raise errors.KeychainReadBackFailed()


def test_failed_init_leaves_nothing_behind(tmp_path, clock):
    folder = tmp_path / "deep" / "vault"
    with pytest.raises(errors.KeychainReadBackFailed):
        create_vault(folder, _BrokenKeychain(), clock)
    assert not (tmp_path / "deep").exists()


def test_failed_init_in_an_existing_empty_folder_leaves_it_empty(tmp_path, clock):
    folder = tmp_path / "chosen"
    folder.mkdir()
    with pytest.raises(errors.KeychainReadBackFailed):
        create_vault(folder, _BrokenKeychain(), clock)
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_failed_init_removes_the_keychain_entry(tmp_path, clock, monkeypatch):
    keychain = MemoryKeychain()

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Vault, "_open_unlocked", classmethod(lambda cls, *a, **k: fail()))
    with pytest.raises(errors.DiskFull):
        create_vault(tmp_path / "v", keychain, clock)
    assert keychain._keys == {}
    assert not (tmp_path / "v").exists()


def test_unknown_preset_is_refused_before_anything_is_created(vault_folder, keychain, clock):
    with pytest.raises(errors.UnknownPreset) as caught:
        create_vault(vault_folder, keychain, clock, preset="forever")
    assert caught.value.message() == (
        'There is no retention preset called "forever". Choose one of: nl-ap, it1, imalink, infosentry, itzu, ictmakers.'
    )
    assert not vault_folder.exists()


def test_database_key_is_not_the_master_key(new_vault):
    from tests.support.vaults import database_key_of

    vault, _ = new_vault
    assert database_key_of(vault) != vault._master
    assert len(database_key_of(vault)) == 32


def test_demo_vault_has_fifty_varied_candidates(clock):
    from recruitdesk.demo import DemoVault
    from recruitdesk.services.candidates import candidate_rows

    demo = DemoVault(clock)
    try:
        rows = candidate_rows(demo.vault)
        assert len(rows) == 50
        due = [row.due_on for row in rows if row.due_on is not None]
        assert any(d < clock.today() for d in due), "one overdue"
        assert sum(clock.today() <= d <= clock.today() + __import__("datetime").timedelta(days=14) for d in due) >= 3
        assert any(row.has_consent for row in rows)
        assert len({row.email for row in rows}) == 50
        assert os.path.isdir(demo.folder)
    finally:
        demo.dispose()
    assert not os.path.exists(demo.folder)
