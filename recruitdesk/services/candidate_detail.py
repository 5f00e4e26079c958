"""Everything the detail pane shows about one candidate, and editing their contact details.

``candidate_detail`` gathers the profile, the documents (file names decrypted, contents not),
the consents, the applications (vacancy, stage, dates, rating), a summary of the screening notes, the candidate's rights requests and a timeline
built from the audit log (date and action code only: the audit log holds no personal data, so
the sentences come from a small table here). ``document_bytes`` decrypts one document's content
in memory for the preview; nothing is ever written to a file.

``update_profile`` validates and saves the contact details. It keeps the search index in step
(names and emails are searched) but recomputes nothing else: contact details are not retention
facts. The audit entry names the fields changed, never their values.
"""

from __future__ import annotations

import datetime as dt
from uuid import UUID
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import select

from recruitdesk import audit, labels
from recruitdesk.errors import RecruitDeskError
from recruitdesk.i18n import N_, translate
from recruitdesk.identifiers import DEFAULT_REGIONS, firm_regions, normalise_phone
from recruitdesk.services import consents as consent_service
from recruitdesk.services.applications import CandidateApplication, candidate_applications
from recruitdesk.services import notes as note_service
from recruitdesk.services import rights_requests as rr
from recruitdesk.services.candidates import new_candidate
from recruitdesk.services.documents import document_text, reindex
from recruitdesk.services.countdown import load_candidate
from recruitdesk.store.models import AuditEntry, Candidate, Document
from recruitdesk.vault.vault import Vault

NAME_MAX = 200
EMAIL_MAX = 320
PHONE_MAX = 40
CITY_MAX = 120
LINKEDIN_MAX = 300
NOTE_SUMMARY_LENGTH = 120
PDF = "application/pdf"

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_MIN_PHONE_DIGITS = 6

TIMELINE_TEXTS = {
    "candidate.added": N_("timeline", "Added to the vault"),
    "candidate.imported": N_("timeline", "Imported from a CV"),
    "candidate.contact": N_("timeline", "Contact recorded"),
    "contact.interview_scheduled": N_("timeline", "Interview scheduled"),
    "contact.message_sent": N_("timeline", "Message sent"),
    "contact.rejection_sent": N_("timeline", "Rejection message sent"),
    "application.added": N_("timeline", "Applied for a vacancy"),
    "application.stage_moved": N_("timeline", "Moved to another stage of a vacancy"),
    "application.rated": N_("timeline", "Application rated"),
    "application.tagged": N_("timeline", "Application tags changed"),
    "review.identity_revealed": N_("timeline", "Identity revealed after a blind review"),
    "candidate.outcome": N_("timeline", "Outcome of the procedure recorded"),
    "candidate.profile_updated": N_("timeline", "Contact details edited"),
    "candidate.outplacement_started": N_("timeline", "Outplacement start recorded"),
    "candidate.exported": N_("timeline", "Data exported"),
    "candidate.restricted": N_("timeline", "Processing restricted"),
    "candidate.erased": N_("timeline", "Erased"),
    "document.added": N_("timeline", "Document added"),
    "document.removed": N_("timeline", "Document removed"),
    "consent.given": N_("timeline", "Consent recorded"),
    "consent.evidence_added": N_("timeline", "Consent evidence added"),
    "consent.withdrawn": N_("timeline", "Consent withdrawn"),
    "consent.renewal_drafted": N_("timeline", "Consent renewal mail drafted"),
    "note.added": N_("timeline", "Screening note written"),
    "note.edited": N_("timeline", "Screening note edited"),
    "note.discussed": N_("timeline", "Screening findings discussed with the candidate"),
    "request.registered": N_("timeline", "Rights request registered"),
    "request.identity_checked": N_("timeline", "Identity checked for a rights request"),
    "request.linked": N_("timeline", "Rights request linked to this candidate"),
    "request.extended": N_("timeline", "Answer period of a rights request extended"),
    "request.completed": N_("timeline", "Rights request completed"),
    "request.suppressed": N_("timeline", "Put on the suppression list"),
    "suppression.added": N_("timeline", "Marked: do not contact again"),
    "retention.extended": N_("timeline", "Retention extended"),
    "retention.legal_hold_set": N_("timeline", "Legal hold set"),
    "retention.legal_hold_released": N_("timeline", "Legal hold released"),
}
UNKNOWN_ACTION = N_("timeline", "Recorded: {action}")


# --- errors ----------------------------------------------------------------------------------
class ProfileError(RecruitDeskError):
    exit_code = 2


class NameRequired(ProfileError):
    code = "profile-name-required"
    template = N_("errors", "Enter the candidate's name.")


class NameTooLong(ProfileError):
    code = "profile-name-too-long"
    template = N_("errors", "The name is too long: at most {max} characters.")


