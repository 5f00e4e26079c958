"""The record of processing activities (GDPR Art. 30(1)) generated from the configured policy.

A small firm must be able to show the regulator what it processes, why, on what basis, for whom
and for how long. The retention terms come from the active policy's rules (and the published
statement's own sentences, for a preset), so the record always matches what the app enforces.
It contains no personal data: only the firm's settings and the policy.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from recruitdesk.exporting import archive
from recruitdesk.exporting.processing import DATA_CATEGORIES, PURPOSES, SECURITY, TRANSFERS, describe_rule, retention_terms
from recruitdesk.exporting.sheets import add_fields, add_table, new_workbook, to_bytes
from recruitdesk.i18n import N_, translate
from recruitdesk.retention.facts import SITUATIONS
from recruitdesk.retention.presets import PRESETS
from recruitdesk.retention.policy import Policy

SITUATION_LABELS = {
    "outplacement": N_("processing", "Outplacement"),
    "reserve": N_("processing", "In the recruitment reserve with consent"),
    "procedure_open": N_("processing", "Procedure open"),
    "hired": N_("processing", "Hired"),
    "not_hired": N_("processing", "Not hired"),
    "sourced": N_("processing", "Sourced without application"),
}
NOT_SET = N_("processing", "(not set: fill in under Settings)")


def _t(text: str) -> str:
    return translate("processing", text)


def build_processing_record(policy: Policy, version: int, firm: str, contact: str, statement: str, day: dt.date) -> bytes:
    """The Art. 30 record as .xlsx bytes: controller, activities, and the retention rules."""
    preset = PRESETS.get(policy.name)
    workbook = new_workbook()
    add_fields(workbook, translate("processing", "Controller"), [
        (translate("processing", "Controller"), firm or _t(NOT_SET)),
        (translate("processing", "Privacy contact"), contact or _t(NOT_SET)),
        (translate("processing", "Privacy statement"), statement or _t(NOT_SET)),
        (translate("processing", "Retention policy"), f"{translate('presets', policy.title)} (v{version})"),
        (translate("processing", "Generated on"), day),
        (translate("processing", "Technical and organisational security measures"), _t(SECURITY)),
    ])
    add_table(workbook, translate("processing", "Processing activities"),
              [translate("processing", "Purpose"), translate("processing", "Legal basis"), translate("processing", "Data subjects"), translate("processing", "Categories of personal data"), translate("processing", "Recipients"),
               translate("processing", "Transfers outside the EEA"), translate("processing", "Retention")],
              [[_t(p.title), _t(p.legal_basis), _t(p.data_subjects), _t(DATA_CATEGORIES), _t(p.recipients), _t(TRANSFERS),
                retention_terms(p, policy)] for p in PURPOSES])
    add_table(workbook, translate("processing", "Retention rules"),
              [translate("processing", "Rule"), translate("processing", "Applies to"), translate("processing", "Keep"), translate("processing", "From the privacy statement"), translate("processing", "The statement says")],
              [[rule.id, "; ".join(_t(SITUATION_LABELS[s]) for s in rule.situations if s in SITUATIONS), describe_rule(rule),
                rule.from_statement, preset.quotes.get(rule.id) if preset else None] for rule in policy.rules])
    return to_bytes(workbook)


def write_record_file(data: bytes, target: Path) -> Path:
    """Write the record to ``target`` (a new .xlsx file, owner-only); the service audits it."""
    return archive.write_export_file(data, target)


def default_name(day: dt.date) -> str:
    return f"record-of-processing-{day.isoformat()}.xlsx"
