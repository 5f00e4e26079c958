"""The Candidate dock's source while a team is shown in the window (``detail_source.DetailSource``).

A team candidate's details are read through the open team (``services.team_detail``) and shown
in the same dock as a local vault's. Their contact details are edited in the team's candidate
dialog (the dock's Edit… button opens it): that dialog saves over the version read and shows a
colleague's newer save beside the user's text, so nothing typed is lost; the dock's form is
read-only meanwhile. A team has no vacancy board yet, so an application is not shown on one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from recruitdesk.gui.shell.tasks import Task
from recruitdesk.services import team_detail

if TYPE_CHECKING:
    from recruitdesk.gui.team.panel import TeamPanel


class TeamDetailSource:
    editable = False
    shows_board = False

    def __init__(self, panel: "TeamPanel") -> None:
        self._panel = panel
        self.edit: Callable[[], None] | None = panel.open_selected

    def is_open(self) -> bool:
        return self._panel.desk is not None

    def read_task(self, candidate_id: object) -> Task:
        return Task(team_detail.candidate_detail, self._panel.desk, candidate_id)

    def preview_task(self, document_id: object, want_bytes: bool) -> Task:
        return Task(team_detail.load_preview, self._panel.desk, document_id, want_bytes)

    def save_task(self, candidate_id: object, name: str, email: str, phone: str, city: str, linkedin: str) -> Task:
        raise NotImplementedError("a team's profile is saved in its candidate dialog (the dock's Edit…)")
