"""Backups: encrypted, restorable, and never a way back for an erased candidate."""

from __future__ import annotations

import shutil
import stat

import pytest

from recruitdesk import errors
from recruitdesk.services.backups import list_backups, make_backup, restore_backup
from recruitdesk.services.candidates import new_candidate, candidate_rows
from recruitdesk.services.documents import attach_document
from recruitdesk.services.erasure import erase_candidate
from tests.support.sqlcipher_pages import database_pages
from tests.support.vaults import database_key_of

SECRET = "Hendrikje Blauwvoet"
CV = "Hendrikje Blauwvoet, loodgietersbedrijfsleidster en warmtepompspecialiste."


def _seed(vault):
    with vault.session() as session, session.begin():
        target = new_candidate(session, vault.candidate_keys, vault.clock, SECRET, email="hendrikje@example.nl")
        attach_document(session, vault.candidate_keys, vault.clock, target, "cv.txt", "text/plain", CV.encode(), CV)
        keep = new_candidate(session, vault.candidate_keys, vault.clock, "Jonas Claes", email="jonas@example.be")
        return target.id, keep.id


def _mentions(vault, path) -> bool:
    pages = database_pages(database_key_of(vault), path)
    return any(needle in page for page in pages for needle in (b"Blauwvoet", b"warmtepompspecialiste", b"hendrikje@"))


def test_backup_is_encrypted_private_and_complete(new_vault):
    vault, _ = new_vault
    _seed(vault)
    backup = make_backup(vault)
    data = backup.read_bytes()
    assert b"SQLite format 3" not in data and SECRET.encode() not in data
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert _mentions(vault, backup), "control: the backup really holds the candidate"
    assert list_backups(vault) == [backup]


def test_erasure_scrubs_the_apps_own_backups(new_vault):
    vault, _ = new_vault
    target, keep = _seed(vault)
    backup = make_backup(vault)
    erase_candidate(vault, target)
    assert not _mentions(vault, backup)
    restored = restore_backup(vault, backup).vault
    try:
        assert [row.name for row in candidate_rows(restored)] == ["Jonas Claes"]
    finally:
        restored.close()


def test_restoring_a_backup_copied_elsewhere_reapplies_the_erasure_ledger(new_vault, tmp_path):
    vault, _ = new_vault
    target, keep = _seed(vault)
    copied_to_usb_stick = tmp_path / "usb" / "old.rdbackup"
    copied_to_usb_stick.parent.mkdir()
    shutil.copyfile(make_backup(vault), copied_to_usb_stick)
    erase_candidate(vault, target)
    with vault.session() as session, session.begin():
        new_candidate(session, vault.candidate_keys, vault.clock, "Added After Backup")
    report = restore_backup(vault, copied_to_usb_stick)
    restored = report.vault
    try:
        assert report.erased_again == 1
        assert [row.name for row in candidate_rows(restored)] == ["Jonas Claes"]
        assert not _mentions(restored, restored.database_path)
        assert report.safety_copy.exists(), "the replaced state can be restored again"
        # ... and restoring that safety copy brings back the candidate added after the backup.
        again = restore_backup(restored, report.safety_copy).vault
        assert sorted(row.name for row in candidate_rows(again)) == ["Added After Backup", "Jonas Claes"]
        again.close()
    finally:
        restored.close()


def test_a_damaged_backup_is_refused_and_the_vault_is_untouched(new_vault, tmp_path):
    vault, _ = new_vault
    _seed(vault)
    backup = make_backup(vault)
    data = bytearray(backup.read_bytes())
    data[5000] ^= 0xFF
    broken = tmp_path / "broken.rdbackup"
    broken.write_bytes(bytes(data))
    with pytest.raises(errors.DatabaseDamaged):
        restore_backup(vault, broken)
    assert vault.is_open
    assert len(candidate_rows(vault)) == 2


def test_backup_and_restore_from_the_command_line(vault_folder, keychain, capsys, tmp_path):
    from recruitdesk import cli

    def run(*argv):
        code = cli.main([*argv, "--vault", str(vault_folder)], keychain=keychain)
        return code, capsys.readouterr()

    run("vault", "init")
    run("candidate", "add", "--name", "Eline Mertens")
    code, out = run("backup", "--out", str(tmp_path / "b"))
    assert code == 0
    backup = next((tmp_path / "b").iterdir())
    assert str(backup) in out.out
    run("candidate", "add", "--name", "Daan Smit")
    code, out = run("restore", str(backup))
    assert code == 2 and out.err.strip() == (
        "Nothing was restored: add --yes to confirm that the vault's current data may be replaced by the backup.")
    code, out = run("restore", str(backup), "--yes")
    assert code == 0, out.err
    code, out = run("candidates", "list", "--json")
    assert [c["name"] for c in __import__("json").loads(out.out)] == ["Eline Mertens"]
    code, out = run("restore", str(tmp_path / "missing.rdbackup"), "--yes")
    assert code == 2 and out.err.strip() == f"There is no backup file {tmp_path / 'missing.rdbackup'}."


def test_erasure_is_not_stopped_by_a_foreign_or_damaged_file_in_the_backup_folder(new_vault):
    vault, _ = new_vault
    target, _keep = _seed(vault)
    folder = vault.folder / "backups"
    folder.mkdir(exist_ok=True)
    (folder / "someone-elses.rdbackup").write_bytes(b"\x00" * 8192)
    erase_candidate(vault, target)
    assert [row.name for row in candidate_rows(vault)] == ["Jonas Claes"]
