"""The team window's list: one line per candidate, names and e-mails decrypted on this machine.

The rows come whole from ``TeamDesk.rows`` (on a worker) and one at a time after a change
notice (:meth:`put` / :meth:`drop`), so another member's add, edit or erase shows without a reload.
A search narrows the shown lines to the ids the server matched on blind tokens; the retention
banner's filter to the candidates overdue or due within its days. Every column sorts (a click on
its header); the deadline and days-left columns by the day, a candidate on legal hold (no deadline:
every other countdown has one) last.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from recruitdesk.dates import short_date, short_datetime
from recruitdesk.gui.shell.styles import RESTRICTED_COLOR, for_theme
from recruitdesk.services.team_desk import TeamRow

NAME, EMAIL, DEADLINE, DAYS_LEFT, UPDATED = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
LATEST = dt.date.max  # where a candidate on legal hold sorts among deadlines
OVERDUE_COLOUR = QColor("#b00020")  # the inline error colour (gui.shell.styles.ERROR_STYLE)


class TeamTableModel(QAbstractTableModel):
    def __init__(self, parent=None, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._today = today
        self._all: dict[UUID, TeamRow] = {}
        self._matches: set[UUID] | None = None  # None: no search, every row shown
        self._due_by: dt.date | None = None  # the banner's filter: deadlines on or before this day
        self._sort_column = NAME
        self._descending = False
        self._shown: list[TeamRow] = []
        self._erased: set[UUID] = set()

    # --- filling ---------------------------------------------------------------------------
    def set_rows(self, rows: list[TeamRow]) -> None:
        self._all = {row.candidate_id: row for row in rows if row.candidate_id not in self._erased}
        self._rebuild()

    def set_matches(self, matches: set[UUID] | None) -> None:
        self._matches = matches
        self._rebuild()

    def set_due_by(self, day: dt.date | None) -> None:
        """Show only the candidates due on or before ``day`` (overdue ones included); None: all."""
        self._due_by = day
        self._rebuild()

    @property
    def due_filter(self) -> dt.date | None:
        return self._due_by

    def put(self, row: TeamRow) -> None:
        """A new or changed candidate (this window's save or another member's); an older version
        arriving late (two notices read in parallel) never replaces a newer one."""
        self.put_rows([row])

    def put_rows(self, rows: list[TeamRow]) -> None:
        """Several at once (a search's matches not loaded yet): one re-sort, not one per row."""
        changed = False
        for row in rows:
            shown = self._all.get(row.candidate_id)
            if row.candidate_id in self._erased or (shown is not None and shown.version > row.version):
                continue
            self._all[row.candidate_id] = row
            changed = True
        if changed:
            self._rebuild()

    def drop(self, candidate_id: UUID) -> None:
        """An erased candidate: gone, and a read of them still on its way is not shown (ids never return)."""
        self._erased.add(candidate_id)
        if self._all.pop(candidate_id, None) is not None:
            self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        visible = [row for row in self._all.values() if (self._matches is None or row.candidate_id in self._matches)
                   and (self._due_by is None or (row.deadline is not None and row.deadline <= self._due_by))]
        by_name = sorted(visible, key=lambda row: (row.full_name.casefold(), str(row.candidate_id)))
        if self._sort_column == NAME:
            self._shown = by_name[::-1] if self._descending else by_name
        else:
            self._shown = sorted(by_name, key=self._sort_key, reverse=self._descending)  # stable: by name within a key
        self.endResetModel()

    def _sort_key(self, row: TeamRow) -> object:
        if self._sort_column == EMAIL:
            return (row.email or "").casefold()
        if self._sort_column in (DEADLINE, DAYS_LEFT):
            return row.deadline or LATEST
        return row.updated_at

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column if 0 <= column < UPDATED + 1 else NAME
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._rebuild()

    # --- reading ---------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return len(self._all)

    def row_at(self, index: int) -> TeamRow:
        return self._shown[index]

    def row_of(self, candidate_id: UUID) -> int | None:
        return next((number for number, row in enumerate(self._shown) if row.candidate_id == candidate_id), None)

    def known(self, ids: set[UUID]) -> set[UUID]:
        """Those of ``ids`` the list holds (shown or filtered out)."""
        return {candidate_id for candidate_id in ids if candidate_id in self._all}

    def names(self) -> list[str]:
        return [row.full_name for row in self._shown]

    # --- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        # The local list's words for the same columns (one list, whichever vault it shows).
        titles = (
            QCoreApplication.translate("CandidateTableModel", "Name"),
            QCoreApplication.translate("CandidateTableModel", "Email"),
            QCoreApplication.translate("CandidateTableModel", "Due for deletion"),
            QCoreApplication.translate("CandidateTableModel", "Days left"),
            QCoreApplication.translate("TeamTableModel", "Last changed"),
        )
        return titles[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._shown[index.row()]
        if role == ID_ROLE:
            return row.candidate_id
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DAYS_LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == DAYS_LEFT and row.deadline is not None \
                and row.deadline < self._today():
            return OVERDUE_COLOUR
        if row.restricted and column == NAME:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return for_theme(RESTRICTED_COLOR)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Processing restricted after a rights request: the data is kept but must not be used.")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == NAME:
            return row.full_name
        if column == EMAIL:
            return row.email or ""
        if column == DEADLINE:
            return short_date(row.deadline) if row.deadline is not None else self.tr("On legal hold")
        if column == DAYS_LEFT:
            return self.days_left_text(row)
        return short_datetime(row.updated_at)

    def days_left_text(self, row: TeamRow) -> str:
        """"12", "today", "3 days overdue"; empty for a candidate on legal hold."""
        if row.deadline is None:
            return ""
        days = (row.deadline - self._today()).days
        if days < 0:
            return self.tr("%n days overdue", "", -days)
        if days == 0:
            return self.tr("today")
        return str(days)
