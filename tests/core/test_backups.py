"""Backups: two files that restore with the recovery key alone, and never a way back for an
erased candidate, not even from a copy the app never sees again."""

from __future__ import annotations

import json
import shutil
import stat

import pytest
from sqlalchemy import select

from recruitdesk import errors, settings
from recruitdesk.services.backups import backup_session, list_backups, make_backup, restore_backup
from recruitdesk.services.candidate_detail import candidate_detail
from recruitdesk.services.candidate_search import search_candidates
from recruitdesk.services.candidates import candidate_rows, new_candidate
from recruitdesk.services.documents import attach_document
from recruitdesk.services.erasure import erase_candidate
from recruitdesk.services.notes import add_note, notes_of
from recruitdesk.services.restore_new import restore_into_new_folder
from recruitdesk.services.vault_access import create_vault, open_vault
from recruitdesk.store.models import Candidate, ErasureLedgerEntry
from recruitdesk.vault.backup_keys import BackupKeyFile, key_file_for
from recruitdesk.vault.backup_secrets import BackupSecrets
from recruitdesk.vault.keychain import MemoryKeychain
from tests.support.sqlcipher_pages import all_plaintext, database_pages
from tests.support.vaults import database_key_of

SECRET = "Hendrikje Blauwvoet"
EMAIL = "hendrikje.blauwvoet@example.nl"
PHONE = "+31612345678"
CV = "Hendrikje Blauwvoet, loodgietersbedrijfsleidster en warmtepompspecialiste."
NOTE = "Gesprek: wil graag warmtepompprojecten leiden, beschikbaar na de zomervakantie."
# Plaintext that only the target's data contains: name, e-mail, phone, CV and note words.
NEEDLES = [b"Blauwvoet", b"blauwvoet", EMAIL.encode(), PHONE.encode(), b"warmtepompspecialiste", b"loodgietersbedrijf",
           b"warmtepompprojecten", b"zomervakantie"]


def _seed(vault):
    with vault.session() as session, session.begin():
        target = new_candidate(session, vault.candidate_keys, vault.clock, SECRET, email=EMAIL, phone=PHONE)
        attach_document(session, vault.candidate_keys, vault.clock, target, "cv.txt", "text/plain", CV.encode(), CV)
        keep = new_candidate(session, vault.candidate_keys, vault.clock, "Jonas Claes", email="jonas@example.be")
        target_id, keep_id = target.id, keep.id
    add_note(vault, target_id, "interview", NOTE, author="Recruiter")
    return target_id, keep_id


def _found(key: bytes, path) -> set[bytes]:
    pages = all_plaintext(key, path)
    return {needle for needle in NEEDLES if any(needle in page for page in pages)}


def _uid(vault, candidate_id) -> str:
    with vault.session() as session:
        return session.get(Candidate, candidate_id).uid


def test_a_backup_is_two_private_files_and_holds_no_readable_personal_data(new_vault):
    vault, _ = new_vault
    target, _keep = _seed(vault)
    key = database_key_of(vault)
    assert _found(key, vault.database_path) >= {b"Blauwvoet", EMAIL.encode()}, "control: the vault's own pages name her"
    backup = make_backup(vault)
    keys = key_file_for(backup)
    assert keys.name == backup.stem + ".rdkeys"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600 and stat.S_IMODE(keys.stat().st_mode) == 0o600
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    # Decrypted with the database key, the backup holds her row (uid) but no name, e-mail,
    # phone, CV or note text, and no search token.
    pages = database_pages(key, backup)
    assert any(_uid(vault, target).encode() in page for page in pages), "control: her row is in the backup"
    assert _found(key, backup) == set()
    token = vault.candidate_keys.search_token("blauwvoet").encode()
    assert not any(token in page for page in pages)
    assert not {n for n in NEEDLES if n in keys.read_bytes()}
    assert list_backups(vault) == [backup]


