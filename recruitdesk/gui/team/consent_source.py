"""The consent dialog's source while a team is shown in the window (``gui.candidates.consent_source``).

A consent is stored through the open team (``services.team_consents.give``): the evidence file
becomes one of the candidate's documents in the same transaction, and the task finishes with the
countdown the consent moved (a ``RetentionView``: a reserve consent keeps the candidate for the
reserve's term), which the team's callers show at once.
"""

from __future__ import annotations

from recruitdesk.gui.candidates.consent_source import ConsentAnswers
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.services import team_consents
from recruitdesk.services.team_desk import TeamDesk


class TeamConsentSource:
    def __init__(self, desk: TeamDesk) -> None:
        self.desk = desk

    def give_task(self, candidate_id: object, answers: ConsentAnswers) -> Task:
        return WriteTask(team_consents.give, self.desk, candidate_id, answers.purpose, answers.given_on, answers.channel,
                         answers.text, answers.text_version, answers.evidence_path)
