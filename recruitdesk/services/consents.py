"""Consent records that can prove themselves (GDPR Art. 7(1)) and end as easily as they began (Art. 7(3)).

A consent row keeps the date, the channel, the exact wording or its version, and optionally an
evidence document (the candidate's mail, a signed form), stored encrypted like any other
document. The wording itself is personal correspondence, so it is encrypted with the
candidate's key (field ``consent.text``).

Expiry comes from the active policy: recruitment-reserve consent lasts until the reserve rule's
deadline as the retention engine computes it at the moment consent is given, so the renewal
request can name the date and the countdown ends on it. Sharing consents have no term of their
own in any statement: they end when withdrawn or when the data is erased.

Every change recomputes the candidate's countdown in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from uuid import UUID
from dataclasses import dataclass
from urllib.parse import quote

from sqlalchemy.orm import Session

from recruitdesk import audit, settings
from recruitdesk.dates import long_date
from recruitdesk.errors import RecruitDeskError
from recruitdesk.i18n import N_, translate
from recruitdesk.retention.facts import RESERVE_PURPOSE, ConsentFacts
from recruitdesk.services.documents import attach_document
from recruitdesk.services.countdown import load_candidate, policy_expiry, recompute
from recruitdesk.store.models import Candidate, Consent, Document
from recruitdesk.vault.vault import Vault

PURPOSES = (RESERVE_PURPOSE, "share_with_clients", "share_with_affiliates")
CHANNELS = ("email", "web_form", "paper", "phone", "in_person", "other")
TEXT_FIELD = "consent.text"
EVIDENCE_KIND = "consent_evidence"

PURPOSE_LABELS = {
    RESERVE_PURPOSE: N_("consents", "Recruitment reserve"),
    "share_with_clients": N_("consents", "Sharing with clients"),
    "share_with_affiliates": N_("consents", "Sharing with affiliated companies"),
}
CHANNEL_LABELS = {
    "email": N_("consents", "Email"),
    "web_form": N_("consents", "Web form"),
    "paper": N_("consents", "Paper form"),
    "phone": N_("consents", "Phone (confirmed in writing)"),
    "in_person": N_("consents", "In person (confirmed in writing)"),
    "other": N_("consents", "Other"),
}


# --- errors ----------------------------------------------------------------------------------
class ConsentError(RecruitDeskError):
    exit_code = 2


class UnknownConsentPurpose(ConsentError):
    code = "unknown-consent-purpose"
    template = N_("errors", "\"{purpose}\" is not a consent purpose. Choose one of: {choices}.")


class UnknownConsentChannel(ConsentError):
    code = "unknown-consent-channel"
    template = N_("errors", "\"{channel}\" is not a consent channel. Choose one of: {choices}.")


class ConsentWordingRequired(ConsentError):
    code = "consent-wording-required"
    template = N_(
        "errors",
        "Record the exact text the candidate agreed to, or its version: without it the consent cannot be proven.",
    )


class ConsentDateInFuture(ConsentError):
    code = "consent-date-in-future"
    template = N_("errors", "Consent cannot be recorded for a day that has not come yet ({date}).")


class ConsentNotFound(ConsentError):
    code = "consent-not-found"
    exit_code = 3
    template = N_("errors", "There is no consent record with number {id}.")


class ConsentAlreadyWithdrawn(ConsentError):
    code = "consent-already-withdrawn"
    template = N_("errors", "This consent was already withdrawn on {date}.")


class NoActiveConsent(ConsentError):
    code = "no-active-consent"
    template = N_("errors", "Candidate {id} has no active consent for this purpose.")


class NoEmailAddress(ConsentError):
    code = "no-email-address"
    template = N_("errors", "Candidate {id} has no email address, so no renewal mail can be drafted.")


# --- reading ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Evidence:
    """A file proving consent: the candidate's mail (.eml), a scanned form, a screenshot."""

    filename: str
    media_type: str
    content: bytes


