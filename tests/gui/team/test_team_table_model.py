"""The team list's model: change notices read in parallel may arrive out of order; the list still ends right, and
one notice changes one line, in the order a full sort gives, keeping the selection."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from recruitdesk.clock import ManualClock
from recruitdesk.dates import short_date
from recruitdesk.gui.candidates import row_order
from recruitdesk.gui.candidates.table_model import CandidateTableModel
from recruitdesk.gui.shell.styles import DUE_SOON_COLOR, ON_HOLD_COLOR, OVERDUE_COLOR, RESTRICTED_COLOR, for_theme
from recruitdesk.gui.team.table_model import (
    CONSENT, DAYS_LEFT, DEADLINE, EMAIL, LAST_CONTACT, NAME, SOURCE, STATUS, UPDATED, SortedRows, TeamTableModel,
)
from recruitdesk.services.team_desk import TeamRow
from recruitdesk.services.team_retention import ALERT_DAYS

NOW = dt.datetime(2026, 3, 2, 9, 0)


def _row(candidate_id, name: str, version: int) -> TeamRow:
    return TeamRow(candidate_id, name, None, dt.date(2027, 3, 2), version, NOW)


def test_a_late_older_version_or_a_late_read_of_an_erased_candidate_is_not_shown(qapp):
    model = TeamTableModel()
    sofie, jonas = uuid.uuid4(), uuid.uuid4()
    model.set_rows([_row(sofie, "Sofie Wouters", 1), _row(jonas, "Jonas Peeters", 1)])
    model.put(_row(sofie, "Sofie Wouters-Claes", 3))
    model.put(_row(sofie, "Sofie W.", 2))  # read before version 3, delivered after it
    assert model.names() == ["Jonas Peeters", "Sofie Wouters-Claes"]
    model.drop(jonas)
    model.put(_row(jonas, "Jonas Peeters", 2))  # read before the erasure, delivered after it
    model.set_rows([_row(sofie, "Sofie Wouters-Claes", 3), _row(jonas, "Jonas Peeters", 2)])  # a reload begun before it
    assert model.names() == ["Sofie Wouters-Claes"] and model.total == 1


def test_a_search_narrows_the_rows_and_an_empty_one_shows_all(qapp):
    model = TeamTableModel()
    sofie, jonas = uuid.uuid4(), uuid.uuid4()
    model.set_rows([_row(sofie, "Sofie Wouters", 1), _row(jonas, "Jonas Peeters", 1)])
    model.set_matches({sofie})
    assert model.names() == ["Sofie Wouters"] and model.rowCount() == 1 and model.total == 2
    model.set_matches(None)
    assert model.names() == ["Jonas Peeters", "Sofie Wouters"]


def _fully_sorted(rows, column: int, descending: bool, matches, due_by, today: dt.date = dt.date(2027, 1, 1)) -> list[TeamRow]:
    """What the list shows, from scratch: by name, then stably by the column (ties stay in name order)."""
    visible = [row for row in rows if (matches is None or row.candidate_id in matches)
               and (due_by is None or (row.deadline is not None and row.deadline <= due_by))]
    by_name = sorted(visible, key=lambda row: (row.full_name.casefold(), str(row.candidate_id)))
    if column == NAME:
        return by_name[::-1] if descending else by_name
    keys = {EMAIL: lambda row: (row.email or "").casefold(), DEADLINE: lambda row: row.deadline or dt.date.max,
            DAYS_LEFT: lambda row: row.deadline or dt.date.max, UPDATED: lambda row: row.updated_at,
            STATUS: lambda row: _status_key(row, today), SOURCE: lambda row: _SOURCE_WORDS[row.source].casefold(),
            LAST_CONTACT: lambda row: row.last_contact_on or dt.date.max, CONSENT: lambda row: row.has_consent}
    return sorted(by_name, key=keys[column], reverse=descending)


_SOURCE_WORDS = {"application": "Application", "job_site": "Job site", "referral": "Referral", "sourced": "Sourced",
                 "outplacement": "Outplacement"}  # the local list's words, written out: the order must not follow the codes


def _status_key(row: TeamRow, today: dt.date) -> tuple[int, dt.date]:
    """By Status as the local list sorts it: most urgent first (``STATUS_ORDER``), within a status by deadline."""
    status = row_order.status_of(row.deadline, row.deadline is None, today, ALERT_DAYS)
    return row_order.STATUS_ORDER[status], row.deadline or dt.date.max


def test_single_changes_keep_the_order_a_full_sort_gives_in_every_column_and_direction(qapp):
    """Each notice moves, inserts or removes one line (no re-sort of the whole list): after many random
    changes, under a search and the banner's filter too, the lines are exactly those a full sort shows."""
    rng = random.Random(20261205)
    names = ["Anna", "anna", "Bram", "Els", "Jonas", "Sofie", "Zoë"]
    # Few distinct days (ties), around today (2027-01-01) and the alert window's edge: every status occurs.
    spread = [-3, -1, 0, 1, 2, 3, 4, 5, ALERT_DAYS, ALERT_DAYS + 1, ALERT_DAYS + 9]

    def random_row(candidate_id, version: int) -> TeamRow:
        return TeamRow(candidate_id, f"{rng.choice(names)} {rng.choice('ABC')}", rng.choice([None, "a@x.be", "B@x.be", "c@x.be"]),
                       rng.choice([None, dt.date(2027, 1, 1) + dt.timedelta(days=rng.choice(spread))]), version,
                       NOW + dt.timedelta(minutes=rng.randint(0, 3)), source=rng.choice(sorted(_SOURCE_WORDS)),
                       last_contact_on=rng.choice([None, dt.date(2026, 12, 1) + dt.timedelta(days=rng.randint(0, 5))]),
                       has_consent=rng.random() < 0.4)

    for column in (NAME, EMAIL, SOURCE, LAST_CONTACT, STATUS, DEADLINE, DAYS_LEFT, CONSENT, UPDATED):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            current = {candidate_id: random_row(candidate_id, 1) for candidate_id in (uuid.uuid4() for _ in range(40))}
            clock = ManualClock(dt.date(2027, 1, 1))
            model = TeamTableModel(today=clock.today)
            model.set_rows(list(current.values()))
            model.sort(column, order)
            matches = {EMAIL: set(rng.sample(sorted(current), 30)), UPDATED: set(rng.sample(sorted(current), 2)),
                       SOURCE: set(rng.sample(sorted(current), 25)) if order == Qt.SortOrder.AscendingOrder else None,
                       LAST_CONTACT: set(rng.sample(sorted(current), 2)) if order == Qt.SortOrder.DescendingOrder else None,
                       STATUS: set(rng.sample(sorted(current), 3)) if order == Qt.SortOrder.DescendingOrder else None}.get(column)
            model.set_matches(matches)
            if column == DAYS_LEFT:
                model.set_due_by(dt.date(2027, 1, 3))
            for step in range(300):
                if column == STATUS and step % 60 == 59:  # days turn while the list stays open: statuses change, no row does
                    clock.advance(dt.timedelta(days=rng.randint(1, 4)))
                action = rng.random()
                if action < 0.15 and current:
                    gone = rng.choice(sorted(current))
                    del current[gone]
                    model.drop(gone)
                elif action < 0.3:
                    added = uuid.uuid4()
                    current[added] = random_row(added, 1)
                    if matches is not None and rng.random() < 0.5:
                        matches.add(added)
                    model.put(current[added])
                elif current:
                    changed = rng.choice(sorted(current))
                    current[changed] = random_row(changed, current[changed].version + 1)
                    model.put(current[changed])
            shown = [model.row_at(line).candidate_id for line in range(model.rowCount())]
            if matches is not None:  # the same search answered again (a few matches are looked up by key, many filtered)
                model.set_matches(set(matches))
                assert [model.row_at(line).candidate_id for line in range(model.rowCount())] == shown
            expected = _fully_sorted(current.values(), column, order == Qt.SortOrder.DescendingOrder, matches, model.due_filter,
                                     clock.today())
            shown = [model.row_at(line).candidate_id for line in range(model.rowCount())]
            assert shown == [row.candidate_id for row in expected], (column, order)
            assert all(model.row_of(candidate_id) == line for line, candidate_id in enumerate(shown))


