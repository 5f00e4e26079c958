"""Where the window's vault comes from, so locking and unlocking work the same for every kind.

A real vault is reopened from its folder (keychain first, recovery key as fallback); the
``--demo`` vault lives in a temporary folder with an in-memory keychain and is reopened through
``DemoVault.reopen``. The controller only ever calls ``unlock`` and ``dispose``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Protocol

from recruitdesk.clock import Clock
from recruitdesk.demo import DemoVault
from recruitdesk.services.unlock import unlock_vault
from recruitdesk.services.vault_access import system_keychain
from recruitdesk.vault.keychain import Keychain
from recruitdesk.vault.vault import Vault


class VaultSource(Protocol):
    folder: Path
    is_demo: bool

    def unlock(self, recovery_key: str | None) -> Vault:
        """Open the vault; may block (keychain, scrypt), so call it on a worker thread."""

    def dispose(self) -> None:
        """Called once when the application quits, after the vault was closed."""


class FolderVaultSource:
    is_demo = False

    def __init__(self, folder: Path, clock: Clock, keychain_factory: Callable[[], Keychain] = system_keychain) -> None:
        self.folder = Path(folder)
        self._clock = clock
        self._keychain_factory = keychain_factory

    def unlock(self, recovery_key: str | None) -> Vault:
        return unlock_vault(self.folder, self._clock, recovery_key, self._keychain_factory)

    def dispose(self) -> None:
        pass


class DemoVaultSource:
    """The throwaway demo vault: unlocking needs no key; disposing deletes its folder."""

    is_demo = True

    def __init__(self, demo: DemoVault, clock: Clock) -> None:
        self.demo = demo
        self.folder = demo.folder
        self._clock = clock

    def unlock(self, recovery_key: str | None) -> Vault:
        return self.demo.reopen(self._clock)

    def dispose(self) -> None:
        self.demo.dispose()
