"""Opening the SQLCipher database, and proving it is what it claims to be.

The database key is derived from the vault master key and handed to SQLCipher as a raw key
(no passphrase stretching: the master key is already random). Before trusting a file we check
it exists, is not empty, is not a plaintext SQLite file (the stdlib module would silently ignore
the key and write plaintext), has a whole number of pages, and that SQLCipher can verify every
page's HMAC. Because the key itself was proven by the header's key-check value, a page that
does not verify means a damaged file, never a wrong key.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from recruitdesk import errors
from recruitdesk.vault import crypto, files

PLAINTEXT_SQLITE_MAGIC = b"SQLite format 3\x00"
# Verifying every page costs about 0.1 s per 10 MB; above this size the full check would make
# unlocking slow, so only the schema pages are checked at open (see verify_integrity).
FULL_CHECK_LIMIT_BYTES = 128 * 1024 * 1024
PAGE_SIZE = 4096
DATABASE_KEY_PURPOSE = "recruitdesk database key v1"


def database_key(master: bytes, vault_id: str) -> bytes:
    return crypto.derive_key(master, DATABASE_KEY_PURPOSE, salt=vault_id.encode())


def _apply_key(connection: sqlcipher.Connection, key: bytes) -> None:
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")


def _configure(connection: sqlcipher.Connection) -> None:
    connection.execute("PRAGMA cipher_memory_security = ON")
    connection.execute("PRAGMA secure_delete = ON")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA busy_timeout = 5000")


def _create_private(path: Path) -> None:
    """Create a new database file owner-only before SQLite does (it would use the umask).

    SQLite gives the -wal and -shm files the database file's permissions, so they follow.
    """
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, files.PRIVATE_FILE))
    except FileExistsError:
        pass


def connect(path: Path, key: bytes) -> sqlcipher.Connection:
    """A configured DB-API connection to an existing or new encrypted database."""
    if not Path(path).exists():
        _create_private(Path(path))
    connection = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        _apply_key(connection, key)
        version = connection.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise RuntimeError("the sqlite module in use is not SQLCipher")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _configure(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def check_existing_file(path: Path) -> None:
    """Refuse files that must never be opened as a vault database, before any key is used."""
    file = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise errors.DatabaseMissing(file=file) from exc
    if size == 0:
        raise errors.DatabaseEmpty(file=file)
    try:
        with open(path, "rb") as handle:
            start = handle.read(len(PLAINTEXT_SQLITE_MAGIC))
    except OSError as exc:
        raise errors.DatabaseDamaged(file=file) from exc
    if start == PLAINTEXT_SQLITE_MAGIC:
        raise errors.DatabaseNotEncrypted(file=file)
    if size % PAGE_SIZE != 0:
        raise errors.DatabaseDamaged(file=file)


def verify_integrity(path: Path, key: bytes) -> None:
    """Open with the (already proven) key and check the pages; raise DatabaseDamaged if not.

    Up to FULL_CHECK_LIMIT_BYTES every page's HMAC and the b-tree structure are verified.
    Larger vaults get the schema read at open; their damage surfaces as DatabaseDamaged when a
    damaged page is read.
    """
    file = str(path)
    full = path.stat().st_size <= FULL_CHECK_LIMIT_BYTES
    try:
        connection = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    except sqlcipher.Error as exc:
        raise errors.DatabaseDamaged(file=file) from exc
    try:
        _apply_key(connection, key)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if full:
            cipher_problems = connection.execute("PRAGMA cipher_integrity_check").fetchall()
            quick = connection.execute("PRAGMA quick_check").fetchall()
            if cipher_problems or quick != [("ok",)]:
                raise errors.DatabaseDamaged(file=file)
    except sqlcipher.Error as exc:
        raise (error_for(exc, path.parent) or errors.DatabaseDamaged(file=file)) from exc
    finally:
        connection.close()


def make_engine(path: Path, key: bytes) -> Engine:
    """A SQLAlchemy engine whose every connection is keyed and configured."""
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect(path, key),
        module=sqlcipher,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "connect")
    def _no_pysqlite_transaction_quirks(dbapi_connection, _record):  # noqa: ANN001
        # isolation_level=None hands transaction control to SQLAlchemy's BEGIN below.
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection):  # noqa: ANN001
        connection.exec_driver_sql("BEGIN")

    return engine


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the database and truncate it, so stale frames do not linger on disk."""
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def export_copy(engine: Engine, destination: Path, key: bytes) -> None:
    """An encrypted copy of the whole database (same key), via sqlcipher_export."""
    destination = Path(destination)
    if destination.exists():
        os.unlink(destination)
    _create_private(destination)
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{key.hex()}'\"", (str(destination),))
        try:
            cursor.execute("SELECT sqlcipher_export('backup')")
        finally:
            cursor.execute("DETACH DATABASE backup")
    finally:
        raw.close()


LOW_SPACE_BYTES = 4 * 1024 * 1024


def error_for(exc: BaseException, folder: Path) -> errors.VaultError | None:
    """The user-facing error for a database failure, by SQLite's own error code, if known.

    A full disk shows up as SQLITE_FULL, or as SQLITE_IOERR when SQLite cannot grow its
    shared-memory file; damage as SQLITE_CORRUPT or SQLITE_NOTADB. A damaged file and a full
    disk must never be reported as each other: the advice differs (restore vs. free space).
    """
    original = getattr(exc, "orig", None) or exc
    if isinstance(original, OSError) and original.errno == errno.ENOSPC:
        return errors.DiskFull(folder=str(folder))
    if not isinstance(original, sqlcipher.Error):
        return None
    name = getattr(original, "sqlite_errorname", "") or ""
    if name == "SQLITE_FULL" or (name.startswith("SQLITE_IOERR") and _low_on_space(folder)):
        return errors.DiskFull(folder=str(folder))
    if name.startswith("SQLITE_IOERR"):
        return errors.DiskError(folder=str(folder))
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return errors.DatabaseDamaged(file=str(Path(folder) / "vault.db"))
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")):
        return errors.FolderNotWritable(folder=str(folder))
    return None


def _low_on_space(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False
