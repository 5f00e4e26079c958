"""kill -9 during erasure and during a backup, at many moments (bounded in time).

Each trial runs the work in a child process that is killed after a chosen delay; then the app
runs again (an unlock), and an independent page decryptor searches the vault's database and
WAL, every backup file and the search index for the erased person. A backup killed mid-write
must never be listed, and every listed backup must restore.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

from recruitdesk.clock import ManualClock
from recruitdesk.services.backups import PARTIAL_PREFIX, backup_session, list_backups, make_backup
from recruitdesk.services.candidates import add_candidate
from recruitdesk.services.documents import attach_document
from recruitdesk.services.erasure import erase_candidate
from recruitdesk.services.notes import add_note
from recruitdesk.services.restore_new import restore_into_new_folder
from recruitdesk.services.vault_access import create_vault, open_vault
from recruitdesk.store.models import Candidate, ErasureLedgerEntry
from recruitdesk.vault.backup_keys import BackupKeyFile
from recruitdesk.vault.keychain import MemoryKeychain
from tests.support.sqlcipher_pages import all_plaintext, database_pages
from tests.support.vaults import database_key_of

ROOT = Path(__file__).resolve().parents[2]
NAME = "Margriet Veldhuizenaar"
EMAIL = "margriet.veldhuizenaar@example.nl"
CV = "Margriet Veldhuizenaar. Kraanmachinistenopleiding, havenlogistiekcoordinatie, containerterminalplanning."
NOTE = "Telefonisch: zoekt havenwerkzaamheden, spreekt Portugees."
NEEDLES = [b"Veldhuizenaar", b"veldhuizenaar", EMAIL.encode(), b"kraanmachinisten", b"havenlogistiek", b"containerterminal", b"havenwerkzaamheden"]
TOKEN_PREFIXES = ["veldhuizenaa", "kraanmachini", "havenlogisti", "containerter", "havenwerkzaa"]
TRIALS = 8
TIME_BUDGET_S = 150


def _clock() -> ManualClock:
    return ManualClock(dt.datetime(2026, 3, 3, 9, 0))


def _make_vault(root: Path):
    """A vault with the target (CV, note), 20 others with CVs, and two backups (own folder and
    elsewhere). Returns (folder, recovery_key, target_id, uid, other backup folder)."""
    vault, recovery_key = create_vault(root / "vault", MemoryKeychain(), _clock())
    with vault.session() as session, session.begin():
        for number in range(20):
            other = add_candidate(session, vault.candidate_keys, vault.clock, f"Kandidaat {number}", email=f"k{number}@example.be")
            text = f"Kandidaat {number} werkt als boekhouder en planner nummer {number}."
            attach_document(session, vault.candidate_keys, vault.clock, other, "cv.txt", "text/plain", text.encode(), text)
        target = add_candidate(session, vault.candidate_keys, vault.clock, NAME, email=EMAIL)
        attach_document(session, vault.candidate_keys, vault.clock, target, "cv.txt", "text/plain", CV.encode(), CV)
        target_id, uid = target.id, target.uid
    add_note(vault, target_id, "phone_screen", NOTE, author="Recruiter")
    make_backup(vault)
    make_backup(vault, root / "nas")
    vault.close()
    return root / "vault", recovery_key, target_id, uid, root / "nas"


def _run(action: str, folder: Path, recovery_key: str, argument: str, delay: float | None) -> float | None:
    """Run the worker; kill -9 it ``delay`` seconds after it is ready (None: let it finish).
    Returns the duration of the work when it finished."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.support.crash_worker", action, str(folder), recovery_key, argument],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ),
    )
    try:
        ready = process.stdout.readline()
        assert ready.strip() == "ready", process.stderr.read()
        if delay is not None:
            time.sleep(delay)
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        done = process.stdout.read().strip()
        return float(done.split()[1]) if done.startswith("done") else None
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
        process.stderr.close()


