"""``services.team_notes`` on a real PostgreSQL: the local notes' rules and words, edits over the version read.

An online-screening note without a source, or an empty note, is refused with the local vault's error;
an edit over a version a colleague replaced meanwhile comes back as a ``NoteConflict`` carrying the
colleague's version and the typed text, with nothing saved; a change of the "discussed" flag alone
keeps no version; a DPO reads every version but cannot write; an export (an access request's
answer) holds every version of a note, not only the current one.
"""

from __future__ import annotations

import json

import pytest

from recruitdesk import errors
from recruitdesk.services import notes, team_notes
from recruitdesk.services.team_desk import PersonalFields, TeamDesk
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role


@pytest.fixture
def ilse(colleague):
    return colleague.add(PersonalFields("Ilse Maes", "ilse@example.org")).candidate_id


def test_the_local_rules_and_words_apply(colleague, ilse):
    with pytest.raises(notes.ScreeningSourceRequired):
        team_notes.add_note(colleague, ilse, notes.ONLINE_SCREENING, "Posts about welding", source="  ")
    with pytest.raises(notes.NoteBodyRequired):
        team_notes.add_note(colleague, ilse, notes.INTERVIEW, "   ")
    with pytest.raises(notes.UnknownNoteKind):
        team_notes.add_note(colleague, ilse, "gossip", "Heard things")
    view = team_notes.add_note(colleague, ilse, notes.ONLINE_SCREENING, "  Posts about welding ", source=" LinkedIn ")
    assert (view.body, view.source, view.needs_discussion, view.author) == ("Posts about welding", "LinkedIn", True, "Anna Admin")
    assert team_notes.notes_of(colleague, ilse) == [view]


def test_an_edit_over_a_replaced_version_is_a_conflict_with_nothing_saved(team_folder, keychain, clock, colleague, ilse):
    read = team_notes.add_note(colleague, ilse, notes.PHONE_SCREEN, "Available from April")
    other = TeamDesk.open(team_folder, keychain, clock)
    try:
        theirs = team_notes.edit_note(other, read, "Available from June", False)
        assert isinstance(theirs, team_notes.TeamNoteView) and theirs.version == 2
        conflict = team_notes.edit_note(colleague, read, "Available from May", False)
        assert isinstance(conflict, notes.NoteConflict)
        assert (conflict.theirs, conflict.body) == (theirs, "Available from May")
        assert [v.body for v in team_notes.notes_of(colleague, ilse)[0].history] == ["Available from April", "Available from June"]
        mine = team_notes.edit_note(colleague, conflict.theirs, conflict.body, False)  # saved again, over theirs
        assert [v.body for v in mine.history] == ["Available from April", "Available from June", "Available from May"]
    finally:
        other.close()


def test_the_discussed_flag_alone_keeps_no_version(colleague, ilse):
    read = team_notes.add_note(colleague, ilse, notes.ONLINE_SCREENING, "Posts about welding", source="LinkedIn")
    saved = team_notes.edit_note(colleague, read, "Posts about welding", True)
    assert not saved.needs_discussion and len(saved.history) == 1


def test_a_dpo_reads_every_version_cannot_write_and_an_export_holds_every_version(tmp_path, team_folder, team_database_url, keychain,
                                                                                  second_keychain, clock, colleague, ilse):
    read = team_notes.add_note(colleague, ilse, notes.INTERVIEW, "First impression: nervous")
    team_notes.edit_note(colleague, read, "First impression: calm once started", False)
    invitation = invite_member(team_folder, keychain, clock, "Dora", Role.DPO)
    join_team_vault(tmp_path / "dora", team_database_url, invitation.code, second_keychain, clock)
    dpo = TeamDesk.open(tmp_path / "dora", second_keychain, clock)
    try:
        [view] = team_notes.notes_of(dpo, ilse)
        assert [v.body for v in view.history] == ["First impression: nervous", "First impression: calm once started"]
        with pytest.raises(errors.TeamActionNotAllowed):
            team_notes.add_note(dpo, ilse, notes.INTERVIEW, "A DPO's note")
        with pytest.raises(errors.TeamActionNotAllowed):
            team_notes.edit_note(dpo, view, "A DPO's edit", False)
        result = dpo.export(ilse, tmp_path / "out")
        data = json.loads(next(result.path.rglob("data.json")).read_text(encoding="utf-8"))
        [note] = data["notes"]
        assert [v["body"] for v in note["history"]] == ["First impression: nervous", "First impression: calm once started"]
    finally:
        dpo.close()
