"""A lock that locks: the passphrase (or PIN) combined with the keychain's device key.

Neither the keychain secret alone nor the passphrase alone opens the vault; wrong passphrases
are counted in a record that survives a restart and cannot simply be reset; the recovery key
stays the fallback, after which a new passphrase is set. Time moves on the manual clock.
"""

from __future__ import annotations

import base64
import datetime as dt
import json

import pytest

from recruitdesk import errors, i18n, paths
from recruitdesk.services.unlock import set_vault_passphrase, unlock_vault, vault_has_passphrase
from recruitdesk.services.vault_access import create_vault, open_vault
from recruitdesk.store.models import AuditEntry
from recruitdesk.vault import crypto, database
from recruitdesk.vault.attempts import ATTEMPTS_FILE, AttemptRecord, delay_after
from recruitdesk.vault.backup_secrets import BackupSecrets
from recruitdesk.vault.header import VaultHeader
from recruitdesk.vault.keychain import MemoryKeychain
from recruitdesk.vault.vault import Vault

PASSPHRASE = "correct horse battery"


@pytest.fixture
def locked(vault_folder, keychain, clock):
    """A closed vault with a passphrase; yields (vault_id, recovery_key)."""
    vault, key = create_vault(vault_folder, keychain, clock, passphrase=PASSPHRASE)
    vault_id = vault.vault_id
    vault.close()
    return vault_id, key


def device_key_of(keychain: MemoryKeychain, vault_id: str) -> bytes:
    return keychain._keys[vault_id]  # the raw secret a colleague could read from the keychain


def test_the_keychain_secret_alone_cannot_open_the_vault(locked, vault_folder, keychain, clock):
    vault_id, _key = locked
    device_key = device_key_of(keychain, vault_id)
    header = VaultHeader.read(vault_folder / paths.HEADER_FILE)
    assert header.has_passphrase and header.device_slot == b"", "no slot opens with the device key alone"
    with pytest.raises(errors.DeviceKeyMismatch):
        header.unwrap_with_device_key(device_key)
    for guess in ("", " ", "AAAA-BBBB-CCCC-DDDD"):
        with pytest.raises(errors.WrongPassphrase):
            header.unwrap_with_passphrase(device_key, guess)
    # Nor does the device key work as (or derive) the database key.
    for candidate in (device_key, database.database_key(device_key, vault_id), crypto.derive_key(device_key, "database")):
        with pytest.raises(errors.RecruitDeskError):
            database.verify_integrity(vault_folder / paths.DATABASE_FILE, candidate)
    # Through the app: an empty passphrase never unlocks, and is not counted.
    for empty in (None, ""):
        with pytest.raises(errors.PassphraseRequired):
            unlock_vault(vault_folder, clock, None, lambda: keychain, passphrase=empty)
    assert json.loads((vault_folder / ATTEMPTS_FILE).read_text())["failures"] == 0


def test_the_passphrase_alone_cannot_open_the_vault(locked, vault_folder, clock):
    header = VaultHeader.read(vault_folder / paths.HEADER_FILE)
    with pytest.raises(errors.DeviceKeyMismatch):
        header.unwrap_with_passphrase(crypto.random_key(), PASSPHRASE)
    with pytest.raises(errors.RecoveryKeyRequired):  # another computer: no device key in its keychain
        open_vault(vault_folder, MemoryKeychain(), clock, passphrase=PASSPHRASE)


def test_the_right_passphrase_opens_and_is_audited(locked, vault_folder, keychain, clock):
    assert vault_has_passphrase(vault_folder)
    vault = unlock_vault(vault_folder, clock, None, lambda: keychain, passphrase=PASSPHRASE)
    try:
        assert vault.is_open and vault.has_passphrase and not vault.new_passphrase_needed
        with vault.read_session() as session:
            last = session.query(AuditEntry).order_by(AuditEntry.id.desc()).first()
            assert last.action == "vault.unlocked" and json.loads(last.details_json)["method"] == "passphrase"
    finally:
        vault.close()


def test_wrong_passphrases_are_counted_and_then_delayed(locked, vault_folder, keychain, clock):
    for count in (1, 2):
        with pytest.raises(errors.WrongPassphrase) as wrong:
            open_vault(vault_folder, keychain, clock, passphrase=f"wrong {count}")
        assert wrong.value.params == {"failures": count, "wait_seconds": 0}
    with pytest.raises(errors.WrongPassphrase) as third:
        open_vault(vault_folder, keychain, clock, passphrase="wrong 3")
    assert third.value.params["wait_seconds"] == 30
    assert "next attempt is possible in 30 seconds" in third.value.message()
    # Even the right passphrase is refused during the wait, without being tried.
    with pytest.raises(errors.UnlockDelayed) as delayed:
        open_vault(vault_folder, keychain, clock, passphrase=PASSPHRASE)
    assert delayed.value.message().startswith("Too many wrong passphrases (3 in a row). Try again in 30 seconds")
    clock.advance(seconds=20)
    with pytest.raises(errors.UnlockDelayed) as still:
        open_vault(vault_folder, keychain, clock, passphrase=PASSPHRASE)
    assert still.value.params["wait_seconds"] == 10
    clock.advance(seconds=10)
    with pytest.raises(errors.WrongPassphrase) as fourth:  # the wait doubles
        open_vault(vault_folder, keychain, clock, passphrase="wrong 4")
    assert fourth.value.params == {"failures": 4, "wait_seconds": 60}
    assert "1 minute" in fourth.value.message()
    clock.advance(minutes=1)
    vault = open_vault(vault_folder, keychain, clock, passphrase=PASSPHRASE)
    vault.close()
    # Success resets the count: two typing errors are free again.
    with pytest.raises(errors.WrongPassphrase) as again:
        open_vault(vault_folder, keychain, clock, passphrase="typo")
    assert again.value.params == {"failures": 1, "wait_seconds": 0}


