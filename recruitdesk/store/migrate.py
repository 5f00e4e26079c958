"""Bring a vault's schema to this version of RecruitDesk, with a backup first.

Before any migration of an existing vault, an encrypted copy of the database is written to the
vault's ``backups`` folder; if the migration fails, that copy is put back, so an upgrade can
never leave a half-migrated vault.

Alembic itself (with Mako and its dialect modules: about 0.2 s of CPU) is imported only when a
migration is due. Every other unlock compares the vault's revision with the newest one named in
the migration files, read without Alembic (:func:`_newest_in_files`); when that reading is not
conclusive, Alembic decides as before.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from sqlalchemy import Engine

from recruitdesk import errors

if TYPE_CHECKING:
    from alembic.config import Config

_REVISION = re.compile(r"^revision\s*(?::\s*str)?\s*=\s*[\"']([^\"']+)[\"']\s*$", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*(?::[^=\n]+)?=\s*(?:[\"']([^\"']+)[\"']|(None))\s*$", re.MULTILINE)


def _scripts_folder() -> Path:
    """The migration scripts (env.py and versions/): what Alembic runs and the quick check reads."""
    return Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_scripts_folder()))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:  # only if the migrations folder were missing from the installed package
        raise RuntimeError("the schema migrations are not installed")
    return head


def _newest_in_files() -> str | None:
    """The one revision no other migration file names as its ``down_revision``, read from the
    files' two plain assignments; None when anything is unusual (a file without them, a merge,
    several heads, no folder), so that Alembic decides."""
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        files = sorted((_scripts_folder() / "versions").glob("*.py"))
        for path in files:
            text = path.read_text(encoding="utf-8")
            revision, down = _REVISION.findall(text), _DOWN_REVISION.findall(text)
            if not revision and not down:
                continue  # not a migration (__init__.py)
            if len(revision) != 1 or len(down) != 1:
                return None
            revisions.add(revision[0])
            if down[0][0]:
                parents.add(down[0][0])
    except OSError:
        return None
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def current_revision(engine: Engine) -> str | None:
    # A read: it must not queue behind the vault's writers (see recruitdesk.vault.database).
    with engine.execution_options(vault_access="read").connect() as connection:
        if connection.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").first() is None:
            return None
        rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
        if len(rows) <= 1:
            return rows[0][0] if rows else None
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(connection).get_current_revision()  # raises: several heads


def upgrade(
    engine: Engine,
    backup_folder: Path,
    make_backup: Callable[[Path], None],
    restore_backup: Callable[[Path], None],
    now: dt.datetime,
) -> Path | None:
    """Upgrade to head. Returns the pre-migration backup's path, or None when none was needed."""
    current = current_revision(engine)
    if current is not None and current == _newest_in_files():
        return None  # the usual unlock: up to date, decided without importing Alembic
    from alembic import command
    from alembic.script import ScriptDirectory

    head = head_revision()
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


