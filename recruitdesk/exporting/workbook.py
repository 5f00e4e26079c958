"""One candidate's data as an .xlsx workbook, headers and codes in the current language.

This is the human-readable half of an access or portability answer (ICT Makers' statement
names "an .xlsx file"); the JSON file is the machine-readable half. One sheet per kind of
record: profile, applications, contacts, consents, notes (one row per version, so the history
is visible), documents, retention, processing (purposes, legal basis, recipients, terms) and
requests.
"""

from __future__ import annotations

from typing import cast

from recruitdesk.exporting.collect import CandidateData
from recruitdesk.exporting.labels import code_label, field_label
from recruitdesk.exporting.processing import TRANSFERS
from recruitdesk.exporting.sheets import add_fields, add_table, new_workbook, to_bytes
from recruitdesk.i18n import N_, translate
from recruitdesk.services.consents import CHANNEL_LABELS, PURPOSE_LABELS
from recruitdesk.services.notes import KIND_LABELS as NOTE_KINDS
from recruitdesk.services.rights_requests import KIND_LABELS as REQUEST_KINDS
from recruitdesk.services.stages import stage_label

SHEETS = {
    "profile": N_("export", "Profile"),
    "applications": N_("export", "Applications"),
    "contacts": N_("export", "Contacts"),
    "consents": N_("export", "Consents"),
    "notes": N_("export", "Notes"),
    "documents": N_("export", "Documents"),
    "retention": N_("export", "Retention"),
    "processing": N_("export", "Processing"),
    "requests": N_("export", "Requests"),
}


def _t(text: str) -> str:
    return translate("export", text)


# One translator per context, each with a literal context that lupdate and the tests can read.
_IN_CONTEXT = {
    "consents": lambda text: translate("consents", text),
    "notes": lambda text: translate("notes", text),
    "requests": lambda text: translate("requests", text),
}


def _label(labels: dict[str, str], context: str, code: str | None) -> str | None:
    if code is None:
        return None
    return _IN_CONTEXT[context](labels[code]) if code in labels else code


def build_workbook(data: CandidateData) -> bytes:
    workbook = new_workbook()
    add_fields(workbook, _t(SHEETS["profile"]), [
        (field_label(key), code_label(key, value)) for key, value in data.profile.items() if key != "sensitive" or value
    ] + [(translate("export", "Exported on"), data.exported_at)])

    add_table(workbook, _t(SHEETS["applications"]),
              [translate("export", "Vacancy"), translate("export", "Client"), translate("export", "Applied on"), translate("export", "Outcome"),
               translate("export", "Ended on"), translate("export", "Stage"), translate("export", "Rating (1-5)"), translate("export", "Tags")],
              [[a["title"], a["client"], a["applied_on"], code_label("outcome", a["outcome"]), a["ended_on"], stage_label(cast("str | None", a["stage"])),
                a["rating"], ", ".join(cast("list[str]", a["tags"]))] for a in data.applications])

    add_table(workbook, _t(SHEETS["contacts"]),
              [translate("export", "Date"), translate("export", "Channel"), translate("export", "What"),
               translate("export", "Consent wording asked"), translate("export", "Wording version")],
              [[c["on"], c["channel"], code_label("contact_kind", c["kind"]), c["wording"], c["wording_version"]] for c in data.contacts])

    evidence: dict[object, str] = {d.id: d.path for d in data.documents}
    add_table(workbook, _t(SHEETS["consents"]),
              [translate("export", "Purpose"), translate("export", "Given on"), translate("export", "Channel"), translate("export", "Text version"), translate("export", "Text agreed to"), translate("export", "Evidence file"),
               translate("export", "Expires on"), translate("export", "Withdrawn on")],
              [[_label(PURPOSE_LABELS, "consents", c.purpose), c.given_on, _label(CHANNEL_LABELS, "consents", c.channel),
                c.text_version, c.text, evidence.get(c.evidence_document_id) if c.evidence_document_id is not None else None, c.expires_on, c.withdrawn_on] for c in data.consents])

    note_rows = []
    for note in data.notes:
        for number, version in enumerate(note.history, start=1):
            note_rows.append([note.id, _label(NOTE_KINDS, "notes", note.kind), note.source,
                              note.discussed_with_candidate if note.kind == "online_screening" else None,
                              number, number == len(note.history), version.author, version.written_at, version.body])
    add_table(workbook, _t(SHEETS["notes"]),
              [translate("export", "Note"), translate("export", "Kind"), translate("export", "Source"), translate("export", "Discussed with you"), translate("export", "Version"), translate("export", "Current version"),
               translate("export", "Written by"), translate("export", "Written on"), translate("export", "Text")], note_rows)

    add_table(workbook, _t(SHEETS["documents"]),
              [translate("export", "Kind"), translate("export", "Original file name"), translate("export", "File in this export"), translate("export", "Type"), translate("export", "Size (bytes)"), translate("export", "Added on"), translate("export", "SHA-256")],
              [[code_label("document_kind", d.kind), d.filename, d.path, d.media_type, d.size, d.added_at, d.sha256] for d in data.documents])

    r = data.retention
    add_fields(workbook, _t(SHEETS["retention"]), [
        (translate("export", "Retention policy"), translate("presets", r.policy)),
        (translate("export", "Situation"), code_label("situation", r.situation)),
        (translate("export", "Rule"), r.rule),
        (translate("export", "Delete on"), r.due_on),
        (translate("export", "Why"), r.explanation),
        (translate("export", "Legal hold"), r.legal_hold),
        (translate("export", "Extended until"), r.extended_until),
    ])

    add_table(workbook, _t(SHEETS["processing"]),
              [translate("export", "Purpose"), translate("export", "Legal basis"), translate("export", "Recipients"), translate("export", "How long"), translate("export", "Transfers outside the EEA")],
              [[p.translated()["title"], p.translated()["legal_basis"], p.translated()["recipients"],
                data.purpose_terms[p.code], translate("processing", TRANSFERS)] for p in data.purposes])

    add_table(workbook, _t(SHEETS["requests"]),
              [translate("export", "Request"), translate("export", "Received on"), translate("export", "Answer due on"), translate("export", "Extended to"), translate("export", "Completed on"), translate("export", "What was done")],
              [[_label(REQUEST_KINDS, "requests", q.kind), q.received_on, q.due_on, q.extended_to, q.completed_on, q.outcome]
               for q in data.requests])
    return to_bytes(workbook)
