"""The candidate table's columns, row statuses and sort orders, without Qt.

Sorting 100,000 rows by calling a key function per row (a status that asks the clock for today,
a label looked up per row) cost 56-176 ms per click. Here each column's keys are computed once
per load into a flat list of ints or strings, each order is computed once and cached per
column and direction, and a click on a column already sorted is a lookup. The keys of the
Status and Days left columns depend on today, the legal holds and the alert window: they are
recomputed when that context changes, with today read once per sort, never per row.

Every order is a stable sort of the name order, so rows that tie on a column (the same status,
no consent) stay in name order, descending too (``sorted(..., reverse=True)`` keeps ties in
their original order): what the table showed when each click re-sorted the name-sorted list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Sequence

from recruitdesk.services.candidates import CandidateRow

NAME, EMAIL, SOURCE, LAST_CONTACT, STATUS, DUE_ON, DAYS_LEFT, CONSENT = range(8)
COLUMN_COUNT = 8

# Status keys, in the order sorting by Status shows them: what needs action first.
# Every candidate has a deadline (the engine guarantees it); only a legal hold has none. A row
# without a due date that is not held was simply not computed yet (just after an upgrade).
OVERDUE, DUE_SOON, RUNNING, ON_HOLD, NO_DEADLINE = "overdue", "due_soon", "running", "on_hold", "not_computed"
STATUS_ORDER = {key: position for position, key in enumerate((OVERDUE, DUE_SOON, RUNNING, ON_HOLD, NO_DEADLINE))}

# An empty date or "no days left" sorts after every real one: date.max's ordinal is 3,652,059.
NO_DATE = 10_000_000
_STATUS_STEP = 2 * NO_DATE  # status rank first, then the due date (or NO_DATE)
_RANK = {key: STATUS_ORDER[key] * _STATUS_STEP for key in STATUS_ORDER}

# Below this share of all rows a filter is ordered by looking up each match's position;
# above it, one pass over the sorted rows is cheaper.
_LOOKUP_SHARE = 16


def status_of(due_on: dt.date | None, held: bool, today: dt.date, window_days: int) -> str:
    """The Status column's key for one row: on hold, not computed, overdue, due soon or running."""
    if held:
        return ON_HOLD
    if due_on is None:
        return NO_DEADLINE
    days = (due_on - today).days
    if days < 0:
        return OVERDUE
    return DUE_SOON if days <= window_days else RUNNING


@dataclass(frozen=True)
class StatusContext:
    """What the Status and Days left columns depend on besides the rows."""

    today: dt.date
    on_hold: frozenset[int]
    window_days: int


