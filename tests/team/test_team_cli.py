"""``recruitdesk team ...`` on a real PostgreSQL server: create, invite, join, roles, revoke, info.

Each member's computer is a folder (``--vault``) and a keychain of its own; the server password
given once is kept in the keychain, never in the folder.
"""

from __future__ import annotations

import json
import time
import uuid

import pytest
from sqlalchemy import create_engine, text

from recruitdesk.services.team_vault import TEAM_FILE, login_account
from recruitdesk.vault.keychain import MemoryKeychain
from tests.team.cli_runs import json_of as _json


@pytest.fixture
def team_url(postgres_server, team_engine) -> str:
    return team_engine.url.render_as_string(hide_password=False)




def test_a_team_from_creation_to_revocation_on_the_command_line(run, team_url, tmp_path):
    anna, bram = MemoryKeychain(), MemoryKeychain()
    created = _json(run(anna, "team", "create", "--server", team_url, "--name", "Anna Admin", "--vault", str(tmp_path / "anna"), "--json"))
    assert len(created["recovery_key"]) > 20 and (tmp_path / "anna" / TEAM_FILE).is_file()
    assert "recovery_key" not in (tmp_path / "anna" / TEAM_FILE).read_text()

    invitation = _json(run(anna, "team", "invite", "--name", "Bram Recruiter", "--vault", str(tmp_path / "anna"), "--json"))
    assert invitation["role"] == "recruiter"
    code, out, _ = run(anna, "team", "invite", "--name", "Dirk", "--role", "dpo", "--vault", str(tmp_path / "anna"))
    assert code == 0 and "valid once" in out

    joined = _json(run(bram, "team", "join", "--server", team_url, "--code", invitation["code"], "--vault", str(tmp_path / "bram"), "--json"))
    assert joined["label"] == "Bram Recruiter" and joined["team_id"] == created["team_id"]
    info = _json(run(bram, "team", "info", "--vault", str(tmp_path / "bram"), "--json"))
    assert (info["role"], info["members"], info["candidates"]) == ("recruiter", 2, 0)

    code, _out, err = run(bram, "team", "invite", "--name", "Eve", "--vault", str(tmp_path / "bram"))  # a recruiter may not invite
    assert code != 0 and "does not allow you" in err
    code, _out, err = run(bram, "team", "join", "--server", team_url, "--code", invitation["code"], "--vault", str(tmp_path / "again"))
    assert code != 0 and "already been used" in err and not (tmp_path / "again" / TEAM_FILE).exists()

    members = _json(run(anna, "team", "members", "--vault", str(tmp_path / "anna"), "--json"))
    assert sorted((m["name"], m["role"]) for m in members) == [("Anna Admin", "admin"), ("Bram Recruiter", "recruiter")]
    code, out, _ = run(anna, "team", "role", "bram recruiter", "dpo", "--vault", str(tmp_path / "anna"))
    assert code == 0 and "Bram Recruiter is now data protection officer (read only)." in out
    assert _json(run(bram, "team", "info", "--vault", str(tmp_path / "bram"), "--json"))["role"] == "dpo"

    code, _out, err = run(anna, "team", "revoke", "Anna Admin", "--vault", str(tmp_path / "anna"))
    assert code != 0 and "your own membership" in err
    code, out, err = run(anna, "team", "revoke", joined["member_id"][:8], "--vault", str(tmp_path / "anna"))
    assert code == 0 and "Bram Recruiter can no longer open the team vault" in out, err
    code, _out, err = run(bram, "team", "info", "--vault", str(tmp_path / "bram"))
    assert code != 0 and "revoked this computer's membership" in err  # their own login is locked out on the server
    assert _json(run(anna, "team", "info", "--vault", str(tmp_path / "anna"), "--json"))["members"] == 1
    code, out, _ = run(anna, "team", "revoke", "--finish", "--vault", str(tmp_path / "anna"))
    assert code == 0 and "No revocation was left unfinished." in out


