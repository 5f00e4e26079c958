"""The single-fact edits Record facts… saves on a team, and the merge its conflict dialog offers (no server needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from recruitdesk import errors
from recruitdesk.services.team_facts import TeamFacts, merged, released, with_application, with_extension, with_hold, with_outcome

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
