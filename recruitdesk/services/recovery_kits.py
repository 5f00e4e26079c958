"""Saving the recovery kit from the first-run wizard, with file errors as typed errors."""

from __future__ import annotations

from pathlib import Path

from recruitdesk import recovery_kit
from recruitdesk.vault import files
from recruitdesk.vault.vault import Vault


def recovery_kit_text(vault: Vault, recovery_key: str) -> str:
    """The kit page for ``vault``, in the current language (what is saved and printed)."""
    return recovery_kit.render(recovery_key, vault.vault_id, str(vault.folder), vault.header.created)


def save_recovery_kit(path: Path, vault: Vault, recovery_key: str) -> None:
    """Write the kit to ``path``, readable by the owner only.

    Raises a ``VaultError`` (folder not writable, disk full, ...) instead of a bare ``OSError``,
    so the window can say what went wrong in one sentence.
    """
    path = Path(path)
    try:
        recovery_kit.save(path, recovery_kit_text(vault, recovery_key))
    except OSError as exc:
        raise files.os_error_to_vault_error(exc, path.parent) from exc
