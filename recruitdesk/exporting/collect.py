"""Gathering one candidate's data, decrypted, for an export.

Everything is read through the candidate's own row and relationships (and requests linked to
their id), never by a query that could return another person's rows: that is what makes "the
export holds nothing about anyone else" true by construction, and the export tests check it.
The result is plain data, so the workbook and JSON writers never touch the database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from recruitdesk.errors import RecruitDeskError
from recruitdesk.exporting.processing import Purpose, purposes_for, retention_terms
from recruitdesk.i18n import N_
from recruitdesk.retention import engine
from recruitdesk.retention.explain import explain
from recruitdesk.services import consents as consent_service
from recruitdesk.services import notes as note_service
from recruitdesk.services.candidates import CONTACT_WORDING_FIELD
from recruitdesk.services.countdown import active_policy, load_candidate, status_of
from recruitdesk.services.rights_requests import RequestView
from recruitdesk.vault.candidate_keys import CandidateKeys
from recruitdesk.vault.crypto import SealBroken

SENSITIVE_FIELD = "candidate.sensitive"


class ExportDataUnreadable(RecruitDeskError):
    """A record of the candidate does not decrypt: an incomplete export must not be handed out."""

    code = "export-data-unreadable"
    template = N_(
        "errors",
        "Part of candidate {id}'s data cannot be decrypted (a damaged record), so no export was made. "
        "Restore the vault from a backup, or contact support.",
    )


@dataclass(frozen=True)
class DocumentData:
    id: int
    kind: str
    filename: str
    path: str  # where the file is inside the export, e.g. "documents/01-cv.pdf"
    media_type: str
    size: int
    added_at: dt.datetime
    sha256: str
    content: bytes = field(repr=False)


@dataclass(frozen=True)
class RetentionData:
    policy: str
    policy_version: int
    situation: str
    status: str
    rule: str | None
    due_on: dt.date | None
    explanation: str
    legal_hold: bool
    extended_until: dt.date | None


@dataclass(frozen=True)
class CandidateData:
    id: int | str  # the local vault's number, or the first digits of a team candidate's opaque id
    uid: str
    exported_at: dt.datetime
    profile: dict[str, object]
    applications: list[dict[str, object]]
    contacts: list[dict[str, object]]
    consents: list[consent_service.ConsentView]
    notes: list[note_service.NoteView]
    documents: list[DocumentData]
    retention: RetentionData
    purposes: list[Purpose]
    purpose_terms: dict[str, str]
    requests: list[RequestView]


def export_filename(original: str, kind: str, index: int) -> str:
    """The name of a document inside the export: "01-cv.pdf".

    Never the original name: it often holds the person's name, and a zip's entry names are not
    encrypted even in a password-protected zip. The original name is in the workbook and JSON.
    """
    base = re.split(r"[\\/]", original or "")[-1]
    suffix = base.rpartition(".")[2] if "." in base else ""
    suffix = re.sub(r"[^A-Za-z0-9]", "", suffix)[:10].lower()
    kind = re.sub(r"[^a-z0-9_]", "", kind.lower()) or "document"
    return f"{index:02d}-{kind}.{suffix}" if suffix else f"{index:02d}-{kind}"


def collect(session: Session, keys: CandidateKeys, now: dt.datetime, candidate_id: int,
            requests: list[RequestView]) -> CandidateData:
    """Everything about the candidate, read in the caller's session (``services.exporting``)."""
    try:
        return _collect(session, keys, now, candidate_id, requests)
    except SealBroken:
        raise ExportDataUnreadable(id=candidate_id) from None


def _collect(session: Session, keys: CandidateKeys, now: dt.datetime, candidate_id: int,
             requests: list[RequestView]) -> CandidateData:
    candidate = load_candidate(session, candidate_id)
    uid, wrapped = candidate.uid, candidate.wrapped_key
    sensitive = None
    if candidate.sensitive is not None:
        sensitive = keys.decrypt_text(uid, wrapped, SENSITIVE_FIELD, candidate.sensitive)
    profile: dict[str, object] = {
        "full_name": candidate.full_name,
        "email": candidate.email,
        "phone": candidate.phone,
        "city": candidate.city,
        "linkedin_url": candidate.linkedin_url,
        "source": candidate.source,
        "situation": candidate.situation,
        "applied_on": candidate.applied_on,
        "last_contact_on": candidate.last_contact_on,
        "created_at": candidate.created_at,
        "updated_at": candidate.updated_at,
        "sensitive": sensitive,
    }
    applications: list[dict[str, object]] = [
        # The recruiter's judgement (stage, rating, tags) is the candidate's data too (Art. 15).
        {"title": p.title, "client": p.client, "applied_on": p.applied_on, "outcome": p.outcome, "ended_on": p.ended_on,
         "stage": p.stage, "rating": p.rating, "tags": [tag.strip() for tag in (p.tags or "").split(",") if tag.strip()]}
        for p in sorted(candidate.procedures, key=lambda p: (p.applied_on or dt.date.min, p.id))
    ]
    contacts: list[dict[str, object]] = [
        # The consent sentence a message asked them to agree to is their data too (Art. 15).
        {"on": c.on, "channel": c.channel, "kind": c.kind, "wording_version": c.wording_version,
         "wording": keys.decrypt_text(uid, wrapped, CONTACT_WORDING_FIELD, c.wording_enc) if c.wording_enc is not None else None}
        for c in sorted(candidate.contacts, key=lambda c: (c.on, c.id))
    ]
    consent_views = [consent_service.view_of(keys, candidate, c) for c in sorted(candidate.consents, key=lambda c: (c.given_on, c.id))]
    note_views = [note_service.view_of(session, keys, candidate, n) for n in sorted(candidate.notes, key=lambda n: (n.created_at, n.id))]
    documents = []
    for index, document in enumerate(sorted(candidate.documents, key=lambda d: (d.added_at, d.id)), start=1):
        content = keys.decrypt(uid, wrapped, "document.content", document.content_enc)
        filename = keys.decrypt_text(uid, wrapped, "document.filename", document.filename_enc)
        documents.append(DocumentData(
            document.id, document.kind, filename, f"documents/{export_filename(filename, document.kind, index)}", document.media_type,
            len(content), document.added_at, hashlib.sha256(content).hexdigest(), content,
        ))
    policy, version = active_policy(session)
    status = status_of(candidate, policy, now.date())
    state = candidate.retention
    retention = RetentionData(
        policy=policy.title, policy_version=version, situation=status.situation, status=status.kind,
        rule=status.rule_id, due_on=status.due_on, explanation=explain(status),
        legal_hold=status.kind == engine.LEGAL_HOLD, extended_until=state.extended_until if state else None,
    )
    purposes = purposes_for(candidate.source, {c.purpose for c in candidate.consents}, bool(candidate.procedures))
    terms = {purpose.code: retention_terms(purpose, policy) for purpose in purposes}
    return CandidateData(candidate_id, uid, now, profile, applications, contacts, consent_views, note_views, documents,
                         retention, purposes, terms, requests)
