"""The team list's model: change notices read in parallel may arrive out of order; the list still ends right, and
one notice changes one line, in the order a full sort gives, keeping the selection."""

from __future__ import annotations

import datetime as dt
import random
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from recruitdesk.gui.team.table_model import DAYS_LEFT, DEADLINE, EMAIL, NAME, UPDATED, SortedRows, TeamTableModel
from recruitdesk.services.team_desk import TeamRow

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


def _fully_sorted(rows, column: int, descending: bool, matches, due_by) -> list[TeamRow]:
    """What the list shows, from scratch: by name, then stably by the column (ties stay in name order)."""
    visible = [row for row in rows if (matches is None or row.candidate_id in matches)
               and (due_by is None or (row.deadline is not None and row.deadline <= due_by))]
    by_name = sorted(visible, key=lambda row: (row.full_name.casefold(), str(row.candidate_id)))
    if column == NAME:
        return by_name[::-1] if descending else by_name
    keys = {EMAIL: lambda row: (row.email or "").casefold(), DEADLINE: lambda row: row.deadline or dt.date.max,
            DAYS_LEFT: lambda row: row.deadline or dt.date.max, UPDATED: lambda row: row.updated_at}
    return sorted(by_name, key=keys[column], reverse=descending)


def test_single_changes_keep_the_order_a_full_sort_gives_in_every_column_and_direction(qapp):
    """Each notice moves, inserts or removes one line (no re-sort of the whole list): after many random
    changes, under a search and the banner's filter too, the lines are exactly those a full sort shows."""
    rng = random.Random(20261205)
    names = ["Anna", "anna", "Bram", "Els", "Jonas", "Sofie", "Zoë"]

    def random_row(candidate_id, version: int) -> TeamRow:
        return TeamRow(candidate_id, f"{rng.choice(names)} {rng.choice('ABC')}", rng.choice([None, "a@x.be", "B@x.be", "c@x.be"]),
                       rng.choice([None, dt.date(2027, 1, 1) + dt.timedelta(days=rng.randint(0, 5))]), version,
                       NOW + dt.timedelta(minutes=rng.randint(0, 3)))

    for column in (NAME, EMAIL, DEADLINE, DAYS_LEFT, UPDATED):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            current = {candidate_id: random_row(candidate_id, 1) for candidate_id in (uuid.uuid4() for _ in range(40))}
            model = TeamTableModel(today=lambda: dt.date(2027, 1, 1))
            model.set_rows(list(current.values()))
            model.sort(column, order)
            matches = {EMAIL: set(rng.sample(sorted(current), 30)), UPDATED: set(rng.sample(sorted(current), 2))}.get(column)
            model.set_matches(matches)
            if column == DAYS_LEFT:
                model.set_due_by(dt.date(2027, 1, 3))
            for _step in range(300):
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
            expected = _fully_sorted(current.values(), column, order == Qt.SortOrder.DescendingOrder, matches, model.due_filter)
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
