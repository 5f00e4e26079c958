"""The search index stays whole: re-indexing a candidate (a CV attached after the name was
indexed) in the same transaction as other candidates must not drop those others from the
index, and a populated vault with erasures passes the unlock integrity check after reopening.

The defect this guards against (FTS5, detail=none with secure-delete): a deletion and a new
row of the same rowid in one pending flush cut the lists of the terms they share, so later
candidates vanished from the results of those prefixes and ``PRAGMA quick_check`` reported
"fts5: checksum mismatch". See ``search_index.flush_pending``.
"""

from __future__ import annotations

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text

from recruitdesk import errors, settings
from recruitdesk.services.candidates import new_candidate
from recruitdesk.services.documents import attach_document
from recruitdesk.services.erasure import INDEX_PURGE_THRESHOLD, erase_candidate, erase_candidates
from recruitdesk.services.vault_access import open_vault
from recruitdesk.store import search_index
from recruitdesk.vault import database, integrity
from recruitdesk.vault.vault import Vault
from tests.support.vaults import database_key_of

CV = "Projectleider glastuinbouw bij Kwekerij Oosterschelde, ervaring met klimaatcomputers."


def _populate(vault, count: int) -> list[int]:
    """``count`` candidates sharing name prefixes, in one transaction; every third gets a CV
    attached after their name was indexed (a re-index of the same row)."""
    ids = []
    with vault.session() as session, session.begin():
        for number in range(count):
            person = new_candidate(session, vault.candidate_keys, vault.clock, f"Filler Vandamme {number}", email=f"f{number}@example.be")
            if number % 3 == 0:
                attach_document(session, vault.candidate_keys, vault.clock, person, "cv.txt", "text/plain", CV.encode(), CV)
            ids.append(person.id)
    return ids


def _quick_check(vault) -> list[tuple]:
    connection = sqlcipher.connect(str(vault.database_path), isolation_level=None)
    try:
        database._apply_key(connection, database_key_of(vault))
        return connection.execute("PRAGMA quick_check").fetchall()
    finally:
        connection.close()


def test_reindexing_a_candidate_keeps_every_later_candidate_in_the_results(new_vault):
    vault, _ = new_vault
    ids = _populate(vault, 40)
    assert _quick_check(vault) == [("ok",)]
    with vault.read_session() as session:
        assert search_index.search(session, vault.candidate_keys, "vanda") == ids
        assert search_index.search(session, vault.candidate_keys, "fil") == ids
        assert search_index.search(session, vault.candidate_keys, "glastuin") == ids[::3]


@pytest.mark.parametrize("erased", [3, INDEX_PURGE_THRESHOLD + 15])
def test_a_populated_vault_with_erasures_passes_the_unlock_check_after_reopening(new_vault, vault_folder, keychain, clock, erased):
    vault, _ = new_vault
    ids = _populate(vault, 120)
    erase_candidate(vault, ids[0])
    erase_candidates(vault, ids[1 : 1 + erased])  # 65: the bulk path, delete markers and one whole-index merge
    kept = ids[1 + erased :]
    assert _quick_check(vault) == [("ok",)]
    vault.close()

    reopened = open_vault(vault_folder, keychain, clock)  # verifies every page at open (small vault)
    try:
        assert reopened.integrity.result.state == integrity.INTACT
        with reopened.read_session() as session:
            assert search_index.search(session, reopened.candidate_keys, "vandamme") == kept
    finally:
        reopened.close()


def test_control_a_damaged_page_is_still_reported_at_unlock(new_vault, vault_folder, keychain, clock):
    vault, _ = new_vault
    _populate(vault, 60)
    path = vault.database_path
    vault.close()
    pages = path.stat().st_size // database.PAGE_SIZE
    with open(path, "r+b") as handle:
        handle.seek((pages - 2) * database.PAGE_SIZE + 900)
        byte = handle.read(1)
        handle.seek((pages - 2) * database.PAGE_SIZE + 900)
        handle.write(bytes([byte[0] ^ 0x20]))
    with pytest.raises(errors.DatabaseDamaged):
        open_vault(vault_folder, keychain, clock)


def _damage_the_index_only(vault, candidate_id: int) -> None:
    """Make the index disagree with its token lists, as the FTS5 defect did: every page stays
    valid, only FTS5's own check fails (and the candidate's row holds a wrong token list)."""
    with vault.session() as session, session.begin():
        session.execute(text(f"UPDATE {search_index.TABLE}_content SET c0 = 'deadbeef00' WHERE id = :id"), {"id": search_index.row_id(candidate_id)})


