"""The candidate list as a Qt table model, fed by ``services.candidates.candidate_rows``.

Rows are plain ``CandidateRow`` values loaded by the window through a service call; the model
never touches the database. Sorting happens here, on the Python list, rather than through a
``QSortFilterProxyModel`` (DESIGN.md section 3: a proxy is far too slow at 100k rows). Locking
the vault calls :meth:`clear`, so no decrypted name stays in memory behind the view.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from recruitdesk.services.candidates import CandidateRow

NAME, EMAIL, SOURCE, LAST_CONTACT, DUE_ON, CONSENT = range(6)
OVERDUE_COLOR = QColor(176, 0, 32)

Index = QModelIndex | QPersistentModelIndex


class CandidateTableModel(QAbstractTableModel):
    """Read-only table: Name, Email, Source, Last contact, Due for deletion, Consent."""

    def __init__(self, today: Callable[[], dt.date], parent=None) -> None:
        super().__init__(parent)
        self._today = today
        self._rows: list[CandidateRow] = []

    # --- loading ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[CandidateRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> CandidateRow:
        return self._rows[row]

    # --- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Name"),
            self.tr("Email"),
            self.tr("Source"),
            self.tr("Last contact"),
            self.tr("Due for deletion"),
            self.tr("Consent"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == DUE_ON and self._is_overdue(row):
            return OVERDUE_COLOR
        if role == Qt.ItemDataRole.ToolTipRole and column == DUE_ON and self._is_overdue(row):
            return self.tr("Overdue: this candidate's data should already have been deleted.")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LAST_CONTACT, DUE_ON, CONSENT):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = _SORT_KEYS.get(column)
        if column == SOURCE:
            key = lambda row: self._source_label(row.source).casefold()  # noqa: E731 - as shown
        if key is None:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        positions = sorted(range(len(self._rows)), key=lambda i: key(self._rows[i]), reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = [self._rows[i] for i in positions]
        new_row = {old_row: new for new, old_row in enumerate(positions)}
        new = [self.index(new_row[index.row()], index.column()) for index in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # --- formatting ------------------------------------------------------------------------
    def _display(self, row: CandidateRow, column: int) -> str:
        if column == NAME:
            return row.name
        if column == EMAIL:
            return row.email or ""
        if column == SOURCE:
            return self._source_label(row.source)
        if column == LAST_CONTACT:
            return _date_text(row.last_contact_on)
        if column == DUE_ON:
            return _date_text(row.due_on)
        if column == CONSENT:
            return self.tr("Yes") if row.has_consent else self.tr("No")
        return ""

    def _source_label(self, source: str) -> str:
        labels = {
            "application": self.tr("Application"),
            "job_site": self.tr("Job site"),
            "referral": self.tr("Referral"),
            "sourced": self.tr("Sourced"),
        }
        return labels.get(source, source)

    def _is_overdue(self, row: CandidateRow) -> bool:
        return row.due_on is not None and row.due_on < self._today()


def _date_text(value: dt.date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def _date_key(value: dt.date | None) -> tuple[bool, dt.date]:
    """Empty dates sort after every real date."""
    return (value is None, value or dt.date.min)


_SORT_KEYS: dict[int, Callable[[CandidateRow], Any]] = {
    NAME: lambda row: row.name.casefold(),
    EMAIL: lambda row: (row.email or "").casefold(),
    LAST_CONTACT: lambda row: _date_key(row.last_contact_on),
    DUE_ON: lambda row: _date_key(row.due_on),
    CONSENT: lambda row: row.has_consent,
}
