"""The keys that writing, checking, restoring and scrubbing backups need, in one object.

Handed out by ``Vault.backup_secrets()`` (so services never touch the master key), or built
from a backup's key file and the recovery key when there is no vault left to ask.
"""

from __future__ import annotations

from dataclasses import dataclass

from recruitdesk.vault import database, recovery_key
from recruitdesk.vault.candidate_keys import CandidateKeys
from recruitdesk.vault.header import VaultHeader


@dataclass(frozen=True)
class BackupSecrets:
    vault_id: str
    database_key: bytes
    candidate_keys: CandidateKeys
    recovery_part: dict

    @classmethod
    def from_master(cls, header: VaultHeader, master: bytes) -> "BackupSecrets":
        return cls(header.vault_id, database.database_key(master, header.vault_id), CandidateKeys(master), header.recovery_part())

    @classmethod
    def from_recovery_key(cls, recovery_part: dict, recovery_key_text: str) -> tuple["BackupSecrets", VaultHeader, bytes]:
        """Open a backup's recovery part with the recovery key.

        Returns the secrets, the header rebuilt without a device slot, and the master key (for
        enrolling a new device key). Raises WrongRecoveryKey / MalformedRecoveryKey, or
        ValueError when the recovery part is malformed.
        """
        header = VaultHeader.from_recovery_part(recovery_part)
        master = header.unwrap_with_recovery_secret(recovery_key.parse(recovery_key_text))
        return cls.from_master(header, master), header, master
