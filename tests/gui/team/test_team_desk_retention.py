"""The team desk's retention, consent and export calls on a real server, without a window.

The window's tests act through the menus; these pin what the desk itself decides: refusals in the
local vault's words, an extension moving the deadline, a withdrawal with nothing to withdraw, a
DPO's client counting without running the check, an export to a plain folder, and a reopening that
adds a procedure beside the one that ended (as a local vault's ``record_outcome``), not over it.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from recruitdesk import errors
from recruitdesk.services.team_desk import FactsConflict, PersonalFields, SaveConflict, TeamDesk, TeamFacts
from recruitdesk.services.team_facts import with_outcome
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role


def test_facts_are_checked_and_an_extension_moves_the_deadline(colleague, clock):
    added = colleague.add(PersonalFields("Sofie Wouters"))
    facts, version = colleague.facts(added.candidate_id)
    with pytest.raises(errors.ReasonRequired):
        colleague.save_facts(added.candidate_id, version, TeamFacts(facts.source, legal_hold_reason="  "))
    with pytest.raises(errors.ExtensionNotLater):
        colleague.save_facts(added.candidate_id, version, TeamFacts(facts.source, extended_until=clock.today(),
                                                                    extension_reason="Pending claim by a client"))
    later = added.deadline + dt.timedelta(days=90)
    view = colleague.save_facts(added.candidate_id, version, TeamFacts(facts.source, facts.applied_on, extended_until=later,
                                                                       extension_reason="  Pending claim by a client "))
    assert not isinstance(view, FactsConflict)
    assert view.due_on == later and view.facts.extension_reason == "Pending claim by a client" and view.version == version + 1
    assert "Pending claim by a client" in view.explanation
    assert colleague.row(added.candidate_id).deadline == later
    stale = colleague.save_facts(added.candidate_id, version, TeamFacts("referral"))
    assert isinstance(stale, FactsConflict) and stale.their_version == version + 1 and stale.theirs.extended_until == later


def test_a_procedure_outcome_keeps_what_the_window_does_not_show_and_withdrawing_nothing_says_so(colleague, clock):
    added = colleague.add(PersonalFields("Jonas Peeters"))
    facts, version = colleague.facts(added.candidate_id)
    view = colleague.save_facts(added.candidate_id, version, TeamFacts(facts.source, facts.applied_on, outcome="not_hired"))
    assert view.facts.outcome == "not_hired" and view.facts.ended_on == clock.today()  # ended today unless said otherwise
    assert colleague.withdraw_consent(added.candidate_id) == 0


def test_a_dpo_client_counts_without_running_the_check_and_exports_to_a_folder(tmp_path, team_folder, colleague, team_database_url,
                                                                               keychain, second_keychain, clock):
    colleague.add(PersonalFields("Ilse Maes", "ilse@example.org"))
    invitation = invite_member(team_folder, keychain, clock, "Dora", Role.DPO)
    join_team_vault(tmp_path / "dora", team_database_url, invitation.code, second_keychain, clock)
    dpo = TeamDesk.open(tmp_path / "dora", second_keychain, clock)
    try:
        check = dpo.run_daily_check()
        assert check.outcome is None and (check.overdue, check.due_soon) == (0, 0)
        [row] = dpo.rows()
        result = dpo.export(row.candidate_id, tmp_path / "out")
        assert result.path.is_dir() and not result.encrypted
        data = json.loads(next(result.path.rglob("data.json")).read_text(encoding="utf-8"))
        assert "Ilse Maes" in json.dumps(data, ensure_ascii=False)
        with pytest.raises(errors.TeamActionNotAllowed):
            dpo.erase(row.candidate_id)
    finally:
        dpo.close()


def test_a_retention_edit_and_a_name_edit_of_the_same_candidate_do_not_refuse_each_other(colleague, team_folder, keychain, clock):
    """Two members, one editing the retention facts and one the e-mail address, each from what
    they read: both saves go through and both changes stay. Two edits of the facts still conflict."""
    added = colleague.add(PersonalFields("Sofie Wouters", "sofie@example.org"))
    other = TeamDesk.open(team_folder, keychain, clock)
    try:
        candidate_read = other.candidate(added.candidate_id)
        facts, facts_read = colleague.facts(added.candidate_id)

        later = clock.today() + dt.timedelta(days=400)
        saved = colleague.save_facts(added.candidate_id, facts_read, TeamFacts(facts.source, facts.applied_on, extended_until=later,
                                                                               extension_reason="second interview planned"))
        assert not isinstance(saved, FactsConflict)
        renamed = other.save(added.candidate_id, candidate_read.version, PersonalFields("Sofie Wouters", "sofie.w@example.org"))
        assert not isinstance(renamed, SaveConflict) and renamed.personal.email == "sofie.w@example.org"

        again = colleague.save_facts(added.candidate_id, saved.version, TeamFacts(facts.source, facts.applied_on, extended_until=later,
                                                                                  extension_reason="offer pending"))
        assert not isinstance(again, FactsConflict)  # the e-mail edit meanwhile is no conflict either
        assert colleague.facts(added.candidate_id)[0].extension_reason == "offer pending"
        assert colleague.candidate(added.candidate_id).personal.email == "sofie.w@example.org"

        stale = other.save_facts(added.candidate_id, facts_read, TeamFacts("referral"))
        assert isinstance(stale, FactsConflict) and stale.theirs.extension_reason == "offer pending"  # the control
    finally:
        other.close()


def _procedures(desk: TeamDesk, candidate_id, folder) -> list[tuple[str, str | None, str | None]]:
    """The candidate's procedures as their export lists them (outcome, applied on, ended on)."""
    result = desk.export(candidate_id, folder)
    data = json.loads(next(result.path.rglob("data.json")).read_text(encoding="utf-8"))
    return [(row["outcome"], row["applied_on"], row["ended_on"]) for row in data["applications"]]


