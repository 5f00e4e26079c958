"""What a backup's database holds, and how a restore turns it back into a vault database.

Packing (on the temporary copy, before it gets its final name): every personal free-text
column (name, e-mail, phone, city, LinkedIn address, procedure titles and clients, document
notes, note sources, legal-hold and extension reasons, rights-request identity checks and
outcomes) and the candidate's identifier hashes are moved into one blob per candidate,
encrypted under that candidate's own key, and the columns are blanked; the wrapped candidate
keys are removed from the database (they go to the key file, see vault.backup_keys); the
search index is emptied (a restore rebuilds it). With secure_delete on, the blanked values
are zeroed on disk. What stays readable with the database key alone is what carries no
identity: dates, statuses, sources, consent purposes, counts, the audit log and ledger (uids).

Unpacking (restore) reverses it for every candidate whose key the key file still holds, and
removes, with the shared erasure routine, every candidate whose key it does not (erased since
the backup was made), recording them in the erasure ledger.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from recruitdesk.store import candidate_removal, search_index
from recruitdesk.store.models import Candidate, ErasureLedgerEntry
from recruitdesk.vault.backup_keys import BackupKeyFile
from recruitdesk.vault.candidate_keys import CandidateKeys

SEALED_FIELD = "backup.personal"
META_TABLE = "backup_meta"
SEALED_TABLE = "backup_sealed"
# table: (primary key column, candidate link column, {column: blank value})
PERSONAL_COLUMNS: dict[str, tuple[str, str, dict[str, object]]] = {
    "candidates": ("id", "id", {"full_name": "", "email": None, "phone": None, "city": None, "linkedin_url": None}),
    "procedures": ("id", "candidate_id", {"title": None, "client": None}),
    "documents": ("id", "candidate_id", {"note": None}),
    "screening_notes": ("id", "candidate_id", {"source": None}),
    "retention_states": ("candidate_id", "candidate_id", {"legal_hold_reason": None, "extension_reason": None}),
    "rights_requests": ("id", "candidate_id", {"identity_check": None, "outcome": None}),
}


class NotAPackedBackup(Exception):
    """The database has no backup tables: a backup written before key files existed."""


def is_packed(session: Session) -> bool:
    found = session.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :name"), {"name": META_TABLE}).scalar_one()
    return bool(found)


def pack(session: Session, keys: CandidateKeys, backup_id: str) -> dict[str, bytes]:
    """Turn a fresh copy of the vault database into a backup database; returns uid -> wrapped
    key for the key file."""
    session.execute(text(f"CREATE TABLE {META_TABLE} (backup_id TEXT NOT NULL)"))
    session.execute(text(f"INSERT INTO {META_TABLE}(backup_id) VALUES (:id)"), {"id": backup_id})
    session.execute(text(
        f"CREATE TABLE {SEALED_TABLE} (candidate_id INTEGER PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE, sealed BLOB NOT NULL)"
    ))
    candidates = session.execute(text("SELECT id, uid, wrapped_key FROM candidates")).all()
    personal: dict[int, dict] = {row.id: {"columns": {}, "identifiers": []} for row in candidates}
    for table, (key_column, link, columns) in PERSONAL_COLUMNS.items():
        names = ", ".join(columns)
        for row in session.execute(text(f"SELECT {key_column}, {link}, {names} FROM {table} WHERE {link} IS NOT NULL")):
            values = dict(zip(columns, row[2:]))
            if any(value not in (None, "") for value in values.values()):
                personal[row[1]]["columns"].setdefault(table, {})[str(row[0])] = values
    for candidate_id, kind, identifier_hash in session.execute(text("SELECT candidate_id, kind, identifier_hash FROM candidate_identifiers")):
        personal[candidate_id]["identifiers"].append([kind, bytes(identifier_hash).hex()])
    wrapped_keys = {}
    for row in candidates:
        blob = keys.encrypt(row.uid, row.wrapped_key, SEALED_FIELD, json.dumps(personal[row.id]).encode("utf-8"))
        session.execute(text(f"INSERT INTO {SEALED_TABLE}(candidate_id, sealed) VALUES (:id, :sealed)"), {"id": row.id, "sealed": blob})
        wrapped_keys[row.uid] = bytes(row.wrapped_key)
    for table, (_key_column, link, columns) in PERSONAL_COLUMNS.items():
        assignments = ", ".join(f"{column} = :{column}" for column in columns)
        session.execute(text(f"UPDATE {table} SET {assignments} WHERE {link} IS NOT NULL"), dict(columns))
    session.execute(text("UPDATE candidates SET wrapped_key = x''"))
    session.execute(text("DELETE FROM candidate_identifiers"))
    search_index.clear(session)
    return wrapped_keys


def unpack(session: Session, keys: CandidateKeys, key_file: BackupKeyFile) -> list[str]:
    """Restore the personal columns and keys; remove candidates without a key. Returns the uids
    removed because they were erased after the backup was made."""
    if not is_packed(session):
        raise NotAPackedBackup()
    stored_id = session.execute(text(f"SELECT backup_id FROM {META_TABLE}")).scalar_one_or_none()
    if stored_id != key_file.backup_id:
        raise ValueError("key file of another backup")
    rows = session.execute(text(f"SELECT c.id, c.uid, s.sealed FROM candidates c LEFT JOIN {SEALED_TABLE} s ON s.candidate_id = c.id")).all()
    without_key: set[str] = set()
    for candidate_id, uid, sealed in rows:
        wrapped = key_file.candidate_keys.get(uid)
        if wrapped is None or sealed is None:
            without_key.add(uid)
            continue
        personal = json.loads(keys.decrypt(uid, wrapped, SEALED_FIELD, sealed))
        session.execute(text("UPDATE candidates SET wrapped_key = :key WHERE id = :id"), {"key": wrapped, "id": candidate_id})
        for table, values_by_key in personal["columns"].items():
            key_column, _link, columns = PERSONAL_COLUMNS[table]
            for row_key, values in values_by_key.items():
                wanted = {column: values.get(column, blank) for column, blank in columns.items()}
                assignments = ", ".join(f"{column} = :{column}" for column in columns)
                session.execute(text(f"UPDATE {table} SET {assignments} WHERE {key_column} = :row_key"), dict(wanted, row_key=int(row_key)))
        for kind, identifier_hash in personal["identifiers"]:
            session.execute(
                text("INSERT INTO candidate_identifiers(candidate_id, kind, identifier_hash) VALUES (:id, :kind, :hash)"),
                {"id": candidate_id, "kind": kind, "hash": bytes.fromhex(identifier_hash)},
            )
    removed = candidate_removal.remove_candidates_by_uid(session, without_key)
    session.flush()
    record_erased(session, key_file.erased)
    session.execute(text(f"DROP TABLE {SEALED_TABLE}"))
    session.execute(text(f"DROP TABLE {META_TABLE}"))
    return removed


def record_erased(session: Session, erased: list[dict]) -> None:
    """Add ledger entries for erasures the database does not know yet (uids only)."""
    known = set(session.scalars(select(ErasureLedgerEntry.candidate_uid)))
    for entry in erased:
        if entry["uid"] not in known:
            session.add(ErasureLedgerEntry(candidate_uid=entry["uid"], erased_at=dt.datetime.fromisoformat(entry["erased_at"]), reason=entry["reason"], rights_request_id=None))
            known.add(entry["uid"])


def candidate_count(session: Session) -> int:
    return session.scalar(select(text("count(*)")).select_from(Candidate)) or 0
