"""Reading vault settings for callers that must not open database sessions themselves (the GUI)."""

from __future__ import annotations

from typing import Any

from recruitdesk import settings
from recruitdesk.vault.vault import Vault


def read_setting(vault: Vault, key: str) -> Any:
    """The value of setting ``key`` (see ``recruitdesk.settings.DEFINITIONS``), or its default."""
    with vault.read_session() as session:
        return settings.get(session, key)
