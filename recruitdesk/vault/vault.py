"""Creating, opening and closing a vault folder.

A vault folder holds ``vault.db`` (SQLCipher), ``vault.key`` (the key header), ``vault.lock``
and ``backups/``. Creation happens in a hidden staging folder and is moved into place only when
complete, so a failed or interrupted ``vault init`` leaves nothing that looks like a vault.
"""

from __future__ import annotations

import os
import shutil
import threading
import uuid
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from recruitdesk import audit, errors, paths
from recruitdesk.clock import Clock
from recruitdesk.store import migrate
from recruitdesk.vault import crypto, database, files, recovery_key
from recruitdesk.vault.attempts import TAMPERED_FAILURES, AttemptLog, AttemptRecord
from recruitdesk.vault.backup_secrets import BackupSecrets
from recruitdesk.vault.candidate_keys import CandidateKeys
from recruitdesk.vault.header import VaultHeader
from recruitdesk.vault.integrity import IntegrityStatus
from recruitdesk.vault.keychain import Keychain
from recruitdesk.vault.lock import VaultLock
from recruitdesk.vault.write_gate import WriteGate

STAGING_PREFIX = ".creating-"
MIN_PASSPHRASE_LENGTH = 6


def check_passphrase_rules(passphrase: str) -> None:
    """Raise PassphraseTooShort unless ``passphrase`` is long enough (a 6-digit PIN is the least)."""
    if len((passphrase or "").strip()) < MIN_PASSPHRASE_LENGTH:
        raise errors.PassphraseTooShort(minimum=MIN_PASSPHRASE_LENGTH)


def vault_exists(folder: Path) -> bool:
    folder = Path(folder)
    return (folder / paths.HEADER_FILE).exists() or (folder / paths.DATABASE_FILE).exists()


