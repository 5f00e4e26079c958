"""One normalisation for the identifiers we match people by (email, phone, national number).

Duplicates at import and the suppression list of objectors compare keyed hashes of these
values; if two places normalised differently, a returning objector would silently not be
flagged. So both go through here.
"""

from __future__ import annotations

import re

from recruitdesk.vault.candidate_keys import CandidateKeys

EMAIL, PHONE, NATIONAL_NUMBER = "email", "phone", "national_number"


def normalise_email(value: str) -> str:
    return value.strip().lower()


def normalise_phone(value: str, region: str = "BE") -> str:
    """E.164 (+32470123456) when the number parses, otherwise its digits (and a leading +)."""
    try:
        import phonenumbers

        number = phonenumbers.parse(value, region)
        if phonenumbers.is_possible_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    except Exception:  # phonenumbers raises NumberParseException; anything else: fall back
        pass
    stripped = value.strip()
    return ("+" if stripped.startswith("+") else "") + re.sub(r"\D", "", stripped)


def normalise_national_number(value: str) -> str:
    return re.sub(r"\D", "", value)


def identifier_hashes(keys: CandidateKeys, email: str | None = None, phone: str | None = None,
                      national_numbers: list[str] | tuple[str, ...] = ()) -> list[tuple[str, bytes]]:
    """(kind, keyed hash) for every identifier given."""
    found = []
    if email and email.strip():
        found.append((EMAIL, keys.identifier_hash(EMAIL, normalise_email(email))))
    if phone and normalise_phone(phone).lstrip("+"):
        found.append((PHONE, keys.identifier_hash(PHONE, normalise_phone(phone))))
    for number in national_numbers:
        if normalise_national_number(number):
            found.append((NATIONAL_NUMBER, keys.identifier_hash(NATIONAL_NUMBER, normalise_national_number(number))))
    return found
