"""Erasing and re-indexing touch only the pages they need (migration 0010).

Two defects made a bulk erasure and adding a document cost far more on SQLCipher than their work:
deleting a document scanned every consent (``consents.evidence_document_id`` refers to it and
had no index), and FTS5's default leaf size (4050 bytes) does not fit in an encrypted page's
cell (SQLCipher keeps 80 bytes of each page for its IV and HMAC), so every index leaf spilled
onto an overflow page. These tests read the real SQLCipher file: the query plan, the index's
own configuration and the size of every stored leaf, with controls that show the old layout
fails the same checks.
"""

from __future__ import annotations

import datetime as dt

from alembic import command
from sqlalchemy import text

from recruitdesk.services.candidate_search import search_candidates
from recruitdesk.services.candidates import new_candidate
from recruitdesk.services.documents import attach_document
from recruitdesk.services.vault_access import open_vault
from recruitdesk.store import migrate, search_index
from recruitdesk.store.models import Consent
from tests.support.sqlcipher_pages import PAGE_SIZE, RESERVE

# The most payload a table b-tree leaf cell keeps on its own page (SQLite's maxLocal: the usable
# page size minus 35); anything larger goes partly onto an overflow page.
CELL_LIMIT = PAGE_SIZE - RESERVE - 35
RECORD_HEADER = 4  # a leaf row's record header: its size, NULL for the rowid alias, the blob's type
WORDS = ("netwerkbeheer", "glasvezel", "boekhouding", "logistiek", "verpleegkunde", "lasser", "heftruck", "python",
         "projectleiding", "klantendienst", "elektricien", "tuinbouw", "vertaling", "horeca", "schrijnwerker")


def _fill(vault, count: int = 120) -> list[int]:
    """Candidates with a CV each, enough for an index of many full leaves."""
    ids = []
    with vault.session() as session, session.begin():
        for number in range(count):
            body = " ".join(f"{WORDS[(number + k) % len(WORDS)]}{number * 7 + k}" for k in range(40))
            candidate = new_candidate(session, vault.candidate_keys, vault.clock, f"Kandidaat Nummer{number}",
                                      email=f"kandidaat{number}@example.be", applied_on=dt.date(2026, 1, 5))
            attach_document(session, vault.candidate_keys, vault.clock, candidate, "cv.txt", "text/plain", body.encode(), body)
            ids.append(candidate.id)
    with vault.session() as session, session.begin():
        search_index.optimize(session)
    return ids


def _leaf_sizes(vault) -> list[int]:
    with vault.read_session() as session:
        return list(session.execute(text(f"SELECT length(block) FROM {search_index.TABLE}_data WHERE id > 10")).scalars())


def _leaf_option(vault) -> int | None:
    with vault.read_session() as session:
        return session.execute(text(f"SELECT v FROM {search_index.TABLE}_config WHERE k = 'pgsz'")).scalar()


def test_the_cell_limit_follows_the_vaults_cipher_settings(new_vault):
    vault, _ = new_vault
    with vault.read_session() as session:
        settings = {row[0] for row in session.execute(text("PRAGMA cipher_settings"))}
    assert f"PRAGMA cipher_page_size = {PAGE_SIZE};" in settings
    assert "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;" in settings  # 64 bytes of HMAC + 16 of IV = RESERVE


def test_every_index_leaf_fits_in_one_encrypted_page(new_vault):
    vault, _ = new_vault
    _fill(vault)
    sizes = _leaf_sizes(vault)
    assert _leaf_option(vault) == search_index.LEAF_BYTES
    assert len(sizes) > 10 and max(sizes) > search_index.LEAF_BYTES - 200  # full leaves: the check is not vacuous
    assert max(sizes) + RECORD_HEADER <= CELL_LIMIT


def test_control_fts5s_default_leaf_spills_over_an_encrypted_page(new_vault):
    vault, _ = new_vault
    _fill(vault)
    with vault.session() as session, session.begin():
        session.execute(text(f"INSERT INTO {search_index.TABLE}({search_index.TABLE}, rank) VALUES('pgsz', 4050)"))
        session.execute(text(f"INSERT INTO {search_index.TABLE}({search_index.TABLE}) VALUES('rebuild')"))
    assert max(_leaf_sizes(vault)) + RECORD_HEADER > CELL_LIMIT


def test_deleting_a_document_finds_the_consents_citing_it_by_index(new_vault):
    vault, _ = new_vault
    with vault.read_session() as session:
        plan = [row[3] for row in session.execute(text("EXPLAIN QUERY PLAN DELETE FROM documents WHERE id = 1"))]
    assert any("consents USING COVERING INDEX ix_consents_evidence_document_id" in step for step in plan), plan
    assert not any(step.startswith("SCAN consents") for step in plan), plan


def test_erasing_a_candidate_clears_the_evidence_link_of_nobody_else(new_vault):
    """The SET NULL on the evidence link still works through the index: another candidate's
    consent citing their own document keeps it."""
    from recruitdesk.services.erasure import erase_candidate

    vault, _ = new_vault
    with vault.session() as session, session.begin():
        people = []
        for name in ("An Peeters", "Bart Claes"):
            person = new_candidate(session, vault.candidate_keys, vault.clock, name, email=f"{name.split()[0].lower()}@example.be")
            evidence = attach_document(session, vault.candidate_keys, vault.clock, person, "consent.eml", "message/rfc822",
                                       b"yes", "yes", kind="consent_evidence")
            session.add(Consent(candidate_id=person.id, purpose="recruitment_reserve", given_on=dt.date(2026, 1, 5),
                                channel="email", evidence_document_id=evidence.id))
            people.append((person.id, evidence.id))
    erase_candidate(vault, people[0][0])
    with vault.read_session() as session:
        links = session.execute(text("SELECT candidate_id, evidence_document_id FROM consents")).all()
    assert links == [(people[1][0], people[1][1])]


def test_the_upgrade_rebuilds_an_index_of_oversized_leaves(new_vault, vault_folder, keychain, clock):
    """A vault at 0009 whose index has FTS5's default leaves: after 0010 every leaf fits, the
    consents index exists, and search finds the same candidates."""
    vault, _ = new_vault
    ids = _fill(vault)
    with vault.engine.begin() as connection:
        config = migrate._config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0009")
        connection.exec_driver_sql(f"INSERT INTO {search_index.TABLE}({search_index.TABLE}) VALUES('rebuild')")
    assert _leaf_option(vault) == 4050 and max(_leaf_sizes(vault)) + RECORD_HEADER > CELL_LIMIT, "control"
    vault.close()

    with open_vault(vault_folder, keychain, clock) as upgraded:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision()
        assert _leaf_option(upgraded) == search_index.LEAF_BYTES
        assert max(_leaf_sizes(upgraded)) + RECORD_HEADER <= CELL_LIMIT
        with upgraded.read_session() as session:
            indexes = set(session.execute(text("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'consents'")).scalars())
        assert "ix_consents_evidence_document_id" in indexes
        with upgraded.session() as session, session.begin():  # FTS5's own check: raises on a damaged index
            session.execute(text(f"INSERT INTO {search_index.TABLE}({search_index.TABLE}) VALUES('integrity-check')"))
        assert search_candidates(upgraded, "nummer17") == [ids[17]]
        assert search_candidates(upgraded, "glasvezel") != []


def test_the_migration_uses_the_leaf_size_of_the_index_module():
    from importlib import import_module

    migration = import_module("recruitdesk.store.migrations.versions.0010_erasure_pages")
    assert migration.LEAF_BYTES == search_index.LEAF_BYTES