def test_restore_into_the_same_vault_brings_everything_back(new_vault):
    vault, _ = new_vault
    target, keep = _seed(vault)
    backup = make_backup(vault)
    with vault.session() as session, session.begin():
        new_candidate(session, vault.candidate_keys, vault.clock, "Added After Backup")
    report = restore_backup(vault, backup)
    restored = report.vault
    try:
        assert sorted(row.name for row in candidate_rows(restored)) == ["Hendrikje Blauwvoet", "Jonas Claes"]
        detail = candidate_detail(restored, target)
        assert (detail.profile.email, detail.profile.phone) == (EMAIL, PHONE)
        assert [note.body for note in notes_of(restored, target)] == [NOTE]
        assert search_candidates(restored, "warmtepomp") == [target]
        assert search_candidates(restored, "hendr blauw") == [target]
        assert report.safety_copy.exists() and key_file_for(report.safety_copy).exists()
    finally:
        restored.close()


def test_the_whole_vault_folder_is_lost_and_one_backup_and_the_recovery_key_bring_it_back(tmp_path, keychain, clock):
    vault, recovery_key = create_vault(tmp_path / "laptop" / "vault", keychain, clock)
    target, keep = _seed(vault)
    nas = tmp_path / "nas"
    backup = make_backup(vault, nas)
    vault_id = vault.vault_id
    vault.close()
    shutil.rmtree(tmp_path / "laptop")  # stolen laptop: vault.db, vault.key, backups/ all gone

    new_computer = MemoryKeychain()
    report = restore_into_new_folder(backup, tmp_path / "new" / "vault", recovery_key, new_computer, clock)
    report.vault.close()
    assert report.device_key_enrolled and new_computer.load_device_key(vault_id) is not None
    with open_vault(tmp_path / "new" / "vault", new_computer, clock) as restored:  # no recovery key needed any more
        assert restored.vault_id == vault_id
        assert sorted(row.name for row in candidate_rows(restored)) == ["Hendrikje Blauwvoet", "Jonas Claes"]
        assert candidate_detail(restored, target).profile.email == EMAIL
        assert [note.body for note in notes_of(restored, target)] == [NOTE]
        assert search_candidates(restored, "loodgieter") == [target]


def test_restore_into_a_new_folder_refuses_a_wrong_key_an_existing_vault_and_a_missing_key_file(new_vault, tmp_path, clock):
    vault, recovery_key = new_vault
    _seed(vault)
    backup = make_backup(vault, tmp_path / "nas")
    other = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH-2222"
    with pytest.raises((errors.WrongRecoveryKey, errors.MalformedRecoveryKey)):
        restore_into_new_folder(backup, tmp_path / "new", other, MemoryKeychain(), clock)
    assert not (tmp_path / "new").exists()
    with pytest.raises(errors.VaultAlreadyExists):
        restore_into_new_folder(backup, vault.folder, recovery_key, MemoryKeychain(), clock)
    lonely = tmp_path / "usb" / backup.name
    lonely.parent.mkdir()
    shutil.copyfile(backup, lonely)
    with pytest.raises(errors.BackupKeysMissing) as caught:
        restore_into_new_folder(lonely, tmp_path / "new", recovery_key, MemoryKeychain(), clock)
    assert caught.value.message() == (
        f"The backup {lonely} cannot be restored without its key file {key_file_for(lonely)}, which is written beside it. "
        "Copy both files together.")


