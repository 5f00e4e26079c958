"""The Art. 30 record of processing activities, generated from the configured policy."""

from __future__ import annotations

import csv
import io
import stat

import openpyxl
import pytest

from recruitdesk import settings
from recruitdesk.exporting import archive
from recruitdesk.exporting.processing import PURPOSES
from recruitdesk.services.exporting import write_processing_record
from recruitdesk.retention.presets import PRESETS
from recruitdesk.services import retention
from tests.exporting.libreoffice import convert_to_csv


def _rows(workbook, sheet):
    return list(workbook[sheet].iter_rows(min_row=2, values_only=True))


def test_record_follows_the_active_policy(new_vault, tmp_path):
    vault, _ = new_vault
    with vault.session() as session, session.begin():
        settings.put(session, "firm_name", "ICT Makers BV")
        settings.put(session, "privacy_contact", "privacy@ictmakers.example")
    retention.change_policy(vault, PRESETS["ictmakers"].policy, "ictmakers")
    path = write_processing_record(vault, tmp_path / "record.xlsx")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Controller", "Processing activities", "Retention rules"]
    controller = dict(_rows(workbook, "Controller"))
    assert controller["Controller"] == "ICT Makers BV" and controller["Retention policy"] == "ICT Makers (v2)"
    assert workbook["Controller"]["B6"].is_date
    activities = {row[0]: row for row in _rows(workbook, "Processing activities")}
    assert len(activities) == len(PURPOSES)
    recruitment = activities["Recruitment and selection for a vacancy"]
    # The statement's term, then the firm defaults where it is silent (open procedure, hired).
    assert recruitment[6] == ("6 weeks after the end of the procedure; "
                              "6 months after the last contact (the firm's own rule: the statement sets no term); "
                              "3 months after the end of the procedure (the firm's own rule: the statement sets no term)")
    reserve = activities["Keeping the candidate in the recruitment reserve for future vacancies"]
    assert reserve[6] == "As long as the situation lasts, at most 1 year after the end of the procedure"
    assert "Consent" in reserve[1]
    rules = {row[0]: row for row in _rows(workbook, "Retention rules")}
    assert rules["not_hired"][2:4] == ("6 weeks after the end of the procedure", "Yes")
    assert rules["not_hired"][4].startswith("Mocht je na afloop van de sollicitatieprocedure")
    assert rules["sourced"][3] == "No" and "firm's own rule" in rules["sourced"][2]


def test_record_is_read_by_libreoffice(new_vault, tmp_path):
    vault, _ = new_vault  # nl-ap
    path = write_processing_record(vault, tmp_path / "record.xlsx")
    sheets = convert_to_csv(path, tmp_path / "csv")
    assert set(sheets) == {"Controller", "Processing activities", "Retention rules"}
    activities = list(csv.reader(io.StringIO(sheets["Processing activities"])))
    assert activities[0][0] == "Purpose" and activities[1][6].startswith("4 weeks after the end of the procedure; ")


def test_record_never_overwrites(new_vault, tmp_path):
    vault, _ = new_vault
    write_processing_record(vault, tmp_path / "record.xlsx")
    with pytest.raises(archive.ExportDestinationExists):
        write_processing_record(vault, tmp_path / "record.xlsx")
