"""The team desk's retention, consent and export calls on a real server, without a window.

The window's tests act through the menus; these pin what the desk itself decides: refusals in the
local vault's words, an extension moving the deadline, a withdrawal with nothing to withdraw, a
DPO's client counting without running the check, and an export to a plain folder.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from recruitdesk import errors
from recruitdesk.services.team_desk import FactsConflict, PersonalFields, SaveConflict, TeamDesk, TeamFacts
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
