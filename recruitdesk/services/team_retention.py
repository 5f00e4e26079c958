"""Retention on a team vault as a member meets it: the team's policy and today's check.

The countdowns themselves are computed by ``recruitdesk.team.retention`` with the local vault's
engine; these functions open the team of a folder around one call each, as ``team_vault`` does,
for the command line (``recruitdesk team policy``, ``recruitdesk team check``) and the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from recruitdesk.clock import Clock
from recruitdesk.retention.presets import get_preset
from recruitdesk.services.team_vault import opened_team
from recruitdesk.team import retention
from recruitdesk.team.daily_check import Outcome  # noqa: F401 - re-exported for the command line
from recruitdesk.team.membership import OpenTeam
from recruitdesk.vault.keychain import Keychain

ALERT_DAYS = 14  # as the local vault's tray alert: due within two weeks


@dataclass(frozen=True)
class TeamPolicy:
    preset: str | None  # None: a custom policy
    version: int


@dataclass(frozen=True)
class TeamCheck:
    outcome: Outcome | None  # None: only counted (a DPO's client never runs the check)
    recomputed: int
    due_soon: int  # deadline within ALERT_DAYS, not yet passed
    overdue: int

    def to_json(self) -> dict[str, object]:
        return {"outcome": self.outcome.value if self.outcome else None, "recomputed": self.recomputed,
                "due_soon": self.due_soon, "overdue": self.overdue}


def team_policy(folder: Path, keychain: Keychain) -> TeamPolicy:
    with opened_team(folder, keychain) as (engine, _team):
        _rules, version, preset = retention.active_policy(engine)
    return TeamPolicy(preset, version)


def set_team_policy(folder: Path, keychain: Keychain, clock: Clock, preset: str) -> tuple[TeamPolicy, int]:
    """Make ``preset`` the team's policy (administrators) and compute every countdown again;
    returns the policy and how many candidates were computed."""
    with opened_team(folder, keychain) as (engine, team):
        return apply_preset(engine, team, clock, preset)


def apply_preset(engine: Engine, team: OpenTeam, clock: Clock, preset: str,
                 expected_version: int | None = None) -> tuple[TeamPolicy, int]:
    """``preset`` as the team's new policy version (audited with the member), then every countdown computed
    again at once and the other members' windows told (the command line's and the window's one implementation).
    ``expected_version``: the version it replaces, when the caller showed one (see ``retention.set_policy``)."""
    version, recomputed = retention.apply_policy(engine, team, get_preset(preset).policy, preset, clock,
                                                 expected_version=expected_version)
    return TeamPolicy(preset, version), recomputed


def run_team_check(folder: Path, keychain: Keychain, clock: Clock) -> TeamCheck:
    """Today's check for the whole team (unless a colleague's client runs or ran it), then the alert counts."""
    with opened_team(folder, keychain) as (engine, team):
        return check_team(engine, team, clock)


def check_team(engine: Engine, team: OpenTeam, clock: Clock) -> TeamCheck:
    """Today's check on an open team (the command line's and the window's one implementation), then the counts."""
    result = retention.run_check(engine, team, clock)
    return _counted(engine, clock, result.outcome, result.recomputed)


def count_due(engine: Engine, clock: Clock) -> TeamCheck:
    """The alert counts alone, without running the check (what a read-only member's window shows)."""
    return _counted(engine, clock, None, 0)


def _counted(engine: Engine, clock: Clock, outcome: Outcome | None, recomputed: int) -> TeamCheck:
    today = clock.today()
    due = retention.due_within(engine, today, ALERT_DAYS)
    overdue = sum(1 for _id, deadline in due if deadline < today)
    return TeamCheck(outcome, recomputed, len(due) - overdue, overdue)
