"""Database failures named for the user, wherever in the app they surface.

A damaged page or a full disk can be met by any read or save, not only at unlock: the list load
at start, a search, a background task. SQLite's own error code says which it is
(``vault.database.error_for``), so each surfaces with the same sentence and advice as at unlock
instead of "an unexpected error occurred".
"""

from __future__ import annotations

from pathlib import Path

from recruitdesk import errors
from recruitdesk.vault import database


def known_failure(error: BaseException, folder: Path | None) -> errors.VaultError | None:
    """The user-facing error for ``error`` met while the vault in ``folder`` was open, if known."""
    if folder is None:
        return None
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:  # the database error may be the cause of a wrapper
        seen.add(id(current))
        found = database.error_for(current, folder)
        if found is not None:
            return found
        current = current.__cause__ or current.__context__
    return None
