"""The search index: keyed tokens of word prefixes, never the words themselves.

Each word of a candidate's name, e-mail and CV text is normalised (lower case, accents
removed) and every prefix of it, from 1 up to ``MAX_PREFIX`` characters, is replaced by a
keyed token: 40 bits of a keyed BLAKE2b under the vault's search key (``CandidateKeys.search_token``).
A query word becomes the token of its prefix, so search as you type still finds "Peeters"
from "pe", "pee", ..., while the index holds no readable text: the CV text exists only
encrypted under the candidate's own key.

The tokens live in an FTS5 table with its own content (the token list, never plaintext), so
FTS5 'secure-delete' can rewrite the index segments when a candidate is removed; a contentless
table with contentless_delete=1 would only write tombstones and leave the terms on disk.
``detail=none`` keeps no positions: only which candidate holds which token.

A candidate owns the row numbers ``row_id(id, 0)`` to ``row_id(id, SLOT_MAX)`` (migration 0012).
Re-indexing them (a new name or e-mail) replaces their rows with one; adding a document only
inserts a row holding all their terms (``extend_candidate``), because replacing the row made
secure-delete rewrite every index page holding one of its terms (about 300 encrypted pages at
100,000 candidates). Every row of a candidate holds all the terms of the rows before it, so a
query matches a candidate exactly when it matches their newest row, and a search dedupes the
rows into candidates. The daily maintenance folds the older rows away (``fold_candidate``).

The table is created by migration 0005 and is not an ORM model: SQLAlchemy's metadata does not
describe virtual tables, so ``is_search_table`` lets schema comparisons skip it and its
shadow tables. The index is never written into backups; a restore rebuilds it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Iterable, Protocol

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

TABLE = "candidate_tokens"
LEGACY_TABLE = "candidate_search"  # migration 0002's plaintext index, dropped by 0005
FOLD_TABLE = "search_rows_to_fold"  # candidates with older rows to fold (migration 0012)
MAX_PREFIX = 12  # longer query words match on their first MAX_PREFIX characters
# The most bytes FTS5 puts in one index leaf (its 'pgsz' option, set by migration 0010). SQLCipher
# keeps 80 bytes of each 4096-byte page for its IV and HMAC, so a table cell holds at most 3981
# bytes; FTS5's default of 4050 spilled every full leaf onto an overflow page, doubling the
# encrypted pages each index read and write touched. FTS5 may pass the size by a few bytes
# (the entry that crosses it), hence the margin.
LEAF_BYTES = 3900
# A candidate's rows are numbered (id << SLOT_BITS) + slot. Three bits keep the index as small as
# with one row per candidate: FTS5 stores the gaps between row numbers, and at 10,000 candidates
# the index measured 2.30 MB unshifted, 2.32 MB with 3 bits, 3.10 MB with 4 and 9.12 MB with 20.
# Eight slots are plenty between two daily folds; a candidate who runs out is re-indexed in one row.
SLOT_BITS = 3
SLOT_MAX = (1 << SLOT_BITS) - 1
_WORD = re.compile(r"[^\W_]+")


class TokenKey(Protocol):
    def search_token(self, prefix: str) -> str: ...


def is_search_table(name: str | None) -> bool:
    return name is not None and any(name == table or name.startswith(table + "_") for table in (TABLE, LEGACY_TABLE))


def words(value: str) -> list[str]:
    """Lower-case words with accents removed, split like FTS5's unicode61 tokenizer."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _WORD.findall(plain)


def prefixes(values: Iterable[str]) -> set[str]:
    """Every prefix of every word, 1 to MAX_PREFIX characters long."""
    found: set[str] = set()
    for value in values:
        for word in words(value):
            for length in range(1, min(len(word), MAX_PREFIX) + 1):
                found.add(word[:length])
    return found


def tokens_for(keys: TokenKey, name: str, email: str | None, body: str) -> str:
    """The index row's content: the keyed tokens of every prefix, space-separated."""
    return " ".join(sorted(keys.search_token(prefix) for prefix in prefixes((name, email or "", body))))


def row_id(candidate_id: int, slot: int = 0) -> int:
    """The index row number of a candidate's ``slot``-th row."""
    return (candidate_id << SLOT_BITS) + slot


def index_candidate(session: Session, keys: TokenKey, candidate_id: int, name: str, email: str | None, body: str) -> None:
    """Replace the candidate's index rows with one row of the tokens of their name, e-mail and CV text.

    When old rows were deleted, the pending index is flushed before the new row goes in: see
    ``flush_pending``."""
    if remove_candidate(session, candidate_id):
        flush_pending(session)
        session.execute(text(f"DELETE FROM {FOLD_TABLE} WHERE candidate_id = :id"), {"id": candidate_id})
    tokens = tokens_for(keys, name, email, body)
    session.execute(text(f"INSERT INTO {TABLE}(rowid, tokens) VALUES (:id, :tokens)"), {"id": row_id(candidate_id), "tokens": tokens})


