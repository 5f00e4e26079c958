"""The Consents… dialog's source while a team is shown in the window (``gui.candidates.consents_source``).

Consents are read and withdrawn through the open team (``services.team_consents``): a withdrawal
names the version the list showed, so a colleague's change or removal meanwhile comes back as a
sentence and the list is read again; both recording and withdrawing finish with the countdown they
moved. A DPO reads the consents but records and withdraws none (the server refuses a DPO's write anyway).
"""

from __future__ import annotations

from recruitdesk.gui.candidates.consent_source import ConsentSource
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.gui.team.consent_source import TeamConsentSource
from recruitdesk.gui.team.desk_source import TeamDeskSource
from recruitdesk.services import team_consents


class TeamConsentsSource(TeamDeskSource):
    """A team candidate's consents through the open team (the desk and its write rule: ``TeamDeskSource``)."""

    @property
    def consent_source(self) -> ConsentSource:
        return TeamConsentSource(self._desk)

    def list_task(self, candidate_id: object) -> Task:
        return Task(team_consents.consents, self._desk, candidate_id)

    def withdraw_task(self, line: object) -> Task:
        return WriteTask(team_consents.withdraw, self._desk, line)

    def stale(self, error: BaseException) -> bool:
        return isinstance(error, (team_consents.TeamConsentChanged, team_consents.TeamConsentGone))