class Vault:
    """An open, unlocked vault. Close it to drop the keys and release the lock.

    Writes are serialised by the vault's write gate (see :mod:`recruitdesk.vault.database`):
    ``session()`` is a write session and waits for its turn at BEGIN; read-only views use
    ``read_session()``, which never waits for a writer.
    """

    def __init__(
        self, folder: Path, header: VaultHeader, master: bytes, engine: Engine, lock: VaultLock, clock: Clock,
        gate: WriteGate | None = None, verified_at_open: bool = True,
    ) -> None:
        self.folder = folder
        self.header = header
        self.clock = clock
        self.engine = engine
        self.write_gate = gate or WriteGate()
        self._master = master
        self._lock = lock
        # One backup at a time (services.backups.make_backup holds it): "Back up now" and the
        # daily check's automatic backup can start together, and each first deletes what an
        # interrupted backup left in the folder, which would include the other's file in progress.
        self.backup_lock = threading.Lock()
        self.candidate_keys = CandidateKeys(master)
        self.session_info = audit.session_info(master, header.vault_id)  # the audit chain key, for every session
        self.sessions = sessionmaker(bind=engine.execution_options(vault_access=database.WRITE), expire_on_commit=False,
                                     info=self.session_info)
        self.read_sessions = sessionmaker(bind=engine.execution_options(vault_access=database.READ), expire_on_commit=False,
                                          info=self.session_info)
        self.integrity = IntegrityStatus(
            folder / paths.DATABASE_FILE, database.database_key(master, header.vault_id), clock.now, verified_at_open,
            rebuild_search_index=self._rebuild_search_index)
        self.warnings: list[errors.RecruitDeskError] = []
        # Opened with the recovery key although a passphrase is set (forgotten, or a new
        # computer): the window asks for a new passphrase before anything else.
        self.new_passphrase_needed = False

    @property
    def has_passphrase(self) -> bool:
        return self.header.has_passphrase

    # --- properties ----------------------------------------------------------------------
    @property
    def vault_id(self) -> str:
        return self.header.vault_id

    @property
    def database_path(self) -> Path:
        return self.folder / paths.DATABASE_FILE

    @property
    def is_open(self) -> bool:
        return self._lock.held

    def session(self) -> Session:
        """A write session: its transaction waits for the write gate, then holds the write lock."""
        return self.sessions()

    def read_session(self) -> Session:
        """A read-only session: never waits for writers; a write in it fails loudly."""
        return self.read_sessions()

    def checkpoint(self, full: bool = True) -> bool:
        """Fold the WAL back into the database: a full (TRUNCATE) checkpoint after a job, a
        PASSIVE one between batches. True when the whole log was copied."""
        return database.checkpoint(self.engine, self.write_gate, database.TRUNCATE if full else database.PASSIVE)

    def clear_write_ahead_log(self, attempts: int = 5) -> bool:
        """Empty the WAL after a deletion, trying again while a reader holds old frames.

        With ``secure_delete`` on, a deleted row's bytes leave the database pages at once, but the
        WAL keeps the frames written before the delete until a TRUNCATE checkpoint passes every
        reader; one busy reader must not leave a deleted candidate or file readable there. False
        when a reader kept it busy every time: the caller says so (the next close clears it)."""
        return any(self.checkpoint() for _ in range(attempts))

    def _rebuild_search_index(self) -> None:
        """After the background page check found every page intact but the search index failing
        FTS5's check (``database.REBUILD_SEARCH_INDEX``); the next unlock re-derives it as well."""
        with self.session() as session, session.begin():
            for statement in database.REBUILD_SEARCH_INDEX:
                session.execute(text(statement))
        self.checkpoint()

    # --- lifecycle -----------------------------------------------------------------------
    @classmethod
    def create(cls, folder: Path, keychain: Keychain, clock: Clock, initialise=None, passphrase: str | None = None) -> tuple["Vault", str]:
        """Create a vault; returns it open, and the recovery key to show the user once.

        With ``passphrase`` the vault opens only with it together with this computer's keychain
        (or with the recovery key); without, the keychain alone opens it until one is set.

        ``initialise(session)`` may write initial settings inside the new database before it
        is moved into place.
        """
        folder = Path(folder)
        if folder.exists() and not folder.is_dir():
            raise errors.NotAFolder(folder=str(folder))
        if vault_exists(folder):
            raise errors.VaultAlreadyExists(folder=str(folder))
        created_folders = _make_folders(folder)
        staging: Path | None = None
        vault_id = str(uuid.uuid4())
        stored_device_key = False
        moved: list[Path] = []
        try:
            files.check_writable_folder(folder)
            _remove_stale_staging(folder)
            staging = folder / f"{STAGING_PREFIX}{uuid.uuid4().hex[:8]}"
            staging.mkdir(mode=0o700)
            master = crypto.random_key()
            device_key = crypto.random_key()
            secret, printable = recovery_key.generate()
            header = VaultHeader.create(vault_id, clock.now().isoformat(timespec="seconds"), master, device_key, secret)
            if passphrase is not None:
                check_passphrase_rules(passphrase)
                header = header.with_passphrase(master, device_key, passphrase)
            _build_database(staging / paths.DATABASE_FILE, database.database_key(master, vault_id), clock, initialise, CandidateKeys(master),
                            audit.session_info(master, vault_id))
            header.write(staging / paths.HEADER_FILE)
            keychain.store_device_key(vault_id, device_key)
            stored_device_key = True
            if header.has_passphrase:
                AttemptLog(staging, header, device_key).reset()
            for name in (paths.DATABASE_FILE, paths.HEADER_FILE) + ((AttemptLog.FILE,) if header.has_passphrase else ()):
                os.replace(staging / name, folder / name)
                moved.append(folder / name)
            shutil.rmtree(staging, ignore_errors=True)
            staging = None
            files.make_private(folder)
            return cls._open_unlocked(folder, header, master, clock), printable
        except BaseException as exc:
            _undo_create(staging, moved, created_folders)
            if stored_device_key:
                try:
                    keychain.delete_device_key(vault_id)
                except errors.RecruitDeskError:
                    pass
            if isinstance(exc, OSError):
                raise files.os_error_to_vault_error(exc, folder) from exc
            raise

    @classmethod
    def open(cls, folder: Path, keychain: Keychain | None, clock: Clock, recovery_key_text: str | None = None,
             passphrase: str | None = None) -> "Vault":
        """Unlock with the device key from the keychain (plus the passphrase once one is set),
        or with the recovery key.

        A vault with a passphrase never opens with the keychain alone: an empty passphrase
        raises PassphraseRequired, a wrong one is counted (see :mod:`recruitdesk.vault.attempts`).
        A passphrase given for a vault that has none is not needed and not checked.
        After a recovery-key unlock of a vault without a passphrase the device key is
        re-enrolled in the keychain (a new machine or a reset account), so the next start needs
        no recovery key; with a passphrase the header is left alone and
        :attr:`new_passphrase_needed` is set, since the old passphrase may be forgotten.
        """
        folder = Path(folder)
        header_path = folder / paths.HEADER_FILE
        database_path = folder / paths.DATABASE_FILE
        if not folder.is_dir() or not vault_exists(folder):
            raise errors.VaultNotFound(folder=str(folder))
        if not header_path.exists():
            raise errors.HeaderMissing(file=str(header_path))
        lock = _acquire_lock(folder)
        try:
            header = VaultHeader.read(header_path)
            database.check_existing_file(database_path)
            if recovery_key_text is not None:
                master = header.unwrap_with_recovery_secret(recovery_key.parse(recovery_key_text))
            elif header.has_passphrase:
                master = _unwrap_with_passphrase(folder, header, keychain, clock, passphrase)
            else:
                device_key = keychain.load_device_key(header.vault_id) if keychain is not None else None
                if device_key is None:
                    raise errors.RecoveryKeyRequired()
                master = header.unwrap_with_device_key(device_key)
            vault = cls._open_unlocked(folder, header, master, clock, lock)
        except BaseException:
            lock.release()
            raise
        if recovery_key_text is not None and header.has_passphrase:
            vault.new_passphrase_needed = True
        elif recovery_key_text is not None and keychain is not None:
            try:
                vault._reenrol_device_key(keychain)
            except errors.RecruitDeskError as problem:
                vault.warnings.append(problem)
        return vault

    def set_passphrase(self, keychain: Keychain, passphrase: str) -> None:
        """From now on the vault opens only with ``passphrase`` together with this computer's
        device key (or with the recovery key). Also changes an existing passphrase.

        The device key already in the keychain is kept when it is this vault's; otherwise
        (a new computer, a reset keychain) a new one is stored first, then the header is
        replaced atomically, so an interruption leaves the recovery key working either way.
        """
        check_passphrase_rules(passphrase)
        device_key = keychain.load_device_key(self.vault_id)
        if device_key is None or not self._device_key_is_ours(device_key):
            device_key = crypto.random_key()
            keychain.store_device_key(self.vault_id, device_key)
        header = self.header.with_passphrase(self._master, device_key, passphrase)
        header.write(self.folder / paths.HEADER_FILE)
        self.header = header
        AttemptLog(self.folder, header, device_key).reset()
        self.new_passphrase_needed = False

    def _device_key_is_ours(self, device_key: bytes) -> bool:
        if self.header.has_passphrase:
            return self.header.device_key_fits(device_key)
        try:
            self.header.unwrap_with_device_key(device_key)
            return True
        except errors.DeviceKeyMismatch:
            return False

    @classmethod
    def _open_unlocked(cls, folder: Path, header: VaultHeader, master: bytes, clock: Clock, lock: VaultLock | None = None) -> "Vault":
        """Verify, migrate and wrap the database. Takes over ``lock``; releases it on failure."""
        lock = lock or _acquire_lock(folder)
        engine = None
        try:
            database_path = folder / paths.DATABASE_FILE
            files.repair_database_permissions(database_path)  # a leftover 0400 -wal/-shm is ours to fix
            key = database.database_key(master, header.vault_id)
            verified = database.verify_integrity(database_path, key, repair_search_index=True)
            gate = WriteGate()
            engine = database.make_engine(database_path, key, gate)
            migrate.upgrade(
                engine,
                folder / paths.BACKUP_FOLDER,
                make_backup=lambda target: database.export_copy(engine, target, key),
                restore_backup=lambda backup: _restore_over(engine, backup, database_path),
                now=clock.now(),
            )
            files.make_private(database_path)
            return cls(folder, header, master, engine, lock, clock, gate, verified_at_open=verified)
        except BaseException:
            if engine is not None:
                engine.dispose()
            lock.release()
            raise

    def _reenrol_device_key(self, keychain: Keychain) -> None:
        current = keychain.load_device_key(self.vault_id)
        if current is not None:
            try:
                self.header.unwrap_with_device_key(current)
                return
            except errors.DeviceKeyMismatch:
                pass
        device_key = crypto.random_key()
        keychain.store_device_key(self.vault_id, device_key)
        self.header = self.header.with_device_key(self._master, device_key)
        self.header.write(self.folder / paths.HEADER_FILE)

    def close(self) -> None:
        """Checkpoint, drop every connection and key, release the lock. Safe to call twice."""
        if not self._lock.held:
            return
        self.integrity.stop()
        try:
            self.checkpoint()
        except Exception:  # closing must not fail; the WAL stays encrypted either way
            pass
        self.engine.dispose()
        self._master = b""
        self.candidate_keys = None  # type: ignore[assignment]
        self._lock.release()

    def backup_to(self, destination: Path) -> None:
        """An encrypted copy of the database as it is (also used for the safety copy before a
        restore, which must work on a damaged vault); backups call ``integrity.require_intact`` first."""
        database.export_copy(self.engine, destination, database.database_key(self._master, self.vault_id))
        files.make_private(destination)

    def backup_secrets(self) -> BackupSecrets:
        """The keys backups need (database key, candidate keys, the header's recovery part)."""
        return BackupSecrets.from_master(self.header, self._master)

    def replace_database(self, new_file: Path) -> "Vault":
        """Close, move ``new_file`` over the database (a prepared restore), reopen with the same
        keys and return the reopened vault; this one stays closed."""
        folder, header, master, clock = self.folder, self.header, self._master, self.clock
        self.close()
        database_path = folder / paths.DATABASE_FILE
        for suffix in ("-wal", "-shm"):
            Path(str(database_path) + suffix).unlink(missing_ok=True)
        os.replace(new_file, database_path)
        files.make_private(database_path)
        return Vault._open_unlocked(folder, header, master, clock)

    def __enter__(self) -> "Vault":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _unwrap_with_passphrase(folder: Path, header: VaultHeader, keychain: Keychain | None, clock: Clock, passphrase: str | None) -> bytes:
    """The master key from the passphrase slot, with the wrong-attempt count checked first.

    Order matters: a keychain without this vault's key means the recovery key (nothing to
    count); a pending wait refuses before any passphrase is tried, even the right one; an empty
    passphrase is refused without being counted.
    """
    device_key = keychain.load_device_key(header.vault_id) if keychain is not None else None
    if device_key is None:
        raise errors.RecoveryKeyRequired()
    if not header.device_key_fits(device_key):
        raise errors.DeviceKeyMismatch()
    log = AttemptLog(folder, header, device_key)
    now = clock.now()
    record = log.read()
    if record is None:  # deleted or edited to reset the count
        record = AttemptRecord(TAMPERED_FAILURES, now)
        log.write(record)
        raise errors.AttemptRecordTampered(wait_seconds=record.wait_seconds(now))
    if record.last_failure is not None and record.last_failure > now:  # the clock was set back
        record = AttemptRecord(record.failures, now)
        log.write(record)
    wait = record.wait_seconds(now)
    if wait > 0:
        raise errors.UnlockDelayed(failures=record.failures, wait_seconds=wait)
    if not passphrase:
        raise errors.PassphraseRequired()
    try:
        master = header.unwrap_with_passphrase(device_key, passphrase)
    except errors.WrongPassphrase:
        record = log.record_failure(record, now)
        raise errors.WrongPassphrase(failures=record.failures, wait_seconds=record.wait_seconds(now)) from None
    if record.failures:
        log.reset()
    return master


