"""Unlocking an existing vault the way the window does: keychain plus passphrase (or the keychain
alone while no passphrase is set), recovery key as fallback; and setting the passphrase.

The CLI does the same dance inline; the GUI needs it as one call it can run on a worker thread,
because building the system keychain and asking it for the device key can block for up to
``keychain.DEFAULT_TIMEOUT_SECONDS``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from recruitdesk import audit, errors, paths
from recruitdesk.clock import Clock
from recruitdesk.services.vault_access import open_vault, system_keychain
from recruitdesk.vault.header import VaultHeader
from recruitdesk.vault.keychain import Keychain
from recruitdesk.vault.vault import MIN_PASSPHRASE_LENGTH, Vault, check_passphrase_rules

# Errors that mean "this computer cannot unlock the vault by itself": the answer is the
# recovery key (or fixing the keychain), not a different folder or a backup.
__all__ = ["KEY_PROBLEMS", "MIN_PASSPHRASE_LENGTH", "is_key_problem", "set_vault_passphrase", "unlock_vault", "vault_has_passphrase"]

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
    errors.PassphraseRequired,
    errors.WrongPassphrase,
    errors.UnlockDelayed,
    errors.AttemptRecordTampered,
)


def is_key_problem(error: BaseException) -> bool:
    """True when asking the user for the recovery key can solve ``error``."""
    return isinstance(error, KEY_PROBLEMS)


def vault_has_passphrase(folder: Path) -> bool:
    """Whether the vault in ``folder`` asks for a passphrase (read from its key header; no
    secret needed). False when the header cannot be read: the unlock then says what is wrong."""
    try:
        return VaultHeader.read(Path(folder) / paths.HEADER_FILE).has_passphrase
    except errors.RecruitDeskError:
        return False


def set_vault_passphrase(vault: Vault, passphrase: str, repeated: str,
                         keychain_factory: Callable[[], Keychain] = system_keychain) -> None:
    """Set (or change) the passphrase of the open ``vault`` after checking the two typings match."""
    if passphrase != repeated:
        raise errors.PassphrasesDiffer()
    check_passphrase_rules(passphrase)
    vault.set_passphrase(keychain_factory(), passphrase)
    with vault.session() as session, session.begin():
        audit.record(session, vault.clock, "vault.passphrase_set")


def unlock_vault(
    folder: Path,
    clock: Clock,
    recovery_key: str | None = None,
    keychain_factory: Callable[[], Keychain] = system_keychain,
    passphrase: str | None = None,
) -> Vault:
    """Open ``folder`` with the keychain's device key (and ``passphrase`` when the vault has
    one), or with ``recovery_key`` when given.

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
    return open_vault(folder, keychain, clock, recovery_key, passphrase=passphrase or None)
