"""This computer's non-secret preferences, kept outside the vault (Qt-free).

The language must be known before the vault is unlocked (the unlock dialog speaks it), so it
cannot live in the encrypted settings table. It is kept in a small JSON file in the user's
configuration folder (``platformdirs.user_config_dir``). Nothing personal goes in this file.

A missing, unreadable or hand-edited file never stops the program: reading falls back to "no
preference" and the language is then detected as before (RECRUITDESK_LANG, the system locale).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import platformdirs

from recruitdesk.i18n import LANGUAGES
from recruitdesk.paths import APP_NAME

FILE_NAME = "preferences.json"


def preferences_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / FILE_NAME


def load(path: Path | None = None) -> dict[str, Any]:
    """Every stored preference; an empty dict when there is no (readable) file."""
    path = path or preferences_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save(values: dict[str, Any], path: Path | None = None) -> Path:
    """Merge ``values`` into the stored preferences (written atomically); returns the file."""
    path = path or preferences_file()
    merged = {**load(path), **values}
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(merged, indent=2, sort_keys=True), encoding="utf-8")
    os.replace(temporary, path)
    return path


def language(path: Path | None = None) -> str | None:
    """The chosen language ("en", "nl" or "fr"), or None to detect it."""
    value = load(path).get("language")
    return value if isinstance(value, str) and value in LANGUAGES else None


def set_language(value: str | None, path: Path | None = None) -> Path:
    """Remember the language for the next start; None goes back to detecting it."""
    if value is not None and value not in LANGUAGES:
        raise ValueError(f"unknown language {value!r}; choose one of {', '.join(LANGUAGES)}")
    return save({"language": value}, path)


WINDOW_LAYOUT = "window_layout"


def window_layout(path: Path | None = None) -> dict[str, Any]:
    """The main window's remembered layout (geometry, docks, columns, splitters as opaque
    base64 texts Qt made), or an empty dict. It holds sizes and positions, nothing personal."""
    value = load(path).get(WINDOW_LAYOUT)
    return value if isinstance(value, dict) else {}


def set_window_layout(layout: dict[str, Any] | None, path: Path | None = None) -> Path:
    """Remember the layout for the next start; None forgets it (Reset layout)."""
    return save({WINDOW_LAYOUT: layout}, path)


TEAM_TABLE_LAYOUT = "team_table_layout"


def team_table_layout(path: Path | None = None) -> str | None:
    """A team's candidate list columns (widths, order, hidden ones, the sort column), as an opaque
    base64 text Qt made, or None. Kept apart from the local list's: the two lists have different
    columns. It holds sizes and a sort column, nothing about a candidate or the team."""
    value = load(path).get(TEAM_TABLE_LAYOUT)
    return value if isinstance(value, str) and value else None


def set_team_table_layout(state: str | None, path: Path | None = None) -> Path:
    """Remember a team list's columns for the next time a team is open; None forgets them."""
    return save({TEAM_TABLE_LAYOUT: state}, path)
