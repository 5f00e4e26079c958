"""The Candidate dock's source while a team is shown in the window (``detail_source.DetailSource``).

A team candidate's details are read through the open team (``services.team_detail``) and shown
in the same dock as a local vault's. Their contact details are edited and saved in the dock as a
local vault's are (a DPO, who may not write, reads them only); the save goes over the version read,
and a colleague's newer save is shown beside the user's text in the team's conflict dialog
(``dock_save``), so nothing typed is lost. "Show on the board" opens the vacancy's board
in the local vacancy window at the application's card (the window's Vacancies dock, on the team).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recruitdesk.gui.shell.tasks import Task
from recruitdesk.gui.team.dock_save import TeamProfileSave
from recruitdesk.services import candidate_detail as cd
from recruitdesk.services import team_detail

if TYPE_CHECKING:
    from recruitdesk.gui.team.panel import TeamPanel


class TeamDetailSource:
    shows_board = True  # the vacancy's board in the local vacancy window (the Vacancies dock's ``show_application``)

    def __init__(self, panel: "TeamPanel") -> None:
        self._panel = panel

    @property
    def editable(self) -> bool:
        """A member who may write saves the form; a DPO reads it."""
        desk = self._panel.desk
        return desk is not None and desk.may_write

    def is_open(self) -> bool:
        return self._panel.desk is not None

    def read_task(self, candidate_id: object) -> Task:
        return Task(team_detail.candidate_detail, self._panel.desk, candidate_id)

    def preview_task(self, document_id: object, want_bytes: bool) -> Task:
        return Task(team_detail.load_preview, self._panel.desk, document_id, want_bytes)

    def save_task(self, read: cd.Profile, name: str, email: str, phone: str, city: str, linkedin: str) -> TeamProfileSave:
        assert isinstance(read, team_detail.TeamProfile), "a team's profile is read by team_detail"
        return TeamProfileSave(self._panel, read, (name, email, phone, city, linkedin))
