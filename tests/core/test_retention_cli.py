"""Headless retention workflow: add candidates, record facts, see what is due, erase it."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from recruitdesk import cli, errors
from recruitdesk.clock import ManualClock
from recruitdesk.retention.presets import PRESETS
from recruitdesk.services import consents, retention
from recruitdesk.store.models import AuditEntry, RetentionPolicy, RetentionState


@pytest.fixture
def run(vault_folder, keychain, capsys):
    """Run the CLI in-process on the test vault at a given day; returns (exit code, stdout, stderr)."""

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


DUE_CODE = 4  # documented in the README: something is due or overdue


def test_it1_worked_example_end_to_end(run):
    assert run("vault", "init", "--preset", "it1")[0] == 0
    an = _json(run("candidate", "add", "--name", "An Peeters", "--email", "An.Peeters@example.be", "--applied", "2025-12-01", "--json"))["id"]
    bram = _json(run("candidate", "add", "--name", "Bram Maes", "--applied", "2025-12-03", "--json"))["id"]
    assert run("candidate", "outcome", str(an), "not-hired", "--on", "2026-01-05")[0] == 0
    assert run("candidate", "contact", str(an), "--on", "2026-01-10")[0] == 0

    listed = _json(run("candidates", "list", "--json"))
    assert {(c["id"], c["name"], c["email"]) for c in listed} == {(an, "An Peeters", "an.peeters@example.be"), (bram, "Bram Maes", None)}

    # IT1: not hired, last contact 10 Jan -> due 7 Feb. Bram's procedure is still open: the firm
    # default (6 months after the last contact, 3 June) is outside the window.
    due = _json(run("retention", "due", "--on", "2026-01-30", "--within", "14", "--json"), DUE_CODE)
    assert due == [{"id": an, "name": "An Peeters", "due": "2026-02-07", "overdue": False, "status": "due",
                    "rule": "4 weeks after the last contact on 10 January 2026 — IT1 policy"}]
    assert _json(run("retention", "due", "--on", "2026-01-20", "--within", "14", "--json")) == []
    overdue = _json(run("retention", "due", "--on", "2026-02-08", "--json"), DUE_CODE)
    assert overdue[0]["overdue"] is True

    code, _, err = run("retention", "apply", "--on", "2026-02-08")
    assert code == 2 and err.strip() == "Nothing was erased: add --yes to confirm that 1 candidates may be erased for good."
    assert _json(run("retention", "apply", "--on", "2026-02-08", "--yes", "--json")) == {"erased": [an]}
    assert [c["id"] for c in _json(run("candidates", "list", "--json"))] == [bram]


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_a_hired_candidate_has_a_deadline_in_every_preset(run, preset):
    """The issue's reproduction: hired in February 2020, listed as due within 5000 days."""
    assert run("vault", "init", "--preset", preset)[0] == 0
    hired = _json(run("candidate", "add", "--name", "Xavier Claes", "--applied", "2020-01-01", "--json"))["id"]
    still_open = _json(run("candidate", "add", "--name", "Yana Smet", "--applied", "2020-01-01", "--json"))["id"]
    assert run("candidate", "outcome", str(hired), "hired", "--on", "2020-02-01")[0] == 0
    due = _json(run("retention", "due", "--within", "5000", "--json"), DUE_CODE)
    assert {item["id"] for item in due} == {hired, still_open}
    assert all(item["due"] and item["overdue"] for item in due)


def test_due_commands_exit_zero_when_nothing_is_due_and_four_when_something_is(run):
    run("vault", "init", "--preset", "it1")
    code, out, _ = run("retention", "due", "--within", "14")
    assert (code, out.strip()) == (0, "No candidate is due for deletion within 14 days.")
    assert run("requests", "due")[0] == 0
    assert _json(run("requests", "due", "--json")) == []
    candidate = _json(run("candidate", "add", "--name", "Wout Jacobs", "--applied", "2026-01-05", "--json"))["id"]
    run("candidate", "outcome", str(candidate), "not-hired", "--on", "2026-01-20")
    code, out, _ = run("retention", "due", "--within", "14", on=dt.date(2026, 2, 10))
    assert code == DUE_CODE and f"{candidate}" in out and "due on 2026-02-17" in out
    assert run("retention", "due", "--within", "14", "--json", on=dt.date(2026, 3, 1))[0] == DUE_CODE
    assert run("request", "add", "access", "--received", "2026-02-20")[0] == 0
    code, out, _ = run("requests", "due", on=dt.date(2026, 3, 17))
    assert code == DUE_CODE and "answer by 2026-03-20" in out
    assert run("requests", "due", "--json", on=dt.date(2026, 3, 17))[0] == DUE_CODE


def test_erase_command_and_unknown_ids(run):
    run("vault", "init")
    candidate = _json(run("candidate", "add", "--name", "Ilse Wouters", "--json"))["id"]
    code, out, _ = run("erase", str(candidate))
    assert (code, out.strip()) == (0, f"Candidate {candidate} was erased.")
    code, _, err = run("erase", str(candidate))
    assert (code, err.strip()) == (3, f"There is no candidate with number {candidate}.")
    code, _, err = run("candidate", "outcome", "4242", "hired", "--on", "2026-01-01")
    assert code == 3


