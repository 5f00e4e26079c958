"""The retention engine against the statements' own words, calendar edge cases, and properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given, settings, strategies as st

from recruitdesk import i18n
from recruitdesk.retention import engine
from recruitdesk.retention.explain import explain
from recruitdesk.retention.facts import CandidateFacts, ConsentFacts, ProcedureFacts
from recruitdesk.retention.periods import Period, add_months
from recruitdesk.retention.policy import Limit, Policy, PolicyInvalid, Rule
from recruitdesk.retention.presets import PRESETS

D = dt.date


def not_hired(applied: dt.date, ended: dt.date, last_contact: dt.date | None = None, consents=()) -> CandidateFacts:
    return CandidateFacts(created_on=applied, applied_on=applied, last_contact_on=last_contact or ended,
                          procedures=(ProcedureFacts("not_hired", applied, ended),), consents=tuple(consents))


def reserve(given: dt.date, withdrawn: dt.date | None = None) -> ConsentFacts:
    return ConsentFacts("recruitment_reserve", given, withdrawn_on=withdrawn)


def status(preset: str, facts: CandidateFacts, today: dt.date) -> engine.RetentionStatus:
    return engine.evaluate(facts, PRESETS[preset].policy, today)


# --- worked examples, one or more per statement ------------------------------------------------
def test_it1_not_hired_four_weeks_after_last_contact():
    # "maximaal 4 weken bewaard na het laatste contact": last contact 10 Jan -> 7 Feb.
    s = status("it1", not_hired(D(2025, 12, 1), D(2026, 1, 5), last_contact=D(2026, 1, 10)), D(2026, 1, 20))
    assert (s.kind, s.due_on) == (engine.DUE, D(2026, 2, 7))
    assert explain(s) == "4 weeks after the last contact on 10 January 2026 — IT1 policy"


def test_it1_recruitment_reserve_twelve_months_after_last_contact():
    facts = not_hired(D(2025, 12, 1), D(2026, 1, 5), last_contact=D(2026, 1, 10), consents=[reserve(D(2026, 1, 10))])
    s = status("it1", facts, D(2026, 1, 20))
    assert (s.kind, s.due_on, s.situation) == (engine.DUE, D(2027, 1, 10), "reserve")


def test_ictmakers_six_weeks_after_end_of_procedure():
    s = status("ictmakers", not_hired(D(2026, 1, 12), D(2026, 3, 3)), D(2026, 3, 10))
    assert s.due_on == D(2026, 4, 14)
    assert explain(s) == "6 weeks after the end of the procedure on 3 March 2026 — ICT Makers policy"


def test_ictmakers_consent_keeps_at_most_one_year_after_end_of_procedure():
    facts = not_hired(D(2026, 1, 12), D(2026, 3, 3), consents=[reserve(D(2026, 3, 3))])
    s = status("ictmakers", facts, D(2026, 3, 10))
    assert s.due_on == D(2027, 3, 3)
    assert explain(s) == "At most 1 year after the end of the procedure on 3 March 2026 — ICT Makers policy"


def test_infosentry_not_retained_one_year_after_application():
    s = status("infosentry", not_hired(D(2026, 2, 14), D(2026, 4, 1)), D(2026, 4, 2))
    assert s.due_on == D(2027, 2, 14)


def test_infosentry_reserve_until_withdrawal_at_most_three_years_after_application():
    facts = not_hired(D(2026, 2, 14), D(2026, 4, 1), consents=[reserve(D(2026, 4, 1))])
    assert status("infosentry", facts, D(2026, 4, 2)).due_on == D(2029, 2, 14)
    withdrawn = not_hired(D(2026, 2, 14), D(2026, 4, 1), consents=[reserve(D(2026, 4, 1), withdrawn=D(2027, 6, 1))])
    s = status("infosentry", withdrawn, D(2027, 6, 1))
    # The 1-year clock had run out; withdrawal makes the data due at once.
    assert (s.kind, s.due_on) == (engine.DUE, D(2027, 6, 1))
    assert explain(s).startswith("Consent for the recruitment reserve ended on 1 June 2027: delete without delay")
    assert status("infosentry", withdrawn, D(2027, 6, 2)).kind == engine.OVERDUE


def test_itzu_two_years_after_last_contact_and_outplacement_five_years_from_start():
    s = status("itzu", not_hired(D(2026, 1, 5), D(2026, 2, 1), last_contact=D(2026, 5, 20)), D(2026, 6, 1))
    assert s.due_on == D(2028, 5, 20)
    open_procedure = CandidateFacts(created_on=D(2026, 1, 5), applied_on=D(2026, 1, 5), last_contact_on=D(2026, 1, 5),
                                    procedures=(ProcedureFacts("open", D(2026, 1, 5)),))
    assert status("itzu", open_procedure, D(2026, 6, 1)).due_on == D(2028, 1, 5)
    outplacement = CandidateFacts(created_on=D(2026, 3, 1), applied_on=D(2026, 3, 1), source="outplacement", last_contact_on=D(2026, 9, 1))
    assert status("itzu", outplacement, D(2026, 9, 2)).due_on == D(2031, 3, 1)  # start not recorded: the application
    started = CandidateFacts(**{**outplacement.__dict__, "outplacement_started_on": D(2026, 4, 15)})
    s = status("itzu", started, D(2026, 9, 2))
    assert s.due_on == D(2031, 4, 15)
    assert explain(s) == "5 years after the start of the outplacement on 15 April 2026 — ITZU policy"


def test_nl_ap_four_weeks_after_procedure_one_year_with_consent():
    assert status("nl-ap", not_hired(D(2026, 5, 1), D(2026, 6, 10)), D(2026, 6, 11)).due_on == D(2026, 7, 8)
    with_consent = not_hired(D(2026, 5, 1), D(2026, 6, 10), consents=[reserve(D(2026, 6, 10))])
    assert status("nl-ap", with_consent, D(2026, 6, 11)).due_on == D(2027, 6, 10)


def test_imalink_has_only_a_firm_rule_and_says_so():
    s = status("imalink", not_hired(D(2026, 1, 5), D(2026, 2, 1)), D(2026, 2, 2))
    assert s.due_on == D(2027, 2, 1)
    assert explain(s).endswith("(the firm's own rule: the statement sets no term)")


def test_an_open_procedure_gets_the_firm_default_and_activity_moves_it():
    facts = not_hired(D(2026, 1, 5), D(2026, 2, 1))
    assert status("nl-ap", facts, D(2026, 2, 2)).kind == engine.DUE
    reopened = CandidateFacts(created_on=facts.created_on, applied_on=facts.applied_on, last_contact_on=D(2026, 2, 20),
                              procedures=facts.procedures + (ProcedureFacts("open", D(2026, 2, 20)),))
    s = status("nl-ap", reopened, D(2026, 3, 30))
    assert (s.kind, s.due_on, s.rule_id) == (engine.DUE, D(2026, 8, 20), "open_default")
    assert explain(s) == ("6 months after the last contact on 20 February 2026 — Dutch DPA guidance policy "
                          "(the firm's own rule: the statement sets no term)")
    later_contact = CandidateFacts(**{**reopened.__dict__, "last_contact_on": D(2026, 5, 4)})
    assert status("nl-ap", later_contact, D(2026, 5, 5)).due_on == D(2026, 11, 4)


def test_new_contact_moves_a_last_contact_clock():
    before = status("it1", not_hired(D(2026, 1, 5), D(2026, 2, 1)), D(2026, 2, 2))
    after = status("it1", not_hired(D(2026, 1, 5), D(2026, 2, 1), last_contact=D(2026, 2, 20)), D(2026, 2, 21))
    assert (before.due_on, after.due_on) == (D(2026, 3, 1), D(2026, 3, 20))


def test_legal_hold_suspends_and_extension_needs_a_later_date():
    held = CandidateFacts(**{**not_hired(D(2026, 1, 5), D(2026, 2, 1)).__dict__, "legal_hold_reason": "Labour court case 2026/17"})
    s = status("nl-ap", held, D(2027, 1, 1))
    assert (s.kind, s.due_on) == (engine.LEGAL_HOLD, None)
    assert explain(s) == "On legal hold: Labour court case 2026/17"
    extended = CandidateFacts(**{**not_hired(D(2026, 1, 5), D(2026, 2, 1)).__dict__, "extended_until": D(2026, 5, 1), "extension_reason": "Client asked to reconsider"})
    s = status("nl-ap", extended, D(2026, 3, 10))
    assert (s.kind, s.due_on, s.computed_due_on) == (engine.EXTENDED, D(2026, 5, 1), D(2026, 3, 1))


def test_explanations_are_translated():
    s = status("ictmakers", not_hired(D(2026, 1, 12), D(2026, 3, 3)), D(2026, 3, 10))
    i18n.set_language("nl")
    dutch = explain(s)
    i18n.set_language("fr")
    french = explain(s)
    assert "maart" in dutch and "mars" in french
    assert dutch != french


# --- calendar edge cases -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "start, period, expected",
    [
        (D(2026, 1, 31), Period(1, "months"), D(2026, 2, 28)),
        (D(2028, 1, 31), Period(1, "months"), D(2028, 2, 29)),
        (D(2028, 2, 29), Period(1, "years"), D(2029, 2, 28)),
        (D(2028, 2, 29), Period(4, "years"), D(2032, 2, 29)),
        (D(2026, 12, 10), Period(4, "weeks"), D(2027, 1, 7)),
        (D(2026, 12, 31), Period(12, "months"), D(2027, 12, 31)),
        (D(2026, 8, 31), Period(6, "months"), D(2027, 2, 28)),
        (D(2026, 3, 28), Period(1, "weeks"), D(2026, 4, 4)),  # across the spring DST change
        (D(2026, 10, 24), Period(2, "days"), D(2026, 10, 26)),  # across the autumn DST change
    ],
)
def test_calendar_arithmetic(start, period, expected):
    assert period.after(start) == expected


def test_periods_are_bounded():
    for bad in [(0, "weeks"), (-1, "days"), (11, "years"), (5, "fortnights"), (True, "days")]:
        with pytest.raises(ValueError):
            Period(*bad)


def test_policies_round_trip_and_invalid_ones_are_refused():
    for preset in PRESETS.values():
        assert Policy.from_json(preset.policy.to_json()) == preset.policy
    for broken in ['{"name": "x"}', "not json", '{"name":"x","title":"x","rules":[{"id":"a","situations":["alien"],"keep":{"anchor":"last_contact","period":"1 weeks"}}]}',
                   '{"name":"x","title":"x","rules":[{"id":"a","situations":["not_hired"],"keep":null}]}',
                   '{"name":"x","title":"x","rules":[{"id":"a","situations":["not_hired"],"keep":{"anchor":"birthday","period":"1 weeks"}}]}']:
        with pytest.raises(PolicyInvalid):
            Policy.from_json(broken)


# --- properties --------------------------------------------------------------------------------
dates = st.dates(min_value=D(2020, 1, 1), max_value=D(2030, 12, 31))
periods = st.builds(Period, st.integers(1, 10), st.sampled_from(["days", "weeks", "months", "years"]))


@st.composite
def candidate_facts(draw):
    applied = draw(dates)
    ended = applied + dt.timedelta(days=draw(st.integers(0, 400)))
    outcome = draw(st.sampled_from(["open", "hired", "not_hired", "withdrawn"]))
    consents = ()
    if draw(st.booleans()):
        given = ended + dt.timedelta(days=draw(st.integers(0, 30)))
        withdrawn = given + dt.timedelta(days=draw(st.integers(1, 800))) if draw(st.booleans()) else None
        consents = (ConsentFacts("recruitment_reserve", given, withdrawn_on=withdrawn),)
    return CandidateFacts(
        created_on=applied, applied_on=applied,
        last_contact_on=ended + dt.timedelta(days=draw(st.integers(0, 60))),
        source=draw(st.sampled_from(["application", "sourced", "outplacement"])),
        procedures=(ProcedureFacts(outcome, applied, None if outcome == "open" else ended),),
        consents=consents,
    )


@given(st.sampled_from(list(PRESETS)), candidate_facts(), st.integers(0, 2000))
@settings(max_examples=400)
def test_a_deadline_never_precedes_its_anchor(preset, facts, offset):
    today = facts.created_on + dt.timedelta(days=offset)
    s = engine.evaluate(facts, PRESETS[preset].policy, today)
    if s.binding is not None:
        # After consent ended, the clock counts from that day ("delete without delay").
        anchor = s.consent_ended_on or s.binding.anchor_date
        assert s.due_on >= anchor
        assert s.due_on >= facts.created_on


@given(st.sampled_from(list(PRESETS)), candidate_facts(), st.integers(1, 900), st.integers(0, 900))
@settings(max_examples=400)
def test_withdrawing_consent_never_extends_retention(preset, facts, withdraw_after, look_after):
    given_on = facts.procedures[0].ended_on or facts.applied_on
    consenting = CandidateFacts(**{**facts.__dict__, "consents": (ConsentFacts("recruitment_reserve", given_on),)})
    withdrawal = given_on + dt.timedelta(days=withdraw_after)
    withdrawn = CandidateFacts(**{**facts.__dict__, "consents": (ConsentFacts("recruitment_reserve", given_on, withdrawn_on=withdrawal),)})
    today = withdrawal + dt.timedelta(days=look_after)
    with_consent = engine.evaluate(consenting, PRESETS[preset].policy, today)
    after_withdrawal = engine.evaluate(withdrawn, PRESETS[preset].policy, today)
    if with_consent.due_on is None:
        return
    assert after_withdrawal.due_on is not None and after_withdrawal.due_on <= with_consent.due_on


@given(candidate_facts(), st.lists(st.tuples(periods, st.sampled_from(["application", "last_contact", "procedure_end"])), min_size=1, max_size=4),
       st.integers(0, 1000))
@settings(max_examples=300)
def test_the_earliest_binding_deadline_wins(facts, limits, offset):
    situations = ("not_hired", "reserve", "procedure_open", "hired", "sourced", "outplacement")
    rules = tuple(Rule(f"r{i}", situations, Limit(anchor, period)) for i, (period, anchor) in enumerate(limits))
    policy = Policy("custom", "Custom", rules)
    today = facts.created_on + dt.timedelta(days=offset)
    assume(not facts.consents)
    s = engine.evaluate(facts, policy, today)
    every = [engine.anchor_date(rule.keep.anchor, facts, None) for rule in rules]
    expected = min(rule.keep.period.after(anchor) for rule, anchor in zip(rules, every, strict=True))
    assert s.due_on == expected
    assert s.kind == (engine.OVERDUE if expected < today else engine.DUE)


@given(dates, st.integers(1, 120))
def test_adding_months_clamps_and_never_goes_backwards(start, months):
    result = add_months(start, months)
    assert result > start
    assert result.day == start.day or result.day < start.day and (result + dt.timedelta(days=1)).day == 1


def _stored_part(s: engine.RetentionStatus) -> tuple:
    """What the countdown row keeps (and the daily check must keep right): not the overdue flag."""
    return (s.due_on, s.rule_id, s.situation, s.consent_ended_on, s.kind == engine.LEGAL_HOLD)


@given(st.sampled_from(list(PRESETS)), candidate_facts(), st.integers(-60, 1500))
@settings(max_examples=400)
def test_nothing_stored_changes_before_the_next_transition_day(preset, facts, offset):
    """The daily check re-evaluates a candidate only on its next transition day: every day
    before it must give the same countdown, and the day itself is the first that may not."""
    policy = PRESETS[preset].policy
    today = facts.created_on + dt.timedelta(days=offset)
    first = engine.evaluate(facts, policy, today)
    following = engine.next_change(facts, today)
    last_day = following - dt.timedelta(days=1) if following else today + dt.timedelta(days=1500)
    assert following is None or following > today
    day = today
    while day <= last_day:
        assert _stored_part(engine.evaluate(facts, policy, day)) == _stored_part(first), day
        day += dt.timedelta(days=17 if day + dt.timedelta(days=17) <= last_day else 1)


def test_a_future_consent_date_is_the_next_transition():
    facts = not_hired(D(2026, 1, 5), D(2026, 2, 1), consents=(reserve(D(2026, 3, 1), withdrawn=D(2026, 9, 1)),))
    assert engine.next_change(facts, D(2026, 2, 10)) == D(2026, 3, 1)
    assert engine.next_change(facts, D(2026, 3, 1)) == D(2026, 9, 1)
    assert engine.next_change(facts, D(2026, 9, 1)) is None
    before, on = (status("nl-ap", facts, day) for day in (D(2026, 2, 28), D(2026, 3, 1)))
    assert before.situation != on.situation  # the transition is real: the reserve starts that day
