"""Whether a folder is a team vault's folder: a check cheap enough for every start of the app.

``team_vault`` (which loads the PostgreSQL driver and Alembic) re-exports it; the window's start-up
path imports only this module, so a local vault's start stays as quick as before.
"""

from __future__ import annotations

from pathlib import Path

TEAM_FILE = "team.json"


def is_team_folder(folder: Path) -> bool:
    return (Path(folder) / TEAM_FILE).is_file()
