"""Rules the erasure service enforces for every caller: a legal hold blocks erasure (Art. 17(3)(e))
until it is released, and the ledger's reason comes from the candidate's own state."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from recruitdesk import cli, errors, i18n
from recruitdesk.clock import ManualClock
from recruitdesk.services import rights_requests as rr
from recruitdesk.services.candidates import add_candidate, candidate_rows, record_outcome
from recruitdesk.services.erasure import erase_candidate, erase_candidates, erase_due
from recruitdesk.services.retention import due_now, release_legal_hold, set_legal_hold
from recruitdesk.services.vault_access import create_vault
from recruitdesk.store.models import AuditEntry, ErasureLedgerEntry, RightsRequest

HOLD = "Dispute about the procedure, case 2026/17"
RELEASE = "Claim settled on 1 March 2026"


def _not_hired(vault, name: str, ended: dt.date) -> int:
    """nl-ap: due 4 weeks after ``ended``."""
    candidate_id = add_candidate(vault, name, email=f"{name.split()[0].lower()}@example.be", applied_on=ended - dt.timedelta(days=20))
    record_outcome(vault, candidate_id, "not_hired", ended)
    return candidate_id


def _audit(vault) -> list[tuple[str, dict | None]]:
    with vault.session() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq))
        return [(entry.action, json.loads(entry.details_json) if entry.details_json else None) for entry in entries]


def _ledger(vault) -> list[str]:
    with vault.session() as session:
        return list(session.scalars(select(ErasureLedgerEntry.reason).order_by(ErasureLedgerEntry.id)))


def test_a_held_candidate_is_refused_with_the_reason_and_erased_after_release(new_vault, clock):
    vault, _ = new_vault
    held = _not_hired(vault, "Olga Overdue", clock.today() - dt.timedelta(days=40))
    other = _not_hired(vault, "Otto Other", clock.today() - dt.timedelta(days=40))
    set_legal_hold(vault, held, HOLD)

    with pytest.raises(errors.CandidateOnLegalHold) as refused:
        erase_candidates(vault, [other, held])
    message = refused.value.message()
    assert HOLD in message and str(held) in message and "Release legal hold" in message
    assert refused.value.code == "candidate-on-legal-hold"
    assert HOLD not in str(refused.value)  # the reason may name people: kept out of logs
    assert {row.id for row in candidate_rows(vault)} == {held, other}  # nothing erased, not even the other
    assert _ledger(vault) == []

    release_legal_hold(vault, held, RELEASE)
    assert erase_candidates(vault, [other, held]).erased == [other, held]
    assert _ledger(vault) == ["retention_due", "retention_due"]


@pytest.mark.parametrize("reason", ["", "   ", "ok\n  ", None])
def test_a_release_without_a_written_reason_is_refused_and_the_hold_stays(new_vault, clock, reason):
    vault, _ = new_vault
    held = _not_hired(vault, "Olga Overdue", clock.today() - dt.timedelta(days=40))
    set_legal_hold(vault, held, HOLD)
    with pytest.raises(errors.ReleaseReasonRequired) as refused:
        release_legal_hold(vault, held, reason)
    assert refused.value.code == "release-reason-required"
    with pytest.raises(errors.CandidateOnLegalHold):
        erase_candidates(vault, [held])
    assert _audit(vault)[-1][0] == "retention.legal_hold_set"  # nothing recorded for the refusal


def test_the_release_is_audited_with_the_reason_length_not_its_text(new_vault, clock):
    vault, _ = new_vault
    held = _not_hired(vault, "Olga Overdue", clock.today() - dt.timedelta(days=40))
    set_legal_hold(vault, held, HOLD)
    release_legal_hold(vault, held, f"  {RELEASE} ")
    action, details = _audit(vault)[-1]
    assert action == "retention.legal_hold_released"
    assert details == {"reason_length": len(RELEASE)}
    assert all(RELEASE not in str(entry) and HOLD not in str(entry) for entry in _audit(vault))


def test_the_release_reason_message_is_translated():
    error = errors.ReleaseReasonRequired()
    try:
        i18n.set_language("nl")
        dutch = error.message()
        i18n.set_language("fr")
        french = error.message()
    finally:
        i18n.set_language("en")
    assert len({error.message(), dutch, french}) == 3


def test_the_hold_message_is_translated(new_vault, clock):
    vault, _ = new_vault
    held = _not_hired(vault, "Olga Overdue", clock.today() - dt.timedelta(days=40))
    set_legal_hold(vault, held, HOLD)
    with pytest.raises(errors.CandidateOnLegalHold) as refused:
        erase_candidate(vault, held)
    try:
        i18n.set_language("nl")
        dutch = refused.value.message()
        i18n.set_language("fr")
        french = refused.value.message()
    finally:
        i18n.set_language("en")
    assert HOLD in dutch and HOLD in french
    assert dutch != refused.value.message() and french != dutch


def test_erasure_before_the_deadline_is_manual_and_after_it_retention_due(new_vault, clock):
    vault, _ = new_vault
    overdue = _not_hired(vault, "Olga Overdue", clock.today() - dt.timedelta(days=40))
    soon = _not_hired(vault, "Sam Soon", clock.today() - dt.timedelta(days=20))  # due in 8 days
    today = _not_hired(vault, "Tom Today", clock.today() - dt.timedelta(days=28))  # due today
    open_procedure = add_candidate(vault, "Otto Open", applied_on=clock.today())
    assert due_now(vault) == [overdue, today]
    erase_candidates(vault, [soon, overdue, open_procedure, today])
    assert _ledger(vault) == ["manual", "retention_due", "manual", "retention_due"]


def test_the_daily_rule_and_retention_apply_skip_holds(new_vault, clock):
    vault, _ = new_vault
    overdue = _not_hired(vault, "Olga Overdue", clock.today() - dt.timedelta(days=40))
    held = _not_hired(vault, "Hugo Held", clock.today() - dt.timedelta(days=40))
    set_legal_hold(vault, held, HOLD)
    assert erase_due(vault).erased == [overdue]
    assert [row.id for row in candidate_rows(vault)] == [held]


def test_the_cli_refuses_a_held_candidate_and_erases_after_release(vault_folder, keychain, capsys):
    clock = ManualClock(dt.datetime(2026, 3, 2, 9))

    def run(*argv: str) -> tuple[int, str, str]:
        code = cli.main([*argv, "--vault", str(vault_folder)], keychain=keychain, clock=clock)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    assert run("vault", "init")[0] == 0
    assert run("candidate", "add", "--name", "Hugo Held", "--applied", "2026-01-02")[0] == 0
    assert run("retention", "hold", "1", "--reason", HOLD)[0] == 0
    code, out, err = run("erase", "1")
    assert code == 2 and HOLD in err and "recruitdesk retention release 1" in err and "Traceback" not in err
    assert run("candidates", "list", "--json")[1].count('"id": 1') == 1
    with pytest.raises(SystemExit) as missing:  # argparse refuses it, exit code 2
        run("retention", "release", "1")
    err = capsys.readouterr().err
    assert missing.value.code == 2 and "required: --reason" in err and "Traceback" not in err
    code, out, err = run("retention", "release", "1", "--reason", "  ")
    assert code == 2 and "Releasing a legal hold needs a written reason" in err
    code, out, err = run("erase", "1")
    assert code == 2 and HOLD in err  # still held after the refused releases
    assert run("retention", "release", "1", "--reason", RELEASE)[0] == 0
    code, out, err = run("erase", "1")
    assert code == 0, err
    assert "was erased" in out


def test_an_erasure_request_is_refused_while_held_and_completes_after_release(vault_folder, keychain):
    clock = ManualClock(dt.datetime(2026, 3, 2, 9))
    vault, _ = create_vault(vault_folder, keychain, clock, preset="nl-ap")
    with vault:
        candidate_id = add_candidate(vault, "Hugo Held", email="hugo@example.be", applied_on=dt.date(2026, 1, 2))
        request = rr.register(vault, "erasure", candidate_id=candidate_id, identity_check="replied from the known address").id
        set_legal_hold(vault, candidate_id, HOLD)
        with pytest.raises(errors.CandidateOnLegalHold) as refused:
            rr.complete(vault, request, "erased")
        assert HOLD in refused.value.message()
        with vault.session() as session:
            assert session.get(RightsRequest, request).completed_on is None  # still open, nothing done
        assert [row.id for row in candidate_rows(vault)] == [candidate_id]

        release_legal_hold(vault, candidate_id, RELEASE)
        assert rr.complete(vault, request, "erased").completed_on == clock.today()
        assert candidate_rows(vault) == []
        assert _ledger(vault) == ["request"]
