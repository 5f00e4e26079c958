"""Bring a vault's schema to this version of RecruitDesk, with a backup first.

Before any migration of an existing vault, an encrypted copy of the database is written to the
vault's ``backups`` folder; if the migration fails, that copy is put back, so an upgrade can
never leave a half-migrated vault.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from recruitdesk import errors


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", "recruitdesk.store:migrations")
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:  # only if the migrations folder were missing from the installed package
        raise RuntimeError("the schema migrations are not installed")
    return head


def current_revision(engine: Engine) -> str | None:
    # A read: it must not queue behind the vault's writers (see recruitdesk.vault.database).
    with engine.execution_options(vault_access="read").connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(
    engine: Engine,
    backup_folder: Path,
    make_backup: Callable[[Path], None],
    restore_backup: Callable[[Path], None],
    now: dt.datetime,
) -> Path | None:
    """Upgrade to head. Returns the pre-migration backup's path, or None when none was needed."""
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return None
    known = {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}
    if current is not None and current not in known:
        raise errors.DatabaseNewerThanApp(found=current)
    backup: Path | None = None
    if current is not None:
        backup_folder.mkdir(mode=0o700, exist_ok=True)
        backup = backup_folder / f"before-migration-{current}-{now:%Y%m%d-%H%M%S}.rdvault"
        make_backup(backup)
    config = _config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except Exception as exc:
        if backup is None:
            raise
        restore_backup(backup)
        raise errors.MigrationFailed(backup=str(backup)) from exc
    return backup


