"""Schema migrations: the models match the migrations, and upgrades back up first."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
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

        def config() -> Config:
            cfg = Config()
            cfg.set_main_option("script_location", str(target))
            return cfg

        monkeypatch.setattr(migrate, "_config", config)

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