@dataclass(frozen=True)
class ConsentView:
    id: int | UUID  # a team vault's records have UUIDs (``team_detail``)
    candidate_id: int | UUID
    purpose: str
    given_on: dt.date
    channel: str
    text_version: str | None
    text: str | None
    evidence_document_id: int | UUID | None
    expires_on: dt.date | None
    withdrawn_on: dt.date | None

    def active_on(self, day: dt.date) -> bool:
        return ConsentFacts(self.purpose, self.given_on, self.withdrawn_on, self.expires_on).active_on(day)


def view_of(vault_keys, candidate: Candidate, consent: Consent) -> ConsentView:
    text = None
    if consent.text_enc is not None:
        text = vault_keys.decrypt_text(candidate.uid, candidate.wrapped_key, TEXT_FIELD, consent.text_enc)
    return ConsentView(
        consent.id, candidate.id, consent.purpose, consent.given_on, consent.channel, consent.text_version, text,
        consent.evidence_document_id, consent.expires_on, consent.withdrawn_on,
    )


def consents_of(vault: Vault, candidate_id: int) -> list[ConsentView]:
    """Every consent of one candidate, newest first, with the wording decrypted."""
    with vault.read_session() as session:
        candidate = load_candidate(session, candidate_id)
        rows = sorted(candidate.consents, key=lambda c: (c.given_on, c.id), reverse=True)
        return [view_of(vault.candidate_keys, candidate, consent) for consent in rows]


@dataclass(frozen=True)
class ConsentLine:
    """One consent as Candidate > Consents… lists it (the team's ``team_consents.ConsentLine`` in a local vault)."""

    consent_id: int
    candidate_id: int
    purpose: str
    given_on: dt.date
    channel: str
    wording: str | None
    wording_version: str | None
    withdrawn_on: dt.date | None
    has_evidence: bool

    @property
    def running(self) -> bool:
        return self.withdrawn_on is None

    def purpose_text(self) -> str:
        return translate("consents", PURPOSE_LABELS[self.purpose]) if self.purpose in PURPOSE_LABELS else self.purpose

    def channel_text(self) -> str:
        return translate("consents", CHANNEL_LABELS[self.channel]) if self.channel in CHANNEL_LABELS else self.channel


def consent_lines(vault: Vault, candidate_id: int) -> list[ConsentLine]:
    """Every consent of one candidate, of every purpose, oldest first (as a team lists them)."""
    views = sorted(consents_of(vault, candidate_id), key=lambda view: (view.given_on, view.id))
    return [ConsentLine(int(view.id), int(view.candidate_id), view.purpose, view.given_on, view.channel, view.text,
                        view.text_version, view.withdrawn_on, view.evidence_document_id is not None) for view in views]


# --- changes ---------------------------------------------------------------------------------
def _check(purpose: str, channel: str) -> None:
    if purpose not in PURPOSES:
        raise UnknownConsentPurpose(purpose=purpose, choices=", ".join(PURPOSES))
    if channel not in CHANNELS:
        raise UnknownConsentChannel(channel=channel, choices=", ".join(CHANNELS))


def give_consent(
    vault: Vault,
    candidate_id: int,
    purpose: str,
    given_on: dt.date,
    channel: str,
    text: str | None = None,
    text_version: str | None = None,
    evidence: Evidence | None = None,
) -> ConsentView:
    """Record consent with what proves it, set its expiry from the policy, recompute retention."""
    _check(purpose, channel)
    text = (text or "").strip() or None
    text_version = (text_version or "").strip() or None
    if text is None and text_version is None:
        raise ConsentWordingRequired()
    if given_on > vault.clock.today():
        raise ConsentDateInFuture(date=long_date(given_on))
    keys = vault.candidate_keys
    with vault.session() as session, session.begin():
        candidate = load_candidate(session, candidate_id)
        consent = Consent(purpose=purpose, given_on=given_on, channel=channel, text_version=text_version)
        if text is not None:
            consent.text_enc = keys.encrypt_text(candidate.uid, candidate.wrapped_key, TEXT_FIELD, text)
        if evidence is not None:
            document = attach_document(session, keys, vault.clock, candidate, evidence.filename, evidence.media_type,
                                       evidence.content, None, kind=EVIDENCE_KIND)
            consent.evidence_document_id = document.id
        consent.expires_on = policy_expiry(session, candidate, purpose, given_on)
        candidate.consents.append(consent)
        session.flush()
        recompute(session, candidate, vault.clock)
        audit.record(session, vault.clock, "consent.given", candidate_uid=candidate.uid, purpose=purpose,
                     channel=channel, consent_id=consent.id, evidence=evidence is not None)
        return view_of(keys, candidate, consent)


