"""The retention policy as the editor shows it: one row per situation, checked in words (Qt-free).

A recruiter edits a policy as six rows (not hired, recruitment reserve, open procedure, hired,
outplacement, sourced), each with the date it counts from, a period (a number and a unit, or
none while the situation lasts) and an optional maximum. This module turns a policy into rows
and back, says what is wrong with a row in a sentence, names the preset the rows match, and
gives a worked example per situation computed by the real retention engine, so the window never
does date arithmetic of its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from recruitdesk.i18n import N_, translate
from recruitdesk.retention import engine
from recruitdesk.retention.describe import describe_policy
from recruitdesk.retention.explain import format_date, format_period
from recruitdesk.retention.facts import (
    HIRED,
    NOT_HIRED,
    OUTPLACEMENT,
    PROCEDURE_OPEN,
    RESERVE,
    RESERVE_PURPOSE,
    SOURCED,
    CandidateFacts,
    ConsentFacts,
    ProcedureFacts,
)
from recruitdesk.retention.periods import MAX_AMOUNT, Period, add_months
from recruitdesk.retention.policy import APPLICATION, CONSENT_GIVEN, LAST_CONTACT, PROCEDURE_END, START, Limit, Policy, PolicyInvalid, Rule
from recruitdesk.retention.presets import PRESETS

CUSTOM_NAME = "custom"
CUSTOM_TITLE = N_("presets", "Custom")

# The order of the rows: the clocks a recruiter meets most often first.
SITUATION_ORDER = (NOT_HIRED, RESERVE, PROCEDURE_OPEN, HIRED, OUTPLACEMENT, SOURCED)
SITUATION_TEXT = {
    NOT_HIRED: N_("policy editor", "Not hired"),
    RESERVE: N_("policy editor", "Recruitment reserve (with consent)"),
    PROCEDURE_OPEN: N_("policy editor", "Procedure still open"),
    HIRED: N_("policy editor", "Hired"),
    OUTPLACEMENT: N_("policy editor", "Outplacement"),
    SOURCED: N_("policy editor", "Sourced, never applied"),
}
# The dates each situation can sensibly count from (a file may name another; it is kept).
ANCHOR_CHOICES = {
    NOT_HIRED: (PROCEDURE_END, LAST_CONTACT, APPLICATION),
    RESERVE: (PROCEDURE_END, LAST_CONTACT, APPLICATION, CONSENT_GIVEN),
    PROCEDURE_OPEN: (LAST_CONTACT, APPLICATION),
    HIRED: (PROCEDURE_END, LAST_CONTACT, APPLICATION),
    OUTPLACEMENT: (START, LAST_CONTACT, APPLICATION),
    SOURCED: (LAST_CONTACT, APPLICATION),
}
ANCHOR_TEXT = {
    PROCEDURE_END: N_("policy editor", "End of the procedure"),
    LAST_CONTACT: N_("policy editor", "Last contact"),
    APPLICATION: N_("policy editor", "Application"),
    CONSENT_GIVEN: N_("policy editor", "Consent given"),
    START: N_("policy editor", "Start of the outplacement"),
}
UNIT_TEXT = {  # next to the number in a spin box: the singular for 1, else the plural
    "days": (N_("policy editor", "day"), N_("policy editor", "days")),
    "weeks": (N_("policy editor", "week"), N_("policy editor", "weeks")),
    "months": (N_("policy editor", "month"), N_("policy editor", "months")),
    "years": (N_("policy editor", "year"), N_("policy editor", "years")),
}
NO_PERIOD = N_("policy editor", "while it lasts")
NO_MAXIMUM = N_("policy editor", "no maximum")


def _t(text: str) -> str:
    return translate("policy editor", text)


def situation_text(situation: str) -> str:
    return _t(SITUATION_TEXT[situation])


def anchor_text(anchor: str) -> str:
    return _t(ANCHOR_TEXT[anchor])


def unit_text(unit: str, amount: int) -> str:
    one, many = UNIT_TEXT[unit]
    return _t(one if amount == 1 else many)


def no_period_text() -> str:
    return _t(NO_PERIOD)


def no_maximum_text() -> str:
    return _t(NO_MAXIMUM)


def anchor_choices(situation: str, current: str | None = None) -> tuple[str, ...]:
    """The anchors offered for ``situation``, plus ``current`` when a file chose another one."""
    choices = ANCHOR_CHOICES[situation]
    return choices + (current,) if current and current not in choices else choices


@dataclass(frozen=True)
class RuleRow:
    """One situation's rule as the editor shows it. ``unit`` None: no fixed period (kept while
    the situation lasts, up to the maximum); ``max_unit`` None: no maximum."""

    situation: str
    anchor: str
    amount: int
    unit: str | None
    max_anchor: str
    max_amount: int = 1
    max_unit: str | None = None
    from_statement: bool = False

    def same_rule(self, other: "RuleRow") -> bool:
        """The same clocks (whether the statement gives them aside)."""
        return replace(self, from_statement=False) == replace(other, from_statement=False)


def _row_of(situation: str, rule: Rule) -> RuleRow:
    keep, maximum = rule.keep, rule.maximum
    anchor = keep.anchor if keep else (maximum.anchor if maximum else ANCHOR_CHOICES[situation][0])
    return RuleRow(
        situation=situation,
        anchor=anchor,
        amount=keep.period.amount if keep else 1,
        unit=keep.period.unit if keep else None,
        max_anchor=maximum.anchor if maximum else anchor,
        max_amount=maximum.period.amount if maximum else 1,
        max_unit=maximum.period.unit if maximum else None,
        from_statement=rule.from_statement,
    )


def editor_rows(policy: Policy) -> tuple[RuleRow, ...]:
    """One row per situation, in ``SITUATION_ORDER``; a situation the policy leaves out gets the
    firm default the engine would use anyway. Raises ``PolicyInvalid`` (with a translated
    sentence) when a situation has two rules, which rows cannot show."""
    rows = []
    for situation in SITUATION_ORDER:
        rules = policy.rules_for(situation)
        if len(rules) > 1:
            raise PolicyInvalid(translate("policy editor", "it has {count} rules for \"{situation}\"; keep one rule per situation").format(
                count=len(rules), situation=situation_text(situation)))
        rows.append(_row_of(situation, engine.rules_for(policy, situation)[0]))
    return tuple(rows)


def _period_problem(amount: int, unit: str) -> str | None:
    if amount < 1:
        return translate("policy editor", "The period must be at least {minimum}.").format(minimum=format_period(Period(1, unit)))
    if amount > MAX_AMOUNT[unit]:
        return translate("policy editor", "The period can be at most {limit}.").format(limit=format_period(Period(MAX_AMOUNT[unit], unit)))
    return None


def _maximum_problem(amount: int, unit: str) -> str | None:
    if amount < 1:
        return translate("policy editor", "The maximum must be at least {minimum}.").format(minimum=format_period(Period(1, unit)))
    if amount > MAX_AMOUNT[unit]:
        return translate("policy editor", "The maximum can be at most {limit}.").format(limit=format_period(Period(MAX_AMOUNT[unit], unit)))
    return None


def row_problem(row: RuleRow) -> str | None:
    """What is wrong with ``row``, in a sentence for the user; None when it is fine."""
    if row.unit is None and row.max_unit is None:
        if row.situation == RESERVE:
            return translate("policy editor", "Consent period missing for the recruitment reserve: give a period or a maximum.")
        return translate("policy editor", "Give a period or a maximum: no candidate may be kept forever.")
    if row.unit is not None and (problem := _period_problem(row.amount, row.unit)):
        return problem
    if row.max_unit is not None and (problem := _maximum_problem(row.max_amount, row.max_unit)):
        return problem
    if row.unit is not None and row.max_unit is not None and row.anchor == row.max_anchor:
        reference = dt.date(2024, 1, 31)  # any day: same anchor, so the longer period is always longer
        if Period(row.max_amount, row.max_unit).after(reference) <= Period(row.amount, row.unit).after(reference):
            return translate("policy editor", "The maximum must be longer than the period, or it never applies.")
    return None


def _limit(anchor: str, amount: int, unit: str | None) -> Limit | None:
    return None if unit is None else Limit(anchor, Period(amount, unit))


def rule_of(row: RuleRow) -> Rule:
    """Raises ``PolicyInvalid`` with the row's problem in words."""
    problem = row_problem(row)
    if problem:
        raise PolicyInvalid(problem)
    return Rule(row.situation, (row.situation,), _limit(row.anchor, row.amount, row.unit),
                maximum=_limit(row.max_anchor, row.max_amount, row.max_unit), from_statement=row.from_statement)


def policy_of(rows: tuple[RuleRow, ...]) -> Policy:
    """The custom policy the rows describe. Raises ``PolicyInvalid`` for the first row with a problem."""
    return Policy(CUSTOM_NAME, CUSTOM_TITLE, tuple(rule_of(row) for row in rows))


def matching_preset(rows: tuple[RuleRow, ...]) -> str | None:
    """The preset whose rules the rows restate, or None for a custom policy."""
    for name, preset in PRESETS.items():
        preset_rows = editor_rows(preset.policy)
        if len(preset_rows) == len(rows) and all(a.same_rule(b) for a, b in zip(preset_rows, rows, strict=True)):
            return name
    return None


def edited_row(preset_row: RuleRow | None, row: RuleRow) -> RuleRow:
    """``row`` after an edit: it restates the statement only while it is the preset's own row."""
    return replace(row, from_statement=preset_row is not None and preset_row.from_statement and preset_row.same_rule(row))


def describe_rows(rows: tuple[RuleRow, ...]) -> str | None:
    """The one-line description of the rows' policy ("6 weeks after the procedure; ..."), or None
    while a row has a problem."""
    try:
        policy = policy_of(rows)
    except PolicyInvalid:
        return None
    return describe_policy(policy, mark_own_terms=False)


# --- worked examples ---------------------------------------------------------------------------
EXAMPLE_TEXT = {
    NOT_HIRED: N_("policy editor", "A candidate who applied on {applied} and was not hired on {ended} is deleted on {due}."),
    RESERVE: N_("policy editor", "A candidate who applied on {applied}, was not hired on {ended} and agreed that day to stay in "
                "the recruitment reserve is deleted on {due} at the latest."),
    PROCEDURE_OPEN: N_("policy editor", "A candidate who applied on {applied}, last contacted on {ended} in a procedure that stays "
                       "open, is deleted on {due}."),
    HIRED: N_("policy editor", "A candidate who applied on {applied} and was hired on {ended} is deleted from the recruitment "
              "files on {due}."),
    OUTPLACEMENT: N_("policy editor", "An outplacement started and last discussed on {ended} is deleted on {due}."),
    SOURCED: N_("policy editor", "A profile found on {ended}, never contacted again and without an application, is deleted on {due}."),
}