class RowOrders:
    """The sort orders of one load of rows: lists of row positions, each computed once.

    The lists returned are shared with the cache: callers must not change them.
    """

    def __init__(self, rows: Sequence[CandidateRow], source_label: Callable[[str], str]) -> None:
        self._rows = rows
        self._source_label = source_label
        self._keys: dict[int, list] = {}
        self._orders: dict[tuple[int | None, bool], list[int]] = {}
        self._positions: dict[tuple[int | None, bool], list[int]] = {}  # the place of each row in an order
        self._context: StatusContext | None = None
        self._ids: list[int] | None = None
        self._index_of_id: dict[int, int] | None = None

    def __len__(self) -> int:
        return len(self._rows)

    def order(self, column: int | None, descending: bool, context: StatusContext) -> list[int]:
        """Row positions sorted by ``column`` (ties in name order); None: as loaded."""
        if column in (STATUS, DAYS_LEFT) and context != self._context:
            self._forget_context_columns()
            self._context = context
        cached = self._orders.get((column, descending))
        if cached is None:
            if column is None:
                cached = list(range(len(self._rows)))
            elif column == NAME and not descending:
                cached = self._name_order()
            else:
                keys = self._key_array(column, context)
                cached = sorted(self._name_order(), key=keys.__getitem__, reverse=descending)
            self._orders[(column, descending)] = cached
        return cached

    def filtered(self, column: int | None, descending: bool, context: StatusContext, ids: frozenset[int]) -> list[int]:
        """The positions of the rows whose id is in ``ids``, in the order of ``column``."""
        order = self.order(column, descending, context)
        if not ids:
            return []
        if len(ids) * _LOOKUP_SHARE < len(self._rows):
            index_of_id = self._id_index()
            matches = [index_of_id[candidate_id] for candidate_id in ids if candidate_id in index_of_id]
            return sorted(matches, key=self.positions(column, descending, context).__getitem__)
        row_ids = self.ids()
        return [position for position in order if row_ids[position] in ids]

    def positions(self, column: int | None, descending: bool, context: StatusContext) -> list[int]:
        """For each row, its place in the order of ``column``; computed once per order."""
        order = self.order(column, descending, context)
        positions = self._positions.get((column, descending))
        if positions is None:
            positions = [0] * len(order)
            for place, row in enumerate(order):
                positions[row] = place
            self._positions[(column, descending)] = positions
        return positions

    def index_of_id(self, candidate_id: int) -> int | None:
        """The row position of a candidate id, or None."""
        return self._id_index().get(candidate_id)

    def ids(self) -> list[int]:
        if self._ids is None:
            self._ids = [row.id for row in self._rows]
        return self._ids

    # --- keys ------------------------------------------------------------------------------
    def _forget_context_columns(self) -> None:
        for column in (STATUS, DAYS_LEFT):
            self._keys.pop(column, None)
            for descending in (False, True):
                self._orders.pop((column, descending), None)
                self._positions.pop((column, descending), None)

    def _id_index(self) -> dict[int, int]:
        if self._index_of_id is None:
            self._index_of_id = {candidate_id: position for position, candidate_id in enumerate(self.ids())}
        return self._index_of_id

    def _name_order(self) -> list[int]:
        order = self._orders.get((NAME, False))
        if order is None:
            names = self._key_array(NAME, None)
            order = sorted(range(len(self._rows)), key=names.__getitem__)
            self._orders[(NAME, False)] = order
        return order

    def _key_array(self, column: int, context: StatusContext | None) -> list:
        keys = self._keys.get(column)
        if keys is None:
            keys = self._compute_keys(column, context)
            self._keys[column] = keys
        return keys

    def _compute_keys(self, column: int, context: StatusContext | None) -> list:
        rows = self._rows
        if column == NAME:
            return [row.name.casefold() for row in rows]
        if column == EMAIL:
            return [(row.email or "").casefold() for row in rows]
        if column == SOURCE:
            labels: dict[str, str] = {}
            for row in rows:
                if row.source not in labels:
                    labels[row.source] = self._source_label(row.source).casefold()  # as shown
            return [labels[row.source] for row in rows]
        if column == LAST_CONTACT:
            return [row.last_contact_on.toordinal() if row.last_contact_on is not None else NO_DATE for row in rows]
        if column == DUE_ON:
            return [row.due_on.toordinal() if row.due_on is not None else NO_DATE for row in rows]
        if column == CONSENT:
            return [row.has_consent for row in rows]
        assert context is not None
        if column == STATUS:
            return self._status_keys(context)
        if column == DAYS_LEFT:
            today = context.today.toordinal()
            held = context.on_hold
            return [NO_DATE if row.due_on is None or row.on_hold or row.id in held else row.due_on.toordinal() - today
                    for row in rows]  # overdue (negative) first, no deadline last
        raise ValueError(column)

    def _status_keys(self, context: StatusContext) -> list[int]:
        """Status rank, then due date: the rules of :func:`status_of`, inlined for 100k rows."""
        today = context.today.toordinal()
        held, window = context.on_hold, context.window_days
        on_hold, no_deadline = _RANK[ON_HOLD], _RANK[NO_DEADLINE] + NO_DATE
        overdue, due_soon, running = _RANK[OVERDUE], _RANK[DUE_SOON], _RANK[RUNNING]
        keys = []
        for row in self._rows:
            due = row.due_on.toordinal() if row.due_on is not None else NO_DATE
            if row.on_hold or row.id in held:
                keys.append(on_hold + due)
            elif row.due_on is None:
                keys.append(no_deadline)
            else:
                days = due - today
                keys.append((overdue if days < 0 else due_soon if days <= window else running) + due)
        return keys