def attach_evidence(vault: Vault, consent_id: int, evidence: Evidence) -> int:
    """Add (or replace) the evidence of an existing consent; returns the document id."""
    with vault.session() as session, session.begin():
        consent, candidate = _load(session, consent_id)
        document = attach_document(session, vault.candidate_keys, vault.clock, candidate, evidence.filename,
                                   evidence.media_type, evidence.content, None, kind=EVIDENCE_KIND)
        consent.evidence_document_id = document.id
        audit.record(session, vault.clock, "consent.evidence_added", candidate_uid=candidate.uid, consent_id=consent.id)
        return document.id


def withdraw(vault: Vault, consent_id: int, on: dt.date | None = None) -> ConsentView:
    """Withdraw one consent (one click in the GUI) and recompute the countdown."""
    on = on or vault.clock.today()
    with vault.session() as session, session.begin():
        consent, candidate = _load(session, consent_id)
        if consent.withdrawn_on is not None:
            raise ConsentAlreadyWithdrawn(date=long_date(consent.withdrawn_on))
        consent.withdrawn_on = max(on, consent.given_on)
        session.flush()
        recompute(session, candidate, vault.clock)
        audit.record(session, vault.clock, "consent.withdrawn", candidate_uid=candidate.uid, purpose=consent.purpose,
                     consent_id=consent.id)
        return view_of(vault.candidate_keys, candidate, consent)


def withdraw_purpose(vault: Vault, candidate_id: int, purpose: str, on: dt.date | None = None) -> list[int]:
    """Withdraw every consent still in force for ``purpose``; returns their ids."""
    if purpose not in PURPOSES:
        raise UnknownConsentPurpose(purpose=purpose, choices=", ".join(PURPOSES))
    on = on or vault.clock.today()
    with vault.read_session() as session:
        candidate = load_candidate(session, candidate_id)
        ids = [c.id for c in candidate.consents if c.purpose == purpose and c.withdrawn_on is None]
    if not ids:
        raise NoActiveConsent(id=candidate_id)
    for consent_id in ids:
        withdraw(vault, consent_id, on)
    return ids


def withdraw_all(vault: Vault, candidate_id: int, on: dt.date | None = None) -> list[int]:
    """Withdraw every consent of a candidate still in force (a consent-withdrawal request)."""
    with vault.read_session() as session:
        candidate = load_candidate(session, candidate_id)
        ids = [c.id for c in candidate.consents if c.withdrawn_on is None]
    for consent_id in ids:
        withdraw(vault, consent_id, on)
    return ids


def _load(session: Session, consent_id: int) -> tuple[Consent, Candidate]:
    consent = session.get(Consent, consent_id)
    if consent is None:
        raise ConsentNotFound(id=consent_id)
    return consent, load_candidate(session, consent.candidate_id)


def evidence_document(session: Session, consent: Consent) -> Document | None:
    return session.get(Document, consent.evidence_document_id) if consent.evidence_document_id else None


