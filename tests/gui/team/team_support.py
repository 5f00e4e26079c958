"""What the team window's tests compare with: the deadline a candidate added today gets under a new team's policy."""

from __future__ import annotations

import datetime as dt

from recruitdesk.retention import engine
from recruitdesk.retention.facts import CandidateFacts
from recruitdesk.retention.presets import get_preset
from recruitdesk.team.countdowns import DEFAULT_PRESET


def deadline_of_a_candidate_added(today: dt.date) -> dt.date:
    """Applied today, under the preset ``create_team_vault`` gives a new team (computed by the retention engine itself)."""
    status = engine.evaluate(CandidateFacts(created_on=today, applied_on=today), get_preset(DEFAULT_PRESET).policy, today)
    assert status.due_on is not None and status.due_on > today
    return status.due_on
