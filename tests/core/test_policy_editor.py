"""Presets described by what they do; the policy as rows, checked in words; worked examples from
the engine; policy files that round-trip and bad files named precisely (all Qt-free)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from recruitdesk import errors, i18n
from recruitdesk.retention.describe import describe_policy
from recruitdesk.retention.facts import NOT_HIRED, RESERVE, SITUATIONS
from recruitdesk.retention.policy import PolicyInvalid
from recruitdesk.retention.presets import PRESETS
from recruitdesk.services import policy_editor as pe
from recruitdesk.services.policy_files import read_policy_file, write_policy_file

DESCRIPTIONS = {
    "nl-ap": "4 weeks after the procedure; 1 year with consent",
    "it1": "4 weeks after the last contact; 12 months with consent",
    "imalink": "1 year after the last contact, with or without consent (no term in the statement)",
    "infosentry": "1 year after the application; 3 years with consent",
    "itzu": "2 years after the last contact, with or without consent; outplacement: 5 years after the start",
    "ictmakers": "6 weeks after the procedure; 1 year with consent",
}
STATEMENTS = {
    "nl-ap": "Guidance of the Dutch Data Protection Authority (autoriteitpersoonsgegevens.nl)",
    "it1": "Privacy statement of IT1 bv (www.it1.be), last changed on 18 June 2019",
    "imalink": "Privacy statement of Imalink NV (DPO@imalink.be), not dated",
    "infosentry": "Privacy statement of Infosentry NV, version of 6 November 2023",
    "itzu": "Privacy statement of ITZU (www.itzu.eu), valid from 25 May 2018",
    "ictmakers": "Privacy statement of ICT Makers (info@ictmakers.nl), not dated",
}


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_each_preset_is_described_by_what_it_does(english, name):
    assert PRESETS[name].description() == DESCRIPTIONS[name]
    assert PRESETS[name].statement_line() == STATEMENTS[name]


def test_the_descriptions_are_different_and_translated():
    assert len({preset.description() for preset in PRESETS.values()}) == len(PRESETS)
    try:
        i18n.set_language("nl")
        assert PRESETS["nl-ap"].description() == "4 weken na de procedure; 1 jaar met toestemming"
        assert PRESETS["it1"].statement_line() == "Privacyverklaring van IT1 bv (www.it1.be), laatst gewijzigd op 18 juni 2019"
        i18n.set_language("fr")
        assert PRESETS["ictmakers"].description() == "6 semaines après la procédure\u00a0; 1 an avec consentement"
        assert PRESETS["itzu"].statement_line() == "Déclaration de confidentialité de la société ITZU (www.itzu.eu), en vigueur depuis le 25 mai 2018"
        assert pe.row_problem(dataclasses.replace(pe.editor_rows(PRESETS["itzu"].policy)[0], amount=0, unit="weeks")) == (
            "La durée doit être d'au moins 1 semaine.")
    finally:
        i18n.set_language("en")


def test_a_description_follows_the_rules_it_describes(english):
    rows = list(pe.editor_rows(PRESETS["ictmakers"].policy))
    rows[0] = dataclasses.replace(rows[0], amount=1, unit="weeks")
    rows[1] = dataclasses.replace(rows[1], max_amount=2, max_unit="years", max_anchor="application")
    assert pe.describe_rows(tuple(rows)) == "1 week after the procedure; 2 years after the application with consent"
    assert describe_policy(pe.policy_of(tuple(rows))) == pe.describe_rows(tuple(rows))


def test_rows_restate_every_preset_and_name_it():
    for name, preset in PRESETS.items():
        rows = pe.editor_rows(preset.policy)
        assert [row.situation for row in rows] == list(pe.SITUATION_ORDER) and set(pe.SITUATION_ORDER) == set(SITUATIONS)
        assert pe.matching_preset(rows) == name
    itzu = pe.editor_rows(PRESETS["itzu"].policy)  # one rule for five situations: five rows
    assert {(row.anchor, row.amount, row.unit) for row in itzu if row.situation != "outplacement"} == {("last_contact", 2, "years")}
    changed = (dataclasses.replace(itzu[0], amount=3),) + itzu[1:]
    assert pe.matching_preset(changed) is None


def test_a_custom_policy_from_rows_gives_the_same_deadlines_as_the_preset(english):
    rows = pe.editor_rows(PRESETS["infosentry"].policy)
    day = dt.date(2026, 3, 3)
    assert [e.due_on for e in pe.examples(rows, day)] == [
        dt.date(2027, 2, 3),  # not hired: 1 year after applying on 3 February 2026
        dt.date(2029, 2, 3),  # reserve: at most 3 years after the application
        dt.date(2026, 9, 3),  # open: 6 months after the last contact (firm default)
        dt.date(2026, 6, 3),  # hired: 3 months after the procedure (firm default)
        dt.date(2027, 3, 3),  # outplacement: 1 year after the last contact (firm default)
        dt.date(2027, 3, 3),  # sourced: 1 year after the last contact (firm default)
    ]
    policy = pe.policy_of(rows)
    assert policy.name == "custom" and [rule.from_statement for rule in policy.rules] == [True, True, False, False, False, False]


def test_examples_are_sentences_with_long_dates(english):
    rows = pe.editor_rows(PRESETS["nl-ap"].policy)
    [first, second, *_] = pe.examples(rows, dt.date(2026, 3, 3))
    assert first.text == "A candidate who applied on 3 February 2026 and was not hired on 3 March 2026 is deleted on 31 March 2026."
    assert second.situation == RESERVE and second.text.endswith("is deleted on 3 March 2027 at the latest.")


def test_a_row_is_checked_in_words(english):
    rows = {row.situation: row for row in pe.editor_rows(PRESETS["nl-ap"].policy)}
    assert pe.row_problem(rows[NOT_HIRED]) is None
    assert pe.row_problem(dataclasses.replace(rows[NOT_HIRED], amount=0, unit="days")) == "The period must be at least 1 day."
    assert pe.row_problem(dataclasses.replace(rows[NOT_HIRED], amount=11, unit="years")) == "The period can be at most 10 years."
    assert pe.row_problem(dataclasses.replace(rows[RESERVE], max_unit=None)) == (
        "Consent period missing for the recruitment reserve: give a period or a maximum.")
    assert pe.row_problem(dataclasses.replace(rows[NOT_HIRED], unit=None)) == "Give a period or a maximum: no candidate may be kept forever."
    assert pe.row_problem(dataclasses.replace(rows[NOT_HIRED], max_amount=2, max_unit="weeks", max_anchor="procedure_end")) == (
        "The maximum must be longer than the period, or it never applies.")
    broken = tuple(dataclasses.replace(row, amount=0) if row.situation == NOT_HIRED else row for row in rows.values())
    with pytest.raises(PolicyInvalid, match="at least 1 week"):
        pe.policy_of(broken)
    assert [e.situation for e in pe.examples(broken, dt.date(2026, 3, 3))] == [s for s in pe.SITUATION_ORDER if s != NOT_HIRED]


def test_editing_a_preset_row_makes_it_the_firms_own():
    preset_row = pe.editor_rows(PRESETS["nl-ap"].policy)[0]
    assert preset_row.from_statement
    assert not pe.edited_row(preset_row, dataclasses.replace(preset_row, amount=5)).from_statement
    assert pe.edited_row(preset_row, dataclasses.replace(preset_row, amount=4, from_statement=False)).from_statement


def test_policy_file_round_trip(tmp_path):
    rows = list(pe.editor_rows(PRESETS["it1"].policy))
    rows[0] = dataclasses.replace(rows[0], amount=25, unit="days", from_statement=False)
    policy = pe.policy_of(tuple(rows))
    path = write_policy_file(tmp_path / "ours.json", policy)
    assert json.loads(path.read_text("utf-8"))["rules"][0]["keep"] == {"anchor": "last_contact", "period": "25 days"}
    read, read_rows = read_policy_file(path)
    assert read == policy and read_rows == tuple(rows)


@pytest.mark.parametrize(("content", "message"), [
    ("{ not json", "is not a policy file: it is not valid JSON (line 1, column 3)"),
    ("[]", "cannot be used: it holds no policy"),
    ('{"rules": []}', "the list of rules (\"rules\") is missing or empty"),
    ('{"rules": [{"situations": ["applicant"], "keep": {"anchor": "application", "period": "4 weeks"}}]}',
     "rule 1 names the situation \"applicant\", which is not one of: outplacement, reserve"),
    ('{"rules": [{"situations": ["not_hired"], "keep": {"anchor": "application", "period": "4 weken"}}]}',
     "rule 1 (period): \"4 weken\" is not written like \"6 weeks\""),
    ('{"rules": [{"situations": ["not_hired"], "keep": {"anchor": "birthday", "period": "4 weeks"}}]}',
     "rule 1 (period) counts from \"birthday\""),
    ('{"rules": [{"situations": ["not_hired"], "maximum": {"anchor": "application", "period": "99 years"}}]}',
     "rule 1 (maximum): \"99 years\" must be from 1 year to 10 years"),
    ('{"rules": [{"situations": ["not_hired"]}]}', "rule 1 keeps data forever"),
    ('{"rules": [{"situations": ["not_hired"], "keep": {"anchor": "application", "period": "4 weeks"}},'
     ' {"situations": ["not_hired"], "keep": {"anchor": "application", "period": "5 weeks"}}]}',
     "it has 2 rules for \"Not hired\"; keep one rule per situation"),
])
def test_a_bad_policy_file_is_named_precisely(english, tmp_path, content, message):
    path = tmp_path / "policy.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises((errors.PolicyFileNotJson, errors.PolicyFileInvalid)) as raised:
        read_policy_file(path)
    assert message in raised.value.message() and str(path) in raised.value.message()
    assert raised.value.message().endswith("Nothing was changed.")


def test_a_missing_policy_file_is_unreadable(english, tmp_path):
    with pytest.raises(errors.PolicyFileUnreadable) as raised:
        read_policy_file(tmp_path / "gone.json")
    assert "cannot be read" in raised.value.message()
