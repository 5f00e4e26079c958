"""Consents in the team store: the wording the candidate agreed to, and how, sealed under their key.

Plain on the server: an opaque id, the candidate's id, a version, the purpose code
(recruitment_reserve, share_with_clients, ...), the dates retention counts from (given, expires,
withdrawn) and the opaque id of the evidence document (itself sealed, in ``team_documents``).
Sealed: the channel, the wording's version code and the wording itself.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, replace
from uuid import UUID

from sqlalchemy import Engine, insert, select

from recruitdesk.clock import Clock
from recruitdesk.team import fields, records, retention
from recruitdesk.team.documents import insert_document
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.schema import consents, documents

KIND = "consent"
EVIDENCE_KIND = "evidence"  # the kind of the document a consent cites as its proof


@dataclass(frozen=True)
class ConsentTerms:
    """What was agreed, when and how; the personal part (channel, wording) is sealed."""

    purpose: str
    given_on: dt.date
    channel: str = field(repr=False)
    wording: str | None = field(default=None, repr=False)
    wording_version: str | None = None
    expires_on: dt.date | None = None
    withdrawn_on: dt.date | None = None
    evidence_document_id: UUID | None = None


@dataclass(frozen=True)
class TeamConsent:
    consent_id: UUID
    candidate_id: UUID
    version: int
    terms: ConsentTerms


def _aad(team: OpenTeam, candidate_id: UUID, consent_id: UUID) -> bytes:
    return records.record_aad(team.keys.team_id, records.owner_of(candidate_id), KIND, consent_id, "content")


def _columns(team: OpenTeam, key: bytes, candidate_id: UUID, consent_id: UUID, terms: ConsentTerms) -> dict:
    sealed = records.seal_json(key, _aad(team, candidate_id, consent_id),
                               {"channel": terms.channel, "wording": terms.wording, "wording_version": terms.wording_version},
                               fields.LONG_BUCKET)
    return {"purpose": terms.purpose, "given_on": terms.given_on, "expires_on": terms.expires_on,
            "withdrawn_on": terms.withdrawn_on, "evidence_document_id": terms.evidence_document_id, "content_sealed": sealed}


def _check_evidence(connection, candidate_id: UUID, terms: ConsentTerms) -> None:
    """Evidence must be one of this candidate's own documents."""
    if terms.evidence_document_id is not None:
        owner = connection.scalar(select(documents.c.candidate_id).where(documents.c.document_id == terms.evidence_document_id))
        if owner != candidate_id:
            raise records.RecordNotFound("document", terms.evidence_document_id)


@dataclass(frozen=True)
class EvidenceFile:
    """A file proving the consent (the candidate's mail, a signed form): stored as one of their documents."""

    filename: str
    media_type: str
    content: bytes = field(repr=False)


@translate_faults
def add_consent(engine: Engine, team: OpenTeam, candidate_id: UUID, terms: ConsentTerms, clock: Clock,
                evidence: EvidenceFile | None = None) -> UUID:
    """Record a consent; with ``evidence``, the file becomes an evidence document of the candidate in the
    same transaction (both stored, or neither) and the consent cites it."""
    consent_id = uuid.uuid4()
    with engine.begin() as connection:
        records.begin_write(connection, team)
        retention.lock_for_refresh(connection, candidate_id)
        key = records.candidate_key(connection, team, candidate_id, for_write=True)
        if evidence is not None:
            document_id = insert_document(connection, team, candidate_id, evidence.filename, evidence.media_type, evidence.content,
                                          None, clock, kind=EVIDENCE_KIND)
            terms = replace(terms, evidence_document_id=document_id)
        _check_evidence(connection, candidate_id, terms)
        connection.execute(insert(consents).values(consent_id=consent_id, candidate_id=candidate_id, version=1,
                                                   updated_at=clock.now(), **_columns(team, key, candidate_id, consent_id, terms)))
        retention.refresh(connection, team, candidate_id, clock)  # a reserve consent moves the countdown
        records.record_change(connection, team, KIND, records.ADDED, consent_id, candidate_id, 1, clock)
    return consent_id


@translate_faults
def consents_of(engine: Engine, team: OpenTeam, candidate_id: UUID) -> list[TeamConsent]:
    with engine.connect() as connection:
        key = records.candidate_key(connection, team, candidate_id)
        rows = connection.execute(select(consents).where(consents.c.candidate_id == candidate_id)
                                  .order_by(consents.c.given_on, consents.c.consent_id)).all()
    result = []
    for row in rows:
        value = records.open_json(key, _aad(team, candidate_id, row.consent_id), row.content_sealed)
        result.append(TeamConsent(row.consent_id, candidate_id, row.version, ConsentTerms(
            row.purpose, row.given_on, value["channel"], value["wording"], value["wording_version"], row.expires_on,
            row.withdrawn_on, row.evidence_document_id)))
    return result


@translate_faults
def update_consent(engine: Engine, team: OpenTeam, consent_id: UUID, expected_version: int, terms: ConsentTerms,
                   clock: Clock) -> int:
    """Change a consent (a withdrawal sets ``withdrawn_on``); returns the new version."""
    with engine.begin() as connection:
        records.begin_write(connection, team)
        candidate_id = connection.scalar(select(consents.c.candidate_id).where(consents.c.consent_id == consent_id))
        if candidate_id is None:
            raise records.RecordNotFound(KIND, consent_id)
        retention.lock_for_refresh(connection, candidate_id)
        key = records.candidate_key(connection, team, candidate_id, for_write=True)
        _check_evidence(connection, candidate_id, terms)
        saved = records.save_version(connection, consents, consents.c.consent_id, KIND, consent_id, expected_version, clock,
                                     _columns(team, key, candidate_id, consent_id, terms))
        retention.refresh(connection, team, candidate_id, clock)  # a withdrawal ends the reserve
        records.record_change(connection, team, KIND, records.UPDATED, consent_id, candidate_id, saved, clock)
    return saved
