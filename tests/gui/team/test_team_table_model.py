"""The team list's model: change notices read in parallel may arrive out of order; the list still ends right."""

from __future__ import annotations

import datetime as dt
import uuid

from recruitdesk.gui.team.table_model import TeamTableModel
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