def test_a_colleagues_change_moves_its_line_and_the_selection_stays_on_the_selected_candidate(qtbot):
    model = TeamTableModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    ids = {name: uuid.uuid4() for name in ("Anna Claes", "Bram Dierckx", "Els Maes", "Jonas Peeters")}
    model.set_rows([_row(candidate_id, name, 1) for name, candidate_id in ids.items()])
    view.selectRow(model.row_of(ids["Bram Dierckx"]))
    model.put(_row(ids["Bram Dierckx"], "Zeno Dierckx", 2))  # renamed: moves to the end
    model.put(_row(ids["Els Maes"], "Els Maes-Peeters", 2))  # another line changes in place
    model.put(_row(uuid.uuid4(), "Aline Bos", 1))  # a colleague adds someone above
    assert model.names() == ["Aline Bos", "Anna Claes", "Els Maes-Peeters", "Jonas Peeters", "Zeno Dierckx"]
    selected = [model.row_at(index.row()).candidate_id for index in view.selectionModel().selectedRows()]
    assert selected == [ids["Bram Dierckx"]]


def test_rows_sorted_on_a_worker_are_shown_as_a_sort_here_shows_them_even_if_the_order_changed_meanwhile(qapp):
    rows = [TeamRow(uuid.uuid4(), name, f"{name[0].lower()}@x.be", dt.date(2027, 1, day), 1, NOW)
            for name, day in (("Sofie Wouters", 3), ("Anna Claes", 9), ("Jonas Peeters", 1), ("Els Maes", 3))]
    erased = rows[1].candidate_id
    model = TeamTableModel()
    model.drop(erased)  # erased while the list was read
    model.sort(DEADLINE, Qt.SortOrder.DescendingOrder)
    model.set_rows(SortedRows(rows, *model.sort_order))  # sorted as shown
    assert model.names() == ["Els Maes", "Sofie Wouters", "Jonas Peeters"]
    model.set_rows(SortedRows(rows, NAME, False))  # sorted before the user clicked another column
    assert model.names() == ["Els Maes", "Sofie Wouters", "Jonas Peeters"] and model.total == 3
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    assert model.names() == ["Els Maes", "Jonas Peeters", "Sofie Wouters"]


