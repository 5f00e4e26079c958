"""Exporting one candidate's data: workbook, JSON (+ its schema), original documents; audited.

The export is the answer to an access or portability request, so it must be complete (every
record the vault holds about the person, decrypted) and must hold nothing about anyone else
(see ``collect``). It leaves the vault's encryption behind: callers show ``EXPORT_WARNING``
before or after writing, and offer the password-protected zip.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from recruitdesk.dates import long_date
from recruitdesk.exporting import archive, json_document
from recruitdesk.exporting.collect import CandidateData
from recruitdesk.exporting.workbook import build_workbook
from recruitdesk.i18n import N_, translate

EXPORT_WARNING = N_(
    "export",
    "This export leaves the encrypted vault: anyone who gets these files can read them. Send it "
    "password-protected, keep the password apart from the files, and delete your copy when it is no longer needed.",
)
AES_NOTE = N_(
    "export",
    "The zip is encrypted with AES-256: open it with 7-Zip, WinZip or Keka; the built-in Windows zip support cannot.",
)
README = N_(
    "export",
    "Your personal data held by {firm}, exported on {date}.\n\n"
    "{workbook}: your data in a spreadsheet, one sheet per kind of record, including why we process it, "
    "on what legal basis, who receives it and how long we keep it.\n"
    "{json}: the same data in a structured, machine-readable format (JSON); its format is described in {schema}.\n"
    "documents/: the original documents we hold about you.\n",
)
WORKBOOK_FILE = "data.xlsx"
JSON_FILE = "data.json"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    files: tuple[str, ...]
    encrypted: bool


def export_name(candidate_id: int | str, day: dt.date) -> str:
    """The folder or zip name: no personal data in it, only the candidate number and the day."""
    return f"recruitdesk-export-{candidate_id}-{day.isoformat()}"


def build_contents(data: CandidateData, firm: str) -> dict[str, bytes]:
    """Every file of the export, by relative path."""
    readme = translate("export", README).format(
        firm=firm or translate("export", "the firm"), date=long_date(data.exported_at.date()),
        workbook=WORKBOOK_FILE, json=JSON_FILE, schema=json_document.SCHEMA_FILE,
    )
    contents = {
        "README.txt": readme.replace("\n", "\r\n").encode("utf-8"),
        WORKBOOK_FILE: build_workbook(data),
        JSON_FILE: json_document.to_bytes(json_document.build_document(data)),
        json_document.SCHEMA_FILE: json_document.schema_text().encode("utf-8"),
    }
    for document in data.documents:
        contents[document.path] = document.content
    return contents


def write_export(
    data: CandidateData,
    firm: str,
    out_dir: Path,
    day: dt.date,
    as_zip: bool = False,
    password: str | None = None,
    progress: archive.Progress | None = None,
    cancelled: archive.Cancelled | None = None,
) -> ExportResult:
    """Write the export into ``out_dir`` as a new folder, or as a zip (always a zip with a password).

    Files only: ``services.exporting.export_candidate`` reads the data and audits the export.
    """
    archive.check_password(password)
    as_zip = as_zip or password is not None
    contents = build_contents(data, firm)
    out_dir = Path(out_dir)
    archive.prepare_folder(out_dir)
    name = export_name(data.id, day)
    if as_zip:
        stamp = data.exported_at.timetuple()[:6]
        path = archive.write_zip(out_dir / f"{name}.zip", name, contents, password, progress, cancelled, stamp)
    else:
        path = archive.write_folder(out_dir / name, contents, progress, cancelled)
    return ExportResult(path, tuple(contents), password is not None)
