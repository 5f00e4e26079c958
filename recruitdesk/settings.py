"""Every vault setting in one table: key, type, default. Stored in the encrypted ``settings`` table.

Reading an unknown or mistyped value falls back to the default instead of crashing, so an old
or hand-edited vault still opens.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from recruitdesk.store.models import Setting


@dataclass(frozen=True)
class SettingDefinition:
    key: str
    type: type
    default: Any


DEFINITIONS = {
    definition.key: definition
    for definition in (
        SettingDefinition("retention_preset", str, "nl-ap"),
        SettingDefinition("alert_window_days", int, 14),
        SettingDefinition("auto_lock_minutes", int, 10),
        SettingDefinition("auto_erase", bool, False),
        SettingDefinition("firm_name", str, ""),
        SettingDefinition("privacy_contact", str, ""),
        SettingDefinition("privacy_statement_url", str, ""),
        SettingDefinition("backup_folder", str, ""),
        SettingDefinition("daily_maintenance_on", str, ""),  # ISO date of the last daily countdown update and index merge
        SettingDefinition("retention_computed_for", str, ""),  # countdown_basis() of the last whole-vault recompute
        SettingDefinition("backup_interval_days", int, 7),  # 0: no automatic backups
        SettingDefinition("search_index_stale", bool, False),  # set by migration 0005 and restores: rebuild at unlock
        SettingDefinition("search_index_rebuilt_to", int, -1),  # last candidate id an unfinished index rebuild reached
        SettingDefinition("search_index_purge_pending", bool, False),  # a bulk erasure left delete markers: merge the index
        SettingDefinition("backup_places", list, []),  # every folder a backup was written to (erasure rewrites their key files)
        SettingDefinition("firm_country", str, ""),  # BE or NL: reads phone numbers; "": the preset's country
    )
}


def get(session: Session, key: str) -> Any:
    definition = DEFINITIONS[key]
    row = session.get(Setting, key)
    if row is None:
        return definition.default
    try:
        value = json.loads(row.value)
    except ValueError:
        return definition.default
    if definition.type is int and isinstance(value, bool):
        return definition.default
    return value if isinstance(value, definition.type) else definition.default


def put(session: Session, key: str, value: Any) -> None:
    definition = DEFINITIONS[key]
    if not isinstance(value, definition.type) or (definition.type is int and isinstance(value, bool)):
        raise TypeError(f"setting {key} takes {definition.type.__name__}")
    row = session.get(Setting, key)
    encoded = json.dumps(value)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded
