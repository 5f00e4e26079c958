"""No candidate without a deadline: worked examples per preset, and a property over every preset
and every reachable combination of facts.

Each worked example quotes the sentence of the firm's statement it follows or, where the
statement is silent, names the firm default (marked as the firm's own rule in the explanation).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from recruitdesk.retention import engine
from recruitdesk.retention.defaults import FALLBACK_RULES
from recruitdesk.retention.explain import explain
from recruitdesk.retention.facts import SITUATIONS, CandidateFacts, ConsentFacts, ProcedureFacts
from recruitdesk.retention.periods import Period
from recruitdesk.retention.policy import Limit, Policy, Rule
from recruitdesk.retention.presets import PRESETS

D = dt.date
FIRM_RULE = " (the firm's own rule: the statement sets no term)"
TITLES = {"nl-ap": "Dutch DPA guidance", "it1": "IT1", "imalink": "Imalink", "infosentry": "Infosentry", "itzu": "ITZU", "ictmakers": "ICT Makers"}

OPEN = CandidateFacts(created_on=D(2026, 1, 5), applied_on=D(2026, 1, 5), last_contact_on=D(2026, 2, 10),
                      procedures=(ProcedureFacts("open", D(2026, 1, 5)),))
HIRED = CandidateFacts(created_on=D(2026, 1, 5), applied_on=D(2026, 1, 5), last_contact_on=D(2026, 3, 2),
                       procedures=(ProcedureFacts("hired", D(2026, 1, 5), D(2026, 3, 2)),))
OUTPLACEMENT = CandidateFacts(created_on=D(2026, 1, 5), source="outplacement", last_contact_on=D(2026, 9, 1),
                              outplacement_started_on=D(2026, 2, 1))

# Firm defaults (recruitdesk.retention.defaults), for every statement that is silent:
OPEN_DEFAULT = ("open_default", D(2026, 8, 10), "6 months after the last contact on 10 February 2026")
HIRED_DEFAULT = ("hired_default", D(2026, 6, 2), "3 months after the end of the procedure on 2 March 2026")
OUTPLACEMENT_DEFAULT = ("outplacement_default", D(2027, 9, 1), "1 year after the last contact on 1 September 2026")
# ITZU: "Binnen het kader van werving en selectie houden wij uw Persoonsgegevens bij tot twee jaar na het laatste contact."
ITZU_RECRUITMENT_QUOTE = "tot twee jaar na het laatste contact"
# ITZU: "Binnen het kader van outplacement en loopbaanbegeleiding zijn we ... uw Persoonsgegevens 5 jaar bij te houden vanaf opstart."
ITZU_OUTPLACEMENT_QUOTE = "5 jaar bij te houden vanaf opstart"

EXAMPLES = [
    *[(preset, "open", OPEN, *OPEN_DEFAULT, None) for preset in ("nl-ap", "it1", "imalink", "infosentry", "ictmakers")],
    ("itzu", "open", OPEN, "recruitment", D(2028, 2, 10), "2 years after the last contact on 10 February 2026", ITZU_RECRUITMENT_QUOTE),
    *[(preset, "hired", HIRED, *HIRED_DEFAULT, None) for preset in ("nl-ap", "it1", "imalink", "infosentry", "ictmakers")],
    ("itzu", "hired", HIRED, "recruitment", D(2028, 3, 2), "2 years after the last contact on 2 March 2026", ITZU_RECRUITMENT_QUOTE),
    *[(preset, "outplacement", OUTPLACEMENT, *OUTPLACEMENT_DEFAULT, None) for preset in ("nl-ap", "it1", "imalink", "infosentry", "ictmakers")],
    ("itzu", "outplacement", OUTPLACEMENT, "outplacement", D(2031, 2, 1), "5 years after the start of the outplacement on 1 February 2026",
     ITZU_OUTPLACEMENT_QUOTE),
]


@pytest.mark.parametrize("preset, case, facts, rule_id, due_on, reason, quote", EXAMPLES,
                         ids=[f"{e[0]}-{e[1]}" for e in EXAMPLES])
def test_worked_examples_for_open_hired_and_outplacement(preset, case, facts, rule_id, due_on, reason, quote):
    s = engine.evaluate(facts, PRESETS[preset].policy, D(2026, 3, 10))
    assert (s.kind, s.rule_id, s.due_on) == (engine.DUE, rule_id, due_on)
    expected = f"{reason} — {TITLES[preset]} policy"
    if quote is None:  # the statement is silent: a firm default, and the explanation says so
        assert not s.binding.rule.from_statement
        expected += FIRM_RULE
    else:
        assert s.binding.rule.from_statement
        assert quote in PRESETS[preset].quotes[rule_id]
    assert explain(s) == expected


def test_every_preset_names_a_rule_for_every_situation():
    for name, preset in PRESETS.items():
        covered = {situation for rule in preset.policy.rules for situation in rule.situations}
        assert covered == set(SITUATIONS), name


def test_a_custom_policy_that_leaves_a_situation_out_falls_back_on_the_firm_default():
    policy = Policy("custom", "Custom", (Rule("only_not_hired", ("not_hired",), Limit("last_contact", Period(2, "weeks"))),))
    s = engine.evaluate(HIRED, policy, D(2026, 3, 10))
    assert (s.rule_id, s.due_on) == ("hired_default", D(2026, 6, 2))
    assert explain(s).endswith(FIRM_RULE)
    assert set(FALLBACK_RULES) == set(SITUATIONS)


def test_the_outplacement_clock_counts_from_its_own_start_not_the_application():
    facts = CandidateFacts(created_on=D(2025, 6, 1), applied_on=D(2025, 6, 1), source="outplacement",
                           last_contact_on=D(2025, 6, 1), outplacement_started_on=D(2025, 11, 3))
    assert engine.evaluate(facts, PRESETS["itzu"].policy, D(2026, 1, 1)).due_on == D(2030, 11, 3)


# --- the property ------------------------------------------------------------------------------
days = st.dates(min_value=D(2018, 1, 1), max_value=D(2032, 12, 31))
optional_days = st.none() | days


@st.composite
def procedures(draw):
    outcome = draw(st.sampled_from(["open", "hired", "not_hired", "withdrawn"]))
    applied = draw(optional_days)
    ended = None if outcome == "open" else draw(optional_days)
    return ProcedureFacts(outcome, applied, ended)


@st.composite
def consents(draw):
    given = draw(days)
    after = st.builds(lambda n: given + dt.timedelta(days=n), st.integers(0, 2000))
    return ConsentFacts(draw(st.sampled_from(["recruitment_reserve", "share_with_clients"])), given,
                        withdrawn_on=draw(st.none() | after), expires_on=draw(st.none() | after))


@st.composite
def any_facts(draw):
    """Every combination the app can store: any source, any procedures (none, open, closed,
    several), consents given, withdrawn or expired, missing dates, a hold, an extension."""
    hold = draw(st.none() | st.sampled_from(["Labour court case 2026/17", "Inspection by the social inspectorate"]))
    extended = draw(st.none() | days)
    return CandidateFacts(
        created_on=draw(days),
        source=draw(st.sampled_from(["application", "job_site", "referral", "sourced", "outplacement"])),
        applied_on=draw(optional_days),
        last_contact_on=draw(optional_days),
        procedures=tuple(draw(st.lists(procedures(), max_size=3))),
        consents=tuple(draw(st.lists(consents(), max_size=2))),
        legal_hold_reason=hold,
        extended_until=extended,
        extension_reason="Client asked to reconsider" if extended else None,
        outplacement_started_on=draw(optional_days),
    )


@given(st.sampled_from(list(PRESETS)), any_facts(), days)
@settings(max_examples=1000, deadline=None)
def test_the_engine_always_gives_a_deadline_a_hold_or_an_extension(preset, facts, today):
    s = engine.evaluate(facts, PRESETS[preset].policy, today)
    if s.kind == engine.LEGAL_HOLD:
        assert s.reason
    elif s.kind == engine.EXTENDED:
        assert s.reason and s.due_on is not None and s.due_on > s.computed_due_on
    else:
        assert s.kind in (engine.DUE, engine.OVERDUE)
        assert s.due_on is not None and s.binding is not None
        assert s.kind == (engine.OVERDUE if s.due_on < today else engine.DUE)
    assert explain(s)  # every status can be explained


@given(any_facts(), days, st.lists(st.sampled_from(SITUATIONS), max_size=len(SITUATIONS), unique=True))
@settings(max_examples=300, deadline=None)
def test_any_custom_policy_still_gives_every_candidate_a_deadline(facts, today, covered):
    rules = tuple(Rule(f"r_{s}", (s,), Limit("last_contact", Period(3, "months"))) for s in covered) or (
        Rule("r_none", ("not_hired",), Limit("last_contact", Period(3, "months"))),)
    s = engine.evaluate(facts, Policy("custom", "Custom", rules), today)
    assert s.kind == engine.LEGAL_HOLD or s.due_on is not None
