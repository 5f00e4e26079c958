"""A window opened before every candidate key was renewed keeps working: its desk opens the keys again.

The renewal wraps every candidate key under an epoch the window's open keys do not know (same team
key generation, so no ``StaleTeamKeys``); the desk treats the ``EpochRetired`` that follows like a key
rotation and reopens once, instead of showing an error for every candidate."""

from __future__ import annotations

from recruitdesk.services.team_desk import PersonalFields
from recruitdesk.services.team_members import renew_candidate_keys_at


def test_a_window_open_during_the_renewal_reads_and_adds_afterwards(colleague, team_folder, keychain, clock):
    added = colleague.add(PersonalFields("Wout Janssens", "wout@example.be", "Welder in Genk"))
    colleague.add_note(added.candidate_id, "Called about the night shifts")

    assert renew_candidate_keys_at(team_folder, keychain, clock).finished

    assert colleague.candidate(added.candidate_id).personal.cv_text == "Welder in Genk"
    assert [note.content.body for note in colleague.notes(added.candidate_id)] == ["Called about the night shifts"]
    assert colleague.search("welder") == {added.candidate_id}
    later = colleague.add(PersonalFields("Lien Maes"))
    assert colleague.candidate(later.candidate_id).personal.full_name == "Lien Maes"
