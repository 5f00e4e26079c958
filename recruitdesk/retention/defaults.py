"""Firm defaults: the deadline a candidate gets where the firm's statement is silent.

No candidate may be kept forever, so every situation has a rule. The presets name these rules
explicitly (marked ``from_statement=False``, shown as "the firm's own rule" in explanations and
in the settings), and the engine falls back on them for a custom policy that leaves a situation
out. The terms are deliberately short; a firm that needs longer writes its own policy.
"""

from __future__ import annotations

from recruitdesk.retention.facts import HIRED, NOT_HIRED, OUTPLACEMENT, PROCEDURE_OPEN, RESERVE, SOURCED, SITUATIONS
from recruitdesk.retention.periods import Period
from recruitdesk.retention.policy import LAST_CONTACT, PROCEDURE_END, Limit, Rule


def _limit(anchor: str, amount: int, unit: str) -> Limit:
    return Limit(anchor, Period(amount, unit))


def open_procedure_default() -> Rule:
    """An application nobody closes: due 6 months after the last contact (activity moves it)."""
    return Rule("open_default", (PROCEDURE_OPEN,), _limit(LAST_CONTACT, 6, "months"), from_statement=False)


def hired_default() -> Rule:
    """Hired: the recruitment file is closed and handed over to the personnel file; the
    recruitment copy goes 3 months after the end of the procedure."""
    return Rule("hired_default", (HIRED,), _limit(PROCEDURE_END, 3, "months"), from_statement=False)


def outplacement_default() -> Rule:
    """Outplacement where the statement says nothing about it: 1 year after the last contact."""
    return Rule("outplacement_default", (OUTPLACEMENT,), _limit(LAST_CONTACT, 1, "years"), from_statement=False)


def sourced_default() -> Rule:
    """A sourced profile that never applied: 1 year after the last contact."""
    return Rule("sourced", (SOURCED,), _limit(LAST_CONTACT, 1, "years"), from_statement=False)


def not_hired_default() -> Rule:
    """The Dutch DPA's advice: 4 weeks after the procedure."""
    return Rule("not_hired_default", (NOT_HIRED,), _limit(PROCEDURE_END, 4, "weeks"), from_statement=False)


def reserve_default() -> Rule:
    """The Dutch DPA's advice: with consent, at most 1 year after the procedure."""
    return Rule("reserve_default", (RESERVE,), None, maximum=_limit(PROCEDURE_END, 1, "years"), from_statement=False)


FALLBACK_RULES: dict[str, Rule] = {
    rule.situations[0]: rule
    for rule in (open_procedure_default(), hired_default(), outplacement_default(), sourced_default(), not_hired_default(), reserve_default())
}
assert set(FALLBACK_RULES) == set(SITUATIONS), "every situation needs a fallback rule"


def fallback_rule(situation: str) -> Rule:
    return FALLBACK_RULES[situation]
