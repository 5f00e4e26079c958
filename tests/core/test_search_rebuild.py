"""The search-index rebuild at unlock runs in short batches and survives an interruption.

A crash mid-rebuild must never leave a half index that search trusts: the index stays marked
stale until its last batch is in, and the next unlock carries on from the last id recorded.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from recruitdesk import settings
from recruitdesk.services import search_rebuild
from recruitdesk.services.candidate_search import search_candidates
from recruitdesk.services.vault_access import open_vault
from recruitdesk.store import search_index
from tests.support.vaults import insert_candidates


class Crash(Exception):
    pass


def _index_rows(vault) -> int:
    with vault.read_session() as session:
        return session.scalar(select(func.count()).select_from(text(search_index.TABLE))) or 0


def _mark_stale(vault) -> None:
    with vault.session() as session, session.begin():
        settings.put(session, "search_index_stale", True)


def test_an_interrupted_rebuild_is_not_trusted_and_the_next_unlock_finishes_it(new_vault, vault_folder, keychain, clock):
    vault, _ = new_vault
    ids = insert_candidates(vault, 50)
    _mark_stale(vault)
    steps = []

    def crash_after_two(done, total):
        steps.append((done, total))
        if done == 2:
            raise Crash()

    with pytest.raises(Crash):
        search_rebuild.rebuild_in_batches(vault, batch_size=10, progress=crash_after_two)
    assert steps == [(1, 5), (2, 5)]
    with vault.read_session() as session:
        assert settings.get(session, "search_index_stale") is True  # the half index is not trusted
        assert settings.get(session, "search_index_rebuilt_to") == ids[19]
    assert _index_rows(vault) == 20
    vault.close()

    indexed = []
    real = search_rebuild.rebuild_in_batches
    search_rebuild.rebuild_in_batches = lambda v, *a, **k: indexed.append(real(v, *a, **k)) or indexed[-1]
    try:
        reopened = open_vault(vault_folder, keychain, clock)
    finally:
        search_rebuild.rebuild_in_batches = real
    with reopened:
        assert indexed == [30]  # carried on after the last recorded batch, not from scratch
        assert _index_rows(reopened) == 50
        with reopened.read_session() as session:
            assert settings.get(session, "search_index_stale") is False
            assert settings.get(session, "search_index_rebuilt_to") == search_rebuild.NOT_STARTED
        assert search_candidates(reopened, "Bulk Candidate 7") == [ids[7]]
        assert search_candidates(reopened, "Bulk Candidate 49") == [ids[49]]


def test_the_rebuild_writes_in_batches_and_reports_progress(new_vault, monkeypatch):
    vault, _ = new_vault
    monkeypatch.setattr(search_rebuild, "REBUILD_BATCH", 10)
    ids = insert_candidates(vault, 25)
    _mark_stale(vault)
    steps = []
    assert search_rebuild.rebuild_if_stale(vault, progress=lambda done, total: steps.append((done, total)))
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert search_candidates(vault, "Bulk Candidate 24") == [ids[24]]
    assert not search_rebuild.rebuild_if_stale(vault)  # whole now: nothing to do


def test_a_candidate_added_during_a_rebuild_is_indexed_once(new_vault):
    from recruitdesk.services.candidates import new_candidate

    vault, _ = new_vault
    insert_candidates(vault, 12)
    _mark_stale(vault)
    added = []

    def add_one(done, total):
        if done == 1:
            with vault.session() as session, session.begin():
                added.append(new_candidate(session, vault.candidate_keys, vault.clock, "Zinedine Halloumi").id)

    search_rebuild.rebuild_in_batches(vault, batch_size=5, progress=add_one)
    assert search_candidates(vault, "Halloumi") == added
    assert _index_rows(vault) == 13