def _status_cell(model: TeamTableModel, name: str, role: int = Qt.ItemDataRole.DisplayRole):
    return model.index(model.names().index(name), STATUS).data(role)


def test_the_status_column_says_the_local_lists_statuses_from_the_deadline_and_today(qapp):
    """Overdue, due soon (within the team's alert days), running and on legal hold (no deadline), in the local
    list's words, colours and bold; a day passing moves a candidate on without any change to their row."""
    clock = ManualClock(dt.date(2027, 1, 1))
    today = clock.today()
    model = TeamTableModel(today=clock.today)
    rows = [TeamRow(uuid.uuid4(), name, None, deadline, 1, NOW) for name, deadline in (
        ("Anna Overdue", today - dt.timedelta(days=1)), ("Bram Today", today), ("Els Soon", today + dt.timedelta(days=ALERT_DAYS)),
        ("Jonas Running", today + dt.timedelta(days=ALERT_DAYS + 1)), ("Sofie Held", None))]
    model.set_rows(rows)
    statuses = {name: _status_cell(model, name) for name in model.names()}
    assert statuses == {"Anna Overdue": "Overdue", "Bram Today": "Due soon", "Els Soon": "Due soon",
                        "Jonas Running": "Running", "Sofie Held": "On legal hold"}
    colours = {name: _status_cell(model, name, Qt.ItemDataRole.ForegroundRole) for name in model.names()}
    assert colours == {"Anna Overdue": for_theme(OVERDUE_COLOR), "Bram Today": for_theme(DUE_SOON_COLOR),
                       "Els Soon": for_theme(DUE_SOON_COLOR), "Jonas Running": None, "Sofie Held": for_theme(ON_HOLD_COLOR)}
    bold = {name for name in model.names() if (font := _status_cell(model, name, Qt.ItemDataRole.FontRole)) is not None and font.bold()}
    assert bold == {"Anna Overdue", "Bram Today", "Els Soon"}
    assert "should already have been deleted" in _status_cell(model, "Anna Overdue", Qt.ItemDataRole.ToolTipRole)
    assert f"within {ALERT_DAYS} days" in _status_cell(model, "Els Soon", Qt.ItemDataRole.ToolTipRole)
    assert "deletion is suspended" in _status_cell(model, "Sofie Held", Qt.ItemDataRole.ToolTipRole)
    assert _status_cell(model, "Jonas Running", Qt.ItemDataRole.ToolTipRole) is None
    clock.advance(dt.timedelta(days=1))  # the next day: nothing about the rows changed
    assert [_status_cell(model, name) for name in ("Bram Today", "Jonas Running")] == ["Overdue", "Due soon"]


