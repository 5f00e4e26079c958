"""Deletion must be provable: after erasure, no decrypted page or WAL frame holds the candidate.

The search index holds keyed tokens of word prefixes, never words; the proof therefore looks
both for the plaintext (name, e-mail, CV words and distinctive suffixes of them) and for the
keyed tokens of the candidate's distinctive prefixes. A control test runs the same search
before erasure and must find the name, the e-mail and the tokens (and no CV word: the CV text
is only ever stored encrypted under the candidate's key), so the proof cannot pass vacuously.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from recruitdesk.services.candidates import new_candidate, candidate_rows
from recruitdesk.services.documents import attach_document
from recruitdesk.services.erasure import erase_candidate, erase_candidates
from recruitdesk.store import search_index
from recruitdesk.store.models import AnonymousStatistic, AuditEntry, Candidate, Document, ErasureLedgerEntry
from tests.support.sqlcipher_pages import all_plaintext
from tests.support.vaults import database_key_of

NAME = "Wendelien Zwartkruis"
EMAIL = "wendelien.zwartkruis@example.nl"
CV_TEXT = (
    "Wendelien Zwartkruis, Zeeuwsvlaanderen. Projectleidster glastuinbouwautomatisering bij "
    "Kwekerij Oosterschelde. Vaardigheden: klimaatcomputerprogrammering, Hollandsekwekersvereniging, "
    "pythonscripting, bedrijfsvoeringsanalyse."
)
# Whole words and suffixes that only this candidate's data contains.
NEEDLES = [NAME, EMAIL, "zwartkruis", "wendelien", "glastuinbouwautomatisering", "klimaatcomputerprogrammering",
           "kwekersvereniging", "tuinbouwautomatisering", "computerprogrammering", "bedrijfsvoeringsanalyse", "oosterschelde"]

OTHER_NAME = "Pieter Maes"
OTHER_CV = "Pieter Maes, Gent. Netwerkbeheerder met ervaring in glasvezelinfrastructuur."


def _needles() -> list[bytes]:
    found = []
    for needle in NEEDLES:
        found += [needle.encode(), needle.lower().encode()]
    return found


@pytest.fixture
def populated(new_vault):
    """A vault with the target candidate (CV attached, indexed) and 30 others around it."""
    vault, _ = new_vault
    with vault.session() as session, session.begin():
        for number in range(15):
            new_candidate(session, vault.candidate_keys, vault.clock, f"Filler {number}", email=f"f{number}@example.be")
        target = new_candidate(session, vault.candidate_keys, vault.clock, NAME, email=EMAIL, applied_on=dt.date(2026, 1, 5))
        attach_document(session, vault.candidate_keys, vault.clock, target, "CV Zwartkruis.txt", "text/plain", CV_TEXT.encode(), CV_TEXT)
        other = new_candidate(session, vault.candidate_keys, vault.clock, OTHER_NAME, email="pieter.maes@example.be")
        attach_document(session, vault.candidate_keys, vault.clock, other, "cv.txt", "text/plain", OTHER_CV.encode(), OTHER_CV)
        for number in range(15, 30):
            new_candidate(session, vault.candidate_keys, vault.clock, f"Filler {number}", email=f"f{number}@example.be")
        target_id, other_id = target.id, other.id
    return vault, target_id, other_id


# Prefixes only this candidate's name, e-mail and CV contain (at the index's longest prefix).
TOKEN_PREFIXES = ["zwartkruis", "wendelien", "glastuinbouw", "klimaatcompu", "hollandsekwe", "oosterschelde"[:12]]


def _token_needles(vault) -> list[bytes]:
    return [vault.candidate_keys.search_token(prefix).encode() for prefix in TOKEN_PREFIXES]


def _hits(vault) -> set[bytes]:
    pages = all_plaintext(database_key_of(vault), vault.database_path)
    return {needle for needle in _needles() + _token_needles(vault) if any(needle in page for page in pages)}


def test_control_the_search_finds_the_candidate_before_erasure(populated):
    vault, target_id, _ = populated
    hits = _hits(vault)
    assert NAME.encode() in hits and EMAIL.encode() in hits
    # The index holds the keyed tokens of the candidate's prefixes, and no CV word anywhere.
    assert set(_token_needles(vault)) <= hits
    assert not {b"computerprogrammering", b"kwekersvereniging", b"tuinbouwautomatisering", b"oosterschelde"} & hits
    with vault.session() as session:
        assert search_index.search(session, vault.candidate_keys, "klimaatcomputer") == [target_id]


def test_after_erasure_no_page_or_wal_frame_holds_the_candidate(populated):
    vault, target_id, other_id = populated
    with vault.session() as session:
        uid = session.get(Candidate, target_id).uid
    erase_candidate(vault, target_id)

    assert _hits(vault) == set()
    wal = vault.database_path.with_name("vault.db-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    with vault.session() as session:
        assert session.get(Candidate, target_id) is None
        assert session.scalar(select(func.count()).select_from(Document).where(Document.candidate_id == target_id)) == 0
        assert search_index.search(session, vault.candidate_keys, "klimaatcomputer") == []
        assert search_index.search(session, vault.candidate_keys, "glasvezel") == [other_id]  # the rest of the index still works
        ledger = session.scalars(select(ErasureLedgerEntry)).all()
        assert [(entry.candidate_uid, entry.reason) for entry in ledger] == [(uid, "manual")]
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "candidate.erased")).all()
        assert [entry.candidate_uid for entry in audit] == [uid]
        assert all(EMAIL not in (entry.details_json or "") for entry in session.scalars(select(AuditEntry)))
        stats = session.scalars(select(AnonymousStatistic)).all()
        assert [(s.month, s.source, s.outcome, s.count) for s in stats] == [("2026-01", "application", "open", 1)]
    assert OTHER_NAME in {row.name for row in candidate_rows(vault)}


def test_the_proof_holds_after_reopening(populated, vault_folder, keychain, clock):
    vault, target_id, _ = populated
    key = database_key_of(vault)
    tokens = _token_needles(vault)
    erase_candidate(vault, target_id)
    vault.close()
    pages = all_plaintext(key, vault_folder / "vault.db")
    assert not [n for n in _needles() + tokens if any(n in page for page in pages)]


def test_bulk_erasure_reports_missing_ids(populated):
    vault, target_id, other_id = populated
    report = erase_candidates(vault, [target_id, other_id, 999_999])
    assert report.erased == [target_id, other_id] and report.missing == [999_999]
    assert _hits(vault) == set()


def test_bulk_erasure_after_optimizing_the_index_leaves_no_trace(populated):
    from recruitdesk.services.erasure import BULK_THRESHOLD

    vault, target_id, other_id = populated
    ids = [target_id] + [i for i in range(1, 40) if i not in (target_id, other_id)][:BULK_THRESHOLD + 2]
    report = erase_candidates(vault, ids)
    assert len(report.erased) > BULK_THRESHOLD
    assert _hits(vault) == set()
    with vault.session() as session:
        assert search_index.search(session, vault.candidate_keys, "glasvezel") == [other_id]


def test_a_routine_erasure_puts_nobody_on_the_suppression_list(populated):
    """Forgetting someone on schedule (or a manual erase) is no basis for keeping a trace of them;
    only objections and erasure requests are (tests/core/test_suppression.py)."""
    from recruitdesk.services.suppression import is_suppressed
    from recruitdesk.store.models import SuppressionEntry

    vault, target_id, _ = populated
    erase_candidate(vault, target_id)
    erase_candidates(vault, [2, 3])
    assert not is_suppressed(vault, email=EMAIL)
    with vault.session() as session:
        assert session.scalars(select(SuppressionEntry)).all() == []


@pytest.mark.parametrize(("batch", "per_transaction"), [(1, None), (7, None), (300, None), (300, 120)])
def test_no_trace_at_every_batch_size_and_the_rest_stays_whole(populated, batch, per_transaction, monkeypatch):
    """A batch of ``batch`` candidates (the target and bulk-added others, each with a search
    entry, a countdown and a procedure) is erased with set-based statements: no decrypted page
    or WAL frame holds the target, every one of them has its ledger and chained audit entry,
    and everyone else (with their index entry) is untouched. ``per_transaction`` splits the
    erasure into several transactions (``erasure.ERASE_BATCH``), each leaving delete markers."""
    from recruitdesk.services import erasure
    from recruitdesk.services.audit_trail import verify
    from recruitdesk.services.retention_alerts import run_daily_check
    from recruitdesk.store.models import Procedure, RetentionState
    from tests.support.vaults import insert_candidates

    vault, target_id, other_id = populated
    if per_transaction is not None:
        monkeypatch.setattr(erasure, "ERASE_BATCH", per_transaction)
    extra = insert_candidates(vault, max(0, batch - 1) + 5)
    with vault.session() as session, session.begin():
        session.execute(Procedure.__table__.insert(), [{"candidate_id": cid, "applied_on": dt.date(2026, 1, 5), "outcome": "not_hired",
                                                        "ended_on": dt.date(2026, 2, 1)} for cid in extra])
    vault.clock.advance(days=1)
    run_daily_check(vault)  # every bulk-added candidate gets its countdown row
    chosen = [target_id] + extra[: batch - 1]
    kept = extra[batch - 1 :]
    assert set(_token_needles(vault)) <= _hits(vault)  # control: the target is on disk before
    with vault.read_session() as session:
        uids = {row[0]: row[1] for row in session.execute(select(Candidate.id, Candidate.uid).where(Candidate.id.in_(chosen)))}
        audit_before = session.scalar(select(func.count()).select_from(AuditEntry))

    report = erase_candidates(vault, chosen)

    assert report.erased == chosen and report.missing == []
    assert _hits(vault) == set()
    wal = vault.database_path.with_name("vault.db-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    with vault.read_session() as session:
        for table, column in [(Candidate.__table__, Candidate.id), (Document.__table__, Document.candidate_id),
                              (Procedure.__table__, Procedure.candidate_id), (RetentionState.__table__, RetentionState.candidate_id)]:
            assert session.scalar(select(func.count()).select_from(table).where(column.in_(chosen))) == 0, table.name
        assert session.scalar(select(func.count()).select_from(Candidate).where(Candidate.id.in_(kept))) == len(kept)
        assert session.scalar(select(func.count()).select_from(Procedure).where(Procedure.candidate_id.in_(kept))) == len(kept)
        ledger = {row[0]: row[1] for row in session.execute(select(ErasureLedgerEntry.candidate_uid, ErasureLedgerEntry.reason))}
        assert set(ledger) == set(uids.values())
        erased_audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "candidate.erased").order_by(AuditEntry.seq)).all()
        assert [entry.candidate_uid for entry in erased_audit] == [uids[cid] for cid in chosen]
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audit_before + batch
        assert sum(s.count for s in session.scalars(select(AnonymousStatistic))) == batch
        assert search_index.search(session, vault.candidate_keys, "glasvezel") == [other_id]
        name = session.get(Candidate, kept[-1]).full_name
    assert kept[-1] in search_candidates_of(vault, name)
    assert verify(vault).intact


def search_candidates_of(vault, text: str) -> list[int]:
    from recruitdesk.services.candidate_search import search_candidates

    return search_candidates(vault, text)


def test_a_bulk_erasure_interrupted_before_its_index_merge_is_purged_by_the_unlock_work(populated, monkeypatch):
    """A large erasure over several transactions leaves delete markers in the index and merges
    them away at the end; if the app stops in between, the work every unlock does first
    (``finish_unlock_work``) finishes the merge. (Run on the open vault: reopening this
    fixture's vault trips the full page check's FTS5 checksum complaint, an older problem of its own.)"""
    from recruitdesk import settings
    from recruitdesk.services import erasure
    from recruitdesk.services.vault_access import finish_unlock_work
    from tests.support.vaults import insert_candidates

    vault, target_id, other_id = populated
    extra = insert_candidates(vault, erasure.INDEX_PURGE_THRESHOLD)
    monkeypatch.setattr(erasure, "ERASE_BATCH", erasure.INDEX_PURGE_THRESHOLD // 2)  # three transactions

    class Stopped(Exception):
        pass

    def stopped(_vault):
        raise Stopped()  # the app stops before the merge

    real_finish = erasure.finish_index_purge
    monkeypatch.setattr(erasure, "finish_index_purge", stopped)
    with pytest.raises(Stopped):
        erase_candidates(vault, [target_id] + extra)
    with vault.read_session() as session:
        assert settings.get(session, "search_index_purge_pending") is True  # the merge is owed
    monkeypatch.setattr(erasure, "finish_index_purge", real_finish)
    finish_unlock_work(vault)
    with vault.read_session() as session:
        assert settings.get(session, "search_index_purge_pending") is False
        assert search_index.search(session, vault.candidate_keys, "glasvezel") == [other_id]
    vault.checkpoint()
    assert _hits(vault) == set()


def test_a_bulk_erasure_in_one_transaction_merges_the_index_in_it_and_owes_nothing(populated, monkeypatch):
    """Up to ``ERASE_BATCH`` candidates are erased in one transaction that also merges the index:
    no purge is ever left owed, the merge after the batches is not needed, and nothing of the
    target stays on disk."""
    from recruitdesk import settings
    from recruitdesk.services import erasure
    from tests.support.vaults import insert_candidates

    vault, target_id, other_id = populated
    extra = insert_candidates(vault, erasure.INDEX_PURGE_THRESHOLD)
    assert set(_token_needles(vault)) <= _hits(vault)  # control

    def not_needed(_vault):
        raise AssertionError("the merge after the batches ran for a one-transaction erasure")

    monkeypatch.setattr(erasure, "finish_index_purge", not_needed)
    report = erase_candidates(vault, [target_id] + extra)
    assert report.erased == [target_id] + extra
    with vault.read_session() as session:
        assert not settings.get(session, "search_index_purge_pending")
        assert search_index.search(session, vault.candidate_keys, "glasvezel") == [other_id]
    assert _hits(vault) == set()
