"""``recruitdesk suppression|audit|note|consent ...`` on a team folder (``commands.team_records``), on a real PostgreSQL.

The same command lines and output shapes as on a local vault; the team's rules hold: only an
administrator removes a suppression entry (with a reason), a recruiter reads only their own audit
entries, a DPO changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from recruitdesk.services.team_commands import complete_named_request, opened_desk, request_named
from recruitdesk.services.team_detail import candidate_detail
from recruitdesk.services.team_register import TeamRequestChanged, complete_request, read_audit, read_register
from recruitdesk.services.team_vault import opened_team
from recruitdesk.team import suppression
from recruitdesk.team.candidates import PersonalFields, add_candidate
from recruitdesk.vault.keychain import MemoryKeychain
from tests.team.cli_runs import json_of as _json

REASON = "Mevrouw gaf opnieuw toestemming per brief"




def test_the_suppression_list_is_listed_by_everyone_and_an_entry_removed_by_an_administrator_only(run, members, clock):
    (anna, anna_folder), (bram, bram_folder), (dirk, dirk_folder) = members["anna"], members["bram"], members["dirk"]
    with opened_team(anna_folder, anna) as (engine, team), engine.begin() as connection:
        suppression.suppress(connection, team, "objector@example.be", "+32470111111", suppression.OBJECTION, None, clock.today(), clock)
        suppression.suppress(connection, team, "eraser@example.be", None, suppression.ERASURE_REQUEST, None, clock.today(), clock)

    listed = _json(run(dirk, "suppression", "list", "--vault", dirk_folder, "--json"))  # every member reads the list
    assert listed["counts"] == {"objection": 2, "erasure_request": 1, "manual": 0}
    assert sorted((entry["kind"], entry["basis"]) for entry in listed["entries"]) == [
        ("email", "erasure_request"), ("email", "objection"), ("phone", "objection")]
    eraser = next(entry for entry in listed["entries"] if entry["basis"] == "erasure_request")
    code, out, _ = run(bram, "suppression", "list", "--vault", bram_folder)
    assert code == 0 and "2 from objections, 1 from erasure requests" in out and eraser["id"][:8] in out
    assert "example.be" not in out  # kinds and bases, never an identity

    for keychain, folder in ((bram, bram_folder), (dirk, dirk_folder)):  # a recruiter and a DPO are refused, by role
        code, _out, err = run(keychain, "suppression", "remove", eraser["id"][:8], "--reason", REASON, "--vault", folder)
        assert code != 0 and "does not allow you to remove an entry from the suppression list" in err
    code, _out, err = run(anna, "suppression", "remove", eraser["id"][:8], "--reason", "ok", "--vault", anna_folder)
    assert code == 2 and "needs a written reason" in err
    code, _out, err = run(anna, "suppression", "remove", "ffffffff", "--reason", REASON, "--vault", anna_folder)
    assert code == 3 and "There is no suppression list entry with number ffffffff." in err
    assert len(_json(run(anna, "suppression", "list", "--vault", anna_folder, "--json"))["entries"]) == 3  # nothing removed yet

    code, out, err = run(anna, "suppression", "remove", eraser["id"][:8], "--reason", REASON, "--vault", anna_folder)
    assert code == 0 and out.strip() == f"Entry {eraser['id'][:8]} was removed from the suppression list.", err
    assert _json(run(anna, "suppression", "list", "--vault", anna_folder, "--json"))["counts"]["erasure_request"] == 0
    every = _json(run(anna, "suppression", "list", "--all", "--vault", anna_folder, "--json"))["entries"]
    assert [entry["removed_on"] for entry in every if entry["id"] == eraser["id"]] == [clock.today().isoformat()]

    code, _out, err = run(anna, "suppression", "add", "objector", "--vault", anna_folder)
    assert code == 2 and "when their erasure or objection request is completed, not by hand" in err
    code, _out, err = run(bram, "suppression", "remove", eraser["id"][:8], "--reason", REASON, "--lang", "fr", "--vault", bram_folder)
    assert code != 0 and "ne vous permet pas" in err  # the refusal in the user's language
    code, _out, err = run(anna, "suppression", "add", "objector", "--lang", "nl", "--vault", anna_folder)
    assert code == 2 and "niet met de hand" in err


def _ids(rows) -> list[int]:
    return [row["entry"] for row in rows]


def test_the_audit_is_verified_listed_and_exported_as_each_member_may_read_it(run, members, clock, team_engine, tmp_path):
    (anna, anna_folder), (bram, bram_folder), (dirk, dirk_folder) = members["anna"], members["bram"], members["dirk"]
    with opened_team(anna_folder, anna) as (engine, team):
        karel = add_candidate(engine, team, PersonalFields("Karel Wouters"), clock)
    clock.advance(dt.timedelta(days=2))
    with opened_team(bram_folder, bram) as (engine, team):
        ilse = add_candidate(engine, team, PersonalFields("Ilse Maes"), clock)

    everything = _json(run(dirk, "audit", "list", "--vault", dirk_folder, "--json"))  # the DPO reads every entry, newest first
    assert _ids(everything) == sorted(_ids(everything), reverse=True) and len(everything) >= 5
    assert {"Anna Admin", "Bram Recruiter"} <= {row["actor"] for row in everything}
    own = _json(run(bram, "audit", "list", "--vault", bram_folder, "--json"))  # a recruiter their own entries only
    assert own and {row["actor"] for row in own} == {"Bram Recruiter"}
    assert [row["candidate_uid"] for row in own if row["action"] == "candidate-added"] == [str(ilse)]

    added = _json(run(anna, "audit", "list", "--action", "candidate-added", "--vault", anna_folder, "--json"))
    assert [row["candidate_uid"] for row in added] == [str(ilse), str(karel)]
    members_changed = _json(run(anna, "audit", "list", "--action", "member-", "--vault", anna_folder, "--json"))
    assert {row["action"] for row in members_changed} == {"member-invited", "member-joined"}
    assert {row["details"]["member"] for row in members_changed} == {"Bram Recruiter", "Dirk DPO"}
    assert [row["candidate_uid"] for row in _json(run(anna, "audit", "list", "--action", "candidate.", "--candidate", "wouters",
                                                      "--vault", anna_folder, "--json"))] == [str(karel)]
    assert _json(run(anna, "audit", "list", "--candidate", ilse.hex[:6], "--limit", "1", "--vault", anna_folder, "--json"))[0][
        "candidate_uid"] == str(ilse)
    assert _json(run(anna, "audit", "list", "--until", (clock.today() - dt.timedelta(days=1)).isoformat(), "--vault", anna_folder,
                     "--json"))[0]["candidate_uid"] == str(karel)
    code, out, _ = run(anna, "audit", "list", "--action", "candidate-added", "--vault", anna_folder)
    assert code == 0 and f"candidate-added                 {ilse}  Bram Recruiter" in out and "Ilse" not in out

    report = _json(run(dirk, "audit", "verify", "--vault", dirk_folder, "--json"))
    assert report == {"intact": True, "entries": len(everything), "problem": None, "entry": None}
    code, out, _ = run(bram, "audit", "verify", "--vault", bram_folder)
    assert code == 0 and out.strip() == f"The audit trail is intact: {len(own)} entries."

    (tmp_path / "out").mkdir()  # a folder: a dated name in it, as locally
    code, out, err = run(bram, "audit", "export", "--out", str(tmp_path / "out"), "--vault", bram_folder)
    assert code == 0, err
    written = tmp_path / "out" / f"audit-trail-{clock.today().isoformat()}.xlsx"
    assert out.strip() == f"Audit trail written to {written}"
    sheets = openpyxl.load_workbook(written).worksheets
    assert [row[0] for row in sheets[0].iter_rows(min_row=2, values_only=True)] == sorted(_ids(own))  # a recruiter's own, oldest first
    assert "intact" in sheets[1].cell(2, 1).value
    assert _json(run(dirk, "audit", "list", "--action", "audit-exported", "--vault", dirk_folder, "--json"))[0]["actor"] == "Bram Recruiter"

    with team_engine.begin() as connection:  # someone with the server's keys alters an entry
        connection.execute(text("UPDATE team_audit SET action = 'candidate-updated' WHERE entry_id = 2"))
    code, out, _ = run(dirk, "audit", "verify", "--vault", dirk_folder)
    assert code == 5 and "The audit chain is broken at entry 2" in out
    code, out, _ = run(dirk, "audit", "verify", "--vault", dirk_folder, "--json")
    assert code == 5 and json.loads(out) == {"intact": False, "entries": len(everything) + 1, "problem": "broken", "entry": 2}
    assert len(_json(run(dirk, "audit", "list", "--vault", dirk_folder, "--json"))) == len(everything) + 1  # still shown, as locally


def test_notes_and_consents_are_written_and_read_by_candidate_name_or_id(run, members, clock, tmp_path):
    (anna, anna_folder), (bram, bram_folder), (dirk, dirk_folder) = members["anna"], members["bram"], members["dirk"]
    with opened_team(anna_folder, anna) as (engine, team):
        karel = add_candidate(engine, team, PersonalFields("Karel Wouters", "karel@example.be"), clock)

    written = _json(run(bram, "note", "add", "wouters", "--text", "Sterke lasser, beschikbaar in mei", "--vault", bram_folder, "--json"))
    assert (written["candidate"], written["kind"], written["author"], written["text"]) == (
        str(karel), "interview", "Bram Recruiter", "Sterke lasser, beschikbaar in mei")
    clock.advance(dt.timedelta(minutes=5))
    code, out, err = run(anna, "note", "add", karel.hex[:6], "--kind", "online_screening", "--source", "LinkedIn", "--text", "Publiek profiel",
                         "--vault", anna_folder)
    assert code == 0 and out.startswith("Note ") and f"added to candidate {karel.hex[:8]}." in out
    assert "Discuss these online screening findings" in err
    listed = _json(run(dirk, "note", "list", "karel", "--vault", dirk_folder, "--json"))  # a DPO reads
    assert [(note["author"], note["text"]) for note in listed] == [("Bram Recruiter", "Sterke lasser, beschikbaar in mei"),
                                                                   ("Anna Admin", "Publiek profiel")]
    code, out, _ = run(anna, "note", "list", "karel", "--vault", anna_folder)
    assert code == 0 and f"{written['id'][:8]}" in out and "        Sterke lasser, beschikbaar in mei" in out
    code, _out, err = run(dirk, "note", "add", "karel", "--text", "Mag niet", "--vault", dirk_folder)
    assert code != 0 and "does not allow you" in err
    code, _out, err = run(anna, "note", "add", "nobody", "--text", "Niemand", "--vault", anna_folder)
    assert code == 2 and 'No candidate of the team matches "nobody"' in err

    evidence = tmp_path / "consent mail.eml"
    evidence.write_bytes(b"Subject: ja, bewaar mijn cv")
    given = _json(run(bram, "consent", "add", "wouters", "--channel", "email", "--given", "2026-02-20", "--text", "Keep my CV",
                      "--text-version", "v2", "--evidence", str(evidence), "--vault", bram_folder, "--json"))
    assert (given["candidate"], given["purpose"], given["given_on"], given["channel"], given["text"], given["text_version"]) == (
        str(karel), "recruitment_reserve", "2026-02-20", "email", "Keep my CV", "v2")
    assert given["evidence_document"] and given["withdrawn_on"] is None
    clock.advance(dt.timedelta(minutes=5))
    code, _out, err = run(anna, "consent", "add", "karel", "--channel", "phone", "--vault", anna_folder)
    assert code == 2 and "Record the exact text the candidate agreed to, or its version" in err  # as locally
    code, _out, err = run(anna, "consent", "add", "karel", "--channel", "phone", "--text-version", "v2", "--given", "2026-04-01",
                          "--vault", anna_folder)
    assert code != 0 and "a day that has not come yet" in err
    code, out, _ = run(anna, "consent", "add", "karel", "--purpose", "share_with_clients", "--channel", "phone", "--text-version", "v2",
                       "--vault", anna_folder)
    assert code == 0 and f"recorded for candidate {karel.hex[:8]}." in out, _
    listed = _json(run(dirk, "consent", "list", "karel", "--vault", dirk_folder, "--json"))
    assert [consent["purpose"] for consent in listed] == ["share_with_clients", "recruitment_reserve"]  # newest first, as locally
    code, out, _ = run(anna, "consent", "list", "karel", "--vault", anna_folder)
    assert code == 0 and given["id"][:8] in out and "2026-02-20" in out
    code, _out, err = run(dirk, "consent", "add", "karel", "--channel", "email", "--text-version", "v2", "--vault", dirk_folder)
    assert code != 0 and "does not allow you" in err
    assert len(_json(run(anna, "consent", "list", "karel", "--vault", anna_folder, "--json"))) == 2

    code, _out, err = run(anna, "consent", "withdraw", given["id"][:8], "--on", "2026-02-21", "--vault", anna_folder)
    assert code == 2 and "The option --on works on a local vault only" in err
    code, _out, err = run(dirk, "consent", "withdraw", given["id"][:8], "--vault", dirk_folder)
    assert code != 0 and "does not allow you" in err
    code, _out, err = run(anna, "consent", "withdraw", "ffffffff", "--vault", anna_folder)
    assert code == 3 and "There is no consent record with number ffffffff." in err
    assert all(consent["withdrawn_on"] is None for consent in _json(run(anna, "consent", "list", "karel", "--vault", anna_folder, "--json")))
    code, out, err = run(bram, "consent", "withdraw", given["id"][:8], "--vault", bram_folder)
    assert code == 0 and out.strip() == f"Consent {given['id'][:8]} withdrawn on {clock.today().isoformat()}.", err
    assert {consent["purpose"]: consent["withdrawn_on"] for consent in _json(run(anna, "consent", "list", "karel", "--vault", anna_folder,
                                                                                 "--json"))} == {
        "recruitment_reserve": clock.today().isoformat(), "share_with_clients": None}


def test_requests_are_registered_and_listed_and_holds_placed_released_and_extended(run, members, clock):
    (anna, anna_folder), (bram, bram_folder), (dirk, dirk_folder) = members["anna"], members["bram"], members["dirk"]
    with opened_team(anna_folder, anna) as (engine, team):
        karel = add_candidate(engine, team, PersonalFields("Karel Wouters"), clock)
        add_candidate(engine, team, PersonalFields("Ilse Maes"), clock)

    registered = _json(run(bram, "request", "add", "access", "--candidate", "wouters", "--received", "2026-02-27", "--identity", "id card",
                           "--vault", bram_folder, "--json"))
    assert (registered["kind"], registered["candidate_id"], registered["candidate"], registered["received"], registered["due"],
            registered["identity_check"], registered["completed"]) == (
        "access", str(karel), "Karel Wouters", "2026-02-27", "2026-03-27", "id card", None)
    code, out, err = run(anna, "request", "add", "consent-withdrawal", "--candidate", "maes", "--vault", anna_folder)
    assert code == 0 and out.startswith("Request ") and out.strip().endswith("registered; answer by 2026-04-02."), err
    code, _out, err = run(anna, "request", "add", "erasure", "--vault", anna_folder)
    assert code == 2 and "name them with --candidate" in err
    code, _out, err = run(dirk, "request", "add", "access", "--candidate", "maes", "--vault", dirk_folder)
    assert code != 0 and "does not allow you" in err

    every = _json(run(dirk, "requests", "list", "--vault", dirk_folder, "--json"))  # the DPO reads every request, by deadline
    assert [(row["kind"], row["candidate"]) for row in every] == [("access", "Karel Wouters"), ("consent_withdrawal", "Ilse Maes")]
    assert [row["candidate"] for row in _json(run(bram, "requests", "list", "--open", "--vault", bram_folder, "--json"))] == [
        "Karel Wouters"]  # a recruiter the requests they recorded
    with opened_desk(Path(anna_folder), anna, clock) as desk:  # the withdrawal answered (in the window)
        [row] = [row for row in read_register(desk).rows if row.kind == "consent_withdrawal"]
        complete_request(desk, row, "Geen toestemming meer in het bestand", "id card", clock.today())
    assert [row["candidate"] for row in _json(run(anna, "requests", "list", "--open", "--vault", anna_folder, "--json"))] == [
        "Karel Wouters"]
    code, out, _ = run(anna, "requests", "list", "--vault", anna_folder)
    assert code == 0 and f"{registered['id'][:8]}" in out and "Karel Wouters" in out and "answer by 2026-03-27" in out
    assert "Ilse Maes" in out and f"completed on {clock.today().isoformat()}" in out
    code, out, _ = run(bram, "requests", "due", "--vault", bram_folder)  # a daily reminder, as locally
    assert code == 0 and out.strip() == "No request must be answered within 7 days."
    code, out, _ = run(bram, "requests", "due", "--on", "2026-03-28", "--vault", bram_folder, "--json")
    assert code == 4 and [(row["candidate"], row["overdue"]) for row in json.loads(out)] == [("Karel Wouters", True)]
    code, out, _ = run(anna, "requests", "due", "--within", "45", "--vault", anna_folder)
    assert code == 4 and "Karel Wouters" in out and "Ilse Maes" not in out  # a completed request is not due

    code, _out, err = run(bram, "hold", "wouters", "--reason", "ok", "--vault", bram_folder)
    assert code == 2 and "needs a written reason" in err
    code, _out, err = run(dirk, "hold", "wouters", "--reason", "Rechtszaak 2026/12", "--vault", dirk_folder)
    assert code != 0 and "does not allow you" in err
    code, out, err = run(bram, "hold", "wouters", "--reason", "Rechtszaak 2026/12", "--vault", bram_folder)
    assert code == 0 and out.strip() == f"Candidate {karel.hex[:8]} is on legal hold; nothing is deleted until the hold is released.", err
    code, _out, err = run(anna, "erase", "wouters", "--vault", anna_folder)
    assert code != 0 and "Rechtszaak 2026/12" in err  # the hold refuses erasure, with its reason
    code, _out, err = run(bram, "release", "wouters", "--reason", "", "--vault", bram_folder)
    assert code == 2 and "Releasing a legal hold needs a written reason" in err
    code, out, err = run(bram, "release", karel.hex[:6], "--reason", "De zaak is geschikt", "--vault", bram_folder)
    assert code == 0 and out.strip() == f"The legal hold on candidate {karel.hex[:8]} was released; the deadline runs again.", err

    code, _out, err = run(bram, "extend", "maes", "--until", clock.today().isoformat(), "--reason", "Lopende procedure", "--vault", bram_folder)
    assert code == 2 and "An extension must end after today." in err
    code, out, err = run(bram, "extend", "maes", "--until", "2030-01-31", "--reason", "Lopende procedure", "--vault", bram_folder)
    assert code == 0 and out.strip().endswith("is kept until 2030-01-31."), err
    deadlines = {line["name"]: line["deadline"] for line in _json(run(anna, "candidates", "list", "--vault", anna_folder, "--json"))}
    assert deadlines["Ilse Maes"] == "2030-01-31"
    code, out, err = run(anna, "erase", "wouters", "--vault", anna_folder)  # released: erasure goes ahead
    assert code == 0, err


def test_a_local_vault_still_takes_numbers_for_these_commands(run, tmp_path):
    keychain = MemoryKeychain()
    folder = str(tmp_path / "local")
    assert run(keychain, "vault", "init", "--vault", folder)[0] == 0
    code, _out, err = run(keychain, "note", "list", "karel", "--vault", folder)
    assert code == 3 and "There is no candidate with number karel." in err
    code, _out, err = run(keychain, "suppression", "remove", "abc", "--reason", REASON, "--vault", folder)
    assert code == 3 and "There is no suppression list entry with number abc." in err
    code, out, _ = run(keychain, "suppression", "list", "--vault", folder, "--json")
    assert code == 0 and json.loads(out)["counts"]["manual"] == 0


def test_requests_are_identified_extended_and_completed_by_their_id_as_each_member_may(run, members, clock, team_engine):
    (anna, anna_folder), (bram, bram_folder), (dirk, dirk_folder) = members["anna"], members["bram"], members["dirk"]
    with opened_team(anna_folder, anna) as (engine, team):
        karel = add_candidate(engine, team, PersonalFields("Karel Wouters", email="karel@example.be", phone="+32470222222"), clock)
        ilse = add_candidate(engine, team, PersonalFields("Ilse Maes", email="ilse@example.be"), clock)
    erasure = _json(run(bram, "request", "add", "erasure", "--candidate", "wouters", "--vault", bram_folder, "--json"))
    short = erasure["id"][:8]

    code, _out, err = run(bram, "request", "complete", short, "--outcome", "Gewist", "--yes", "--vault", bram_folder)
    assert code == 2 and f"Record how the person's identity was checked before completing request {short}." in err
    code, _out, err = run(bram, "request", "identity", "ffffffff", "--how", "paspoort", "--vault", bram_folder)
    assert code == 3 and "There is no request with number ffffffff." in err
    code, _out, err = run(dirk, "request", "identity", short, "--how", "paspoort", "--lang", "fr", "--vault", dirk_folder)
    assert code != 0 and "ne vous permet pas" in err  # the DPO reads the register and changes nothing, said in their language
    code, out, err = run(bram, "request", "identity", short, "--how", "paspoort gezien", "--vault", bram_folder)
    assert code == 0 and out.strip() == f"Identity check recorded for request {short}.", err
    with team_engine.connect() as connection:  # the identity check is sealed with the request's details
        sealed = connection.execute(text("SELECT content_sealed FROM team_request_details")).scalars().all()
    assert sealed and not any(b"paspoort" in bytes(blob) for blob in sealed)

    code, out, err = run(bram, "request", "extend", short, "--months", "1", "--reason", "Veel documenten", "--vault", bram_folder)
    assert code == 0 and out.strip() == (f"Request {short} extended; answer by 2026-05-02. Tell the person, with the reasons, "
                                         "before the first month ends."), err
    code, _out, err = run(bram, "request", "extend", short, "--months", "1", "--reason", "Veel documenten", "--vault", bram_folder)
    assert code == 2 and "is already extended to" in err
    code, _out, err = run(dirk, "request", "extend", short, "--months", "2", "--reason", "Veel documenten", "--vault", dirk_folder)
    assert code != 0 and "does not allow you" in err

    code, _out, err = run(bram, "request", "complete", short, "--outcome", "Gewist", "--email", "x@example.be", "--vault", bram_folder)
    assert code == 2 and "--email works on a local vault only" in err
    code, _out, err = run(bram, "request", "complete", short, "--outcome", "Gewist", "--vault", bram_folder)
    assert code == 2 and "add --yes to confirm" in err  # an erasure is confirmed, as locally
    code, _out, err = run(dirk, "request", "complete", short, "--outcome", "Gewist", "--yes", "--vault", dirk_folder)
    assert code != 0 and "does not allow you" in err
    assert {line["id"] for line in _json(run(anna, "candidates", "list", "--vault", anna_folder, "--json"))} == {str(karel), str(ilse)}

    done = _json(run(bram, "request", "complete", short, "--outcome", "Gewist", "--yes", "--vault", bram_folder, "--json"))
    assert (done["id"], done["kind"], done["identity_check"], done["extended_to"], done["completed"], done["outcome"]) == (
        erasure["id"], "erasure", "paspoort gezien", "2026-05-02", clock.today().isoformat(), "Gewist")
    assert [line["id"] for line in _json(run(anna, "candidates", "list", "--vault", anna_folder, "--json"))] == [str(ilse)]
    listed = _json(run(anna, "suppression", "list", "--vault", anna_folder, "--json"))
    assert listed["counts"]["erasure_request"] == 2  # their e-mail address and phone number
    code, _out, err = run(bram, "request", "complete", short, "--outcome", "Nog eens", "--yes", "--vault", bram_folder)
    assert code == 2 and "was already completed on" in err

    objection = _json(run(anna, "request", "add", "objection", "--candidate", "maes", "--identity", "e-mail", "--vault", anna_folder,
                          "--json"))["id"][:8]
    code, _out, err = run(anna, "request", "complete", objection, "--outcome", "Beperkt", "--vault", anna_folder)
    assert code == 2 and "An objection ends in erasure or in restriction" in err
    code, out, err = run(anna, "request", "complete", objection, "--outcome", "Beperkt", "--restrict", "--vault", anna_folder)
    assert code == 0 and out.strip() == f"Request {objection} completed.", err
    assert [line["id"] for line in _json(run(anna, "candidates", "list", "--vault", anna_folder, "--json"))] == [str(ilse)]
    assert _json(run(anna, "suppression", "list", "--vault", anna_folder, "--json"))["counts"]["objection"] == 1


def test_retention_hold_and_release_name_a_team_candidate_and_the_release_keeps_its_reason(run, members, clock, team_engine):
    (anna, anna_folder), (dirk, dirk_folder) = members["anna"], members["dirk"]
    with opened_team(anna_folder, anna) as (engine, team):
        ilse = add_candidate(engine, team, PersonalFields("Ilse Maes"), clock)
    code, _out, err = run(dirk, "retention", "hold", "maes", "--reason", "Rechtszaak 2026/12", "--lang", "nl", "--vault", dirk_folder)
    assert code != 0 and "mag u niet" in err
    code, out, err = run(anna, "retention", "hold", "maes", "--reason", "Rechtszaak 2026/12", "--vault", anna_folder)
    assert code == 0 and out.strip() == f"Candidate {ilse.hex[:8]} is on legal hold.", err
    code, _out, err = run(anna, "erase", "maes", "--vault", anna_folder)
    assert code != 0 and "Rechtszaak 2026/12" in err
    code, out, err = run(anna, "retention", "release", ilse.hex[:6], "--reason", "De zaak is geschikt", "--vault", anna_folder)
    assert code == 0 and out.strip() == f"The legal hold on candidate {ilse.hex[:8]} was released.", err

    # the release's reason is kept, sealed under the candidate's key, and shown in their timeline and the audit log's words
    with team_engine.connect() as connection:
        sealed = connection.execute(text("SELECT content_sealed FROM team_hold_releases")).scalars().all()
    assert len(sealed) == 1 and b"geschikt" not in bytes(sealed[0])
    for keychain, folder in ((anna, anna_folder), (dirk, dirk_folder)):
        with opened_desk(Path(folder), keychain, clock) as desk:
            timeline = [entry.text() for entry in candidate_detail(desk, ilse).timeline]
            assert timeline[-1] == "Legal hold released: De zaak is geschikt"
            assert read_audit(desk).rows[0].action == "Legal hold released"
    released = _json(run(dirk, "audit", "list", "--candidate", "maes", "--limit", "1", "--vault", dirk_folder, "--json"))
    assert [(row["action"], row["details"]) for row in released] == [("candidate-updated", {"change": "hold-released"})]
    assert run(anna, "erase", "maes", "--vault", anna_folder)[0] == 0
    with team_engine.connect() as connection:  # gone with the candidate
        assert connection.scalar(text("SELECT count(*) FROM team_hold_releases")) == 0


def test_a_completion_is_saved_over_the_version_read_and_a_colleagues_change_meanwhile_is_refused(run, members, clock):
    (anna, anna_folder), (bram, bram_folder) = members["anna"], members["bram"]
    with opened_team(anna_folder, anna) as (engine, team):
        add_candidate(engine, team, PersonalFields("Karel Wouters"), clock)
    short = _json(run(bram, "request", "add", "access", "--candidate", "wouters", "--identity", "paspoort", "--vault", bram_folder,
                      "--json"))["id"][:8]
    with opened_desk(Path(anna_folder), anna, clock) as desk:
        read = request_named(desk, short)  # what a completion read, before a colleague's extension is saved
        assert run(bram, "request", "extend", short, "--months", "2", "--reason", "Veel documenten", "--vault", bram_folder)[0] == 0
        with pytest.raises(TeamRequestChanged):
            complete_named_request(desk, read, "Inzage gegeven", None)
    code, _out, err = run(anna, "request", "complete", short, "--outcome", "Inzage gegeven", "--lang", "nl", "--vault", anna_folder)
    assert code == 0, err  # read again, it completes
    assert [row["completed"] for row in _json(run(anna, "requests", "list", "--vault", anna_folder, "--json"))] == [clock.today().isoformat()]