def test_a_restricted_candidates_status_reads_as_in_the_local_list(qapp):
    """"Restricted" in the restriction's colour, or the urgent status still named and coloured; the local tooltip."""
    clock = ManualClock(dt.date(2027, 1, 1))
    model = TeamTableModel(today=clock.today)
    model.set_rows([TeamRow(uuid.uuid4(), name, None, deadline, 1, NOW, restricted=True) for name, deadline in (
        ("Anna Overdue", dt.date(2026, 12, 1)), ("Jonas Running", dt.date(2028, 1, 1)), ("Sofie Held", None))])
    assert [_status_cell(model, name) for name in model.names()] == ["Overdue, restricted", "Restricted", "Restricted"]
    assert [_status_cell(model, name, Qt.ItemDataRole.ForegroundRole) for name in model.names()] == [
        for_theme(OVERDUE_COLOR), for_theme(RESTRICTED_COLOR), for_theme(RESTRICTED_COLOR)]
    assert _status_cell(model, "Anna Overdue", Qt.ItemDataRole.FontRole).bold()
    local = CandidateTableModel(clock.today)
    assert {_status_cell(model, name, Qt.ItemDataRole.ToolTipRole) for name in model.names()} == {
        local.tr("Processing restricted after a rights request: keep this candidate's data, but do not use it.")}
    name_line = model.index(0, NAME)
    assert name_line.data(Qt.ItemDataRole.ToolTipRole) == _status_cell(model, "Anna Overdue", Qt.ItemDataRole.ToolTipRole)


def test_the_headers_are_the_local_lists_in_its_order(qapp):
    model = TeamTableModel()
    local = CandidateTableModel(dt.date.today)
    local_titles = [local.headerData(column, Qt.Orientation.Horizontal) for column in range(local.columnCount())]
    titles = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]
    assert titles[:-1] == ["Name", "Email", "Source", "Last contact", "Status", "Due for deletion", "Days left", "Consent"]
    assert titles[:-1] == local_titles  # every column of the local list, in its order; then Last changed
    assert titles[-1] == "Last changed"
    assert model.possible_texts(STATUS) == local.possible_texts(row_order.STATUS)
    assert model.possible_texts(SOURCE) == local.possible_texts(row_order.SOURCE)


def _column(model: TeamTableModel, column: int) -> list[str]:
    return [model.index(line, column).data() for line in range(model.rowCount())]


def test_source_and_last_contact_read_as_in_the_local_list_and_sort_both_ways(qapp):
    """The source's word (not its code) and the day of the last contact, none recorded: empty; sorted by
    the word shown and by the day (none after every day, first when descending), ties in name order."""
    rows = [TeamRow(uuid.uuid4(), name, None, dt.date(2027, 3, 2), 1, NOW, source=source, last_contact_on=contact)
            for name, source, contact in (("Anna Claes", "sourced", dt.date(2026, 11, 3)), ("Bram Maes", "job_site", None),
                                          ("Els Peeters", "application", dt.date(2026, 12, 1)),
                                          ("Jonas Wouters", "job_site", dt.date(2026, 11, 3)))]
    model = TeamTableModel()
    model.set_rows(rows)
    assert _column(model, SOURCE) == ["Sourced", "Job site", "Application", "Job site"]
    assert _column(model, LAST_CONTACT) == [short_date(dt.date(2026, 11, 3)), "", short_date(dt.date(2026, 12, 1)),
                                            short_date(dt.date(2026, 11, 3))]
    assert model.index(0, LAST_CONTACT).data(Qt.ItemDataRole.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignCenter)
    model.sort(SOURCE, Qt.SortOrder.AscendingOrder)
    assert model.names() == ["Els Peeters", "Bram Maes", "Jonas Wouters", "Anna Claes"]
    model.sort(SOURCE, Qt.SortOrder.DescendingOrder)
    assert model.names() == ["Anna Claes", "Bram Maes", "Jonas Wouters", "Els Peeters"]
    model.sort(LAST_CONTACT, Qt.SortOrder.AscendingOrder)
    assert model.names() == ["Anna Claes", "Jonas Wouters", "Els Peeters", "Bram Maes"]
    model.sort(LAST_CONTACT, Qt.SortOrder.DescendingOrder)
    assert model.names() == ["Bram Maes", "Els Peeters", "Anna Claes", "Jonas Wouters"]
    model.put(replace(rows[1], version=2, last_contact_on=dt.date(2026, 12, 4)))  # a colleague records a contact with Bram
    assert model.names() == ["Bram Maes", "Els Peeters", "Anna Claes", "Jonas Wouters"]
    assert _column(model, LAST_CONTACT)[0] == short_date(dt.date(2026, 12, 4))
    model.put(replace(rows[0], version=2, last_contact_on=dt.date(2026, 12, 5)))
    assert model.names() == ["Anna Claes", "Bram Maes", "Els Peeters", "Jonas Wouters"]