def test_the_count_survives_a_restart_and_cannot_be_reset_by_editing_or_deleting_it(locked, vault_folder, keychain, clock):
    for count in range(3):
        with pytest.raises(errors.WrongPassphrase):
            open_vault(vault_folder, keychain, clock, passphrase=f"wrong {count}")
    clock.advance(minutes=5)  # "a restart": nothing in memory, only the files
    record = vault_folder / ATTEMPTS_FILE
    document = json.loads(record.read_text())
    assert document["failures"] == 3
    document["failures"] = 0  # a colleague edits the count
    record.write_text(json.dumps(document))
    with pytest.raises(errors.AttemptRecordTampered) as tampered:
        open_vault(vault_folder, keychain, clock, passphrase=PASSPHRASE)
    assert tampered.value.params["wait_seconds"] == delay_after(8) == 16 * 60
    assert "16 minutes" in tampered.value.message()
    record.unlink()  # ... or deletes it
    with pytest.raises(errors.AttemptRecordTampered):
        open_vault(vault_folder, keychain, clock, passphrase=PASSPHRASE)
    with pytest.raises(errors.UnlockDelayed):
        open_vault(vault_folder, keychain, clock, passphrase=PASSPHRASE)
    clock.advance(minutes=16)
    open_vault(vault_folder, keychain, clock, passphrase=PASSPHRASE).close()


def test_a_clock_set_back_restarts_the_wait_instead_of_locking_for_days(locked, vault_folder, keychain, clock):
    for count in range(3):
        with pytest.raises(errors.WrongPassphrase):
            open_vault(vault_folder, keychain, clock, passphrase=f"wrong {count}")
    from recruitdesk.clock import ManualClock

    earlier = ManualClock(clock.now() - dt.timedelta(days=2))
    with pytest.raises(errors.UnlockDelayed) as delayed:
        open_vault(vault_folder, keychain, earlier, passphrase=PASSPHRASE)
    assert delayed.value.params["wait_seconds"] == 30
    earlier.advance(seconds=30)
    open_vault(vault_folder, keychain, earlier, passphrase=PASSPHRASE).close()


def test_the_recovery_key_opens_during_a_wait_and_asks_for_a_new_passphrase(locked, vault_folder, keychain, clock):
    _vault_id, key = locked
    for count in range(5):
        with pytest.raises((errors.WrongPassphrase, errors.UnlockDelayed)):
            open_vault(vault_folder, keychain, clock, passphrase=f"forgotten {count}")
    header_before = (vault_folder / paths.HEADER_FILE).read_bytes()
    vault = unlock_vault(vault_folder, clock, key, lambda: keychain)
    try:
        assert vault.new_passphrase_needed
        assert (vault_folder / paths.HEADER_FILE).read_bytes() == header_before, "a recovery unlock alone changes no slot"
        with pytest.raises(errors.PassphrasesDiffer):
            set_vault_passphrase(vault, "new secret words", "new secret word", lambda: keychain)
        with pytest.raises(errors.PassphraseTooShort):
            set_vault_passphrase(vault, "12345", "12345", lambda: keychain)
        set_vault_passphrase(vault, "new secret words", "new secret words", lambda: keychain)
        assert not vault.new_passphrase_needed
    finally:
        vault.close()
    with pytest.raises(errors.WrongPassphrase) as old:
        open_vault(vault_folder, keychain, clock, passphrase=PASSPHRASE)
    assert old.value.params["failures"] == 1, "setting a new passphrase cleared the count"
    open_vault(vault_folder, keychain, clock, passphrase="new secret words").close()


def test_a_typed_recovery_key_is_never_ignored(locked, vault_folder, keychain, clock):
    with pytest.raises(errors.MalformedRecoveryKey):
        unlock_vault(vault_folder, clock, "AAAA-BBBB-CCCC-DDDD", lambda: keychain)
    from recruitdesk.vault import recovery_key

    with pytest.raises(errors.WrongRecoveryKey):
        unlock_vault(vault_folder, clock, recovery_key.generate()[1], lambda: keychain)


