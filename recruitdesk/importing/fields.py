"""Detecting the candidate's own name, email, phone, LinkedIn URL, city and birth date.

CVs have no schema, so each field is a scored guess with a confidence the preview shows. The
candidate's contact block usually comes first; referees' and agencies' details come later and
are skipped (``textlines.foreign_lines``). The name is cross-checked against the email address
(``j.peeters@...`` supports "Jan Peeters"), which also finds names placed in a sidebar that
extraction reads last.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

import phonenumbers
from stdnum.be import nn as be_nn

from recruitdesk.identifiers import DASHES, DEFAULT_REGIONS, parse_phone
from recruitdesk.importing.cv_country import phone_regions
from recruitdesk.importing.language import detect_language
from recruitdesk.importing.notices import Notice
from recruitdesk.importing.sensitive import IBAN_LIKE
from recruitdesk.importing.textlines import foreign_lines, is_heading, lines_of

EMAIL = re.compile(r"(?<![\w.+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,24})(?![\w-])")
LINKEDIN = re.compile(r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/(?:in|pub)/([A-Za-z0-9\-_%]{2,100})", re.I)
# Separators include the Unicode hyphens and minus sign (U+2010..U+2015, U+2212) and no-break spaces.
PHONE_LIKE = re.compile(r"(?<![\w.])(\+?\(?\+?\d[\d ()./\-\u2010-\u2015\u2212\u00a0\u202f]{6,20}\d)(?![\w])")
PHONE_LABEL = re.compile(r"\b(tel|tél|phone|telephone|téléphone|telefoon|gsm|mobile?|mobiel|cell|portable|fon|m|t)\b\.?\s*:?\s*$", re.I)
# Lines are read with identifiers.DASHES: every dash-like character between digit groups becomes a
# plain hyphen, one character for one, so positions stay the same.
# Eight digits, each within three characters of the next: every phone number (valid in Belgium or
# the Netherlands, or labelled) has them, and most lines of a CV do not, so the costly matcher
# only reads lines that pass this.
PHONE_DIGITS = re.compile(r"\d(?:\D{0,3}\d){7}")
YEAR_RANGE = re.compile(r"^(19|20)\d\d\s*[-–/]\s*(19|20)\d\d$")

NAME_LABEL = re.compile(
    r"^(?:voornaam en naam|naam en voornaam|nom et prénom|prénom et nom|first and last name|name and surname|"
    r"name|full name|naam|volledige naam|nom(?: complet)?|nome|personal information|personal details|"
    r"persoonlijke gegevens|personalia|informations personnelles|informazioni personali|προσωπικές πληροφορίες|"
    r"(?:curriculum vitae|cv|resume|résumé|levensloop)(?: of| van| de| d')?)"
    r"(?![\w'’])\s*[:\-–]?\s*",
    re.I,
)
PARTICLES = {"van", "der", "den", "de", "del", "della", "di", "da", "du", "le", "la", "von", "ter", "ten", "el", "al", "bin", "dos", "das", "'t"}
NOT_NAMES = {
    "curriculum", "vitae", "resume", "resumé", "résumé", "cv", "contact", "profile", "profiel", "profil",
    "address", "adres", "adresse", "street", "email", "phone", "telefoon", "linkedin", "github", "page",
    "engineer", "developer", "manager", "architect", "consultant", "designer", "analyst", "director",
    "officer", "assistant", "specialist", "scientist", "president", "ceo", "cto", "lead", "intern",
    "student", "teacher", "nurse", "accountant", "administrator", "technician", "sales", "marketing",
    "software", "senior", "junior", "medior", "freelance", "ingenieur", "ingénieur", "ontwikkelaar",
    "medewerker", "verpleegkundige", "adviseur", "beheerder", "directeur", "développeur", "responsable",
    "chef", "stagiair", "stagiaire", "university", "universiteit", "université", "school", "college",
    "institute", "summary", "experience", "education", "skills", "title", "quote", "references",
    "information", "informations", "personal", "geek", "woman", "man", "machine", "learning", "product",
    "sample", "template", "example", "voorbeeld", "exemple", "modèle", "model", "draft", "levensloop",
    "united", "kingdom", "vaardigheid", "vaardigheden", "werkervaring", "opleiding", "talen", "compétences", "langues", "states", "republic", "road", "city", "country", "postcode", "updated",
}
NAME_WORD = re.compile(r"^(?:[^\W\d_][^\W\d_'’\-]*(?:[-'’][^\W\d_]+)*\.?|[^\W\d_]\.)$")

BIRTH_LABEL = re.compile(
    r"(date of birth|born(?: on)?|birth ?date|geboortedatum|geboren(?: op)?|date de naissance|né(?:e)? le|"
    r"data di nascita|geburtsdatum|data de nascimento)\s*[:\-]?\s*",
    re.I,
)
MONTHS = {
    **{m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)},
    **{m: i for i, m in enumerate(["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"], 1)},
    **{m: i for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"], 1)},
    **{m: i for i, m in enumerate(["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"], 1)},
    **{m: i for i, m in enumerate(["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"], 1)},
}
NUMERIC_DATE = re.compile(r"\b(\d{1,2})[./\-](\d{1,2})[./\-](\d{4})\b")
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
WORDY_DATE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+([^\W\d_]+)\.?\s+(\d{4})\b")

POSTCODE_CITY = re.compile(
    r"\b(?:B-|NL-|F-)?(?P<postcode>[1-9]\d{3}\s?[A-Z]{2}|[1-9]\d{3})\s+([A-ZÀ-Ý][\w'’\-]{2,}(?:[ \-](?:[A-ZÀ-Ýa-z][\w'’\-]+)){0,2})(?![\w.])"
)
CITY_LABEL = re.compile(r"\b(?:city|woonplaats|plaats|ville|localité|gemeente|residence|domicile)\s*:\s*([^\n,;|]{2,40})", re.I)
KNOWN_CITIES = (
    "Antwerpen", "Anvers", "Antwerp", "Brussel", "Bruxelles", "Brussels", "Gent", "Gand", "Ghent", "Leuven", "Louvain",
    "Mechelen", "Brugge", "Bruges", "Hasselt", "Kortrijk", "Namur", "Liège", "Luik", "Charleroi", "Mons", "Aalst",
    "Genk", "Oostende", "Wavre", "Amsterdam", "Rotterdam", "Den Haag", "The Hague", "Utrecht", "Eindhoven",
    "Groningen", "Tilburg", "Breda", "Nijmegen", "Arnhem", "Maastricht", "Haarlem", "Leiden", "Delft", "Zwolle",
)
KNOWN_CITY = re.compile(r"\b(" + "|".join(re.escape(city) for city in KNOWN_CITIES) + r")\b")


@dataclass
class Detected:
    """One detected value with how sure the detector is (0..1)."""

    value: str | None = None
    confidence: float = 0.0

    def __bool__(self) -> bool:
        return bool(self.value)


@dataclass
class Fields:
    name: Detected = field(default_factory=Detected)
    email: Detected = field(default_factory=Detected)
    phone: Detected = field(default_factory=Detected)
    linkedin: Detected = field(default_factory=Detected)
    city: Detected = field(default_factory=Detected)
    postcode: Detected = field(default_factory=Detected)  # BE: 4 digits; NL: 4 digits and 2 letters
    birth_date: Detected = field(default_factory=Detected)
    language: Detected = field(default_factory=Detected)
    other_emails: list[str] = field(default_factory=list, repr=False)
    other_phones: list[str] = field(default_factory=list, repr=False)
    notices: list[Notice] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        names = ("name", "email", "phone", "linkedin", "city", "postcode", "birth_date", "language")
        return {name: {"value": getattr(self, name).value, "confidence": getattr(self, name).confidence} for name in names}


def detect_fields(text: str, regions: tuple[str, ...] = DEFAULT_REGIONS) -> Fields:
    lines = lines_of(text)
    skip = foreign_lines(lines)
    result = Fields()
    emails = _emails(lines, skip)
    phones = _phones(lines, skip, phone_regions(lines, regions))
    result.email, result.other_emails = _choose(emails)
    result.phone, result.other_phones = _choose(phones)
    result.name = _name(lines, skip, result.email.value)
    result.linkedin = _linkedin(lines, skip)
    result.city = _city(lines, skip)
    result.postcode = _postcode(lines, skip)
    result.birth_date = _birth_date(lines)
    language, confidence = detect_language(text)
    result.language = Detected(language, confidence)
    if result.other_emails:
        result.notices.append(Notice("several-emails"))
    if len({_digits(p) for p in result.other_phones} - {_digits(result.phone.value or "")}) > 0:
        result.notices.append(Notice("several-phones"))
    return result


# --- email and phone -------------------------------------------------------------------------
def _emails(lines: list[str], skip: set[int]) -> list[tuple[str, float]]:
    found: list[tuple[str, float]] = []
    for index, line in enumerate(lines):
        if index in skip:
            continue
        for match in EMAIL.finditer(line):
            address = match.group(1).strip(".").lower()
            found.append((address, _position_confidence(index, len(lines))))
    return found


def _phones(lines: list[str], skip: set[int], regions: tuple[str, ...]) -> list[tuple[str, float]]:
    """Numbers phonenumbers' matcher finds as valid in a home region (any separator), then
    other phone-like numbers (foreign formats) that are labelled or grouped like a phone."""
    found: list[tuple[str, float]] = []
    for index, line in enumerate(lines):
        if index in skip or not PHONE_DIGITS.search(line):
            continue
        line = line.translate(DASHES)
        banking = [iban.span() for iban in IBAN_LIKE.finditer(line)]
        hits: list[tuple[int, str, bool]] = []
        taken: list[tuple[int, int]] = []
        for start, end, printed in _matched_numbers(line, regions):
            if _is_other_number(printed, (start, end), banking) or YEAR_RANGE.match(printed):
                continue
            normalised, valid = parse_phone(printed, regions)
            if normalised is not None:
                hits.append((start, normalised, valid))
                taken.append((start, end))
        for match in PHONE_LIKE.finditer(line):
            printed = match.group(1).strip()
            if any(match.start(1) < end and start < match.end(1) for start, end in taken):
                continue
            if _is_other_number(printed, match.span(1), banking):
                continue
            before = line[: match.start()]
            alone = printed == line.strip()
            labelled = alone or bool(PHONE_LABEL.search(before.strip(" |•·:-—"))) or printed.startswith(("+", "(+", "00"))
            normalised, valid = parse_phone(printed, regions)
            if normalised is None or not _plausible(printed, labelled, valid):
                continue
            hits.append((match.start(1), normalised, valid))
        for _, normalised, valid in sorted(hits):
            confidence = _position_confidence(index, len(lines)) * (1.0 if valid else 0.7)
            found.append((normalised, round(confidence, 2)))
    return found


def _matched_numbers(line: str, regions: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """(start, end, printed) of every number phonenumbers' matcher accepts as valid in a region."""
    spans: list[tuple[int, int, str]] = []
    for region in regions:
        try:
            matches = list(phonenumbers.PhoneNumberMatcher(line, region, leniency=phonenumbers.Leniency.VALID))
        except Exception:  # the matcher is defensive, but a pathological line must not stop detection
            continue
        for match in matches:
            before = line[: match.start].rstrip(" .-/()")
            if before and (before[-1].isdigit() or before[-1] == "+"):
                continue  # the tail of a longer (foreign) number, such as 012345678 in "+44 012345678"
            if not any(match.start < end and start < match.end for start, end, _ in spans):
                spans.append((match.start, match.end, match.raw_string))
    return sorted(spans)


