"""Rejection messages after a vacancy is filled: one draft per rejected candidate, in their
language, stating how long their data is kept and until when, with the reserve question where
the policy has a reserve.

Nothing is sent by the app. A draft opens in the user's mail program as a ``mailto:`` URL, or,
when the URL would be too long for the system to pass on (Windows hands at most about 2,000
characters to a mail program; some clients cut bodies shorter), as an ``.eml`` file the mail
program opens as a draft (RFC 5322, UTF-8, ``X-Unsent: 1``). "Mark as sent" records a contact
(channel e-mail), which moves the last-contact anchor and so the countdown.

The dates come from the retention engine, fed by the countdown services' facts
(``countdown.facts_of``) as they will be once the message is sent today: sending is a contact,
so under a rule counting from the last contact (IT1: 4 weeks) the letter names the date the
countdown will show after "Mark as sent". The reserve's end is the engine's reserve deadline
for consent given today. No date arithmetic happens here.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, replace
from typing import Generic, TypeVar
from uuid import UUID
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr, make_msgid
from urllib.parse import quote

from recruitdesk import settings
from recruitdesk.errors import RecruitDeskError
from recruitdesk.i18n import N_
from recruitdesk.importing.language import detect_language
from recruitdesk.retention import engine
from recruitdesk.retention.facts import NOT_HIRED, RESERVE, RESERVE_PURPOSE, CandidateFacts, ConsentFacts
from recruitdesk.retention.policy import Policy
from recruitdesk.services.candidates import CONTACT_WORDING_FIELD, record_contact
from recruitdesk.services import rejection_texts as texts
from recruitdesk.services.countdown import active_policy, facts_of, load_candidate
from recruitdesk.services.documents import document_text
from recruitdesk.services.stages import ApplicationNotFound
from recruitdesk.store.models import Candidate, Procedure, Vacancy
from recruitdesk.vault.vault import Vault

# Characters of the whole mailto: URL. Windows passes URLs to the mail program through
# ShellExecute, which (like Outlook) stops near 2,048 characters, so a full letter with its
# percent-encoding rarely fits there; macOS ("open") and Linux desktops ("xdg-open") pass far
# longer URLs. Longer letters go out as .eml files instead of being cut.
MAILTO_LIMIT = 2000 if sys.platform == "win32" else 16000
CONTACT_CHANNEL = "email"
CONTACT_KIND = "rejection_sent"


class RejectionError(RecruitDeskError):
    exit_code = 2


class MailtoTooLong(RejectionError):
    code = "mailto-too-long"
    template = N_(
        "errors",
        "This message is too long to hand to the mail program as a link ({length} characters, at most {limit}). "
        "Save it as an .eml file and open that file in your mail program instead.",
    )


class NoRecipientAddress(RejectionError):
    code = "no-recipient-address"
    template = N_("errors", "Candidate {id} has no e-mail address: add one before drafting a message.")


Id = TypeVar("Id", int, UUID)  # a local candidate's number, or a team candidate's opaque id


@dataclass(frozen=True)
class RejectionDraft(Generic[Id]):
    """One editable draft; ``subject`` and ``body`` may be changed by the recruiter before sending."""

    candidate_id: Id
    application_id: Id | None
    vacancy: str | None  # the vacancy's title, named in the letter
    name: str
    email: str | None
    language: str
    subject: str
    body: str
    keep_until: dt.date | None
    reserve_until: dt.date | None
    reserve_wording: str | None  # the consent text to record when the candidate says yes
    reserve_wording_version: str | None

    def edited(self, subject: str, body: str) -> "RejectionDraft[Id]":
        return replace(self, subject=subject, body=body)


def candidate_language(vault: Vault, candidate: Candidate) -> str:
    """The letter's language: the language of the candidate's CVs (nl, fr, en), else English.

    The vault stores no language per candidate yet; the recruiter can switch a draft's language
    in the dialog (``draft_rejection(language=...)``).
    """
    return language_of_text("\n".join(document_text(vault.candidate_keys, candidate, d)
                                       for d in candidate.documents if d.kind == "cv"))


def language_of_text(text: str) -> str:
    """The letter language of a CV's text (nl, fr, en), else English."""
    detected, _confidence = detect_language(text)
    return texts.letter_language(detected)