class InvalidEmail(ProfileError):
    code = "profile-invalid-email"
    template = N_("errors", "This is not a valid email address (for example name@example.be).")


class InvalidPhone(ProfileError):
    code = "profile-invalid-phone"
    template = N_("errors", "This is not a valid phone number (for example +32 470 12 34 56).")


class InvalidLinkedIn(ProfileError):
    code = "profile-invalid-linkedin"
    template = N_("errors", "The LinkedIn address must be a linkedin.com link (for example https://www.linkedin.com/in/name).")


class FieldTooLong(ProfileError):
    code = "profile-field-too-long"
    template = N_("errors", "A value is too long: at most {max} characters.")


class DocumentNotFound(RecruitDeskError):
    code = "document-not-found"
    exit_code = 3
    template = N_("errors", "There is no document with number {id}.")


# --- reading ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Profile:
    id: int | UUID  # a team vault's candidates have UUIDs (``team_detail``)
    name: str
    email: str | None
    phone: str | None
    city: str | None
    linkedin: str | None
    source: str
    applied_on: dt.date | None
    last_contact_on: dt.date | None


@dataclass(frozen=True)
class DocumentInfo:
    id: int | UUID
    filename: str
    media_type: str
    size: int | None  # None: not known without decrypting the file (a team vault pads it on the server)
    added_at: dt.datetime
    kind: str

    @property
    def is_pdf(self) -> bool:
        return self.media_type == PDF or self.filename.lower().endswith(".pdf")


@dataclass(frozen=True)
class NoteSummary:
    id: int | UUID
    kind: str
    author: str
    created_at: dt.datetime
    summary: str  # the first line of the current body, shortened
    needs_discussion: bool


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    action: str
    words: str | None = None  # already in words (a team vault's audit actions have their own codes)

    def text(self) -> str:
        """The sentence for this entry, in the current language."""
        if self.words is not None:
            return self.words
        template = TIMELINE_TEXTS.get(self.action)
        if template is None:
            return translate("timeline", UNKNOWN_ACTION).format(action=self.action)
        return translate("timeline", template)


@dataclass(frozen=True)
class CandidateDetail:
    profile: Profile
    documents: tuple[DocumentInfo, ...]
    consents: tuple[consent_service.ConsentView, ...]
    notes: tuple[NoteSummary, ...]
    requests: tuple[rr.RequestView, ...]
    timeline: tuple[TimelineEntry, ...]  # oldest first
    applications: tuple[CandidateApplication, ...] = ()  # newest first


def _profile(candidate: Candidate) -> Profile:
    return Profile(candidate.id, candidate.full_name, candidate.email, candidate.phone, candidate.city,
                   candidate.linkedin_url, candidate.source, candidate.applied_on, candidate.last_contact_on)


def note_summary(body: str) -> str:
    """A note's first line, shortened: what the dock lists of it."""
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    return first if len(first) <= NOTE_SUMMARY_LENGTH else first[:NOTE_SUMMARY_LENGTH - 1].rstrip() + "…"


def candidate_detail(vault: Vault, candidate_id: int) -> CandidateDetail:
    """The detail pane's content for one candidate (raises ``CandidateNotFound``)."""
    keys = vault.candidate_keys
    with vault.read_session() as session:
        candidate = load_candidate(session, candidate_id)
        profile = _profile(candidate)
        documents = tuple(
            DocumentInfo(d.id, keys.decrypt_text(candidate.uid, candidate.wrapped_key, "document.filename", d.filename_enc),
                         d.media_type, d.size, d.added_at, d.kind)
            for d in sorted(candidate.documents, key=lambda d: (d.added_at, d.id))
        )
        applications = tuple(candidate_applications(session, candidate.id))
        timeline = tuple(
            TimelineEntry(at, action) for at, action in session.execute(
                select(AuditEntry.at, AuditEntry.action).where(AuditEntry.candidate_uid == candidate.uid)
                .order_by(AuditEntry.at, AuditEntry.id))
        )
    notes = tuple(NoteSummary(n.id, n.kind, n.author, n.created_at, note_summary(n.body), n.needs_discussion)
                  for n in note_service.notes_of(vault, candidate_id))
    return CandidateDetail(
        profile, documents, tuple(consent_service.consents_of(vault, candidate_id)), notes,
        tuple(rr.list_requests(vault, candidate_id=candidate_id)), timeline, applications,
    )


def _load_document(session, document_id: int) -> tuple[Document, Candidate]:
    document = session.get(Document, document_id)
    if document is None:
        raise DocumentNotFound(id=document_id)
    return document, document.candidate


def document_bytes(vault: Vault, document_id: int) -> bytes:
    """The decrypted content of one document, in memory only."""
    with vault.read_session() as session:
        document, candidate = _load_document(session, document_id)
        return vault.candidate_keys.decrypt(candidate.uid, candidate.wrapped_key, "document.content", document.content_enc)


