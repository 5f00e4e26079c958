"""Translated names for profile fields and stored codes, for the human-readable export.

The JSON export keeps the codes (stable for machines); the workbook shows these words in the
language the export was made in. An unknown code is shown as it is rather than hidden.
"""

from __future__ import annotations

from recruitdesk.i18n import N_, translate

FIELDS = {
    "full_name": N_("export", "Name"),
    "email": N_("export", "Email"),
    "phone": N_("export", "Phone"),
    "city": N_("export", "City"),
    "linkedin_url": N_("export", "LinkedIn profile"),
    "source": N_("export", "How we got your details"),
    "situation": N_("export", "Status"),
    "applied_on": N_("export", "Applied on"),
    "last_contact_on": N_("export", "Last contact"),
    "created_at": N_("export", "Recorded on"),
    "updated_at": N_("export", "Last changed on"),
    "sensitive": N_("export", "Other details"),
}

CODES = {
    "source": {
        "application": N_("export", "You applied"),
        "job_site": N_("export", "Job site"),
        "referral": N_("export", "Referral"),
        "sourced": N_("export", "Public professional profile"),
        "outplacement": N_("export", "Outplacement"),
    },
    "situation": {
        "applicant": N_("export", "Applicant"),
        "restricted": N_("export", "Processing restricted"),
        "outplacement": N_("export", "Outplacement"),
        "reserve": N_("export", "Recruitment reserve"),
        "procedure_open": N_("export", "Procedure open"),
        "hired": N_("export", "Hired"),
        "not_hired": N_("export", "Not hired"),
        "sourced": N_("export", "Sourced"),
    },
    "outcome": {
        "open": N_("export", "Open"),
        "hired": N_("export", "Hired"),
        "not_hired": N_("export", "Not hired"),
        "withdrawn": N_("export", "Withdrawn"),
    },
    "contact_kind": {
        "contact": N_("export", "Contact"),
        "interview_scheduled": N_("export", "Interview scheduled"),
        "message_sent": N_("export", "Message sent"),
        "rejection_sent": N_("export", "Rejection message sent"),
    },
    "document_kind": {
        "cv": N_("export", "CV"),
        "consent_evidence": N_("export", "Consent evidence"),
    },
}


def field_label(key: str) -> str:
    return translate("export", FIELDS[key]) if key in FIELDS else key


def code_label(kind: str, value: object) -> object:
    """The translated word for a code of ``kind``; any other value unchanged."""
    if isinstance(value, str) and value in CODES.get(kind, {}):
        return translate("export", CODES[kind][value])
    return value
