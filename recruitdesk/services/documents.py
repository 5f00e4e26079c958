"""Storing a candidate's documents: encrypted with their key, their text in the search index."""

from __future__ import annotations

from sqlalchemy.orm import Session

from recruitdesk import audit
from recruitdesk.clock import Clock
from recruitdesk.store import search_index
from recruitdesk.store.models import Candidate, Document
from recruitdesk.vault.candidate_keys import CandidateKeys


def attach_document(
    session: Session,
    keys: CandidateKeys,
    clock: Clock,
    candidate: Candidate,
    filename: str,
    media_type: str,
    content: bytes,
    text: str | None,
    kind: str = "cv",
) -> Document:
    """Store ``content`` and its extracted ``text`` encrypted, and add it to the candidate's index rows."""
    uid, wrapped = candidate.uid, candidate.wrapped_key
    document = Document(
        kind=kind,
        media_type=media_type,
        size=len(content),
        content_hash=keys.identifier_hash("content", content.hex()),
        filename_enc=keys.encrypt_text(uid, wrapped, "document.filename", filename),
        content_enc=keys.encrypt(uid, wrapped, "document.content", content),
        text_enc=keys.encrypt_text(uid, wrapped, "document.text", text) if text else None,
        added_at=clock.now().replace(tzinfo=None),
    )
    candidate.documents.append(document)
    session.flush()
    search_index.extend_candidate(session, keys, candidate.id, candidate.full_name, candidate.email, whole_text(keys, candidate))
    audit.record(session, clock, "document.added", candidate_uid=uid, kind=kind, size=len(content))
    return document


def document_text(keys: CandidateKeys, candidate: Candidate, document: Document) -> str:
    if document.text_enc is None:
        return ""
    return keys.decrypt_text(candidate.uid, candidate.wrapped_key, "document.text", document.text_enc)


def whole_text(keys: CandidateKeys, candidate: Candidate) -> str:
    return "\n".join(document_text(keys, candidate, document) for document in candidate.documents)


def reindex(session: Session, keys: CandidateKeys, candidate: Candidate) -> None:
    """Replace the candidate's index rows with one (after a change that can remove terms)."""
    search_index.index_candidate(session, keys, candidate.id, candidate.full_name, candidate.email, whole_text(keys, candidate))