def extend_candidate(session: Session, keys: TokenKey, candidate_id: int, name: str, email: str | None, body: str) -> None:
    """Index the candidate's name, e-mail and whole CV text (``body``, which holds every term
    indexed before, plus the new document's) as a new row, leaving the older rows in place.

    Nothing is deleted, so FTS5 writes only the new row's terms: the older rows' terms are
    all repeated in the new one, so keeping them until the daily fold reveals nothing more and
    changes no search result. Falls back to ``index_candidate`` when the candidate has no row
    yet or has used every slot."""
    newest = _newest_row(session, candidate_id)
    if newest is None or newest - row_id(candidate_id) >= SLOT_MAX:
        index_candidate(session, keys, candidate_id, name, email, body)
        return
    tokens = tokens_for(keys, name, email, body)
    session.execute(text(f"INSERT INTO {TABLE}(rowid, tokens) VALUES (:id, :tokens)"), {"id": newest + 1, "tokens": tokens})
    session.execute(text(f"INSERT OR IGNORE INTO {FOLD_TABLE}(candidate_id) VALUES (:id)"), {"id": candidate_id})


def _newest_row(session: Session, candidate_id: int) -> int | None:
    return session.execute(text(f"SELECT max(id) FROM {TABLE}_content WHERE id BETWEEN :low AND :high"),
                           {"low": row_id(candidate_id), "high": row_id(candidate_id, SLOT_MAX)}).scalar_one()


def candidates_with_older_rows(session: Session, limit: int) -> list[int]:
    """Up to ``limit`` candidates with more than one index row (documents added since the last fold)."""
    return list(session.execute(text(f"SELECT candidate_id FROM {FOLD_TABLE} LIMIT :limit"), {"limit": limit}).scalars())


def fold_candidate(session: Session, candidate_id: int) -> None:
    """Delete the candidate's older index rows (secure-delete), keeping the newest, which holds all their terms."""
    newest = _newest_row(session, candidate_id)
    if newest is not None:
        session.execute(text(f"DELETE FROM {TABLE} WHERE rowid BETWEEN :low AND :below"),
                        {"low": row_id(candidate_id), "below": newest - 1})
    session.execute(text(f"DELETE FROM {FOLD_TABLE} WHERE candidate_id = :id"), {"id": candidate_id})


def remove_candidate(session: Session, candidate_id: int) -> bool:
    """Delete the candidate's index rows (FTS5 secure-delete rewrites the segments); True if
    there were any. In an older backup being scrubbed, the plaintext index of migration 0002 is
    the one present (one row, numbered with the candidate's id)."""
    removed = False
    for table in _present_tables(session):
        if table == TABLE:
            result = session.execute(text(f"DELETE FROM {table} WHERE rowid BETWEEN :low AND :high"),
                                     {"low": row_id(candidate_id), "high": row_id(candidate_id, SLOT_MAX)})
            removed = bool(getattr(result, "rowcount", 0))
        else:
            session.execute(text(f"DELETE FROM {table} WHERE rowid = :id"), {"id": candidate_id})
    return removed


def flush_pending(session: Session) -> None:
    """Write the index changes FTS5 holds in memory for this transaction into the index now.

    Works around a defect of FTS5 (seen in SQLite 3.53) for ``detail=none`` tables with
    secure-delete on: when one pending flush holds both the deletion and the new row of the
    same rowid (re-indexing a candidate, or refilling a cleared index, in one transaction) and
    a term's list of rows does not fit on one index page, FTS5 stops writing that term's list
    at the re-indexed rowid, so every later candidate holding the term silently drops out of
    its search results (and ``PRAGMA quick_check`` reports "fts5: checksum mismatch").
    Flushing between the deletion and the insertion keeps the two in separate flushes.
    """
    session.execute(text(f"INSERT INTO {TABLE}({TABLE}) VALUES('flush')"))


