"""Finding what identifies a person in a CV's text, for the blind first review: name, e-mail,
phone, web addresses, postal address, birth date, age, gender words and nationality, in Dutch,
French and English.

The reviewer should judge skills and experience only, so this errs on the side of masking: a
full date anywhere is masked (it may be a birth date), every gendered pronoun and title is
masked. It returns spans (start, end, kind) over the text it was given, so the same finder
serves the masked text and the blacked-out PDF page (``importing.redaction``), where it runs
over each page's own text layer.

Limits, stated honestly: a gendered job title or adjective ("verpleegster", "collaboratrice",
"motivée") is not recognised; a name the detector missed and the recruiter never typed is not
known. The reviewer sees the rest masked and can report it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from recruitdesk.identifiers import DASHES
from recruitdesk.importing.fields import BIRTH_LABEL, EMAIL, LINKEDIN, PARTICLES, PHONE_LIKE, POSTCODE_CITY
from recruitdesk.importing.sensitive import find_sensitive

NAME, EMAIL_KIND, PHONE, WEB, ADDRESS, BIRTH, AGE, GENDER, NATIONALITY, IDENTIFIER = (
    "name", "email", "phone", "web", "address", "birth_date", "age", "gender", "nationality", "identifier")
KINDS = (NAME, EMAIL_KIND, PHONE, WEB, ADDRESS, BIRTH, AGE, GENDER, NATIONALITY, IDENTIFIER)

WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\"')]+", re.I)
YEAR_RANGE = re.compile(r"^(?:19|20)\d\d\s*[-–/.]\s*(?:19|20)\d\d$")
FULL_DATE = re.compile(
    r"\b\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d\d\b|\b(?:19|20)\d\d-\d{2}-\d{2}\b|"
    r"\b\d{1,2}(?:st|nd|rd|th|er)?\.?\s+(?:jan|feb|maa|mar|mrt|apr|avr|mei|mai|may|jun|juin|jul|juil|aug|aoû|sep|okt|oct|nov|dec|déc)"
    r"[^\W\d_]*\.?\s+(?:19|20)\d\d\b",
    re.I,
)
BIRTH_MARK = re.compile(r"°\s*\d")  # Belgian usage: "° 12/03/1990"
LABELLED_LINE = re.compile(
    r"\b(?:adres|adresse|address|domicile|woonplaats|woonachtig te|ville|city|"
    r"leeftijd|âge|age|geslacht|sexe|sex|gender|genre|"
    r"nationaliteit|nationalité|nationality|burgerlijke staat|état civil|marital status|geboorteplaats|lieu de naissance|"
    r"place of birth)\s*:\s*[^\n]*",
    re.I,
)
AGE_PHRASE = re.compile(
    r"\b\d{2}\s*(?:jaar oud|years? old|ans\b)|\(\s*\d{2}\s*(?:jaar|ans|years?|j\.?)?\s*\)|"
    r"\bâgée? de \d{2} ans\b|\baged \d{2}\b|\b\d{2}-year-old\b|\b\d{2}-jarige?\b",
    re.I,
)
STREET = re.compile(
    r"\b[\w'’\-]*(?:straat|laan|weg|plein|steenweg|dreef|lei|kaai|singel|gracht|dijk|markt|hof|kouter)\s+\d+\s*[a-zA-Z]?"
    r"(?:\s*(?:bus|bte|/)\s*\d+)?\b|"
    r"\b(?:rue|avenue|av\.|chaussée|boulevard|bd|place|chemin|allée|impasse|quai|square|drève|street|road|lane|avenue)"
    r"\s+[^\n,;|·\d]{2,40}?\s*\d+\s*[a-zA-Z]?\b",
    re.I,
)
NATIONALITY_PHRASE = re.compile(
    r"\b(?:de )?nationalit[ée] [\w\-]+|\b[\w\-]+e? nationaliteit\b|\bnationality [\w\-]+|\b[\w\-]+ national\b", re.I)
GENDER_WORDS = (
    # nl
    "man", "vrouw", "mannelijk", "vrouwelijk", "de heer", "dhr.", "dhr", "mevrouw", "mevr.", "mevr", "mw.", "meneer",
    "juffrouw", "hij", "zij",
    # fr
    "homme", "femme", "masculin", "féminin", "monsieur", "madame", "mademoiselle", "mme", "mme.", "mlle", "mlle.",
    "il", "elle",
    # en
    "male", "female", "woman", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "he", "she", "him", "her", "his", "hers",
)
GENDER_WORD = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(word) for word in sorted(GENDER_WORDS, key=len, reverse=True))
                    + r"|M\.(?=\s))(?![\w])", re.I)


@dataclass(frozen=True)
class MaskSpan:
    start: int
    end: int
    kind: str


def fold(text: str) -> str:
    """Lower case without accents, one character for one, so positions stay the same."""
    return "".join((unicodedata.normalize("NFKD", char)[:1] or char).lower() for char in text)


def name_tokens(names: Iterable[str | None]) -> list[str]:
    """The words of the known names worth masking wherever they appear (not "van", "de", initials)."""
    tokens: set[str] = set()
    for name in names:
        for word in re.split(r"[\s,]+", fold(name or "")):
            word = word.strip(".()'’")
            if len(word) >= 2 and word not in PARTICLES:
                tokens.add(word)
    return sorted(tokens, key=len, reverse=True)


def identity_spans(text: str, names: Iterable[str | None] = (), other_values: Iterable[str | None] = ()) -> list[MaskSpan]:
    """Every identifying span of ``text``, merged and sorted.

    ``names`` are the candidate's known names (the record's and the detected one); their words
    are masked everywhere, accents and case ignored. ``other_values`` are further known strings
    (the stored e-mail, phone, city) masked wherever they appear literally.
    """
    found: list[MaskSpan] = []
    text = text.translate(DASHES)  # every dash-like character a hyphen, one for one: positions stay

    def add(pattern: re.Pattern[str], kind: str, source: str = text) -> None:
        found.extend(MaskSpan(m.start(), m.end(), kind) for m in pattern.finditer(source))

    folded = fold(text)
    tokens = name_tokens(names)
    if tokens:
        add(re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in tokens) + r")(?!\w)"), NAME, folded)
    for value in other_values:
        value = (value or "").strip()
        if len(value) >= 3:
            add(re.compile(r"(?<!\w)" + re.escape(fold(value)) + r"(?!\w)"), ADDRESS, folded)
    add(EMAIL, EMAIL_KIND)
    add(LINKEDIN, WEB)
    add(WEB_ADDRESS, WEB)
    for match in PHONE_LIKE.finditer(text):
        printed = match.group(1)
        if sum(char.isdigit() for char in printed) >= 8 and not YEAR_RANGE.match(printed.strip(" ()")):
            found.append(MaskSpan(match.start(1), match.end(1), PHONE))
    found.extend(MaskSpan(span.start, span.end, IDENTIFIER) for span in find_sensitive(text).spans)
    found.extend(MaskSpan(m.start(), m.end(), ADDRESS) for m in POSTCODE_CITY.finditer(text)
                 if "\n" not in m.group(0))  # a number ending one line and the heading below it are no town
    add(STREET, ADDRESS)
    for match in BIRTH_LABEL.finditer(text):
        end = text.find("\n", match.end())
        found.append(MaskSpan(match.start(), len(text) if end < 0 else end, BIRTH))
    add(BIRTH_MARK, BIRTH)
    add(FULL_DATE, BIRTH)
    add(AGE_PHRASE, AGE)
    for match in LABELLED_LINE.finditer(text):
        found.append(MaskSpan(match.start(), match.end(), _label_kind(match.group(0))))
    add(NATIONALITY_PHRASE, NATIONALITY)
    add(GENDER_WORD, GENDER)
    return merge(found)


def _label_kind(line: str) -> str:
    label = fold(line.split(":", 1)[0]).strip()
    if label.startswith(("leeftijd", "age")):
        return AGE
    if label.startswith(("geslacht", "sex", "gender", "genre")):
        return GENDER
    if label.startswith(("nationali",)):
        return NATIONALITY
    if "naissance" in label or "birth" in label or "geboorte" in label:
        return BIRTH
    return ADDRESS


def merge(spans: Iterable[MaskSpan]) -> list[MaskSpan]:
    """Overlapping or touching spans as one (the first one's kind)."""
    merged: list[MaskSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.end <= span.start:
            continue
        if merged and span.start <= merged[-1].end:
            last = merged[-1]
            if span.end > last.end:
                merged[-1] = MaskSpan(last.start, span.end, last.kind)
        else:
            merged.append(span)
    return merged


def masked(text: str, spans: Iterable[MaskSpan], placeholder: dict[str, str]) -> str:
    """``text`` with each span replaced by its kind's placeholder ("[name]")."""
    parts: list[str] = []
    position = 0
    for span in merge(spans):
        parts.append(text[position:span.start])
        parts.append(placeholder.get(span.kind, "[…]"))
        position = span.end
    parts.append(text[position:])
    return "".join(parts)


SECTION_KEEP = re.compile(
    r"^\s*(?:werkervaring|ervaring|beroepservaring|professionele ervaring|loopbaan|vaardigheden|competenties|"
    r"(?:technische |professionele )?vaardigheden|kennis|talen|"
    r"expérience(?:s)?(?: professionnelle(?:s)?)?|parcours professionnel|compétences(?: techniques)?|langues|"
    r"(?:work |professional )?experience|employment(?: history)?|career|(?:technical |key )?skills|languages)\s*:?\s*$",
    re.I,
)
SECTION_ANY = re.compile(
    r"^\s*(?:profiel|profil|profile|summary|opleiding(?:en)?|formation(?:s)?|education|studies|études|"
    r"referenties|références|references|interesses|hobby's|loisirs|centres d'intérêt|interests|hobbies|"
    r"persoonlijke gegevens|personalia|informations personnelles|personal (?:details|information)|contact|"
    r"coordonnées|état civil|certificaten|certifications|cursussen|courses|projecten|projets|projects)\s*:?\s*$",
    re.I,
)


def skills_and_experience(text: str) -> str | None:
    """Only the sections under an experience, skills or languages heading, or None when the CV
    has no such heading (the caller then shows the whole masked text)."""
    kept: list[str] = []
    keeping = False
    seen = False
    for line in text.replace("\r\n", "\n").split("\n"):
        if SECTION_KEEP.match(line):
            keeping = seen = True
            kept.append(line.strip())
            continue
        if SECTION_ANY.match(line):
            keeping = False
            continue
        if keeping:
            kept.append(line)
    return "\n".join(kept).strip() if seen else None
