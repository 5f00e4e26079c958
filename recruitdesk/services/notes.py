"""Screening notes: what was learnt in an interview, a phone screen or an online screening.

The body is the most sensitive free text the app holds, so it is encrypted with the candidate's
key (field ``note.body``) and disappears with it. Notes are evidence of how a candidate was
assessed, so an edit never overwrites: the previous body goes, still encrypted, into a
``ScreeningNoteRevision`` (who replaced it and when).

Online screening of public profiles is allowed only within limits (ICT Makers' statement: the
findings are discussed with the candidate, and nobody is rejected on screening alone), so such a
note must name its source and carries a "discussed with the candidate" flag that the GUI shows.

History reads as: version 0 by ``note.author`` at ``note.created_at``; each revision holds the
body that an edit by ``revision.author`` at ``revision.edited_at`` replaced.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from recruitdesk import audit
from recruitdesk.errors import RecruitDeskError
from recruitdesk.i18n import N_
from recruitdesk.services.countdown import load_candidate
from recruitdesk.store.models import Candidate, ScreeningNote, ScreeningNoteRevision
from recruitdesk.vault.candidate_keys import CandidateKeys
from recruitdesk.vault.vault import Vault

INTERVIEW = "interview"
PHONE_SCREEN = "phone_screen"
ONLINE_SCREENING = "online_screening"
KINDS = (INTERVIEW, PHONE_SCREEN, ONLINE_SCREENING)
BODY_FIELD = "note.body"

KIND_LABELS = {
    INTERVIEW: N_("notes", "Interview"),
    PHONE_SCREEN: N_("notes", "Phone screen"),
    ONLINE_SCREENING: N_("notes", "Online screening"),
}


# --- errors ----------------------------------------------------------------------------------
class NoteError(RecruitDeskError):
    exit_code = 2


class UnknownNoteKind(NoteError):
    code = "unknown-note-kind"
    template = N_("errors", "\"{kind}\" is not a kind of screening note. Choose one of: {choices}.")


class NoteBodyRequired(NoteError):
    code = "note-body-required"
    template = N_("errors", "A screening note cannot be empty.")


class ScreeningSourceRequired(NoteError):
    code = "screening-source-required"
    template = N_("errors", "A note about online screening must say where the information was found (for example LinkedIn).")


class NoteNotFound(NoteError):
    code = "note-not-found"
    exit_code = 3
    template = N_("errors", "There is no screening note with number {id}.")


# --- reading ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class NoteVersion:
    body: str
    author: str
    written_at: dt.datetime


def needs_discussion(kind: str, discussed_with_candidate: bool) -> bool:
    """Online-screening findings not yet discussed with the candidate (a note of either kind of vault)."""
    return kind == ONLINE_SCREENING and not discussed_with_candidate


@dataclass(frozen=True)
class NoteView:
    id: int | UUID  # a team's notes and candidates have UUIDs (``services.team_notes``)
    candidate_id: int | UUID
    kind: str
    source: str | None
    discussed_with_candidate: bool
    author: str
    created_at: dt.datetime
    body: str
    history: tuple[NoteVersion, ...]  # every version, oldest first; the last is the current body

    @property
    def needs_discussion(self) -> bool:
        """Online-screening findings not yet discussed with the candidate: the GUI warns."""
        return needs_discussion(self.kind, self.discussed_with_candidate)

    @property
    def edited(self) -> bool:
        return len(self.history) > 1


@dataclass(frozen=True)
class NoteConflict:
    """An edit that met a colleague's newer version (a team's notes only; the local vault has one writer):
    nothing was saved. The colleague's version is shown and saving again goes over it; the typed text is kept."""

    theirs: NoteView
    body: str
    discussed_with_candidate: bool


def _decrypt(keys: CandidateKeys, candidate: Candidate, sealed: bytes) -> str:
    return keys.decrypt_text(candidate.uid, candidate.wrapped_key, BODY_FIELD, sealed)


def _revisions(session: Session, note_id: int) -> list[ScreeningNoteRevision]:
    return list(session.scalars(
        select(ScreeningNoteRevision).where(ScreeningNoteRevision.note_id == note_id)
        .order_by(ScreeningNoteRevision.edited_at, ScreeningNoteRevision.id)
    ))


def view_of(session: Session, keys: CandidateKeys, candidate: Candidate, note: ScreeningNote) -> NoteView:
    revisions = _revisions(session, note.id)
    bodies = [_decrypt(keys, candidate, r.body_enc) for r in revisions] + [_decrypt(keys, candidate, note.body_enc)]
    writers = [(note.author, note.created_at)] + [(r.author, r.edited_at) for r in revisions]
    history = tuple(NoteVersion(body, author, at) for body, (author, at) in zip(bodies, writers, strict=True))
    return NoteView(note.id, candidate.id, note.kind, note.source, note.discussed_with_candidate, note.author,
                    note.created_at, bodies[-1], history)


def notes_of(vault: Vault, candidate_id: int) -> list[NoteView]:
    """One candidate's notes, oldest first, bodies and history decrypted."""
    with vault.read_session() as session:
        candidate = load_candidate(session, candidate_id)
        notes = sorted(candidate.notes, key=lambda n: (n.created_at, n.id))
        return [view_of(session, vault.candidate_keys, candidate, note) for note in notes]


