"""Erasure that reaches backups: key files first in importance, backup databases as well.

Crypto-erasure: a backup's database holds a candidate's data only under that candidate's key,
and the key only in the backup's key file (see vault.backup_keys). ``erase_from_backups``
rewrites every known key file without the erased candidates' keys, so any copy of a backup
database, wherever it went, no longer meets their key. As a second layer the candidates are
also deleted from every backup database the app knows, with the same routine that erases
them from the vault (store.candidate_removal).

Crash safety: the vault's own erasure commits first (candidate gone, ledger entry written);
backups are handled after. ``finish_pending_erasures`` runs at every unlock before anything
else: it folds the vault's WAL, deletes leftovers of interrupted backups, and repeats the
backup work for every ledger uid that a key file or a backup database still holds. A backup
database is scrubbed before its key file is rewritten, so a key file still naming an erased
uid always means work is pending.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import select, text

from recruitdesk import errors
from recruitdesk.services.backups import backup_folders, backup_session, list_backups, remove_partials
from recruitdesk.services.maintenance import finish_index_purge
from recruitdesk.store import candidate_removal
from recruitdesk.store.models import ErasureLedgerEntry
from recruitdesk.vault import database
from recruitdesk.vault.backup_keys import BackupKeyFile, key_file_for
from recruitdesk.vault.backup_secrets import BackupSecrets
from recruitdesk.vault.vault import Vault

log = logging.getLogger(__name__)


def erase_from_backups(vault: Vault, erased: list[dict]) -> int:
    """Remove these candidates (each {"uid", "erased_at", "reason"}) from every known backup:
    their rows from the database, then their keys from the key file. Returns how many backups
    changed. Backups that cannot be opened (another vault's, damaged) are skipped."""
    if not erased:
        return 0
    secrets = vault.backup_secrets()
    uids = {entry["uid"] for entry in erased}
    changed = 0
    for backup in list_backups(vault):
        key_path = key_file_for(backup)
        key_file = _key_file(key_path)
        if key_path.exists() and key_file is None:
            continue  # damaged, or another vault's: it cannot give out our keys
        if key_file is not None and key_file.vault_id != vault.vault_id:
            continue
        scrubbed = _scrub_database(backup, secrets, uids)
        if key_file is not None and (uids & key_file.candidate_keys.keys() or not uids <= {e["uid"] for e in key_file.erased}):
            key_file.without(erased).write(key_path)
            scrubbed = True
        changed += scrubbed
    return changed


def finish_pending_erasures(vault: Vault) -> int:
    """Complete erasures an interruption left unfinished; returns how many backups changed."""
    finish_index_purge(vault)  # a bulk erasure's delete markers: merge them away first
    database.checkpoint(vault.engine)
    for folder in (vault.folder, *backup_folders(vault)):  # the vault folder: an interrupted restore's copy
        remove_partials(folder)
    with vault.session() as session:
        ledger = [dict(uid=e.candidate_uid, erased_at=e.erased_at.isoformat(), reason=e.reason) for e in session.scalars(select(ErasureLedgerEntry))]
    if not ledger:
        return 0
    by_uid = {entry["uid"]: entry for entry in ledger}
    secrets = vault.backup_secrets()
    pending: dict[str, dict] = {}
    for backup in list_backups(vault):
        key_file = _key_file(key_file_for(backup))
        if key_file is not None:
            if key_file.vault_id != vault.vault_id:
                continue
            held = key_file.candidate_keys.keys() & by_uid.keys()
        else:
            held = _uids_in(backup, secrets) & by_uid.keys()
        pending.update({uid: by_uid[uid] for uid in held})
    if not pending:
        return 0
    log.info("finishing %d interrupted erasures in backups", len(pending))
    return erase_from_backups(vault, list(pending.values()))


def _key_file(path: Path) -> BackupKeyFile | None:
    if not path.exists():
        return None
    try:
        return BackupKeyFile.read(path)
    except errors.RecruitDeskError:
        log.warning("a backup key file could not be read and was skipped")
        return None


def _uids_in(backup: Path, secrets: BackupSecrets) -> set[str]:
    try:
        with backup_session(backup, secrets.database_key) as session:
            return set(session.execute(text("SELECT uid FROM candidates")).scalars())
    except Exception:  # another vault's backup, or a damaged file: nothing of ours is readable in it
        return set()


def _scrub_database(backup: Path, secrets: BackupSecrets, uids: set[str]) -> bool:
    """Delete these candidates from one backup database with the shared erasure routine."""
    try:
        database.check_existing_file(backup)
        with backup_session(backup, secrets.database_key) as session, session.begin():
            removed = candidate_removal.remove_candidates_by_uid(session, uids)
    except Exception:  # another vault's backup, or a damaged file: it cannot hold our candidates readably
        log.warning("a backup file could not be opened for scrubbing and was skipped")
        return False
    return bool(removed)
