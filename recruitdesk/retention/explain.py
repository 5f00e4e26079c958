"""Human explanations of a retention status, in the user's language.

"6 weeks after the end of the procedure on 3 March 2026 — ICT Makers policy": the recruiter
must be able to see why a candidate is due, and check it against the firm's statement. Dates are
long dates in the window's language (``recruitdesk.dates``).
"""

from __future__ import annotations

from recruitdesk.dates import long_date
from recruitdesk.i18n import N_, translate
from recruitdesk.retention import engine
from recruitdesk.retention.periods import Period
from recruitdesk.retention.policy import APPLICATION, CONSENT_GIVEN, LAST_CONTACT, PROCEDURE_END, START

format_date = long_date  # the name the policy descriptions use: the one long date style

UNIT_TEXT = {
    "days": (N_("periods", "1 day"), N_("periods", "{n} days")),
    "weeks": (N_("periods", "1 week"), N_("periods", "{n} weeks")),
    "months": (N_("periods", "1 month"), N_("periods", "{n} months")),
    "years": (N_("periods", "1 year"), N_("periods", "{n} years")),
}
ANCHOR_TEXT = {
    APPLICATION: N_("anchors", "the application"),
    LAST_CONTACT: N_("anchors", "the last contact"),
    PROCEDURE_END: N_("anchors", "the end of the procedure"),
    CONSENT_GIVEN: N_("anchors", "consent was given"),
    START: N_("anchors", "the start of the outplacement"),
}


def format_period(period: Period) -> str:
    one, many = UNIT_TEXT[period.unit]
    return translate("periods", one) if period.amount == 1 else translate("periods", many).format(n=period.amount)


def explain(status: engine.RetentionStatus) -> str:
    policy = translate("retention", "{policy} policy").format(policy=translate("presets", status.policy_title))
    if status.kind == engine.LEGAL_HOLD:
        return translate("retention", "On legal hold: {reason}").format(reason=status.reason or "")
    if status.consent_ended_on is not None:
        text = translate("retention", "Consent for the recruitment reserve ended on {date}: delete without delay").format(
            date=long_date(status.consent_ended_on))
    else:
        deadline = status.binding
        assert deadline is not None  # a status with a due date always names its binding deadline
        template = (translate("retention", "at most {period} after {anchor} on {date}") if deadline.is_maximum
                    else translate("retention", "{period} after {anchor} on {date}"))
        text = template.format(period=format_period(deadline.limit.period), anchor=translate("anchors", ANCHOR_TEXT[deadline.limit.anchor]),
                               date=long_date(deadline.anchor_date))
        text = text[:1].upper() + text[1:]
    explanation = f"{text} — {policy}"
    if status.binding is not None and not status.binding.rule.from_statement:
        explanation += " " + translate("retention", "(the firm's own rule: the statement sets no term)")
    if status.kind == engine.EXTENDED:
        explanation += "; " + translate("retention", "extended until {date}: {reason}").format(date=long_date(status.due_on) if status.due_on else "", reason=status.reason or "")
    return explanation
