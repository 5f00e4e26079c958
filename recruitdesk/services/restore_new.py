"""Restoring a backup into a new, empty folder: the way back after a lost or broken computer.

Needs only the backup, its key file (written beside it) and the recovery key. The key file's
recovery part opens the master key; the database is unpacked and checked in a hidden staging
folder inside the target, a new device key is enrolled in this computer's keychain, and only
then are ``vault.db`` and ``vault.key`` moved into place. Candidates erased after the backup
was made (their keys are gone from the key file) are erased again, and the ledger is kept.
"""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from recruitdesk import errors, paths
from recruitdesk.clock import Clock
from recruitdesk.services.backups import check_backup_file, prepare_restored_database, read_key_file, require_backup_exists
from recruitdesk.services.vault_access import open_vault
from recruitdesk.vault import crypto, files
from recruitdesk.vault.backup_keys import key_file_for
from recruitdesk.vault.backup_secrets import BackupSecrets
from recruitdesk.vault.keychain import Keychain
from recruitdesk.vault.vault import Vault, vault_exists

STAGING_PREFIX = ".restoring-"


@dataclass(frozen=True)
class NewVaultRestore:
    vault: Vault
    erased_again: int
    device_key_enrolled: bool


def restore_into_new_folder(backup: Path, folder: Path, recovery_key_text: str, keychain: Keychain | None, clock: Clock) -> NewVaultRestore:
    """Create a vault in ``folder`` (new or empty of any vault) from ``backup``; returns it open.

    Without a usable keychain the vault is still restored; it then asks for the recovery key
    at every unlock until the keychain works.
    """
    backup = require_backup_exists(backup)
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise errors.NotAFolder(folder=str(folder))
    if vault_exists(folder):
        raise errors.VaultAlreadyExists(folder=str(folder))
    key_file = read_key_file(backup)
    if key_file is None:
        raise errors.BackupKeysMissing(file=str(backup), keys=str(key_file_for(backup)))
    try:
        secrets, header, master = BackupSecrets.from_recovery_key(key_file.recovery, recovery_key_text)
    except ValueError as exc:
        raise errors.BackupKeysDamaged(file=str(key_file_for(backup))) from exc
    check_backup_file(backup, secrets.database_key)

    created = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    files.check_writable_folder(folder)
    for leftover in folder.glob(f"{STAGING_PREFIX}*"):  # an interrupted earlier attempt
        shutil.rmtree(leftover, ignore_errors=True)
    staging = folder / f"{STAGING_PREFIX}{uuid.uuid4().hex[:8]}"
    staging.mkdir(mode=0o700)
    enrolled = False
    moved: list[Path] = []
    try:
        shutil.copyfile(backup, staging / paths.DATABASE_FILE)
        files.make_private(staging / paths.DATABASE_FILE)
        erased_again = prepare_restored_database(staging / paths.DATABASE_FILE, backup, secrets, key_file, [], clock.now())
        device_key = crypto.random_key()
        header.with_device_key(master, device_key).write(staging / paths.HEADER_FILE)
        if keychain is not None:
            try:
                keychain.store_device_key(header.vault_id, device_key)
                enrolled = True
            except errors.RecruitDeskError:
                enrolled = False
        for name in (paths.DATABASE_FILE, paths.HEADER_FILE):
            os.replace(staging / name, folder / name)
            moved.append(folder / name)
        shutil.rmtree(staging, ignore_errors=True)
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        for path in moved:
            path.unlink(missing_ok=True)
        if created:
            shutil.rmtree(folder, ignore_errors=True)
        if isinstance(exc, OSError):
            raise files.os_error_to_vault_error(exc, folder) from exc
        raise
    vault = open_vault(folder, keychain if enrolled else None, clock, None if enrolled else recovery_key_text)
    return NewVaultRestore(vault, erased_again, enrolled)