def test_bad_dates_get_a_clear_message(run):
    run("vault", "init")
    code, _, err = run("candidate", "add", "--name", "X", "--applied", "31/12/2025")
    assert (code, err.strip()) == (2, '"31/12/2025" is not a date; write it as YYYY-MM-DD, for example 2026-03-31.')


def test_policy_change_recomputes_every_countdown(new_vault, clock):
    from recruitdesk.services.candidates import new_candidate, record_outcome

    vault, _ = new_vault  # nl-ap
    with vault.session() as session, session.begin():
        ids = [new_candidate(session, vault.candidate_keys, clock, f"C{n}", applied_on=dt.date(2026, 1, 5)).id for n in range(3)]
    for candidate_id in ids:
        record_outcome(vault, candidate_id, "not_hired", dt.date(2026, 2, 1))
    with vault.session() as session:
        assert {s.due_on for s in session.scalars(select(RetentionState))} == {dt.date(2026, 3, 1)}
    version = retention.change_policy(vault, PRESETS["ictmakers"].policy, "ictmakers")
    assert version == 2
    with vault.session() as session:
        assert {s.due_on for s in session.scalars(select(RetentionState))} == {dt.date(2026, 3, 15)}
        assert {s.policy_version for s in session.scalars(select(RetentionState))} == {2}
        versions = session.scalars(select(RetentionPolicy).order_by(RetentionPolicy.version)).all()
        assert [(p.version, p.preset, p.active) for p in versions] == [(1, "nl-ap", False), (2, "ictmakers", True)]


def test_consent_withdrawal_shortens_the_countdown(new_vault, clock):
    from recruitdesk.services.candidates import new_candidate, record_outcome

    vault, _ = new_vault  # nl-ap: 4 weeks after the procedure, 1 year with consent
    with vault.session() as session, session.begin():
        candidate_id = new_candidate(session, vault.candidate_keys, clock, "Roos Visser", applied_on=dt.date(2026, 1, 5)).id
    record_outcome(vault, candidate_id, "not_hired", dt.date(2026, 2, 1))
    consents.give_consent(vault, candidate_id, "recruitment_reserve", dt.date(2026, 2, 1), channel="email", text_version="reserve-v1")
    assert retention.due_items(vault, dt.date(2026, 3, 2), 400)[0].due == dt.date(2027, 2, 1)
    consents.withdraw_purpose(vault, candidate_id, "recruitment_reserve", dt.date(2026, 3, 2))
    item = retention.due_items(vault, dt.date(2026, 3, 2), 14)[0]
    assert (item.due, item.kind) == (dt.date(2026, 3, 2), "due")


def test_legal_hold_and_extension_need_reasons_and_are_audited(new_vault, clock):
    from recruitdesk.services.candidates import new_candidate, record_outcome

    vault, _ = new_vault
    with vault.session() as session, session.begin():
        candidate_id = new_candidate(session, vault.candidate_keys, clock, "Koen Jacobs", applied_on=dt.date(2026, 1, 5)).id
    record_outcome(vault, candidate_id, "not_hired", dt.date(2026, 1, 20))
    with pytest.raises(errors.ReasonRequired):
        retention.set_legal_hold(vault, candidate_id, "  ")
    retention.set_legal_hold(vault, candidate_id, "Dispute before the labour court")
    assert retention.due_items(vault, dt.date(2026, 6, 1), 14) == []
    held = retention.due_items(vault, dt.date(2026, 6, 1), 14, include_holds=True)
    assert [(h.kind, h.rule) for h in held] == [("legal_hold", "On legal hold: Dispute before the labour court")]
    retention.release_legal_hold(vault, candidate_id, "The labour court dismissed the claim")
    with pytest.raises(errors.ExtensionNotLater):
        retention.extend(vault, candidate_id, clock.today(), "Client reconsidering")
    retention.extend(vault, candidate_id, dt.date(2026, 4, 30), "Client reconsidering the shortlist")
    item = retention.due_items(vault, dt.date(2026, 4, 20), 14)[0]
    assert (item.kind, item.due) == ("extended", dt.date(2026, 4, 30))
    with vault.session() as session:
        actions = [a.action for a in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert {"retention.legal_hold_set", "retention.legal_hold_released", "retention.extended"} <= set(actions)


def test_an_outplacement_counts_from_its_start_end_to_end(run):
    """ITZU: "5 jaar bij te houden vanaf opstart"; the start is recorded, not the application."""
    run("vault", "init", "--preset", "itzu")
    added = _json(run("candidate", "add", "--name", "Oscar Peeters", "--outplacement-start", "2025-10-01", "--json"))["id"]
    later = _json(run("candidate", "add", "--name", "Olga Janssens", "--applied", "2025-06-01", "--json"))["id"]
    assert run("candidate", "outplacement", str(later), "--started", "2025-11-15")[0] == 0
    due = {item["id"]: item for item in _json(run("retention", "due", "--within", "3650", "--json"), DUE_CODE)}
    assert due[added]["due"] == "2030-10-01" and due[later]["due"] == "2030-11-15"
    assert due[later]["rule"] == "5 years after the start of the outplacement on 15 November 2025 — ITZU policy"
