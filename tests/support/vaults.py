"""Helpers for tests that need a vault's internals (its database key, file paths)."""

from __future__ import annotations

from recruitdesk.vault import database
from recruitdesk.vault.vault import Vault


def database_key_of(vault: Vault) -> bytes:
    """The raw SQLCipher key of an open vault (tests only: proves what is on disk)."""
    return database.database_key(vault._master, vault.vault_id)
