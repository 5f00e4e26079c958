"""Schema migrations: the models match the migrations, and upgrades back up first."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from recruitdesk import errors
from recruitdesk.services.vault_access import open_vault
from recruitdesk.store import migrate
from recruitdesk.store.models import Base
from recruitdesk.store.search_index import is_search_table

HEAD = migrate.head_revision()  # this version's newest revision; the test revision follows it

SECOND_REVISION = '''
from alembic import op
import sqlalchemy as sa

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("candidates") as batch:
        batch.add_column(sa.Column("nickname", sa.String(40)))
    {failure}


def downgrade():
    pass
'''


def test_migrated_schema_matches_the_models(new_vault):
    vault, _ = new_vault
    with vault.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": lambda name, type_, parent: not (type_ == "table" and is_search_table(name))})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_new_vault_is_at_head(new_vault):
    vault, _ = new_vault
    assert migrate.current_revision(vault.engine) == migrate.head_revision()


@pytest.fixture
def scripts_with_second_revision(tmp_path, monkeypatch):
    """A copy of the migration scripts plus a test revision after the head; ``failure`` makes it raise half-way."""

    def install(failure: str = "") -> None:
        target = tmp_path / "migrations"
        source = Path(str(resources.files("recruitdesk.store").joinpath("migrations")))
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        (target / "versions" / "9999_nickname.py").write_text(SECOND_REVISION.format(failure=failure, head=HEAD))
        monkeypatch.setattr(migrate, "_scripts_folder", lambda: target)  # Alembic and the quick check alike

    return install


def test_upgrade_makes_an_encrypted_backup_first(new_vault, vault_folder, keychain, clock, scripts_with_second_revision):
    vault, _ = new_vault
    vault.close()
    scripts_with_second_revision()
    with open_vault(vault_folder, keychain, clock) as upgraded:
        assert migrate.current_revision(upgraded.engine) == "9999"
        assert "nickname" in {c["name"] for c in inspect(upgraded.engine).get_columns("candidates")}
    backups = list((vault_folder / "backups").iterdir())
    assert [b.name for b in backups] == [f"before-migration-{HEAD}-20260302-090000.rdvault"]
    assert not backups[0].read_bytes().startswith(b"SQLite format 3")


def test_failed_upgrade_restores_the_vault(new_vault, vault_folder, keychain, clock, scripts_with_second_revision, monkeypatch):
    vault, _ = new_vault
    vault.close()
    scripts_with_second_revision(failure='raise RuntimeError("boom")')
    backup = vault_folder / "backups" / f"before-migration-{HEAD}-20260302-090000.rdvault"
    with pytest.raises(errors.MigrationFailed) as caught:
        open_vault(vault_folder, keychain, clock)
    assert caught.value.message() == (
        "The vault could not be upgraded to this version of RecruitDesk. It was restored as it was; "
        f"a backup is in {backup}."
    )
    monkeypatch.undo()  # back to this version's own scripts: the vault opens as it was
    with open_vault(vault_folder, keychain, clock) as reopened:
        assert migrate.current_revision(reopened.engine) == HEAD
        assert "nickname" not in {c["name"] for c in inspect(reopened.engine).get_columns("candidates")}


def test_a_vault_from_a_newer_version_is_refused(new_vault, vault_folder, keychain, clock):
    vault, _ = new_vault
    with vault.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    vault.close()
    with pytest.raises(errors.DatabaseNewerThanApp) as caught:
        open_vault(vault_folder, keychain, clock)
    assert caught.value.message() == (
        "This vault was written by a newer version of RecruitDesk (schema 0099). Update RecruitDesk to open it."
    )


def test_upgrading_a_vault_with_the_plaintext_index_leaves_only_keyed_tokens(new_vault, vault_folder, keychain, clock):
    """A vault from before 0005 (FTS5 index with the CV text): the upgrade drops that index,
    its pages are zeroed, and the first unlock rebuilds a keyed-token index that finds the same."""
    from alembic import command

    from recruitdesk.services.candidate_search import search_candidates
    from recruitdesk.services.candidates import new_candidate
    from recruitdesk.services.documents import attach_document
    from tests.support.sqlcipher_pages import all_plaintext
    from tests.support.vaults import database_key_of

    vault, _ = new_vault
    cv = "Annelies Vandermeulen, scheepsbouwkundige met offshorewindparkervaring."
    with vault.session() as session, session.begin():
        annelies = new_candidate(session, vault.candidate_keys, vault.clock, "Annelies Vandermeulen", email="annelies@example.be")
        attach_document(session, vault.candidate_keys, vault.clock, annelies, "cv.txt", "text/plain", cv.encode(), cv)
        annelies_id = annelies.id
    with vault.engine.begin() as connection:  # back to 0003, with the old index as 0002 filled it
        config = migrate._config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
        connection.exec_driver_sql(
            "INSERT INTO candidate_search(rowid, name, email, body) VALUES (?, ?, ?, ?)", (annelies_id, "Annelies Vandermeulen", "annelies@example.be", cv))
    key = database_key_of(vault)
    vault.close()
    assert any(b"offshorewindpark" in page for page in all_plaintext(key, vault_folder / "vault.db")), "control"

    with open_vault(vault_folder, keychain, clock) as upgraded:
        assert migrate.current_revision(upgraded.engine) == HEAD
        assert search_candidates(upgraded, "offshorewind") == [annelies_id]
        assert search_candidates(upgraded, "vanderm") == [annelies_id]
    assert not any(b"offshorewindpark" in page for page in all_plaintext(key, vault_folder / "vault.db"))


def test_the_newest_revision_read_from_the_files_is_alembics_head(tmp_path, monkeypatch):
    assert migrate._newest_in_files() == HEAD
    target = tmp_path / "migrations"
    shutil.copytree(migrate._scripts_folder(), target, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(migrate, "_scripts_folder", lambda: target)
    (target / "versions" / "9999_nickname.py").write_text(SECOND_REVISION.format(failure="", head=HEAD))
    assert migrate._newest_in_files() == "9999" == migrate.head_revision()
    (target / "versions" / "9998_branch.py").write_text(SECOND_REVISION.format(failure="", head=HEAD).replace('"9999"', '"9998"'))
    assert migrate._newest_in_files() is None  # two heads: Alembic decides (and refuses)


def test_unlocking_an_up_to_date_vault_does_not_import_alembic(new_vault, vault_folder):
    """Alembic costs about 0.2 s of CPU to import; it is needed only when a migration is due."""
    import json
    import subprocess
    import sys

    vault, recovery_key = new_vault
    vault.close()
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from recruitdesk.clock import SystemClock\n"
        "from recruitdesk.vault.vault import Vault\n"
        "from recruitdesk.store import migrate\n"
        "vault = Vault.open(Path(sys.argv[1]), None, SystemClock(), sys.argv[2])\n"
        "revision = migrate.current_revision(vault.engine)\n"
        "vault.close()\n"
        "print(json.dumps([revision, 'alembic' in sys.modules]))\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(vault_folder), str(recovery_key)],
                            capture_output=True, text=True, timeout=120, check=True)
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [HEAD, False]
