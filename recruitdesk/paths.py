"""Where the vault lives: ``--vault DIR``, else ``RECRUITDESK_VAULT``, else the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "RecruitDesk"
DATABASE_FILE = "vault.db"
HEADER_FILE = "vault.key"
LOCK_FILE = "vault.lock"
BACKUP_FOLDER = "backups"


def default_vault_folder() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


def resolve_vault_folder(option: str | os.PathLike[str] | None) -> Path:
    if option:
        return Path(option).expanduser()
    env = os.environ.get("RECRUITDESK_VAULT")
    if env:
        return Path(env).expanduser()
    return default_vault_folder()
