"""The audit trail as an auditor checks it: a hash chain under a key derived from the vault key.

Tampering goes through SQL on the decrypted database (what someone with the database key but
without the vault's chain key could do): editing a field, deleting a row and swapping two rows
are each caught and named; erasing candidates keeps the chain intact.
"""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest
from sqlalchemy import text

from recruitdesk import cli
from recruitdesk.clock import ManualClock
from recruitdesk.services.vault_access import open_vault

BROKEN = 5


@pytest.fixture
def run(vault_folder, keychain, capsys):
    def invoke(*argv: str, on: dt.date = dt.date(2026, 3, 2)):
        clock = ManualClock(dt.datetime.combine(on, dt.time(9)))
        code = cli.main([*argv, "--vault", str(vault_folder)], keychain=keychain, clock=clock)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


@pytest.fixture
def trail(run):
    """A vault with some history: three candidates, an outcome, a contact, a hold."""
    assert run("vault", "init", "--preset", "ictmakers")[0] == 0
    ids = [json.loads(run("candidate", "add", "--name", name, "--applied", "2026-01-05", "--json")[1])["id"]
           for name in ("An Peeters", "Bram Maes", "Chloé Dubois")]
    run("candidate", "outcome", str(ids[0]), "not-hired", "--on", "2026-02-01")
    run("candidate", "contact", str(ids[1]), "--on", "2026-02-03")
    return ids


def tamper(vault_folder, keychain, *statements: str) -> None:
    clock = ManualClock(dt.datetime(2026, 3, 2, 9))
    with open_vault(vault_folder, keychain, clock) as vault:
        with vault.engine.begin() as connection:
            for statement in statements:
                connection.execute(text(statement))


def verify(run) -> tuple[int, str]:
    code, out, err = run("audit", "verify")
    return code, (out + err).strip()


def count(vault_folder, keychain) -> int:
    with open_vault(vault_folder, keychain, ManualClock(dt.datetime(2026, 3, 2, 9))) as vault, vault.engine.connect() as c:
        return c.execute(text("SELECT count(*) FROM audit_entries")).scalar()


def test_an_untouched_trail_is_intact(run, trail, vault_folder, keychain):
    code, out = verify(run)
    # "vault.unlocked" for this very command is part of the chain too.
    n = count(vault_folder, keychain) - 1  # the count above unlocked once more (not through the CLI)
    assert code == 0
    assert out == f"The audit trail is intact: {n} entries."
    assert json.loads(run("audit", "verify", "--json")[1]) == {"intact": True, "entries": n + 2, "problem": None, "entry": None}


def test_editing_a_field_is_caught(run, trail, vault_folder, keychain):
    tamper(vault_folder, keychain, "UPDATE audit_entries SET details_json = '{\"source\": \"sourced\"}' WHERE seq = 4")
    assert verify(run) == (BROKEN, "The audit trail was tampered with: entry 4 was edited.")


def test_editing_the_time_of_an_entry_is_caught(run, trail, vault_folder, keychain):
    tamper(vault_folder, keychain, "UPDATE audit_entries SET at = '2026-01-01 00:00:00.000000' WHERE seq = 2")
    assert verify(run) == (BROKEN, "The audit trail was tampered with: entry 2 was edited.")


def test_deleting_a_row_is_caught(run, trail, vault_folder, keychain):
    tamper(vault_folder, keychain, "DELETE FROM audit_entries WHERE seq = 3")
    assert verify(run) == (BROKEN, "The audit trail was tampered with: entry 3 was removed.")


def test_deleting_the_newest_rows_is_caught(run, trail, vault_folder, keychain):
    newest = count(vault_folder, keychain)  # that unlock wrote entry number ``newest``
    # The tamper's own unlock writes entry newest + 1; the two newest (newest, newest + 1) go.
    tamper(vault_folder, keychain, "DELETE FROM audit_entries WHERE seq >= (SELECT max(seq) - 1 FROM audit_entries)")
    assert verify(run) == (BROKEN, f"The audit trail was tampered with: entry {newest} was removed.")


def test_deleting_the_newest_rows_is_caught_by_the_head(new_vault, keychain, clock):
    from recruitdesk.services.audit_trail import verify as verify_trail

    from recruitdesk import audit

    vault, _ = new_vault
    with vault.session() as session, session.begin():
        for _ in range(3):
            audit.record(session, clock, "backup.made")
    with vault.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_entries WHERE seq >= (SELECT max(seq) - 1 FROM audit_entries)"))
    report = verify_trail(vault)
    assert not report.intact
    assert report.message().endswith("and later ones were removed.")