def document_preview_text(vault: Vault, document_id: int) -> str:
    """The text extracted from one document at import (empty when there is none)."""
    with vault.read_session() as session:
        document, candidate = _load_document(session, document_id)
        return document_text(vault.candidate_keys, candidate, document)


# --- editing ---------------------------------------------------------------------------------
def _optional(value: str | None, limit: int) -> str | None:
    value = (value or "").strip()
    if len(value) > limit:
        raise FieldTooLong(max=limit)
    return value or None


def validate_email(value: str | None) -> str | None:
    email = _optional(value, EMAIL_MAX)
    if email is None:
        return None
    if not _EMAIL.match(email):
        raise InvalidEmail()
    return email.lower()


def validate_phone(value: str | None, regions: tuple[str, ...] = DEFAULT_REGIONS) -> str | None:
    phone = _optional(value, PHONE_MAX)
    if phone is None:
        return None
    if re.search(r"[^\d\s+()./\-\u2010-\u2015\u2212]", phone):
        raise InvalidPhone()
    normalised = normalise_phone(phone, regions)
    if len(normalised.lstrip("+")) < _MIN_PHONE_DIGITS:
        raise InvalidPhone()
    return normalised


def validate_linkedin(value: str | None) -> str | None:
    url = _optional(value, LINKEDIN_MAX)
    if url is None:
        return None
    if "://" not in url:
        url = "https://" + url
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        raise InvalidLinkedIn() from None
    if parts.scheme not in ("http", "https") or not (host == "linkedin.com" or host.endswith(".linkedin.com")):
        raise InvalidLinkedIn()
    return url


def validate_name(value: str | None) -> str:
    name = " ".join((value or "").split())
    if not name:
        raise NameRequired()
    if len(name) > NAME_MAX:
        raise NameTooLong(max=NAME_MAX)
    return name


def validated_profile(vault: Vault, name: str, email: str | None, phone: str | None, city: str | None,
                      linkedin: str | None) -> dict[str, str | None]:
    """The contact details as stored (column name to value), or a ``ProfileError``: the one
    validation of the detail pane's edit and of a candidate added by hand."""
    with vault.read_session() as session:
        regions = firm_regions(session)
    return validated_fields(name, email, phone, city, linkedin, regions)


def validated_fields(name: str, email: str | None, phone: str | None, city: str | None, linkedin: str | None,
                     regions: tuple[str, ...] = DEFAULT_REGIONS) -> dict[str, str | None]:
    """The same, with the phone regions given: a team's fields are checked by these rules too."""
    return {
        "full_name": validate_name(name),
        "email": validate_email(email),
        "phone": validate_phone(phone, regions),
        "city": _optional(city, CITY_MAX),
        "linkedin_url": validate_linkedin(linkedin),
    }


def create_candidate(vault: Vault, name: str, email: str | None, phone: str | None, city: str | None,
                     linkedin: str | None, applied_on: dt.date, source: str) -> int:
    """Add a candidate typed in by hand, validated like an edited profile; returns its number.

    The application date opens a procedure, so the candidate has a retention deadline at once.
    Raises a ``ProfileError`` (nothing is saved) or ``ValueError`` for an unknown source.
    """
    if source not in labels.SOURCES or source == "outplacement":
        raise ValueError(source)
    values = validated_profile(vault, name, email, phone, city, linkedin)
    with vault.session() as session, session.begin():
        candidate = new_candidate(session, vault.candidate_keys, vault.clock, values["full_name"] or "",
                                  email=values["email"], phone=values["phone"], city=values["city"],
                                  applied_on=applied_on, source=source)
        candidate.linkedin_url = values["linkedin_url"]
        return candidate.id


def update_profile(vault: Vault, candidate_id: int, name: str, email: str | None, phone: str | None,
                   city: str | None, linkedin: str | None) -> Profile:
    """Validate and save the contact details; returns the saved profile.

    Raises a ``ProfileError`` (nothing is saved) or ``CandidateNotFound``.
    """
    values = validated_profile(vault, name, email, phone, city, linkedin)
    with vault.session() as session, session.begin():
        candidate = load_candidate(session, candidate_id)
        changed = sorted(field for field, value in values.items() if getattr(candidate, field) != value)
        if changed:
            for field in changed:
                setattr(candidate, field, values[field])
            candidate.updated_at = vault.clock.now().replace(tzinfo=None)
            session.flush()
            if "full_name" in changed or "email" in changed:
                reindex(session, vault.candidate_keys, candidate)
            audit.record(session, vault.clock, "candidate.profile_updated", candidate_uid=candidate.uid, fields=changed)
        return _profile(candidate)
