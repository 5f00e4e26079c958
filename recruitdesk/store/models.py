"""The domain schema.

Plain columns hold what the app must filter, sort and count quickly (names, dates, statuses):
the whole database is encrypted by SQLCipher, so they are never plaintext on disk. What is
sensitive beyond that (CV text, documents, note bodies, national numbers) is additionally
encrypted with the candidate's own key (``Candidate.wrapped_key``), so erasing the key makes
any stray copy unreadable.

The erasure ledger and the audit log never hold personal data: candidates are referred to by
their random ``uid`` only.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Setting(Base):
    """One row per setting; definitions and defaults live in ``recruitdesk.settings``."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class Candidate(Base):
    __tablename__ = "candidates"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, nullable=False)
    full_name: Mapped[str] = mapped_column(String(200), nullable=False)
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(40))
    city: Mapped[str | None] = mapped_column(String(120))
    linkedin_url: Mapped[str | None] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(String(40), nullable=False, default="application")
    situation: Mapped[str] = mapped_column(String(40), nullable=False, default="applicant")
    applied_on: Mapped[dt.date | None] = mapped_column(Date)
    last_contact_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    sensitive: Mapped[bytes | None] = mapped_column(LargeBinary)
    outplacement_started_on: Mapped[dt.date | None] = mapped_column(Date)  # the anchor of an outplacement clock

    procedures: Mapped[list["Procedure"]] = relationship(back_populates="candidate", cascade="all, delete-orphan", passive_deletes=True)
    documents: Mapped[list["Document"]] = relationship(back_populates="candidate", cascade="all, delete-orphan", passive_deletes=True)
    consents: Mapped[list["Consent"]] = relationship(back_populates="candidate", cascade="all, delete-orphan", passive_deletes=True)
    notes: Mapped[list["ScreeningNote"]] = relationship(back_populates="candidate", cascade="all, delete-orphan", passive_deletes=True)
    contacts: Mapped[list["ContactEvent"]] = relationship(back_populates="candidate", cascade="all, delete-orphan", passive_deletes=True)
    retention: Mapped["RetentionState | None"] = relationship(back_populates="candidate", cascade="all, delete-orphan", passive_deletes=True)

    __table_args__ = (
        Index("ix_candidates_full_name", "full_name"),
        Index("ix_candidates_email", "email"),
        Index("ix_candidates_phone", "phone"),  # the duplicate check at import (migration 0008)
        Index("ix_candidates_last_contact_on", "last_contact_on"),
    )


class CandidateIdentifier(Base):
    """Keyed hashes of identifiers found in a candidate's documents (national numbers), so a CV
    of the same person is recognised without storing the number itself in a searchable form."""

    __tablename__ = "candidate_identifiers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    identifier_hash: Mapped[bytes] = mapped_column(LargeBinary, nullable=False, index=True)


class Vacancy(Base):
    """A job the firm recruits for. Firm data, not a person's: it outlives every applicant's
    erasure, and its plain columns (inside the SQLCipher-encrypted database) are searched and
    counted in SQL. ``stages_json`` is the vacancy's ordered list of stage codes (default codes
    such as ``screening`` are shown translated; a recruiter's own stage is shown as typed)."""

    __tablename__ = "vacancies"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    client: Mapped[str | None] = mapped_column(String(200))
    location: Mapped[str | None] = mapped_column(String(200))
    owner: Mapped[str | None] = mapped_column(String(120))
    opened_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="open")  # open, on_hold, filled, cancelled
    stages_json: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)

    __table_args__ = (Index("ix_vacancies_status", "status"), Index("ix_vacancies_title", "title"))


class Procedure(Base):
    """One application or recruitment procedure; its end and outcome drive retention clocks.

    An application is a procedure in a vacancy (``vacancy_id``), with its stage on the
    vacancy's board, a 1-5 rating and tags. Every procedure is a fact the retention engine sees:
    the latest-ending one is "the end of the procedure", an open one keeps the candidate active.
    """

    __tablename__ = "procedures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"), nullable=False, index=True)
    title: Mapped[str | None] = mapped_column(String(200))
    client: Mapped[str | None] = mapped_column(String(200))
    applied_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(20), nullable=False, default="open")  # open, hired, not_hired, withdrawn
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    vacancy_id: Mapped[int | None] = mapped_column(ForeignKey("vacancies.id", ondelete="SET NULL"), index=True)
    stage: Mapped[str | None] = mapped_column(String(60))
    stage_changed_on: Mapped[dt.date | None] = mapped_column(Date)
    rating: Mapped[int | None] = mapped_column(Integer)
    rating_blind: Mapped[bool | None] = mapped_column(Boolean)  # the rating was given in the blind review, before the reveal
    tags: Mapped[str | None] = mapped_column(String(400))  # comma-separated, firm vocabulary ("java, senior")
    candidate: Mapped[Candidate] = relationship(back_populates="procedures")
    moves: Mapped[list["StageMove"]] = relationship(cascade="all, delete-orphan", passive_deletes=True, order_by="StageMove.id")


