"""``recruitdesk import``: JSON Lines output, exit codes, and a kill in the middle of a batch."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from recruitdesk import cli
from recruitdesk.services.vault_access import create_vault
from recruitdesk.store.models import Candidate, Document, RetentionState
from recruitdesk.vault.vault import Vault
from tests.importing import make_files

ROOT = Path(__file__).resolve().parents[2]


def test_json_lines_one_object_per_file_and_exit_1_when_one_failed(new_vault, keychain, clock, tmp_path, capsys):
    vault, _ = new_vault
    folder = vault.folder
    vault.close()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    make_files.write_docx(inbox / "a.docx", make_files.dutch_cv_lines())
    (inbox / "b.pdf").write_bytes(b"")
    code = cli.main(["import", "--vault", str(folder), "--json", str(inbox)], keychain=keychain, clock=clock)
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 1
    assert [(row["status"], Path(row["file"]).name) for row in rows] == [("imported", "a.docx"), ("failed", "b.pdf")]
    imported, failed = rows
    assert imported["name"] == "Griet Van den Broeck" and imported["phone"] == "+32470123456"
    assert isinstance(imported["warnings"], list) and imported["error"] is None and imported["candidate_id"] >= 1
    assert failed["error"] == "b.pdf is empty (0 bytes)." and failed["candidate_id"] is None
    # Re-running on the same folder: the CV is a duplicate, exit 0 once the bad file is gone.
    (inbox / "b.pdf").unlink()
    assert cli.main(["import", "--vault", str(folder), "--json", str(inbox)], keychain=keychain, clock=clock) == 0
    [again] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert again["status"] == "duplicate" and again["candidate_id"] == imported["candidate_id"]


def test_text_output_is_translated(new_vault, keychain, clock, tmp_path, capsys):
    vault, _ = new_vault
    folder = vault.folder
    vault.close()
    path = make_files.write_pdf(tmp_path / "cv.pdf", make_files.french_cv_lines())
    assert cli.main(["import", "--vault", str(folder), str(path)], keychain=keychain, clock=clock) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("imported   cv.pdf -> candidate 1 (Camille Dubois)")
    assert "national register number" in captured.out
    assert "1 imported, 0 duplicates, 0 failed, 0 not imported." in captured.err and "Traceback" not in captured.err


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="kills a process group (POSIX); Windows runners need a job-object variant")
def test_kill_mid_batch_leaves_committed_candidates_whole(tmp_path, keychain, clock):
    folder = tmp_path / "vault"
    vault, recovery_key = create_vault(folder, keychain, clock)
    vault.close()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for number in range(40):
        lines = make_files.dutch_cv_lines(f"Kandidaat Nummer{chr(65 + number % 26)}{chr(65 + number // 26)}", f"kandidaat{number}@example.be",
                                          f"0470 00 {number:02d} 00", make_files.belgian_national_number(serial=f"{number + 100:03d}"))
        make_files.write_docx(inbox / f"cv{number:02d}.docx", lines)
    environment = dict(os.environ, RECRUITDESK_RECOVERY_KEY=recovery_key, RECRUITDESK_LANG="en",
                       PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    process = subprocess.Popen(
        [sys.executable, "-m", "recruitdesk", "import", "--vault", str(folder), "--json", str(inbox)],
        cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    reported = []
    try:
        deadline = time.monotonic() + 120
        while len(reported) < 3 and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            reported.append(json.loads(line))
        assert len(reported) >= 3, process.stderr.read().decode()
    finally:
        os.killpg(process.pid, signal.SIGKILL)  # the CLI and its extraction worker, mid-batch
        process.wait()
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL

    with Vault.open(folder, None, clock, recovery_key_text=recovery_key) as reopened:
        with reopened.session() as session:
            candidates = session.scalars(select(Candidate)).all()
            assert 3 <= len(candidates) < 40, "the kill came too late to test anything"
            for row in reported:
                assert session.get(Candidate, row["candidate_id"]) is not None
            for candidate in candidates:
                assert len(candidate.documents) == 1 and candidate.documents[0].content_enc
                assert candidate.retention is not None
            assert session.scalar(select(func.count(Document.id)).where(Document.candidate_id.not_in(select(Candidate.id)))) == 0
            assert session.scalar(select(func.count(RetentionState.candidate_id))) == len(candidates)
    # The batch can simply be run again: committed files are duplicates, the rest are imported.
    environment_again = dict(environment)
    rerun = subprocess.run([sys.executable, "-m", "recruitdesk", "import", "--vault", str(folder), "--json", str(inbox)],
                           cwd=ROOT, env=environment_again, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    statuses = [json.loads(line)["status"] for line in rerun.stdout.splitlines()]
    assert statuses.count("duplicate") == len(candidates) and statuses.count("imported") == 40 - len(candidates)