def test_reopening_adds_a_procedure_beside_the_one_that_ended_as_a_local_vault_does(tmp_path, colleague, clock):
    added = colleague.add(PersonalFields("Jonas Peeters"))
    facts, version = colleague.facts(added.candidate_id)
    ended_on = clock.today()
    ended = colleague.save_facts(added.candidate_id, version, with_outcome(facts, "not_hired", ended_on))
    assert not isinstance(ended, FactsConflict) and ended.due_on is not None  # the countdown runs from the end
    clock.advance(days=20)
    reopened_on = clock.today()

    reopened = colleague.save_facts(added.candidate_id, ended.version, with_outcome(ended.facts, "open", reopened_on))
    assert not isinstance(reopened, FactsConflict)
    assert (reopened.facts.outcome, reopened.facts.ended_on) == ("open", None)  # the window shows the new procedure
    assert _procedures(colleague, added.candidate_id, tmp_path / "one") == [
        ("not_hired", facts.applied_on.isoformat(), ended_on.isoformat()), ("open", reopened_on.isoformat(), None)]

    again = colleague.save_facts(added.candidate_id, reopened.version, with_outcome(reopened.facts, "open", clock.today()))
    assert not isinstance(again, FactsConflict)  # reopening a running procedure adds none (as a local vault)
    clock.advance(days=5)
    closed = colleague.save_facts(added.candidate_id, again.version, with_outcome(again.facts, "hired", clock.today()))
    assert not isinstance(closed, FactsConflict) and (closed.facts.outcome, closed.facts.ended_on) == ("hired", clock.today())
    assert _procedures(colleague, added.candidate_id, tmp_path / "two") == [
        ("not_hired", facts.applied_on.isoformat(), ended_on.isoformat()),
        ("hired", reopened_on.isoformat(), clock.today().isoformat())]  # the earlier procedure kept its own end
