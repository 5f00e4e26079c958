"""The baseline for the benchmarks: the same app on a plain, unencrypted SQLite file.

``enable()`` makes ``recruitdesk.vault.database`` open its files without a key for the rest of
this process. The connection still comes from sqlcipher3, but SQLCipher without ``PRAGMA key``
attaches no codec: it is plain SQLite (the file starts with "SQLite format 3"), the very same
SQLite build (3.5x, with FTS5 secure-delete, which the standard library's SQLite 3.40 lacks).
Same schema, migrations, pragmas (secure_delete, WAL, foreign keys) and services; no page
encryption and no page HMACs. Everything above the database is unchanged, including the per-candidate AES-GCM
encryption of CV text and documents, so the ratio SQLCipher / plain is the cost of encrypting
the database file itself.

For benchmarks only: the app refuses plaintext databases, and this module must never be
imported by ``recruitdesk``.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3.dbapi2 as sqlite3  # used unkeyed: plain SQLite

from recruitdesk import errors
from recruitdesk.vault import database


def _connect(path: Path, key: bytes) -> sqlite3.Connection:
    if not Path(path).exists():
        database._create_private(Path(path))
    # The vault's connection class: it gives the write gate back when a transaction ends.
    connection = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, factory=database.VaultConnection)
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    database._configure(connection)  # cipher_memory_security is an unknown pragma here: ignored
    return connection


def _verify_integrity(path: Path, key: bytes, full_check_limit_bytes: int | None = None, repair_search_index: bool = False) -> bool:
    """What the encrypted path checks minus the page HMACs: quick_check (which runs FTS5's check
    of the search index too) up to the same size limit; True when the full check ran."""
    limit = database.FULL_CHECK_LIMIT_BYTES if full_check_limit_bytes is None else full_check_limit_bytes
    full = path.stat().st_size <= limit
    connection = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if full and connection.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise errors.DatabaseDamaged(file=str(path))
    finally:
        connection.close()
    return full


def _check_existing_file(path: Path) -> None:
    if not path.exists():
        raise errors.DatabaseMissing(file=str(path))
    if path.stat().st_size == 0:
        raise errors.DatabaseEmpty(file=str(path))


def enable() -> None:
    database.connect = _connect
    database.verify_integrity = _verify_integrity
    database.check_existing_file = _check_existing_file