def has_reserve(policy: Policy) -> bool:
    """Whether the policy keeps a reserve of its own: a rule for the reserve that is not simply
    the rule for every applicant (Imalink and ITZU keep everyone alike, so consent would change
    nothing and the question would mislead)."""
    return any(NOT_HIRED not in rule.situations for rule in policy.rules_for(RESERVE))


def facts_once_sent(facts: CandidateFacts, today: dt.date) -> CandidateFacts:
    """The candidate's facts after a message sent today: today becomes the last contact."""
    last = facts.last_contact_on
    return replace(facts, last_contact_on=today if last is None or last < today else last)


def draft_rejection(vault: Vault, candidate_id: int, application_id: int | None = None, vacancy: str | None = None,
                    language: str | None = None) -> RejectionDraft[int]:
    """The rejection draft for one candidate whose procedure has ended (``language`` overrides the
    detected one, e.g. when the recruiter switches it in the dialog)."""
    today = vault.clock.today()
    with vault.read_session() as session:
        candidate = load_candidate(session, candidate_id)
        policy, _version = active_policy(session)
        return compose_draft(
            candidate.id, application_id, vacancy, candidate.full_name, candidate.email,
            texts.letter_language(language) if language else candidate_language(vault, candidate), facts_of(candidate), policy,
            today, Sender(settings.get(session, "firm_name"), settings.get(session, "privacy_statement_url"),
                          settings.get(session, "privacy_contact")))


@dataclass(frozen=True)
class Sender:
    """Who writes: the firm's name, its privacy statement's address and privacy contact ("" when unset)."""

    firm: str = ""
    privacy_link: str = ""
    privacy_contact: str = ""


def compose_draft(candidate_id: Id, application_id: Id | None, vacancy: str | None, name: str, email: str | None,
                  language: str, facts: CandidateFacts, policy: Policy, today: dt.date, sender: Sender) -> RejectionDraft[Id]:
    """The draft for a candidate with ``facts`` under ``policy``, as the letter will be once sent
    ``today``: the same words and dates for a local and a team candidate."""
    facts = facts_once_sent(facts, today)
    status = engine.evaluate(facts, policy, today)
    binding = status.binding
    # "6 weeks after the end of the procedure" only when that rule alone gives the date (not
    # after an extension, or when an ended reserve consent moved it)
    rule_gives_date = status.kind in (engine.DUE, engine.OVERDUE) and status.consent_ended_on is None
    reserve_until = None
    if has_reserve(policy):
        reserve_until = engine.earliest_deadline(policy, RESERVE, facts, ConsentFacts(RESERVE_PURPOSE, today)).due_on
    letter = texts.LetterFacts(
        language=texts.letter_language(language),
        name=name,
        firm=sender.firm,
        vacancy=(vacancy or "").strip() or None,
        privacy_link=sender.privacy_link,
        privacy_contact=sender.privacy_contact,
        keep_until=status.due_on,
        keep_period=binding.limit.period if binding and rule_gives_date else None,
        keep_anchor=binding.limit.anchor if binding and rule_gives_date else None,
        keep_is_maximum=bool(binding and binding.is_maximum),
        reserve_until=reserve_until,
    )
    wording = texts.reserve_consent_wording(letter.language, sender.firm, reserve_until) if reserve_until else None
    return RejectionDraft(
        candidate_id=candidate_id, application_id=application_id, vacancy=letter.vacancy, name=name, email=email,
        language=letter.language, subject=texts.subject(letter), body=texts.body(letter), keep_until=status.due_on,
        reserve_until=reserve_until, reserve_wording=wording,
        reserve_wording_version=texts.RESERVE_WORDING_VERSION if wording else None,
    )


def drafts_for_applications(vault: Vault, application_ids: list[int]) -> list[RejectionDraft[int]]:
    """A draft per rejected application (what ``close_vacancy`` returns), in that order, each
    naming its vacancy's title."""
    with vault.read_session() as session:
        rows = []
        for application_id in application_ids:
            procedure = session.get(Procedure, application_id)
            if procedure is None or procedure.vacancy_id is None:
                raise ApplicationNotFound(id=application_id)
            vacancy = session.get(Vacancy, procedure.vacancy_id)
            rows.append((procedure.candidate_id, application_id, vacancy.title if vacancy else None))
    return [draft_rejection(vault, candidate_id, application_id, title) for candidate_id, application_id, title in rows]


