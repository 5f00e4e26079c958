"""The team's settings as one dialog saves them (``services.team_settings``), on a real PostgreSQL server.

Only what changed is saved, each over the version read; a colleague's newer policy is a conflict in
the result (theirs stands, nothing else is lost); a recruiter is refused before anything is sent; the
team's name is sealed in the firm profile (never plaintext on the server), named by `team info` too, and defaults to the firm's
name, or else the folder's.
"""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy.engine import make_url

from recruitdesk import errors
from recruitdesk.retention.presets import PRESETS
from recruitdesk.services import policy_editor as pe
from recruitdesk.services import team_firm, team_policy, team_settings
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.services.team_firm import FirmProfile, StoredProfile
from recruitdesk.services.team_vault import invite_member, join_team_vault, team_info
from recruitdesk.team.roles import Role


@pytest.fixture
def desk(team_folder, keychain, clock):
    opened = TeamDesk.open(team_folder, keychain, clock)
    yield opened
    opened.close()


def _rows(preset: str, situation: str | None = None, amount: int = 0) -> tuple[pe.RuleRow, ...]:
    return tuple(pe.edited_row(row, dataclasses.replace(row, amount=amount)) if row.situation == situation else row
                 for row in pe.editor_rows(PRESETS[preset].policy))


def test_a_colleagues_newer_policy_is_a_conflict_and_the_profile_is_still_saved(desk, colleague):
    read = team_settings.read(desk)
    team_policy.choose(colleague, "itzu", expected_version=1)  # saved while Anna edits

    saved = team_settings.save(desk, read, _rows("nl-ap", "not_hired", 9), FirmProfile("Acme Recruiting BV", team_name="Blue"))

    assert saved.policy_conflict and saved.policy_version == 0 and saved.profile_saved
    assert (saved.now.policy.preset, saved.now.policy.version) == ("itzu", 2)  # theirs stands, shown
    assert team_firm.current(colleague) == StoredProfile(FirmProfile("Acme Recruiting BV", team_name="Blue"), 1)
    again = team_settings.save(desk, saved.now, _rows("nl-ap", "not_hired", 9), saved.now.profile.profile)  # knowingly over theirs
    assert not again.conflicted and again.policy_version == 3 and not again.profile_saved  # the profile was unchanged


def test_nothing_changed_saves_nothing(desk, colleague):
    saved = team_settings.save(desk, team_settings.read(desk), _rows("nl-ap"), FirmProfile())
    assert (saved.policy_version, saved.profile_saved, saved.conflicted) == (0, False, False)
    assert team_policy.current(colleague).version == 1 and team_firm.current(colleague).version == 0


def test_a_recruiter_is_refused_before_anything_is_sent(tmp_path, team_folder, team_database_url, keychain, second_keychain,
                                                        clock, colleague):
    invitation = invite_member(team_folder, keychain, clock, "Rik", Role.RECRUITER)
    join_team_vault(tmp_path / "rik", team_database_url, invitation.code, second_keychain, clock)
    rik = TeamDesk.open(tmp_path / "rik", second_keychain, clock)
    try:
        with pytest.raises(errors.TeamActionNotAllowed):
            team_settings.save(rik, team_settings.read(rik), _rows("itzu"), FirmProfile("Rik's Firm"))
    finally:
        rik.close()
    assert team_policy.current(colleague).version == 1 and team_firm.current(colleague).version == 0


def test_the_teams_name_defaults_to_the_firms_then_the_folders_and_is_sealed(desk, team_folder, postgres_server,
                                                                           team_database_url):
    assert team_settings.read(desk).team_name == team_folder.name
    team_firm.save(desk, 0, FirmProfile("Acme Recruiting BV"))
    assert team_settings.read(desk).team_name == "Acme Recruiting BV"
    team_firm.save(desk, 1, FirmProfile("Acme Recruiting BV", team_name="  Blue   Harbour Team "))
    assert team_settings.read(desk).team_name == "Blue Harbour Team"  # cleaned up as a firm name is
    dump = postgres_server.dump(make_url(team_database_url).database)
    assert b"firm_profile" in dump  # control: the dump holds the profile's row
    assert b"Blue Harbour" not in dump


def test_team_info_names_the_team_as_its_window_does(desk, team_folder, keychain):
    assert team_info(team_folder, keychain).name == team_folder.name
    team_firm.save(desk, 0, FirmProfile("Acme Recruiting BV", team_name="Blue Harbour Team"))
    found = team_info(team_folder, keychain)
    assert found.name == "Blue Harbour Team" and found.to_json()["name"] == "Blue Harbour Team"
