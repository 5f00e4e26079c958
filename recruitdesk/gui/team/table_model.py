"""The team window's list: one line per candidate, names and e-mails decrypted on this machine.

The rows come whole from ``TeamDesk.rows`` (on a worker) and one at a time after a change
notice (:meth:`put` / :meth:`drop`), so another member's add, edit or erase shows without a reload.
A search narrows the shown lines to the ids the server matched on blind tokens.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from recruitdesk.dates import short_date, short_datetime
from recruitdesk.services.team_desk import TeamRow

NAME, EMAIL, DEADLINE, UPDATED = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TeamTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: dict[UUID, TeamRow] = {}
        self._matches: set[UUID] | None = None  # None: no search, every row shown
        self._shown: list[TeamRow] = []
        self._erased: set[UUID] = set()

    # --- filling ---------------------------------------------------------------------------
    def set_rows(self, rows: list[TeamRow]) -> None:
        self._all = {row.candidate_id: row for row in rows if row.candidate_id not in self._erased}
        self._rebuild()

    def set_matches(self, matches: set[UUID] | None) -> None:
        self._matches = matches
        self._rebuild()

    def put(self, row: TeamRow) -> None:
        """A new or changed candidate (this window's save or another member's); an older version
        arriving late (two notices read in parallel) never replaces a newer one."""
        shown = self._all.get(row.candidate_id)
        if row.candidate_id in self._erased or (shown is not None and shown.version > row.version):
            return
        self._all[row.candidate_id] = row
        self._rebuild()

    def drop(self, candidate_id: UUID) -> None:
        """An erased candidate: gone, and a read of them still on its way is not shown (ids never return)."""
        self._erased.add(candidate_id)
        if self._all.pop(candidate_id, None) is not None:
            self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        visible = self._all.values() if self._matches is None else (r for r in self._all.values() if r.candidate_id in self._matches)
        self._shown = sorted(visible, key=lambda row: (row.full_name.casefold(), str(row.candidate_id)))
        self.endResetModel()

    # --- reading ---------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return len(self._all)

    def row_at(self, index: int) -> TeamRow:
        return self._shown[index]

    def row_of(self, candidate_id: UUID) -> int | None:
        return next((number for number, row in enumerate(self._shown) if row.candidate_id == candidate_id), None)

    def names(self) -> list[str]:
        return [row.full_name for row in self._shown]

    # --- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("E-mail"), self.tr("Deadline"), self.tr("Last changed"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._shown[index.row()]
        if role == ID_ROLE:
            return row.candidate_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == NAME:
            return row.full_name
        if column == EMAIL:
            return row.email or ""
        if column == DEADLINE:
            return short_date(row.deadline)
        return short_datetime(row.updated_at)
