"""One candidate's data as an .xlsx workbook, headers and codes in the current language.

This is the human-readable half of an access or portability answer (ICT Makers' statement
names "an .xlsx file"); the JSON file is the machine-readable half. One sheet per kind of
record: profile, applications, contacts, consents, notes (one row per version, so the history
is visible), documents, retention, processing (purposes, legal basis, recipients, terms) and
requests.
"""

from __future__ import annotations

from recruitdesk.exporting.collect import CandidateData
from recruitdesk.exporting.labels import code_label, field_label
from recruitdesk.exporting.processing import TRANSFERS
from recruitdesk.exporting.sheets import add_fields, add_table, new_workbook, to_bytes
from recruitdesk.i18n import N_, translate
from recruitdesk.services.consents import CHANNEL_LABELS, PURPOSE_LABELS
from recruitdesk.services.notes import KIND_LABELS as NOTE_KINDS
from recruitdesk.services.rights_requests import KIND_LABELS as REQUEST_KINDS

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


def _label(labels: dict[str, str], context: str, code: str | None) -> str | None:
    if code is None:
        return None
    return translate(context, labels[code]) if code in labels else code


def build_workbook(data: CandidateData) -> bytes:
    workbook = new_workbook()
    add_fields(workbook, _t(SHEETS["profile"]), [
        (field_label(key), code_label(key, value)) for key, value in data.profile.items() if key != "sensitive" or value
    ] + [(_t("Exported on"), data.exported_at)])

    add_table(workbook, _t(SHEETS["applications"]),
              [_t("Vacancy"), _t("Client"), _t("Applied on"), _t("Outcome"), _t("Ended on")],
              [[a["title"], a["client"], a["applied_on"], code_label("outcome", a["outcome"]), a["ended_on"]] for a in data.applications])

    add_table(workbook, _t(SHEETS["contacts"]), [_t("Date"), _t("Channel")],
              [[c["on"], c["channel"]] for c in data.contacts])

    evidence = {d.id: d.path for d in data.documents}
    add_table(workbook, _t(SHEETS["consents"]),
              [_t("Purpose"), _t("Given on"), _t("Channel"), _t("Text version"), _t("Text agreed to"), _t("Evidence file"),
               _t("Expires on"), _t("Withdrawn on")],
              [[_label(PURPOSE_LABELS, "consents", c.purpose), c.given_on, _label(CHANNEL_LABELS, "consents", c.channel),
                c.text_version, c.text, evidence.get(c.evidence_document_id), c.expires_on, c.withdrawn_on] for c in data.consents])

    note_rows = []
    for note in data.notes:
        for number, version in enumerate(note.history, start=1):
            note_rows.append([note.id, _label(NOTE_KINDS, "notes", note.kind), note.source,
                              note.discussed_with_candidate if note.kind == "online_screening" else None,
                              number, number == len(note.history), version.author, version.written_at, version.body])
    add_table(workbook, _t(SHEETS["notes"]),
              [_t("Note"), _t("Kind"), _t("Source"), _t("Discussed with you"), _t("Version"), _t("Current version"),
               _t("Written by"), _t("Written on"), _t("Text")], note_rows)

    add_table(workbook, _t(SHEETS["documents"]),
              [_t("Kind"), _t("Original file name"), _t("File in this export"), _t("Type"), _t("Size (bytes)"), _t("Added on"), _t("SHA-256")],
              [[code_label("document_kind", d.kind), d.filename, d.path, d.media_type, d.size, d.added_at, d.sha256] for d in data.documents])

    r = data.retention
    add_fields(workbook, _t(SHEETS["retention"]), [
        (_t("Retention policy"), translate("presets", r.policy)),
        (_t("Situation"), code_label("situation", r.situation)),
        (_t("Rule"), r.rule),
        (_t("Delete on"), r.due_on),
        (_t("Why"), r.explanation),
        (_t("Legal hold"), r.legal_hold),
        (_t("Extended until"), r.extended_until),
    ])

    add_table(workbook, _t(SHEETS["processing"]),
              [_t("Purpose"), _t("Legal basis"), _t("Recipients"), _t("How long"), _t("Transfers outside the EEA")],
              [[p.translated()["title"], p.translated()["legal_basis"], p.translated()["recipients"],
                data.purpose_terms[p.code], translate("processing", TRANSFERS)] for p in data.purposes])

    add_table(workbook, _t(SHEETS["requests"]),
              [_t("Request"), _t("Received on"), _t("Answer due on"), _t("Extended to"), _t("Completed on"), _t("What was done")],
              [[_label(REQUEST_KINDS, "requests", q.kind), q.received_on, q.due_on, q.extended_to, q.completed_on, q.outcome]
               for q in data.requests])
    return to_bytes(workbook)
