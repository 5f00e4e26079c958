"""The single-instance lock holds even when ``vault.lock`` is deleted (issue 20, bullet 4)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from recruitdesk import errors
from recruitdesk.services.vault_access import create_vault
from recruitdesk.store.models import Candidate, Document
from recruitdesk.vault.lock import VaultLock
from recruitdesk.vault.vault import Vault
from tests.importing import make_files

ROOT = Path(__file__).resolve().parents[2]
IN_USE = "This vault is already open in another RecruitDesk window or process. Close it there first."


def _environment(recovery_key: str) -> dict[str, str]:
    return dict(os.environ, RECRUITDESK_RECOVERY_KEY=recovery_key, RECRUITDESK_LANG="en", PYTHONPATH=str(ROOT),
                PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")


def test_deleting_the_lock_file_during_an_import_does_not_let_a_second_writer_in(tmp_path, keychain, clock):
    folder = tmp_path / "vault"
    vault, recovery_key = create_vault(folder, keychain, clock)
    vault.close()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    count = 60  # enough that the import is still writing when the eraser starts, even with two readers
    for number in range(count):
        lines = make_files.dutch_cv_lines(f"Kandidaat Nummer{chr(65 + number % 26)}{chr(65 + number // 26)}", f"k{number}@example.be",
                                          f"0470 00 {number:02d} 00", make_files.belgian_national_number(serial=f"{number + 100:03d}"))
        make_files.write_docx(inbox / f"cv{number:02d}.docx", lines)
    environment = _environment(recovery_key)
    importer = subprocess.Popen([sys.executable, "-m", "recruitdesk", "import", "--vault", str(folder), "--json", str(inbox)],
                                cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = json.loads(importer.stdout.readline())
        assert first["status"] == "imported"
        (folder / "vault.lock").unlink()  # what the attacker (or a cleanup script) does
        assert importer.poll() is None  # the import is still running (an erase that succeeds fails the test below)
        eraser = subprocess.run([sys.executable, "-m", "recruitdesk", "erase", "--vault", str(folder), str(first["candidate_id"])],
                                cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120)
        assert eraser.returncode == errors.VaultInUse.exit_code and eraser.stderr.strip() == IN_USE, eraser.stderr
        rest, stderr = importer.communicate(timeout=300)
    finally:
        if importer.poll() is None:
            importer.kill()
            importer.wait()
    assert importer.returncode == 0, stderr
    rows = [first] + [json.loads(line) for line in rest.splitlines()]
    assert [row["status"] for row in rows] == ["imported"] * count  # no "could not be saved"
    with Vault.open(folder, None, clock, recovery_key_text=recovery_key) as reopened, reopened.session() as session:
        assert session.scalar(select(func.count(Candidate.id))) == count
        assert session.scalar(select(func.count(Document.id))) == count
        assert session.get(Candidate, first["candidate_id"]) is not None  # the erase never ran


@pytest.mark.skipif(sys.platform == "win32", reason="on Windows vault.lock cannot be deleted while it is open")
def test_the_folder_lock_refuses_a_second_holder_and_is_released_with_the_vault(tmp_path):
    folder = tmp_path / "vault"
    folder.mkdir()
    first = VaultLock(folder / "vault.lock")
    first.acquire()
    (folder / "vault.lock").unlink()
    script = (
        "import sys\nfrom recruitdesk import errors\nfrom recruitdesk.vault.lock import VaultLock\n"
        f"try:\n    VaultLock({str(folder / 'vault.lock')!r}).acquire()\nexcept errors.VaultInUse:\n    sys.exit(7)\n"
    )
    assert subprocess.run([sys.executable, "-c", script], env=dict(os.environ, PYTHONPATH=str(ROOT))).returncode == 7
    first.release()
    assert subprocess.run([sys.executable, "-c", script], env=dict(os.environ, PYTHONPATH=str(ROOT))).returncode == 0


def test_sqlite_opening_and_closing_the_database_does_not_drop_the_lock(new_vault, tmp_path):
    """SQLite closes its descriptors of vault.db all the time; the folder lock must not care."""
    vault, _ = new_vault
    for _ in range(3):
        vault.engine.dispose()  # closes every SQLite descriptor of vault.db in this process
        with vault.session() as session:
            session.scalar(select(func.count(Candidate.id)))
    (vault.folder / "vault.lock").unlink()
    script = (
        "import sys\nfrom recruitdesk import errors\nfrom recruitdesk.vault.lock import VaultLock\n"
        f"try:\n    VaultLock({str(vault.folder / 'vault.lock')!r}).acquire()\nexcept errors.VaultInUse:\n    sys.exit(7)\n"
    )
    assert subprocess.run([sys.executable, "-c", script], env=dict(os.environ, PYTHONPATH=str(ROOT))).returncode == 7
