"""What the firm does with candidates' data and why: purposes, legal bases, recipients, terms.

One catalogue feeds both the candidate's own export (Art. 15(1): purposes, recipients, storage
period) and the firm's record of processing activities (Art. 30), so the two can never
disagree. Retention terms are not written here: they are read from the active policy's rules,
so a change of policy changes both documents.
"""

from __future__ import annotations

from dataclasses import dataclass

from recruitdesk.i18n import N_, translate
from recruitdesk.retention.explain import ANCHOR_TEXT, format_period
from recruitdesk.retention.facts import HIRED, NOT_HIRED, OUTPLACEMENT, PROCEDURE_OPEN, RESERVE, SOURCED
from recruitdesk.retention.policy import Policy, Rule


@dataclass(frozen=True)
class Purpose:
    code: str
    title: str  # N_ marked, translated when shown
    legal_basis: str
    recipients: str
    data_subjects: str
    situations: tuple[str, ...]  # retention situations whose rules give this purpose's term
    consent_purpose: str | None = None  # the Consent.purpose this processing depends on

    def translated(self) -> dict[str, str]:
        return {"code": self.code, "title": translate("processing", self.title),
                "legal_basis": translate("processing", self.legal_basis),
                "recipients": translate("processing", self.recipients),
                "data_subjects": translate("processing", self.data_subjects)}


PURPOSES = (
    Purpose(
        "recruitment",
        N_("processing", "Recruitment and selection for a vacancy"),
        N_("processing", "Steps taken at the candidate's request before a contract (GDPR Art. 6(1)(b)) and the firm's legitimate interest in recruiting (Art. 6(1)(f))"),
        N_("processing", "The firm's recruiters; the client offering the vacancy the candidate applied for"),
        N_("processing", "Applicants"),
        (PROCEDURE_OPEN, NOT_HIRED, HIRED),
    ),
    Purpose(
        "recruitment_reserve",
        N_("processing", "Keeping the candidate in the recruitment reserve for future vacancies"),
        N_("processing", "Consent (GDPR Art. 6(1)(a)), which can be withdrawn at any time"),
        N_("processing", "The firm's recruiters"),
        N_("processing", "Candidates who agreed to stay in the recruitment reserve"),
        (RESERVE,),
        consent_purpose="recruitment_reserve",
    ),
    Purpose(
        "share_with_clients",
        N_("processing", "Presenting the candidate's profile to clients"),
        N_("processing", "Consent (GDPR Art. 6(1)(a)), which can be withdrawn at any time"),
        N_("processing", "Client companies the candidate agreed to be presented to"),
        N_("processing", "Candidates who agreed to be presented to clients"),
        (),
        consent_purpose="share_with_clients",
    ),
    Purpose(
        "share_with_affiliates",
        N_("processing", "Sharing the candidate's profile with affiliated companies"),
        N_("processing", "Consent (GDPR Art. 6(1)(a)), which can be withdrawn at any time"),
        N_("processing", "Companies of the same group"),
        N_("processing", "Candidates who agreed to sharing within the group"),
        (),
        consent_purpose="share_with_affiliates",
    ),
    Purpose(
        "sourcing",
        N_("processing", "Approaching people about vacancies after finding their public professional profile"),
        N_("processing", "Legitimate interest (GDPR Art. 6(1)(f)); the person can object at any time"),
        N_("processing", "The firm's recruiters"),
        N_("processing", "People found through public professional profiles"),
        (SOURCED,),
    ),
    Purpose(
        "outplacement",
        N_("processing", "Outplacement and career coaching"),
        N_("processing", "Performance of a contract (GDPR Art. 6(1)(b)) and legal obligations (Art. 6(1)(c))"),
        N_("processing", "The firm's coaches; the employer that ordered the outplacement"),
        N_("processing", "Outplacement clients"),
        (OUTPLACEMENT,),
    ),
    Purpose(
        "compliance",
        N_("processing", "Answering data-protection requests and proving consent and erasure"),
        N_("processing", "Legal obligation (GDPR Art. 6(1)(c), Art. 7(1), Art. 12)"),
        N_("processing", "The firm only; supervisory authorities on request"),
        N_("processing", "Everyone whose data the firm holds"),
        (),
    ),
)

DATA_CATEGORIES = N_(
    "processing",
    "Identification and contact details; CV and application documents; education and work history; "
    "interview and screening notes; consents and their evidence; requests and their handling",
)
TRANSFERS = N_("processing", "None outside the European Economic Area")
SECURITY = N_(
    "processing",
    "Encrypted vault (SQLCipher, AES-256) on the recruiter's computer; a separate key per candidate for "
    "documents and notes; keys in the operating system's keychain; automatic lock; erasure that also "
    "clears the database log and search index; audit log without personal data",
)
NO_TERM = N_("processing", "No fixed term; deleted when no longer needed or on request")
WHILE_SITUATION = N_("processing", "as long as the situation lasts")


def describe_limit(limit, maximum: bool) -> str:
    template = translate("processing", "at most {period} after {anchor}") if maximum else translate("processing", "{period} after {anchor}")
    return template.format(period=format_period(limit.period), anchor=translate("anchors", ANCHOR_TEXT[limit.anchor]))


def describe_rule(rule: Rule) -> str:
    """E.g. "6 weeks after the end of the procedure" or "at most 1 year after the end of the procedure"."""
    parts = []
    if rule.keep is not None:
        parts.append(describe_limit(rule.keep, False))
    else:
        parts.append(translate("processing", WHILE_SITUATION))
    if rule.maximum is not None:
        parts.append(describe_limit(rule.maximum, True))
    text = ", ".join(parts)
    if not rule.from_statement:
        text += " " + translate("retention", "(the firm's own rule: the statement sets no term)")
    return text[:1].upper() + text[1:]


def retention_terms(purpose: Purpose, policy: Policy) -> str:
    """The policy's terms for a purpose, one per rule, or the catch-all sentence."""
    seen = []
    for rule in policy.rules:
        if set(rule.situations) & set(purpose.situations) and rule not in seen:
            seen.append(rule)
    if not seen:
        return translate("processing", NO_TERM)
    return "; ".join(describe_rule(rule) for rule in seen)


def purposes_for(source: str, consent_purposes: set[str], has_procedures: bool) -> list[Purpose]:
    """The purposes that apply to one candidate, from their source and consents."""
    found = []
    for purpose in PURPOSES:
        if purpose.consent_purpose is not None:
            applies = purpose.consent_purpose in consent_purposes
        elif purpose.code == "recruitment":
            applies = has_procedures or source not in ("sourced", "outplacement")
        elif purpose.code == "sourcing":
            applies = source == "sourced"
        elif purpose.code == "outplacement":
            applies = source == "outplacement"
        else:
            applies = True
        if applies:
            found.append(purpose)
    return found
