"""The retention engine: a pure function of a candidate's facts, the policy and today.

1. A legal hold suspends every clock.
2. The candidate's situation (facts.situation) selects the policy's rules (or the firm default
   for a situation the policy leaves out: no candidate is ever without a deadline); each rule
   gives a deadline (its period after its anchor, capped by its maximum). The earliest wins.
3. When recruitment-reserve consent ended (withdrawn or expired), the data falls back to the
   other rules, but is due no earlier than the day consent ended and never later than the
   reserve would have allowed: withdrawing consent never extends retention.
4. An extension (with a written reason) may push the deadline later.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from recruitdesk.retention.defaults import fallback_rule
from recruitdesk.retention.facts import OUTPLACEMENT, PROCEDURE_OPEN, RESERVE, CandidateFacts, ConsentFacts
from recruitdesk.retention.policy import APPLICATION, CONSENT_GIVEN, LAST_CONTACT, PROCEDURE_END, START, Limit, Policy, Rule

ACTIVE = "active"  # the status before a deadline is attached; evaluate() never returns it
DUE = "due"  # a deadline today or later
OVERDUE = "overdue"
LEGAL_HOLD = "legal_hold"
EXTENDED = "extended"


@dataclass(frozen=True)
class Deadline:
    """One clock: ``limit`` from ``rule`` gives ``due_on``; ``anchor_date`` is the date counted from."""

    due_on: dt.date
    rule: Rule
    limit: Limit
    anchor_date: dt.date
    is_maximum: bool


@dataclass(frozen=True)
class RetentionStatus:
    kind: str
    situation: str
    policy_name: str
    policy_title: str
    due_on: dt.date | None = None
    binding: Deadline | None = None
    consent_ended_on: dt.date | None = None
    reason: str | None = None  # legal hold or extension reason
    computed_due_on: dt.date | None = None  # before an extension

    @property
    def rule_id(self) -> str | None:
        return self.binding.rule.id if self.binding else None

    def days_left(self, today: dt.date) -> int | None:
        return None if self.due_on is None else (self.due_on - today).days


def anchor_date(anchor: str, facts: CandidateFacts, consent: ConsentFacts | None) -> dt.date:
    """The date an anchor stands for; a missing procedure end falls back to the last contact, a missing
    outplacement start to the application."""
    if anchor == APPLICATION:
        return facts.application_date
    if anchor == START:
        return facts.outplacement_start
    if anchor == LAST_CONTACT:
        return facts.last_contact
    if anchor == PROCEDURE_END:
        return facts.procedure_end or facts.last_contact
    if anchor == CONSENT_GIVEN:
        return consent.given_on if consent else facts.last_contact
    raise ValueError(anchor)


def _deadlines(rule: Rule, facts: CandidateFacts, consent: ConsentFacts | None) -> list[Deadline]:
    found = []
    for limit, is_maximum in ((rule.keep, False), (rule.maximum, True)):
        if limit is not None:
            anchor = anchor_date(limit.anchor, facts, consent)
            found.append(Deadline(limit.period.after(anchor), rule, limit, anchor, is_maximum))
    return found


def rules_for(policy: Policy, situation: str) -> list[Rule]:
    """The policy's rules for the situation, or the firm default when the policy leaves it out."""
    return policy.rules_for(situation) or [fallback_rule(situation)]


def earliest_deadline(policy: Policy, situation: str, facts: CandidateFacts, consent: ConsentFacts | None) -> Deadline:
    """Every rule has a period or a maximum and every situation a rule, so there is always one."""
    candidates = [d for rule in rules_for(policy, situation) for d in _deadlines(rule, facts, consent)]
    return min(candidates, key=lambda d: (d.due_on, d.rule.id))


def evaluate(facts: CandidateFacts, policy: Policy, today: dt.date) -> RetentionStatus:
    situation = facts.situation(today)
    base = RetentionStatus(kind=ACTIVE, situation=situation, policy_name=policy.name, policy_title=policy.title)
    if facts.legal_hold_reason:
        return replace(base, kind=LEGAL_HOLD, reason=facts.legal_hold_reason)

    binding = earliest_deadline(policy, situation, facts, facts.reserve_consent(today))
    consent_ended_on = None
    # The outplacement clock is not a recruitment clock: reserve consent does not touch it.
    ended = _ended_reserve_consent(facts, today) if situation not in (RESERVE, PROCEDURE_OPEN, OUTPLACEMENT) else None
    if ended is not None:
        consent, ended_on = ended
        reserve_deadline = earliest_deadline(policy, RESERVE, facts, consent)
        # Data kept on the strength of the consent may stay until the other clocks run out,
        # is due no earlier than the day consent ended, and never later than the reserve allowed.
        due = max(binding.due_on, ended_on)
        if reserve_deadline.due_on < due:
            binding = reserve_deadline
        elif due != binding.due_on:
            binding = replace(binding, due_on=due)
            consent_ended_on = ended_on

    due_on = binding.due_on
    status = replace(base, due_on=due_on, binding=binding, consent_ended_on=consent_ended_on, computed_due_on=due_on)
    if facts.extended_until and facts.extended_until > due_on:
        return replace(status, kind=EXTENDED, due_on=facts.extended_until, reason=facts.extension_reason)
    return replace(status, kind=OVERDUE if due_on < today else DUE)


def next_change(facts: CandidateFacts, today: dt.date) -> dt.date | None:
    """The first day after ``today`` on which ``evaluate`` may answer differently for the same
    facts and policy; None when time alone never changes the answer.

    The day enters the evaluation only where it is compared with a date among the facts (a
    reserve consent given or withdrawn on a later date puts the candidate in or out of the
    reserve). Between two such dates every comparison has the same outcome, so nothing but the
    status's overdue flag, which is derived from the deadline and not stored, can change. Every
    fact date still ahead counts, not just the ones today's rules compare: a later rule that
    compares another fact stays right, at the cost of one extra evaluation on that day.
    """
    dates = [facts.created_on, facts.applied_on, facts.last_contact_on, facts.extended_until, facts.outplacement_started_on]
    for procedure in facts.procedures:
        dates += [procedure.applied_on, procedure.ended_on]
    for consent in facts.consents:
        dates += [consent.given_on, consent.withdrawn_on, consent.expires_on]
    return min((day for day in dates if day is not None and day > today), default=None)


def _ended_reserve_consent(facts: CandidateFacts, today: dt.date) -> tuple[ConsentFacts, dt.date] | None:
    """The latest reserve consent that ended (withdrawn or expired) on or before today."""
    ended = []
    for consent in facts.consents:
        if consent.purpose != "recruitment_reserve":
            continue
        for end in (consent.withdrawn_on, consent.expires_on):
            if end is not None and end <= today:
                ended.append((end, consent))
    if not ended:
        return None
    end, consent = max(ended, key=lambda item: item[0])
    return consent, end