@dataclass(frozen=True)
class Example:
    situation: str
    due_on: dt.date
    text: str


def _example_facts(situation: str, applied: dt.date, ended: dt.date) -> CandidateFacts:
    if situation == OUTPLACEMENT:
        return CandidateFacts(created_on=ended, source="outplacement", applied_on=ended, last_contact_on=ended,
                              outplacement_started_on=ended)
    if situation == SOURCED:
        return CandidateFacts(created_on=ended, source="sourced", last_contact_on=ended)
    outcome = {NOT_HIRED: "not_hired", RESERVE: "not_hired", HIRED: "hired", PROCEDURE_OPEN: "open"}[situation]
    procedure = ProcedureFacts(outcome, applied_on=applied, ended_on=None if outcome == "open" else ended)
    consents = (ConsentFacts(RESERVE_PURPOSE, given_on=ended),) if situation == RESERVE else ()
    return CandidateFacts(created_on=applied, applied_on=applied, last_contact_on=ended, procedures=(procedure,), consents=consents)


def examples(rows: tuple[RuleRow, ...], today: dt.date) -> list[Example]:
    """For every row without a problem: a candidate in that situation whose procedure ends
    ``today`` after applying a month earlier, and the day the engine deletes them."""
    applied = add_months(today, -1)
    valid = tuple(row for row in rows if row_problem(row) is None)
    policy = Policy(CUSTOM_NAME, CUSTOM_TITLE, tuple(rule_of(row) for row in valid))
    found = []
    for row in valid:
        facts = _example_facts(row.situation, applied, today)
        assert facts.situation(today) == row.situation, row.situation  # the example shows the row it stands for
        status = engine.evaluate(facts, policy, today)
        assert status.due_on is not None  # no hold, no extension: always a date
        text = _t(EXAMPLE_TEXT[row.situation]).format(applied=format_date(applied), ended=format_date(today), due=format_date(status.due_on))
        found.append(Example(row.situation, status.due_on, text))
    return found
