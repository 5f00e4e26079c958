"""Creating and unlocking vaults the way users do: keychain (plus the passphrase once one is
set) first, recovery key as fallback."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.orm import Session

from recruitdesk import audit, errors, settings
from recruitdesk.clock import Clock
from recruitdesk.retention.presets import get_preset
from recruitdesk.services.countdown import countdown_basis
from recruitdesk.services.retention import install_policy
from recruitdesk.vault.candidate_keys import CandidateKeys
from recruitdesk.vault.keychain import Keychain, SystemKeychain
from recruitdesk.vault.vault import Vault

RECOVERY_KEY_ENV = "RECRUITDESK_RECOVERY_KEY"
PASSPHRASE_ENV = "RECRUITDESK_PASSPHRASE"
MAX_RECOVERY_KEY_FILE_BYTES = 4096


def system_keychain() -> Keychain:
    return SystemKeychain()


def recovery_key_from(file: str | os.PathLike[str] | None) -> str | None:
    """The recovery key for a headless unlock: ``--recovery-key-file``, else the environment."""
    if file:
        try:
            with open(file, "rb") as handle:
                data = handle.read(MAX_RECOVERY_KEY_FILE_BYTES + 1)
            if len(data) > MAX_RECOVERY_KEY_FILE_BYTES:
                raise ValueError("too large")
            text = data.decode("utf-8")
        except (OSError, ValueError) as exc:
            raise errors.RecoveryKeyFileUnreadable(file=str(file)) from exc
        return _key_line(text)
    value = os.environ.get(RECOVERY_KEY_ENV)
    return value.strip() if value else None


def _key_line(text: str) -> str:
    """Accept a bare key or a saved recovery kit: use the line that holds the key."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines:
        if line.count("-") == 8 and len(line.replace("-", "")) == 36:
            return line
    return lines[0] if lines else ""


def passphrase_from_environment() -> str | None:
    """The passphrase a script gives in RECRUITDESK_PASSPHRASE, if any."""
    return os.environ.get(PASSPHRASE_ENV) or None


def create_vault(folder: Path, keychain: Keychain, clock: Clock, preset: str = "nl-ap", seed=None,
                 passphrase: str | None = None) -> tuple[Vault, str]:
    """Create a vault with ``preset`` as its retention policy; ``seed(session, keys)`` may add data.
    With ``passphrase`` it opens only with the passphrase together with this computer's keychain."""
    get_preset(preset)

    def initialise(session: Session, keys: CandidateKeys) -> None:
        audit.record(session, clock, "vault.created", preset=preset)
        install_policy(session, clock, get_preset(preset).policy, preset)
        session.flush()
        settings.put(session, "retention_computed_for", countdown_basis(session))  # nobody to recompute yet
        settings.put(session, "search_index_stale", False)  # a new vault's index is built as candidates come
        if passphrase is not None:
            audit.record(session, clock, "vault.passphrase_set")
        if seed is not None:
            seed(session, keys)

    return Vault.create(folder, keychain, clock, initialise=initialise, passphrase=passphrase)


def open_vault(folder: Path, keychain: Keychain | None, clock: Clock, recovery_key: str | None = None,
               passphrase: str | None = None) -> Vault:
    vault = Vault.open(folder, keychain, clock, recovery_key_text=recovery_key, passphrase=passphrase)
    try:
        finish_unlock_work(vault)
    except BaseException:
        vault.close()
        raise
    with vault.session() as session, session.begin():
        method = "recovery_key" if recovery_key else ("passphrase" if vault.has_passphrase else "keychain")
        audit.record(session, clock, "vault.unlocked", method=method)
    return vault


def finish_unlock_work(vault: Vault) -> None:
    """Before anything else: finish erasures an interruption left in backups, then rebuild the
    search index if a migration or restore left it stale."""
    from recruitdesk.services.key_erasure import finish_pending_erasures
    from recruitdesk.services.search_rebuild import rebuild_if_stale

    finish_pending_erasures(vault)
    rebuild_if_stale(vault)  # in short batches, resumable; the vault is handed out only once it is whole
