"""The candidate list as a Qt table model, fed by ``services.candidates.candidate_rows``.

Rows are plain ``CandidateRow`` values loaded by the window through a service call; the model
never touches the database. The Status and Days left columns are derived from the cached due
date and today (from the injected clock), plus the set of candidates on legal hold and the alert
window the window hands over from the retention summary (:meth:`set_retention_context`). Sorting happens here, on the Python list, rather than through a
``QSortFilterProxyModel`` (DESIGN.md section 3: a proxy is far too slow at 100k rows). Filtering
too: :meth:`set_filter` keeps only the rows whose ids a search returned, in the current sort
order, and ``set_filter(None)`` shows every row again. Locking the vault calls :meth:`clear`, so
no decrypted name stays in memory behind the view.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable, Iterable, Sequence

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from recruitdesk import labels
from recruitdesk.dates import short_date
from recruitdesk.gui.shell.styles import DUE_SOON_COLOR, ON_HOLD_COLOR, OVERDUE_COLOR, RESTRICTED_COLOR, for_theme
from recruitdesk.services.candidates import CandidateRow

NAME, EMAIL, SOURCE, LAST_CONTACT, STATUS, DUE_ON, DAYS_LEFT, CONSENT = range(8)
COLUMN_COUNT = 8
DEFAULT_ALERT_WINDOW_DAYS = 14

# Status keys, in the order sorting by Status shows them: what needs action first.
# Every candidate has a deadline (the engine guarantees it); only a legal hold has none. A row
# without a due date that is not held was simply not computed yet (just after an upgrade).
OVERDUE, DUE_SOON, RUNNING, ON_HOLD, NO_DEADLINE = "overdue", "due_soon", "running", "on_hold", "not_computed"
STATUS_ORDER = {key: position for position, key in enumerate((OVERDUE, DUE_SOON, RUNNING, ON_HOLD, NO_DEADLINE))}
STATUS_COLORS = {OVERDUE: OVERDUE_COLOR, DUE_SOON: DUE_SOON_COLOR, ON_HOLD: ON_HOLD_COLOR}

Index = QModelIndex | QPersistentModelIndex



class CandidateTableModel(QAbstractTableModel):
    """Read-only table: Name, Email, Source, Last contact, Status, Due for deletion, Days left, Consent."""

    def __init__(self, today: Callable[[], dt.date], parent=None) -> None:
        super().__init__(parent)
        self._today = today
        self._rows: list[CandidateRow] = []  # the rows shown: all of them, or the filtered ones
        self._all_rows: list[CandidateRow] = []
        self._filter: frozenset[int] | None = None
        self._sort_column: int | None = None
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._on_hold: frozenset[int] = frozenset()
        self._window_days = DEFAULT_ALERT_WINDOW_DAYS

    # --- loading ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[CandidateRow]) -> None:
        """Every candidate; an active filter still applies to them."""
        self.beginResetModel()
        self._all_rows = self._sorted(rows)
        self._rows = self._visible_rows()
        self.endResetModel()

    def clear(self) -> None:
        self._filter = None
        self.set_rows([])
        self._on_hold = frozenset()

    def set_filter(self, ids: Iterable[int] | None) -> None:
        """Show only the candidates in ``ids`` (in the current sort order); None shows all."""
        self.beginResetModel()
        self._filter = None if ids is None else frozenset(ids)
        self._rows = self._visible_rows()
        self.endResetModel()

    @property
    def is_filtered(self) -> bool:
        return self._filter is not None

    @property
    def total_count(self) -> int:
        """All candidates loaded, filtered or not."""
        return len(self._all_rows)

    def _visible_rows(self) -> list[CandidateRow]:
        """The rows passing the filter; ``_all_rows`` is kept in the sort order, so no sorting."""
        if self._filter is None:
            return list(self._all_rows)
        return [row for row in self._all_rows if row.id in self._filter]

    def _sorted(self, rows: Iterable[CandidateRow]) -> list[CandidateRow]:
        key = self._sort_key(self._sort_column) if self._sort_column is not None else None
        if key is None:
            return list(rows)
        return sorted(rows, key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def row_at(self, row: int) -> CandidateRow:
        return self._rows[row]

    def row_of(self, candidate_id: int) -> int | None:
        """The row showing candidate ``candidate_id``, or None."""
        for position, row in enumerate(self._rows):
            if row.id == candidate_id:
                return position
        return None

    def set_retention_context(self, on_hold_ids: Iterable[int], window_days: int) -> None:
        """Which candidates are on legal hold and how many days count as "due soon"."""
        self._on_hold = frozenset(on_hold_ids)
        self._window_days = int(window_days)
        if self._rows:
            self.dataChanged.emit(self.index(0, STATUS), self.index(len(self._rows) - 1, DAYS_LEFT))

    def refresh_today(self) -> None:
        """The day changed: days left and statuses move on."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    def status_of(self, row: CandidateRow) -> str:
        if row.id in self._on_hold:
            return ON_HOLD
        if row.due_on is None:
            return NO_DEADLINE
        days = (row.due_on - self._today()).days
        if days < 0:
            return OVERDUE
        return DUE_SOON if days <= self._window_days else RUNNING

    def days_left(self, row: CandidateRow) -> int | None:
        if row.id in self._on_hold or row.due_on is None:
            return None
        return (row.due_on - self._today()).days

    # --- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Name"),
            self.tr("Email"),
            self.tr("Source"),
            self.tr("Last contact"),
            self.tr("Status"),
            self.tr("Due for deletion"),
            self.tr("Days left"),
            self.tr("Consent"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._days_sentence(row) if column == DAYS_LEFT else self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS and row.restricted \
                and self.status_of(row) not in (OVERDUE, DUE_SOON):
            return for_theme(RESTRICTED_COLOR)
        if role == Qt.ItemDataRole.ForegroundRole and column in (STATUS, DUE_ON, DAYS_LEFT):
            color = STATUS_COLORS.get(self.status_of(row))
            return for_theme(color) if color is not None else None
        if role == Qt.ItemDataRole.FontRole and column == NAME and row.restricted:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.FontRole and column == STATUS and self.status_of(row) in (OVERDUE, DUE_SOON):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and row.restricted and column in (NAME, STATUS):
            return self.tr("Processing restricted after a rights request: keep this candidate's data, but do not use it.")
        if role == Qt.ItemDataRole.ToolTipRole and column in (STATUS, DUE_ON, DAYS_LEFT):
            return self._status_tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LAST_CONTACT, DUE_ON, DAYS_LEFT, CONSENT):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _sort_key(self, column: int) -> Callable[[CandidateRow], Any] | None:
        if column == SOURCE:
            return lambda row: self._source_label(row.source).casefold()  # as shown
        if column == STATUS:
            return lambda row: (STATUS_ORDER[self.status_of(row)], _date_key(row.due_on), row.name.casefold())
        if column == DAYS_LEFT:
            return lambda row: _days_key(self.days_left(row))  # overdue (negative) first
        return _SORT_KEYS.get(column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._sort_key(column)
        if key is None:
            return
        self._sort_column, self._sort_order = column, order  # a new filter keeps this order
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        positions = sorted(range(len(self._rows)), key=lambda i: key(self._rows[i]), reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = [self._rows[i] for i in positions]
        # Every row, hidden ones too, keeps this order, so clearing a filter needs no sorting.
        self._all_rows = self._sorted(self._all_rows) if self._filter is not None else list(self._rows)
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
            return short_date(row.last_contact_on)
        if column == STATUS:
            status = self.status_of(row)
            if row.restricted:
                if status in (OVERDUE, DUE_SOON):
                    return self.tr("{status}, restricted").format(status=self._status_label(status))
                return self.tr("Restricted")
            return self._status_label(status)
        if column == DUE_ON:
            return short_date(row.due_on)
        if column == DAYS_LEFT:
            days = self.days_left(row)
            return "" if days is None else QLocale().toString(days)
        if column == CONSENT:
            return self.tr("Yes") if row.has_consent else self.tr("No")
        return ""

    def _source_label(self, source: str) -> str:
        return labels.label("source", source)

    def possible_texts(self, column: int) -> list[str]:
        """Every text the Source or Status column can show in this language (restricted
        statuses included), for sizing the column; [] for the other columns."""
        if column == SOURCE:
            return [self._source_label(code) for code in labels.SOURCES]
        if column == STATUS:
            statuses = [self._status_label(status) for status in STATUS_ORDER]
            restricted = [self.tr("{status}, restricted").format(status=self._status_label(status)) for status in (OVERDUE, DUE_SOON)]
            return [*statuses, self.tr("Restricted"), *restricted]
        return []

    def _status_label(self, status: str) -> str:
        labels = {
            OVERDUE: self.tr("Overdue"),
            DUE_SOON: self.tr("Due soon"),
            RUNNING: self.tr("Running"),
            ON_HOLD: self.tr("On legal hold"),
            NO_DEADLINE: self.tr("Not computed yet"),
        }
        return labels[status]

    def _days_sentence(self, row: CandidateRow) -> str:
        days = self.days_left(row)
        if days is None:
            return self.tr("No deadline")
        if days < 0:
            return self.tr("%n days overdue", "", -days)
        return self.tr("%n days left", "", days)

    def _status_tooltip(self, row: CandidateRow) -> str | None:
        status = self.status_of(row)
        if status == OVERDUE:
            return self.tr("Overdue: this candidate's data should already have been deleted.")
        if status == DUE_SOON:
            return self.tr("Due for deletion within {days} days: review this candidate.").format(days=self._window_days)
        if status == ON_HOLD:
            return self.tr("On legal hold: deletion is suspended until the hold is released.")
        return None


def _days_key(days: int | None) -> tuple[bool, int]:
    """No deadline sorts after every number of days."""
    return (days is None, days if days is not None else 0)


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
