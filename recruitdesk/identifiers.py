"""One normalisation for the identifiers we match people by (email, phone, national number).

Duplicates at import, the suppression list of objectors, rights requests and profile edits all
compare these values (or keyed hashes of them); if two places normalised differently, a
returning objector would silently not be flagged. So every one of them goes through here.

Phone numbers written without a country code are read in the firm's country first (the
``firm_country`` setting; when it was never chosen, the country of the retention preset), then
in the other supported country: ``06 12345678`` is Dutch in both, ``0470 12 34 56`` Belgian.
"""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from recruitdesk import settings
from recruitdesk.vault import crypto
from recruitdesk.vault.candidate_keys import CandidateKeys

EMAIL, PHONE, NATIONAL_NUMBER = "email", "phone", "national_number"
COUNTRIES = ("BE", "NL")  # the countries whose numbers are read without a country code
DEFAULT_COUNTRY = "BE"
DEFAULT_REGIONS = ("BE", "NL")
# Presets written for a country other than the default one (the rest are Belgian firms' own).
PRESET_COUNTRIES = {"nl-ap": "NL"}

# Every dash a word processor or a web form may put in a number (hyphens, dashes, the minus
# sign, the soft hyphen), and spaces that are not spaces. The CV detector reads lines with DASHES too.
DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad\u2043\ufe58\ufe63\uff0d", "-"))
_SPACES = str.maketrans(dict.fromkeys("\u00a0\u2007\u202f\u2009\u200a", " "))


def normalise_email(value: str) -> str:
    return value.strip().lower()


def normalise_national_number(value: str) -> str:
    return re.sub(r"\D", "", value)


def regions_for(country: str | None) -> tuple[str, ...]:
    """The firm's country first, then the other supported ones."""
    first = country if country in COUNTRIES else DEFAULT_COUNTRY
    return (first, *(region for region in COUNTRIES if region != first))


def firm_country(session: Session) -> str:
    """The firm's country (BE or NL): the setting, or else the retention preset's country."""
    chosen = settings.get(session, "firm_country")
    if chosen in COUNTRIES:
        return chosen
    return PRESET_COUNTRIES.get(settings.get(session, "retention_preset"), DEFAULT_COUNTRY)


def firm_regions(session: Session) -> tuple[str, ...]:
    return regions_for(firm_country(session))


def _readable(printed: str) -> str:
    text = printed.translate(DASHES).translate(_SPACES).strip()
    text = text.replace("(0)", "").replace("(+", "+").replace(")", ") ")
    if text.startswith("00"):
        text = "+" + text[2:]
    return text


def parse_phone(printed: str, regions: tuple[str, ...] = DEFAULT_REGIONS) -> tuple[str | None, bool]:
    """(E.164, True) when the number is valid in one of ``regions`` (tried in order); otherwise
    (the number as printed with its spaces tidied, False), or (None, False) below 8 digits."""
    import phonenumbers  # loaded on the first phone number, not at every start (0.05 s)

    candidate = _readable(printed)
    for region in regions:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), True
        if candidate.startswith("+"):
            break  # an international number is the same in every region
    cleaned = re.sub(r"\s+", " ", printed).strip()
    return (cleaned, False) if len(re.sub(r"\D", "", cleaned)) >= 8 else (None, False)


def normalise_phone(value: str, regions: tuple[str, ...] = DEFAULT_REGIONS) -> str:
    """E.164 (+32470123456) when the number is valid, else a possible number in the firm's
    country in E.164, else its digits (and a leading +): the form stored, compared and hashed."""
    normalised, valid = parse_phone(value, regions)
    if valid and normalised:
        return normalised
    import phonenumbers

    candidate = _readable(value)
    try:
        number = phonenumbers.parse(candidate, regions[0] if regions else DEFAULT_COUNTRY)
        if phonenumbers.is_possible_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        pass
    return ("+" if candidate.startswith("+") else "") + re.sub(r"\D", "", candidate)


def identifier_hashes(keys: CandidateKeys, email: str | None = None, phone: str | None = None,
                      national_numbers: list[str] | tuple[str, ...] = (),
                      regions: tuple[str, ...] = DEFAULT_REGIONS) -> list[tuple[str, bytes]]:
    """(kind, keyed hash) for every identifier given; ``regions`` from ``firm_regions``."""
    found = []
    if email and email.strip():
        found.append((EMAIL, keys.identifier_hash(EMAIL, normalise_email(email))))
    if phone:
        normalised = normalise_phone(phone, regions)
        if normalised.lstrip("+"):
            found.append((PHONE, keys.identifier_hash(PHONE, normalised)))
    for number in national_numbers:
        if normalise_national_number(number):
            found.append((NATIONAL_NUMBER, keys.identifier_hash(NATIONAL_NUMBER, normalise_national_number(number))))
    return found


def digests_under(key: bytes, email: str | None = None, phone: str | None = None,
                  regions: tuple[str, ...] = DEFAULT_REGIONS) -> list[tuple[str, bytes]]:
    """(kind, digest) of an e-mail address and phone number under a digest key given as bytes: the
    same HMAC as ``CandidateKeys.identifier_hash`` and the team's suppression digests, for a key
    carried with a suppression list from another vault (``vault migrate``)."""
    found = []
    if email and email.strip():
        found.append((EMAIL, crypto.keyed_hash(key, f"{EMAIL}:{normalise_email(email)}".encode("utf-8"))))
    if phone:
        normalised = normalise_phone(phone, regions)
        if normalised.lstrip("+"):
            found.append((PHONE, crypto.keyed_hash(key, f"{PHONE}:{normalised}".encode("utf-8"))))
    return found
