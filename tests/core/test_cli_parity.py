"""Command-line parity: consents, notes, legal holds and extensions from a script."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from recruitdesk import cli


@pytest.fixture
def run(vault_folder, keychain, capsys):
    def invoke(*argv: str, on: dt.date = dt.date(2026, 3, 2)):
        clock = cli_clock(on)
        code = cli.main([*argv, "--vault", str(vault_folder)], keychain=keychain, clock=clock)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def cli_clock(day):
    from recruitdesk.clock import ManualClock

    return ManualClock(dt.datetime.combine(day, dt.time(9)))


@pytest.fixture
def candidate(run):
    assert run("vault", "init", "--preset", "ictmakers")[0] == 0
    candidate = json.loads(run("candidate", "add", "--name", "Lotte Wouters", "--applied", "2026-01-12", "--json")[1])["id"]
    run("candidate", "outcome", str(candidate), "not-hired", "--on", "2026-02-16")
    return candidate


def due_of(run, candidate, on):
    items = json.loads(run("retention", "due", "--within", "3650", "--json", on=on)[1])
    return {item["id"]: item for item in items}.get(candidate)


def test_consent_add_list_withdraw(run, candidate, tmp_path):
    assert due_of(run, candidate, dt.date(2026, 3, 2))["due"] == "2026-03-30"  # 6 weeks after 16 Feb
    evidence = tmp_path / "consent.eml"
    evidence.write_bytes(b"From: lotte@example.be\r\nSubject: reserve\r\n\r\nJa, graag in uw wervingsreserve.\r\n")
    code, out, err = run("consent", "add", str(candidate), "--channel", "email", "--given", "2026-02-20", "--text-version", "reserve-v1",
                         "--evidence", str(evidence), "--json")
    assert code == 0, err
    consent = json.loads(out)
    assert (consent["purpose"], consent["given_on"], consent["expires_on"], consent["evidence_document"] is not None) == (
        "recruitment_reserve", "2026-02-20", "2027-02-16", True)
    assert due_of(run, candidate, dt.date(2026, 3, 2))["due"] == "2027-02-16"  # at most 1 year after the procedure
    code, out, _ = run("consent", "list", str(candidate))
    assert code == 0 and "Recruitment reserve" in out and "until 2027-02-16" in out
    code, out, _ = run("consent", "withdraw", str(consent["id"]), "--on", "2026-03-01")
    assert (code, out.strip()) == (0, f"Consent {consent['id']} withdrawn on 2026-03-01.")
    assert json.loads(run("consent", "list", str(candidate), "--json")[1])[0]["withdrawn_on"] == "2026-03-01"
    assert due_of(run, candidate, dt.date(2026, 3, 2))["due"] == "2026-03-30"
    code, _, err = run("consent", "withdraw", str(consent["id"]))
    assert code != 0 and err.strip()
    code, _, err = run("consent", "add", str(candidate), "--channel", "email")
    assert code == 2 and err.strip()  # no wording and no version: refused with a sentence


def test_note_add_and_list(run, candidate):
    code, out, _ = run("note", "add", str(candidate), "--text", "Sterk in SQL, wil graag remote werken.", "--json")
    assert code == 0 and json.loads(out)["kind"] == "interview"
    code, out, err = run("note", "add", str(candidate), "--kind", "online_screening", "--source", "LinkedIn", "--text", "Profiel bevestigt ervaring.")
    assert code == 0 and "Discuss these online screening findings" in err
    code, _, err = run("note", "add", str(candidate), "--kind", "online_screening", "--text", "Zonder bron.")
    assert code == 2 and err.strip()
    notes = json.loads(run("note", "list", str(candidate), "--json")[1])
    assert [(n["kind"], n["source"], n["discussed_with_candidate"]) for n in notes] == [
        ("interview", None, False), ("online_screening", "LinkedIn", False)]
    assert "Sterk in SQL" in run("note", "list", str(candidate))[1]


def test_hold_release_and_extend(run, candidate, capsys):
    code, _, err = run("hold", str(candidate), "--reason", "no")
    assert code == 2 and "written reason" in err
    code, out, _ = run("hold", str(candidate), "--reason", "Labour court case 2026/17")
    assert code == 0
    assert due_of(run, candidate, dt.date(2026, 4, 10)) is None  # held: not due
    with pytest.raises(SystemExit) as missing:  # argparse refuses it, exit code 2
        run("release", str(candidate))
    err = capsys.readouterr().err
    assert missing.value.code == 2 and "required: --reason" in err and "Traceback" not in err
    code, _, err = run("release", str(candidate), "--reason", "done")
    assert code == 2 and "Releasing a legal hold needs a written reason" in err
    assert due_of(run, candidate, dt.date(2026, 4, 10)) is None  # still held
    code, out, _ = run("release", str(candidate), "--reason", "Case 2026/17 settled")
    assert (code, out.strip()) == (0, f"The legal hold on candidate {candidate} was released; the deadline runs again.")
    assert due_of(run, candidate, dt.date(2026, 4, 10))["overdue"] is True
    code, out, _ = run("extend", str(candidate), "--until", "2026-06-30", "--reason", "Client asked to reconsider her")
    assert (code, out.strip()) == (0, f"Candidate {candidate} is kept until 2026-06-30.")
    item = due_of(run, candidate, dt.date(2026, 3, 2))
    assert (item["due"], item["status"]) == ("2026-06-30", "extended")
    assert run("extend", str(candidate), "--until", "2026-01-01", "--reason", "Too early a date")[0] == 2
    assert run("hold", "999", "--reason", "Labour court case")[0] == 3


def test_the_command_line_choices_match_the_services():
    from recruitdesk.commands import consent, note
    from recruitdesk.services import consents, notes

    assert consent.PURPOSE_CHOICES == consents.PURPOSES and consent.CHANNEL_CHOICES == consents.CHANNELS
    assert note.KIND_CHOICES == notes.KINDS
