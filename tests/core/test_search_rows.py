"""A candidate's search-index rows: adding a document inserts, it does not rewrite the index.

Adding a document used to delete the candidate's one index row and write it again, and FTS5's
secure-delete rewrote every index page holding one of the old row's terms: most of the cost of
"add a document" at 100,000 candidates. Now it inserts a row holding all of the candidate's
terms; these tests check that search still treats the candidate as one document (words from
their name and from two different documents match together), that renaming and erasing still
remove every row, and that the daily maintenance folds the older rows away.
"""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from recruitdesk.services import maintenance
from recruitdesk.store import migrate
from recruitdesk.services.candidate_detail import update_profile
from recruitdesk.services.candidate_search import search_candidates
from recruitdesk.services.candidates import new_candidate
from recruitdesk.services.documents import attach_document, reindex
from recruitdesk.services.erasure import erase_candidate, erase_candidates
from recruitdesk.services.vault_access import open_vault
from recruitdesk.store import search_index
from recruitdesk.store.models import Candidate

CV = "Scheepsbouwkundige met ervaring in offshorewindparken en hijskranen."
LETTER = "Motivatiebrief: ik solliciteer graag als projectleider in Vlissingen."


def _rows(vault, candidate_id: int) -> list[int]:
    with vault.read_session() as session:
        return list(session.execute(text(f"SELECT id FROM {search_index.TABLE}_content WHERE id BETWEEN :low AND :high ORDER BY id"),
                                    {"low": search_index.row_id(candidate_id), "high": search_index.row_id(candidate_id, search_index.SLOT_MAX)}).scalars())


def _candidate(vault, name: str, *documents: str) -> int:
    with vault.session() as session, session.begin():
        candidate = new_candidate(session, vault.candidate_keys, vault.clock, name, email=f"{name.split()[0].lower()}@example.be")
        for number, body in enumerate(documents):
            attach_document(session, vault.candidate_keys, vault.clock, candidate, f"doc{number}.txt", "text/plain", body.encode(), body)
        return candidate.id


def _changes(vault, work) -> int:
    """Rows FTS5 wrote, deleted or rewrote in its own tables (and any other) while ``work`` ran."""
    with vault.session() as session, session.begin():
        before = session.execute(text("SELECT total_changes()")).scalar_one()
        work(session)
        session.execute(text(f"INSERT INTO {search_index.TABLE}({search_index.TABLE}) VALUES('flush')"))  # write the pending terms now
        return session.execute(text("SELECT total_changes()")).scalar_one() - before


def test_adding_documents_inserts_rows_and_search_matches_across_them(new_vault):
    vault, _ = new_vault
    annelies = _candidate(vault, "Annelies Vandermeulen")
    other = _candidate(vault, "Bram Peeters", "Projectleider bouw in Gent.")
    assert len(_rows(vault, annelies)) == 1
    first_row = _rows(vault, annelies)[0]

    with vault.session() as session, session.begin():
        candidate = session.get(Candidate, annelies)
        attach_document(session, vault.candidate_keys, vault.clock, candidate, "cv.txt", "text/plain", CV.encode(), CV)
        attach_document(session, vault.candidate_keys, vault.clock, candidate, "brief.txt", "text/plain", LETTER.encode(), LETTER)
    rows = _rows(vault, annelies)
    assert len(rows) == 3 and rows[0] == first_row  # nothing deleted: the first row is still there

    assert search_candidates(vault, "annelies offshore") == [annelies]  # name and first document
    assert search_candidates(vault, "hijskranen vlissingen") == [annelies]  # the two documents together
    assert search_candidates(vault, "projectleider") == sorted([annelies, other])  # one id per candidate, not per row
    assert search_candidates(vault, "bram offshore") == []


def test_adding_a_document_writes_a_fraction_of_what_replacing_the_row_did(new_vault):
    vault, _ = new_vault
    words = " ".join(f"vaardigheid{n} ervaring{n % 7} project{n % 13}" for n in range(120))
    ids = [_candidate(vault, f"Kandidaat{n} Janssens", words) for n in range(60)]
    maintenance.merge_index_in_steps(vault)
    target = ids[30]

    def add(session):
        candidate = session.get(Candidate, target)
        attach_document(session, vault.candidate_keys, vault.clock, candidate, "brief.txt", "text/plain", LETTER.encode(), LETTER)

    def replace(session):  # control: what adding a document did before, replacing the candidate's row
        reindex(session, vault.candidate_keys, session.get(Candidate, ids[40]))

    added, replaced = _changes(vault, add), _changes(vault, replace)
    assert added * 3 < replaced, (added, replaced)
    assert search_candidates(vault, "kandidaat30 vlissingen") == [target]


