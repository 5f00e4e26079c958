"""``recruitdesk vacancy ...``, ``apply``, ``stage`` ... on a team folder (``commands.team_work``), on a real PostgreSQL.

The same command lines, output shapes and exit codes as on a local vault, through the team window's
services: a recruiter adds a vacancy, puts candidates in it and moves them over the version just read,
an administrator closes it; a DPO reads the board and is refused every change in their own language.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path
from uuid import UUID

import openpyxl
from sqlalchemy import text

from recruitdesk.retention.facts import CandidateFacts, ProcedureFacts
from recruitdesk.services import team_board, team_firm
from recruitdesk.services.team_commands import opened_desk
from recruitdesk.services.team_vacancies import TeamVacancies
from recruitdesk.services.team_vault import opened_team
from recruitdesk.team import daily_check, suppression
from recruitdesk.team.candidates import PersonalFields, add_candidate
from recruitdesk.team.firm_profile import FirmProfile
from recruitdesk.team.retention import countdown_of
from recruitdesk.vault.keychain import MemoryKeychain
from tests.team.cli_runs import json_of as _json




def test_the_vacancy_board_is_worked_from_the_command_line_as_on_a_local_vault(run, members, clock):
    (anna, anna_folder), (bram, bram_folder), (dirk, dirk_folder) = members["anna"], members["bram"], members["dirk"]
    with opened_team(anna_folder, anna) as (engine, team):
        karel = add_candidate(engine, team, PersonalFields("Karel Wouters"), clock)
        ilse = add_candidate(engine, team, PersonalFields("Ilse Maes"), clock)

    added = _json(run(bram, "vacancy", "add", "--title", "Lasser", "--client", "Staalbouw NV", "--location", "Gent",
                      "--opened", "2026-02-20", "--stages", "New,Screening,Proefdag", "--vault", bram_folder, "--json"))
    assert (added["title"], added["client"], added["location"], added["status"], added["opened_on"]) == (
        "Lasser", "Staalbouw NV", "Gent", "open", "2026-02-20")
    assert added["stages"] == ["new", "screening", "Proefdag", "hired", "rejected", "withdrawn"]
    assert added["counts"] == {stage: 0 for stage in added["stages"]} and added["applications"] == 0
    vacancy = added["id"]
    code, out, err = run(anna, "vacancy", "add", "--title", "Heftruckchauffeur", "--vault", anna_folder)
    assert code == 0 and out.startswith("Vacancy ") and out.strip().endswith(" added."), err

    applied = _json(run(bram, "apply", "wouters", vacancy[:6], "--vault", bram_folder, "--json"))
    assert (applied["candidate"], applied["vacancy"]) == (str(karel), vacancy)
    code, out, err = run(bram, "apply", ilse.hex[:8], vacancy[:8], "--on", "2026-02-25", "--vault", bram_folder)
    assert code == 0 and out.startswith(f"Candidate {ilse.hex[:8]} applied for vacancy {vacancy[:8]}: application "), err
    code, _out, err = run(bram, "apply", "wouters", vacancy[:8], "--vault", bram_folder)
    assert code != 0 and "already in this vacancy" in err

    moved = _json(run(bram, "stage", applied["application"][:8], "proefdag", "--vault", bram_folder, "--json"))
    assert (moved["id"], moved["candidate"], moved["name"], moved["vacancy"], moved["stage"], moved["outcome"]) == (
        applied["application"], str(karel), "Karel Wouters", vacancy, "Proefdag", "open")
    assert moved["stage_changed_on"] == clock.today().isoformat() and moved["rating"] is None and moved["tags"] == []
    code, _out, err = run(bram, "stage", applied["application"][:8], "onderhandeling", "--vault", bram_folder)
    assert code == 2 and '"onderhandeling" is not a stage of this vacancy. Its stages are: New, Screening, Proefdag, Hired' in err
    code, _out, err = run(bram, "stage", "ffffffff", "screening", "--vault", bram_folder)
    assert code == 3 and "There is no application with number ffffffff." in err
    code, out, _ = run(bram, "stage", applied["application"][:8], "Screening", "--vault", bram_folder)
    assert code == 0 and out.strip() == f"Application {applied['application'][:8]} is now in the stage Screening."

    listed = _json(run(dirk, "vacancy", "list", "--vault", dirk_folder, "--json"))  # a DPO reads the board
    assert [row["title"] for row in listed] == ["Heftruckchauffeur", "Lasser"]  # newest first, as locally
    assert listed[1]["counts"]["screening"] == 1 and listed[1]["counts"]["new"] == 1 and listed[1]["applications"] == 2
    code, out, _ = run(dirk, "vacancy", "list", "--search", "staalbouw", "--vault", dirk_folder)
    assert code == 0 and f"{vacancy[:8]}  Lasser (Staalbouw NV)" in out and "New 1, Screening 1" in out and "Heftruck" not in out
    code, _out, err = run(dirk, "apply", "karel", vacancy[:8], "--vault", dirk_folder)
    assert code != 0 and "does not allow you to change candidates" in err
    code, _out, err = run(dirk, "stage", applied["application"][:8], "new", "--lang", "nl", "--vault", dirk_folder)
    assert code != 0 and "mag u niet: kandidaten wijzigen" in err  # the refusal in the member's language
    code, _out, err = run(dirk, "vacancy", "hold", vacancy[:8], "--lang", "fr", "--vault", dirk_folder)
    assert code != 0 and "ne vous permet pas de modifier des candidats" in err

    held = _json(run(bram, "vacancy", "hold", vacancy[:8], "--vault", bram_folder, "--json"))
    assert held["status"] == "on_hold" and held["applications"] == 2
    code, out, _ = run(bram, "vacancy", "reopen", vacancy[:8], "--vault", bram_folder)
    assert code == 0 and out.strip() == f"Vacancy {vacancy[:8]} is open."

    clock.advance(dt.timedelta(days=1))
    hired = applied["application"]
    closed = _json(run(anna, "vacancy", "close", vacancy[:8], "--hired", hired[:8], "--vault", anna_folder, "--json"))
    assert closed["vacancy"] == vacancy and closed["status"] == "filled" and closed["hired"] == [hired]
    assert len(closed["rejected"]) == 1 and closed["rejected"][0] != hired
    board = _json(run(anna, "vacancy", "list", "--all", "--vault", anna_folder, "--json"))
    assert [(row["title"], row["status"], row["closed_on"]) for row in board][-1] == ("Lasser", "filled", clock.today().isoformat())
    assert board[-1]["counts"]["hired"] == 1 and board[-1]["counts"]["rejected"] == 1
    assert [row["title"] for row in _json(run(anna, "vacancy", "list", "--vault", anna_folder, "--json"))] == ["Heftruckchauffeur"]
    code, _out, err = run(bram, "stage", hired[:8], "new", "--vault", bram_folder)
    assert code != 0 and "already closed" in err
    code, _out, err = run(anna, "vacancy", "close", "0000", "--vault", anna_folder)
    assert code == 3 and "There is no vacancy with number 0000." in err


def test_a_local_vault_still_takes_numbers_on_the_board(run, tmp_path):
    keychain = MemoryKeychain()
    folder = str(tmp_path / "local")
    assert run(keychain, "vault", "init", "--vault", folder)[0] == 0
    vacancy = _json(run(keychain, "vacancy", "add", "--title", "Lasser", "--vault", folder, "--json"))
    assert vacancy["id"] == 1
    candidate = _json(run(keychain, "candidate", "add", "--name", "Karel Wouters", "--vault", folder, "--json"))["id"]
    applied = _json(run(keychain, "apply", str(candidate), "1", "--vault", folder, "--json"))
    assert applied == {"application": applied["application"], "candidate": candidate, "vacancy": 1}
    code, out, _ = run(keychain, "stage", str(applied["application"]), "screening", "--vault", folder)
    assert code == 0 and out.strip() == f"Application {applied['application']} is now in the stage Screening."
    code, _out, err = run(keychain, "vacancy", "close", "abc", "--vault", folder)
    assert code == 3 and "There is no vacancy with number abc." in err


def _facts(folder, keychain, clock, candidate_id):
    with opened_team(folder, keychain) as (engine, team):
        return countdown_of(engine, team, candidate_id, clock.today())[1]


def test_candidates_are_added_and_their_facts_recorded_as_on_a_local_vault(run, members, clock):
    (anna, anna_folder), (bram, bram_folder), (dirk, dirk_folder) = members["anna"], members["bram"], members["dirk"]
    with opened_team(anna_folder, anna) as (engine, team), engine.begin() as connection:
        suppression.suppress(connection, team, "objector@example.be", None, suppression.OBJECTION, None, clock.today(), clock)

    added = _json(run(bram, "candidate", "add", "--name", "Karel Wouters", "--email", "karel@example.be", "--applied", "2026-02-20",
                      "--vault", bram_folder, "--json"))
    karel = UUID(added["id"])
    facts = _facts(bram_folder, bram, clock, karel)
    assert (facts.source, facts.applied_on, facts.last_contact_on) == ("application", dt.date(2026, 2, 20), dt.date(2026, 2, 20))
    assert [(p.outcome, p.applied_on) for p in facts.procedures] == [("open", dt.date(2026, 2, 20))]
    listed = _json(run(dirk, "candidates", "list", "--vault", dirk_folder, "--json"))
    assert [(row["id"], row["name"]) for row in listed] == [(str(karel), "Karel Wouters")]

    code, out, err = run(anna, "candidate", "add", "--name", "Olga Bezwaar", "--email", "objector@example.be", "--vault", anna_folder)
    assert code == 0 and out.startswith("Candidate ") and out.strip().endswith(" added.") and len(out.split()[1]) == 8
    assert "Warning: this person is on the suppression list" in err  # added anyway, as locally, with the warning
    code, _out, err = run(anna, "candidate", "add", "--name", "Piet Verwezen", "--source", "referral", "--vault", anna_folder)
    assert code == 0 and "suppression" not in err
    referred = UUID(next(row["id"] for row in _json(run(anna, "candidates", "list", "--vault", anna_folder, "--json"))
                         if row["name"] == "Piet Verwezen"))
    assert _facts(anna_folder, anna, clock, referred).source == "referral"
    moved_on = _json(run(anna, "candidate", "add", "--name", "Ria Outplacement", "--outplacement-start", "2026-01-05",
                         "--vault", anna_folder, "--json"))
    facts = _facts(anna_folder, anna, clock, UUID(moved_on["id"]))
    assert (facts.source, facts.outplacement_started_on, facts.procedures) == ("outplacement", dt.date(2026, 1, 5), ())
    code, _out, err = run(anna, "candidate", "add", "--name", "Fout Adres", "--email", "geen-adres", "--vault", anna_folder)
    assert code == 2 and "This is not a valid email address" in err  # the team window's checks

    code, out, err = run(bram, "candidate", "outcome", "wouters", "not-hired", "--on", "2026-02-28", "--vault", bram_folder)
    assert code == 0 and out.strip() == f"Outcome recorded for candidate {karel.hex[:8]}.", err
    facts = _facts(bram_folder, bram, clock, karel)
    assert [(p.outcome, p.ended_on) for p in facts.procedures] == [("not_hired", dt.date(2026, 2, 28))]
    code, out, err = run(bram, "candidate", "contact", karel.hex[:6], "--on", "2026-03-01", "--vault", bram_folder)
    assert code == 0 and out.strip() == f"Contact recorded for candidate {karel.hex[:8]}.", err
    assert _facts(bram_folder, bram, clock, karel).last_contact_on == dt.date(2026, 3, 1)
    code, _out, err = run(bram, "candidate", "contact", "karel", "--on", "2026-04-01", "--vault", bram_folder)
    assert code != 0 and "after today" in err
    code, out, err = run(bram, "candidate", "outplacement", "karel", "--started", "2026-02-01", "--vault", bram_folder)
    assert code == 0 and out.strip() == f"Candidate {karel.hex[:8]} is an outplacement participant since 2026-02-01.", err
    facts = _facts(bram_folder, bram, clock, karel)
    assert (facts.source, facts.outplacement_started_on, facts.last_contact_on) == ("outplacement", dt.date(2026, 2, 1),
                                                                                    dt.date(2026, 3, 1))
    code, _out, err = run(bram, "candidate", "outcome", "nobody", "hired", "--on", "2026-02-28", "--vault", bram_folder)
    assert code == 2 and 'No candidate of the team matches "nobody"' in err

    code, _out, err = run(dirk, "candidate", "add", "--name", "Mag Niet", "--vault", dirk_folder)
    assert code != 0 and "does not allow you to change candidates" in err
    code, _out, err = run(dirk, "candidate", "outcome", "karel", "hired", "--on", "2026-02-28", "--lang", "nl", "--vault", dirk_folder)
    assert code != 0 and "mag u niet: kandidaten wijzigen" in err
    code, _out, err = run(dirk, "candidate", "contact", "karel", "--on", "2026-03-01", "--lang", "fr", "--vault", dirk_folder)
    assert code != 0 and "ne vous permet pas de modifier des candidats" in err
    assert len(_json(run(dirk, "candidates", "list", "--vault", dirk_folder, "--json"))) == 4


def test_a_local_vault_still_takes_numbers_for_the_facts(run, tmp_path):
    keychain = MemoryKeychain()
    folder = str(tmp_path / "local")
    assert run(keychain, "vault", "init", "--vault", folder)[0] == 0
    assert _json(run(keychain, "candidate", "add", "--name", "Karel Wouters", "--vault", folder, "--json")) == {"id": 1}
    code, out, _ = run(keychain, "candidate", "contact", "1", "--on", "2026-03-01", "--vault", folder)
    assert code == 0 and out.strip() == "Contact recorded for candidate 1."
    code, _out, err = run(keychain, "candidate", "outcome", "karel", "hired", "--on", "2026-03-01", "--vault", folder)
    assert code == 3 and "There is no candidate with number karel." in err


def test_retention_due_lists_and_retention_apply_erases_through_the_team_under_the_checks_lock(run, members, clock, team_engine):
    (anna, anna_folder), (bram, bram_folder), (dirk, dirk_folder) = members["anna"], members["bram"], members["dirk"]
    long_ago = CandidateFacts(created_on=dt.date(2024, 1, 2), applied_on=dt.date(2024, 1, 2),
                              procedures=(ProcedureFacts("not_hired", dt.date(2024, 1, 2), dt.date(2024, 1, 20)),))
    with opened_team(anna_folder, anna) as (engine, team):
        overdue = add_candidate(engine, team, PersonalFields("Oud Dossier"), clock, long_ago)
        held = add_candidate(engine, team, PersonalFields("Vast Dossier"), clock, replace(long_ago, legal_hold_reason="Lopende claim"))
        recent = add_candidate(engine, team, PersonalFields("Nieuw Dossier"), clock)
        team_id = team.keys.team_id

    code, out, err = run(dirk, "retention", "due", "--vault", dirk_folder, "--json")  # a DPO reads what is due
    assert code == 4, err
    [item] = json.loads(out)
    assert (item["id"], item["name"], item["overdue"], item["status"]) == (str(overdue), "Oud Dossier", True, "overdue")
    assert item["due"] < clock.today().isoformat() and item["rule"]
    code, out, _ = run(bram, "retention", "due", "--vault", bram_folder)
    assert code == 4 and out.startswith(f"{overdue.hex[:8]}  Oud Dossier") and f"overdue since {item['due']}" in out
    assert "Vast" not in out  # on legal hold: nothing is due
    everyone = _json_due(run(bram, "retention", "due", "--within", "3650", "--vault", bram_folder, "--json"))
    assert [row["id"] for row in everyone] == [str(overdue), str(recent)]
    code, out, _ = run(bram, "retention", "due", "--on", "2024-01-03", "--within", "7", "--vault", bram_folder)
    assert code == 0 and out.strip() == "No candidate is due for deletion within 7 days."

    code, _out, err = run(dirk, "retention", "apply", "--yes", "--vault", dirk_folder)
    assert code != 0 and "does not allow you to run the retention check" in err
    code, _out, err = run(dirk, "retention", "apply", "--yes", "--lang", "fr", "--vault", dirk_folder)
    assert code != 0 and "ne vous permet pas" in err
    code, _out, err = run(bram, "retention", "apply", "--vault", bram_folder)
    assert code == 2 and "add --yes to confirm that 1 candidates may be erased" in err

    with team_engine.connect() as connection:  # a colleague's daily check holds the lock
        assert connection.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": daily_check.lock_key(team_id)})
        code, _out, err = run(bram, "retention", "apply", "--yes", "--vault", bram_folder)
        assert code == 1 and "running the team's retention check right now. Nothing was erased" in err
        connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": daily_check.lock_key(team_id)})
    assert len(_json(run(bram, "candidates", "list", "--vault", bram_folder, "--json"))) == 3

    assert _json(run(bram, "retention", "apply", "--yes", "--vault", bram_folder, "--json")) == {"erased": [str(overdue)]}
    assert sorted(row["id"] for row in _json(run(bram, "candidates", "list", "--vault", bram_folder, "--json"))) == sorted(
        [str(held), str(recent)])
    assert "candidate-erased" in {row["action"] for row in _json(run(dirk, "audit", "list", "--vault", dirk_folder, "--json"))}
    code, out, _ = run(bram, "retention", "apply", "--yes", "--vault", bram_folder)
    assert code == 0 and out.strip() == "0 candidates erased."
    code, out, _ = run(bram, "retention", "due", "--vault", bram_folder)
    assert code == 0 and out.strip() == "No candidate is due for deletion within 14 days."


def _json_due(result):
    code, out, err = result
    assert code == 4, err
    return json.loads(out)


def test_the_processing_record_is_the_teams_policy_and_firm_profile_written_by_any_member(run, members, clock, tmp_path):
    (anna, anna_folder), (dirk, dirk_folder) = members["anna"], members["dirk"]
    with opened_desk(Path(anna_folder), anna, clock) as desk:
        team_firm.save(desk, 0, FirmProfile("Uitzendbureau Noord", "privacy@noord.be", "https://noord.be/privacy"))

    (tmp_path / "out").mkdir()
    code, out, err = run(dirk, "processing-record", "--out", str(tmp_path / "out"), "--vault", dirk_folder)  # a DPO keeps it
    written = tmp_path / "out" / f"record-of-processing-{clock.today().isoformat()}.xlsx"
    assert code == 0 and out.strip() == f"Record of processing activities written to {written}", err
    cells = {str(cell) for sheet in openpyxl.load_workbook(written).worksheets for row in sheet.iter_rows(values_only=True)
             for cell in row if cell is not None}
    assert {"Uitzendbureau Noord", "privacy@noord.be", "https://noord.be/privacy"} <= cells
    assert any(cell.endswith("(v1)") for cell in cells)  # the team's policy in force, with its version
    assert oct(written.stat().st_mode & 0o777) == oct(0o600)
    exported = [row for row in _json(run(dirk, "audit", "list", "--vault", dirk_folder, "--json"))
                if row["action"] == "processing-record-exported"]
    assert [row["actor"] for row in exported] == ["Dirk DPO"]

    code, out, err = run(anna, "processing-record", "--out", str(tmp_path / "record.xlsx"), "--lang", "nl", "--vault", anna_folder)
    assert code == 0 and (tmp_path / "record.xlsx").exists() and str(tmp_path / "record.xlsx") in out, err
    code, _out, err = run(anna, "processing-record", "--out", str(tmp_path / "record.xlsx"), "--vault", anna_folder)
    assert code != 0 and "Traceback" not in err  # an existing file is not overwritten, as locally
    assert (tmp_path / "record.xlsx").exists()


def test_backup_and_restore_say_that_a_teams_backups_are_the_servers(run, members, tmp_path):
    anna, anna_folder = members["anna"]
    before = sorted(path.name for path in Path(anna_folder).iterdir())
    code, out, err = run(anna, "backup", "--vault", anna_folder)
    assert code == 2 and not out
    assert '"recruitdesk backup" backs up or restores a local vault' in err
    assert "A team vault's backups are the server's" in err and "pg_dump" in err and "docs/team-vault.md" in err
    (tmp_path / "old.rdbackup").write_bytes(b"not a backup")
    code, _out, err = run(anna, "restore", str(tmp_path / "old.rdbackup"), "--yes", "--vault", anna_folder)
    assert code == 2 and '"recruitdesk restore"' in err and "backups are the server's" in err
    code, _out, err = run(anna, "backup", "--lang", "nl", "--vault", anna_folder)
    assert code == 2 and "pg_dump" in err and "back-ups" in err  # in the member's language
    code, _out, err = run(anna, "restore", str(tmp_path / "old.rdbackup"), "--lang", "fr", "--vault", anna_folder)
    assert code == 2 and "pg_dump" in err and "sauvegardes" in err
    assert sorted(path.name for path in Path(anna_folder).iterdir()) == before  # nothing written beside the team's settings


def test_a_move_over_a_version_a_colleague_replaced_changes_nothing_and_says_so(run, members, clock, monkeypatch):
    (anna, anna_folder), (bram, bram_folder) = members["anna"], members["bram"]
    with opened_team(anna_folder, anna) as (engine, team):
        karel = add_candidate(engine, team, PersonalFields("Karel Wouters"), clock)
    vacancy = _json(run(bram, "vacancy", "add", "--title", "Lasser", "--vault", bram_folder, "--json"))["id"]
    application = _json(run(bram, "apply", karel.hex[:8], vacancy[:8], "--vault", bram_folder, "--json"))["application"]

    read_applicant = team_board._applicant

    def read_then_a_colleague_moves(service, vacancy_id, application_id):
        read = read_applicant(service, vacancy_id, application_id)
        with opened_desk(Path(anna_folder), anna, clock) as desk:  # Anna moves it between Bram's read and his save
            TeamVacancies(desk).move(vacancy_id, application_id, read.version, "interview")
        return read

    monkeypatch.setattr(team_board, "_applicant", read_then_a_colleague_moves)
    code, out, err = run(bram, "stage", application[:8], "offer", "--vault", bram_folder)
    assert code == 1 and not out
    assert err.strip() == f"Another member moved application {application[:8]} at the same moment. Nothing was changed; try again."
    monkeypatch.undo()
    [row] = [row for row in _json(run(bram, "vacancy", "list", "--vault", bram_folder, "--json")) if row["id"] == vacancy]
    assert row["counts"]["interview"] == 1 and row["counts"]["offer"] == 0  # the colleague's move stands, Bram's was not made


def test_the_teams_country_for_phone_numbers_is_read_by_everyone_and_set_by_an_administrator(run, members, clock):
    (anna, anna_folder), (bram, bram_folder) = members["anna"], members["bram"]
    with opened_desk(anna_folder, anna, clock) as desk:  # a firm name saved first: setting the country must keep it
        team_firm.save(desk, team_firm.current(desk).version, FirmProfile(firm_name="Interim Noord"))
    assert _json(run(bram, "vault", "country", "--vault", bram_folder, "--json")) == {"country": "NL"}  # the nl-ap preset's

    code, out, err = run(anna, "vault", "country", "BE", "--vault", anna_folder)
    assert code == 0 and out.strip() == "Phone numbers without a country code are read as BE numbers.", err
    assert _json(run(bram, "vault", "country", "--vault", bram_folder, "--json")) == {"country": "BE"}
    with opened_desk(anna_folder, anna, clock) as desk:
        stored = team_firm.current(desk).profile
    assert (stored.firm_country, stored.firm_name) == ("BE", "Interim Noord")  # sealed in the profile, the rest kept

    code, _out, err = run(bram, "vault", "country", "NL", "--vault", bram_folder)
    assert code != 0 and "does not allow you" in err  # an administrator's setting
    code, _out, err = run(anna, "vault", "country", "FR", "--vault", anna_folder)
    assert code != 0 and "FR" in err
    assert _json(run(anna, "vault", "country", "--vault", anna_folder, "--json")) == {"country": "BE"}