# --- renewal ---------------------------------------------------------------------------------
# The mail goes to the candidate in *their* language, whatever language the recruiter's screen
# uses, and must exist in all three languages before any catalog is translated; so the drafts
# live here rather than in the UI catalogs. The recruiter edits the draft in their mail program.
RENEWAL_SUBJECT = {
    "en": "Your consent to stay in our recruitment reserve",
    "nl": "Uw toestemming om in onze wervingsreserve te blijven",
    "fr": "Votre consentement à rester dans notre réserve de recrutement",
}
RENEWAL_BODY = {
    "en": (
        "Dear {name},\r\n\r\n"
        "On {given} you agreed that {firm} may keep your details for {purpose}. "
        "That consent ends on {expires}; after that date we will delete your details.\r\n\r\n"
        "If you would like us to keep them, please reply to this mail to renew your consent. "
        "If you do not reply, we will delete your details as promised. You can withdraw your "
        "consent at any time by replying to this mail.\r\n\r\n"
        "Kind regards,\r\n{firm}\r\n{contact}"
    ),
    "nl": (
        "Beste {name},\r\n\r\n"
        "Op {given} gaf u {firm} de toestemming om uw gegevens te bewaren voor {purpose}. "
        "Die toestemming loopt af op {expires}; daarna verwijderen wij uw gegevens.\r\n\r\n"
        "Wilt u dat wij ze bewaren, antwoord dan op deze mail om uw toestemming te verlengen. "
        "Zonder antwoord verwijderen wij uw gegevens zoals beloofd. U kunt uw toestemming op elk "
        "moment intrekken door op deze mail te antwoorden.\r\n\r\n"
        "Met vriendelijke groeten,\r\n{firm}\r\n{contact}"
    ),
    "fr": (
        "Bonjour {name},\r\n\r\n"
        "Le {given}, vous avez autorisé {firm} à conserver vos données pour {purpose}. "
        "Ce consentement prend fin le {expires} ; après cette date, nous supprimerons vos données.\r\n\r\n"
        "Si vous souhaitez que nous les conservions, répondez à ce mail pour renouveler votre "
        "consentement. Sans réponse, nous supprimerons vos données comme promis. Vous pouvez retirer "
        "votre consentement à tout moment en répondant à ce mail.\r\n\r\n"
        "Bien cordialement,\r\n{firm}\r\n{contact}"
    ),
}
RENEWAL_PURPOSE = {
    "en": {RESERVE_PURPOSE: "our recruitment reserve", "share_with_clients": "sharing with our clients",
           "share_with_affiliates": "sharing with our affiliated companies"},
    "nl": {RESERVE_PURPOSE: "onze wervingsreserve", "share_with_clients": "het delen met onze klanten",
           "share_with_affiliates": "het delen met onze verbonden ondernemingen"},
    "fr": {RESERVE_PURPOSE: "notre réserve de recrutement", "share_with_clients": "le partage avec nos clients",
           "share_with_affiliates": "le partage avec nos sociétés liées"},
}
RENEWAL_NO_END = {"en": "when you withdraw it", "nl": "wanneer u ze intrekt", "fr": "lorsque vous le retirez"}
RENEWAL_OUR_FIRM = {"en": "our firm", "nl": "ons kantoor", "fr": "notre société"}


def renewal_mailto(vault: Vault, consent_id: int, language: str = "en") -> str:
    """A ``mailto:`` URL asking the candidate to renew ``consent_id``, drafted in ``language``."""
    language = language if language in RENEWAL_SUBJECT else "en"
    with vault.session() as session, session.begin():
        consent, candidate = _load(session, consent_id)
        if not candidate.email:
            raise NoEmailAddress(id=candidate.id)
        firm = settings.get(session, "firm_name") or RENEWAL_OUR_FIRM[language]
        contact = settings.get(session, "privacy_contact")
        body = RENEWAL_BODY[language].format(
            name=candidate.full_name,
            given=long_date(consent.given_on, language),
            firm=firm,
            purpose=RENEWAL_PURPOSE[language][consent.purpose] if consent.purpose in PURPOSES else consent.purpose,
            expires=long_date(consent.expires_on, language) if consent.expires_on else RENEWAL_NO_END[language],
            contact=contact,
        ).rstrip()
        audit.record(session, vault.clock, "consent.renewal_drafted", candidate_uid=candidate.uid, consent_id=consent.id,
                     language=language)
        return f"mailto:{quote(candidate.email, safe='@')}?subject={quote(RENEWAL_SUBJECT[language], safe='')}&body={quote(body, safe='')}"
