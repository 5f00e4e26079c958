"""Exports as the GUI and the CLI ask for them: one candidate's data, and the Art. 30 record.

This service reads what is exported in its own session, hands plain data to ``recruitdesk.exporting``
(which only builds and writes files), then audits the export. The constants and the result type
the callers show are re-exported here, so the GUI and the CLI need nothing from ``exporting``.
"""

from __future__ import annotations

from pathlib import Path

from recruitdesk import audit, settings
from recruitdesk.exporting import archive
from recruitdesk.exporting.archive import MIN_PASSWORD_LENGTH, Cancelled, Progress, check_password
from recruitdesk.exporting.candidate_export import AES_NOTE, EXPORT_WARNING, ExportResult, write_export
from recruitdesk.exporting.collect import collect
from recruitdesk.exporting.processing import describe_rule
from recruitdesk.exporting.processing_record import SITUATION_LABELS, build_processing_record, write_record_file
from recruitdesk.exporting.processing_record import default_name as processing_record_name
from recruitdesk.services.countdown import active_policy, load_candidate
from recruitdesk.services.rights_requests import list_requests
from recruitdesk.vault.vault import Vault

__all__ = [
    "AES_NOTE", "EXPORT_WARNING", "MIN_PASSWORD_LENGTH", "SITUATION_LABELS", "ExportResult", "check_password", "describe_rule",
    "export_candidate",
    "processing_record_name", "write_processing_record",
]


def export_candidate(
    vault: Vault,
    candidate_id: int,
    out_dir: Path,
    as_zip: bool = False,
    password: str | None = None,
    request_id: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Write the candidate's export into ``out_dir`` (a folder, or a zip; always a zip with a password)."""
    archive.check_password(password)
    requests = list_requests(vault, candidate_id=candidate_id)
    with vault.read_session() as session:
        load_candidate(session, candidate_id)  # a clear error for an unknown number, before any work
        firm = settings.get(session, "firm_name")
        data = collect(session, vault.candidate_keys, vault.clock.now().replace(tzinfo=None), candidate_id, requests)
    result = write_export(data, firm, out_dir, vault.clock.today(), as_zip, password, progress, cancelled)
    with vault.session() as session, session.begin():
        audit.record(session, vault.clock, "candidate.exported", candidate_uid=data.uid,
                     format="zip" if as_zip or password is not None else "folder",
                     encrypted=password is not None, documents=len(data.documents), request_id=request_id)
    return result


def write_processing_record(vault: Vault, target: Path) -> Path:
    """Write the record of processing activities (GDPR Art. 30) to ``target`` and audit it."""
    with vault.read_session() as session:
        policy, version = active_policy(session)
        firm = settings.get(session, "firm_name")
        contact = settings.get(session, "privacy_contact")
        statement = settings.get(session, "privacy_statement_url")
    data = build_processing_record(policy, version, firm, contact, statement, vault.clock.today())
    path = write_record_file(data, target)
    with vault.session() as session, session.begin():
        audit.record(session, vault.clock, "processing_record.exported")
    return path