def test_a_new_computer_recovers_and_sets_a_passphrase_with_a_new_device_key(locked, vault_folder, clock):
    vault_id, key = locked
    new_keychain = MemoryKeychain()
    with pytest.raises(errors.RecoveryKeyRequired):
        open_vault(vault_folder, new_keychain, clock, passphrase=PASSPHRASE)
    vault = open_vault(vault_folder, new_keychain, clock, recovery_key=key)
    assert vault.new_passphrase_needed
    set_vault_passphrase(vault, "second computer", "second computer", lambda: new_keychain)
    vault.close()
    assert new_keychain.load_device_key(vault_id) is not None
    with pytest.raises(errors.PassphraseRequired):
        open_vault(vault_folder, new_keychain, clock)
    open_vault(vault_folder, new_keychain, clock, passphrase="second computer").close()


def test_an_existing_vault_gets_a_passphrase_and_the_keychain_alone_stops_working(new_vault, vault_folder, keychain, clock):
    vault, _key = new_vault
    assert not vault.has_passphrase and not vault_has_passphrase(vault_folder)
    device_key = device_key_of(keychain, vault.vault_id)
    set_vault_passphrase(vault, "123456", "123456", lambda: keychain)  # a 6-digit PIN is accepted
    assert device_key_of(keychain, vault.vault_id) == device_key, "the keychain's own key is kept"
    vault.close()
    assert vault_has_passphrase(vault_folder)
    with pytest.raises(errors.PassphraseRequired):
        open_vault(vault_folder, keychain, clock)
    open_vault(vault_folder, keychain, clock, passphrase="123456").close()


def test_backups_keep_restoring_with_the_recovery_key_alone(locked, vault_folder, keychain, clock):
    _vault_id, key = locked
    vault = open_vault(vault_folder, keychain, clock, passphrase=PASSPHRASE)
    try:
        secrets = vault.backup_secrets()
    finally:
        vault.close()
    restored, header, _master = BackupSecrets.from_recovery_key(secrets.recovery_part, key)
    assert restored.database_key == secrets.database_key
    assert not header.has_passphrase, "a restored copy starts without a passphrase (offered at its next unlock)"


def test_no_passphrase_or_derived_key_is_written_in_clear(locked, vault_folder, keychain, clock):
    vault_id, _key = locked
    with pytest.raises(errors.WrongPassphrase):
        open_vault(vault_folder, keychain, clock, passphrase="wrong guess words")
    header = VaultHeader.read(vault_folder / paths.HEADER_FILE)
    from recruitdesk.vault.header import passphrase_wrapping_key

    wrap = passphrase_wrapping_key(PASSPHRASE, device_key_of(keychain, vault_id), header.passphrase.scrypt, vault_id)
    forbidden = [PASSPHRASE.encode(), b"wrong guess words", wrap, device_key_of(keychain, vault_id)]
    for path in vault_folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for secret in forbidden:
                assert secret not in data, f"{path.name} holds a secret in clear"
                assert base64.b64encode(secret) not in data, f"{path.name} holds a secret in base64"


def test_header_round_trip_and_bounds(locked, vault_folder):
    path = vault_folder / paths.HEADER_FILE
    header = VaultHeader.read(path)
    assert VaultHeader.from_bytes(header.to_bytes(), path) == header
    document = json.loads(path.read_text())
    document["slots"]["passphrase"]["kdf"]["n"] = 2**30  # an altered file asking for 1 TB of memory
    body = {k: v for k, v in document.items() if k != "checksum"}
    document["checksum"] = VaultHeader._checksum(body)
    with pytest.raises(errors.HeaderDamaged):
        VaultHeader.from_bytes(json.dumps(document).encode(), path)


def test_waiting_times_in_words_and_the_schedule():
    assert [delay_after(n) for n in range(1, 12)] == [0, 0, 30, 60, 120, 240, 480, 960, 1920, 3600, 3600]
    assert errors.waiting_time_text(30) == "30 seconds"
    assert errors.waiting_time_text(60) == "1 minute"
    assert errors.waiting_time_text(61) == "2 minutes"
    assert errors.waiting_time_text(3600) == "1 hour"
    assert AttemptRecord(3, dt.datetime(2026, 1, 1, 9, 0)).wait_seconds(dt.datetime(2026, 1, 1, 9, 0, 10)) == 20
    i18n.set_language("nl")
    assert errors.waiting_time_text(120) == "2 minuten"
    i18n.set_language("fr")
    assert errors.waiting_time_text(120) == "2 minutes"
    assert errors.UnlockDelayed(failures=3, wait_seconds=30).message().startswith("Trop de")


def test_a_vault_created_without_a_passphrase_opens_with_the_keychain_as_before(new_vault, vault_folder, keychain, clock):
    vault, _key = new_vault
    vault.close()
    assert not (vault_folder / ATTEMPTS_FILE).exists()
    reopened = Vault.open(vault_folder, keychain, clock, passphrase="ignored: the vault has none")
    assert not reopened.has_passphrase
    reopened.close()
