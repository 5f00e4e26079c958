"""The Documents… dialog's source while a team is shown in the window (``gui.candidates.documents_source``).

Documents are read and written through the open team (``services.team_documents``): files are added
as the team's CV import reads them, and a removal names the version the list showed, so a colleague's
change or removal meanwhile comes back as a sentence and the list is read again. A DPO reads the
documents and saves copies, but adds and removes none (the server refuses a DPO's write anyway).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.gui.team.desk_source import TeamDeskSource
from recruitdesk.services import team_documents


class TeamDocumentsSource(TeamDeskSource):
    """A team candidate's documents through the open team (the desk and its write rule: ``TeamDeskSource``)."""

    def _read_only_words(self) -> str:
        return QCoreApplication.translate(
            "DocumentsDialog", "Your role may read and save copies of documents, not add or remove them.")

    @property
    def removal_warning(self) -> str:
        return QCoreApplication.translate("DocumentsDialog", "It is removed from the team vault for every member. This cannot be undone.")

    def list_task(self, candidate_id: object) -> Task:
        return Task(team_documents.documents, self._desk, candidate_id)

    def add_task(self, candidate_id: object, paths: list[Path], passwords: dict[str, str] | None = None) -> Task:
        return WriteTask(team_documents.add_files, self._desk, candidate_id, paths, passwords)

    def copy_task(self, line: object, target: Path) -> Task:
        return Task(team_documents.save_copy, self._desk, line, target)

    def remove_task(self, line: object) -> Task:
        return WriteTask(team_documents.remove, self._desk, line)

    def stale(self, error: BaseException) -> bool:
        return isinstance(error, (team_documents.TeamDocumentChanged, team_documents.TeamDocumentGone))
