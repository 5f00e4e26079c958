"""One candidate's data as JSON: the structured, machine-readable format of GDPR Art. 20.

Keys and codes are stable English identifiers whatever the export language (another system
must be able to import the file); human sentences (explanations, purposes) are in the export
language. The shape is described by ``candidate_export.schema.json`` (JSON Schema 2020-12),
shipped in this package and copied into every export; ``SCHEMA_VERSION`` changes when it does.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

from recruitdesk import __version__
from recruitdesk.exporting.collect import CandidateData
from recruitdesk.i18n import current_language

SCHEMA_VERSION = "1.2"  # 1.1: contacts carry their kind and the consent wording a message asked; 1.2: applications their stage, rating and tags
SCHEMA_FILE = "candidate_export.schema.json"


def schema_text() -> str:
    return resources.files("recruitdesk.exporting").joinpath(SCHEMA_FILE).read_text("utf-8")


def schema() -> dict:
    return json.loads(schema_text())


def _iso(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _plain(mapping: dict[str, object]) -> dict[str, object]:
    return {key: _iso(value) for key, value in mapping.items()}


def build_document(data: CandidateData) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "generator": f"RecruitDesk {__version__}",
        "exported_at": _iso(data.exported_at),
        "language": current_language(),
        "candidate": {"reference": data.uid, **_plain(data.profile)},
        "applications": [_plain(a) for a in data.applications],
        "contacts": [_plain(c) for c in data.contacts],
        "consents": [
            {"purpose": c.purpose, "given_on": _iso(c.given_on), "channel": c.channel, "text_version": c.text_version,
             "text": c.text, "evidence_file": next((d.path for d in data.documents if d.id == c.evidence_document_id), None),
             "expires_on": _iso(c.expires_on), "withdrawn_on": _iso(c.withdrawn_on)}
            for c in data.consents
        ],
        "notes": [
            {"kind": n.kind, "source": n.source, "discussed_with_candidate": n.discussed_with_candidate,
             "author": n.author, "written_at": _iso(n.created_at), "body": n.body,
             "history": [{"author": v.author, "written_at": _iso(v.written_at), "body": v.body} for v in n.history]}
            for n in data.notes
        ],
        "documents": [
            {"kind": d.kind, "filename": d.filename, "path": d.path, "media_type": d.media_type, "size": d.size,
             "added_at": _iso(d.added_at), "sha256": d.sha256}
            for d in data.documents
        ],
        "retention": {
            "policy": data.retention.policy, "policy_version": data.retention.policy_version,
            "situation": data.retention.situation, "status": data.retention.status, "rule": data.retention.rule,
            "due_on": _iso(data.retention.due_on), "explanation": data.retention.explanation,
            "legal_hold": data.retention.legal_hold, "extended_until": _iso(data.retention.extended_until),
        },
        "processing": [
            {**p.translated(), "retention": data.purpose_terms[p.code], "transfers_outside_eea": False}
            for p in data.purposes
        ],
        "requests": [
            {"kind": q.kind, "received_on": _iso(q.received_on), "due_on": _iso(q.due_on), "extended_to": _iso(q.extended_to),
             "completed_on": _iso(q.completed_on), "outcome": q.outcome}
            for q in data.requests
        ],
    }


def to_bytes(document: dict) -> bytes:
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
