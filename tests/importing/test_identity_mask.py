"""The blind review's masking: every identifying field of the synthetic Dutch and French CVs,
plus birth date, age, gender words and nationality, is gone from the text a reviewer sees,
while the experience and skills stay."""

from __future__ import annotations

import random
import re

import pytest

from recruitdesk.importing import identity_mask
from recruitdesk.services.blind_review import mask_cv_text
from tests.importing.synthetic_cvs import LAYOUTS, cv_blocks, make_person

EXTRA = {
    "nl": ["Geboortedatum: 14/02/1991", "Leeftijd: 35 jaar", "Geslacht: vrouw", "Nationaliteit: Belgische",
           "Mevrouw {first} {last}, 35 jaar oud. Zij zoekt een nieuwe uitdaging; hij niet."],
    "fr": ["Date de naissance : 14 février 1991", "Âge : 35 ans", "Sexe : femme", "Nationalité : belge",
           "Madame {first} {last}, âgée de 35 ans, de nationalité belge. Elle cherche un nouveau défi. M. Dupont non."],
}
FORBIDDEN_WORDS = {
    "nl": ["14/02/1991", "35 jaar", "vrouw", "Belgische", "Mevrouw", "Zij", "hij"],
    "fr": ["14 février 1991", "35 ans", "femme", "belge", "Madame", "Elle", "M. Dupont"],
}


def _cvs(count: int = 24):
    rng = random.Random(5)
    for number in range(count):
        language = "nl" if number % 2 == 0 else "fr"
        person = make_person(rng, language)
        main, sidebar, header = cv_blocks(rng, person, LAYOUTS[(number // 2) % len(LAYOUTS)])
        extra = [line.format(first=person.first, last=person.last) for line in EXTRA[language]]
        lines = ([header] if header else []) + main[:1] + extra + main[1:] + sidebar
        yield person, "\n".join(lines)


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


@pytest.mark.parametrize("index", range(24))
def test_every_identity_field_of_the_synthetic_cvs_is_masked(index):
    person, text = list(_cvs())[index]
    masked, _sections_only = mask_cv_text(text, [person.name], [person.city])
    whole = identity_mask.masked(text, identity_mask.identity_spans(text, [person.name], [person.city]), {})
    for shown in (masked, whole):
        folded = identity_mask.fold(shown)
        for word in [person.first] + [w for w in person.last.split() if w.lower() not in ("van", "den", "de", "der")]:
            assert not re.search(r"(?<!\w)" + re.escape(identity_mask.fold(word)) + r"(?!\w)", folded), (word, shown)
        assert person.email not in shown
        assert person.linkedin.rsplit("/", 1)[-1] not in shown
        assert person.street not in shown and person.postcode not in shown and person.city not in shown
        # the phone's digits appear nowhere, however it was printed
        assert _digits(person.phone_printed)[-7:] not in _digits(shown)
        for word in FORBIDDEN_WORDS[person.language]:
            assert not re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", shown), (word, shown)
    # what the reviewer judges is still there
    assert ("Werkervaring" in masked and "planning" in masked) if person.language == "nl" else \
        ("Expérience professionnelle" in masked and "planning" in masked)


def test_only_experience_and_skills_sections_are_shown():
    text = ("An Peeters\nProfiel\nGemotiveerd.\nWerkervaring\n2018 - heden: boekhouder bij een kmo\n"
            "Opleiding\nBachelor, Hogeschool Gent (2014 - 2017)\nVaardigheden\nExcel, SAP\nHobby's\nvoetbal")
    masked, sections_only = mask_cv_text(text, ["An Peeters"])
    assert sections_only
    assert masked.splitlines() == ["Werkervaring", "2018 - heden: boekhouder bij een kmo", "Vaardigheden", "Excel, SAP"]
    # years of experience and study are not mistaken for a phone number or a date
    assert "2018 - heden" in masked
    whole = identity_mask.masked(text, identity_mask.identity_spans(text, ["An Peeters"]), {})
    assert "(2014 - 2017)" in whole


def test_without_headings_the_whole_masked_text_is_shown():
    masked, sections_only = mask_cv_text("Sam Taylor, he/him, sam@example.com, +32 470 12 34 56. Ten years of Python.",
                                         ["Sam Taylor"])
    assert not sections_only
    assert masked == "[name] [name], […]/[…], [e-mail], [phone]. Ten years of Python."


def test_a_number_ending_a_line_does_not_take_the_heading_below_it_for_a_town():
    """An IBAN's last group, then "Werkervaring" on the next line: the heading stays, so the experience is shown."""
    text = "Rekeningnummer: BE21 0012 3456 7803\nWerkervaring\n2015 - heden: boekhouder bij een kmo.\nOpleiding\nBachelor"
    shown, sections_only = mask_cv_text(text, ["Griet Peeters"])
    assert sections_only and shown.splitlines() == ["Werkervaring", "2015 - heden: boekhouder bij een kmo."]