# --- sending ---------------------------------------------------------------------------------
def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def mailto_url(draft: RejectionDraft, limit: int | None = None) -> str:
    """The draft as a ``mailto:`` URL (RFC 6068: UTF-8, percent-encoded, CRLF line breaks).
    ``limit`` defaults to the platform's ``MAILTO_LIMIT``.

    Raises ``MailtoTooLong`` when the URL is longer than ``limit``: the letter is never cut
    short, the recruiter saves it as an .eml file instead.
    """
    if not draft.email:
        raise NoRecipientAddress(id=draft.candidate_id)
    url = (f"mailto:{quote(draft.email, safe='@')}?subject={quote(draft.subject, safe='')}"
           f"&body={quote(_crlf(draft.body), safe='')}")
    limit = MAILTO_LIMIT if limit is None else limit
    if len(url) > limit:
        raise MailtoTooLong(length=len(url), limit=limit)
    return url


def eml_bytes(vault: Vault, draft: RejectionDraft) -> bytes:
    """The draft as an RFC 5322 message in UTF-8, marked unsent so mail programs open it as a draft."""
    with vault.read_session() as session:
        sender = Sender(settings.get(session, "firm_name"), privacy_contact=settings.get(session, "privacy_contact"))
    return eml_message(draft, sender, vault.clock.now())


def eml_message(draft: RejectionDraft, sender: Sender, now: dt.datetime) -> bytes:
    """The draft as an .eml file's bytes, from the firm's privacy contact when there is one."""
    if not draft.email:
        raise NoRecipientAddress(id=draft.candidate_id)
    message = EmailMessage(policy=SMTP)
    message["To"] = formataddr((draft.name, draft.email))
    if sender.privacy_contact:
        message["From"] = formataddr((sender.firm, sender.privacy_contact))
    message["Subject"] = draft.subject
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain="recruitdesk.invalid")
    message["X-Unsent"] = "1"
    message.set_content(draft.body, subtype="plain", charset="utf-8")
    return message.as_bytes()


def asks_reserve_consent(draft: RejectionDraft) -> bool:
    """Whether the letter, as the recruiter left it, still quotes the reserve consent sentence."""
    return bool(draft.reserve_wording) and draft.reserve_wording in draft.body  # type: ignore[operator]


def record_rejection_sent(vault: Vault, draft: RejectionDraft[int], on: dt.date | None = None) -> None:
    """The recruiter sent the message: a contact (e-mail, kind ``rejection_sent``) on ``on``
    (default today) within the application, which moves the last contact and the countdown.

    When the letter asks the reserve question, the consent sentence it quotes and its version
    are kept with the contact: a "yes" days later is consent to exactly that wording
    (``reserve_question``), not to whatever a new draft would say by then."""
    asked = asks_reserve_consent(draft)
    record_contact(vault, draft.candidate_id, on or vault.clock.today(), CONTACT_CHANNEL, kind=CONTACT_KIND,
                   application_id=draft.application_id, wording=draft.reserve_wording if asked else None,
                   wording_version=draft.reserve_wording_version if asked else None)


@dataclass(frozen=True)
class ReserveQuestion:
    """A sent message that asked the candidate to stay in the reserve: what to record on a yes."""

    candidate_id: int
    asked_on: dt.date
    wording: str
    wording_version: str | None


def reserve_question(vault: Vault, candidate_id: int) -> ReserveQuestion | None:
    """The latest message recorded as sent that asked ``candidate_id`` the reserve question, with
    the consent sentence it quoted; None when no such message was recorded."""
    with vault.read_session() as session:
        candidate = load_candidate(session, candidate_id)
        asked = [(event.on, event.id, event.wording_enc, event.wording_version) for event in candidate.contacts
                 if event.wording_enc is not None]
        if not asked:
            return None
        asked_on, _id, wording_enc, version = max(asked, key=lambda event: (event[0], event[1]))
        wording = vault.candidate_keys.decrypt_text(candidate.uid, candidate.wrapped_key, CONTACT_WORDING_FIELD, wording_enc)
        return ReserveQuestion(candidate.id, asked_on, wording, version)
