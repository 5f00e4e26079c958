"""The words of a rejection letter, in the candidate's language (nl, fr, en).

The letter goes to the candidate in *their* language whatever language the recruiter's screen
uses, so every sentence is an English source marked with ``N_`` (translated in the normal
catalogs, formal "u" and "vous") and looked up with ``translate_in(language, ...)``. Dates and
periods reuse the retention explanations' words (months, "6 weeks", "the end of the
procedure"), so the letter says exactly what the countdown computes.

The reserve question names the reserve with the words of the consent renewal mail
(``consents.RENEWAL_PURPOSE``) and states the consent wording (``reserve_consent_wording``)
that the recruiter records, with ``RESERVE_WORDING_VERSION``, when the candidate says yes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from recruitdesk.i18n import N_, translate_in
from recruitdesk import dates
from recruitdesk.retention.explain import ANCHOR_TEXT, UNIT_TEXT
from recruitdesk.retention.facts import RESERVE_PURPOSE
from recruitdesk.retention.periods import Period
from recruitdesk.services.consents import RENEWAL_PURPOSE

LETTER_LANGUAGES = ("nl", "fr", "en")
CONTEXT = "rejection_letter"
RESERVE_WORDING_VERSION = "rejection-reserve-1"

SUBJECT = N_("rejection_letter", "Your application")
SUBJECT_FOR = N_("rejection_letter", "Your application for {vacancy}")
SALUTATION = N_("rejection_letter", "Dear {name},")
THANKS = N_("rejection_letter", "Thank you for your interest in {firm} and for the time you gave to your application.")
THANKS_FOR = N_("rejection_letter", "Thank you for your interest in {firm} and for the time you gave to your application for {vacancy}.")
DECISION = N_(
    "rejection_letter",
    "After careful consideration we have decided not to continue with your application. This is not a judgement of "
    "your qualities: we have chosen a candidate whose profile matches this position more closely.",
)
KEEP_UNTIL = N_(
    "rejection_letter",
    "We keep the details of your application for {period} after {anchor}, that is until {date}. After that date we "
    "delete them.",
)
KEEP_UNTIL_AT_MOST = N_(
    "rejection_letter",
    "We keep the details of your application for at most {period} after {anchor}, that is until {date}. After that "
    "date we delete them.",
)
KEEP_UNTIL_DATE = N_(
    "rejection_letter",
    "We keep the details of your application until {date}. After that date we delete them.",
)
KEEP_NO_DATE = N_(
    "rejection_letter",
    "We keep the details of your application only as long as our privacy statement allows, and then delete them.",
)
PRIVACY_LINK = N_("rejection_letter", "Our privacy statement explains how we handle your personal data: {link}")
PRIVACY_ON_REQUEST = N_("rejection_letter", "Our privacy statement explains how we handle your personal data; we will gladly send you a copy.")
RIGHTS_CONTACT = N_(
    "rejection_letter",
    "You may ask us at any time to see, correct or delete your data by writing to {contact}.",
)
RIGHTS_REPLY = N_(
    "rejection_letter",
    "You may ask us at any time to see, correct or delete your data by replying to this e-mail.",
)
RESERVE_QUESTION = N_(
    "rejection_letter",
    "We would nevertheless like to keep your details in {reserve}, so that we can contact you about future vacancies "
    "that suit you. If you agree, please reply to this e-mail confirming the following:",
)
RESERVE_WORDING = N_(
    "rejection_letter",
    "\"I agree that {firm} keeps my details in its recruitment reserve until {date} at the latest, to contact me "
    "about suitable vacancies. I can withdraw this consent at any time.\"",
)
RESERVE_NO_REPLY = N_(
    "rejection_letter",
    "If you do not reply, we will delete your details on the date given above.",
)
CLOSING = N_("rejection_letter", "We wish you every success in your search.")
REGARDS = N_("rejection_letter", "Kind regards,")
OUR_FIRM = N_("rejection_letter", "our firm")


def letter_language(language: str | None) -> str:
    """``language`` if a letter can be written in it, else English."""
    return language if language in LETTER_LANGUAGES else "en"


def long_date(day: dt.date, language: str) -> str:
    """"3 maart 2026" in ``language``: the app's long date style, in the letter's language."""
    return dates.long_date(day, letter_language(language))


def period_text(period: Period, language: str) -> str:
    one, many = UNIT_TEXT[period.unit]
    return translate_in(language, "periods", one) if period.amount == 1 else translate_in(language, "periods", many).format(n=period.amount)


def reserve_name(language: str) -> str:
    """"onze wervingsreserve": the words the consent renewal mail uses for the reserve."""
    return RENEWAL_PURPOSE[letter_language(language)][RESERVE_PURPOSE]


def reserve_consent_wording(language: str, firm: str, until: dt.date) -> str:
    """The sentence the candidate agrees to; recorded as the consent's text with ``RESERVE_WORDING_VERSION``."""
    language = letter_language(language)
    return translate_in(language, CONTEXT, RESERVE_WORDING).format(
        firm=firm or translate_in(language, CONTEXT, OUR_FIRM), date=long_date(until, language))


