"""Encrypted backups that a firm can restore with the recovery key alone, and restore.

A backup is two files: ``NAME.rdbackup``, a SQLCipher copy of the database packed so that it
holds no readable personal data and no candidate key (services.backup_format), and
``NAME.rdkeys``, its key file (vault.backup_keys): the candidate keys, the vault id, the
schema version and the master key wrapped under the recovery key. Together they restore into
the same vault (``restore_backup``) or into a new, empty folder on another computer
(services.restore_new). Erasure rewrites every key file it knows (services.key_erasure).

Writing is all-or-nothing: the copy is made under a hidden temporary name, packed, checked
(it opens, passes the integrity check, and holds as many candidates as keys), fsynced, and only
then are the key file and the database renamed into place, in that order. Temporary files are
never listed or restored; leftovers of an interrupted backup are deleted at the next unlock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from recruitdesk import audit, errors, paths, settings
from recruitdesk.services import backup_format
from recruitdesk.services.search_rebuild import rebuild_if_stale, rebuild_search_index
from recruitdesk.store import candidate_removal, migrate
from recruitdesk.store.models import ErasureLedgerEntry, SuppressionEntry, SuppressionKey
from recruitdesk.vault import database, files
from recruitdesk.vault.backup_keys import SUFFIX as KEY_SUFFIX
from recruitdesk.vault.backup_keys import BackupKeyFile, key_file_for
from recruitdesk.vault.backup_secrets import BackupSecrets
from recruitdesk.vault.vault import Vault

BACKUP_SUFFIX = ".rdbackup"
MIGRATION_BACKUP_SUFFIX = ".rdvault"
PARTIAL_PREFIX = ".partial-"  # a backup being written; never listed, deleted when left over
AUTOMATIC_KEEP = 10  # automatic backups kept per folder; older ones are deleted
STAMP_FORMAT = "%Y%m%d-%H%M%S"

log = logging.getLogger(__name__)


def backup_folders(vault: Vault) -> list[Path]:
    """Every folder this vault's backups may be in: every folder a backup was written to
    (``backup --out``), its own ``backups``, and last the default target for new backups (the
    configured folder, else its own)."""
    own = vault.folder / paths.BACKUP_FOLDER
    with vault.session() as session:
        configured = settings.get(session, "backup_folder")
        places = settings.get(session, "backup_places")
    folders = [*(Path(p) for p in places if isinstance(p, str)), own]
    if configured:
        folders.append(Path(configured))
    unique: dict[Path, None] = {}
    for folder in folders:
        unique.pop(folder, None)
        unique[folder] = None
    return list(unique)


def default_backup_folder(vault: Vault) -> Path:
    with vault.session() as session:
        configured = settings.get(session, "backup_folder")
    return Path(configured) if configured else vault.folder / paths.BACKUP_FOLDER


def list_backups(vault: Vault) -> list[Path]:
    """Every finished backup file of this vault the app knows, oldest first (never a temporary
    file of a backup being written)."""
    found = []
    for folder in backup_folders(vault):
        if folder.is_dir():
            found += [
                p for p in folder.iterdir()
                if p.suffix in (BACKUP_SUFFIX, MIGRATION_BACKUP_SUFFIX) and not p.name.startswith(".") and p.is_file()
            ]
    return sorted(found, key=lambda p: p.stat().st_mtime)


def remember_backup_folder(vault: Vault, folder: Path) -> None:
    """Keep every folder a backup went to, so erasure finds its key files again."""
    folder = Path(folder).absolute()
    if folder in backup_folders(vault):
        return
    with vault.session() as session, session.begin():
        places = [p for p in settings.get(session, "backup_places") if isinstance(p, str)]
        settings.put(session, "backup_places", [*places, str(folder)])


def make_backup(vault: Vault, folder: Path | None = None, automatic: bool = False, name: str | None = None) -> Path:
    """An encrypted backup in ``folder`` (default: the configured backup folder, else the
    vault's own). Automatic backups are named ``recruitdesk-<vault>-auto-<time>`` so that only
    they are ever pruned. Returns the backup's path; its key file is beside it."""
    folder = Path(folder) if folder else default_backup_folder(vault)
    vault.integrity.require_intact()  # never copy damaged pages over a good backup's place
    kind = "auto-" if automatic else ""
    try:
        with vault.backup_lock:  # one at a time: remove_partials would delete another backup's file in progress
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            remember_backup_folder(vault, folder)
            remove_partials(folder)
            stem = name or f"recruitdesk-{vault.vault_id[:8]}-{kind}{vault.clock.now():{STAMP_FORMAT}}"
            target = _unused(folder / f"{stem}{BACKUP_SUFFIX}")
            write_backup(vault, target)
    except OSError as exc:
        raise files.os_error_to_vault_error(exc, folder) from exc
    with vault.session() as session, session.begin():
        if automatic:
            audit.record(session, vault.clock, "backup.made", automatic=True)
        else:
            audit.record(session, vault.clock, "backup.made")
    return target


def write_backup(vault: Vault, target: Path) -> None:
    """Copy, pack, check, fsync, then rename the key file and the database into place."""
    secrets = vault.backup_secrets()
    partial = target.with_name(f"{PARTIAL_PREFIX}{uuid.uuid4().hex[:8]}-{target.name}.tmp")
    key_file = key_file_for(target)
    renamed_keys = False
    try:
        vault.backup_to(partial)
        backup_id = str(uuid.uuid4())
        with backup_session(partial, secrets.database_key) as session, session.begin():
            expected = backup_format.candidate_count(session)
            wrapped_keys = backup_format.pack(session, secrets.candidate_keys, backup_id)
        _check(partial, secrets, expected, len(wrapped_keys))
        _fsync(partial)
        schema = migrate.current_revision(vault.engine) or ""
        BackupKeyFile(backup_id, schema, secrets.recovery_part, wrapped_keys).write(key_file)
        renamed_keys = True
        os.replace(partial, target)
        _fsync_folder(target.parent)
        files.make_private(target)
    except BaseException:
        _remove_database_files(partial)
        if renamed_keys and not target.exists():
            key_file.unlink(missing_ok=True)
        raise


def _check(path: Path, secrets: BackupSecrets, expected: int, keys: int) -> None:
    """The packed copy opens, passes the integrity check and holds every candidate."""
    try:
        database.verify_integrity(path, secrets.database_key)
        with backup_session(path, secrets.database_key) as session:
            found = backup_format.candidate_count(session)
            packed = backup_format.is_packed(session)
    except Exception as exc:
        raise errors.BackupCheckFailed() from exc
    if not packed or found != expected or keys != expected:
        raise errors.BackupCheckFailed()


@contextlib.contextmanager
def backup_session(path: Path, key: bytes, info: dict | None = None) -> Iterator[Session]:
    """A session on a backup file; the WAL is folded back and the file left in rollback-journal
    mode, so a backup is always one self-contained file. ``info`` (``Vault.session_info``) lets
    the session extend the audit chain."""
    engine = database.make_engine(path, key)
    try:
        with Session(engine, info=dict(info or {})) as session:
            yield session
        raw = engine.raw_connection()
        try:
            cursor = raw.cursor()  # the DB-API cursor of this very connection (driver_connection may be None in typing)
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cursor.execute("PRAGMA journal_mode = DELETE")
        finally:
            raw.close()
    finally:
        engine.dispose()


def remove_partials(folder: Path) -> list[Path]:
    """Delete what an interrupted backup left in ``folder``: temporary copies and their
    journals, and a key file whose backup was never renamed into place (it holds candidate
    keys that no erasure would otherwise rewrite). Returns what was deleted."""
    removed: list[Path] = []
    if not Path(folder).is_dir():
        return removed
    for path in Path(folder).iterdir():
        orphan_keys = path.suffix == KEY_SUFFIX and not path.with_suffix(BACKUP_SUFFIX).exists()
        if path.name.startswith(PARTIAL_PREFIX) or orphan_keys:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open folders; its renames are durable enough
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


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
                key_file_for(path).unlink(missing_ok=True)
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


@dataclass(frozen=True)
class RestoreReport:
    vault: Vault
    erased_again: int
    safety_copy: Path


_SUPPRESSION_COLUMNS = ("identifier_hash", "kind", "reason", "added_at", "basis", "rights_request_id", "basis_on", "removed_on",
                        "removal_reason", "key_id")
_SUPPRESSION_KEY_COLUMNS = ("id", "uid", "key_sealed", "regions", "added_at")


def _carry_suppression_keys(session, current: list[dict]) -> dict[int, int]:
    """The digest keys a team's suppression list brought in (``store.suppression_keys``), put into
    the restored database when it predates them (the same vault, so they open there as sealed);
    returns each current key id's id in the restored database."""
    restored = {row.uid: row.id for row in session.scalars(select(SuppressionKey))}
    key_of: dict[int, int] = {}
    for key in current:
        if key["uid"] not in restored:
            row = SuppressionKey(**{column: key[column] for column in _SUPPRESSION_KEY_COLUMNS if column != "id"})
            session.add(row)
            session.flush()
            restored[key["uid"]] = row.id
        key_of[key["id"]] = restored[key["uid"]]
    return key_of


def restore_backup(vault: Vault, backup: Path) -> RestoreReport:
    """Replace the vault's database with ``backup``; returns the reopened vault.

    The current state is first saved as a backup (``before-restore-*``), so a restore can be
    undone. Candidates whose keys the backup's key file no longer holds, and those named in the
    current erasure ledger, are erased again; the current ledger and suppression list (with any
    digest keys a team's list brought in) are
    carried over. The restore is prepared on a copy and moved into place only when complete.
    """
    backup = require_backup_exists(backup)
    secrets = vault.backup_secrets()
    key_file = read_key_file(backup)
    if key_file is not None and key_file.vault_id != vault.vault_id:
        raise errors.BackupOfAnotherVault(file=str(backup))
    check_backup_file(backup, secrets.database_key)
    with vault.session() as session:
        ledger = [dict(uid=e.candidate_uid, erased_at=e.erased_at.isoformat(), reason=e.reason) for e in session.scalars(select(ErasureLedgerEntry))]
        suppressed = [{column: getattr(s, column) for column in _SUPPRESSION_COLUMNS} for s in session.scalars(select(SuppressionEntry))]
        carried_keys = [{column: getattr(k, column) for column in _SUPPRESSION_KEY_COLUMNS} for k in session.scalars(select(SuppressionKey))]
    safety_copy = make_backup(vault, vault.folder / paths.BACKUP_FOLDER, name=f"before-restore-{vault.clock.now():%Y%m%d-%H%M%S}")

    staging = vault.folder / f"{PARTIAL_PREFIX}restore-{uuid.uuid4().hex[:8]}.db"
    try:
        shutil.copyfile(backup, staging)
        files.make_private(staging)
        erased_again = prepare_restored_database(staging, backup, secrets, key_file, ledger, vault.clock.now())
        with backup_session(staging, secrets.database_key, info=vault.session_info) as session, session.begin():
            key_of = _carry_suppression_keys(session, carried_keys)
            known = set(session.scalars(select(SuppressionEntry.identifier_hash)))
            for entry in suppressed:
                if entry["identifier_hash"] not in known:
                    session.add(SuppressionEntry(**{**entry, "key_id": key_of.get(entry["key_id"])}))
            audit.record(session, vault.clock, "backup.restored", erased_again=erased_again)
    except BaseException:
        _remove_database_files(staging)
        raise
    restored = vault.replace_database(staging)
    rebuild_if_stale(restored)
    database.checkpoint(restored.engine)
    return RestoreReport(restored, erased_again, safety_copy)


def read_key_file(backup: Path) -> BackupKeyFile | None:
    """The backup's key file; None for a backup written before key files existed (those are
    whole copies under the database key and restore into the same vault only)."""
    path = key_file_for(backup)
    if path.exists():
        return BackupKeyFile.read(path)
    return None


def check_backup_file(backup: Path, key: bytes) -> None:
    try:
        database.check_existing_file(backup)
        database.verify_integrity(backup, key)
    except (errors.DatabaseDamaged, errors.DatabaseEmpty, errors.DatabaseMissing, errors.DatabaseNotEncrypted) as exc:
        raise errors.BackupDamaged(file=str(backup)) from exc


def prepare_restored_database(
    path: Path, source: Path, secrets: BackupSecrets, key_file: BackupKeyFile | None, ledger: list[dict], now: dt.datetime
) -> int:
    """Turn a copy of the backup ``source`` at ``path`` into a vault database: migrate it, unpack it with the
    key file, erase again everyone in ``ledger`` (and everyone erased since the backup), and
    rebuild the search index. Returns how many candidates were erased again."""
    engine = database.make_engine(path, secrets.database_key)
    try:
        try:
            migrate.upgrade(engine, path.parent, make_backup=lambda _target: None, restore_backup=lambda _target: None, now=now)
        except errors.MigrationFailed as exc:
            raise errors.BackupDamaged(file=str(source)) from exc
    finally:
        engine.dispose()
    with backup_session(path, secrets.database_key) as session, session.begin():
        packed = backup_format.is_packed(session)
        if packed and key_file is None:
            raise errors.BackupKeysMissing(file=str(source), keys=str(key_file_for(source)))
        erased_again = 0
        if packed and key_file is not None:  # packed without a key file was refused just above
            try:
                erased_again += len(backup_format.unpack(session, secrets.candidate_keys, key_file))
            except ValueError as exc:
                raise errors.BackupKeysDamaged(file=str(key_file_for(source))) from exc
        erased_again += len(candidate_removal.remove_candidates_by_uid(session, {entry["uid"] for entry in ledger}))
        session.flush()
        backup_format.record_erased(session, ledger)
        rebuild_search_index(session, secrets.candidate_keys)
    return erased_again


def _unused(path: Path) -> Path:
    """``path``, or ``name-2``, ``name-3``... so a backup never overwrites another."""
    candidate, number = path, 1
    while candidate.exists() or key_file_for(candidate).exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def require_backup_exists(path: Path) -> Path:
    if not Path(path).is_file():
        raise errors.BackupNotFound(file=str(path))
    if Path(path).name.startswith(PARTIAL_PREFIX):  # a backup that was never finished
        raise errors.BackupDamaged(file=str(path))
    return Path(path)
