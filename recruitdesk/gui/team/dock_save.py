"""A team candidate's profile saved from the Candidate dock, losing nothing to a colleague's save.

The dock only knows that a save ends with the profile as saved, or with nothing saved and the
typed text still in its form (``detail_source``). On a team the save goes over the version read
(``team_detail.save_profile``, on the database worker); when a colleague saved in between, the
team's conflict dialog opens over the window with both versions:
"Keep mine" and a merge are saved over the server's version (another colleague's save meanwhile
opens the dialog again), "Take the server's" shows theirs, and closing it without choosing leaves
the user's text in the form (Save shows the conflict again). Locking the team closes the dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from recruitdesk.gui.candidates.detail_source import TheirsShown
from recruitdesk.gui.team.conflict_dialog import TAKE_THEIRS, ConflictDialog
from recruitdesk.gui.team.guarded_save import GuardedSave
from recruitdesk.gui.team.window_type import TeamWindow
from recruitdesk.services import team_detail
from recruitdesk.services.team_desk import SaveConflict


class TeamProfileSave(GuardedSave):
    """One save of the dock's form: ``finished(TeamProfile | TheirsShown | None)`` or ``failed(error)``;
    ``conflict_shown(dialog)`` when a colleague's newer save is shown."""

    nothing_saved = None  # the form keeps the user's text

    def __init__(self, panel: TeamWindow, read: team_detail.TeamProfile, typed: tuple[str, str, str, str, str]) -> None:
        super().__init__(panel)
        self._read = read
        self._typed = typed

    def start(self) -> "TeamProfileSave":
        self._run(team_detail.save_profile, self._read, *self._typed)
        return self

    def _is_conflict(self, outcome: object) -> bool:
        return isinstance(outcome, SaveConflict)

    def _conflict_dialog(self, conflict: SaveConflict) -> QDialog:
        return ConflictDialog(conflict, self._panel)  # modal to the window

    def _chosen(self, dialog: ConflictDialog) -> None:
        conflict = dialog.conflict
        if dialog.chosen is None:
            self._end(None)
        elif dialog.choice == TAKE_THEIRS:
            self._end(TheirsShown(team_detail.profile_of(self._read, conflict.theirs)))
        else:  # mine or merged (the server's CV text kept), over the server's version
            self._run(team_detail.save_fields, self._read, conflict.server_version, dialog.chosen)