def test_sorting_by_source_follows_the_words_of_the_language_shown_not_the_codes(qapp):
    from recruitdesk import i18n
    from recruitdesk.gui.shell.translation import install_language, remove_translators

    rows = [TeamRow(uuid.uuid4(), name, None, dt.date(2027, 3, 2), 1, NOW, source=source)
            for name, source in (("Anna", "application"), ("Bram", "job_site"), ("Els", "referral"), ("Jonas", "sourced"))]
    _language, translators = install_language(qapp, "nl")
    try:
        model = TeamTableModel()
        model.set_rows(SortedRows(rows, SOURCE, False))
        model.sort(SOURCE, Qt.SortOrder.AscendingOrder)
        assert _column(model, SOURCE) == ["Doorverwijzing", "Sollicitatie", "Vacaturesite", "Zelf benaderd"]
        assert model.names() == ["Els", "Anna", "Bram", "Jonas"]
    finally:
        remove_translators(qapp, translators)
        i18n.set_language("en")


def test_sorting_by_status_shows_the_most_urgent_first_and_stays_right_when_the_day_turns(qapp):
    clock = ManualClock(dt.date(2027, 1, 1))
    today = clock.today()
    model = TeamTableModel(today=clock.today)
    model.set_rows([TeamRow(uuid.uuid4(), name, None, deadline, 1, NOW) for name, deadline in (
        ("Anna Held", None), ("Bram Running", today + dt.timedelta(days=ALERT_DAYS + 1)),
        ("Els Soon", today + dt.timedelta(days=3)), ("Jonas Overdue", today - dt.timedelta(days=2)),
        ("Sofie Overdue", today - dt.timedelta(days=2)), ("Zeno Running", today + dt.timedelta(days=90)))])
    model.sort(STATUS, Qt.SortOrder.AscendingOrder)
    ascending = ["Jonas Overdue", "Sofie Overdue", "Els Soon", "Bram Running", "Zeno Running", "Anna Held"]
    assert model.names() == ascending
    model.sort(STATUS, Qt.SortOrder.DescendingOrder)
    assert model.names() == ["Anna Held", "Zeno Running", "Bram Running", "Els Soon", "Jonas Overdue", "Sofie Overdue"]
    model.sort(STATUS, Qt.SortOrder.AscendingOrder)
    clock.advance(dt.timedelta(days=5))  # Els overdue, Bram due soon: the cached order, and a change put in it, still right
    model.put(TeamRow(uuid.uuid4(), "Ilse Soon", None, clock.today() + dt.timedelta(days=1), 1, NOW))
    assert [_status_cell(model, name) for name in model.names()] == [
        "Overdue", "Overdue", "Overdue", "Due soon", "Due soon", "Running", "On legal hold"]
    assert model.names() == ["Jonas Overdue", "Sofie Overdue", "Els Soon", "Ilse Soon", "Bram Running", "Zeno Running", "Anna Held"]


def test_the_consent_column_says_yes_or_no_and_sorts_no_first(qapp):
    model = TeamTableModel()
    anna, bram, els = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    model.set_rows([TeamRow(anna, "Anna", None, None, 1, NOW, has_consent=True), TeamRow(bram, "Bram", None, None, 1, NOW),
                    TeamRow(els, "Els", None, None, 1, NOW, has_consent=True)])
    model.sort(CONSENT, Qt.SortOrder.AscendingOrder)
    assert model.names() == ["Bram", "Anna", "Els"] and _column(model, CONSENT) == ["No", "Yes", "Yes"]
    model.sort(CONSENT, Qt.SortOrder.DescendingOrder)
    assert model.names() == ["Anna", "Els", "Bram"]  # ties in name order in both directions
    model.put(TeamRow(bram, "Bram", None, None, 2, NOW, has_consent=True))  # a consent given: the line moves
    assert model.names() == ["Anna", "Bram", "Els"] and _column(model, CONSENT) == ["Yes", "Yes", "Yes"]
