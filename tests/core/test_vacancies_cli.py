"""``recruitdesk vacancy add|list|close``, ``apply``, ``stage`` and ``import --vacancy``."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from recruitdesk import cli
from recruitdesk.clock import ManualClock
from tests.importing import make_files


@pytest.fixture
def run(vault_folder, keychain, capsys):
    def invoke(*argv: str, on: dt.date = dt.date(2026, 3, 2)):
        clock = ManualClock(dt.datetime.combine(on, dt.time(9)))
        code = cli.main([*argv, "--vault", str(vault_folder)], keychain=keychain, clock=clock)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def _json(result, code: int = 0):
    actual, out, err = result
    assert actual == code, err
    return json.loads(out)


def test_a_vacancy_from_add_to_close_on_the_command_line(run):
    assert run("vault", "init", "--preset", "ictmakers")[0] == 0
    vacancy = _json(run("vacancy", "add", "--title", "Java developer", "--client", "Acme", "--location", "Gent",
                        "--opened", "2026-01-05", "--json"))
    assert (vacancy["title"], vacancy["status"], vacancy["opened_on"]) == ("Java developer", "open", "2026-01-05")
    assert vacancy["stages"] == ["new", "screening", "interview", "offer", "hired", "rejected", "withdrawn"]
    people = [_json(run("candidate", "add", "--name", name, "--json"))["id"] for name in ("Ann", "Bo", "Cas")]
    applications = [_json(run("apply", str(person), str(vacancy["id"]), "--on", "2026-01-10", "--json"))["application"] for person in people]
    moved = _json(run("stage", str(applications[0]), "interview", "--on", "2026-01-20", "--json"))
    assert (moved["stage"], moved["stage_name"], moved["stage_changed_on"], moved["outcome"]) == ("interview", "Interview", "2026-01-20", "open")

    listed = _json(run("vacancy", "list", "--search", "acme", "--json"))
    assert [(v["id"], v["counts"]["new"], v["counts"]["interview"], v["applications"]) for v in listed] == [(vacancy["id"], 2, 1, 3)]
    code, out, _ = run("vacancy", "list")
    assert code == 0 and "Java developer (Acme)" in out and "New 2, Interview 1" in out

    closed = _json(run("vacancy", "close", str(vacancy["id"]), "--hired", str(applications[0]), "--on", "2026-02-02", "--json"))
    assert closed == {"vacancy": vacancy["id"], "status": "filled", "hired": [applications[0]], "rejected": applications[1:]}
    # ICT Makers: "six weeks after the end of the procedure" -> 16 March for the two not hired.
    due = _json(run("retention", "due", "--on", "2026-03-10", "--within", "14", "--json"), 4)
    assert {(item["id"], item["due"]) for item in due} == {(people[1], "2026-03-16"), (people[2], "2026-03-16")}
    assert _json(run("vacancy", "list", "--json")) == []
    assert [v["status"] for v in _json(run("vacancy", "list", "--all", "--json"))] == ["filled"]


def test_errors_are_one_clear_sentence(run):
    run("vault", "init", "--preset", "it1")
    person = _json(run("candidate", "add", "--name", "Ann", "--json"))["id"]
    vacancy = _json(run("vacancy", "add", "--title", "Welder", "--json"))["id"]
    assert run("apply", str(person), "99") == (3, "", "There is no vacancy with number 99.\n")
    application = _json(run("apply", str(person), str(vacancy), "--json"))["application"]
    code, out, err = run("apply", str(person), str(vacancy))
    assert (code, err) == (2, f"Candidate {person} already has application {application} in this vacancy.\n")
    code, _, err = run("stage", str(application), "lunch")
    assert (code, err) == (2, "\"lunch\" is not a stage of this vacancy. Its stages are: New, Screening, Interview, Offer, Hired, Rejected, Withdrawn.\n")
    assert run("stage", "77", "new")[:2] == (3, "")
    assert run("vacancy", "add", "--title", " ")[2] == "A vacancy needs a title.\n"
    assert run("vacancy", "close", str(vacancy), "--on", "2026-13-01")[:3:2] == (2, "\"2026-13-01\" is not a date; write it as YYYY-MM-DD, for example 2026-03-31.\n")
    assert run("vacancy", "close", str(vacancy), "--cancelled")[0] == 0
    assert run("stage", str(application), "new")[2] == f"Vacancy {vacancy} is closed: its applications can no longer change. Reopen it first.\n"


def test_import_into_a_vacancy(run, tmp_path):
    """Each imported CV creates a candidate who applied for the vacancy, in the same transaction."""
    run("vault", "init", "--preset", "nl-ap")
    vacancy = _json(run("vacancy", "add", "--title", "Warehouse worker", "--json"))["id"]
    make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines())
    (tmp_path / "jan.txt").write_text("Jan Peeters\njan.peeters@example.be\nBrugge\n\nErvaring\nmagazijnier\n", encoding="utf-8")
    code, out, err = run("import", str(tmp_path / "griet.docx"), str(tmp_path / "jan.txt"), "--vacancy", str(vacancy), "--json")
    assert code == 0, err
    imported = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert [item["status"] for item in imported if "status" in item] == ["imported", "imported"]
    listed = _json(run("vacancy", "list", "--json"))
    assert listed[0]["counts"]["new"] == 2
    assert run("import", str(tmp_path / "jan.txt"), "--vacancy", "42")[2] == "There is no vacancy with number 42.\n"


def test_a_vacancy_is_put_on_hold_and_reopened_on_the_command_line(run):
    assert run("vault", "init", "--preset", "ictmakers")[0] == 0
    vacancy = _json(run("vacancy", "add", "--title", "Java developer", "--json"))["id"]
    person = _json(run("candidate", "add", "--name", "Ann", "--json"))["id"]
    application = _json(run("apply", str(person), str(vacancy), "--json"))["application"]

    held = _json(run("vacancy", "hold", str(vacancy), "--json"))
    assert held["status"] == "on_hold" and held["applications"] == 1
    code, out, _ = run("vacancy", "reopen", str(vacancy))
    assert code == 0 and f"Vacancy {vacancy} is open." in out
    assert _json(run("vacancy", "list", "--json"))[0]["status"] == "open"

    _json(run("vacancy", "close", str(vacancy), "--hired", str(application), "--json"))
    reopened = _json(run("vacancy", "reopen", str(vacancy), "--json"))
    assert reopened["status"] == "open"
    code, _out, err = run("vacancy", "hold", "999")
    assert code != 0 and "999" in err and "Traceback" not in err
    code, out, _ = run("audit", "list", "--json")
    assert code == 0 and out.count("vacancy.status_changed") == 2 and out.count("vacancy.reopened") == 1
