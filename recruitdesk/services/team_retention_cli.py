"""``recruitdesk retention due|apply`` on a team vault: who is due for deletion, and erasing those whose day has come.

``commands.team_work`` calls these when ``--vault`` names a team folder, so the firm's scheduled
job keeps working after the move. ``due`` is the team dashboard's list (``team_dashboard``): the
server picks the candidates by their plain deadlines, this computer opens only those and evaluates
their countdowns again for the day asked, so status and reason are exact. ``apply`` erases each
candidate whose deadline has come (``countdown.is_due_now``: not one on legal hold) through the
team's erasure (``team.erasure``: the hold read again under the row's lock, the register's details
kept), while holding the daily check's advisory lock (``team.daily_check.lock_key``), so it never
runs beside a colleague's check or another ``apply``; it waits for neither, it says so.
"""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from sqlalchemy import Engine, func, select

from recruitdesk import errors
from recruitdesk.i18n import N_
from recruitdesk.retention import engine as retention_engine
from recruitdesk.retention.explain import explain
from recruitdesk.services.countdown import is_due_now
from recruitdesk.services.retention import DueItem
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.team import daily_check, retention
from recruitdesk.team import erasure as team_erasure
from recruitdesk.team.candidates import TeamCandidateNotFound
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.roles import require_retention_check


class TeamCheckBusy(errors.RecruitDeskError):
    code = "team-check-busy"
    exit_code = 1
    template = N_("errors", "A colleague's computer is running the team's retention check right now. Nothing was erased; "
                            "try again in a few minutes.")


def due_items(desk: TeamDesk, on: dt.date, within_days: int) -> list[DueItem]:
    """The candidates overdue or due within ``within_days`` of ``on`` (not those on legal hold), soonest first."""
    horizon = on + dt.timedelta(days=within_days)

    def read(engine: Engine, team: OpenTeam) -> list[DueItem]:
        count = len(retention.due_within(engine, on, within_days))
        if not count:
            return []
        found, _overdue, _soon = retention.due_countdowns(engine, team, on, within_days, count)
        return [DueItem(item.candidate_id, item.full_name, item.status.due_on, item.status.due_on < on, item.status.kind,
                        explain(item.status))
                for item in found if item.status.kind != retention_engine.LEGAL_HOLD
                and item.status.due_on is not None and item.status.due_on <= horizon]
    return sorted(desk.run(read), key=lambda item: (item.due or dt.date.max, item.name))


def erase_due(desk: TeamDesk, on: dt.date, confirmed: bool) -> list[UUID]:
    """Erase every candidate whose deadline has come on ``on``; without ``confirmed`` nobody is erased when
    anyone would be (``errors.ConfirmationRequired``). Returns the ids erased."""
    require_retention_check(desk.role)

    def run(engine: Engine, team: OpenTeam) -> list[UUID]:
        key = daily_check.lock_key(team.keys.team_id)
        with engine.connect() as connection:
            taken = connection.scalar(select(func.pg_try_advisory_lock(key)))
            connection.commit()  # the lock belongs to the session and outlives this transaction
            if not taken:
                raise TeamCheckBusy()
            try:
                return _erase(engine, team, desk, on, confirmed)
            finally:
                connection.rollback()
                connection.execute(select(func.pg_advisory_unlock(key)))
                connection.commit()
    return desk.run(run)


def _erase(engine: Engine, team: OpenTeam, desk: TeamDesk, on: dt.date, confirmed: bool) -> list[UUID]:
    due = [candidate_id for candidate_id, _deadline in retention.due_within(engine, on, 0)
           if is_due_now(retention.status_of(engine, team, candidate_id, on), on)]
    if due and not confirmed:
        raise errors.ConfirmationRequired(count=len(due))
    erased = []
    for candidate_id in due:
        try:
            team_erasure.erase_candidate(engine, team, candidate_id, desk.clock)
        except (TeamCandidateNotFound, errors.TeamCandidateOnLegalHold):  # erased or held by a colleague meanwhile
            continue
        erased.append(candidate_id)
    return erased