def test_a_backup_copied_elsewhere_before_an_erasure_yields_nothing_of_her_afterwards(new_vault, tmp_path, clock):
    """Crypto-erasure: the copy never meets her key again, even with the recovery key."""
    vault, recovery_key = new_vault
    target, keep = _seed(vault)
    backup = make_backup(vault, tmp_path / "nas")
    usb = tmp_path / "usb"
    usb.mkdir()
    copied = usb / backup.name
    shutil.copyfile(backup, copied)  # the database file, copied where the app never looks
    uid = _uid(vault, target)
    erase_candidate(vault, target)

    # The attacker has the old copy, the current key file (rewritten by the erasure) and the recovery key.
    shutil.copyfile(key_file_for(backup), key_file_for(copied))
    key_file = BackupKeyFile.read(key_file_for(copied))
    assert uid not in key_file.candidate_keys and uid in {e["uid"] for e in key_file.erased}
    secrets, _header, _master = BackupSecrets.from_recovery_key(key_file.recovery, recovery_key)
    assert _found(secrets.database_key, copied) == set()  # no plaintext of her in any page
    report = restore_into_new_folder(copied, tmp_path / "attacker", recovery_key, MemoryKeychain(), clock)
    with report.vault as restored:
        assert [row.name for row in candidate_rows(restored)] == ["Jonas Claes"]
        assert report.erased_again == 1
        with restored.session() as session:
            assert uid in set(session.scalars(select(ErasureLedgerEntry.candidate_uid)))
        assert search_candidates(restored, "warmtepomp") == []


def test_the_limit_a_key_file_copied_before_the_erasure_still_opens_that_copy(new_vault, tmp_path, clock):
    """Stated in the README: a key file copied before the erasure still holds her key."""
    vault, recovery_key = new_vault
    target, _keep = _seed(vault)
    backup = make_backup(vault, tmp_path / "nas")
    usb = tmp_path / "usb"
    usb.mkdir()
    shutil.copyfile(backup, usb / backup.name)
    shutil.copyfile(key_file_for(backup), key_file_for(usb / backup.name))
    erase_candidate(vault, target)
    report = restore_into_new_folder(usb / backup.name, tmp_path / "attacker", recovery_key, MemoryKeychain(), clock)
    with report.vault as restored:
        assert "Hendrikje Blauwvoet" in {row.name for row in candidate_rows(restored)}


def test_erasure_scrubs_every_known_backup_and_rewrites_its_key_file(new_vault, tmp_path):
    vault, _ = new_vault
    target, keep = _seed(vault)
    key = database_key_of(vault)
    own = make_backup(vault)
    elsewhere = make_backup(vault, tmp_path / "out")  # backup --out DIR: remembered, so reached too
    uid = _uid(vault, target)
    for backup in (own, elsewhere):
        assert uid in BackupKeyFile.read(key_file_for(backup)).candidate_keys
    erase_candidate(vault, target)
    for backup in (own, elsewhere):
        assert uid not in BackupKeyFile.read(key_file_for(backup)).candidate_keys
        with backup_session(backup, key) as session:
            assert session.scalars(select(Candidate.uid)).all() == [_uid(vault, keep)], "her row is gone from the backup too"
        assert not backup.with_name(backup.name + "-wal").exists()
    restored = restore_backup(vault, elsewhere).vault
    try:
        assert [row.name for row in candidate_rows(restored)] == ["Jonas Claes"]
    finally:
        restored.close()


def test_restoring_an_older_backup_reapplies_the_erasure_ledger(new_vault, tmp_path):
    vault, _ = new_vault
    target, keep = _seed(vault)
    usb = tmp_path / "usb"
    usb.mkdir()
    backup = make_backup(vault)
    for path in (backup, key_file_for(backup)):
        shutil.copyfile(path, usb / path.name)  # a full copy, key file included, taken before the erasure
    erase_candidate(vault, target)
    report = restore_backup(vault, usb / backup.name)
    restored = report.vault
    try:
        assert report.erased_again == 1
        assert [row.name for row in candidate_rows(restored)] == ["Jonas Claes"]
        assert _found(database_key_of(restored), restored.database_path) == set()
    finally:
        restored.close()


def test_a_damaged_backup_or_another_vaults_backup_is_refused_and_the_vault_is_untouched(new_vault, tmp_path, clock):
    vault, _ = new_vault
    _seed(vault)
    backup = make_backup(vault)
    data = bytearray(backup.read_bytes())
    data[5000] ^= 0xFF
    broken = tmp_path / "broken.rdbackup"
    broken.write_bytes(bytes(data))
    shutil.copyfile(key_file_for(backup), key_file_for(broken))
    with pytest.raises(errors.BackupDamaged) as caught:
        restore_backup(vault, broken)
    assert caught.value.message() == f"The backup {broken} is damaged or incomplete and cannot be restored. Nothing was changed."
    other, _key = create_vault(tmp_path / "other", MemoryKeychain(), clock)
    foreign = make_backup(other)
    other.close()
    with pytest.raises(errors.BackupOfAnotherVault):
        restore_backup(vault, foreign)
    assert vault.is_open
    assert len(candidate_rows(vault)) == 2