def remove_candidates(session: Session, candidate_ids: list[int], secure: bool = True) -> None:
    """``remove_candidate`` for many candidates: one DELETE per index table.

    ``secure=False`` is for bulk erasure: FTS5 secure-delete rewrites the segments once per
    (token, candidate) when the transaction commits (measured: 66 ms per candidate at 100k),
    so a large batch instead leaves delete markers, and the caller must merge the whole index
    afterwards (``services.maintenance.finish_index_purge``), which drops every entry of the
    deleted rows and the markers with them; SQLite's secure_delete zeroes the freed pages.
    The secure-delete option is set back before the transaction ends, so it is never left off.
    """
    if not candidate_ids:
        return
    present = _present_tables(session)
    toggle = not secure and TABLE in present
    if toggle:
        session.execute(text(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES('secure-delete', 0)"))
    for table in present:
        rows = _rows_of(session, candidate_ids) if table == TABLE else list(candidate_ids)
        session.execute(text(f"DELETE FROM {table} WHERE rowid IN :ids").bindparams(bindparam("ids", expanding=True)), {"ids": rows})
    if toggle:
        # FTS5 writes pending deletes when the transaction commits, under the option in force
        # then; a 'merge' command writes them now, while secure-delete is still off.
        session.execute(text(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES('merge', 1)"))
        session.execute(text(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES('secure-delete', 1)"))


def _rows_of(session: Session, candidate_ids: list[int]) -> list[int]:
    """The index row numbers of these candidates: one range look-up each in the token lists' table."""
    return list(session.execute(text(f"SELECT c.id FROM json_each(:ids) AS j JOIN {TABLE}_content AS c "
                                     f"ON c.id BETWEEN j.value << {SLOT_BITS} AND (j.value << {SLOT_BITS}) + {SLOT_MAX}"),
                                {"ids": json.dumps(list(candidate_ids))}).scalars())


def _present_tables(session: Session) -> tuple[str, ...]:
    cached = session.info.get("search_tables")
    if cached is None:
        names = set(session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (:a, :b)"), {"a": TABLE, "b": LEGACY_TABLE}).scalars())
        cached = tuple(table for table in (TABLE, LEGACY_TABLE) if table in names)
        session.info["search_tables"] = cached
    return cached


def search(session: Session, keys: TokenKey, query: str, limit: int = 1000) -> list[int]:
    """Ids (ascending) of the first ``limit`` candidates in which every word of ``query`` starts some word.

    No ranking: the table keeps its own sort order, and skipping bm25 keeps broad prefixes fast.
    The ids come back as one JSON array rather than one row each: the index finds 100,000 matches
    of a one-letter prefix in a few milliseconds, and handing them over row by row took 20 times
    longer than the search itself."""
    query_words = words(query)
    if not query_words:
        return []
    expression = " AND ".join(f'"{keys.search_token(word[:MAX_PREFIX])}"' for word in dict.fromkeys(query_words))
    found = session.execute(text(f"SELECT json_group_array(c) FROM (SELECT DISTINCT c FROM (SELECT rowid >> {SLOT_BITS} AS c FROM {TABLE} "
                                 f"WHERE {TABLE} MATCH :q ORDER BY rowid) LIMIT :limit)"), {"q": expression, "limit": limit}).scalar_one()
    return sorted(json.loads(found))


def clear(session: Session, secure: bool = True) -> None:
    """Empty the index. ``secure=False`` leaves delete markers (fast) for a caller that merges
    the whole index afterwards, as a rebuild does: see ``remove_candidates``."""
    session.execute(text(f"DELETE FROM {FOLD_TABLE}"))
    if secure:
        session.execute(text(f"DELETE FROM {TABLE}"))
        flush_pending(session)  # the rows indexed next reuse these rowids: see ``flush_pending``
        return
    session.execute(text(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES('secure-delete', 0)"))
    session.execute(text(f"DELETE FROM {TABLE}"))
    session.execute(text(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES('merge', 1)"))
    session.execute(text(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES('secure-delete', 1)"))


def optimize(session: Session) -> None:
    """Merge every index segment into one.

    FTS5 secure-delete must visit each segment holding a deleted document's terms; on a
    fragmented index that cost 165 ms per erased candidate, after optimizing 27 ms (measured
    with 3,000 indexed CVs). Run in the daily check and before bulk erasure.
    """
    session.execute(text(f"INSERT INTO {TABLE}({TABLE}) VALUES('optimize')"))


def merge_some(session: Session, pages: int = 500) -> None:
    """A bounded amount of incremental merging, cheap enough after every import batch."""
    session.execute(text(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES('merge', :pages)"), {"pages": pages})


def merge_step(session: Session, pages: int = 500) -> bool:
    """One bounded step towards a fully merged index; False once there is nothing left to merge.

    A negative 'merge' puts every segment on one level and merges about ``pages`` pages of
    them, so repeated steps end where 'optimize' would, but each in a short transaction that
    does not keep other writers waiting. FTS5 documents the test for "no work done": the
    connection's change count grows by less than 2.
    """
    before = session.execute(text("SELECT total_changes()")).scalar_one()
    session.execute(text(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES('merge', :pages)"), {"pages": -abs(pages)})
    after = session.execute(text("SELECT total_changes()")).scalar_one()
    return after - before >= 2
