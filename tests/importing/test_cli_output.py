"""``recruitdesk import`` output a hostile folder cannot corrupt, and a closed pipe (issue 20 bullet 5, issue 17 bullet 5)."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from recruitdesk import cli
from recruitdesk.commands.common import file_name_fields, printable
from recruitdesk.services.vault_access import create_vault
from recruitdesk.store.models import Candidate
from recruitdesk.vault.vault import Vault
from tests.importing import make_files

ROOT = Path(__file__).resolve().parents[2]


def _environment(recovery_key: str) -> dict[str, str]:
    return dict(os.environ, RECRUITDESK_RECOVERY_KEY=recovery_key, RECRUITDESK_LANG="en", PYTHONPATH=str(ROOT),
                PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")


@pytest.fixture
def headless_vault(tmp_path, keychain, clock):
    vault, recovery_key = create_vault(tmp_path / "vault", keychain, clock)
    vault.close()
    return tmp_path / "vault", recovery_key


def _cv(path: Path, name: str, email: str, number: int = 0) -> None:
    lines = make_files.dutch_cv_lines(name, email, f"0470 00 {number:02d} 00", make_files.belgian_national_number(serial=f"{number + 100:03d}"))
    path.write_text("\n".join(lines), encoding="utf-8")


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="needs a file system that stores any bytes as a name (Linux)")
def test_every_json_line_is_utf8_json_and_a_non_utf8_name_is_recoverable(tmp_path, headless_vault):
    folder, recovery_key = headless_vault
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    raw_name = b"M\xfcller-\xff.txt"  # Latin-1 from an old zip, plus a byte that is nothing at all
    with open(os.path.join(os.fsencode(inbox), raw_name), "w", encoding="utf-8") as handle:
        handle.write("\n".join(make_files.dutch_cv_lines("Jan Müller", "jan.muller@example.be")))
    _cv(inbox / "gewoon.txt", "Piet Peeters", "piet@example.be", 1)
    run = subprocess.run([sys.executable, "-m", "recruitdesk", "import", "--vault", str(folder), "--json", str(inbox)],
                         cwd=ROOT, env=dict(_environment(recovery_key), LC_ALL="C"), capture_output=True, timeout=180)
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
    rows = [json.loads(line.decode("utf-8")) for line in run.stdout.splitlines()]  # strict UTF-8, then JSON
    by_status = {Path(row["file"]).name: row for row in rows}
    assert set(by_status) == {"gewoon.txt", "M\\xfcller-\\xff.txt"}
    odd = by_status["M\\xfcller-\\xff.txt"]
    assert odd["status"] == "imported" and odd["name"] == "Jan Müller"
    assert os.path.basename(base64.b64decode(odd["file_bytes"])) == raw_name
    assert by_status["gewoon.txt"]["file_bytes"] is None


def test_plain_output_escapes_control_characters_in_names(tmp_path, new_vault, keychain, clock, capsys):
    vault, _ = new_vault
    folder = vault.folder
    vault.close()
    if sys.platform == "win32":
        pytest.skip("Windows file names cannot hold control characters")
    hostile = tmp_path / "Jan\n\x1b[31mimported   evil.txt -> candidate 99 (Root)\r.txt"
    _cv(hostile, "Jan Peeters", "jan@example.be")
    assert cli.main(["import", "--vault", str(folder), str(hostile)], keychain=keychain, clock=clock) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\r" not in out
    assert out.splitlines()[0] == "imported   Jan\\n\\x1b[31mimported   evil.txt -> candidate 99 (Root)\\r.txt -> candidate 1 (Jan Peeters)"
    assert len(out.splitlines()) == 1 + sum(1 for line in out.splitlines() if line.startswith("    "))


def test_printable_and_file_name_fields():
    assert printable("a\tb\x7f\x9b\u202ecv.exe") == "a\\tb\\x7f\\x9b\\u202ecv.exe"
    assert printable("Zoë Ağaoğlu 李") == "Zoë Ağaoğlu 李"
    assert file_name_fields("/x/Zoë.pdf") == {"file": "/x/Zoë.pdf", "file_bytes": None}
    if sys.platform != "win32":
        weird = os.fsdecode(b"/x/\xff.pdf")
        assert file_name_fields(weird) == {"file": "/x/\\xff.pdf", "file_bytes": base64.b64encode(b"/x/\xff.pdf").decode()}
        assert printable(os.path.basename(weird)) == "\\xff.pdf"


@pytest.mark.skipif(sys.platform == "win32", reason="EPIPE semantics of a closed pipe (POSIX); Windows reports EINVAL, handled the same")
def test_a_closed_pipe_stops_the_import_quietly_and_keeps_what_was_stored(tmp_path, headless_vault, clock):
    folder, recovery_key = headless_vault
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for number in range(40):
        _cv(inbox / f"cv{number:02d}.txt", f"Kandidaat Nummer{chr(65 + number % 26)}{chr(65 + number // 26)}", f"k{number}@example.be", number)
    process = subprocess.Popen([sys.executable, "-m", "recruitdesk", "import", "--vault", str(folder), "--json", str(inbox)],
                               cwd=ROOT, env=_environment(recovery_key), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = json.loads(process.stdout.readline())  # `| head -1`
    process.stdout.close()
    started = time.monotonic()
    stderr = process.stderr.read().decode()
    process.wait(timeout=120)
    process.stderr.close()
    assert time.monotonic() - started < 60
    assert process.returncode == 141, stderr
    assert "unexpected" not in stderr and "Traceback" not in stderr and "Exception ignored" not in stderr
    assert "The output was closed; the import stopped after" in stderr
    with Vault.open(folder, None, clock, recovery_key_text=recovery_key) as reopened, reopened.session() as session:
        candidates = session.scalars(select(Candidate)).all()
        assert 1 <= len(candidates) < 40
        assert session.get(Candidate, first["candidate_id"]) is not None
        for candidate in candidates:
            assert len(candidate.documents) == 1 and candidate.retention is not None
    rerun = subprocess.run([sys.executable, "-m", "recruitdesk", "import", "--vault", str(folder), "--json", str(inbox)],
                           cwd=ROOT, env=_environment(recovery_key), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    statuses = [json.loads(line)["status"] for line in rerun.stdout.splitlines()]
    assert statuses.count("duplicate") == len(candidates) and statuses.count("imported") == 40 - len(candidates)


@pytest.mark.skipif(sys.platform == "win32", reason="EPIPE semantics of a closed pipe (POSIX)")
def test_any_command_whose_reader_is_gone_exits_quietly(headless_vault):
    folder, recovery_key = headless_vault
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the command writes anything
    try:
        environment = {key: value for key, value in _environment(recovery_key).items() if key != "PYTHONUNBUFFERED"}  # buffered, as usual
        run = subprocess.run([sys.executable, "-m", "recruitdesk", "vault", "info", "--vault", str(folder)], cwd=ROOT,
                             env=environment, stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write_end)
    assert run.returncode == 141
    assert run.stderr == ""
