"""The single-fact edits Record facts… saves on a team, and the merge its conflict dialog offers (no server needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from recruitdesk import errors
from recruitdesk.retention.facts import CandidateFacts, ProcedureFacts
from recruitdesk.services.team_facts import (TeamFacts, apply_edit, check_edit, merged, released, with_application, with_extension,
                                             with_hold, with_outcome)

DAY = dt.date(2026, 3, 2)
READ = TeamFacts("application", DAY, "open", None)


def test_an_outcome_ends_the_procedure_on_its_day_and_reopening_has_no_end():
    assert with_outcome(READ, "not_hired", DAY) == TeamFacts("application", DAY, "not_hired", DAY)
    assert with_outcome(with_outcome(READ, "hired", DAY), "open", DAY).ended_on is None


def test_releasing_a_hold_needs_a_written_reason_as_in_the_local_vault():
    held = with_hold(READ, "Dispute about the interview")
    with pytest.raises(errors.ReasonRequired):
        released(held, "  ok ")
    assert released(held, "The claim was settled").legal_hold_reason is None


def test_the_merge_lays_only_the_users_change_over_the_colleagues_version():
    mine = with_hold(READ, "Claim by the candidate")
    theirs = with_application(READ, "referral", DAY - dt.timedelta(days=3))
    assert merged(READ, mine, theirs) == TeamFacts("referral", DAY - dt.timedelta(days=3), "open", None, "Claim by the candidate")


def test_the_merge_takes_an_outcome_with_its_day_and_an_extension_with_its_reason():
    later = DAY + dt.timedelta(days=90)
    read = TeamFacts("application", DAY, "not_hired", DAY, extended_until=later, extension_reason="Asked to stay for June")
    mine = with_extension(with_outcome(read, "hired", DAY), later, "Asked to stay for the June vacancy")  # same days, new words
    theirs = TeamFacts("application", DAY, "not_hired", DAY - dt.timedelta(days=1), extended_until=DAY + dt.timedelta(days=30),
                       extension_reason="Their reason")
    result = merged(read, mine, theirs)
    assert (result.outcome, result.ended_on) == ("hired", DAY)
    assert (result.extended_until, result.extension_reason) == (later, "Asked to stay for the June vacancy")


def test_a_reopening_keeps_its_day_through_the_merge_and_adds_a_procedure_beside_the_ended_one():
    read = TeamFacts("application", DAY, "not_hired", DAY)
    later = DAY + dt.timedelta(days=20)
    mine = with_outcome(read, "open", later)
    result = merged(read, mine, with_hold(read, "Claim by the candidate"))
    assert (result.outcome, result.ended_on, result.reopened_on, result.legal_hold_reason) == ("open", None, later,
                                                                                               "Claim by the candidate")
    stored = CandidateFacts(DAY, applied_on=DAY, procedures=(ProcedureFacts("not_hired", DAY, DAY),))
    assert apply_edit(stored, check_edit(result, later)).procedures == (ProcedureFacts("not_hired", DAY, DAY),
                                                                        ProcedureFacts("open", later, None))
    running = CandidateFacts(DAY, applied_on=DAY, procedures=(ProcedureFacts("open", DAY, None),))
    assert apply_edit(running, check_edit(mine, later)).procedures == running.procedures  # one is running: none added
    assert check_edit(with_outcome(mine, "hired", later), later).reopened_on is None  # closed again: no reopening left
