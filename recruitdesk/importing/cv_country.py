"""Which countries a CV's own contact block points to, so its phone numbers can be read there too.

A number written without a country code ("211-9999999", "06 12 34 56 78") means nothing until
you know where it is dialled. The firm's country is tried first (``identifiers.firm_regions``);
when the number is not valid there, the countries the CV itself names are tried next: a postcode
with a country prefix ("GR-11256", "F-75001", "D-10115"), a country written out in the first lines
of the CV in English, Dutch, French or its own language, or a script only one country writes
(Greek). A number must still be valid in that country, so a guess never turns a year or an
account number into a phone.
"""

from __future__ import annotations

import re
import unicodedata

# The prefixes Europe's postal services used before postcodes became national (the vehicle codes),
# and the two-letter ISO codes CVs use instead; only the countries a Benelux recruiter commonly sees.
POSTCODE_PREFIXES = {
    "B": "BE", "BE": "BE", "NL": "NL", "L": "LU", "LU": "LU", "F": "FR", "FR": "FR", "D": "DE", "DE": "DE",
    "A": "AT", "AT": "AT", "CH": "CH", "I": "IT", "IT": "IT", "E": "ES", "ES": "ES", "P": "PT", "PT": "PT",
    "GR": "GR", "PL": "PL", "CZ": "CZ", "RO": "RO", "BG": "BG", "HU": "HU", "SK": "SK", "SI": "SI", "HR": "HR",
    "DK": "DK", "S": "SE", "SE": "SE", "N": "NO", "NO": "NO", "FI": "FI", "IRL": "IE", "IE": "IE",
    "GB": "GB", "UK": "GB", "LT": "LT", "LV": "LV", "EE": "EE", "TR": "TR", "MA": "MA",
}
POSTCODE_WITH_PREFIX = re.compile(r"(?<![\w-])([A-Z]{1,3})[-\u2010-\u2015]\d{4,5}(?![\w])")

# Country names as CVs write them (folded: lower case, no accents), in English, Dutch, French and
# the country's own languages; alternatives separated by |.
COUNTRY_NAMES = {
    "BE": "belgium|belgie|belgique|belgien",
    "NL": "netherlands|nederland|pays-bas|pays bas|holland",
    "LU": "luxembourg|luxemburg|letzebuerg",
    "FR": "france|frankrijk|frankreich",
    "DE": "germany|duitsland|allemagne|deutschland",
    "AT": "austria|oostenrijk|autriche|osterreich",
    "CH": "switzerland|zwitserland|suisse|schweiz|svizzera",
    "IT": "italy|italie|italia",
    "ES": "spain|spanje|espagne|espana",
    "PT": "portugal",
    "GR": "greece|griekenland|grece|ελλαδα",
    "PL": "poland|polen|pologne|polska",
    "RO": "romania|roemenie|roumanie",
    "BG": "bulgaria|bulgarije|bulgarie",
    "CZ": "czech republic|czechia|tsjechie|republique tcheque|cesko",
    "HU": "hungary|hongarije|hongrie|magyarorszag",
    "GB": "united kingdom|verenigd koninkrijk|royaume-uni|royaume uni|england|scotland|wales",
    "IE": "ireland|ierland|irlande",
    "DK": "denmark|denemarken|danemark|danmark",
    "SE": "sweden|zweden|suede|sverige",
    "TR": "turkey|turkije|turquie|turkiye",
    "MA": "morocco|marokko|maroc",
}
CONTACT_LINES = 20  # the contact block; a country named in the work history says where they worked
POSTCODE_LIKE = re.compile(r"(?<![\w-])\d{4,5}(?:\s?[A-Z]{2})?(?![\w-])")
GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


_PATTERNS = {
    region: re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(name) for name in names.split("|")) + r")(?![\w-])")
    for region, names in COUNTRY_NAMES.items()
}


def countries_named(lines: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(address countries, other countries) the CV's contact block points to, in order.

    An address is strong evidence: a postcode with a country prefix, or a country name on a line
    that also holds a postcode-like number. A country named alone ("studied in Lille, France") or
    the Greek script is weak evidence: it only rescues numbers the firm's countries cannot read."""
    strong: list[str] = []
    weak: list[str] = []
    for line in lines[:CONTACT_LINES]:
        for match in POSTCODE_WITH_PREFIX.finditer(line):
            region = POSTCODE_PREFIXES.get(match.group(1))
            if region and region not in strong:
                strong.append(region)
        folded = _fold(line)
        with_postcode = bool(POSTCODE_LIKE.search(line))
        for region, pattern in _PATTERNS.items():
            if pattern.search(folded):
                (strong if with_postcode else weak).append(region)
    if any(GREEK.search(line) for line in lines[:CONTACT_LINES]):
        weak.append("GR")
    strong = list(dict.fromkeys(strong))
    return tuple(strong), tuple(region for region in dict.fromkeys(weak) if region not in strong)


def phone_regions(lines: list[str], firm_regions: tuple[str, ...]) -> tuple[str, ...]:
    """Where a number without a country code is read, in order: the country of the CV's own
    address, then the firm's countries, then countries the CV only mentions."""
    strong, weak = countries_named(lines)
    ordered = [*strong, *firm_regions, *weak]
    return tuple(dict.fromkeys(ordered))