@dataclass(frozen=True)
class LetterFacts:
    """Everything a letter states, already decided by the services (no date arithmetic here)."""

    language: str
    name: str
    firm: str
    vacancy: str | None
    privacy_link: str  # the privacy statement's address, or ""
    privacy_contact: str  # an e-mail address, or ""
    keep_until: dt.date | None
    keep_period: Period | None  # None: the date does not follow from one rule (an extension), so only the date is given
    keep_anchor: str | None  # a retention anchor code
    keep_is_maximum: bool
    reserve_until: dt.date | None  # None: the policy has no recruitment reserve


def subject(facts: LetterFacts) -> str:
    language = letter_language(facts.language)
    if facts.vacancy:
        return translate_in(language, CONTEXT, SUBJECT_FOR).format(vacancy=facts.vacancy)
    return translate_in(language, CONTEXT, SUBJECT)


def body(facts: LetterFacts) -> str:
    """The letter as paragraphs separated by blank lines (``\\n``), no hard wraps: the mail program wraps."""
    language = letter_language(facts.language)

    def say(text: str, **values: object) -> str:
        return translate_in(language, CONTEXT, text).format(**values)

    firm = facts.firm or say(OUR_FIRM)
    paragraphs = [say(SALUTATION, name=facts.name)]
    paragraphs.append(say(THANKS_FOR, firm=firm, vacancy=facts.vacancy) if facts.vacancy else say(THANKS, firm=firm))
    paragraphs.append(say(DECISION))
    if facts.keep_until is not None and (facts.keep_period is None or facts.keep_anchor not in ANCHOR_TEXT):
        paragraphs.append(say(KEEP_UNTIL_DATE, date=long_date(facts.keep_until, language)))
    elif facts.keep_until is not None and facts.keep_period is not None and facts.keep_anchor in ANCHOR_TEXT:
        paragraphs.append(say(
            KEEP_UNTIL_AT_MOST if facts.keep_is_maximum else KEEP_UNTIL,
            period=period_text(facts.keep_period, language),
            anchor=translate_in(language, "anchors", ANCHOR_TEXT[facts.keep_anchor]),
            date=long_date(facts.keep_until, language),
        ))
    else:
        paragraphs.append(say(KEEP_NO_DATE))
    privacy = say(PRIVACY_LINK, link=facts.privacy_link) if facts.privacy_link else say(PRIVACY_ON_REQUEST)
    rights = say(RIGHTS_CONTACT, contact=facts.privacy_contact) if facts.privacy_contact else say(RIGHTS_REPLY)
    paragraphs.append(f"{privacy}\n{rights}")
    if facts.reserve_until is not None:
        paragraphs.append(say(RESERVE_QUESTION, reserve=reserve_name(language)))
        paragraphs.append(reserve_consent_wording(language, facts.firm, facts.reserve_until))
        paragraphs.append(say(RESERVE_NO_REPLY))
    paragraphs.append(say(CLOSING))
    paragraphs.append(say(REGARDS) + ("\n" + facts.firm if facts.firm else ""))
    return "\n\n".join(paragraphs)
