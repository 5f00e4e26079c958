"""Opening the SQLCipher database, and proving it is what it claims to be.

The database key is derived from the vault master key and handed to SQLCipher as a raw key
(no passphrase stretching: the master key is already random). Before trusting a file we check
it exists, is not empty, is not a plaintext SQLite file (the stdlib module would silently ignore
the key and write plaintext), has a whole number of pages, and that SQLCipher can verify every
page's HMAC. Because the key itself was proven by the header's key-check value, a page that
does not verify means a damaged file, never a wrong key.

Transactions come in three kinds, chosen by the ``vault_access`` execution option (see
:func:`make_engine`):

* ``write`` (every ``vault.session()``): takes the vault's :class:`WriteGate` first, then
  ``BEGIN IMMEDIATE``, so the write lock is held from the start and a transaction never fails
  half-way with ``SQLITE_BUSY`` because another connection committed after it read. Writers in
  this process queue on the gate in arrival order; a writer in another process (or a stray
  connection) is waited for by SQLite's busy handler and then by a retry loop with backoff, and
  only after ``write_wait_seconds`` (minutes, not the 5 s busy timeout) does the caller get
  :class:`~recruitdesk.errors.VaultBusy`. The gate is given back when the transaction commits
  or rolls back (the connection class does it, after SQLite has finished).
* ``read`` (``vault.read_session()``): a deferred ``BEGIN`` with ``query_only`` on, without the
  gate. In WAL mode a reader sees a consistent snapshot and never waits for a writer; a write
  attempted by mistake fails loudly instead of becoming an unsafe deferred writer.
* no option (plain ``engine.connect()``/``engine.begin()``: migrations, checkpoints, tests): the
  gate and a deferred ``BEGIN``, so in-process writers are still serialised while a ``PRAGMA
  wal_checkpoint`` (which cannot run inside a write transaction) keeps working.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import time
from pathlib import Path
from typing import Any, Callable

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from recruitdesk import errors
from recruitdesk.store import search_index
from recruitdesk.vault import crypto, files
from recruitdesk.vault.write_gate import WriteGate

PLAINTEXT_SQLITE_MAGIC = b"SQLite format 3\x00"
# Verifying every page costs about 16 ms of CPU per MB (measured: 0.10 s for a 6 MB vault of
# 1,000 candidates, 1.06 s for 65 MB at 10,000). Up to this size the check adds at most about
# 0.13 s to unlocking, so a damaged small vault never opens; above it only the schema pages are
# checked at open and every page is verified in the background right after (see
# verify_integrity and recruitdesk.vault.integrity). At 128 MB, vaults of 10,000 candidates took
# 1.5 s to unlock and started slower than vaults of 100,000.
FULL_CHECK_LIMIT_BYTES = 8 * 1024 * 1024
PAGE_SIZE = 4096
BUSY_TIMEOUT_MILLISECONDS = 5000
# A write waits this long for its turn (behind this process's other writers, then for another
# connection's lock) before the user is told the vault is busy: long enough for any batch of
# background work, short enough that a stuck program is reported instead of hanging forever.
WRITE_WAIT_SECONDS = 300.0
# After a checkpoint empties the WAL, SQLite truncates the file to this size, so a burst of
# writes (an import, the daily check) does not leave a large -wal file behind.
JOURNAL_SIZE_LIMIT_BYTES = 4 * 1024 * 1024
# SQLCipher's cipher_memory_security (wipe every freed SQLite allocation and try to mlock it)
# stays off: what it would protect is outside the threat model, and it doubles the index
# lookups' time (+20% for the search field). The decision and the figures: README.md, Security
# model. SQLCipher wipes and locks its own key material either way. Process-wide: only here.
MEMORY_SECURITY = False
# The page cache of each connection, in KiB. SQLite's default (2 MB) is far smaller than the
# pages the list load touches at 100,000 candidates (the candidates, their countdowns and
# consents), so pages were evicted and, on SQLCipher, read and decrypted again. Measured at
# 100k (tests/benchmarks/memory_security_benchmark.py --cache-mb 2,64, CPU time): list load
# 1.09 s with 2 MB, 0.96 s with 64 MB, and with the old ORDER BY name the misses cost 2.6x the
# plain-SQLite time. The cache only grows as pages are read, so a small vault uses little of it.
PAGE_CACHE_KIB = 64 * 1024
ACCESS_OPTION = "vault_access"
READ = "read"
WRITE = "write"
DATABASE_KEY_PURPOSE = "recruitdesk database key v1"

log = logging.getLogger(__name__)

# What the page check found (see _check_database).
PAGES_INTACT = "intact"
PAGES_DAMAGED = "damaged"
# Every page verifies, but FTS5's own check of the search index failed. The index holds only
# data derived from the candidates (keyed tokens), so this is no reason to call the vault
# damaged: it is rebuilt at unlock (verify_integrity with repair_search_index).
ONLY_SEARCH_INDEX_DAMAGED = "search index damaged"


def database_key(master: bytes, vault_id: str) -> bytes:
    return crypto.derive_key(master, DATABASE_KEY_PURPOSE, salt=vault_id.encode())


def _apply_key(connection: sqlcipher.Connection, key: bytes) -> None:
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")


def _configure(connection: sqlcipher.Connection) -> None:
    if MEMORY_SECURITY:  # process-wide, and cannot be turned off again in this process
        connection.execute("PRAGMA cipher_memory_security = ON")
    connection.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
    connection.execute("PRAGMA secure_delete = ON")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute(f"PRAGMA journal_size_limit = {JOURNAL_SIZE_LIMIT_BYTES}")
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MILLISECONDS}")


class VaultConnection(sqlcipher.Connection):
    """A DB-API connection that gives the write gate back when its transaction ends.

    Released after SQLite has committed or rolled back (never before, or the next writer's
    ``BEGIN IMMEDIATE`` would find the lock still taken), whoever ends the transaction: a
    session's commit, a rollback on error, the pool's reset on return, or closing.
    """

    held_gate: WriteGate | None = None
    query_only: bool = False
    #: The database file, kept so that a check can tell which vault an open connection belongs to
    #: without running a statement on it (it may be in use by a worker at that moment).
    file: str = ""

    def commit(self) -> None:
        try:
            super().commit()
        finally:
            if not self.in_transaction:
                self.give_back_gate()

    def rollback(self) -> None:
        try:
            super().rollback()
        finally:
            if not self.in_transaction:
                self.give_back_gate()

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.give_back_gate()

    def give_back_gate(self) -> None:
        gate, self.held_gate = self.held_gate, None
        if gate is not None:
            gate.release()


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
    connection = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None, factory=VaultConnection)
    connection.file = str(path)
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


def verify_integrity(path: Path, key: bytes, full_check_limit_bytes: int | None = None, repair_search_index: bool = False) -> bool:
    """Open with the (already proven) key and check it; raise DatabaseDamaged if not.

    Up to the full-check limit every page's HMAC and the b-tree structure are verified here,
    before the vault opens; returns True when that was done. Larger vaults get the schema read
    at open (False), and their pages are verified afterwards in the background
    (:mod:`recruitdesk.vault.integrity`), so unlocking stays fast at any size.

    A search index that fails FTS5's own check, in a file whose every page verifies, is not
    damage: with ``repair_search_index`` (the vault's unlock) it is rebuilt here and marked for
    re-deriving from the candidates' data (``search_index_stale``); otherwise (a backup being
    verified: backups carry no index, a restore builds it afresh) it is ignored.
    """
    file = str(path)
    limit = FULL_CHECK_LIMIT_BYTES if full_check_limit_bytes is None else full_check_limit_bytes
    full = path.stat().st_size <= limit
    try:
        connection = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    except sqlcipher.Error as exc:
        raise errors.DatabaseDamaged(file=file) from exc
    try:
        _apply_key(connection, key)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        found = _check_database(connection) if full else PAGES_INTACT
        if found == ONLY_SEARCH_INDEX_DAMAGED and repair_search_index:
            _rebuild_search_index(connection)
            found = _check_database(connection)
        if found == PAGES_DAMAGED or (found == ONLY_SEARCH_INDEX_DAMAGED and repair_search_index):
            raise errors.DatabaseDamaged(file=file)
    except sqlcipher.Error as exc:
        raise (error_for(exc, path.parent) or errors.DatabaseDamaged(file=file)) from exc
    finally:
        connection.close()
    return full


class CheckInterrupted(Exception):
    """The page check was stopped (the vault is locking); nothing is known about the pages."""


def check_pages(path: Path, key: bytes, stopped: Callable[[], bool] = lambda: False) -> str:
    """Verify every page of an open vault's database on a connection of its own: PAGES_INTACT,
    PAGES_DAMAGED or ONLY_SEARCH_INDEX_DAMAGED (the caller has the index rebuilt).

    Meant for a background thread: it takes no write gate, and in WAL mode its read does not
    stop writers (a checkpoint simply cannot pass the snapshot it reads until it ends). SQLCipher
    offers no page-range form of ``cipher_integrity_check``, so the check cannot be cut into
    transactions; it is one long read instead, which is harmless for the same reason. When
    ``stopped()`` turns true (the vault is locking) the check ends with CheckInterrupted:
    between its two passes, and inside SQLite's structural pass through a progress handler.
    SQLCipher's HMAC pass runs as one call that cannot be interrupted.
    """
    connection = None
    try:
        connection = connect(path, key)
        connection.set_progress_handler(lambda: 1 if stopped() else 0, 1000)
        connection.execute("PRAGMA query_only = ON")
        return _check_database(connection, stopped)
    except sqlcipher.Error as exc:
        if stopped():
            raise CheckInterrupted() from exc
        problem = error_for(exc, path.parent)
        if problem is None or isinstance(problem, errors.DatabaseDamaged):
            return PAGES_DAMAGED
        raise problem from exc
    finally:
        if connection is not None:
            connection.close()


def _check_database(connection: sqlcipher.Connection, stopped: Callable[[], bool] = lambda: False) -> str:
    """SQLCipher's HMAC check of every page, then SQLite's structural quick check.

    The quick check also runs FTS5's check of the search index, which compares the index with
    the token lists it was built from; its complaints name the index table and say nothing
    about the pages, which the two checks have verified by then (a damaged page of the index's
    own tables is reported as page damage, like any other)."""
    if connection.execute("PRAGMA cipher_integrity_check").fetchall():
        return PAGES_DAMAGED
    if stopped():
        raise CheckInterrupted()
    problems = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
    if problems == ["ok"]:
        return PAGES_INTACT
    if all(_is_search_index_complaint(problem) for problem in problems):
        log.warning("page check: every page verifies, the search index failed its FTS5 check")
        return ONLY_SEARCH_INDEX_DAMAGED
    return PAGES_DAMAGED


def _is_search_index_complaint(problem: object) -> bool:
    """FTS5's findings about the search index, in the two forms SQLite reports them: its own
    ('fts5: checksum mismatch for table "candidate_tokens"'), or SQLite's summary when FTS5
    only answered "corrupt"."""
    if not isinstance(problem, str):
        return False
    return ((problem.startswith("fts5:") and problem.endswith(f'"{search_index.TABLE}"'))
            or problem == f"malformed inverted index for FTS5 table main.{search_index.TABLE}")


def _rebuild_search_index(connection: sqlcipher.Connection) -> None:
    """``REBUILD_SEARCH_INDEX`` at unlock, on the verifying connection, before anyone else opens it."""
    log.warning("search index: rebuilding it at unlock after a failed FTS5 check")
    _configure(connection)
    connection.execute("BEGIN IMMEDIATE")
    try:
        for statement in REBUILD_SEARCH_INDEX:
            connection.execute(statement)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


# Rebuild the index from the token lists it keeps (FTS5's 'rebuild': no keys needed; with
# secure_delete on, the old index pages are zeroed as they are freed), and ask the unlock to
# re-derive the token lists from the candidates' data as well (``search_index_stale``, see
# services.search_rebuild), in case those were wrong too.
REBUILD_SEARCH_INDEX = (
    f"INSERT INTO {search_index.TABLE}({search_index.TABLE}) VALUES('rebuild')",
    "INSERT OR REPLACE INTO settings(key, value) VALUES ('search_index_stale', 'true')",
)


class ClosingQueuePool(QueuePool):
    """A pool that, once disposed, closes a connection given back instead of keeping it.

    ``Engine.dispose()`` (the vault closing or locking) closes the connections in the pool, but
    one still in use by a background call at that moment is given back later, to the disposed
    pool, which would keep it open (with its codec's key) until the garbage collector happened
    to free the pool: on whatever thread, at whatever moment, possibly while the next unlock
    opens connections of its own. Here it is closed by the thread that gives it back, the one
    thread using it.
    """

    _disposed = False

    def dispose(self) -> None:
        self._disposed = True
        super().dispose()

    def _do_return_conn(self, record) -> None:  # noqa: ANN001 - SQLAlchemy's pool entry
        if self._disposed:
            record.close()
            return
        super()._do_return_conn(record)


def make_engine(path: Path, key: bytes, gate: WriteGate | None = None, write_wait_seconds: float = WRITE_WAIT_SECONDS) -> Engine:
    """A SQLAlchemy engine whose every connection is keyed and configured.

    Transactions are begun by the ``vault_access`` kind described in the module docstring;
    ``gate`` serialises the writers (a private one when the caller has none, e.g. while a new
    vault is being built).
    """
    gate = gate or WriteGate()
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect(path, key),
        module=sqlcipher,
        poolclass=ClosingQueuePool,
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
        access = connection.get_execution_options().get(ACCESS_OPTION)
        begin_transaction(connection.connection.dbapi_connection, access, gate, write_wait_seconds, str(path.parent))

    return engine


def begin_transaction(dbapi: VaultConnection, access: str | None, gate: WriteGate, wait_seconds: float, folder: str) -> None:
    """BEGIN the transaction kind ``access`` asks for (see the module docstring)."""
    _set_query_only(dbapi, access == READ)
    if access == READ:
        dbapi.execute("BEGIN")
        return
    deadline = time.monotonic() + wait_seconds
    if not gate.acquire(timeout=wait_seconds):
        raise errors.VaultBusy(folder=folder)
    dbapi.held_gate = gate
    try:
        if access == WRITE:
            _begin_immediate(dbapi, deadline, folder)
        else:
            dbapi.execute("BEGIN")
    except BaseException:
        dbapi.give_back_gate()
        raise


def _driver(raw: Any) -> VaultConnection:
    """The sqlcipher3 connection inside a pooled one (always there while the pooled one is open)."""
    connection = raw.driver_connection
    if connection is None:
        raise RuntimeError("the pooled connection was already closed")
    return connection


def _set_query_only(dbapi: VaultConnection, on: bool) -> None:
    if dbapi.query_only != on:
        dbapi.execute(f"PRAGMA query_only = {'ON' if on else 'OFF'}")
        dbapi.query_only = on


def _begin_immediate(dbapi: VaultConnection, deadline: float, folder: str) -> None:
    """BEGIN IMMEDIATE, waiting for another connection's write lock as long as the deadline allows.

    Each attempt already waits up to the busy timeout inside SQLite; between attempts a short,
    growing pause keeps a crashed-but-not-dead holder from costing a busy loop.
    """
    pause = 0.05
    while True:
        try:
            dbapi.execute("BEGIN IMMEDIATE")
            return
        except sqlcipher.OperationalError as exc:
            if not _is_busy(exc):
                raise
            if time.monotonic() >= deadline:
                raise errors.VaultBusy(folder=folder) from exc
        time.sleep(pause)
        pause = min(pause * 2, 1.0)


def _is_busy(exc: sqlcipher.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc)


PASSIVE = "PASSIVE"
TRUNCATE = "TRUNCATE"


def checkpoint(engine: Engine, gate: WriteGate | None = None, mode: str = TRUNCATE) -> bool:
    """Fold the WAL into the database; True when every frame was copied.

    ``PASSIVE`` (after each batch of background work) copies what it can without waiting for
    anyone. ``TRUNCATE`` (after a job, and at close) also empties the -wal file; it takes the
    write gate so this process's writers do not fight it, and it may wait for readers up to the
    busy timeout. Either way the file never stays larger than ``journal_size_limit``
    once the log has been reset.
    """
    if mode not in (PASSIVE, TRUNCATE):
        raise ValueError(mode)
    gated = gate if mode != PASSIVE else None
    if gated is not None:
        gated.acquire()
    try:
        raw = engine.raw_connection()
        try:
            connection = _driver(raw)
            _set_query_only(connection, False)
            busy, _log, _copied = connection.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
        finally:
            raw.close()
    finally:
        if gated is not None:
            gated.release()
    return busy == 0


def wal_size(database_path: Path) -> int:
    """The -wal file's size in bytes (0 when there is none)."""
    try:
        return Path(str(database_path) + "-wal").stat().st_size
    except FileNotFoundError:
        return 0


def export_copy(engine: Engine, destination: Path, key: bytes) -> None:
    """An encrypted copy of the whole database (same key), via sqlcipher_export."""
    destination = Path(destination)
    if destination.exists():
        os.unlink(destination)
    _create_private(destination)
    raw = engine.raw_connection()
    try:
        _set_query_only(_driver(raw), False)  # it writes the attached copy
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
