"""``recruitdesk check``: the daily check headless, as a scheduler runs it."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from recruitdesk import cli, settings
from recruitdesk.clock import ManualClock
from recruitdesk.services.vault_access import open_vault


@pytest.fixture
def run(vault_folder, keychain, capsys):
    def invoke(*argv: str, on: dt.date = dt.date(2026, 3, 2)):
        clock = ManualClock(dt.datetime.combine(on, dt.time(6)))
        code = cli.main([*argv, "--vault", str(vault_folder)], keychain=keychain, clock=clock)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def test_check_prints_one_line_and_exits_by_what_it_found(run, vault_folder):
    assert run("vault", "init", "--preset", "it1")[0] == 0
    code, out, _ = run("check")
    assert code == 0
    assert out.splitlines() == ["2026-03-02: 0 overdue, 0 due within 14 days, 0 on legal hold; 0 erased; "
                                "0 requests to answer (0 overdue); backup made."]
    assert len(list((vault_folder / "backups").glob("*auto*.rdbackup"))) == 1
    candidate = json.loads(run("candidate", "add", "--name", "Wout Jacobs", "--applied", "2026-01-05", "--json")[1])["id"]
    run("candidate", "outcome", str(candidate), "not-hired", "--on", "2026-02-01")
    code, out, _ = run("check", on=dt.date(2026, 3, 5))  # due 1 March: overdue; the weekly backup is 3 days old
    assert code == 4
    assert out.strip() == ("2026-03-05: 1 overdue, 0 due within 14 days, 0 on legal hold; 0 erased; "
                           "0 requests to answer (0 overdue); no backup due.")
    assert json.loads(run("check", "--json", on=dt.date(2026, 3, 5))[1])["overdue"] == 1


def test_check_erases_what_is_due_only_when_the_firm_turned_it_on(run, vault_folder, keychain):
    run("vault", "init", "--preset", "it1")
    candidate = json.loads(run("candidate", "add", "--name", "Wout Jacobs", "--applied", "2026-01-05", "--json")[1])["id"]
    run("candidate", "outcome", str(candidate), "not-hired", "--on", "2026-02-20")
    assert json.loads(run("check", "--json", on=dt.date(2026, 3, 25))[1])["erased"] == []
    with open_vault(vault_folder, keychain, ManualClock(dt.datetime(2026, 3, 25, 6))) as vault:
        with vault.session() as session, session.begin():
            settings.put(session, "auto_erase", True)
    code, out, _ = run("check", "--json", on=dt.date(2026, 3, 26))
    assert code == 0
    assert json.loads(out)["erased"] == [candidate]
    assert json.loads(run("candidates", "list", "--json")[1]) == []


def test_a_failed_backup_is_reported_and_exits_one(run, vault_folder, keychain, tmp_path):
    run("vault", "init")
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backup folder should be")
    with open_vault(vault_folder, keychain, ManualClock(dt.datetime(2026, 3, 2, 6))) as vault:
        with vault.session() as session, session.begin():
            settings.put(session, "backup_folder", str(blocked))
    code, out, _ = run("check")
    assert code == 1
    assert out.strip().endswith("backup FAILED.")


def test_check_unlocks_headless_with_the_recovery_key_file(vault_folder, tmp_path, capsys):
    from recruitdesk.vault.keychain import MemoryKeychain

    keychain = MemoryKeychain()
    clock = ManualClock(dt.datetime(2026, 3, 2, 6))
    assert cli.main(["vault", "init", "--vault", str(vault_folder)], keychain=keychain, clock=clock) == 0
    recovery = capsys.readouterr().out
    key = next(word for word in recovery.split() if word.count("-") == 8)
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(key + "\n")
    code = cli.main(["check", "--vault", str(vault_folder), "--recovery-key-file", str(key_file)], keychain=MemoryKeychain(), clock=clock)
    assert code == 0
    assert "0 overdue" in capsys.readouterr().out