def _delays(duration: float) -> list[float]:
    """From killed at once to just after the end, spread evenly."""
    return [duration * 1.1 * step / (TRIALS - 1) for step in range(TRIALS)]


def _database_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.is_file() and not p.name.endswith(".rdkeys")] if folder.is_dir() else []


def test_an_erase_killed_at_any_moment_leaves_no_readable_copy_once_the_app_has_run_again(tmp_path):
    started = time.monotonic()
    folder, key_text, target, uid, nas = _make_vault(tmp_path / "calibration")
    duration = _run("erase", folder, key_text, str(target), None)
    assert duration is not None
    outcomes = []
    for trial, delay in enumerate(_delays(duration)):
        assert time.monotonic() - started < TIME_BUDGET_S, "the kill loop ran out of its time budget"
        folder, key_text, target, uid, nas = _make_vault(tmp_path / f"trial{trial}")
        _run("erase", folder, key_text, str(target), delay)

        vault = open_vault(folder, None, _clock(), key_text)  # the app runs again
        with vault.session() as session:
            committed = uid in set(session.scalars(select(ErasureLedgerEntry.candidate_uid)))
            still_there = session.get(Candidate, target) is not None
        assert committed != still_there, "the erasure is all or nothing in the vault itself"
        outcomes.append(committed)
        if still_there:
            erase_candidate(vault, target)  # the user erases again: the kill came before the commit
        key = database_key_of(vault)
        tokens = [vault.candidate_keys.search_token(prefix).encode() for prefix in TOKEN_PREFIXES]
        backups = list_backups(vault)
        vault.close()

        assert len(backups) == 2
        pages = all_plaintext(key, folder / "vault.db")
        for backup_folder in (folder / "backups", nas):
            leftovers = [p.name for p in backup_folder.iterdir() if p.name.startswith(PARTIAL_PREFIX) or p.name.endswith(("-wal", "-journal", "-shm"))]
            assert leftovers == []
            for path in _database_files(backup_folder):
                pages += database_pages(key, path)
                with backup_session(path, key) as session:
                    assert uid not in set(session.scalars(select(Candidate.uid)))
        for path in backups:
            assert uid not in BackupKeyFile.read(path.with_suffix(".rdkeys")).candidate_keys
        found = [needle for needle in NEEDLES + tokens if any(needle in page for page in pages)]
        assert found == [], f"trial {trial} (kill after {delay:.3f} s) left {found}"
    assert any(outcomes), "at least one kill came after the erasure committed"


def test_a_backup_killed_at_any_moment_is_never_listed_and_every_listed_backup_restores(tmp_path):
    started = time.monotonic()
    folder, key_text, _target, _uid, _nas = _make_vault(tmp_path / "calibration")
    duration = _run("backup", folder, key_text, str(tmp_path / "calibration" / "usb"), None)
    assert duration is not None
    for trial, delay in enumerate(_delays(duration)):
        assert time.monotonic() - started < TIME_BUDGET_S, "the kill loop ran out of its time budget"
        root = tmp_path / f"trial{trial}"
        folder, key_text, _target, _uid, _nas = _make_vault(root)
        usb = root / "usb"
        _run("backup", folder, key_text, str(usb), delay)

        vault = open_vault(folder, None, _clock(), key_text)  # the app runs again
        backups = list_backups(vault)
        vault.close()
        assert len(backups) in (2, 3)
        if usb.is_dir():
            names = sorted(p.name for p in usb.iterdir())
            assert not [n for n in names if n.startswith(PARTIAL_PREFIX)], f"trial {trial}: leftovers {names}"
            assert len(names) in (0, 2), f"trial {trial}: a backup comes as two files, or not at all: {names}"
        for number, backup in enumerate(b for b in backups if b.parent == usb):
            report = restore_into_new_folder(backup, root / f"restored{number}", key_text, MemoryKeychain(), _clock())
            with report.vault as restored, restored.session() as session:
                assert session.query(Candidate).count() == 21
