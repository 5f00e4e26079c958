"""Encrypted backups, restore, and keeping erased candidates erased in both.

A backup is an encrypted copy of the database made with sqlcipher_export under the same
database key, so it restores into the same vault only (the key header is not copied: it holds
nothing a backup needs, and a lost header is recovered by the recovery key).

Erasure reaches backups twice over: ``scrub_backups`` deletes erased candidates from every
backup file the app knows (so "deleted" means gone from the app's own backups too), and
``restore_backup`` re-applies the erasure ledger of the vault being replaced, so a backup made
elsewhere or missed by scrubbing cannot bring anyone back.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, text

from recruitdesk import audit, errors, logs, paths, settings
from recruitdesk.store import search_index
from recruitdesk.store.models import Candidate, ErasureLedgerEntry, SuppressionEntry
from recruitdesk.vault import database, files
from recruitdesk.vault.vault import Vault

BACKUP_SUFFIX = ".rdbackup"
MIGRATION_BACKUP_SUFFIX = ".rdvault"
AUTOMATIC_KEEP = 10  # automatic backups kept per folder; older ones are deleted
STAMP_FORMAT = "%Y%m%d-%H%M%S"

log = logging.getLogger(__name__)


def backup_folders(vault: Vault) -> list[Path]:
    folders = [vault.folder / paths.BACKUP_FOLDER]
    with vault.session() as session:
        configured = settings.get(session, "backup_folder")
    if configured:
        folders.append(Path(configured))
    return folders


def list_backups(vault: Vault) -> list[Path]:
    """Every backup file of this vault the app knows, oldest first."""
    found = []
    for folder in backup_folders(vault):
        if folder.is_dir():
            found += [p for p in folder.iterdir() if p.suffix in (BACKUP_SUFFIX, MIGRATION_BACKUP_SUFFIX) and p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime)


def make_backup(vault: Vault, folder: Path | None = None, automatic: bool = False) -> Path:
    """An encrypted backup in ``folder`` (default: the configured backup folder, else the
    vault's own). Automatic backups are named ``recruitdesk-<vault>-auto-<time>`` so that only
    they are ever pruned."""
    folder = Path(folder) if folder else backup_folders(vault)[-1]
    kind = "auto-" if automatic else ""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = _unused(folder / f"recruitdesk-{vault.vault_id[:8]}-{kind}{vault.clock.now():{STAMP_FORMAT}}{BACKUP_SUFFIX}")
        vault.backup_to(target)
    except OSError as exc:
        raise files.os_error_to_vault_error(exc, folder) from exc
    with vault.session() as session, session.begin():
        if automatic:
            audit.record(session, vault.clock, "backup.made", automatic=True)
        else:
            audit.record(session, vault.clock, "backup.made")
    return target


def _name_pattern(vault: Vault) -> re.Pattern[str]:
    return re.compile(
        rf"^recruitdesk-{re.escape(vault.vault_id[:8])}-(?P<auto>auto-)?(?P<stamp>\d{{8}}-\d{{6}})(?:-\d+)?{re.escape(BACKUP_SUFFIX)}$"
    )


def _made_at(pattern: re.Pattern[str], path: Path) -> tuple[dt.datetime, bool] | None:
    """When a backup of this vault was made (by the vault's clock, from its name), and whether
    it was automatic; None for any other file."""
    match = pattern.match(path.name)
    if match is None:
        return None
    try:
        return dt.datetime.strptime(match["stamp"], STAMP_FORMAT), bool(match["auto"])
    except ValueError:
        return None


def last_backup_at(vault: Vault) -> dt.datetime | None:
    """When the newest backup of this vault in any backup folder was made (local time, naive)."""
    pattern = _name_pattern(vault)
    times = [made[0] for path in list_backups(vault) if (made := _made_at(pattern, path))]
    return max(times, default=None)


def prune_automatic_backups(vault: Vault, keep: int = AUTOMATIC_KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups in each backup folder; backups made
    by hand are never touched. Returns the files deleted."""
    pattern = _name_pattern(vault)
    deleted = []
    for folder in backup_folders(vault):
        if not folder.is_dir():
            continue
        automatic = []
        for path in folder.iterdir():
            made = _made_at(pattern, path)
            if made and made[1] and path.is_file():
                automatic.append((made[0], path.name, path))
        automatic.sort(reverse=True)
        for _made, _name, path in automatic[keep:]:
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise files.os_error_to_vault_error(exc, folder) from exc
            deleted.append(path)
    return deleted


def backup_if_due(vault: Vault) -> Path | None:
    """Make an automatic backup when the newest backup is ``backup_interval_days`` old or more
    by the vault's clock (or there is none), then keep only the newest automatic ones.
    Returns the new backup, or None when none was due or automatic backups are off (0 days)."""
    with vault.session() as session:
        interval = settings.get(session, "backup_interval_days")
    if interval <= 0:
        return None
    now = vault.clock.now().replace(tzinfo=None)
    newest = last_backup_at(vault)
    if newest is not None and now - newest < dt.timedelta(days=interval):
        return None
    target = make_backup(vault, automatic=True)
    prune_automatic_backups(vault)
    log.info("automatic backup made")
    return target


def scrub_backups(vault: Vault, candidate_uids: list[str]) -> int:
    """Delete these candidates from every known backup file; returns how many files changed."""
    if not candidate_uids:
        return 0
    key = database.database_key(vault._master, vault.vault_id)
    changed = 0
    for backup in list_backups(vault):
        try:
            connection = database.connect(backup, key)
        except Exception:  # another vault's backup, or a damaged file: it cannot hold our candidates readably
            logs.log.warning("a backup file could not be opened for scrubbing and was skipped")
            continue
        try:
            placeholders = ",".join("?" for _ in candidate_uids)
            ids = [row[0] for row in connection.execute(f"SELECT id FROM candidates WHERE uid IN ({placeholders})", candidate_uids)]
            if not ids:
                continue
            has_index = connection.execute("SELECT count(*) FROM sqlite_master WHERE name = ?", (search_index.TABLE,)).fetchone()[0]
            connection.execute("BEGIN")
            for candidate_id in ids:
                if has_index:
                    connection.execute(f"DELETE FROM {search_index.TABLE} WHERE rowid = ?", (candidate_id,))
                connection.execute("DELETE FROM candidates WHERE id = ?", (candidate_id,))
            connection.execute("COMMIT")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            changed += 1
        finally:
            connection.close()
    return changed


@dataclass(frozen=True)
class RestoreReport:
    vault: Vault
    erased_again: int
    safety_copy: Path


def restore_backup(vault: Vault, backup: Path) -> RestoreReport:
    """Replace the vault's database with ``backup``; returns the reopened vault.

    The current database is first copied aside (``before-restore-*``), so a restore can be
    undone. Candidates named in the current erasure ledger are erased again after the restore,
    and the current ledger and suppression list are carried over.
    """
    backup = Path(backup)
    key = database.database_key(vault._master, vault.vault_id)
    database.check_existing_file(backup)
    database.verify_integrity(backup, key)
    with vault.session() as session:
        ledger = [(e.candidate_uid, e.erased_at, e.reason, e.rights_request_id) for e in session.scalars(select(ErasureLedgerEntry))]
        suppressed = [(s.identifier_hash, s.kind, s.reason, s.added_at) for s in session.scalars(select(SuppressionEntry))]
    safety_copy = _unused(vault.folder / paths.BACKUP_FOLDER / f"before-restore-{vault.clock.now():%Y%m%d-%H%M%S}{BACKUP_SUFFIX}")
    safety_copy.parent.mkdir(exist_ok=True, mode=0o700)
    vault.backup_to(safety_copy)

    folder, header, master, clock = vault.folder, vault.header, vault._master, vault.clock
    vault.close()
    database_path = folder / paths.DATABASE_FILE
    for suffix in ("-wal", "-shm"):
        Path(str(database_path) + suffix).unlink(missing_ok=True)
    shutil.copyfile(backup, database_path)
    files.make_private(database_path)
    restored = Vault._open_unlocked(folder, header, master, clock)

    erased_uids = {uid for uid, *_ in ledger}
    erased_again = 0
    with restored.session() as session, session.begin():
        for candidate in session.scalars(select(Candidate).where(Candidate.uid.in_(erased_uids))):
            search_index.remove_candidate(session, candidate.id)
            session.delete(candidate)
            erased_again += 1
        known = set(session.scalars(select(ErasureLedgerEntry.candidate_uid)))
        for uid, erased_at, reason, request_id in ledger:
            if uid not in known:
                session.add(ErasureLedgerEntry(candidate_uid=uid, erased_at=erased_at, reason=reason, rights_request_id=request_id))
        known_hashes = set(session.scalars(select(SuppressionEntry.identifier_hash)))
        for identifier_hash, kind, reason, added_at in suppressed:
            if identifier_hash not in known_hashes:
                session.add(SuppressionEntry(identifier_hash=identifier_hash, kind=kind, reason=reason, added_at=added_at))
        audit.record(session, clock, "backup.restored", erased_again=erased_again)
    with restored.engine.connect() as connection:
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    return RestoreReport(restored, erased_again, safety_copy)


def _unused(path: Path) -> Path:
    """``path``, or ``name-2``, ``name-3``... so a backup never overwrites another."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def require_backup_exists(path: Path) -> Path:
    if not Path(path).is_file():
        raise errors.BackupNotFound(file=str(path))
    return Path(path)
