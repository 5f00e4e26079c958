"""The candidate table model: shape, formatting, sorting, clearing; checked by qtmodeltester."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QModelIndex, Qt

from recruitdesk import i18n
from recruitdesk.gui.candidates.table_model import (
    CONSENT, DAYS_LEFT, DUE_ON, DUE_SOON_COLOR, EMAIL, LAST_CONTACT, NAME, ON_HOLD_COLOR, OVERDUE_COLOR, SOURCE, STATUS,
    CandidateTableModel,
)
from recruitdesk.services.candidates import CandidateRow, candidate_rows

TODAY = dt.date(2026, 3, 2)


def rows() -> list[CandidateRow]:
    return [
        CandidateRow(1, "Sofie Peeters", "sofie@example.be", "referral", dt.date(2026, 1, 10), dt.date(2026, 2, 1), False),
        CandidateRow(2, "Bram de Vries", None, "application", None, None, True),
        CandidateRow(3, "An Maes", "an@example.nl", "job_site", dt.date(2025, 12, 1), dt.date(2026, 6, 1), False),
    ]


def display(model, row, column):
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def test_qtmodeltester_on_demo_rows(qtmodeltester, demo_vault, clock):
    vault, _key = demo_vault
    model = CandidateTableModel(clock.today)
    model.set_rows(candidate_rows(vault))
    assert model.rowCount() == 50
    qtmodeltester.check(model, force_py=True)
    model.sort(DUE_ON, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_columns_headers_and_formatting():
    model = CandidateTableModel(lambda: TODAY)
    model.set_rows(rows())
    assert model.columnCount() == 8
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(8)]
    assert headers == ["Name", "Email", "Source", "Last contact", "Status", "Due for deletion", "Days left", "Consent"]
    assert display(model, 0, NAME) == "Sofie Peeters"
    assert display(model, 0, EMAIL) == "sofie@example.be"
    assert display(model, 0, SOURCE) == "Referral"
    assert display(model, 2, SOURCE) == "Job site"
    assert display(model, 0, LAST_CONTACT) == "10 Jan 2026"  # recruitdesk.dates.short_date
    assert display(model, 1, LAST_CONTACT) == ""
    assert display(model, 1, EMAIL) == ""
    assert display(model, 1, CONSENT) == "Yes"
    assert display(model, 0, CONSENT) == "No"
    assert model.data(QModelIndex()) is None


def test_dates_follow_the_chosen_language_not_the_system_locale():
    model = CandidateTableModel(lambda: TODAY)
    model.set_rows(rows())
    QLocale.setDefault(QLocale("en_US"))  # the system's date settings do not decide
    shown = {}
    for language in ("en", "nl", "fr"):
        i18n.set_language(language)
        shown[language] = display(model, 0, DUE_ON)
    i18n.set_language("en")
    assert shown == {"en": "1 Feb 2026", "nl": "01-02-2026", "fr": "01/02/2026"}


def test_overdue_deadlines_are_highlighted():
    model = CandidateTableModel(lambda: TODAY)
    model.set_rows(rows())
    overdue = model.index(0, DUE_ON)
    later = model.index(2, DUE_ON)
    assert model.data(overdue, Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOR
    assert "Overdue" in model.data(overdue, Qt.ItemDataRole.ToolTipRole)
    assert model.data(later, Qt.ItemDataRole.ForegroundRole) is None


def test_sorting_keeps_empty_dates_last_and_can_reverse():
    model = CandidateTableModel(lambda: TODAY)
    model.set_rows(rows())
    model.sort(NAME)
    assert [display(model, row, NAME) for row in range(3)] == ["An Maes", "Bram de Vries", "Sofie Peeters"]
    model.sort(DUE_ON, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(row).id for row in range(3)] == [1, 3, 2]
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert display(model, 0, NAME) == "Sofie Peeters"


def test_sorting_moves_persistent_indexes_with_their_rows():
    from PySide6.QtCore import QPersistentModelIndex

    model = CandidateTableModel(lambda: TODAY)
    model.set_rows(rows())
    sofie = QPersistentModelIndex(model.index(0, EMAIL))
    model.sort(NAME)
    assert sofie.row() == 2
    assert model.data(model.index(sofie.row(), sofie.column())) == "sofie@example.be"


def test_clear_forgets_every_row(qtbot):
    model = CandidateTableModel(lambda: TODAY)
    model.set_rows(rows())
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.clear()
    assert model.rowCount() == 0
    assert model._all_rows == [] and model._view == []
    assert len(model._orders) == 0  # the cached name keys went with the old rows


def status_rows() -> list[CandidateRow]:
    return [
        CandidateRow(1, "Running Later", None, "application", None, dt.date(2026, 6, 1), False),
        CandidateRow(2, "Overdue Anna", None, "application", None, dt.date(2026, 2, 20), False),
        CandidateRow(3, "No Deadline", None, "application", None, None, False),
        CandidateRow(4, "Soon Sam", None, "application", None, dt.date(2026, 3, 10), False),
        CandidateRow(5, "Held Hugo", None, "application", None, None, False),
        CandidateRow(6, "Due Today", None, "application", None, TODAY, False),
    ]


def test_status_and_days_left_columns_are_coloured_and_sort_overdue_first(qtmodeltester):
    model = CandidateTableModel(lambda: TODAY)
    model.set_rows(status_rows())
    model.set_retention_context([5], 14)
    statuses = {model.row_at(row).name: display(model, row, STATUS) for row in range(6)}
    # A row without a date that is not held was not computed yet (the engine gives everyone a date).
    assert statuses == {"Running Later": "Running", "Overdue Anna": "Overdue", "No Deadline": "Not computed yet",
                        "Soon Sam": "Due soon", "Held Hugo": "On legal hold", "Due Today": "Due soon"}
    assert display(model, 1, DAYS_LEFT) == "-10"
    assert display(model, 3, DAYS_LEFT) == "8"
    assert display(model, 2, DAYS_LEFT) == "" and display(model, 4, DAYS_LEFT) == ""
    assert model.data(model.index(1, DAYS_LEFT), Qt.ItemDataRole.AccessibleTextRole) == "10 days overdue"
    assert model.data(model.index(3, DAYS_LEFT), Qt.ItemDataRole.AccessibleTextRole) == "8 days left"
    assert model.data(model.index(1, STATUS), Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOR
    assert model.data(model.index(3, STATUS), Qt.ItemDataRole.ForegroundRole) == DUE_SOON_COLOR
    assert model.data(model.index(4, STATUS), Qt.ItemDataRole.ForegroundRole) == ON_HOLD_COLOR
    assert model.data(model.index(0, STATUS), Qt.ItemDataRole.ForegroundRole) is None
    assert "legal hold" in model.data(model.index(4, STATUS), Qt.ItemDataRole.ToolTipRole)

    model.sort(STATUS, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(row).name for row in range(6)] == ["Overdue Anna", "Due Today", "Soon Sam", "Running Later", "Held Hugo", "No Deadline"]
    model.sort(DAYS_LEFT, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(row).name for row in range(4)] == ["Overdue Anna", "Due Today", "Soon Sam", "Running Later"]
    qtmodeltester.check(model, force_py=True)


def test_a_smaller_alert_window_and_a_new_day_move_the_status():
    today = [TODAY]
    model = CandidateTableModel(lambda: today[0])
    model.set_rows(status_rows())
    model.set_retention_context([], 5)
    assert display(model, 3, STATUS) == "Running"  # 8 days left, window 5
    today[0] = TODAY + dt.timedelta(days=4)
    model.refresh_today()
    assert display(model, 3, STATUS) == "Due soon"
    assert display(model, 3, DAYS_LEFT) == "4"
    assert model.row_of(4) == 3 and model.row_of(99) is None


def test_status_colours_stay_readable_on_a_dark_theme(qapp):
    from PySide6.QtGui import QColor, QPalette

    from recruitdesk.gui.candidates.table_model import OVERDUE_COLOR, for_theme

    original = qapp.palette()
    try:
        assert for_theme(OVERDUE_COLOR) == OVERDUE_COLOR
        dark = QPalette(original)
        dark.setColor(QPalette.ColorRole.Base, QColor(30, 30, 30))
        qapp.setPalette(dark)
        assert for_theme(OVERDUE_COLOR).lightness() > OVERDUE_COLOR.lightness() + 40
    finally:
        qapp.setPalette(original)


# --- the sort cache (row_order): orders computed once per load, reversed stably ---------------
def many_rows(count: int = 60) -> list[CandidateRow]:
    """Rows with many ties (same names, sources, dates, consent) in id order, as the list loads."""
    import random

    rng = random.Random(13)
    names = ["An Maes", "bram de Vries", "Sofie Peeters", "Émile Dubois", "Zoë Claes", "an maes"]
    sources = ["referral", "application", "job_site"]
    rows = []
    for number in range(1, count + 1):
        due = None if number % 7 == 0 else TODAY + dt.timedelta(days=rng.randint(-20, 40))
        contact = None if number % 5 == 0 else TODAY - dt.timedelta(days=rng.randint(0, 3))
        rows.append(CandidateRow(number, rng.choice(names), rng.choice([None, "a@example.be", "B@example.nl"]),
                                 rng.choice(sources), contact, due, rng.random() < 0.5, on_hold=number % 11 == 0))
    return rows


def reference_order(model, rows, column, descending):
    """What re-sorting the name-sorted list with a per-row key gave before the cache."""
    from recruitdesk.gui.candidates.row_order import STATUS_ORDER

    def date_key(value):
        return (value is None, value or dt.date.min)

    keys = {
        NAME: lambda row: row.name.casefold(),
        EMAIL: lambda row: (row.email or "").casefold(),
        SOURCE: lambda row: model._source_label(row.source).casefold(),
        LAST_CONTACT: lambda row: date_key(row.last_contact_on),
        STATUS: lambda row: (STATUS_ORDER[model.status_of(row)], date_key(row.due_on)),
        DUE_ON: lambda row: date_key(row.due_on),
        DAYS_LEFT: lambda row: (model.days_left(row) is None, model.days_left(row) or 0),
        CONSENT: lambda row: row.has_consent,
    }
    by_name = sorted(rows, key=keys[NAME])
    return [row.id for row in sorted(by_name, key=keys[column], reverse=descending)]


def shown_ids(model):
    return [model.row_at(row).id for row in range(model.rowCount())]


def test_every_column_sorts_both_ways_like_a_stable_sort_of_the_name_order():
    rows = many_rows()
    model = CandidateTableModel(lambda: TODAY)
    model.set_rows(rows)
    model.set_retention_context([3, 4], 10)
    for column in range(8):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            expected = reference_order(model, rows, column, order == Qt.SortOrder.DescendingOrder)
            assert shown_ids(model) == expected, (column, order)


def test_descending_keeps_ties_in_name_order_not_reversed():
    rows = [
        CandidateRow(1, "Cas", None, "application", None, None, True),
        CandidateRow(2, "Ann", None, "application", None, None, False),
        CandidateRow(3, "Bob", None, "application", None, None, True),
        CandidateRow(4, "Dirk", None, "application", None, None, False),
    ]
    model = CandidateTableModel(lambda: TODAY)
    model.set_rows(rows)
    model.sort(CONSENT, Qt.SortOrder.DescendingOrder)
    assert [model.row_at(row).name for row in range(4)] == ["Bob", "Cas", "Ann", "Dirk"]
    model.sort(CONSENT, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(row).name for row in range(4)] == ["Ann", "Dirk", "Bob", "Cas"]


def test_orders_are_computed_once_per_load_and_reused():
    from recruitdesk.gui.candidates.row_order import RowOrders, StatusContext

    calls = []

    def label(code):
        calls.append(code)
        return code.upper()

    rows = many_rows()
    orders = RowOrders(rows, label)
    context = StatusContext(TODAY, frozenset(), 14)
    first = orders.order(SOURCE, False, context)
    assert orders.order(SOURCE, False, context) is first  # cached, not sorted again
    descending = orders.order(SOURCE, True, context)
    assert orders.order(SOURCE, True, context) is descending
    assert sorted(calls) == sorted(set(calls))  # one label per source code, not one per row or per sort
    assert [rows[i].source for i in descending] == sorted((row.source for row in rows), reverse=True)


def test_a_sort_asks_the_clock_once_not_per_row():
    days = []

    def today():
        days.append(TODAY)
        return TODAY

    model = CandidateTableModel(today)
    model.set_rows(many_rows(200))
    days.clear()
    model.sort(STATUS, Qt.SortOrder.AscendingOrder)
    model.sort(DAYS_LEFT, Qt.SortOrder.DescendingOrder)
    assert len(days) == 2


def test_sorting_again_after_new_rows_a_new_day_or_new_holds_uses_the_new_data():
    today = [TODAY]
    model = CandidateTableModel(lambda: today[0])
    model.set_rows(status_rows())
    model.sort(STATUS, Qt.SortOrder.AscendingOrder)
    assert model.row_at(0).name == "Overdue Anna"
    # New rows (a reload after a change): the same column is sorted again from the new data.
    changed = [row if row.id != 1 else CandidateRow(1, "Running Later", None, "application", None, dt.date(2026, 1, 1), False)
               for row in status_rows()]
    model.set_rows(changed)
    assert [model.row_at(row).name for row in range(2)] == ["Running Later", "Overdue Anna"]
    # A new day: everyone with a deadline before 12 March is overdue, the earliest first.
    today[0] = dt.date(2026, 3, 12)
    model.refresh_today()
    model.sort(STATUS, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(row).name for row in range(4)] == ["Running Later", "Overdue Anna", "Due Today", "Soon Sam"]
    # A new hold (from the retention summary): that candidate moves to the hold group.
    model.set_retention_context([2], 14)
    model.sort(STATUS, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(row).name for row in range(6)] == [
        "Running Later", "Due Today", "Soon Sam", "Overdue Anna", "Held Hugo", "No Deadline"]


def test_rows_marked_on_hold_show_the_hold_before_the_summary_arrives():
    rows = [CandidateRow(1, "Held Hanna", None, "application", None, None, False, on_hold=True),
            CandidateRow(2, "Open Otto", None, "application", None, TODAY + dt.timedelta(days=3), False)]
    model = CandidateTableModel(lambda: TODAY)
    model.set_rows(rows)
    assert display(model, 0, STATUS) == "On legal hold"
    assert display(model, 1, STATUS) == "Due soon"


def test_a_filter_keeps_the_sort_order_for_few_and_for_many_matches():
    rows = many_rows(80)
    model = CandidateTableModel(lambda: TODAY)
    model.set_rows(rows)
    model.sort(DUE_ON, Qt.SortOrder.DescendingOrder)
    everyone = shown_ids(model)
    for wanted in ({everyone[40], everyone[3]}, set(everyone[::2]), {999}):  # few (looked up), many (one pass), none
        model.set_filter(wanted)
        assert shown_ids(model) == [candidate_id for candidate_id in everyone if candidate_id in wanted]
        assert all(model.row_of(candidate_id) == shown_ids(model).index(candidate_id) for candidate_id in wanted & set(everyone))
    model.set_filter(None)
    assert shown_ids(model) == everyone


def test_idle_time_prepares_every_column_so_a_first_click_sorts_nothing(qtbot):
    from recruitdesk.gui.candidates import row_order

    rows = many_rows(300)
    model = CandidateTableModel(lambda: TODAY)
    model.set_rows(rows, NAME, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not model._prepare.isActive(), timeout=5000)
    prepared = dict(model._orders._orders)
    assert set(row_order._PREPARED) <= set(prepared)
    computed = []
    original = model._orders._compute_order
    model._orders._compute_order = lambda *args: computed.append(args) or original(*args)
    for column in (NAME, STATUS, DUE_ON, LAST_CONTACT, EMAIL, SOURCE, CONSENT):
        model.sort(column, Qt.SortOrder.AscendingOrder)
        assert shown_ids(model) == reference_order(model, rows, column, False), column
    assert computed == []  # every first click found its order ready
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert shown_ids(model) == reference_order(model, rows, NAME, True)


def test_a_load_is_sorted_by_the_column_it_is_given_and_keeps_the_selection_row():
    rows = many_rows(40)
    model = CandidateTableModel(lambda: TODAY)
    model.set_rows(rows, DUE_ON, Qt.SortOrder.DescendingOrder)
    assert shown_ids(model) == reference_order(model, rows, DUE_ON, True)
    model.sort(DUE_ON, Qt.SortOrder.DescendingOrder)  # what the window does next: nothing left to do
    assert shown_ids(model) == reference_order(model, rows, DUE_ON, True)
    chosen = shown_ids(model)[7]
    model.sort(STATUS, Qt.SortOrder.AscendingOrder)
    assert model.row_at(model.row_of(chosen)).id == chosen


def test_status_and_days_left_orders_do_not_depend_on_today_only_on_holds():
    """The status rises with the due date whatever today is, so a new day changes no order."""
    from recruitdesk.gui.candidates.row_order import RowOrders, StatusContext

    rows = many_rows(120)
    orders = RowOrders(rows, str)
    for column in (STATUS, DAYS_LEFT):
        for descending in (False, True):
            first = list(orders.order(column, descending, StatusContext(TODAY, frozenset(), 14)))
            later = orders.order(column, descending, StatusContext(TODAY + dt.timedelta(days=30), frozenset(), 3))
            assert later == first
            held = orders.order(column, descending, StatusContext(TODAY, frozenset({rows[0].id, rows[1].id}), 14))
            assert held != first
