"""Against the real OS keychain: Secret Service (gnome-keyring) under dbus-run-session.

``dev.py test`` starts a throwaway, unlocked gnome-keyring and sets RECRUITDESK_TEST_KEYCHAIN.
Elsewhere these tests skip with a reason, except in CI, where a missing keychain is a failure.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.keychain

KEY_LINE = re.compile(r"^    ([A-Z2-7]{4}(?:-[A-Z2-7]{4}){8})$", re.M)


@pytest.fixture(scope="module", autouse=True)
def _real_keychain_present():
    if os.environ.get("RECRUITDESK_TEST_KEYCHAIN") == "secret-service":
        return
    if os.environ.get("CI"):
        pytest.fail("CI must run these tests against a real Secret Service (run them through dev.py test)")
    pytest.skip("no throwaway Secret Service keychain; run through `python3 dev.py test`")


@pytest.fixture
def system_keychain():
    from recruitdesk.vault.keychain import SystemKeychain

    keychain = SystemKeychain()
    assert keychain.describe() == "keyring.backends.SecretService.Keyring"
    return keychain


def test_device_key_round_trip_in_the_real_keychain(system_keychain):
    vault_id = str(uuid.uuid4())
    key = os.urandom(32)
    system_keychain.store_device_key(vault_id, key)
    try:
        assert system_keychain.load_device_key(vault_id) == key
    finally:
        system_keychain.delete_device_key(vault_id)
    assert system_keychain.load_device_key(vault_id) is None


def _cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "recruitdesk", *args], capture_output=True, text=True,
                          env=dict(os.environ, RECRUITDESK_LANG="en", **(env or {})), timeout=120)


def test_cli_end_to_end_with_keychain_loss_and_recovery(tmp_path: Path, system_keychain):
    folder = tmp_path / "vault"
    created = _cli("vault", "init", "--vault", str(folder), "--preset", "it1")
    assert created.returncode == 0, created.stderr
    recovery = KEY_LINE.findall(created.stdout)[0]
    vault_id = json.loads((folder / "vault.key").read_text())["vault_id"]
    try:
        assert system_keychain.load_device_key(vault_id) is not None
        info = _cli("vault", "info", "--vault", str(folder), "--json")
        assert info.returncode == 0, info.stderr
        assert json.loads(info.stdout)["policy"]["preset"] == "it1"

        # The keychain entry is lost (new machine, reset account).
        system_keychain.delete_device_key(vault_id)
        refused = _cli("vault", "info", "--vault", str(folder))
        assert refused.returncode == 2
        assert refused.stderr.strip().startswith("This computer's keychain has no key for this vault")

        key_file = tmp_path / "recovery.txt"
        key_file.write_text(recovery)
        recovered = _cli("vault", "info", "--vault", str(folder), "--json", "--recovery-key-file", str(key_file))
        assert recovered.returncode == 0, recovered.stderr
        # Re-enrolled: the device key is back in the keychain and opens the vault alone.
        assert system_keychain.load_device_key(vault_id) is not None
        again = _cli("vault", "info", "--vault", str(folder), "--json")
        assert again.returncode == 0, again.stderr
    finally:
        system_keychain.delete_device_key(vault_id)
