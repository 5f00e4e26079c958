"""Candidate > Consents… in the team's panel: every consent of the selected candidate, of every purpose.

The dialog is the one a local vault uses too (``gui.candidates.consents_dialog``), on the team's source.

Its own module so the team window stays small: ``install(window, menu)`` adds the action after
Documents… (or Open); ``candidate_dialog_action`` keeps the one open dialog and reloads it when a
colleague changes one of that candidate's consents. After a consent is recorded or withdrawn here,
the candidate's line is read again (the deadline moves).
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from recruitdesk.gui.team.candidate_dialog_action import CandidateDialogAction
from recruitdesk.gui.candidates.consents_dialog import ConsentsDialog
from recruitdesk.gui.team.consents_source import TeamConsentsSource

CONSENT = "consent"  # the record kind of a consent's change notice


def install(window, menu: QMenu) -> QAction:
    """Add the action to ``menu`` (the ``TeamPanel``'s Candidate menu)."""
    opener = CandidateDialogAction(window, menu, QCoreApplication.translate("TeamWindow", "Co&nsents…"), "consents_dialog", CONSENT,
                                   _dialog, after=getattr(window, "documents_action", None))
    return opener.action


def _dialog(window, candidate_id: UUID, name: str) -> ConsentsDialog:
    dialog = ConsentsDialog(TeamConsentsSource(window.desk), candidate_id, name, window.clock.today, window)
    dialog.changed.connect(lambda _view: window.refresh_row(candidate_id))
    return dialog
