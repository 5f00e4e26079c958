"""The Screening notes dialog's source while a team is shown in the window (``gui.candidates.notes_source``).

Notes are read and written through the open team (``services.team_notes``): the same dialog as a
local vault's, with kind, source, the "discussed with the candidate" flag and every version. An edit
goes over the version read; a colleague's edit in between comes back as a ``NoteConflict`` that the
note editor shows, keeping the typed text. A DPO reads the notes and writes none (the reason is shown
on New and Edit); the server refuses a DPO's write anyway (``team.server_roles``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.gui.team.desk_source import TeamDeskSource
from recruitdesk.services import notes, team_notes


class TeamNotesSource(TeamDeskSource):
    """A team candidate's screening notes through the open team (the desk and its write rule: ``TeamDeskSource``)."""

    def _read_only_words(self) -> str:
        return QCoreApplication.translate(
            "TeamNotes", "As data protection officer you read the screening notes; recruiters and administrators write them.")

    def read_task(self, candidate_id: object) -> Task:
        return Task(team_notes.notes_of, self._desk, candidate_id)

    def add_task(self, candidate_id: object, kind: str, body: str, source: str, discussed: bool) -> Task:
        return WriteTask(team_notes.add_note, self._desk, candidate_id, kind, body, source, discussed)

    def edit_task(self, note: notes.NoteView, body: str, discussed: bool) -> Task:
        return WriteTask(team_notes.edit_note, self._desk, note, body, discussed)