def _acquire_lock(folder: Path) -> VaultLock:
    """Prove the folder is writable, then take the single-instance lock."""
    files.check_writable_folder(folder)
    lock = VaultLock(folder / paths.LOCK_FILE)
    lock.acquire()
    return lock


def _make_folders(folder: Path) -> list[Path]:
    """Create ``folder`` and missing parents; return those created (deepest last)."""
    missing = []
    probe = folder
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=0o700)
        except OSError as exc:
            for created in missing[missing.index(path) + 1 :]:
                shutil.rmtree(created, ignore_errors=True)
            raise files.os_error_to_vault_error(exc, folder) from exc
    return list(reversed(missing))


def _remove_stale_staging(folder: Path) -> None:
    for leftover in folder.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(leftover, ignore_errors=True)


def _undo_create(staging: Path | None, moved: list[Path], created_folders: list[Path]) -> None:
    if staging is not None:
        shutil.rmtree(staging, ignore_errors=True)
    for path in moved:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        (path.parent / paths.LOCK_FILE).unlink(missing_ok=True)
    for created in reversed(created_folders):
        shutil.rmtree(created, ignore_errors=True)


def _build_database(path: Path, key: bytes, clock: Clock, initialise, candidate_keys: CandidateKeys, session_info: dict) -> None:
    engine = database.make_engine(path, key)
    try:
        files.make_private(path)
        migrate.upgrade(engine, path.parent, make_backup=_never, restore_backup=_never, now=clock.now())
        if initialise is not None:
            with Session(engine, info=session_info) as session, session.begin():
                initialise(session, candidate_keys)
        database.checkpoint(engine)
    finally:
        engine.dispose()
    for suffix in ("-wal", "-shm"):
        leftover = Path(str(path) + suffix)
        if leftover.exists() and leftover.stat().st_size == 0:
            leftover.unlink()


def _never(_path: Path) -> None:
    raise AssertionError("a new database needs no migration backup")


def _restore_over(engine: Engine, backup: Path, database_path: Path) -> None:
    engine.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(database_path) + suffix).unlink(missing_ok=True)
    shutil.copyfile(backup, database_path)
    files.make_private(database_path)
