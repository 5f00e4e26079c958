"""The rights-request register: Art. 12(3) deadlines with the clock, extensions, completion."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from recruitdesk.clock import ManualClock
from recruitdesk.services import consents, rights_requests as rr
from recruitdesk.services.candidates import new_candidate, record_outcome
from recruitdesk.services.vault_access import create_vault
from recruitdesk.store.models import AuditEntry, Candidate, ErasureLedgerEntry, RightsRequest, SuppressionEntry


@pytest.fixture
def vault_at(vault_folder, keychain):
    """A vault whose clock starts on a given day: ``vault, clock = vault_at(date)``."""
    opened = []

    def make(day: dt.date):
        clock = ManualClock(dt.datetime.combine(day, dt.time(9)))
        vault, _ = create_vault(vault_folder, keychain, clock, preset="nl-ap")
        opened.append(vault)
        return vault, clock

    yield make
    for vault in opened:
        vault.close()


def _candidate(vault, clock, name="Jan Peeters", email="Jan.Peeters@example.be", phone="0470 12 34 56") -> int:
    with vault.session() as session, session.begin():
        return new_candidate(session, vault.candidate_keys, clock, name, email=email, phone=phone, applied_on=dt.date(2025, 12, 1)).id


@pytest.mark.parametrize(("received", "due"), [
    (dt.date(2026, 1, 31), dt.date(2026, 2, 28)),
    (dt.date(2028, 1, 31), dt.date(2028, 2, 29)),  # leap year
    (dt.date(2026, 3, 31), dt.date(2026, 4, 30)),
    (dt.date(2026, 12, 15), dt.date(2027, 1, 15)),
])
def test_due_date_is_one_calendar_month_clamped(vault_at, received, due):
    vault, _ = vault_at(received)
    view = rr.register(vault, "access", received, identity_check="replied from the address on file")
    assert (view.due_on, view.deadline, view.is_open) == (due, due, True)
    assert rr.answer_due_date(received) == due


def test_extension_only_with_reason_within_the_first_month_and_at_most_two_months(vault_at):
    vault, clock = vault_at(dt.date(2026, 1, 31))
    request = rr.register(vault, "portability", dt.date(2026, 1, 31)).id
    with pytest.raises(rr.ExtensionReasonRequired):
        rr.extend(vault, request, 1, "  ")
    with pytest.raises(rr.ExtensionTooLong) as too_long:
        rr.extend(vault, request, 3, "many systems to search")
    assert "30 April 2026" in too_long.value.message()
    clock.advance(days=28)  # 28 February: the last day of the first month
    assert rr.extend(vault, request, 1, "many systems to search").deadline == dt.date(2026, 3, 31)
    assert rr.extend(vault, request, 2, "still more archives").deadline == dt.date(2026, 4, 30)
    with pytest.raises(rr.ExtensionNotLonger):
        rr.extend(vault, request, 1, "shorter?")

    late = rr.register(vault, "access", dt.date(2026, 1, 31)).id
    clock.advance(days=1)  # 1 March: the first month is over
    with pytest.raises(rr.ExtensionTooLate) as too_late:
        rr.extend(vault, late, 1, "complex request")
    assert too_late.value.message().startswith("The answer period can only be extended within the first month, which ended on 28 February 2026.")
    with vault.session() as session:
        extended = session.get(RightsRequest, request)
        assert (extended.extended_to, extended.extension_reason) == (dt.date(2026, 4, 30), "still more archives")


def test_reminders_and_overdue_alerts(vault_at):
    vault, clock = vault_at(dt.date(2026, 1, 10))
    first = rr.register(vault, "access", dt.date(2026, 1, 5)).id  # due 5 Feb
    second = rr.register(vault, "rectification", dt.date(2026, 1, 10)).id  # due 10 Feb
    assert rr.due_requests(vault, dt.date(2026, 1, 20), 7) == []
    assert [v.id for v in rr.due_requests(vault, dt.date(2026, 2, 1), 7)] == [first]
    summary = rr.summarise(vault, dt.date(2026, 2, 6), 7)
    assert ([v.id for v in summary.overdue], [v.id for v in summary.due_soon]) == ([first], [second])
    assert summary.headline() == "1 request must be answered within 7 days. 1 request is overdue."
    assert rr.summarise(vault, dt.date(2026, 1, 11), 7).headline() == ""
    clock.advance(days=2)
    rr.extend(vault, second, 1, "needs input from the client")
    assert [v.id for v in rr.due_requests(vault, dt.date(2026, 2, 11), 0)] == [first]  # second now due 10 March
    assert [v.id for v in rr.list_requests(vault, open_only=True)] == [first, second]


def test_completion_needs_identity_check_and_outcome_and_happens_once(vault_at):
    vault, _ = vault_at(dt.date(2026, 3, 2))
    candidate_id = _candidate(vault, _)
    request = rr.register(vault, "access", candidate_id=candidate_id).id
    with pytest.raises(rr.IdentityNotChecked):
        rr.complete(vault, request, "export sent")
    rr.record_identity_check(vault, request, "copy of identity card seen, not kept")
    with pytest.raises(rr.OutcomeRequired):
        rr.complete(vault, request, "")
    done = rr.complete(vault, request, "export sent by encrypted mail")
    assert (done.completed_on, done.outcome, done.is_open) == (dt.date(2026, 3, 2), "export sent by encrypted mail", False)
    with pytest.raises(rr.RequestAlreadyCompleted):
        rr.complete(vault, request, "again")
    with pytest.raises(rr.RequestNotFound):
        rr.get_request(vault, 99)
    with vault.session() as session:
        details = " ".join(e.details_json or "" for e in session.scalars(select(AuditEntry)))
    assert "identity" not in details and "export sent" not in details and "Jan" not in details


def test_erasure_request_ends_in_erasure_with_the_ledger_as_proof(vault_at):
    vault, clock = vault_at(dt.date(2026, 3, 2))
    candidate_id = _candidate(vault, clock)
    request = rr.register(vault, "erasure", candidate_id=candidate_id, identity_check="mail from known address").id
    done = rr.complete(vault, request, "erased")
    assert done.candidate_id is None and not done.is_open
    with vault.session() as session:
        assert session.get(Candidate, candidate_id) is None
        ledger = session.scalars(select(ErasureLedgerEntry)).one()
        assert (ledger.reason, ledger.rights_request_id) == ("request", request)


@pytest.mark.parametrize("action", ["erase", "restrict"])
def test_objection_suppresses_email_and_phone_then_erases_or_restricts(vault_at, action):
    vault, clock = vault_at(dt.date(2026, 3, 2))
    candidate_id = _candidate(vault, clock)
    request = rr.register(vault, "objection", candidate_id=candidate_id, identity_check="phone call, confirmed by mail").id
    with pytest.raises(rr.ActionRequired):
        rr.complete(vault, request, "objection honoured")
    rr.complete(vault, request, "objection honoured", action=action)
    assert rr.is_suppressed(vault, email="  jan.peeters@EXAMPLE.be")
    assert rr.is_suppressed(vault, phone="+32 470 12 34 56")
    assert not rr.is_suppressed(vault, email="someone.else@example.be")
    with vault.session() as session:
        entries = session.scalars(select(SuppressionEntry)).all()
        assert sorted(e.kind for e in entries) == ["email", "phone"]
        assert all(b"example" not in e.identifier_hash for e in entries)
        assert {(e.basis, e.rights_request_id, e.basis_on) for e in entries} == {("objection", request, dt.date(2026, 3, 2))}
        candidate = session.get(Candidate, candidate_id)
        if action == "erase":
            assert candidate is None
        else:
            assert candidate.situation == rr.RESTRICTED


def test_consent_withdrawal_request_withdraws_every_consent(vault_at):
    vault, clock = vault_at(dt.date(2026, 3, 2))
    candidate_id = _candidate(vault, clock)
    record_outcome(vault, candidate_id, "not_hired", dt.date(2026, 2, 1))
    consents.give_consent(vault, candidate_id, "recruitment_reserve", dt.date(2026, 2, 1), "email", text_version="v1")
    consents.give_consent(vault, candidate_id, "share_with_clients", dt.date(2026, 2, 1), "email", text_version="v1")
    request = rr.register(vault, "consent_withdrawal", candidate_id=candidate_id, identity_check="own mail").id
    rr.complete(vault, request, "both consents withdrawn")
    assert all(c.withdrawn_on == dt.date(2026, 3, 2) for c in consents.consents_of(vault, candidate_id))


def test_registering_checks_kind_and_date(vault_at):
    vault, _ = vault_at(dt.date(2026, 3, 2))
    with pytest.raises(rr.UnknownRequestKind):
        rr.register(vault, "complaint")
    with pytest.raises(rr.RequestDateInFuture):
        rr.register(vault, "access", dt.date(2026, 3, 3))


# --- the command line ------------------------------------------------------------------------
@pytest.fixture
def run(vault_folder, keychain, capsys):
    from recruitdesk import cli

    def invoke(*argv: str, on: dt.date = dt.date(2026, 1, 31)):
        clock = ManualClock(dt.datetime.combine(on, dt.time(9)))
        code = cli.main([*argv, "--vault", str(vault_folder)], keychain=keychain, clock=clock)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def test_cli_kinds_match_the_service():
    from recruitdesk.commands.requests import KIND_CHOICES

    assert tuple(kind.replace("-", "_") for kind in KIND_CHOICES) == rr.KINDS


def test_request_workflow_on_the_command_line(run):
    assert run("vault", "init")[0] == 0
    code, out, _ = run("candidate", "add", "--name", "Eva Claes", "--email", "eva@example.be", "--json")
    candidate = json.loads(out)["id"]
    code, out, err = run("request", "add", "erasure", "--received", "2026-01-31", "--candidate", str(candidate))
    assert (code, out.strip()) == (0, "Request 1 registered; answer by 2026-02-28."), err
    code, out, _ = run("requests", "due", "--on", "2026-02-25", "--json")
    assert [(r["id"], r["due"], r["overdue"]) for r in json.loads(out)] == [(1, "2026-02-28", False)]
    code, out, _ = run("requests", "due", "--on", "2026-03-01", "--within", "0")
    assert "overdue since 2026-02-28" in out and "Eva Claes" in out

    code, _, err = run("request", "extend", "1", "--months", "1", "--reason", "archive search", on=dt.date(2026, 3, 1))
    assert code == 2 and "which ended on 28 February 2026" in err
    code, out, _ = run("request", "extend", "1", "--months", "2", "--reason", "archive search", on=dt.date(2026, 2, 28))
    assert code == 0 and "answer by 2026-04-30" in out

    code, _, err = run("request", "complete", "1", "--outcome", "erased")
    assert code == 2 and "identity" in err
    assert run("request", "identity", "1", "--how", "mail from the known address")[0] == 0
    code, _, err = run("request", "complete", "1", "--outcome", "erased")
    assert code == 2 and "--yes" in err
    code, out, err = run("request", "complete", "1", "--outcome", "erased", "--yes", "--json")
    assert code == 0, err
    assert json.loads(out)["completed"] == "2026-01-31"
    assert json.loads(run("candidates", "list", "--json")[1]) == []
    code, out, _ = run("requests", "list")
    assert "completed on 2026-01-31" in out
    code, _, err = run("request", "complete", "7", "--outcome", "x")
    assert (code, err.strip()) == (3, "There is no request with number 7.")


def test_erasure_request_is_completed_even_when_the_log_stays_busy(vault_at, monkeypatch):
    from recruitdesk import errors

    vault, clock = vault_at(dt.date(2026, 3, 2))
    candidate_id = _candidate(vault, clock)
    request = rr.register(vault, "erasure", candidate_id=candidate_id, identity_check="own mail").id
    real_erase = rr.erase_candidate

    def erase_then_busy(*args, **kwargs):
        real_erase(*args, **kwargs)
        raise errors.ErasureIncomplete()

    monkeypatch.setattr(rr, "erase_candidate", erase_then_busy)
    with pytest.raises(errors.ErasureIncomplete):
        rr.complete(vault, request, "erased")
    assert not rr.get_request(vault, request).is_open


def test_objection_of_someone_not_in_the_vault(vault_at):
    vault, _ = vault_at(dt.date(2026, 3, 2))
    request = rr.register(vault, "objection", identity_check="replied to our mailing").id
    with pytest.raises(rr.NothingToSuppress):
        rr.complete(vault, request, "excluded from mailings", action="erase")
    rr.complete(vault, request, "excluded from mailings", action="erase", email="Stranger@Example.org")
    assert rr.is_suppressed(vault, email="stranger@example.org")
    with vault.session() as session:
        assert session.scalars(select(ErasureLedgerEntry)).all() == []  # nobody to erase