class StageMove(Base):
    """One move of an application between stages: the dated history behind the board (erased
    with the candidate, through the procedure)."""

    __tablename__ = "stage_moves"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id", ondelete="CASCADE"), nullable=False, index=True)
    from_stage: Mapped[str | None] = mapped_column(String(60))
    to_stage: Mapped[str] = mapped_column(String(60), nullable=False)
    on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    actor: Mapped[str | None] = mapped_column(String(120))


class ContactEvent(Base):
    """A contact with the candidate (``kind``: contact, interview_scheduled, message_sent, ...),
    optionally within one application; it moves the last-contact anchor."""

    __tablename__ = "contact_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"), nullable=False, index=True)
    on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    channel: Mapped[str | None] = mapped_column(String(40))
    kind: Mapped[str | None] = mapped_column(String(40))
    procedure_id: Mapped[int | None] = mapped_column(ForeignKey("procedures.id", ondelete="SET NULL"), index=True)
    # The consent sentence the message asked the candidate to agree to (a rejection letter's
    # reserve question), encrypted with the candidate key, and its version code.
    wording_version: Mapped[str | None] = mapped_column(String(40))
    wording_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    candidate: Mapped[Candidate] = relationship(back_populates="contacts")


class Document(Base):
    """An original file (CV, consent evidence), encrypted with the candidate key."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="cv")
    media_type: Mapped[str] = mapped_column(String(100), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    content_hash: Mapped[bytes] = mapped_column(LargeBinary, nullable=False, index=True)  # keyed hash, for duplicates
    filename_enc: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    content_enc: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    text_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    note: Mapped[str | None] = mapped_column(String(200))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    candidate: Mapped[Candidate] = relationship(back_populates="documents")


class Consent(Base):
    __tablename__ = "consents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"), nullable=False, index=True)
    purpose: Mapped[str] = mapped_column(String(40), nullable=False)  # recruitment_reserve, share_with_clients, ...
    given_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    channel: Mapped[str] = mapped_column(String(40), nullable=False)
    text_version: Mapped[str | None] = mapped_column(String(80))
    text_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Indexed (migration 0010): deleting a document looks up the consents citing it.
    evidence_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"), index=True)
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    candidate: Mapped[Candidate] = relationship(back_populates="consents")


class ScreeningNote(Base):
    __tablename__ = "screening_notes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)  # interview, phone_screen, online_screening
    source: Mapped[str | None] = mapped_column(String(200))
    discussed_with_candidate: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    author: Mapped[str] = mapped_column(String(120), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    body_enc: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    candidate: Mapped[Candidate] = relationship(back_populates="notes")
    revisions: Mapped[list["ScreeningNoteRevision"]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class ScreeningNoteRevision(Base):
    """Earlier versions of a note; edits keep history."""

    __tablename__ = "screening_note_revisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("screening_notes.id", ondelete="CASCADE"), nullable=False, index=True)
    edited_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    author: Mapped[str] = mapped_column(String(120), nullable=False)
    body_enc: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class RetentionState(Base):
    """The computed countdown, cached for fast sorting; recomputed from facts and policy.

    ``next_transition_on`` is the first later day on which the same facts under the same policy
    may give another countdown (a reserve consent given or withdrawn on a future date); the daily
    check re-evaluates only the candidates whose day has come (an indexed query), since fact
    changes recompute their own candidate and a policy change recomputes everyone. None: time
    alone never changes this candidate's countdown.
    """

    __tablename__ = "retention_states"
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"), primary_key=True)
    due_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    next_transition_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    rule: Mapped[str | None] = mapped_column(String(80))
    policy_version: Mapped[int | None] = mapped_column(Integer)
    legal_hold_reason: Mapped[str | None] = mapped_column(Text)
    extended_until: Mapped[dt.date | None] = mapped_column(Date)
    extension_reason: Mapped[str | None] = mapped_column(Text)
    computed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    candidate: Mapped[Candidate] = relationship(back_populates="retention")


class RowCount(Base):
    """How many rows a table holds, kept exact by triggers (migration 0011): the daily check
    compares candidates with countdown rows without counting 100,000 rows of an index."""

    __tablename__ = "row_counts"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, nullable=False)


class SearchRowsToFold(Base):
    """Candidates with more than one search-index row (a document added since the last fold):
    the daily maintenance's list of work, so it need not scan the index (migration 0012)."""

    __tablename__ = "search_rows_to_fold"
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"), primary_key=True)


