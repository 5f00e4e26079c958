"""Keychain safety: unsafe backends refused, reads verified, calls time out."""

from __future__ import annotations

import threading

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from recruitdesk import errors
from recruitdesk.vault.keychain import SystemKeychain, is_unsafe_backend


def _unregistered(cls):
    """Every KeyringBackend subclass registers itself with keyring globally; take test doubles
    back out so keyring's own choice (and the real-keychain tests) never sees them."""
    KeyringBackend._classes.discard(cls)
    return cls


@_unregistered
class _DictBackend(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.store = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@_unregistered
class _ForgetfulBackend(_DictBackend):
    def get_password(self, service, username):
        return "AAAA"  # valid base64, wrong key


@_unregistered
class _BlockingBackend(_DictBackend):
    def __init__(self):
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service, username):
        self.release.wait(30)
        return None


@_unregistered
class _BrokenBackend(_DictBackend):
    def get_password(self, service, username):
        raise RuntimeError("D-Bus went away with secret details in the message")


def _plaintext_backend():
    cls = _unregistered(type("PlaintextKeyring", (_DictBackend,), {"__module__": "keyrings.alt.file"}))
    return cls()


def _chain(*members):
    return _unregistered(type("ChainerBackend", (chainer.ChainerBackend,), {"backends": list(members)}))()


@pytest.mark.parametrize(
    "backend, name",
    [
        (fail.Keyring(), "keyring.backends.fail.Keyring"),
        (null.Keyring(), "keyring.backends.null.Keyring"),
        (_plaintext_backend(), "keyrings.alt.file.PlaintextKeyring"),
    ],
)
def test_unsafe_backends_are_refused_with_a_clear_message(backend, name):
    with pytest.raises(errors.KeychainUnsafe) as caught:
        SystemKeychain(backend=backend)
    assert caught.value.message() == (
        f'The system keychain backend "{name}" does not store secrets safely, so RecruitDesk will not use it. '
        "Install or unlock your system keychain (Windows Credential Locker, macOS Keychain, or a Secret Service "
        "such as GNOME Keyring or KWallet) and try again."
    )


def test_chainer_is_judged_by_its_members():
    def chain(*members):
        return _chain(*members)

    assert is_unsafe_backend(chain())
    assert is_unsafe_backend(chain(fail.Keyring(), null.Keyring()))
    assert not is_unsafe_backend(chain(null.Keyring(), _DictBackend()))


def test_a_chain_is_resolved_to_its_best_safe_member():
    from recruitdesk.vault.keychain import choose_backend

    safe = _DictBackend()
    plaintext = _plaintext_backend()
    assert choose_backend(_chain(plaintext, safe)) is safe
    with pytest.raises(errors.KeychainUnsafe):
        choose_backend(_chain(plaintext))


def test_store_load_delete_round_trip():
    keychain = SystemKeychain(backend=_DictBackend())
    key = bytes(range(32))
    assert keychain.load_device_key("v") is None
    keychain.store_device_key("v", key)
    assert keychain.load_device_key("v") == key
    keychain.delete_device_key("v")
    assert keychain.load_device_key("v") is None
    keychain.delete_device_key("v")  # deleting what is not there is fine


def test_a_key_that_does_not_read_back_is_not_trusted():
    with pytest.raises(errors.KeychainReadBackFailed):
        SystemKeychain(backend=_ForgetfulBackend()).store_device_key("v", bytes(32))


def test_garbage_under_our_name_counts_as_no_key():
    backend = _DictBackend()
    backend.set_password("RecruitDesk", "vault-v", "not base64 !!")
    assert SystemKeychain(backend=backend).load_device_key("v") is None


def test_a_hanging_keychain_times_out():
    backend = _BlockingBackend()
    try:
        with pytest.raises(errors.KeychainTimeout) as caught:
            SystemKeychain(timeout=0.2, backend=backend).load_device_key("v")
        assert caught.value.message().startswith("The system keychain did not answer within 0 seconds.")
    finally:
        backend.release.set()


def test_backend_errors_become_a_message_without_their_details():
    with pytest.raises(errors.KeychainUnavailable) as caught:
        SystemKeychain(backend=_BrokenBackend()).load_device_key("v")
    assert caught.value.message() == (
        "The system keychain could not be used (RuntimeError). Unlock it and try again, or use your recovery key."
    )
