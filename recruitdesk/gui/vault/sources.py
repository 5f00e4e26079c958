"""Where the window's vault comes from, so locking and unlocking work the same for every kind.

A real vault is reopened from its folder (keychain plus passphrase, recovery key as fallback);
the ``--demo`` vault lives in a temporary folder with an in-memory keychain and a public demo
passphrase, and is reopened through ``DemoVault.reopen``. The controller and the unlock dialog
call ``unlock``, ``has_passphrase``, ``set_passphrase`` and ``dispose``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Protocol

from recruitdesk.clock import Clock
from recruitdesk.demo import DemoVault
from recruitdesk.services.unlock import set_vault_passphrase, unlock_vault, vault_has_passphrase
from recruitdesk.services.vault_access import system_keychain
from recruitdesk.vault.keychain import Keychain
from recruitdesk.vault.vault import Vault


class VaultSource(Protocol):
    folder: Path
    is_demo: bool
    passphrase_hint: str  # shown on the lock screen: only the demo has one

    def unlock(self, recovery_key: str | None = None, passphrase: str | None = None) -> Vault:
        """Open the vault; may block (keychain, scrypt), so call it on a worker thread."""

    def has_passphrase(self) -> bool:
        """Whether unlocking needs the passphrase (read from the key header, no secret needed)."""

    def set_passphrase(self, vault: Vault, passphrase: str, repeated: str) -> None:
        """Set or change the open vault's passphrase (blocks: keychain, scrypt)."""

    def dispose(self) -> None:
        """Called once when the application quits, after the vault was closed."""


class FolderVaultSource:
    is_demo = False
    passphrase_hint = ""

    def __init__(self, folder: Path, clock: Clock, keychain_factory: Callable[[], Keychain] = system_keychain) -> None:
        self.folder = Path(folder)
        self._clock = clock
        self._keychain_factory = keychain_factory

    def unlock(self, recovery_key: str | None = None, passphrase: str | None = None) -> Vault:
        return unlock_vault(self.folder, self._clock, recovery_key, self._keychain_factory, passphrase=passphrase)

    def has_passphrase(self) -> bool:
        return vault_has_passphrase(self.folder)

    def set_passphrase(self, vault: Vault, passphrase: str, repeated: str) -> None:
        set_vault_passphrase(vault, passphrase, repeated, self._keychain_factory)

    def dispose(self) -> None:
        pass


class DemoVaultSource:
    """The throwaway demo vault: it locks like a real one, with the public demo passphrase shown
    on the lock screen; disposing deletes its folder."""

    is_demo = True

    def __init__(self, demo: DemoVault, clock: Clock) -> None:
        self.demo = demo
        self.passphrase_hint = demo.passphrase
        self.folder = demo.folder
        self._clock = clock

    def unlock(self, recovery_key: str | None = None, passphrase: str | None = None) -> Vault:
        return self.demo.reopen(self._clock, recovery_key, passphrase)

    def has_passphrase(self) -> bool:
        return vault_has_passphrase(self.demo.folder / "vault")

    def set_passphrase(self, vault: Vault, passphrase: str, repeated: str) -> None:
        set_vault_passphrase(vault, passphrase, repeated, lambda: self.demo.keychain)

    def dispose(self) -> None:
        self.demo.dispose()