def test_a_partial_backup_is_never_listed_and_is_cleaned_up(new_vault):
    vault, _ = new_vault
    _seed(vault)
    folder = vault.folder / "backups"
    folder.mkdir(exist_ok=True)
    partial = folder / ".partial-1a2b3c4d-recruitdesk-x.rdbackup.tmp"
    partial.write_bytes(b"\x01" * 8192)
    (folder / (partial.name + "-journal")).write_bytes(b"\x02" * 512)
    (folder / ".partial-keys-x1y2z3").write_bytes(b'{"candidate_keys": {}}')  # a key file being written
    assert list_backups(vault) == []
    backup = make_backup(vault)
    assert list_backups(vault) == [backup]
    assert sorted(p.name for p in folder.iterdir()) == sorted([backup.name, key_file_for(backup).name])


def test_backup_and_restore_from_the_command_line(vault_folder, keychain, capsys, tmp_path):
    from recruitdesk import cli

    def run(*argv):
        code = cli.main([*argv, "--vault", str(vault_folder)], keychain=keychain)
        return code, capsys.readouterr()

    run("vault", "init")
    run("candidate", "add", "--name", "Eline Mertens")
    code, out = run("backup", "--out", str(tmp_path / "b"))
    assert code == 0
    backup = next((tmp_path / "b").glob("*.rdbackup"))
    assert out.out.strip() == (
        f"Encrypted backup written to {backup}, with its key file {key_file_for(backup)}. Keep both together: "
        "with the recovery key they restore this vault, also on another computer.")
    run("candidate", "add", "--name", "Daan Smit")
    code, out = run("restore", str(backup))
    assert code == 2 and out.err.strip() == (
        "Nothing was restored: add --yes to confirm that the vault's current data may be replaced by the backup.")
    code, out = run("restore", str(backup), "--yes")
    assert code == 0, out.err
    code, out = run("candidates", "list", "--json")
    assert [c["name"] for c in json.loads(out.out)] == ["Eline Mertens"]
    code, out = run("restore", str(tmp_path / "missing.rdbackup"), "--yes")
    assert code == 2 and out.err.strip() == f"There is no backup file {tmp_path / 'missing.rdbackup'}."


def test_vault_restore_new_from_the_command_line(tmp_path, capsys, clock):
    from recruitdesk import cli

    laptop = MemoryKeychain()
    code = cli.main(["vault", "init", "--vault", str(tmp_path / "old"), "--recovery-kit", str(tmp_path / "kit.txt")], keychain=laptop)
    assert code == 0
    cli.main(["candidate", "add", "--name", "Eline Mertens", "--vault", str(tmp_path / "old")], keychain=laptop)
    cli.main(["backup", "--out", str(tmp_path / "nas"), "--vault", str(tmp_path / "old")], keychain=laptop)
    backup = next((tmp_path / "nas").glob("*.rdbackup"))
    shutil.rmtree(tmp_path / "old")
    capsys.readouterr()

    new_computer = MemoryKeychain()
    code = cli.main(["vault", "restore-new", str(backup), "--folder", str(tmp_path / "new"), "--recovery-key-file", str(tmp_path / "kit.txt")], keychain=new_computer)
    out = capsys.readouterr()
    assert code == 0, out.err
    assert out.out.strip() == f"The vault was restored into {tmp_path / 'new'}. 0 candidates erased after the backup was made were erased again."
    code = cli.main(["candidates", "list", "--json", "--vault", str(tmp_path / "new")], keychain=new_computer)
    assert [c["name"] for c in json.loads(capsys.readouterr().out)] == ["Eline Mertens"]

    code = cli.main(["vault", "restore-new", str(backup), "--folder", str(tmp_path / "other")], keychain=MemoryKeychain())
    assert code == 2 and capsys.readouterr().err.strip() == (
        "Restoring into a new folder needs the vault's recovery key: give it with --recovery-key-file FILE "
        "(or RECRUITDESK_RECOVERY_KEY).")


