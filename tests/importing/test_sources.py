"""Which files an import reads: links resolved, never followed out of the folder; nothing dropped silently."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from recruitdesk import cli
from recruitdesk.importing.sources import Skipped, expand, gather, read_regular_file
from recruitdesk.services.importing import import_files, preview
from recruitdesk.store.models import Document
from tests.importing import make_files

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX symbolic links")

SECRET = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----\n"


@pytest.fixture
def folders(tmp_path):
    """An inbox with a real CV, links in and out, hidden and system files; a secret outside it."""
    secret = tmp_path / "home" / ".ssh" / "id_rsa"
    secret.parent.mkdir(parents=True)
    secret.write_text(SECRET)
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    (inbox / ".git").mkdir()
    (inbox / ".git" / "config").write_text("[core]\n")
    (inbox / "jan.txt").write_text("\n".join(make_files.dutch_cv_lines("Jan Peeters", "jan@example.be")))
    (inbox / "Eve_CV.txt").symlink_to(secret)
    (inbox / "passwd.txt").symlink_to("/etc/passwd")
    (inbox / "sub" / "same-jan.txt").symlink_to(inbox / "jan.txt")  # inside the folder: read once as jan.txt
    (inbox / "elsewhere").symlink_to(secret.parent, target_is_directory=True)
    (inbox / "broken.txt").symlink_to(inbox / "gone.txt")
    (inbox / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (inbox / "~$jan.docx").write_bytes(b"lock")
    return inbox, secret


def test_links_out_of_the_folder_are_listed_with_their_reason_never_read(folders):
    inbox, _secret = folders
    entries = gather([inbox])
    readable = [entry for entry in entries if isinstance(entry, Path)]
    skipped = {entry.path.name: entry.failure.code for entry in entries if isinstance(entry, Skipped)}
    assert readable == [(inbox / "jan.txt").resolve()]
    assert skipped == {
        ".DS_Store": "hidden-file", "Eve_CV.txt": "link-outside-folder", "passwd.txt": "link-outside-folder",
        "~$jan.docx": "system-file", ".git": "hidden-folder", "elsewhere": "link-to-folder", "broken.txt": "not-a-regular-file",
    }
    assert expand([inbox]) == readable
    messages = {entry.path.name: entry.failure.message() for entry in entries if isinstance(entry, Skipped)}
    assert messages["Eve_CV.txt"] == "Eve_CV.txt: a link to a file outside the folder was not imported. Import the file itself if you trust it."


def test_a_broken_link_is_reported_not_dropped(folders):
    inbox, _ = folders
    results = {result.file: result for result in preview([inbox / "broken.txt"])}
    assert results["broken.txt"].failure.code == "not-a-regular-file"


def test_an_explicit_link_follows_the_same_rule_with_its_own_folder(folders, tmp_path):
    inbox, secret = folders
    [entry] = gather([inbox / "Eve_CV.txt"])  # a file picked in a dialog is still a stranger's link
    assert isinstance(entry, Skipped) and entry.failure.code == "link-outside-folder"
    (inbox / "copy-of-jan.txt").symlink_to("jan.txt")
    assert gather([inbox / "copy-of-jan.txt"]) == [(inbox / "jan.txt").resolve()]


def test_a_file_swapped_for_a_link_after_listing_is_not_read(folders, tmp_path):
    inbox, secret = folders
    listed = tmp_path / "inbox" / "late.txt"
    listed.write_text("Jan")
    assert read_regular_file(listed, 1000) == b"Jan"
    listed.unlink()
    listed.symlink_to(secret)
    assert read_regular_file(listed, 1000) is None


def test_the_cli_stores_no_linked_secret_and_says_why(folders, new_vault, keychain, clock, capsys):
    inbox, _secret = folders
    vault, _ = new_vault
    folder = vault.folder
    vault.close()
    assert cli.main(["import", "--vault", str(folder), "--json", str(inbox)], keychain=keychain, clock=clock) == 1  # broken.txt
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    by_name = {Path(row["file"]).name: row for row in rows}
    assert by_name["jan.txt"]["status"] == "imported" and by_name["broken.txt"]["status"] == "failed"
    for name, code in (("Eve_CV.txt", "link-outside-folder"), ("passwd.txt", "link-outside-folder"), (".DS_Store", "hidden-file"),
                       (".git", "hidden-folder"), ("elsewhere", "link-to-folder"), ("~$jan.docx", "system-file")):
        assert (by_name[name]["status"], by_name[name]["error_code"], by_name[name]["candidate_id"]) == ("skipped", code, None)
    assert cli.main(["import", "--vault", str(folder), str(inbox / "Eve_CV.txt")], keychain=keychain, clock=clock) == 0
    captured = capsys.readouterr()
    assert captured.out == "skipped    Eve_CV.txt: Eve_CV.txt: a link to a file outside the folder was not imported. Import the file itself if you trust it.\n"
    assert "0 imported, 0 duplicates, 0 failed, 1 not imported." in captured.err
    from recruitdesk.vault.vault import Vault

    with Vault.open(folder, keychain, clock) as reopened, reopened.session() as session:
        [document] = session.scalars(select(Document)).all()  # jan.txt only: no secret, no passwd
        assert document.size == (folders[0] / "jan.txt").stat().st_size


def test_import_service_reports_skipped_entries_in_order(folders, new_vault):
    inbox, _ = folders
    vault, _ = new_vault
    results = import_files(vault, [inbox])
    assert [(result.file, result.status) for result in results][:2] == [(".DS_Store", "skipped"), ("Eve_CV.txt", "skipped")]
    assert sum(result.status == "imported" for result in results) == 1