def test_bad_folders_addresses_and_codes_get_clear_messages_and_change_nothing(run, team_url, tmp_path, monkeypatch):
    keychain = MemoryKeychain()
    local = tmp_path / "local"
    local.mkdir()
    (local / "vault.db").write_bytes(b"a local vault")
    code, _out, err = run(keychain, "team", "create", "--server", team_url, "--name", "Anna", "--vault", str(local))
    assert code == 2 and "already holds a vault" in err and (local / "vault.db").read_bytes() == b"a local vault"
    assert not (local / TEAM_FILE).exists()

    code, _out, err = run(keychain, "team", "info", "--vault", str(tmp_path / "empty"))
    assert code == 2 and "There is no team vault in" in err
    code, _out, err = run(keychain, "team", "create", "--server", "https://example.org/db", "--name", "Anna", "--vault", str(tmp_path / "a"))
    assert code == 2 and "is not a PostgreSQL server address" in err
    code, _out, err = run(keychain, "team", "create", "--server", "postgresql://anna:secret@localhost/team", "--name", "Anna",
                          "--vault", str(tmp_path / "a"))
    assert code == 2 and "Do not put the password in the server address" in err and "secret" not in err

    _json(run(keychain, "team", "create", "--server", team_url, "--name", "Anna", "--vault", str(tmp_path / "a"), "--json"))
    code, _out, err = run(MemoryKeychain(), "team", "join", "--server", team_url, "--code", "AAAAA-BBBBB-CCCCC-DDDDD",
                          "--vault", str(tmp_path / "b"))
    assert code != 0 and "not valid for this team vault" in err and not (tmp_path / "b" / TEAM_FILE).exists()
    (tmp_path / "a" / TEAM_FILE).write_text("{not json")
    code, _out, err = run(keychain, "team", "info", "--vault", str(tmp_path / "a"))
    assert code == 2 and "is damaged" in err


def test_the_server_password_is_kept_in_the_keychain_not_in_the_folder(run, postgres_server, tmp_path, monkeypatch):
    role, database = f"member_{uuid.uuid4().hex[:8]}", f"pw_{uuid.uuid4().hex[:8]}"
    superuser = create_engine(postgres_server.url, isolation_level="AUTOCOMMIT")
    with superuser.connect() as connection:
        connection.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'right-horse-battery'"))
        connection.execute(text(f'CREATE DATABASE "{database}" OWNER {role}'))
    superuser.dispose()
    postgres_server.require_password_for(role)
    address = f"postgresql://{role}@127.0.0.1:{postgres_server.port}/{database}"
    keychain = MemoryKeychain()
    deadline = time.monotonic() + 10  # pg_ctl reload is asynchronous: wait until the password rule is read
    while True:
        code, _out, err = run(keychain, "team", "create", "--server", address, "--name", "Anna", "--vault", str(tmp_path / "a"))
        if "refused the user name or password" in err or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert code != 0 and "refused the user name or password" in err  # control: no password, no team

    monkeypatch.setenv("RECRUITDESK_TEAM_PASSWORD", "right-horse-battery")
    created = _json(run(keychain, "team", "create", "--server", address, "--name", "Anna", "--vault", str(tmp_path / "a"), "--json"))
    monkeypatch.delenv("RECRUITDESK_TEAM_PASSWORD")
    assert keychain.load_device_key(login_account(uuid.UUID(created["team_id"]))) == b"right-horse-battery"
    assert b"right-horse-battery" not in (tmp_path / "a" / TEAM_FILE).read_bytes()
    assert _json(run(keychain, "team", "info", "--vault", str(tmp_path / "a"), "--json"))["role"] == "admin"  # from the keychain


def test_vault_info_on_a_team_folder_shows_the_team(run, team_url, tmp_path):
    keychain = MemoryKeychain()
    _json(run(keychain, "team", "create", "--server", team_url, "--name", "Anna", "--vault", str(tmp_path / "a"), "--json"))
    shown = _json(run(keychain, "vault", "info", "--vault", str(tmp_path / "a"), "--json"))
    assert (shown["role"], shown["members"], shown["candidates"]) == ("admin", 1, 0) and "password" not in json.dumps(shown)
    code, out, _ = run(keychain, "vault", "info", "--vault", str(tmp_path / "a"))
    assert code == 0 and "Team vault on" in out
    assert shown["name"] == "a" and any(line.split() == ["Team", "a"] for line in out.splitlines())  # no firm name yet: the folder's


def test_the_teams_policy_and_daily_check_on_the_command_line(run, team_url, tmp_path, clock):
    anna, bram = MemoryKeychain(), MemoryKeychain()
    run(anna, "team", "create", "--server", team_url, "--name", "Anna Admin", "--preset", "it1", "--vault", str(tmp_path / "anna"))
    code, out, _ = run(anna, "team", "policy", "--vault", str(tmp_path / "anna"))
    assert code == 0 and "(version 1)" in out
    invitation = _json(run(anna, "team", "invite", "--name", "Bram Recruiter", "--vault", str(tmp_path / "anna"), "--json"))
    run(bram, "team", "join", "--server", team_url, "--code", invitation["code"], "--vault", str(tmp_path / "bram"))

    code, _out, err = run(bram, "team", "policy", "--preset", "nl-ap", "--vault", str(tmp_path / "bram"))
    assert code != 0 and "does not allow you" in err  # the policy is an administrator's
    code, out, _ = run(anna, "team", "policy", "--preset", "nl-ap", "--vault", str(tmp_path / "anna"))
    assert code == 0 and "(version 2)" in out

    assert _json(run(bram, "team", "check", "--vault", str(tmp_path / "bram"), "--json")) == {
        "outcome": "ran", "recomputed": 0, "due_soon": 0, "overdue": 0}
    code, out, _ = run(anna, "team", "check", "--vault", str(tmp_path / "anna"))
    assert code == 0 and "already ran" in out and "Overdue for deletion: 0" in out


