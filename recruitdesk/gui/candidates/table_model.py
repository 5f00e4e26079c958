"""The candidate list as a Qt table model, fed by ``services.candidates.candidate_rows``.

Rows are plain ``CandidateRow`` values loaded by the window through a service call; the model
never touches the database. The Status and Days left columns are derived from the cached due
date and today (from the injected clock), plus the set of candidates on legal hold and the alert
window the window hands over from the retention summary (:meth:`set_retention_context`); the
rows themselves already say which candidates are on legal hold, so the first paint, before the
summary arrives, shows holds right. Sorting happens here, on the Python list, rather than through a
``QSortFilterProxyModel`` (DESIGN.md section 3: a proxy is far too slow at 100k rows), with the
key arrays and orders of :mod:`~recruitdesk.gui.candidates.row_order` computed once per load and
cached per column, so the list needs no ORDER BY from the database. Filtering too:
:meth:`set_filter` keeps only the rows whose ids a search returned, in the current sort order,
and ``set_filter(None)`` shows every row again. Locking the vault calls :meth:`clear`, so no
decrypted name stays in memory behind the view.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable, Iterable, Sequence

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QFont

from recruitdesk import labels
from recruitdesk.dates import short_date
from recruitdesk.gui.candidates import row_order, status_texts
from recruitdesk.gui.candidates.row_order import (  # noqa: F401 - the columns and statuses are used from here
    COLUMN_COUNT, CONSENT, DAYS_LEFT, DUE_ON, DUE_SOON, EMAIL, LAST_CONTACT, NAME, NO_DEADLINE, ON_HOLD, OVERDUE, RUNNING,
    SOURCE, STATUS, STATUS_ORDER, RowOrders, StatusContext,
)
from recruitdesk.gui.candidates.status_texts import STATUS_COLORS
from recruitdesk.gui.shell.styles import (  # noqa: F401 - the status colours are used from here
    DUE_SOON_COLOR, ON_HOLD_COLOR, OVERDUE_COLOR, RESTRICTED_COLOR, for_theme,
)
from recruitdesk.services.candidates import CandidateRow

DEFAULT_ALERT_WINDOW_DAYS = 14

Index = QModelIndex | QPersistentModelIndex


def source_text(code: str) -> str:
    """The Source column's text for a source code, in this language (the team's list shows the same)."""
    return labels.label("source", code)


def source_texts() -> list[str]:
    """Every text the Source column can show in this language (for its width)."""
    return [source_text(code) for code in labels.SOURCES]


class CandidateTableModel(QAbstractTableModel):
    """Read-only table: Name, Email, Source, Last contact, Status, Due for deletion, Days left, Consent."""

    def __init__(self, today: Callable[[], dt.date], parent=None) -> None:
        super().__init__(parent)
        self._today = today
        self._orders = RowOrders([], self._source_label)  # every row loaded, and their cached orders
        self._view: list[int] = []  # positions (in the load) of the rows shown, top to bottom
        self._row_of_id: dict[int, int] | None = None  # built on the first row_of() after a change
        self._all_rows: list[CandidateRow] = []
        self._filter: frozenset[int] | None = None
        self._sort_column: int | None = None  # as loaded, until a sort (the window sorts each load)
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._on_hold: frozenset[int] = frozenset()
        self._window_days = DEFAULT_ALERT_WINDOW_DAYS
        # While the window is idle after a load, the other columns' orders are computed one per
        # turn of the event loop (20-45 ms each at 100k), so a first click finds its order ready.
        self._prepare = QTimer(self)
        self._prepare.setSingleShot(True)
        self._prepare.setInterval(0)
        self._prepare.timeout.connect(self._prepare_next_order)

    def _prepare_next_order(self) -> None:
        if self._orders.prepare_next():
            self._prepare.start()

    # --- loading ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[CandidateRow], column: int | None = None,
                 order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Every candidate, in any order: shown sorted by ``column`` (None: the current sort,
        as loaded at first), so a load is sorted once; an active filter still applies."""
        if column is not None and 0 <= column < COLUMN_COUNT:
            self._sort_column, self._sort_order = column, order
        self.beginResetModel()
        self._all_rows = list(rows)
        self._orders = RowOrders(self._all_rows, self._source_label)
        self._show(self._visible())
        self.endResetModel()
        if self._all_rows:
            self._prepare.start()
        else:
            self._prepare.stop()

    def clear(self) -> None:
        self._filter = None
        self.set_rows([])
        self._on_hold = frozenset()

    def set_filter(self, ids: Iterable[int] | None) -> None:
        """Show only the candidates in ``ids`` (in the current sort order); None shows all."""
        self.beginResetModel()
        self._filter = None if ids is None else frozenset(ids)
        self._show(self._visible())
        self.endResetModel()

    @property
    def is_filtered(self) -> bool:
        return self._filter is not None

    @property
    def total_count(self) -> int:
        """All candidates loaded, filtered or not."""
        return len(self._all_rows)

    def _context(self) -> StatusContext:
        """Today (asked once), the holds and the alert window: what Status and Days left depend on."""
        return StatusContext(self._today(), self._on_hold, self._window_days)

    def _visible(self) -> list[int]:
        """The rows passing the filter, in the current sort order (cached per column)."""
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if self._filter is None:
            return self._orders.order(self._sort_column, descending, self._context())
        return self._orders.filtered(self._sort_column, descending, self._context(), self._filter)

    def _show(self, view: list[int]) -> None:
        """Show the loaded rows at the positions in ``view``, top to bottom: the view keeps
        positions, not the rows themselves (copying 100,000 row references into sort order
        cost a third of a sort)."""
        self._view = view
        self._row_of_id = None

    def row_at(self, row: int) -> CandidateRow:
        return self._all_rows[self._view[row]]

    def row_of(self, candidate_id: int) -> int | None:
        """The row showing candidate ``candidate_id``, or None."""
        if self._row_of_id is None:
            ids = self._orders.ids()
            self._row_of_id = {ids[position]: row for row, position in enumerate(self._view)}
        return self._row_of_id.get(candidate_id)

    def set_retention_context(self, on_hold_ids: Iterable[int], window_days: int) -> None:
        """Which candidates are on legal hold and how many days count as "due soon"."""
        self._on_hold = frozenset(on_hold_ids)
        self._window_days = int(window_days)
        if self._view:
            self.dataChanged.emit(self.index(0, STATUS), self.index(len(self._view) - 1, DAYS_LEFT))

    def refresh_today(self) -> None:
        """The day changed: days left and statuses move on."""
        if self._view:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._view) - 1, COLUMN_COUNT - 1))

    def _held(self, row: CandidateRow) -> bool:
        return row.on_hold or row.id in self._on_hold

    def status_of(self, row: CandidateRow) -> str:
        return row_order.status_of(row.due_on, self._held(row), self._today(), self._window_days)

    def days_left(self, row: CandidateRow) -> int | None:
        if self._held(row) or row.due_on is None:
            return None
        return (row.due_on - self._today()).days

    # --- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._view)

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
        if not index.isValid() or not 0 <= index.row() < len(self._view):
            return None
        row = self._all_rows[self._view[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._days_sentence(row) if column == DAYS_LEFT else self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return status_texts.foreground(self.status_of(row), row.restricted)
        if role == Qt.ItemDataRole.ForegroundRole and column in (DUE_ON, DAYS_LEFT):
            color = STATUS_COLORS.get(self.status_of(row))
            return for_theme(color) if color is not None else None
        if role == Qt.ItemDataRole.FontRole and column == NAME and row.restricted:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.FontRole and column == STATUS:
            return status_texts.font(self.status_of(row))
        if role == Qt.ItemDataRole.ToolTipRole and row.restricted and column in (NAME, STATUS):
            return status_texts.restricted_tooltip()
        if role == Qt.ItemDataRole.ToolTipRole and column in (STATUS, DUE_ON, DAYS_LEFT):
            return status_texts.tooltip(self.status_of(row), self._window_days)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LAST_CONTACT, DUE_ON, DAYS_LEFT, CONSENT):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self._sort_column, self._sort_order = column, order  # a new filter or load keeps this order
        view = self._visible()
        if view is self._view:  # already shown in this order (the cached list itself)
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        new_row = self._new_rows([index.row() for index in old], view)
        self._show(view)
        self.changePersistentIndexList(old, [self.index(new_row[index.row()], index.column()) for index in old])
        self.layoutChanged.emit()

    def _new_rows(self, old_rows: list[int], view: list[int]) -> dict[int, int]:
        """Where the rows at ``old_rows`` are shown in ``view``: a few lookups, or one pass."""
        wanted = {row: self._view[row] for row in old_rows}
        if len(wanted) < 32:
            return {row: view.index(position) for row, position in wanted.items()}
        place = {position: new for new, position in enumerate(view)}
        return {row: place[position] for row, position in wanted.items()}

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
            return status_texts.text(self.status_of(row), row.restricted)
        if column == DUE_ON:
            return short_date(row.due_on)
        if column == DAYS_LEFT:
            days = self.days_left(row)
            return "" if days is None else QLocale().toString(days)
        if column == CONSENT:
            return self.tr("Yes") if row.has_consent else self.tr("No")
        return ""

    def _source_label(self, source: str) -> str:
        return source_text(source)

    def possible_texts(self, column: int) -> list[str]:
        """Every text the Source or Status column can show in this language (restricted
        statuses included), for sizing the column; [] for the other columns."""
        if column == SOURCE:
            return source_texts()
        if column == STATUS:
            return status_texts.possible_texts()
        return []

    def _days_sentence(self, row: CandidateRow) -> str:
        days = self.days_left(row)
        if days is None:
            return self.tr("No deadline")
        if days < 0:
            return self.tr("%n days overdue", "", -days)
        return self.tr("%n days left", "", days)
