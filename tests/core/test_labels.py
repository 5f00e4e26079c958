"""Every stored code a user can see has a word in English, Dutch and French (issue 18)."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from recruitdesk import demo, i18n, labels
from recruitdesk.exporting import labels as export_labels
from recruitdesk.retention.facts import SITUATIONS
from recruitdesk.services import candidates, erasure, rights_requests

CODE_SETS = labels.code_sets()


def _catalog(language: str) -> dict[str, dict[str, str]]:
    text = resources.files("recruitdesk.locale").joinpath(f"recruitdesk_{language}.json").read_text("utf-8")
    return json.loads(text)


@pytest.fixture
def language():
    yield
    i18n.set_language("en")


@pytest.mark.parametrize("kind", sorted(CODE_SETS))
def test_every_code_has_an_english_word(kind):
    code_set = CODE_SETS[kind]
    assert code_set.codes, kind
    missing = [code for code in code_set.codes if code not in code_set.words]
    assert missing == [], f"{kind}: no word for {missing}"
    for code in code_set.codes:
        assert labels.label(kind, code) == code_set.words[code]


@pytest.mark.parametrize("lang", ["nl", "fr"])
@pytest.mark.parametrize("kind", sorted(CODE_SETS))
def test_every_code_has_a_dutch_and_a_french_word(kind, lang, language):
    code_set = CODE_SETS[kind]
    catalog = _catalog(lang).get(code_set.context, {})
    untranslated = [code for code in code_set.codes if not catalog.get(code_set.words[code])]
    assert untranslated == [], f"{kind} in {lang}: no translation for {untranslated}"
    i18n.set_language(lang)
    for code in code_set.codes:
        word = labels.label(kind, code)
        assert word == catalog[code_set.words[code]]
        assert word != code


def test_the_candidate_pane_word_for_sourced_is_dutch(language):
    i18n.set_language("nl")
    assert labels.label("source", "sourced") == "Zelf benaderd"
    assert labels.label("source", "referral") == "Doorverwijzing"


def test_the_code_sets_cover_every_code_the_core_stores():
    assert set(SITUATIONS) <= set(CODE_SETS["situation"].codes)
    assert rights_requests.RESTRICTED in CODE_SETS["situation"].codes
    assert tuple(candidates.OUTCOMES) == CODE_SETS["outcome"].codes
    assert tuple(erasure.REASONS) == CODE_SETS["erasure_reason"].codes
    assert set(demo.SOURCES) <= set(CODE_SETS["source"].codes)
    for kind in ("source", "situation", "outcome"):
        assert set(export_labels.CODES[kind]) <= set(CODE_SETS[kind].codes), kind


def test_an_unknown_code_is_shown_as_it_is():
    assert labels.label("source", "carrier_pigeon") == "carrier_pigeon"
    assert labels.label("source", None) == ""
    assert labels.choices("outcome")[0] == ("open", "Procedure open")
