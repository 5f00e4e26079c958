"""One fact recorded from Record facts… on a team, losing nothing to a colleague's save.

The dialog only knows that a job ends with what was recorded, or with ``NOT_SAVED`` and the user's
input still where they typed it (``gui.candidates.facts_source``). On a team the fact is laid over
the facts as read and saved over their version (``TeamDesk.save_facts``, on the database worker);
when a colleague saved in between, the team's facts conflict dialog opens over the dialog the user
saved from, with both versions: "Keep mine" saves the user's facts over the server's version,
"Merge" saves the server's with the user's change laid over them (another colleague's save
meanwhile opens the dialog again), "Take the server's" ends with the server's view (the dialog
reloads it), and closing it without choosing ends with ``NOT_SAVED``. Locking the team closes it.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QApplication, QDialog

from recruitdesk.gui.shell.jobs import NOT_SAVED
from recruitdesk.gui.team.facts_conflict_dialog import KEEP_MINE, MERGED, FactsConflictDialog
from recruitdesk.gui.team.guarded_save import GuardedSave
from recruitdesk.gui.team.window_type import TeamWindow
from recruitdesk.services import team_facts
from recruitdesk.services.team_desk import FactsConflict, RetentionView, TeamDesk, TeamFacts


def _save_change(desk: TeamDesk, candidate_id: object, read: RetentionView,
                 change: Callable[[TeamFacts], TeamFacts]) -> RetentionView | FactsConflict:
    """Worker: the change laid over the facts as read (a refusal raises here), saved over their version."""
    return desk.save_facts(candidate_id, read.version, change(read.facts))  # type: ignore[arg-type]


def _save_over(desk: TeamDesk, candidate_id: object, version: int, facts: TeamFacts) -> RetentionView | FactsConflict:
    """Worker: the user's choice saved over the server's version."""
    return desk.save_facts(candidate_id, version, facts)  # type: ignore[arg-type]


class TeamFactsSave(GuardedSave):
    """``finished(RetentionView | NOT_SAVED)`` or ``failed(error)``; ``conflict_shown(dialog)`` when a
    colleague's newer save is shown."""

    nothing_saved = NOT_SAVED

    def __init__(self, panel: TeamWindow, candidate_id: object, read: RetentionView,
                 change: Callable[[TeamFacts], TeamFacts]) -> None:
        super().__init__(panel)
        self._candidate_id = candidate_id
        self._read = read
        self._read_facts = read.facts  # what the user's change was made over (the merge's base)
        self._change = change

    def start(self) -> "TeamFactsSave":
        self._run(_save_change, self._candidate_id, self._read, self._change)
        return self

    def _is_conflict(self, outcome: object) -> bool:
        return isinstance(outcome, FactsConflict)

    def _conflict_dialog(self, conflict: FactsConflict) -> QDialog:
        merge = team_facts.merged(self._read_facts, conflict.mine, conflict.theirs)
        parent = QApplication.activeModalWidget() or self._panel  # over the dialog the user saved from
        return FactsConflictDialog(conflict, parent, merged=merge)

    def _chosen(self, dialog: FactsConflictDialog) -> None:
        conflict = dialog.conflict
        if dialog.choice is None:
            self._end(NOT_SAVED)
        elif dialog.choice == KEEP_MINE:
            self._read_facts = conflict.theirs
            self._run(_save_over, self._candidate_id, conflict.their_version, conflict.mine)
        elif dialog.choice == MERGED:
            merge = team_facts.merged(self._read_facts, conflict.mine, conflict.theirs)
            self._read_facts = conflict.theirs
            self._run(_save_over, self._candidate_id, conflict.their_version, merge)
        else:  # the server's: shown once the dialog reloads
            self._end(conflict.theirs)
