"""The service behind the team window, on a real PostgreSQL server: what the window gets back, never a core exception."""

from __future__ import annotations

import pytest

from recruitdesk import errors
from recruitdesk.services.team_desk import PersonalFields, SaveConflict, TeamDesk
from recruitdesk.team import notes as team_notes
from tests.gui.team.team_support import deadline_of_a_candidate_added


def test_the_desk_lists_searches_adds_and_reads_with_the_deadline_rule(team_folder, keychain, clock):
    desk = TeamDesk.open(team_folder, keychain, clock)
    try:
        assert desk.label == "Anna Admin" and desk.rows() == []
        sofie = desk.add(PersonalFields("Sofie Wouters", "sofie@example.org", phone="+32 470 12 34 56"))
        desk.add(PersonalFields("Jonas Peeters", "jonas@example.org"))
        assert sofie.deadline == deadline_of_a_candidate_added(clock.today())  # the team's policy, as every add
        rows = {row.full_name: row for row in desk.rows()}
        assert rows["Sofie Wouters"].email == "sofie@example.org" and rows["Sofie Wouters"].version == 1
        assert desk.search("wout") == {sofie.candidate_id}
        assert desk.candidate(sofie.candidate_id).personal.phone == "+32 470 12 34 56"
    finally:
        desk.close()


def test_a_conflicting_save_returns_both_versions_and_a_save_over_the_server_version_wins(team_folder, colleague, keychain, clock):
    desk = TeamDesk.open(team_folder, keychain, clock)
    try:
        added = desk.add(PersonalFields("Sofie Wouters", "sofie@example.org"))
        theirs = colleague.save(added.candidate_id, 1, PersonalFields("Sofie Wouters", "sofie@example.net"))
        assert not isinstance(theirs, SaveConflict) and theirs.version == 2
        mine = PersonalFields("Sofie Wouters-Claes", "sofie@example.org")
        outcome = desk.save(added.candidate_id, 1, mine)
        assert isinstance(outcome, SaveConflict)
        assert outcome.mine == mine and outcome.my_version == 1
        assert outcome.theirs.personal.email == "sofie@example.net" and outcome.server_version == 2
        kept = desk.save(added.candidate_id, outcome.server_version, mine)
        assert not isinstance(kept, SaveConflict) and kept.version == 3 and kept.personal == mine
    finally:
        desk.close()


def test_notes_and_an_erased_candidate_come_back_as_values_and_translated_errors(team_folder, colleague, keychain, clock):
    desk = TeamDesk.open(team_folder, keychain, clock)
    try:
        added = desk.add(PersonalFields("Sofie Wouters"))
        note = desk.add_note(added.candidate_id, "Strong TIG welder, available from March.")
        assert [n.content.body for n in colleague.notes(added.candidate_id)] == ["Strong TIG welder, available from March."]
        assert note.author.startswith("member:")
        colleague.erase(added.candidate_id)
        with pytest.raises(errors.TeamCandidateGone):
            desk.save(added.candidate_id, 1, PersonalFields("Sofie W."))
        with pytest.raises(errors.TeamCandidateGone):
            desk.add_note(added.candidate_id, "late")
        assert desk.row(added.candidate_id) is None
    finally:
        desk.close()


def test_the_change_feed_hears_another_clients_add_and_erase(team_folder, colleague, keychain, clock):
    desk = TeamDesk.open(team_folder, keychain, clock)
    feed = desk.change_feed()
    try:
        feed.connect()
        added = colleague.add(PersonalFields("Ilse Maes"))
        changes = feed.wait(5)
        assert [(c.candidate_id, c.erased) for c in changes] == [(added.candidate_id, False)]
        colleague.erase(added.candidate_id)
        changes = feed.wait(5)
        assert [(c.candidate_id, c.erased) for c in changes] == [(added.candidate_id, True)]
        assert feed.wait(0.2) == []
    finally:
        feed.close()
        desk.close()


def test_a_stopped_server_is_a_translated_error_and_the_desk_works_again_after_it_is_back(postgres_server, team_folder,
                                                                                       keychain, clock):
    desk = TeamDesk.open(team_folder, keychain, clock)
    feed = desk.change_feed()
    try:
        desk.add(PersonalFields("Sofie Wouters"))
        feed.connect()
        postgres_server.stop()
        try:
            with pytest.raises(errors.TeamServerError) as caught:
                desk.rows()
            assert "Traceback" not in caught.value.message() and desk.server in caught.value.message()
            with pytest.raises(errors.TeamServerError):
                feed.wait(5)
            assert not feed.connected
            with pytest.raises(errors.TeamServerError):
                TeamDesk.open(team_folder, keychain, clock)
        finally:
            postgres_server.start()
        assert [row.full_name for row in desk.rows()] == ["Sofie Wouters"]
        feed.connect()
        assert feed.connected
    finally:
        feed.close()
        desk.close()



def test_a_note_a_colleague_removed_reads_as_a_removed_record_not_as_an_erased_candidate(colleague):
    added = colleague.add(PersonalFields("Sofie Wouters"))
    note = colleague.add_note(added.candidate_id, "Strong TIG welder.")
    colleague.run(lambda engine, team: team_notes.delete_note(engine, team, note.note_id, note.version, colleague.clock))
    with pytest.raises(errors.TeamRecordGone) as refused:
        colleague.run(lambda engine, team: team_notes.delete_note(engine, team, note.note_id, note.version, colleague.clock))
    assert "another member removed it" in refused.value.message()
    assert colleague.row(added.candidate_id) is not None  # the candidate is still there, as the message says