def _damage_as_the_fts5_defect_did(vault, ids: list[int]) -> None:
    """Write the index the way the code before the fix did: the first candidate re-indexed (its
    row deleted and written again, no flush between) and the others indexed after it, in one
    transaction, so FTS5 cuts the shared terms' lists at the first candidate."""
    with vault.session() as session, session.begin():
        rows = session.execute(text(f"SELECT id, c0 FROM {search_index.TABLE}_content ORDER BY id")).all()
        session.execute(text(f"DELETE FROM {search_index.TABLE} WHERE rowid > :id"), {"id": search_index.row_id(ids[0])})
    insert = text(f"INSERT INTO {search_index.TABLE}(rowid, tokens) VALUES (:id, :tokens)")
    with vault.session() as session, session.begin():
        session.execute(text(f"DELETE FROM {search_index.TABLE} WHERE rowid = :id"), {"id": search_index.row_id(ids[0])})
        for row_id, tokens in rows:
            session.execute(insert, {"id": row_id, "tokens": tokens})


@pytest.mark.parametrize("damage", ["fts5 defect", "token list changed"])
def test_a_damaged_search_index_is_rebuilt_at_unlock_and_search_works_after(new_vault, vault_folder, keychain, clock, damage):
    vault, _ = new_vault
    ids = _populate(vault, 40)
    if damage == "fts5 defect":
        _damage_as_the_fts5_defect_did(vault, ids)
        with vault.read_session() as session:  # control: the defect loses candidates from the results
            assert search_index.search(session, vault.candidate_keys, "vandamme") != ids
    else:
        _damage_the_index_only(vault, ids[4])
    problems = _quick_check(vault)
    assert problems and all(search_index.TABLE in p[0] and "FTS5" in p[0].upper() for p in problems)  # control
    vault.close()

    reopened = open_vault(vault_folder, keychain, clock)  # not DatabaseDamaged: only derived data was wrong
    try:
        assert reopened.integrity.result.state == integrity.INTACT
        assert _quick_check(reopened) == [("ok",)]
        with reopened.read_session() as session:
            assert search_index.search(session, reopened.candidate_keys, "vandamme") == ids
            assert search_index.search(session, reopened.candidate_keys, "glastuin") == ids[::3]
            assert settings.get(session, "search_index_stale") is False
    finally:
        reopened.close()


def test_a_backup_check_ignores_a_damaged_search_index(new_vault):
    """Backups carry no index (a restore builds it afresh), so its state is no reason to refuse
    one; verifying never writes to the file it checks."""
    vault, _ = new_vault
    ids = _populate(vault, 10)
    _damage_the_index_only(vault, ids[1])
    vault.checkpoint()
    before = vault.database_path.read_bytes()
    assert database.verify_integrity(vault.database_path, database_key_of(vault)) is True
    assert vault.database_path.read_bytes() == before


@pytest.mark.parametrize("problem, about_the_index", [
    ('fts5: checksum mismatch for table "candidate_tokens"', True),
    ("malformed inverted index for FTS5 table main.candidate_tokens", True),
    ('fts5: checksum mismatch for table "candidate_search"', False),
    ("malformed inverted index for FTS5 table main.candidate_search", False),
    ("Tree 12 page 40 cell 3: Rowid 77 out of order", False),
    ("*** in database main ***", False),
])
def test_only_fts5_findings_about_the_search_index_are_told_apart_from_page_damage(problem, about_the_index):
    assert database._is_search_index_complaint(problem) is about_the_index


def test_a_damaged_search_index_in_a_vault_above_the_limit_is_rebuilt_by_the_background_check(
        new_vault, vault_folder, keychain, clock, monkeypatch):
    vault, _ = new_vault
    ids = _populate(vault, 40)
    _damage_as_the_fts5_defect_did(vault, ids)
    vault.close()
    monkeypatch.setattr(database, "FULL_CHECK_LIMIT_BYTES", vault.database_path.stat().st_size // 2)

    with Vault.open(vault_folder, keychain, clock) as reopened:  # only the schema is read at open
        assert reopened.integrity.result.state == integrity.UNCHECKED
        assert reopened.integrity.run().state == integrity.INTACT
        assert _quick_check(reopened) == [("ok",)]
        with reopened.read_session() as session:
            assert search_index.search(session, reopened.candidate_keys, "vandamme") == ids
            assert settings.get(session, "search_index_stale") is True  # the next unlock re-derives it
