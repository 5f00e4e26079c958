"""Reading vault settings for callers that must not open database sessions themselves (the GUI)."""

from __future__ import annotations

from typing import Any

from recruitdesk import settings
from recruitdesk.services.failures import known_failure
from recruitdesk.vault.vault import Vault


def read_setting(vault: Vault, key: str) -> Any:
    """The value of setting ``key`` (see ``recruitdesk.settings.DEFINITIONS``), or its default.

    A damaged page or a full disk met here is the translated error (``services.failures``), so a
    caller that can do without the setting (the idle time at unlock) falls back to the default
    instead of letting a database error escape into the event loop."""
    try:
        with vault.read_session() as session:
            return settings.get(session, key)
    except Exception as exc:
        known = known_failure(exc, vault.folder)
        if known is None:
            raise
        raise known from exc
