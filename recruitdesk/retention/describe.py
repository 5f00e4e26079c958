"""A policy in one line a recruiter understands: "4 weeks after the procedure; 1 year with consent".

Presets are chosen by what they do, not by the name of a firm a recruiter may not know, so the
line is generated from the rules themselves (never written by hand next to them, where it could
drift). Every piece is a translatable template with named fields, and periods use the
singular/plural messages of ``explain.format_period``, so a translator can reorder the words.

Only the two clocks a recruiter meets every week are in the line: candidates not hired and the
recruitment reserve, plus the outplacement clock when the statement itself sets one. The other
rules (firm defaults) are listed row by row in the editor.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from recruitdesk.i18n import N_, translate
from recruitdesk.retention.engine import rules_for
from recruitdesk.retention.explain import format_date, format_period
from recruitdesk.retention.facts import NOT_HIRED, OUTPLACEMENT, RESERVE
from recruitdesk.retention.policy import APPLICATION, CONSENT_GIVEN, LAST_CONTACT, PROCEDURE_END, START, Limit, Policy, Rule


# "after the procedure": the shorter anchor names a one-line description uses.
AFTER_ANCHOR = {
    APPLICATION: N_("policy description", "{period} after the application"),
    LAST_CONTACT: N_("policy description", "{period} after the last contact"),
    PROCEDURE_END: N_("policy description", "{period} after the procedure"),
    CONSENT_GIVEN: N_("policy description", "{period} after consent was given"),
    START: N_("policy description", "{period} after the start"),
}
WITH_CONSENT_AFTER_ANCHOR = {
    APPLICATION: N_("policy description", "{period} after the application with consent"),
    LAST_CONTACT: N_("policy description", "{period} after the last contact with consent"),
    PROCEDURE_END: N_("policy description", "{period} after the procedure with consent"),
    CONSENT_GIVEN: N_("policy description", "{period} with consent, from the day it was given"),
    START: N_("policy description", "{period} after the start with consent"),
}
WITH_CONSENT = N_("policy description", "{period} with consent")
WITH_OR_WITHOUT_CONSENT = N_("policy description", "{terms}, with or without consent")
NOT_IN_STATEMENT = N_("policy description", "{terms} (no term in the statement)")
OUTPLACEMENT_CLAUSE = N_("policy description", "outplacement: {terms}")
TWO_CLAUSES = N_("policy description", "{first}; {second}")

# The statement a preset follows: "Privacy statement of IT1 bv (www.it1.be), last changed on 18 June 2019".
STATEMENT = N_("policy description", "Privacy statement of {company}")
STATEMENT_AT = N_("policy description", "Privacy statement of {company} ({reference})")
GUIDANCE_AT = N_("policy description", "Guidance of the {company} ({reference})")
SOURCE_AND_DATE = N_("policy description", "{source}, {dated}")
CHANGED_ON = "changed"
VERSION_OF = "version"
VALID_FROM = "valid_from"
DATED = {
    CHANGED_ON: N_("policy description", "last changed on {date}"),
    VERSION_OF: N_("policy description", "version of {date}"),
    VALID_FROM: N_("policy description", "valid from {date}"),
    None: N_("policy description", "not dated"),
}


def _t(text: str) -> str:
    return translate("policy description", text)


@dataclass(frozen=True)
class Statement:
    """Where a preset's rules come from: a firm's privacy statement, or a regulator's guidance."""

    company: str  # a proper name, never translated
    reference: str = ""  # the web or mail address the statement gives, as printed there
    dated: dt.date | None = None
    date_kind: str | None = None  # CHANGED_ON, VERSION_OF, VALID_FROM, or None: not dated
    guidance: bool = False  # a regulator's advice rather than a firm's statement

    def line(self) -> str:
        """The secondary line under a preset, in the current language."""
        if self.guidance:
            return _t(GUIDANCE_AT).format(company=_t(self.company), reference=self.reference)
        if self.reference:
            source = _t(STATEMENT_AT).format(company=self.company, reference=self.reference)
        else:
            source = _t(STATEMENT).format(company=self.company)
        kind = self.date_kind if self.dated is not None else None
        dated = _t(DATED[kind]).format(date=format_date(self.dated) if self.dated else "")
        return _t(SOURCE_AND_DATE).format(source=source, dated=dated)


def _main_limit(rule: Rule) -> Limit:
    """The limit a rule is known by: its period, or its maximum when it keeps data while the situation lasts."""
    limit = rule.keep or rule.maximum
    assert limit is not None  # Rule refuses a rule with neither
    return limit


def _after(limit: Limit) -> str:
    return _t(AFTER_ANCHOR[limit.anchor]).format(period=format_period(limit.period))


def _first_rule(policy: Policy, situation: str) -> Rule:
    return rules_for(policy, situation)[0]


def describe_policy(policy: Policy, mark_own_terms: bool = True) -> str:
    """E.g. "4 weeks after the procedure; 1 year with consent", in the current language.

    ``mark_own_terms``: say when the not-hired term is not the statement's (a preset's firm
    default); a firm's own custom policy leaves it out, every term there is its own."""
    not_hired = _first_rule(policy, NOT_HIRED)
    reserve = _first_rule(policy, RESERVE)
    terms = _after(_main_limit(not_hired))
    if reserve is not_hired:
        terms = _t(WITH_OR_WITHOUT_CONSENT).format(terms=terms)
    if mark_own_terms and not not_hired.from_statement:
        terms = _t(NOT_IN_STATEMENT).format(terms=terms)
    text = terms
    if reserve is not not_hired:
        limit = _main_limit(reserve)
        if limit.anchor == _main_limit(not_hired).anchor:
            consent = _t(WITH_CONSENT).format(period=format_period(limit.period))
        else:
            consent = _t(WITH_CONSENT_AFTER_ANCHOR[limit.anchor]).format(period=format_period(limit.period))
        text = _t(TWO_CLAUSES).format(first=text, second=consent)
    outplacement = _first_rule(policy, OUTPLACEMENT)
    if outplacement.from_statement and outplacement is not not_hired:
        clause = _t(OUTPLACEMENT_CLAUSE).format(terms=_after(_main_limit(outplacement)))
        text = _t(TWO_CLAUSES).format(first=text, second=clause)
    return text
