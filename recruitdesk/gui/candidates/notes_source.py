"""Where the Screening notes dialog reads and writes: one dialog for both kinds of vault.

The dialog (``notes.CandidateNotesDialog``) and the note editor (``note_dialog.NoteDialog``) ask a
source for tasks: the notes of a candidate (``services.notes.NoteView``, every version in each),
a new note, and an edit of a note as read. A local vault's source calls ``services.notes`` on its
SQLCipher file; a team's (``gui.team.notes_source``) calls ``services.team_notes`` through the open
team, where an edit goes over the version read and may end in a ``notes.NoteConflict`` (a
colleague's newer version) instead of a view. The dialogs never ask which backend they are on; a
source says whether this user may write, and if not, why.
"""

from __future__ import annotations

from typing import Protocol

from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.services import notes
from recruitdesk.vault.vault import Vault


class NotesSource(Protocol):
    @property
    def writable(self) -> bool: ...

    @property
    def read_only_reason(self) -> str: ...  # shown on New and Edit when not writable

    @property
    def desk(self) -> object | None: ...  # the team desk the notes are read through (None: a local vault)

    def read_task(self, candidate_id: object) -> Task: ...  # finishes with list[NoteView]

    def add_task(self, candidate_id: object, kind: str, body: str, source: str, discussed: bool) -> Task: ...  # NoteView

    def edit_task(self, note: notes.NoteView, body: str, discussed: bool) -> Task: ...  # NoteView or NoteConflict


def _edit_local(vault: Vault, note_id: int, body: str, discussed: bool) -> notes.NoteView:
    view = notes.edit_note(vault, note_id, body)
    if view.kind == notes.ONLINE_SCREENING and view.discussed_with_candidate != discussed:
        view = notes.set_discussed(vault, note_id, discussed)
    return view


class LocalNotesSource:
    """The local vault: one writer, so an edit never meets a newer version."""

    writable = True
    read_only_reason = ""
    desk = None

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def read_task(self, candidate_id: object) -> Task:
        return Task(notes.notes_of, self.vault, candidate_id)

    def add_task(self, candidate_id: object, kind: str, body: str, source: str, discussed: bool) -> Task:
        return WriteTask(notes.add_note, self.vault, candidate_id, kind, body, source=source, discussed_with_candidate=discussed)

    def edit_task(self, note: notes.NoteView, body: str, discussed: bool) -> Task:
        return WriteTask(_edit_local, self.vault, note.id, body, discussed)


def source_of(where: NotesSource | Vault) -> NotesSource:
    """A source as given, or a local vault's source for a ``Vault`` (the dialogs' callers before sources)."""
    return LocalNotesSource(where) if isinstance(where, Vault) else where
