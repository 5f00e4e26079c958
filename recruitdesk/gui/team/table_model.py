"""The team's list: one line per candidate, names and e-mails decrypted on this machine.

The rows come whole from ``TeamDesk.rows`` (on a worker) and one at a time after a change
notice (:meth:`put` / :meth:`drop`), so another member's add, edit or erase shows without a reload.
A single change moves, inserts or removes its one line (a binary search in the sorted keys): at
100,000 candidates re-sorting the whole list for each notice froze the window for about half a
second per colleague's save, and a colleague's import of a few hundred CVs for minutes. The moved
line keeps its selection (``beginMoveRows``), as the view's other lines do.
A search narrows the shown lines to the ids the server matched on blind tokens; the retention
banner's filter to the candidates overdue or due within its days. Every column sorts (a click on
its header); the deadline and days-left columns by the day, a candidate on legal hold (no deadline:
every other countdown has one) last.

The columns, their headers and the Status column's words and colours are the local list's
(``gui.candidates``: ``row_order.status_of``, ``status_texts``, ``table_model.source_text``), so both
vaults read alike. Source and Last contact come from each candidate's sealed retention facts, opened
with the name at list time (``TeamDesk.rows``: about 0.7 s more of a worker's decrypting at 100,000). The
status comes from what a row already holds (its deadline, none on legal hold, and the restriction)
and today: no decryption. Sorting by Status needs no today: overdue, due soon and running rise with
the deadline whatever the day and the alert window (``ALERT_DAYS``), and legal holds come after them,
so the deadline order is the Status order (most urgent first; within a status by deadline, as the
local list) on every day. A turning day changes statuses, never the order: the cached order and the
keys of the binary searches stay right without a re-sort.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from functools import total_ordering
from typing import Any, Callable
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from recruitdesk.dates import short_date, short_datetime
from recruitdesk.gui.candidates import row_order, status_texts
from recruitdesk.gui.candidates.table_model import source_text, source_texts
from recruitdesk.gui.shell.styles import RESTRICTED_COLOR, for_theme
from recruitdesk.services.team_desk import TeamRow
from recruitdesk.services.team_retention import ALERT_DAYS

NAME, EMAIL, SOURCE, LAST_CONTACT, STATUS, DEADLINE, DAYS_LEFT, CONSENT, UPDATED = range(9)  # the local list's, then Last changed
COLUMN_COUNT = 9
ID_ROLE = Qt.ItemDataRole.UserRole + 1
LATEST = dt.date.max  # where a candidate on legal hold sorts among deadlines
OVERDUE_COLOUR = QColor("#b00020")  # the inline error colour (gui.shell.styles.ERROR_STYLE)
FULL_REBUILD_AT = 64  # more changed rows at once than this: one sort of everything is cheaper


@total_ordering
class _Descending:
    """A sort key compared the other way round: a descending column keeps its ties in name order."""

    __slots__ = ("key",)

    def __init__(self, key: Any) -> None:
        self.key = key

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Descending) and self.key == other.key

    def __lt__(self, other: "_Descending") -> bool:
        return other.key < self.key


def sort_key(row: TeamRow, column: int, descending: bool) -> object:
    """Where ``row`` sorts: by the column, then by name (ties in name order in both directions)."""
    by_name = (row.full_name.casefold(), str(row.candidate_id))
    if column == NAME:
        return _Descending(by_name) if descending else by_name
    if column == EMAIL:
        column_key: object = (row.email or "").casefold()
    elif column == SOURCE:  # as shown, as the local list sorts it
        column_key = source_text(row.source).casefold()
    elif column == LAST_CONTACT:  # none recorded: after every day (first when descending), as the local list
        column_key = row.last_contact_on or LATEST
    elif column in (STATUS, DEADLINE, DAYS_LEFT):  # Status too: its order is the deadline's on any day (module docstring)
        column_key = row.deadline or LATEST
    elif column == CONSENT:  # No before Yes, as the local list
        column_key = row.has_consent
    else:
        column_key = row.updated_at
    return (_Descending(column_key) if descending else column_key, by_name)


class SortedRows:
    """Rows with their keys, sorted off the GUI thread (a worker), for ``TeamTableModel.set_rows``:
    sorting 100,000 rows took over half a second of the window's time."""

    def __init__(self, rows: list[TeamRow], column: int, descending: bool) -> None:
        keyed = sorted(((sort_key(row, column, descending), row) for row in rows), key=lambda pair: pair[0])
        self.column, self.descending = column, descending
        self.keys = [key for key, _row in keyed]
        self.rows = [row for _key, row in keyed]

    def __len__(self) -> int:
        return len(self.rows)


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
        self._keys: list[object] = []  # each shown line's sort key, in the same order (for the binary searches)
        # Every row (shown or filtered out) in the sort order, kept across searches: clearing a search
        # (Esc) filters this instead of sorting 100,000 rows again. None: to be sorted at the next rebuild.
        self._order: tuple[list[object], list[TeamRow]] | None = None
        self._erased: set[UUID] = set()

    # --- filling ---------------------------------------------------------------------------
    def set_rows(self, rows: "list[TeamRow] | SortedRows") -> None:
        """Every row: a plain list is sorted here; ``SortedRows`` sorted on a worker in the order shown are taken as they are."""
        if isinstance(rows, SortedRows):
            keys, listed = rows.keys, rows.rows
            if self._erased and any(row.candidate_id in self._erased for row in listed):
                kept = [position for position, row in enumerate(listed) if row.candidate_id not in self._erased]
                keys, listed = [keys[position] for position in kept], [listed[position] for position in kept]
            self._all = {row.candidate_id: row for row in listed}
            self._order = (list(keys), list(listed)) if (rows.column, rows.descending) == self.sort_order else None
        else:
            self._all = {row.candidate_id: row for row in rows if row.candidate_id not in self._erased}
            self._order = None
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
        """Several at once (a search's matches not loaded yet): line by line, or one re-sort for many."""
        accepted = []
        for row in rows:
            known = self._all.get(row.candidate_id)
            if row.candidate_id in self._erased or (known is not None and known.version > row.version):
                continue
            accepted.append((known, row))
        if len(accepted) > FULL_REBUILD_AT:
            self._all.update((row.candidate_id, row) for _known, row in accepted)
            self._order = None
            self._rebuild()
            return
        for known, row in accepted:
            self._all[row.candidate_id] = row
            self._replace_line(known, row)

    def drop(self, candidate_id: UUID) -> None:
        """An erased candidate: gone, and a read of them still on its way is not shown (ids never return)."""
        self._erased.add(candidate_id)
        known = self._all.pop(candidate_id, None)
        if known is not None:
            self._replace_line(known, None)

    def _replace_line(self, old: TeamRow | None, new: TeamRow | None) -> None:
        """One candidate's line moved, inserted, changed in place or removed, keeping the sort."""
        self._reorder(old, new)
        at = self._position(old) if old is not None and self._visible(old) else None
        key = self._key(new) if new is not None and self._visible(new) else None
        if at is None and key is None:
            return
        if key is None:
            assert at is not None
            self.beginRemoveRows(QModelIndex(), at, at)
            del self._shown[at], self._keys[at]
            self.endRemoveRows()
            return
        assert new is not None
        if at is None:
            to = bisect_left(self._keys, key)
            self.beginInsertRows(QModelIndex(), to, to)
            self._shown.insert(to, new)
            self._keys.insert(to, key)
            self.endInsertRows()
            return
        shown, shown_key = self._shown.pop(at), self._keys.pop(at)
        to = bisect_left(self._keys, key)  # its place among the other lines
        if to == at:  # the same place: the line changes in place, its selection with it
            self._shown.insert(at, new)
            self._keys.insert(at, key)
            self.dataChanged.emit(self.index(at, 0), self.index(at, self.columnCount() - 1))
            return
        self._shown.insert(at, shown)  # as it was while Qt is told of the move
        self._keys.insert(at, shown_key)
        self.beginMoveRows(QModelIndex(), at, at, QModelIndex(), to + 1 if to > at else to)
        del self._shown[at], self._keys[at]
        self._shown.insert(to, new)
        self._keys.insert(to, key)
        self.endMoveRows()

    def _reorder(self, old: TeamRow | None, new: TeamRow | None) -> None:
        """The same change in the order of every row."""
        if self._order is None:
            return
        keys, rows = self._order
        if old is not None:
            at = bisect_left(keys, self._key(old))
            if at < len(rows) and rows[at].candidate_id == old.candidate_id:
                del keys[at], rows[at]
        if new is not None:
            key = self._key(new)
            at = bisect_left(keys, key)
            keys.insert(at, key)
            rows.insert(at, new)

    def _visible(self, row: TeamRow) -> bool:
        return (self._matches is None or row.candidate_id in self._matches) \
            and (self._due_by is None or (row.deadline is not None and row.deadline <= self._due_by))

    def _key(self, row: TeamRow) -> object:
        return sort_key(row, self._sort_column, self._descending)

    @property
    def sort_order(self) -> tuple[int, bool]:
        """The column and direction shown (a worker sorts a new list the same way: ``SortedRows``)."""
        return self._sort_column, self._descending

    def _position(self, row: TeamRow) -> int | None:
        """The line showing ``row`` (as it is shown now), found by its key."""
        at = bisect_left(self._keys, self._key(row))
        return at if at < len(self._shown) and self._shown[at].candidate_id == row.candidate_id else None

    def _rebuild(self) -> None:
        self.beginResetModel()
        if self._order is None:
            keyed = sorted(((self._key(row), row) for row in self._all.values()), key=lambda pair: pair[0])
            self._order = ([key for key, _row in keyed], [row for _key, row in keyed])
        keys, rows = self._order
        if self._matches is None and self._due_by is None:
            self._keys, self._shown = list(keys), list(rows)
        else:
            if self._matches is not None and len(self._matches) * 16 < len(rows):  # a search's few: found by key
                found = (self._all.get(candidate_id) for candidate_id in self._matches)
                chosen = sorted(bisect_left(keys, self._key(row)) for row in found if row is not None and self._visible(row))
            else:
                chosen = [position for position, row in enumerate(rows) if self._visible(row)]
            self._keys, self._shown = [keys[position] for position in chosen], [rows[position] for position in chosen]
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column if 0 <= column < COLUMN_COUNT else NAME
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._order = None
        self._rebuild()

    # --- reading ---------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return len(self._all)

    def row_at(self, index: int) -> TeamRow:
        return self._shown[index]

    def row_of(self, candidate_id: UUID) -> int | None:
        row = self._all.get(candidate_id)
        return self._position(row) if row is not None and self._visible(row) else None

    def known(self, ids: set[UUID]) -> set[UUID]:
        """Those of ``ids`` the list holds (shown or filtered out)."""
        return {candidate_id for candidate_id in ids if candidate_id in self._all}

    def names(self) -> list[str]:
        return [row.full_name for row in self._shown]

    # --- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        # The local list's words for the same columns (one list, whichever vault it shows).
        titles = (
            QCoreApplication.translate("CandidateTableModel", "Name"),
            QCoreApplication.translate("CandidateTableModel", "Email"),
            QCoreApplication.translate("CandidateTableModel", "Source"),
            QCoreApplication.translate("CandidateTableModel", "Last contact"),
            QCoreApplication.translate("CandidateTableModel", "Status"),
            QCoreApplication.translate("CandidateTableModel", "Due for deletion"),
            QCoreApplication.translate("CandidateTableModel", "Days left"),
            QCoreApplication.translate("CandidateTableModel", "Consent"),
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
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LAST_CONTACT, CONSENT):  # as the local list's
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == DAYS_LEFT and row.deadline is not None \
                and row.deadline < self._today():
            return OVERDUE_COLOUR
        if column == STATUS and role != Qt.ItemDataRole.DisplayRole:
            return self._status_data(row, role)
        if row.restricted and column == NAME:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return for_theme(RESTRICTED_COLOR)
            if role == Qt.ItemDataRole.ToolTipRole:
                return status_texts.restricted_tooltip()
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == NAME:
            return row.full_name
        if column == EMAIL:
            return row.email or ""
        if column == SOURCE:
            return source_text(row.source)
        if column == LAST_CONTACT:
            return short_date(row.last_contact_on)
        if column == STATUS:
            return status_texts.text(self.status_of(row), row.restricted)
        if column == DEADLINE:
            return short_date(row.deadline) if row.deadline is not None else self.tr("On legal hold")
        if column == DAYS_LEFT:
            return self.days_left_text(row)
        if column == CONSENT:
            return QCoreApplication.translate("CandidateTableModel", "Yes") if row.has_consent \
                else QCoreApplication.translate("CandidateTableModel", "No")
        return short_datetime(row.updated_at)

    def status_of(self, row: TeamRow) -> str:
        """The local list's status key (``row_order``): no deadline is a legal hold in a team."""
        return row_order.status_of(row.deadline, row.deadline is None, self._today(), ALERT_DAYS)

    def _status_data(self, row: TeamRow, role: int) -> Any:
        """The Status cell's colour, font and tooltip, as the local list's."""
        if role == Qt.ItemDataRole.ForegroundRole:
            return status_texts.foreground(self.status_of(row), row.restricted)
        if role == Qt.ItemDataRole.FontRole:
            return status_texts.font(self.status_of(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            return status_texts.restricted_tooltip() if row.restricted else status_texts.tooltip(self.status_of(row), ALERT_DAYS)
        return None

    def possible_texts(self, column: int) -> list[str]:
        """Every text the Source or Status column can show in this language, for its width; [] for the others."""
        if column == SOURCE:
            return source_texts()
        return status_texts.possible_texts() if column == STATUS else []

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