def get_note(vault: Vault, note_id: int) -> NoteView:
    with vault.read_session() as session:
        note, candidate = _load(session, note_id)
        return view_of(session, vault.candidate_keys, candidate, note)


# --- changes ---------------------------------------------------------------------------------
def checked_body(body: str) -> str:
    """The body without surrounding blanks, or ``NoteBodyRequired`` (the team's notes use it too)."""
    body = (body or "").strip()
    if not body:
        raise NoteBodyRequired()
    return body


def checked_note(kind: str, body: str, source: str | None) -> tuple[str, str, str | None]:
    """A new note's kind, body and source as stored, or the ``NoteError`` saying what is missing:
    the rules of every screening note, local or a team's (``services.team_notes``)."""
    if kind not in KINDS:
        raise UnknownNoteKind(kind=kind, choices=", ".join(KINDS))
    body = checked_body(body)
    source = (source or "").strip() or None
    if kind == ONLINE_SCREENING and source is None:
        raise ScreeningSourceRequired()
    return kind, body, source


def add_note(
    vault: Vault,
    candidate_id: int,
    kind: str,
    body: str,
    author: str | None = None,
    source: str | None = None,
    discussed_with_candidate: bool = False,
    written_at: dt.datetime | None = None,
) -> NoteView:
    """Write a note; ``author`` defaults to the logged-in user, ``written_at`` to now."""
    kind, body, source = checked_note(kind, body, source)
    with vault.session() as session, session.begin():
        candidate = load_candidate(session, candidate_id)
        note = ScreeningNote(
            kind=kind,
            source=source,
            discussed_with_candidate=bool(discussed_with_candidate),
            author=(author or audit.current_actor()).strip(),
            created_at=(written_at or vault.clock.now()).replace(tzinfo=None),
            body_enc=vault.candidate_keys.encrypt_text(candidate.uid, candidate.wrapped_key, BODY_FIELD, body),
        )
        candidate.notes.append(note)
        session.flush()
        audit.record(session, vault.clock, "note.added", candidate_uid=candidate.uid, note_id=note.id, kind=kind)
        return view_of(session, vault.candidate_keys, candidate, note)


def copy_note(vault: Vault, candidate_id: int, kind: str, history: Sequence[NoteVersion], source: str | None,
              discussed_with_candidate: bool) -> NoteView:
    """A note carried in by ``vault migrate`` with every version, oldest first: the first version's writer
    and time are the note's, each later one an edit by its writer at its time (the earlier body kept, as
    :func:`edit_note` keeps it)."""
    first = history[0]
    view = add_note(vault, candidate_id, kind, first.body, author=first.author, source=source,
                    discussed_with_candidate=discussed_with_candidate, written_at=first.written_at)
    if len(history) == 1:
        return view
    with vault.session() as session, session.begin():
        assert isinstance(view.id, int), "a local note's id"
        note, candidate = _load(session, view.id)
        keys = vault.candidate_keys
        for later in history[1:]:
            session.add(ScreeningNoteRevision(note_id=note.id, edited_at=later.written_at.replace(tzinfo=None),
                                              author=later.author.strip(), body_enc=note.body_enc))
            note.body_enc = keys.encrypt_text(candidate.uid, candidate.wrapped_key, BODY_FIELD, checked_body(later.body))
        session.flush()
        return view_of(session, keys, candidate, note)


def edit_note(vault: Vault, note_id: int, body: str, author: str | None = None) -> NoteView:
    """Replace the body, keeping the previous one (encrypted) as a revision."""
    body = checked_body(body)
    with vault.session() as session, session.begin():
        note, candidate = _load(session, note_id)
        keys = vault.candidate_keys
        if _decrypt(keys, candidate, note.body_enc) != body:
            session.add(ScreeningNoteRevision(
                note_id=note.id,
                edited_at=vault.clock.now().replace(tzinfo=None),
                author=(author or audit.current_actor()).strip(),
                body_enc=note.body_enc,
            ))
            note.body_enc = keys.encrypt_text(candidate.uid, candidate.wrapped_key, BODY_FIELD, body)
            session.flush()
            audit.record(session, vault.clock, "note.edited", candidate_uid=candidate.uid, note_id=note.id)
        return view_of(session, keys, candidate, note)


def set_discussed(vault: Vault, note_id: int, discussed: bool = True) -> NoteView:
    """Record that online-screening findings were (or were not) discussed with the candidate."""
    with vault.session() as session, session.begin():
        note, candidate = _load(session, note_id)
        note.discussed_with_candidate = bool(discussed)
        audit.record(session, vault.clock, "note.discussed", candidate_uid=candidate.uid, note_id=note.id, discussed=bool(discussed))
        return view_of(session, vault.candidate_keys, candidate, note)


def _load(session: Session, note_id: int) -> tuple[ScreeningNote, Candidate]:
    note = session.get(ScreeningNote, note_id)
    if note is None:
        raise NoteNotFound(id=note_id)
    return note, load_candidate(session, note.candidate_id)
