"""Recovery key format, key header, and per-candidate keys."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from recruitdesk import errors
from recruitdesk.vault import crypto, recovery_key
from recruitdesk.vault.candidate_keys import CandidateKeys
from recruitdesk.vault.header import VaultHeader


def test_recovery_key_format():
    secret, printable = recovery_key.generate()
    groups = printable.split("-")
    assert len(groups) == 9 and all(len(group) == 4 for group in groups)
    assert recovery_key.parse(printable) == secret


@given(st.binary(min_size=20, max_size=20))
def test_recovery_key_survives_the_ways_people_retype_it(secret):
    printable = recovery_key.format_key(secret)
    for typed in (printable.lower(), printable.replace("-", " "), f"  {printable}\n", printable.replace("O", "0").replace("I", "1")):
        assert recovery_key.parse(typed) == secret


@given(st.binary(min_size=20, max_size=20), st.integers(min_value=0, max_value=35), st.sampled_from("ABCDEFGHJKMNPQRSTUVWXYZ234567"))
@settings(max_examples=200)
def test_a_single_typo_is_caught_by_the_checksum_or_changes_nothing(secret, position, replacement):
    chars = list(recovery_key.format_key(secret).replace("-", ""))
    original = chars[position]
    chars[position] = replacement
    typed = "".join(chars)
    if replacement == original:
        assert recovery_key.parse(typed) == secret
    else:
        with pytest.raises(errors.MalformedRecoveryKey):
            recovery_key.parse(typed)


@pytest.mark.parametrize("text", ["", "ABCD", "x" * 36, "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH"])
def test_garbage_is_not_a_recovery_key(text):
    with pytest.raises(errors.MalformedRecoveryKey):
        recovery_key.parse(text)


def _header():
    master, device = crypto.random_key(), crypto.random_key()
    secret, _ = recovery_key.generate()
    return VaultHeader.create("vault-1", "2026-03-02T09:00:00+01:00", master, device, secret), master, device, secret


def test_header_round_trip_and_both_slots_open(tmp_path):
    header, master, device, secret = _header()
    header.write(tmp_path / "vault.key")
    loaded = VaultHeader.read(tmp_path / "vault.key")
    assert loaded == header
    assert loaded.unwrap_with_device_key(device) == master
    assert loaded.unwrap_with_recovery_secret(secret) == master


def test_wrong_keys_are_reported_as_wrong_keys():
    header, _, _, _ = _header()
    with pytest.raises(errors.DeviceKeyMismatch):
        header.unwrap_with_device_key(crypto.random_key())
    with pytest.raises(errors.WrongRecoveryKey):
        header.unwrap_with_recovery_secret(os.urandom(20))


def test_reenrolled_device_slot_keeps_the_recovery_slot():
    header, master, _, secret = _header()
    new_device = crypto.random_key()
    updated = header.with_device_key(master, new_device)
    assert updated.unwrap_with_device_key(new_device) == master
    assert updated.unwrap_with_recovery_secret(secret) == master


def test_slots_cannot_be_swapped_between_vaults():
    """Associated data binds a slot to its vault id: copying a slot from another vault fails."""
    header, master, device, _ = _header()
    other = VaultHeader.create("vault-2", header.created, master, device, os.urandom(20))
    forged = VaultHeader(header.vault_id, header.created, header.scrypt, other.device_slot, header.recovery_slot, header.key_check)
    with pytest.raises(errors.DeviceKeyMismatch):
        forged.unwrap_with_device_key(device)


@pytest.mark.parametrize("n, r, p", [(2**13, 8, 1), (2**21, 8, 1), (2**15 + 1, 8, 1), (2**15, 4, 1), (2**15, 8, 9)])
def test_kdf_parameters_outside_bounds_are_damage(tmp_path, n, r, p):
    header, _, _, _ = _header()
    document = json.loads(header.to_bytes())
    document.pop("checksum")
    document["kdf"].update(n=n, r=r, p=p)
    document["checksum"] = VaultHeader._checksum(document)
    path = tmp_path / "vault.key"
    path.write_text(json.dumps(document))
    with pytest.raises(errors.HeaderDamaged):
        VaultHeader.read(path)


@given(st.binary(max_size=2000))
def test_any_bytes_either_parse_or_raise_a_header_error(data):
    try:
        VaultHeader.from_bytes(data, Path("vault.key"))
    except (errors.HeaderDamaged, errors.HeaderEmpty, errors.HeaderUnsupported):
        pass


def test_oversized_header_is_not_read_whole(tmp_path):
    path = tmp_path / "vault.key"
    path.write_bytes(b"{" + b" " * (10 * 1024 * 1024))
    with pytest.raises(errors.HeaderDamaged):
        VaultHeader.read(path)


def test_candidate_fields_are_bound_to_candidate_and_field():
    keys = CandidateKeys(crypto.random_key())
    wrapped_a, wrapped_b = keys.new_wrapped_key("a"), keys.new_wrapped_key("b")
    sealed = keys.encrypt_text("a", wrapped_a, "cv_text", "Java, Gent")
    assert keys.decrypt_text("a", wrapped_a, "cv_text", sealed) == "Java, Gent"
    with pytest.raises(crypto.SealBroken):
        keys.decrypt_text("a", wrapped_a, "notes", sealed)
    with pytest.raises(crypto.SealBroken):
        keys.decrypt_text("b", wrapped_b, "cv_text", sealed)
    with pytest.raises(crypto.SealBroken):  # a wrapped key moved to another candidate does not unwrap
        keys.decrypt_text("b", wrapped_a, "cv_text", sealed)


def test_candidate_keys_differ_per_vault_master_key():
    wrapped = CandidateKeys(crypto.random_key()).new_wrapped_key("a")
    with pytest.raises(crypto.SealBroken):
        CandidateKeys(crypto.random_key()).encrypt_text("a", wrapped, "f", "x")
    assert CandidateKeys(b"k" * 32).identifier_hash("email", "a@b.be") != CandidateKeys(b"j" * 32).identifier_hash("email", "a@b.be")
