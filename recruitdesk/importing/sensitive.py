"""Finding data a recruiter should not keep or use: national numbers, bank accounts, birth
dates and special categories of personal data (GDPR Art. 9 and 10), and redacting them.

National numbers are recognised only with a valid checksum (python-stdnum), so an invoice
number or a phone number does not raise a false alarm. A bare nine-digit number is a BSN only
when labelled as one (about one random nine-digit number in eleven passes the BSN check).
Special categories are recognised by specific phrases in Dutch, French and English; the
warning names the topic, never the phrase, and the recruiter decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from stdnum import iban as stdnum_iban
from stdnum.be import nn as be_nn
from stdnum.nl import bsn as nl_bsn

from recruitdesk.importing.notices import Notice

REDACTION = "[…]"

BELGIAN_NN = re.compile(r"(?<![\d.\-])(\d{2}[.\- ]?\d{2}[.\- ]?\d{2}[.\- ]?\d{3}[.\- ]?\d{2})(?![\d])")
NN_LABEL = re.compile(r"(rijksregister|national(?:e)? (?:register|number)|registre national|insz|niss|rrn|identificatienummer)", re.I)
BSN_FORMATTED = re.compile(r"(?<![\d.\-])(\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{9})(?![\d])")
BSN_LABEL = re.compile(r"(bsn|burgerservicenummer|sofi-?nummer|citizen service number)", re.I)
IBAN_LIKE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")

SPECIAL_CATEGORIES: dict[str, tuple[str, ...]] = {
    "health": (
        r"handicap", r"disabilit(?:y|ies)", r"chronic (?:illness|disease)", r"chronische ziekte", r"maladie chronique",
        r"diabet(?:es|ic)", r"diabète", r"epilep(?:sy|sie|tic)", r"burn-?out", r"depressi(?:on|e)", r"dépression",
        r"zwanger(?:schap)?", r"pregnan(?:t|cy)", r"enceinte", r"grossesse", r"arbeidsongeschikt(?:heid)?",
        r"invalidité", r"medical condition", r"medische (?:aandoening|voorgeschiedenis)", r"état de santé",
        r"gezondheidstoestand", r"health condition", r"hiv", r"autis(?:m|me|tisch)", r"adhd", r"dyslex(?:ia|ie)",
    ),
    "religion": (
        r"religion", r"religie", r"godsdienst", r"catholic", r"katholiek", r"catholique", r"muslim", r"moslim",
        r"musulman(?:e)?", r"islam(?:itisch)?", r"jewish", r"joods", r"juif|juive", r"protestant(?:s|e)?",
        r"hindu", r"hindoe", r"buddhist", r"boeddhist", r"bouddhiste", r"mosque", r"moskee", r"mosquée",
        r"synagog(?:ue|e)", r"church member", r"kerklid", r"paroisse",
    ),
    "union": (
        r"trade union", r"labou?r union", r"union member(?:ship)?", r"vakbond(?:slid|safgevaardigde)?", r"syndicat",
        r"syndical(?:e)?", r"délégué syndical", r"abvv", r"acv-?csc", r"aclvb", r"fgtb", r"cgslb", r"fnv",
    ),
    "criminal": (
        r"criminal record", r"convicted", r"conviction", r"strafblad", r"strafregister", r"veroordeeld",
        r"veroordeling", r"casier judiciaire", r"condamn(?:é|ée|ation)", r"detention", r"gevangenis", r"prison",
    ),
    "ethnicity": (r"ethnic(?:ity| origin)", r"etnische afkomst", r"etniciteit", r"origine ethnique", r"race:"),
    "politics": (r"political party", r"politieke partij", r"parti politique", r"party member", r"partijlid"),
    "sexuality": (
        r"sexual orientation", r"seksuele geaardheid", r"orientation sexuelle", r"homosexu(?:al|el|elle)",
        r"homoseksueel", r"lesbian", r"lesbienne", r"lesbisch", r"bisexual", r"biseksueel",
    ),
}
_SPECIAL = {topic: re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.I) for topic, words in SPECIAL_CATEGORIES.items()}


@dataclass
class Span:
    kind: str  # national_number, bsn, iban
    start: int
    end: int
    value: str = field(repr=False)  # the compact number; personal data


@dataclass
class Findings:
    spans: list[Span] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)

    @property
    def national_numbers(self) -> list[str]:
        return [span.value for span in self.spans if span.kind in ("national_number", "bsn")]

    def notices(self, birth_date: str | None = None) -> list[Notice]:
        kinds = {span.kind for span in self.spans}
        notices = [Notice(code) for kind, code in (("national_number", "national-number"), ("bsn", "bsn"), ("iban", "iban")) if kind in kinds]
        if birth_date:
            notices.append(Notice("birth-date"))
        if self.topics:
            notices.append(Notice("special-category", {"topics": list(self.topics)}))
        return notices


def find_sensitive(text: str) -> Findings:
    findings = Findings()
    taken: list[tuple[int, int]] = []

    def add(kind: str, match: re.Match, value: str) -> None:
        start, end = match.span(1)
        if any(start < other_end and other_start < end for other_start, other_end in taken):
            return
        taken.append((start, end))
        findings.spans.append(Span(kind, start, end, value))

    for match in IBAN_LIKE.finditer(text):
        compact = stdnum_iban.compact(match.group(1))
        if stdnum_iban.is_valid(compact, check_country=False):  # the checksum, not the bank registry
            add("iban", match, compact)
    for match in BELGIAN_NN.finditer(text):
        compact = be_nn.compact(match.group(1))
        formatted = not match.group(1).isdigit()
        if be_nn.is_valid(compact) and (formatted or _labelled(text, match.start(1), NN_LABEL)):
            add("national_number", match, compact)
    for match in BSN_FORMATTED.finditer(text):
        compact = nl_bsn.compact(match.group(1))
        if nl_bsn.is_valid(compact) and _labelled(text, match.start(1), BSN_LABEL):
            add("bsn", match, compact)
    findings.spans.sort(key=lambda span: span.start)
    findings.topics = [topic for topic, pattern in _SPECIAL.items() if pattern.search(text)]
    return findings


def _labelled(text: str, start: int, label: re.Pattern) -> bool:
    return bool(label.search(text[max(0, start - 60):start]))


def special_spans(text: str, topics: tuple[str, ...] | list[str]) -> list[Span]:
    """Where the words of the chosen special categories occur (to redact them too)."""
    spans = []
    for topic in topics:
        for match in _SPECIAL[topic].finditer(text):
            spans.append(Span(f"special:{topic}", match.start(), match.end(), match.group(0)))
    return spans


def redact(text: str, findings: Findings, topics: tuple[str, ...] | list[str] = ()) -> str:
    """``text`` with every national number, BSN and IBAN (and the words of the chosen special
    categories) replaced by a marker."""
    pieces, position = [], 0
    for span in sorted(findings.spans + special_spans(text, topics), key=lambda span: span.start):
        if span.start < position:  # overlaps one already replaced
            position = max(position, span.end)
            continue
        pieces.append(text[position:span.start])
        pieces.append(REDACTION)
        position = span.end
    pieces.append(text[position:])
    return "".join(pieces)