def test_swapping_two_rows_is_caught(run, trail, vault_folder, keychain):
    # Swap the whole rows 2 and 3 (every column but the row id): the stored order changes.
    columns = "at, actor, action, candidate_uid, details_json, seq, mac"
    tamper(vault_folder, keychain,
           f"CREATE TEMP TABLE swap AS SELECT id, {columns} FROM audit_entries WHERE seq IN (2, 3)",
           "UPDATE audit_entries SET seq = -seq WHERE seq IN (2, 3)",
           *[f"UPDATE audit_entries SET {c} = (SELECT s.{c} FROM swap s WHERE s.id != audit_entries.id) WHERE id IN (SELECT id FROM swap)"
             for c in columns.split(", ")])
    assert verify(run) == (BROKEN, "The audit trail was tampered with: entry 2 is out of order.")


def test_swapping_the_contents_of_two_rows_is_caught(run, trail, vault_folder, keychain):
    # Swap what two entries say but leave their numbers and MACs in place.
    tamper(vault_folder, keychain,
           "CREATE TEMP TABLE swap AS SELECT seq, action, candidate_uid FROM audit_entries WHERE seq IN (3, 4)",
           "UPDATE audit_entries SET action = (SELECT s.action FROM swap s WHERE s.seq != audit_entries.seq), "
           "candidate_uid = (SELECT s.candidate_uid FROM swap s WHERE s.seq != audit_entries.seq) WHERE seq IN (3, 4)")
    assert verify(run) == (BROKEN, "The audit trail was tampered with: entry 3 was edited.")


def test_an_entry_inserted_through_sql_is_caught(run, trail, vault_folder, keychain):
    tamper(vault_folder, keychain, "INSERT INTO audit_entries (at, actor, action) VALUES ('2026-03-01 10:00:00.000000', 'x', 'candidate.erased')")
    code, out = verify(run)
    assert code == BROKEN and out.endswith("was added outside RecruitDesk.")


def test_erasing_candidates_keeps_the_chain_verifiable(run, trail):
    assert run("erase", str(trail[2]))[0] == 0
    assert run("retention", "apply", "--on", "2026-04-01", "--yes")[0] == 0  # the not-hired candidate is due
    code, out = verify(run)
    assert code == 0 and out.startswith("The audit trail is intact:")
    erased = json.loads(run("audit", "list", "--action", "candidate.erased", "--json")[1])
    assert len(erased) == 2 and all(entry["candidate_uid"] for entry in erased)


def test_entries_before_the_chain_are_sealed_on_first_use(new_vault, vault_folder, keychain, clock, run):
    vault, _ = new_vault
    with vault.engine.begin() as connection:  # as an upgraded vault: entries without a chain
        connection.execute(text("UPDATE audit_entries SET seq = NULL, mac = NULL"))
        connection.execute(text("DELETE FROM audit_chain_head"))
    vault.close()
    code, out = verify(run)
    assert code == 0 and out.startswith("The audit trail is intact:")


def test_list_filters_and_export_for_the_dpo(run, trail, tmp_path):
    listed = json.loads(run("audit", "list", "--candidate", str(trail[0]), "--json")[1])
    assert [e["action"] for e in listed] == ["candidate.outcome", "candidate.added"]
    assert json.loads(run("audit", "list", "--action", "candidate.", "--since", "2026-03-02", "--until", "2026-03-02", "--json")[1])
    assert json.loads(run("audit", "list", "--since", "2026-03-03", "--json")[1]) == []
    code, out, _ = run("audit", "export", "--out", str(tmp_path))
    assert code == 0
    workbook = openpyxl.load_workbook(tmp_path / "audit-trail-2026-03-02.xlsx")
    trail_sheet, check_sheet = workbook.worksheets
    rows = list(trail_sheet.iter_rows(values_only=True))
    assert rows[0] == ("Entry", "Date and time", "User account", "Action", "Candidate (random id)", "Details")
    assert [row[0] for row in rows[1:]] == list(range(1, len(rows)))
    assert check_sheet.cell(row=2, column=1).value.startswith("The audit trail is intact:")
    names = {"An Peeters", "Bram Maes", "Chloé Dubois"}
    assert not any(name in str(value) for row in rows for value in row for name in names)


def test_a_session_used_for_several_transactions_extends_the_current_chain(new_vault, clock):
    from recruitdesk import audit
    from recruitdesk.services.audit_trail import verify as verify_trail

    from recruitdesk.store.models import AuditChainHead

    vault, _ = new_vault
    with vault.session() as long_lived:
        with long_lived.begin():
            audit.record(long_lived, clock, "backup.made")
            held = long_lived.get(AuditChainHead, audit.HEAD_ID)  # kept in this session's identity map
        with vault.session() as other, other.begin():  # another window moves the chain on
            audit.record(other, clock, "backup.made")
        with long_lived.begin():
            audit.record(long_lived, clock, "backup.made")
    assert held.count == verify_trail(vault).count
    assert verify_trail(vault).intact