def test_erasure_is_not_stopped_by_a_foreign_or_damaged_file_in_the_backup_folder(new_vault):
    vault, _ = new_vault
    target, _keep = _seed(vault)
    folder = vault.folder / "backups"
    folder.mkdir(exist_ok=True)
    (folder / "someone-elses.rdbackup").write_bytes(b"\x00" * 8192)
    (folder / "someone-elses.rdkeys").write_bytes(b"{}")
    erase_candidate(vault, target)
    assert [row.name for row in candidate_rows(vault)] == ["Jonas Claes"]


def test_backup_places_are_remembered(new_vault, tmp_path):
    vault, _ = new_vault
    make_backup(vault, tmp_path / "out")
    with vault.session() as session:
        assert settings.get(session, "backup_places") == [str(tmp_path / "out")]


def test_erasure_reaches_pre_migration_copies(new_vault):
    """A whole copy under the database key (as a schema upgrade leaves) loses the candidate too."""
    vault, _ = new_vault
    target, keep = _seed(vault)
    copy = vault.folder / "backups" / "before-migration-0003-20260301-090000.rdvault"
    copy.parent.mkdir(exist_ok=True)
    vault.backup_to(copy)
    key = database_key_of(vault)
    assert _found(key, copy) >= {b"Blauwvoet", EMAIL.encode()}, "control: a whole copy names her"
    erase_candidate(vault, target)
    assert _found(key, copy) == set()
    assert not copy.with_name(copy.name + "-wal").exists()


def test_two_backups_started_together_both_succeed(new_vault, tmp_path):
    """"Back up now" and the daily check's automatic backup can start at the same moment; each
    clears what an interrupted backup left in the folder, which must not be the other's file."""
    import threading

    vault, _key = new_vault
    folder = tmp_path / "backups"

    def back_up(start: threading.Barrier, results: list, name: str, automatic: bool) -> None:
        start.wait()
        try:
            results.append(make_backup(vault, folder, automatic=automatic, name=name))
        except BaseException as error:  # noqa: BLE001 - the test reports whatever the thread raised
            results.append(error)

    for round_ in range(3):
        results: list = []
        start = threading.Barrier(2)
        threads = [
            threading.Thread(target=back_up, args=(start, results, f"r{round_}-{automatic}", automatic))
            for automatic in (False, True)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert all(not isinstance(result, BaseException) for result in results), results
        assert len(results) == 2 and all(path.exists() for path in results)
    assert {path.name for path in list_backups(vault)} >= {f"r{n}-{flag}.rdbackup" for n in range(3) for flag in (False, True)}


def test_restoring_a_backup_older_than_a_teams_suppression_list_keeps_the_list_and_its_keys(new_vault):
    """Entries carried in from a team (``vault migrate --from-team``) match under their carried key
    after a restore of a backup taken before they came."""
    import datetime as dt

    from recruitdesk.identifiers import digests_under
    from recruitdesk.services import suppression

    vault, _ = new_vault
    backup = make_backup(vault)
    team_key = bytes(range(7, 39))
    suppression.take_carried(vault, team_key, ("BE", "NL"), [
        suppression.DigestEntry(digest, kind, suppression.OBJECTION, dt.date(2026, 2, 1), None)
        for kind, digest in digests_under(team_key, "objector@example.be")])
    restored = restore_backup(vault, backup).vault
    try:
        assert suppression.is_suppressed(restored, email="Objector@example.be")
        assert not suppression.is_suppressed(restored, email="someone.else@example.be")  # control
    finally:
        restored.close()
