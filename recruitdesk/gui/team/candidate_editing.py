"""New candidate… and Open in the team's panel: the candidate dialog opened over the team desk.

Opening reads the candidate on a worker; the dialog saves with the version it read (a colleague's
newer save shows both versions, ``conflict_dialog``). A saved candidate's line is put in the list
at once; the change notice that follows reads it again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recruitdesk.gui.team.candidate_dialog import CandidateDialog
from recruitdesk.gui.team.table_model import ID_ROLE
from recruitdesk.services.team_desk import TeamCandidate, TeamRow

if TYPE_CHECKING:
    from recruitdesk.gui.team.panel import TeamPanel


class CandidateEditing:
    def __init__(self, window: "TeamPanel") -> None:
        self.window = window

    def new(self) -> None:
        if self.window.desk is not None:
            self._show(None)

    def open_selected(self) -> None:
        window = self.window
        selected = window.table.selectionModel().selectedRows() if window.table.selectionModel() else []
        if window.desk is None or not selected:
            return
        candidate_id = selected[0].data(ID_ROLE)
        window.start_task(lambda desk=window.desk: desk.candidate(candidate_id), self._show)

    def _show(self, candidate: TeamCandidate | None) -> None:
        window = self.window
        assert window.desk is not None
        dialog = CandidateDialog(window.desk, candidate, window, open_notes=window.notes_opener.show_for)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _result, dialog=dialog: self._closed(dialog))
        window.candidate_dialog = dialog
        dialog.open()
        window.candidate_opened.emit(dialog)

    def _saved(self, candidate: TeamCandidate) -> None:
        window = self.window
        window.model.put(TeamRow.of(candidate, window.clock.now()))
        window.update_actions()

    def _closed(self, dialog: CandidateDialog) -> None:
        if self.window.candidate_dialog is dialog:
            self.window.candidate_dialog = None
        dialog.deleteLater()
