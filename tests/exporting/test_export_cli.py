"""``recruitdesk export`` and ``recruitdesk processing-record`` headless."""

from __future__ import annotations

import datetime as dt
import json

import pyzipper
import pytest

from recruitdesk import cli
from recruitdesk.clock import ManualClock


@pytest.fixture
def run(vault_folder, keychain, capsys):
    def invoke(*argv: str):
        clock = ManualClock(dt.datetime(2026, 3, 2, 9))
        code = cli.main([*argv, "--vault", str(vault_folder)], keychain=keychain, clock=clock)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


@pytest.fixture
def candidate(run):
    assert run("vault", "init")[0] == 0
    code, out, err = run("candidate", "add", "--name", "Lotte De Smet", "--email", "lotte@example.be", "--applied", "2026-01-05", "--json")
    assert code == 0, err
    return json.loads(out)["id"]


def test_export_folder_warns_on_stderr(run, candidate, tmp_path):
    code, out, err = run("export", str(candidate), "--out", str(tmp_path / "out"))
    assert code == 0, err
    folder = tmp_path / "out" / f"recruitdesk-export-{candidate}-2026-03-02"
    assert out.strip() == f"Candidate {candidate} exported to {folder}"
    assert "leaves the encrypted vault" in err
    assert (folder / "data.xlsx").is_file() and (folder / "data.json").is_file()


def test_export_zip_with_password_file(run, candidate, tmp_path):
    password_file = tmp_path / "pw.txt"
    password_file.write_text("a long enough password\n")
    code, out, err = run("export", str(candidate), "--out", str(tmp_path), "--password-file", str(password_file), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["encrypted"] is True and result["path"].endswith(".zip")
    assert "AES-256" in err and "leaves the encrypted vault" in err
    with pyzipper.AESZipFile(result["path"]) as archive_file:
        archive_file.setpassword(b"a long enough password")
        data = json.loads(archive_file.read(f"recruitdesk-export-{candidate}-2026-03-02/data.json"))
    assert data["candidate"]["full_name"] == "Lotte De Smet"


def test_export_errors_are_sentences(run, candidate, tmp_path):
    code, _, err = run("export", "4242", "--out", str(tmp_path))
    assert (code, err.strip()) == (3, "There is no candidate with number 4242.")
    short = tmp_path / "short.txt"
    short.write_text("abc\n")
    code, _, err = run("export", str(candidate), "--out", str(tmp_path), "--password-file", str(short))
    assert (code, err.strip()) == (2, "The export password must be at least 8 characters long.")
    code, _, err = run("export", str(candidate), "--out", str(tmp_path), "--password-file", str(tmp_path / "missing.txt"))
    assert code == 2 and "cannot be read" in err
    assert run("export", str(candidate), "--out", str(tmp_path), "--zip")[0] == 0
    code, _, err = run("export", str(candidate), "--out", str(tmp_path), "--zip")
    assert code == 2 and "already exists; nothing was overwritten" in err and "Traceback" not in err
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code, _, err = run("export", str(candidate), "--out", str(blocker))
    assert code == 1 and "could not be written" in err


def test_processing_record_command(run, candidate, tmp_path):
    code, out, err = run("processing-record", "--out", str(tmp_path))
    assert code == 0, err
    assert (tmp_path / "record-of-processing-2026-03-02.xlsx").is_file()
    assert "Lotte" not in (tmp_path / "record-of-processing-2026-03-02.xlsx").read_bytes().decode("latin-1")
