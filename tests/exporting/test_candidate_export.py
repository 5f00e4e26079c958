"""One candidate's export: complete, readable by openpyxl and LibreOffice, valid JSON, private,
audited, and free of anyone else's data."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import stat
import zipfile
from pathlib import Path

import jsonschema
import openpyxl
import pytest
import pyzipper
from sqlalchemy import select

from recruitdesk import i18n
from recruitdesk.exporting import archive, json_document
from recruitdesk.services.exporting import export_candidate
from recruitdesk.services.candidates import new_candidate
from recruitdesk.store.models import AuditEntry
from tests.exporting.libreoffice import convert_to_csv

PASSWORD = "correct horse battery"


def _files(result) -> dict[str, bytes]:
    """Every file of an export, folder or zip (decrypted with PASSWORD), by path inside it."""
    if result.path.is_dir():
        return {p.relative_to(result.path).as_posix(): p.read_bytes() for p in result.path.rglob("*") if p.is_file()}
    with pyzipper.AESZipFile(result.path) as archive_file:
        archive_file.setpassword(PASSWORD.encode())
        root = export_name_of(result.path)
        return {name[len(root) + 1:]: archive_file.read(name) for name in archive_file.namelist()}


def export_name_of(path: Path) -> str:
    return path.name[:-4] if path.suffix == ".zip" else path.name


def _texts(name: str, data: bytes) -> list[str]:
    """The readable text of a file; an .xlsx (a zip of XML) is opened and every part read."""
    if name.endswith(".xlsx"):
        with zipfile.ZipFile(io.BytesIO(data)) as inner:
            return [inner.read(part).decode("utf-8", "replace") for part in inner.namelist()]
    return [data.decode("utf-8", "replace")]


def test_folder_export_reads_back_with_openpyxl(people, tmp_path):
    vault, an, _ = people
    result = export_candidate(vault, an.id, tmp_path / "out")
    assert result.path == tmp_path / "out" / "recruitdesk-export-1-2026-03-02" and not result.encrypted
    files = _files(result)
    assert set(files) == {"README.txt", "data.xlsx", "data.json", "candidate_export.schema.json",
                          "documents/01-cv.pdf", "documents/02-consent_evidence.eml"}
    assert files["documents/01-cv.pdf"] == an.cv  # the original, decrypted

    workbook = openpyxl.load_workbook(result.path / "data.xlsx")
    assert workbook.sheetnames == ["Profile", "Applications", "Contacts", "Consents", "Notes", "Documents", "Retention",
                                   "Processing", "Requests"]
    profile = {row[0]: row[1] for row in workbook["Profile"].iter_rows(min_row=2, values_only=True)}
    assert profile["Name"] == "An Peeters" and profile["Email"] == "an.peeters@example.be"
    assert profile["Applied on"] == dt.datetime(2026, 1, 5)  # a real date, read back as one
    assert workbook["Profile"]["B9"].is_date

    applications = list(workbook["Applications"].values)
    assert applications[0] == ("Vacancy", "Client", "Applied on", "Outcome", "Ended on", "Stage", "Rating (1-5)", "Tags")
    assert applications[1][2:] == (dt.datetime(2026, 1, 5), "Not hired", dt.datetime(2026, 2, 1), None, None, None)

    contacts = list(workbook["Contacts"].values)
    assert contacts[0] == ("Date", "Channel", "What", "Consent wording asked", "Wording version")
    assert contacts[-1] == (dt.datetime(2026, 1, 21), "email", "Rejection message sent",
                            "anq-reserve-wording: may we keep your CV for two years?", "reserve-v2")

    consent = dict(zip(*list(workbook["Consents"].values), strict=True))
    assert consent["Purpose"] == "Recruitment reserve" and consent["Text agreed to"] == "anq-consent-wording"
    assert consent["Expires on"] == dt.datetime(2027, 2, 1) and consent["Evidence file"] == "documents/02-consent_evidence.eml"

    notes = list(workbook["Notes"].iter_rows(min_row=2, values_only=True))
    assert [(row[1], row[4], row[5], row[6], row[8]) for row in notes] == [
        ("Interview", 1, "No", "Recruiter A", "anq-first-note"),
        ("Interview", 2, "Yes", "Recruiter B", "anq-second-note"),
        ("Online screening", 1, "Yes", "Recruiter A", "anq-screening"),
    ]
    assert notes[2][2:4] == ("LinkedIn", "No")

    retention = {row[0]: row[1] for row in workbook["Retention"].iter_rows(min_row=2, values_only=True)}
    assert retention["Delete on"] == dt.datetime(2027, 2, 1)
    assert retention["Why"].startswith("At most 1 year after the end of the procedure on 1 February 2026 — Dutch DPA guidance policy")
    processing = list(workbook["Processing"].iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in processing][:2] == ["Recruitment and selection for a vacancy",
                                                   "Keeping the candidate in the recruitment reserve for future vacancies"]
    assert "Consent (GDPR Art. 6(1)(a))" in processing[1][1]
    assert processing[1][3] == "As long as the situation lasts, at most 1 year after the end of the procedure"
    requests = list(workbook["Requests"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[2], r[5]) for r in requests] == [("Data portability", dt.datetime(2026, 4, 1), None),
                                                      ("Access to data", dt.datetime(2026, 3, 20), "anq-outcome")]


def test_export_files_are_owner_only(people, tmp_path):
    vault, an, _ = people
    folder = export_candidate(vault, an.id, tmp_path / "out").path
    zipped = export_candidate(vault, an.id, tmp_path / "zipped", password=PASSWORD).path
    for path in [folder, *folder.rglob("*"), zipped]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), (path, oct(mode))


def test_json_is_valid_against_the_shipped_schema(people, tmp_path):
    vault, an, _ = people
    files = _files(export_candidate(vault, an.id, tmp_path))
    document = json.loads(files["data.json"])
    schema = json.loads(files["candidate_export.schema.json"])
    assert schema == json_document.schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    assert sorted(error.message for error in validator.iter_errors(document)) == []
    assert document["schema_version"] == json_document.SCHEMA_VERSION == "1.2"
    assert document["contacts"][-1] == {"on": "2026-01-21", "channel": "email", "kind": "rejection_sent", "wording_version": "reserve-v2",
                                        "wording": "anq-reserve-wording: may we keep your CV for two years?"}
    assert document["candidate"]["full_name"] == "An Peeters"
    assert [v["body"] for v in document["notes"][0]["history"]] == ["anq-first-note", "anq-second-note"]
    assert document["consents"][0]["evidence_file"] == "documents/02-consent_evidence.eml"
    assert document["retention"]["due_on"] == "2027-02-01"
    for item in document["documents"]:
        assert item["path"] in files and item["size"] == len(files[item["path"]])
    broken = {**document, "schema_version": "0.9"}
    assert list(validator.iter_errors(broken))  # the schema really constrains


@pytest.mark.parametrize("mode", ["folder", "zip", "encrypted zip"])
def test_nothing_about_another_candidate(people, tmp_path, mode):
    vault, an, bram = people
    result = export_candidate(vault, an.id, tmp_path, as_zip=mode != "folder", password=PASSWORD if mode == "encrypted zip" else None)
    files = _files(result)
    texts = [text for name, data in files.items() for text in _texts(name, data)]
    assert any("An Peeters" in text for text in texts) and any("anq-second-note" in text for text in texts)  # positive control
    for forbidden in (bram.name, bram.email, bram.phone, "Bram", "bram", *bram.secrets):
        offending = [name for name, data in files.items() if any(forbidden in text for text in _texts(name, data))]
        assert offending == [], f"{forbidden!r} found in {offending}"
    assert bram.cv not in files.values()
    assert "Bram" not in result.path.name and "An" not in result.path.name.replace("recruitdesk", "")


def test_encrypted_zip_needs_the_password(people, tmp_path):
    vault, an, _ = people
    result = export_candidate(vault, an.id, tmp_path, password=PASSWORD)
    assert result.encrypted and result.path.suffix == ".zip"
    with zipfile.ZipFile(result.path) as plain:
        assert all(info.flag_bits & 0x1 for info in plain.infolist())  # every entry encrypted
        with pytest.raises(RuntimeError):
            plain.read(plain.namelist()[0])
    with pyzipper.AESZipFile(result.path) as aes:
        aes.setpassword(b"wrong password")
        with pytest.raises(RuntimeError):
            aes.read(aes.namelist()[0])
    raw = result.path.read_bytes()
    assert b"An Peeters" not in raw and b"anq" not in raw
    with pytest.raises(archive.ExportPasswordTooShort):
        export_candidate(vault, an.id, tmp_path / "other", password="short")


def test_libreoffice_reads_the_workbook(people, tmp_path):
    vault, an, _ = people
    result = export_candidate(vault, an.id, tmp_path / "out")
    sheets = convert_to_csv(result.path / "data.xlsx", tmp_path / "csv")
    assert set(sheets) == {"Profile", "Applications", "Contacts", "Consents", "Notes", "Documents", "Retention", "Processing", "Requests"}
    profile = dict(row for row in csv.reader(io.StringIO(sheets["Profile"])) if len(row) == 2)
    assert profile["Name"] == "An Peeters" and profile["Applied on"] == "2026-01-05"
    notes = list(csv.reader(io.StringIO(sheets["Notes"])))
    assert notes[0][:3] == ["Note", "Kind", "Source"] and notes[2][8] == "anq-second-note"
    assert "2027-02-01" in sheets["Retention"]


def test_headers_follow_the_language(people, tmp_path, monkeypatch):
    vault, an, _ = people
    catalog = {"export": {"Profile": "Profiel", "Name": "Naam", "Field": "Veld", "Value": "Waarde"}}
    monkeypatch.setattr(i18n, "_catalog", lambda language: catalog if language == "nl" else {})
    i18n.set_language("nl")
    result = export_candidate(vault, an.id, tmp_path)
    workbook = openpyxl.load_workbook(result.path / "data.xlsx")
    assert workbook.sheetnames[0] == "Profiel"
    assert list(workbook["Profiel"].values)[:2] == [("Veld", "Waarde"), ("Naam", "An Peeters")]
    assert json.loads((result.path / "data.json").read_text())["language"] == "nl"


def test_formula_looking_text_stays_text(new_vault, clock, tmp_path):
    vault, _ = new_vault
    with vault.session() as session, session.begin():
        candidate_id = new_candidate(session, vault.candidate_keys, clock, '=HYPERLINK("http://evil.example","x")\x07').id
    result = export_candidate(vault, candidate_id, tmp_path)
    cell = openpyxl.load_workbook(result.path / "data.xlsx")["Profile"]["B2"]
    assert (cell.value, cell.data_type) == ('=HYPERLINK("http://evil.example","x")', "s")


def test_export_is_audited_without_personal_data(people, tmp_path):
    vault, an, _ = people
    export_candidate(vault, an.id, tmp_path, password=PASSWORD, request_id=2)
    with vault.session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "candidate.exported")).one()
        uid = session.scalars(select(AuditEntry.candidate_uid).where(AuditEntry.action == "candidate.added")).first()
    assert entry.candidate_uid == uid
    assert json.loads(entry.details_json) == {"documents": 2, "encrypted": True, "format": "zip", "request_id": 2}


def test_refusals_leave_nothing_behind(people, tmp_path):
    vault, an, _ = people
    first = export_candidate(vault, an.id, tmp_path)
    with pytest.raises(archive.ExportDestinationExists):
        export_candidate(vault, an.id, tmp_path)
    assert first.path.is_dir()
    with pytest.raises(archive.ExportCancelled):
        export_candidate(vault, an.id, tmp_path / "cancelled", as_zip=True, cancelled=lambda: True)
    with pytest.raises(archive.ExportCancelled):
        export_candidate(vault, an.id, tmp_path / "cancelled", cancelled=lambda: True)
    assert list((tmp_path / "cancelled").iterdir()) == []
    seen = []
    export_candidate(vault, an.id, tmp_path / "progress", progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)


def test_a_damaged_record_stops_the_export(people, tmp_path):
    from recruitdesk.exporting.collect import ExportDataUnreadable
    from recruitdesk.store.models import ScreeningNote

    vault, an, bram = people
    with vault.session() as session, session.begin():
        mine = session.scalars(select(ScreeningNote).where(ScreeningNote.candidate_id == an.id)).first()
        theirs = session.scalars(select(ScreeningNote).where(ScreeningNote.candidate_id == bram.id)).first()
        mine.body_enc = theirs.body_enc  # another person's blob pasted in: must not decrypt
    with pytest.raises(ExportDataUnreadable) as error:
        export_candidate(vault, an.id, tmp_path / "out")
    assert "no export was made" in error.value.message()
    assert not (tmp_path / "out").exists()


def test_a_vacancy_application_is_exported_with_its_stage_rating_and_tags(people, tmp_path):
    """The recruiter's judgement of an application (stage, 1-5 rating, tags) is the candidate's data too:
    an access request's export holds it, in the JSON (valid against the schema) and in the workbook."""
    from recruitdesk.services import applications, vacancies

    vault, an, _ = people
    vacancy = vacancies.add_vacancy(vault, "Payroll officer", client="Acme NV")
    application = applications.apply(vault, an.id, vacancy)
    applications.move_stage(vault, application, "interview")
    applications.set_rating(vault, application, 4, blind=True)
    applications.set_tags(vault, application, ["payroll", "senior"])
    result = export_candidate(vault, an.id, tmp_path / "out")
    document = json.loads((result.path / "data.json").read_text(encoding="utf-8"))
    [exported] = [a for a in document["applications"] if a["title"] == "Payroll officer"]
    assert (exported["client"], exported["stage"], exported["rating"], exported["tags"]) == ("Acme NV", "interview", 4, ["payroll", "senior"])
    assert [a["rating"] for a in document["applications"] if a["title"] != "Payroll officer"] == [None]  # a procedure without a vacancy
    validator = jsonschema.Draft202012Validator(json_document.schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    assert sorted(error.message for error in validator.iter_errors(document)) == []
    rows = list(openpyxl.load_workbook(result.path / "data.xlsx")["Applications"].values)
    assert ("Payroll officer", "Acme NV") + ("Interview", 4, "payroll, senior") in [row[:2] + row[5:] for row in rows]
