"""The words a recruiter sees for every code stored in the vault (Qt-free).

The database keeps stable English codes (``sourced``, ``not_hired``, ``consent_withdrawal``);
a screen, a CLI table or a report never shows them. Every place that turns a stored code into
text asks :func:`label`, so one table per kind of code holds the words and a test can check that
each code has a Dutch and a French translation. The tables that the services already own
(consent purposes and channels, request kinds, note kinds) are registered here rather than
copied, so there is still only one place per word.

The human-readable export speaks to the candidate ("You applied") and keeps its own wording in
``exporting/labels.py``; the codes it covers are the same ones, which the label test checks too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from recruitdesk.i18n import N_, translate
from recruitdesk.retention.facts import SITUATIONS

CONTEXT = "labels"

SOURCES = ("application", "job_site", "referral", "sourced", "outplacement")
# Candidate.situation: the retention situations, plus the two a candidate can also be in.
APPLICANT = "applicant"
RESTRICTED = "restricted"
CANDIDATE_SITUATIONS = (APPLICANT, *SITUATIONS, RESTRICTED)
OUTCOMES = ("open", "hired", "not_hired", "withdrawn")
ERASURE_REASONS = ("retention_due", "request", "manual")

SOURCE_LABELS = {
    "application": N_("labels", "Application"),
    "job_site": N_("labels", "Job site"),
    "referral": N_("labels", "Referral"),
    "sourced": N_("labels", "Sourced"),
    "outplacement": N_("labels", "Outplacement"),
}
SITUATION_LABELS = {
    APPLICANT: N_("labels", "Applicant"),
    "outplacement": N_("labels", "Outplacement"),
    "reserve": N_("labels", "Recruitment reserve"),
    "procedure_open": N_("labels", "Procedure open"),
    "hired": N_("labels", "Hired"),
    "not_hired": N_("labels", "Not hired"),
    "sourced": N_("labels", "Sourced"),
    RESTRICTED: N_("labels", "Processing restricted"),
}
OUTCOME_LABELS = {
    "open": N_("labels", "Procedure open"),
    "hired": N_("labels", "Hired"),
    "not_hired": N_("labels", "Not hired"),
    "withdrawn": N_("labels", "Withdrawn"),
}
ERASURE_REASON_LABELS = {
    "retention_due": N_("labels", "Retention period ended"),
    "request": N_("labels", "Erasure request"),
    "manual": N_("labels", "Deleted by hand"),
}


# One literal context per call, so lupdate's checks see every context these tables use.
_TRANSLATE_IN = {
    CONTEXT: lambda text: translate("labels", text),
    "consents": lambda text: translate("consents", text),
    "requests": lambda text: translate("requests", text),
    "notes": lambda text: translate("notes", text),
    "suppression": lambda text: translate("suppression", text),
    "stages": lambda text: translate("stages", text),
    "vacancies": lambda text: translate("vacancies", text),
}


@dataclass(frozen=True)
class CodeSet:
    """One kind of stored code: every code it may hold and the table of their words."""

    context: str
    codes: tuple[str, ...]
    words: Mapping[str, str]


def _code_sets() -> dict[str, CodeSet]:
    # Imported here: the services import the foundations, and this module is one of them.
    from recruitdesk.services import consents, notes, rights_requests, stages, suppression, vacancies

    return {
        "source": CodeSet(CONTEXT, SOURCES, SOURCE_LABELS),
        "situation": CodeSet(CONTEXT, CANDIDATE_SITUATIONS, SITUATION_LABELS),
        "outcome": CodeSet(CONTEXT, OUTCOMES, OUTCOME_LABELS),
        "erasure_reason": CodeSet(CONTEXT, ERASURE_REASONS, ERASURE_REASON_LABELS),
        "consent_purpose": CodeSet("consents", consents.PURPOSES, consents.PURPOSE_LABELS),
        "consent_channel": CodeSet("consents", consents.CHANNELS, consents.CHANNEL_LABELS),
        "request_kind": CodeSet("requests", rights_requests.KINDS, rights_requests.KIND_LABELS),
        "note_kind": CodeSet("notes", notes.KINDS, notes.KIND_LABELS),
        "suppression_basis": CodeSet("suppression", suppression.BASES, suppression.BASIS_LABELS),
        "stage": CodeSet("stages", stages.DEFAULT_STAGES, stages.STAGE_LABELS),
        "vacancy_status": CodeSet("vacancies", vacancies.STATUSES, vacancies.STATUS_LABELS),
    }


def code_sets() -> dict[str, CodeSet]:
    """Every kind of stored code a user may see, by name."""
    return _code_sets()


def label(kind: str, code: str | None) -> str:
    """The translated word for ``code`` of ``kind`` ("sourced" -> "Zelf benaderd").

    An unknown code (a newer version's, or one typed into the CLI) is shown as it is rather
    than hidden, so nothing disappears from the screen; None is an empty text.
    """
    if code is None:
        return ""
    code_set = _code_sets().get(kind)
    if code_set is None or code not in code_set.words:
        return code
    return _TRANSLATE_IN[code_set.context](code_set.words[code])


def choices(kind: str) -> list[tuple[str, str]]:
    """(code, translated word) for every code of ``kind``, in the table's order: for combo boxes."""
    code_set = _code_sets()[kind]
    return [(code, label(kind, code)) for code in code_set.codes]