def test_a_team_candidate_is_listed_found_and_exported_like_a_local_one(run, team_url, tmp_path, clock):
    import io
    import zipfile

    import jsonschema
    import openpyxl

    from recruitdesk.services.team_vault import opened_team
    from recruitdesk.team.candidates import PersonalFields, add_candidate
    from recruitdesk.team.consents import ConsentTerms, add_consent
    from recruitdesk.team.documents import add_document
    from recruitdesk.team.notes import NoteContent, add_note

    anna = MemoryKeychain()
    folder = tmp_path / "anna"
    run(anna, "team", "create", "--server", team_url, "--name", "Anna Admin", "--vault", str(folder))
    with opened_team(folder, anna) as (engine, team):
        karel = add_candidate(engine, team, PersonalFields("Karel Wouters", "karel@example.be", phone="+32470999999"), clock)
        add_candidate(engine, team, PersonalFields("Karel Peeters"), clock)
        cv = add_document(engine, team, karel, "CV Karel.pdf", "application/pdf", b"%PDF-1.4 karel", "Lasser TIG", clock)
        add_consent(engine, team, karel, ConsentTerms("recruitment_reserve", clock.today(), "email", "Keep my CV", "v2",
                                                      evidence_document_id=cv), clock)
        add_note(engine, team, karel, "interview", NoteContent("Sterke lasser, beschikbaar in mei"), clock)

    listed = _json(run(anna, "team", "candidates", "--vault", str(folder), "--json"))
    assert [line["name"] for line in listed] == ["Karel Peeters", "Karel Wouters"] and all(line["deadline"] for line in listed)
    assert [line["name"] for line in _json(run(anna, "team", "candidates", "--search", "wouters", "--vault", str(folder), "--json"))] == [
        "Karel Wouters"]
    code, _out, err = run(anna, "team", "export", "karel", "--out", str(tmp_path / "out"), "--vault", str(folder))
    assert code != 0 and "2 candidates match" in err and not (tmp_path / "out").exists()

    result = _json(run(anna, "team", "export", "wouters", "--zip", "--out", str(tmp_path / "out"), "--vault", str(folder), "--json"))
    assert result["path"].endswith(f"recruitdesk-export-{karel.hex[:8]}-{clock.today().isoformat()}.zip")
    with zipfile.ZipFile(result["path"]) as archive:
        names = archive.namelist()
        document = json.loads(archive.read(next(n for n in names if n.endswith("/data.json"))))
        cv_bytes = archive.read(next(n for n in names if "/documents/01-" in n))
        workbook = openpyxl.load_workbook(io.BytesIO(archive.read(next(n for n in names if n.endswith("/data.xlsx")))))
        schema = json.loads(archive.read(next(n for n in names if n.endswith(".schema.json"))))
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER).validate(document)
    assert "Karel Wouters" in [cell.value for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]
    assert "Karel" not in " ".join(names)  # entry names carry no personal data
    assert (document["candidate"]["full_name"], document["candidate"]["email"]) == ("Karel Wouters", "karel@example.be")
    assert document["candidate"]["reference"] == str(karel)
    assert cv_bytes == b"%PDF-1.4 karel"
    assert document["consents"][0]["evidence_file"].startswith("documents/01-") and document["consents"][0]["text"] == "Keep my CV"
    assert [note["body"] for note in document["notes"]] == ["Sterke lasser, beschikbaar in mei"]
    assert document["notes"][0]["author"] == "Anna Admin"
    assert document["retention"]["due_on"] and document["retention"]["policy_version"] == 1

    from recruitdesk.team.audit import entries

    with opened_team(folder, anna) as (engine, _team):
        assert [e.candidate_id for e in entries(engine) if e.action == "candidate-exported"] == [karel]


