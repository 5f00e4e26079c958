"""Cleaning extracted CV text into lines, and finding the zones that are not the candidate's.

PDF extraction leaves icon-font debris in contact blocks ("(cid:72)", private-use glyphs,
FontAwesome names such as "HOUSE-CHIMNEY"); it is removed before any field is detected.
A referees section ("References", "Referenties", "Références") and an agency's or recruiter's
block ("presented by", "uw consultant") hold other people's emails and phones, so their lines
are marked and the detectors skip them.
"""

from __future__ import annotations

import re
import unicodedata

CID = re.compile(r"\(cid:\d+\)")
ICON_WORDS = re.compile(r"\b(?:HOUSE-CHIMNEY|GITHUB-SQUARE|LINKEDIN|mobile-alt|envelope|map-marker(?:-alt)?)\b")

REFERENCE_HEADING = re.compile(
    r"^\s*(references?|referees?|referenties?|referentiepersonen|références?|referenzen|referenze|"
    r"recommendations?|aanbevelingen)\s*:?\s*$",
    re.I,
)
AGENCY_MARKERS = re.compile(
    r"\b(presented by|submitted by|on behalf of|your consultant|recruitment agency|staffing|"
    r"aangeboden door|voorgesteld door|namens|uw consultant|uitzendbureau|selectiebureau|wervingsbureau|"
    r"présenté par|proposé par|votre consultant|agence d'intérim|bureau de recrutement|cabinet de recrutement)\b",
    re.I,
)
SECTION_HEADINGS = {
    # en
    "education", "experience", "work experience", "professional experience", "employment", "skills",
    "summary", "profile", "projects", "publications", "languages", "interests", "hobbies", "awards",
    "certifications", "courses", "about me", "contact", "personal information", "personal details",
    "references", "referees", "volunteering", "training", "objective", "career",
    # nl
    "opleiding", "opleidingen", "werkervaring", "ervaring", "vaardigheden", "competenties", "talen",
    "profiel", "persoonlijke gegevens", "personalia", "hobby's", "interesses", "cursussen", "referenties",
    # fr
    "formation", "formations", "expérience", "expériences", "expérience professionnelle", "compétences",
    "langues", "profil", "centres d'intérêt", "loisirs", "informations personnelles", "références",
    "état civil", "coordonnées",
}


def clean(text: str) -> str:
    """Text without icon debris, normalised to NFC, with page breaks as line breaks."""
    text = CID.sub(" ", text)
    text = ICON_WORDS.sub(" ", text)
    text = unicodedata.normalize("NFC", text)
    # A CV has a hundred or so distinct characters: classify those once, not every character.
    debris = {ord(char): " " for char in set(text) if _is_debris(char)}
    return text.translate(debris).replace("\f", "\n")


def _is_debris(char: str) -> bool:
    code = ord(char)
    if 0xE000 <= code <= 0xF8FF or code >= 0xF0000:  # private use: icon fonts
        return True
    return unicodedata.category(char) in ("So", "Co", "Cs") and char not in "©®"


ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def lines_of(text: str) -> list[str]:
    """Lines with every kind of space (tab, no-break, thin, figure...) as one plain space."""
    return [re.sub(r"[^\S\n]+", " ", ZERO_WIDTH.sub("", line)).strip() for line in clean(text).splitlines()]


def is_heading(line: str) -> bool:
    bare = line.strip().strip(":").strip().lower()
    return bare in SECTION_HEADINGS or bool(REFERENCE_HEADING.match(line))


def foreign_lines(lines: list[str]) -> set[int]:
    """Indexes of lines in a referees section or next to an agency marker."""
    foreign: set[int] = set()
    inside_references = False
    for index, line in enumerate(lines):
        if REFERENCE_HEADING.match(line):
            inside_references = True
            foreign.add(index)
            continue
        if inside_references and is_heading(line):
            inside_references = False
        if inside_references:
            foreign.add(index)
        if AGENCY_MARKERS.search(line):
            # The marker line and the block right under it (up to a blank line).
            for following in range(index, min(len(lines), index + 4)):
                if following > index and not lines[following]:
                    break
                foreign.add(following)
    return foreign
