"""Candidate > Screening notes… in the team's panel: the local vault's notes dialog over the team.

Its own module so the team window stays small: ``install(window, menu)`` adds the action after
Consents…; ``candidate_dialog_action`` keeps the one open dialog, reloads it when a colleague adds
or edits one of that candidate's notes, closes it when the candidate is erased and when the team
closes (Lock, Quit, idle time). The dialog is ``gui.candidates.notes.CandidateNotesDialog`` reading
and writing through ``notes_source.TeamNotesSource``: kind, source, the "discussed" flag and every
version, as in a local vault; a DPO reads only.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from recruitdesk.gui.candidates.notes import CandidateNotesDialog
from recruitdesk.gui.team.candidate_dialog_action import CandidateDialogAction
from recruitdesk.gui.team.notes_source import TeamNotesSource

NOTE = "note"  # the record kind of a note's change notice (``team.notes.KIND``)


def install(window, menu: QMenu) -> CandidateDialogAction:
    """Add the action to ``menu`` (the ``TeamPanel``'s Candidate menu) after Consents…; the opener is returned
    (the panel keeps it as ``notes_opener``)."""
    opener = CandidateDialogAction(window, menu, QCoreApplication.translate("CandidateActions", "Screening &notes…"), "notes_dialog",
                                   NOTE, _dialog, after=getattr(window, "consents_action", None))
    opener.action.setShortcut(QKeySequence("Ctrl+Shift+N"))  # the local window's, hidden while a team is shown
    return opener


def _dialog(window, candidate_id: UUID, name: str) -> CandidateNotesDialog:
    return CandidateNotesDialog(TeamNotesSource(window.desk), candidate_id, name, window)