def test_the_daily_maintenance_folds_the_older_rows_and_search_finds_the_same(new_vault):
    vault, _ = new_vault
    annelies = _candidate(vault, "Annelies Vandermeulen", CV, LETTER)
    bram = _candidate(vault, "Bram Peeters", "Projectleider bouw in Gent.")
    queries = ["annelies", "hijskranen vlissingen", "projectleider", "peeters gent", "vander offsh"]
    before = {query: search_candidates(vault, query) for query in queries}
    assert len(_rows(vault, annelies)) == 3 and len(_rows(vault, bram)) == 2
    newest = _rows(vault, annelies)[-1]

    assert maintenance.fold_index_rows(vault, batch=1) == 2  # one candidate per transaction, until none is left
    assert _rows(vault, annelies) == [newest] and len(_rows(vault, bram)) == 1
    assert {query: search_candidates(vault, query) for query in queries} == before
    assert before["hijskranen vlissingen"] == [annelies]
    assert maintenance.fold_index_rows(vault) == 0
    with vault.session() as session, session.begin():  # FTS5's own check: the index agrees with its rows
        session.execute(text(f"INSERT INTO {search_index.TABLE}({search_index.TABLE}, rank) VALUES('integrity-check', 1)"))

    with vault.session() as session, session.begin():  # the next document goes after the folded row
        attach_document(session, vault.candidate_keys, vault.clock, session.get(Candidate, annelies), "x.txt", "text/plain", b"Zeilmaker", "Zeilmaker")
    assert _rows(vault, annelies) == [newest, newest + 1]
    assert search_candidates(vault, "zeilmaker annelies") == [annelies]


def test_a_new_name_replaces_every_row_so_the_old_name_is_no_longer_found(new_vault):
    vault, _ = new_vault
    annelies = _candidate(vault, "Annelies Vandermeulen", CV, LETTER)
    assert len(_rows(vault, annelies)) == 3
    update_profile(vault, annelies, "Annelies De Smet", "annelies@example.be", None, None, None)
    assert len(_rows(vault, annelies)) == 1
    assert search_candidates(vault, "vandermeulen") == []
    assert search_candidates(vault, "smet hijskranen vlissingen") == [annelies]


def test_erasure_removes_every_row_of_the_candidate_and_no_one_elses(new_vault):
    vault, _ = new_vault
    one = _candidate(vault, "Annelies Vandermeulen", CV, LETTER)
    many = [_candidate(vault, f"Kandidaat{n} Janssens", CV, LETTER) for n in range(4)]
    keep = _candidate(vault, "Bram Peeters", CV, LETTER)
    assert all(len(_rows(vault, candidate)) == 3 for candidate in [one, *many, keep])

    erase_candidate(vault, one)
    erase_candidates(vault, many)
    assert all(_rows(vault, candidate) == [] for candidate in [one, *many])
    assert len(_rows(vault, keep)) == 3
    assert search_candidates(vault, "hijskranen vlissingen") == [keep]


def test_the_upgrade_renumbers_the_rows_and_the_downgrade_keeps_the_newest(new_vault, vault_folder, keychain, clock):
    vault, _ = new_vault
    annelies = _candidate(vault, "Annelies Vandermeulen", CV, LETTER)
    bram = _candidate(vault, "Bram Peeters")
    with vault.engine.begin() as connection:
        config = migrate._config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0011")
        old_layout = dict(connection.exec_driver_sql(f"SELECT id, c0 FROM {search_index.TABLE}_content ORDER BY id").all())
    assert sorted(old_layout) == [annelies, bram]  # one row per candidate, numbered with their id: the newest kept
    vault.close()

    with open_vault(vault_folder, keychain, clock) as upgraded:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision()
        assert _rows(upgraded, annelies) == [search_index.row_id(annelies)]
        assert _rows(upgraded, bram) == [search_index.row_id(bram)]
        with upgraded.read_session() as session:
            assert session.execute(text(f"SELECT c0 FROM {search_index.TABLE}_content WHERE id = :id"),
                                   {"id": search_index.row_id(annelies)}).scalar_one() == old_layout[annelies]
        assert search_candidates(upgraded, "annelies hijskranen vlissingen") == [annelies]
        assert search_candidates(upgraded, "peeters") == [bram]


def test_a_candidate_who_has_used_every_row_number_is_indexed_again_in_one_row(new_vault):
    vault, _ = new_vault
    words = [f"vaardigheid{chr(ord('a') + n)}" for n in range(search_index.SLOT_MAX + 1)]
    annelies = _candidate(vault, "Annelies Vandermeulen", *words[:-1])
    assert _rows(vault, annelies) == [search_index.row_id(annelies, slot) for slot in range(search_index.SLOT_MAX + 1)]
    with vault.session() as session, session.begin():
        attach_document(session, vault.candidate_keys, vault.clock, session.get(Candidate, annelies), "x.txt", "text/plain",
                        words[-1].encode(), words[-1])
    assert _rows(vault, annelies) == [search_index.row_id(annelies)]
    assert search_candidates(vault, " ".join(["annelies", *words])) == [annelies]
    assert maintenance.fold_index_rows(vault) == 0  # nothing left to fold