def _is_other_number(printed: str, span: tuple[int, int], banking: list[tuple[int, int]]) -> bool:
    """Part of an IBAN, or a Belgian national number (checksummed): not a phone."""
    if any(span[0] < end and start < span[1] for start, end in banking):
        return True
    return not printed.startswith("+") and be_nn.is_valid(_digits(printed))


def _plausible(printed: str, labelled: bool, valid: bool) -> bool:
    digits = _digits(printed)
    if not 8 <= len(digits) <= 15 or YEAR_RANGE.match(printed):
        return False
    if re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", printed) or re.fullmatch(r"\d+\.\d+", printed):
        return False  # a date or a decimal number (GPA, version)
    if valid or labelled:
        return True
    # Unlabelled numbers must at least be grouped like a phone number.
    return bool(re.search(r"\(\d{2,4}\)|\d{2,4}[ .\-]\d{2,4}[ .\-]\d{2,4}", printed))


def _choose(found: list[tuple[str, float]]) -> tuple[Detected, list[str]]:
    if not found:
        return Detected(), []
    value, confidence = found[0]
    others = [other for other, _ in found if other != value]
    if others:
        confidence *= 0.9
    return Detected(value, round(confidence, 2)), list(dict.fromkeys(others))


def _position_confidence(index: int, total: int) -> float:
    """Contact details near the top are the candidate's; further down, less certainly."""
    if index < 25:
        return 0.95
    return 0.8 if index < max(40, total // 2) else 0.65


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


# --- name ------------------------------------------------------------------------------------
def _name(lines: list[str], skip: set[int], email: str | None) -> Detected:
    local_tokens, domain_tokens = _email_tokens(email)
    best: tuple[float, str] | None = None
    for index, line in enumerate(lines):
        if index in skip or not line:
            continue
        for candidate in _name_candidates(line):
            words = candidate.split()
            if not _looks_like_name(words):
                continue
            score = 1.0 if index < 3 else 0.8 if index < 12 else 0.35
            in_local = sum(1 for word in words if _matches(word, local_tokens))
            in_domain = sum(1 for word in words if _matches(word, domain_tokens))
            score += (0.6 * in_local + 0.25 * in_domain) / len(words)
            if len(words) == 1:
                score -= 0.1 if in_local else 0.5
            if best is None or score > best[0]:
                best = (score, candidate)
    if best is None or best[0] < 0.5:
        return _name_from_email(email)
    return Detected(_tidy_name(best[1]), round(min(0.97, best[0] * 0.6), 2))


def _name_candidates(line: str) -> list[str]:
    line = NAME_LABEL.sub("", line).strip()
    parts = [part.strip(" :,-–—") for part in re.split(r"\s[|•·—–]\s|\s-\s|\s{3,}|\t", line)]
    candidates = [part for part in parts[:2] if part]
    for part in list(candidates):
        surname_first = re.fullmatch(r"([^\W\d_][\w'’\-]+(?: [\w'’\-]+)*), ([^\W\d_][\w'’\-]+(?: [\w'’\-]+)*)", part)
        if surname_first:
            candidates.insert(0, f"{surname_first.group(2)} {surname_first.group(1)}")
    return candidates


def _looks_like_name(words: list[str]) -> bool:
    if not 1 <= len(words) <= 5 or sum(len(word) for word in words) > 45:
        return False
    capitals = 0
    for word in words:
        if not NAME_WORD.match(word) or _fold(word).strip(".") in NOT_NAMES:
            return False
        if word.lower() in PARTICLES:
            continue
        if not word[0].isupper():
            return False
        capitals += 1
    return capitals >= 1 and not is_heading(" ".join(words))


def _tidy_name(name: str) -> str:
    words = _given_name_first(name.split())
    if all(word.isupper() or word.lower() in PARTICLES for word in words if word[0].isalpha()):
        words = [
            word.lower() if word.lower() in PARTICLES and i else "-".join(part.capitalize() for part in word.split("-"))
            for i, word in enumerate(words)
        ]
    return " ".join(words)


def _given_name_first(words: list[str]) -> list[str]:
    """"PEETERS Jan" and "VAN DER MEER Lieselot" (surname in capitals first, as Belgian and French
    forms write it) become given name first; a name all in capitals or all in title case is kept."""
    capitals = 0
    for word in words:
        letters = [char for char in word if char.isalpha()]
        if len(letters) >= 2 and all(char.isupper() for char in letters):
            capitals += 1
        else:
            break
    rest = words[capitals:]
    if capitals and rest and all(word[0].isupper() and not word.isupper() for word in rest):
        surname = [word.lower() if word.lower() in PARTICLES else "-".join(part.capitalize() for part in word.split("-"))
                   for word in words[:capitals]]
        return rest + surname
    return words


def _email_tokens(email: str | None) -> tuple[set[str], set[str]]:
    """Words of the address's local part and of its domain's first label."""
    if not email:
        return set(), set()
    local, _, domain = email.partition("@")
    local_tokens = set(re.split(r"[._\-+\d]+", _fold(local))) | {_fold(local)}
    domain_tokens = set(_fold(domain).split(".")[:1])
    return {t for t in local_tokens if len(t) >= 2}, {t for t in domain_tokens if len(t) >= 2}


def _matches(word: str, tokens: set[str]) -> bool:
    """``word`` is one of ``tokens`` or, for words of 3+ letters, part of one (jpeeters)."""
    folded = _fold(word).strip(".")
    return folded in tokens or (len(folded) >= 3 and any(folded in token for token in tokens))


def _name_from_email(email: str | None) -> Detected:
    if not email:
        return Detected()
    parts = [part for part in re.split(r"[._\-]+", email.partition("@")[0]) if part.isalpha() and len(part) > 1]
    if len(parts) >= 2:
        return Detected(" ".join(part.capitalize() for part in parts), 0.3)
    return Detected()


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


# --- LinkedIn, city, birth date --------------------------------------------------------------
def _linkedin(lines: list[str], skip: set[int]) -> Detected:
    for index, line in enumerate(lines):
        if index in skip:
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if re.search(r"linkedin\.com/(?:in|pub)/[\w\-%]*$", line, re.I) and re.fullmatch(r"[a-z0-9\-_%/]{1,60}", following):
            line += following  # a URL wrapped onto the next line in a narrow column (handles are lower case)
        match = LINKEDIN.search(line)
        if match:
            return Detected(f"https://www.linkedin.com/in/{match.group(1).rstrip('/')}", 0.9)
    return Detected()


def _city(lines: list[str], skip: set[int]) -> Detected:
    top = [(index, line) for index, line in enumerate(lines[:30]) if index not in skip]
    for _, line in top:
        match = CITY_LABEL.search(line)
        if match:
            return Detected(match.group(1).strip(), 0.8)
    for _, line in top:
        if EMAIL.search(line) and not POSTCODE_CITY.search(EMAIL.sub(" ", line)):
            continue
        match = POSTCODE_CITY.search(line)
        if match and not _looks_like_year_line(line):
            return Detected(match.group(2).strip(), 0.7)
    for _, line in top:
        match = KNOWN_CITY.search(line)
        if match:
            return Detected(match.group(1), 0.5)
    return Detected()


def _postcode(lines: list[str], skip: set[int]) -> Detected:
    """The postcode before a place name in the contact block ("9000 Gent", "1012 AB Amsterdam")."""
    for index, line in enumerate(lines[:30]):
        if index in skip or _looks_like_year_line(line):
            continue
        match = POSTCODE_CITY.search(EMAIL.sub(" ", line))
        if match:
            code = match.group("postcode").replace(" ", "")
            return Detected(f"{code[:4]} {code[4:]}" if len(code) == 6 else code, 0.7)
    return Detected()


def _looks_like_year_line(line: str) -> bool:
    return bool(re.search(r"\b\d{4}\s*[-–]\s*(\d{4}|present|heden|aujourd|now|nu)", line, re.I))


def _birth_date(lines: list[str]) -> Detected:
    for index, line in enumerate(lines):
        match = BIRTH_LABEL.search(line)
        if not match:
            continue
        following = line[match.end():] + " " + (lines[index + 1] if index + 1 < len(lines) else "")
        parsed = parse_date(following[:60])
        if parsed is not None:
            return Detected(parsed.isoformat(), 0.9)
    return Detected()


def parse_date(text: str) -> dt.date | None:
    """The first day-month-year date in ``text`` (numeric as day first, ISO, or with a month name)."""
    candidates = []
    for match in ISO_DATE.finditer(text):
        candidates.append((match.start(), int(match.group(1)), int(match.group(2)), int(match.group(3))))
    for match in NUMERIC_DATE.finditer(text):
        candidates.append((match.start(), int(match.group(3)), int(match.group(2)), int(match.group(1))))
    for match in WORDY_DATE.finditer(text):
        month = MONTHS.get(_fold(match.group(2))) or MONTHS.get(match.group(2).lower())
        if month is None:
            month = next((number for name, number in MONTHS.items() if len(match.group(2)) >= 3 and name.startswith(match.group(2).lower())), None)
        if month:
            candidates.append((match.start(), int(match.group(3)), month, int(match.group(1))))
    for _, year, month, day in sorted(candidates):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None