def test_the_everyday_commands_work_on_a_team_folder_as_on_a_local_vault(run, team_url, tmp_path, clock):
    import datetime as dt

    from tests.importing import make_files

    anna = MemoryKeychain()
    folder = str(tmp_path / "anna")
    run(anna, "team", "create", "--server", team_url, "--name", "Anna Admin", "--vault", folder)
    griet = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines())
    camille = make_files.write_pdf(tmp_path / "camille.pdf", make_files.french_cv_lines())
    again = tmp_path / "griet-again.docx"
    again.write_bytes(griet.read_bytes())

    code, out, err = run(anna, "import", str(griet), str(camille), str(again), "--vault", folder)
    assert code == 1 and "2 of 3 files imported." in err  # one not imported: exit code 1, as a local import with a failure
    assert out.count("imported   ") == 2 and "griet-again.docx was not imported: this exact file is already" in out
    listed = _json(run(anna, "candidates", "list", "--vault", folder, "--json"))
    assert sorted(line["name"] for line in listed) == ["Camille Dubois", "Griet Van den Broeck"]

    exported = _json(run(anna, "export", "dubois", "--out", str(tmp_path / "out"), "--vault", folder, "--json"))
    assert (tmp_path / "out").is_dir() and exported["path"].startswith(str(tmp_path / "out"))

    code, out, _ = run(anna, "check", "--vault", folder)
    assert code == 0 and "Overdue for deletion: 0" in out
    clock.advance(dt.timedelta(days=3 * 365))
    code, out, _ = run(anna, "check", "--vault", folder)
    assert code == 4 and "Overdue for deletion: 2" in out  # a scheduled job sees "something is due", as on a local vault

    code, out, _ = run(anna, "erase", "griet", "--vault", folder)
    griet_id = next(line["id"] for line in listed if line["name"] == "Griet Van den Broeck")
    assert code == 0 and out.strip() == f"Candidate {griet_id.replace('-', '')[:8]} was erased."
    assert [line["name"] for line in _json(run(anna, "candidates", "list", "--vault", folder, "--json"))] == ["Camille Dubois"]

    code, _out, err = run(anna, "vault", "passphrase", "--vault", folder)  # a command with no team counterpart says so
    assert code == 2 and '"recruitdesk vault passphrase" works on a local vault' in err and "team --help" in err
    code, _out, err = run(anna, "import", str(griet), "--attach-to", "3", "--vault", folder)
    assert code == 2 and "--attach-to works on a local vault only" in err
    assert len(_json(run(anna, "candidates", "list", "--vault", folder, "--json"))) == 1  # nothing was done
    code, out, err = run(anna, "import", str(griet), "--redact", "--vault", folder)  # redaction works on a team too
    assert code == 0 and "imported   griet.docx" in out, err


def test_a_local_vault_still_takes_numbers_and_says_so_for_anything_else(run, tmp_path):
    keychain = MemoryKeychain()
    folder = str(tmp_path / "local")
    assert run(keychain, "vault", "init", "--vault", folder)[0] == 0
    code, _out, err = run(keychain, "erase", "griet", "--vault", folder)
    assert code == 3 and "There is no candidate with number griet." in err


def test_the_team_vacancies_are_listed_with_their_applications(run, team_url, tmp_path, clock):
    from recruitdesk.services.team_vault import opened_team
    from recruitdesk.team.applications import apply
    from recruitdesk.team.candidates import PersonalFields, add_candidate
    from recruitdesk.team.vacancy_closing import close
    from recruitdesk.team.vacancies import VacancyFields, add_vacancy

    anna = MemoryKeychain()
    folder = tmp_path / "anna"
    run(anna, "team", "create", "--server", team_url, "--name", "Anna Admin", "--vault", str(folder))
    assert _json(run(anna, "team", "vacancies", "--vault", str(folder), "--json")) == []
    with opened_team(folder, anna) as (engine, team):
        welder = add_vacancy(engine, team, VacancyFields("Lasser", "Scheepswerf Noord"), clock)
        clerk = add_vacancy(engine, team, VacancyFields("Clerk"), clock)
        karel = add_candidate(engine, team, PersonalFields("Karel Wouters"), clock)
        apply(engine, team, welder, karel, clock)
        apply(engine, team, clerk, add_candidate(engine, team, PersonalFields("Ilse Maes"), clock), clock)
        close(engine, team, clerk, 1, "cancelled", (), clock)

    listed = {row["title"]: row for row in _json(run(anna, "team", "vacancies", "--vault", str(folder), "--json"))}
    assert (listed["Lasser"]["client"], listed["Lasser"]["status"], listed["Lasser"]["applications"], listed["Lasser"]["still_open"]) == (
        "Scheepswerf Noord", "open", 1, 1)
    assert (listed["Clerk"]["status"], listed["Clerk"]["closed_on"], listed["Clerk"]["still_open"]) == (
        "cancelled", clock.today().isoformat(), 0)
    code, out, _err = run(anna, "team", "vacancies", "--vault", str(folder))
    assert code == 0 and "Lasser (Scheepswerf Noord)" in out and "1 application, of which 1 still open" in out and "Cancelled" in out
