"""Candidate > Documents… in the team's panel: the selected candidate's documents dialog.

Its own module so the team window stays small: ``install(window, menu)`` adds the action after
Open; ``candidate_dialog_action`` keeps the one open dialog, reloads it when a colleague adds or
removes one of that candidate's documents, and closes it when the candidate is erased. The dialog
is the one a local vault uses (``gui.candidates.documents_dialog``), reading through the team's source.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from recruitdesk.gui.candidates.documents_dialog import DocumentsDialog
from recruitdesk.gui.team.candidate_dialog_action import CandidateDialogAction
from recruitdesk.gui.team.documents_source import TeamDocumentsSource

DOCUMENT = "document"  # the record kind of a document's change notice


def install(window, menu: QMenu) -> QAction:
    """Add the action to ``menu`` (the ``TeamPanel``'s Candidate menu) right after Open."""
    opener = CandidateDialogAction(
        window, menu, QCoreApplication.translate("TeamWindow", "&Documents…"), "documents_dialog", DOCUMENT,
        lambda window, candidate_id, name: DocumentsDialog(TeamDocumentsSource(window.desk), candidate_id, name, window))
    return opener.action
