"""The retention dashboard of a team: who must be deleted soon, who is overdue and who is on legal
hold, each with why, as the local vault's dashboard shows it (``retention_alerts.RetentionSummary``).

The server picks the candidates by their plain deadlines; this computer opens only those (at
most ``LIST_LIMIT`` of each kind) and evaluates their countdowns again for today, so the
explanation ("4 weeks after the end of the procedure on …") is exact. The counts come from the
deadlines alone, so the headline is right even when the list is cut at the limit. Under it, as
on a local vault's, a sentence on the rights requests to answer soon (``team_request_summary``).
"""

from __future__ import annotations

import datetime as dt

from recruitdesk.retention import engine
from recruitdesk.retention.explain import explain
from recruitdesk.services.retention import DueItem
from recruitdesk.services.retention_alerts import LIST_LIMIT, RetentionSummary
from recruitdesk.services.rights_requests import RequestSummary, RequestView
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.services.team_retention import ALERT_DAYS
from recruitdesk.team import retention as team_retention
from recruitdesk.team import rights_requests as team_requests

REQUEST_WINDOW_DAYS = 7  # as the local dashboard's requests sentence: answers due within a week


def team_summary(desk: TeamDesk) -> RetentionSummary:
    """Today's summary for the dashboard (run it on a worker: it opens each listed candidate)."""
    today = desk.clock.today()
    found, overdue_count, due_soon_count = desk.run(
        lambda engine_, team: team_retention.due_countdowns(engine_, team, today, ALERT_DAYS, LIST_LIMIT))
    horizon = today + dt.timedelta(days=ALERT_DAYS)
    due, held = [], []
    for candidate in found:
        status = candidate.status
        if status.kind == engine.LEGAL_HOLD:
            held.append(DueItem(candidate.candidate_id, candidate.full_name, None, False, status.kind, explain(status)))
        elif status.due_on is not None and status.due_on <= horizon:  # read again today: a consent given since moves it out
            due.append(DueItem(candidate.candidate_id, candidate.full_name, status.due_on, status.due_on < today, status.kind,
                               explain(status)))
    due.sort(key=lambda item: (item.due or dt.date.max, item.name.casefold()))
    held.sort(key=lambda item: item.name.casefold())
    return RetentionSummary(day=today, window_days=ALERT_DAYS, overdue=[item for item in due if item.overdue],
                            due_soon=[item for item in due if not item.overdue], on_hold=held,
                            overdue_count=overdue_count, due_soon_count=due_soon_count)


def team_request_summary(desk: TeamDesk) -> RequestSummary:
    """The open rights requests this member reads in the register (``team_register``'s rule) whose answer
    is due within a week or overdue: the dashboard's requests sentence."""
    today = desk.clock.today()
    horizon = today + dt.timedelta(days=REQUEST_WINDOW_DAYS)
    views = []
    for request in desk.run(team_requests.register):
        dates = request.dates
        if dates.completed_on is None and (dates.extended_to or dates.due_on) <= horizon:
            views.append(RequestView(request.request_id, request.kind, request.candidate_id, None, dates.received_on, None,
                                     dates.due_on, dates.extended_to, None, None, None))
    return RequestSummary(today, REQUEST_WINDOW_DAYS, [view for view in views if view.overdue_on(today)],
                          [view for view in views if not view.overdue_on(today)])
