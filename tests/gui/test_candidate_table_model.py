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
    assert model._rows == []


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
