"""A team's candidate list keeps its columns as the recruiter left them, as the local list does.

The local list's columns are part of the window's remembered layout (``shell.window_layout``),
but that layout is paused while a team is shown: the team's list is another table, with other
columns (Last changed), built anew each time a team opens. So its header (widths, order, hidden
columns, the sort column) is remembered on its own in the preferences file when the team closes
(Lock, Quit, idle time) and put back when a team opens. It holds sizes and a sort column, nothing
about a candidate or the team, so it is kept outside any vault.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QTableView

from recruitdesk import preferences


def restore(table: QTableView, load: Callable[[], str | None] = preferences.team_table_layout) -> bool:
    """Put back the remembered columns and sort the list as they say; False when none are usable."""
    text = load()
    header = table.horizontalHeader()
    if not text:
        return False
    state = QByteArray.fromBase64(text.encode("ascii"))
    if state.isEmpty() or not header.restoreState(state):
        return False
    table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
    return True


def remember(table: QTableView, store: Callable[[str | None], object] = preferences.set_team_table_layout) -> None:
    """Keep the columns as they are now for the next team opened on this computer."""
    store(bytes(table.horizontalHeader().saveState().toBase64()).decode("ascii"))