class RetentionPolicy(Base):
    """Versioned policies: a change makes a new version and recomputes every countdown."""

    __tablename__ = "retention_policies"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    preset: Mapped[str | None] = mapped_column(String(40))
    rules_json: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class RightsRequest(Base):
    __tablename__ = "rights_requests"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_id: Mapped[int | None] = mapped_column(ForeignKey("candidates.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    received_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    identity_check: Mapped[str | None] = mapped_column(Text)
    due_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    extended_to: Mapped[dt.date | None] = mapped_column(Date)
    extension_reason: Mapped[str | None] = mapped_column(Text)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(Text)


class AuditEntry(Base):
    """What happened, when, by whom; never personal data (candidates by uid only).

    Entries form a hash chain: ``mac`` is an HMAC, under a key derived from the vault master
    key, over the entry's number, its fields and the previous entry's ``mac`` (see
    ``recruitdesk.audit``). Entries written before the chain existed are sealed on first use.
    """

    __tablename__ = "audit_entries"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, index=True)
    actor: Mapped[str] = mapped_column(String(120), nullable=False)
    action: Mapped[str] = mapped_column(String(60), nullable=False)
    candidate_uid: Mapped[str | None] = mapped_column(String(36), index=True)
    details_json: Mapped[str | None] = mapped_column(Text)
    seq: Mapped[int | None] = mapped_column(Integer, unique=True)
    mac: Mapped[bytes | None] = mapped_column(LargeBinary)


class AuditChainHead(Base):
    """The last link of the audit chain (one row), MACed too, so removing the newest entries shows."""

    __tablename__ = "audit_chain_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, nullable=False)
    last_mac: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    mac: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class ErasureLedgerEntry(Base):
    """Proof that a candidate was erased, re-applied when an older backup is restored."""

    __tablename__ = "erasure_ledger"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_uid: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
    erased_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    reason: Mapped[str] = mapped_column(String(40), nullable=False)
    rights_request_id: Mapped[int | None] = mapped_column(Integer)


class SuppressionEntry(Base):
    """Keyed hashes of an objector's identifiers, so they are flagged if they come back.

    Every entry has a basis: an objection or an erasure request (``rights_request_id``, received
    on ``basis_on``) or a recruiter's manual "do not contact again". A removed entry keeps its
    row (``removed_on``, ``removal_reason``) but no longer matches.
    """

    __tablename__ = "suppression_list"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    identifier_hash: Mapped[bytes] = mapped_column(LargeBinary, nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # email, phone, national_number
    reason: Mapped[str] = mapped_column(String(40), nullable=False)  # the basis, as first recorded
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    basis: Mapped[str | None] = mapped_column(String(30))  # objection, erasure_request, manual
    rights_request_id: Mapped[int | None] = mapped_column(Integer, index=True)
    basis_on: Mapped[dt.date | None] = mapped_column(Date)
    removed_on: Mapped[dt.date | None] = mapped_column(Date)
    removal_reason: Mapped[str | None] = mapped_column(Text)
    # NULL: under this vault's own identifier-hash key; else the carried key (``SuppressionKey.id``)
    # the digest was made under in the team vault it was copied from (0013, ``services.suppression``).
    key_id: Mapped[int | None] = mapped_column(Integer)


class SuppressionKey(Base):
    """A digest key carried in with suppression entries from a team vault (``vault migrate``).

    The entries' values are gone (the people were erased), so their digests cannot be re-keyed:
    the key goes with them, sealed under a key derived from this vault's master key
    (``CandidateKeys.seal_carried_key``), with the phone regions the digests were normalised in.
    It keys nothing but those digests.
    """

    __tablename__ = "suppression_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)  # binds the sealed key to its row
    key_sealed: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    regions: Mapped[str] = mapped_column(String(20), nullable=False)  # e.g. "BE,NL": the phone regions, in order
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class AnonymousStatistic(Base):
    """Counts by month, source and outcome, with no identity: what the firm may keep."""

    __tablename__ = "anonymous_statistics"
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    source: Mapped[str] = mapped_column(String(40), primary_key=True)
    outcome: Mapped[str] = mapped_column(String(20), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
