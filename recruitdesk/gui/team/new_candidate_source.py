"""New candidate…'s source while a team is shown in the window (``gui.candidates.new_candidate_source``).

The candidate is added through the open team (``services.team_detail.add_by_hand``): checked with the
Candidate dock's words, added as every team add is (applied today, the countdown under the team's
policy, so the dialog asks no application date), and looked up on the team's suppression list so the
window can warn. Only a member who may write opens the dialog (``candidate_editing``); the team's
store refuses a DPO's add anyway (``team.roles``).
"""

from __future__ import annotations

from recruitdesk.gui.candidates.new_candidate_source import NewCandidateAnswers
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.services import team_detail
from recruitdesk.services.team_desk import TeamDesk


class TeamNewCandidateSource:
    asks_procedure = False

    def __init__(self, desk: TeamDesk) -> None:
        self.desk = desk

    def add_task(self, answers: NewCandidateAnswers) -> Task:
        return WriteTask(team_detail.add_by_hand, self.desk, answers.name, answers.email, answers.phone, answers.city,
                         answers.linkedin)
