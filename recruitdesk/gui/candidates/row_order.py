"""The candidate table's columns, row statuses and sort orders, without Qt.

Sorting 100,000 rows by calling a key function per row (a status that asks the clock for today,
a label looked up per row) cost 56-176 ms per click, and a generic sort per column and direction
still cost 40-60 ms. Here:

- the name order is the base of every order (rows that tie on a column stay in name order, in
  both directions: what the table showed when each click re-sorted the name-sorted list);
- columns with few distinct values (dates, source, consent) are bucketed in one pass over the
  name order, so each bucket is already in name order: ascending is the buckets in key order,
  descending the same buckets in reverse key order, no sort of 100,000 items at all;
- the Status and Days left orders follow from the due-date buckets and the legal holds alone: a
  row's status (overdue, due soon, running) rises with its due date whatever today and the alert
  window are, so neither is read while sorting, and a new day changes no order;
- a column of mostly distinct texts (e-mail) is sorted once; its descending order is the
  ascending one reversed, with the rare runs of equal keys put back in name order.

Each order is computed once per load and cached per column and direction.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from itertools import chain, compress, islice
from operator import attrgetter, eq, ne
from typing import Callable, Hashable, Sequence

from recruitdesk.services.candidates import CandidateRow

NAME, EMAIL, SOURCE, LAST_CONTACT, STATUS, DUE_ON, DAYS_LEFT, CONSENT = range(8)
COLUMN_COUNT = 8

# Status keys, in the order sorting by Status shows them: what needs action first.
# Every candidate has a deadline (the engine guarantees it); only a legal hold has none. A row
# without a due date that is not held was simply not computed yet (just after an upgrade).
OVERDUE, DUE_SOON, RUNNING, ON_HOLD, NO_DEADLINE = "overdue", "due_soon", "running", "on_hold", "not_computed"
STATUS_ORDER = {key: position for position, key in enumerate((OVERDUE, DUE_SOON, RUNNING, ON_HOLD, NO_DEADLINE))}

# An empty date sorts after every real one: date.max's ordinal is 3,652,059.
NO_DATE = 10_000_000

# Below this share of all rows a filter is ordered by looking up each match's position;
# above it, one pass over the sorted rows is cheaper.
_LOOKUP_SHARE = 16

_BUCKETED = (SOURCE, LAST_CONTACT, DUE_ON, CONSENT)
_FIELDS = {LAST_CONTACT: attrgetter("last_contact_on"), DUE_ON: attrgetter("due_on"), CONSENT: attrgetter("has_consent")}
# What prepare_next computes while the window is idle, the likeliest clicks first. Status and
# Days left follow from the due-date buckets (while no hold is added, they stay valid).
_PREPARED = ((DUE_ON, False), (STATUS, False), (NAME, True), (LAST_CONTACT, False), (EMAIL, False), (SOURCE, False),
             (CONSENT, False), (EMAIL, True))
_ON_HOLD_FIELD = attrgetter("on_hold")


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
        self._buckets: dict[int, list[list[int]]] = {}  # per bucketed column: the buckets in key order
        self._orders: dict[tuple[int | None, bool], list[int]] = {}
        self._positions: dict[tuple[int | None, bool], list[int]] = {}  # the place of each row in an order
        self._on_hold: frozenset[int] = frozenset()  # the holds (from the summary) the Status and Days left orders used
        self._ids: list[int] | None = None
        self._emails: list[str] | None = None
        self._names: list[str] | None = None
        self._marked_held: frozenset[int] | None = None
        self._index_of_id: dict[int, int] | None = None

    def __len__(self) -> int:
        return len(self._rows)

    def order(self, column: int | None, descending: bool, context: StatusContext) -> list[int]:
        """Row positions sorted by ``column`` (ties in name order); None: as loaded."""
        if column in (STATUS, DAYS_LEFT) and context.on_hold != self._on_hold:
            self._forget_hold_columns()
            self._on_hold = context.on_hold
        return self._cached(column, descending)

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

    # --- orders ----------------------------------------------------------------------------
    def _cached(self, column: int | None, descending: bool) -> list[int]:
        order = self._orders.get((column, descending))
        if order is None:
            order = self._compute_order(column, descending)
            self._orders[(column, descending)] = order
        return order

    def _compute_order(self, column: int | None, descending: bool) -> list[int]:
        if column is None:
            return list(range(len(self._rows)))
        if column == NAME:
            if not descending:
                return self._name_order()
            return _reversed_keeping_ties(self._name_order(), self._name_keys())
        if column == EMAIL:
            keys = self._email_keys()
            return sorted(self._name_order(), key=keys.__getitem__, reverse=descending)  # stable: ties in name order
        if column in _BUCKETED:
            buckets = self._bucketed(column)
            return list(chain.from_iterable(reversed(buckets) if descending else buckets))
        if column in (STATUS, DAYS_LEFT):
            return self._deadline_order(column, descending)
        raise ValueError(column)

    def _deadline_order(self, column: int, descending: bool) -> list[int]:
        """Status: overdue, due soon and running by due date (one sequence: the status rises with
        the due date), then the held by due date (none last), then those not computed yet.
        Days left: the not held by due date, then the held and those without a date.

        Holds and missing dates are rare: without any, both orders are the due-date order."""
        by_due = self._cached(DUE_ON, descending)
        held = self._held_positions()
        undated = self._undated_positions()
        if not held and not undated:
            return by_due
        odd = held | undated
        dated = [position for position in by_due if position not in odd]
        if column == DAYS_LEFT:
            dateless = [position for position in self._name_order() if position in odd]
            return dateless + dated if descending else dated + dateless
        holds = [position for position in by_due if position in held]
        not_computed = [position for position in by_due if position in undated and position not in held]
        return not_computed + holds + dated if descending else dated + holds + not_computed

    def _held_positions(self) -> frozenset[int]:
        """The rows on legal hold: marked so in the load, or in the holds of the last summary."""
        if self._marked_held is None:
            self._marked_held = frozenset(compress(range(len(self._rows)), map(_ON_HOLD_FIELD, self._rows)))
        if not self._on_hold:
            return self._marked_held
        index_of_id = self._id_index()
        return self._marked_held | {index_of_id[candidate_id] for candidate_id in self._on_hold if candidate_id in index_of_id}

    def _undated_positions(self) -> frozenset[int]:
        """The rows without a due date: the last bucket of the due-date column, if any."""
        buckets = self._bucketed(DUE_ON)
        return frozenset(buckets[-1]) if buckets and self._rows[buckets[-1][0]].due_on is None else frozenset()

    def _forget_hold_columns(self) -> None:
        for column in (STATUS, DAYS_LEFT):
            for descending in (False, True):
                self._orders.pop((column, descending), None)
                self._positions.pop((column, descending), None)

    def _id_index(self) -> dict[int, int]:
        if self._index_of_id is None:
            self._index_of_id = {candidate_id: position for position, candidate_id in enumerate(self.ids())}
        return self._index_of_id

    def _email_keys(self) -> list[str]:
        if self._emails is None:
            self._emails = [(row.email or "").casefold() for row in self._rows]
        return self._emails

    def _name_keys(self) -> list[str]:
        if self._names is None:
            self._names = [row.name.casefold() for row in self._rows]
        return self._names

    def _name_order(self) -> list[int]:
        order = self._orders.get((NAME, False))
        if order is None:
            names = self._name_keys()
            order = sorted(range(len(self._rows)), key=names.__getitem__)
            self._orders[(NAME, False)] = order
        return order

    def _bucketed(self, column: int) -> list[list[int]]:
        """The rows grouped by the column's key, groups in key order (empty dates last), each in
        name order: one pass over the name order, then a sort of the few distinct keys."""
        buckets = self._buckets.get(column)
        if buckets is None:
            keys = self._bucket_keys(column)
            groups: defaultdict[Hashable, list[int]] = defaultdict(list)
            for position in self._name_order():
                groups[keys[position]].append(position)
            buckets = [groups[key] for key in sorted(groups)]
            self._buckets[column] = buckets
        return buckets

    def _bucket_keys(self, column: int) -> list:
        """Small ints or short texts: hashing and comparing them is what bucketing costs."""
        rows = self._rows
        if column == SOURCE:
            labels = {source: self._source_label(source).casefold() for source in {row.source for row in rows}}  # as shown
            return [labels[row.source] for row in rows]
        if column == LAST_CONTACT:
            return [day.toordinal() if day is not None else NO_DATE for day in map(_FIELDS[LAST_CONTACT], rows)]
        if column == DUE_ON:
            return [day.toordinal() if day is not None else NO_DATE for day in map(_FIELDS[DUE_ON], rows)]
        return list(map(_FIELDS[CONSENT], rows))

    def prepare_next(self) -> bool:
        """Compute one order not asked for yet (the window calls this while idle after a load,
        so the first click on a column finds its order ready); False when all are ready."""
        for column, descending in _PREPARED:
            if (column, descending) not in self._orders:
                self._cached(column, descending)
                return True
        return False


def _reversed_keeping_ties(ascending: list[int], keys: Sequence) -> list[int]:
    """The descending order: the runs of equal keys of ``ascending`` (each in name order) from
    the last run to the first. Linear; with few ties, ``ascending`` reversed and the tied runs
    turned back, so the Python loop is over whichever is fewer, runs or ties."""
    in_order = [keys[position] for position in ascending]
    count = len(ascending)
    starts = [0, *compress(range(1, count), map(ne, islice(in_order, 1, None), in_order))]  # where a new key begins
    if len(starts) * 2 <= count:
        ends = [*starts[1:], count]
        descending: list[int] = []
        for start, end in zip(reversed(starts), reversed(ends), strict=True):
            descending += ascending[start:end]
        return descending
    descending = ascending[::-1]
    tied = list(compress(range(1, count), map(eq, islice(in_order, 1, None), in_order)))  # same key as the one before
    index = 0
    while index < len(tied):
        start, end = tied[index] - 1, tied[index] + 1
        while index + 1 < len(tied) and tied[index + 1] == end:
            end += 1
            index += 1
        index += 1
        first, last = count - end, count - start
        descending[first:last] = descending[first:last][::-1]
    return descending
