"""Unlocking an existing vault the way the window does: keychain first, recovery key as fallback.

The CLI does the same dance inline; the GUI needs it as one call it can run on a worker thread,
because building the system keychain and asking it for the device key can block for up to
``keychain.DEFAULT_TIMEOUT_SECONDS``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from recruitdesk import errors
from recruitdesk.clock import Clock
from recruitdesk.services.vault_access import open_vault, system_keychain
from recruitdesk.vault.keychain import Keychain
from recruitdesk.vault.vault import Vault

# Errors that mean "this computer cannot unlock the vault by itself": the answer is the
# recovery key (or fixing the keychain), not a different folder or a backup.
KEY_PROBLEMS: tuple[type[errors.RecruitDeskError], ...] = (
    errors.RecoveryKeyRequired,
    errors.DeviceKeyMismatch,
    errors.KeychainUnsafe,
    errors.KeychainTimeout,
    errors.KeychainUnavailable,
    errors.KeychainReadBackFailed,
    errors.WrongRecoveryKey,
    errors.MalformedRecoveryKey,
    errors.RecoveryKeyFileUnreadable,
)


def is_key_problem(error: BaseException) -> bool:
    """True when asking the user for the recovery key can solve ``error``."""
    return isinstance(error, KEY_PROBLEMS)


def unlock_vault(
    folder: Path,
    clock: Clock,
    recovery_key: str | None = None,
    keychain_factory: Callable[[], Keychain] = system_keychain,
) -> Vault:
    """Open ``folder`` with the keychain's device key, or with ``recovery_key`` when given.

    When the system keychain cannot be used at all (an unsafe backend, no Secret Service) a
    recovery-key unlock still works; the device key is then simply not re-enrolled. Without a
    recovery key the keychain's own error is raised, since it says what to fix.
    """
    recovery_key = (recovery_key or "").strip() or None
    try:
        keychain: Keychain | None = keychain_factory()
    except errors.RecruitDeskError:
        if recovery_key is None:
            raise
        keychain = None
    return open_vault(folder, keychain, clock, recovery_key)
