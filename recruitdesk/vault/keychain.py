"""The device key in the OS keychain.

The device slot of the key header opens with a random key kept in the OS keychain (macOS
Keychain, Windows Credential Locker, Secret Service on Linux), so a recruiter on their own
machine never types a password. Rules from DESIGN.md section 4:

* refuse backends that do not really keep secrets (null, fail, plaintext files) and say why;
* read a key back after storing it before trusting it;
* never let a keychain call hang the app: every call has a timeout.

``MemoryKeychain`` serves unit tests and the throwaway ``--demo`` vault.
"""

from __future__ import annotations

import base64
import binascii
import threading
from typing import Callable, Protocol, TypeVar, cast

from recruitdesk import errors

SERVICE = "RecruitDesk"
DEFAULT_TIMEOUT_SECONDS = 20.0
T = TypeVar("T")


def _account(vault_id: str) -> str:
    return f"vault-{vault_id}"


class Keychain(Protocol):
    def load_device_key(self, vault_id: str) -> bytes | None:
        """The stored device key, or None when this machine has none for the vault."""

    def store_device_key(self, vault_id: str, key: bytes) -> None:
        """Store the key and prove it can be read back."""

    def delete_device_key(self, vault_id: str) -> None:
        ...

    def describe(self) -> str:
        ...


class MemoryKeychain:
    """Keeps device keys in this process only."""

    def __init__(self) -> None:
        self._keys: dict[str, bytes] = {}

    def load_device_key(self, vault_id: str) -> bytes | None:
        return self._keys.get(vault_id)

    def store_device_key(self, vault_id: str, key: bytes) -> None:
        self._keys[vault_id] = bytes(key)

    def delete_device_key(self, vault_id: str) -> None:
        self._keys.pop(vault_id, None)

    def describe(self) -> str:
        return "memory"


_UNSAFE_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def is_unsafe_backend(backend: object) -> bool:
    """True for backends that only pretend to keep secrets, or keep them in plain files."""
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        children = list(backend.backends)
        return not children or all(is_unsafe_backend(child) for child in children)
    name = backend_name(backend)
    return name.startswith(_UNSAFE_MODULE_PREFIXES) or "plaintext" in name.lower()


class PasswordStore(Protocol):
    """What this module uses of a keyring backend (every ``keyring`` backend has these)."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


def choose_backend(backend: object) -> PasswordStore:
    """The backend to keep device keys in, refusing unsafe ones.

    keyring hands out a ChainerBackend when several backends are installed; it writes to the
    highest-priority member, which could be a plaintext file store. So a chain is resolved to
    its best safe member, and unsafe members are never used.
    """
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        safe = [child for child in backend.backends if not is_unsafe_backend(child)]
        if not safe:
            raise errors.KeychainUnsafe(backend=backend_name(backend))
        return cast(PasswordStore, safe[0])  # a keyring backend
    if is_unsafe_backend(backend):
        raise errors.KeychainUnsafe(backend=backend_name(backend))
    return cast(PasswordStore, backend)  # a keyring backend


class SystemKeychain:
    """The OS keychain through the ``keyring`` library, with safety checks and timeouts."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT_SECONDS, backend: object | None = None) -> None:
        import keyring

        self._keyring = keyring
        self._backend = choose_backend(backend if backend is not None else keyring.get_keyring())
        self.timeout = timeout

    def describe(self) -> str:
        return backend_name(self._backend)

    def _call(self, action: Callable[[], T]) -> T:
        """Run one keychain call in a helper thread and give up after ``timeout`` seconds.

        A keychain may block on a password prompt or a dead D-Bus; the daemon thread is left
        behind rather than freezing the window.
        """
        outcome: dict[str, object] = {}

        def run() -> None:
            try:
                outcome["value"] = action()
            except BaseException as exc:  # handed back to the caller below
                outcome["error"] = exc

        worker = threading.Thread(target=run, name="keychain-call", daemon=True)
        worker.start()
        worker.join(self.timeout)
        if worker.is_alive():
            raise errors.KeychainTimeout(seconds=int(self.timeout))
        if "error" in outcome:
            exc = outcome["error"]
            if isinstance(exc, errors.RecruitDeskError):
                raise exc
            raise errors.KeychainUnavailable(reason=type(exc).__name__) from exc  # type: ignore[misc]
        return outcome.get("value")  # type: ignore[return-value]

    def load_device_key(self, vault_id: str) -> bytes | None:
        stored = self._call(lambda: self._backend.get_password(SERVICE, _account(vault_id)))
        if stored is None:
            return None
        try:
            key = base64.b64decode(stored, validate=True)
        except (binascii.Error, ValueError):
            return None  # something else sits under our name; treat as no key
        return key if len(key) == 32 else None

    def store_device_key(self, vault_id: str, key: bytes) -> None:
        encoded = base64.b64encode(key).decode("ascii")
        self._call(lambda: self._backend.set_password(SERVICE, _account(vault_id), encoded))
        if self.load_device_key(vault_id) != key:
            raise errors.KeychainReadBackFailed()

    def delete_device_key(self, vault_id: str) -> None:
        def delete() -> None:
            try:
                self._backend.delete_password(SERVICE, _account(vault_id))
            except self._keyring.errors.PasswordDeleteError:
                pass

        self._call(delete)
