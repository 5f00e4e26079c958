"""Setting up a team vault's folder on a real PostgreSQL server: a folder that cannot be made or
written is found out before anything is made on the server, so no team nobody can open and no
spent invitation code are left behind, and the user is told which folder in words."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from recruitdesk import errors
from recruitdesk.services import team_vault
from recruitdesk.services.team_folder import TEAM_FILE
from recruitdesk.team.roles import Role
from recruitdesk.vault.keychain import MemoryKeychain


def _url(team_engine) -> str:
    return team_engine.url.render_as_string(hide_password=False)


def _blocked_folder(tmp_path):
    """A folder that cannot be made: its parent is a regular file (the tests run as root, so permissions stop nothing)."""
    parent = tmp_path / "notes.txt"
    parent.write_text("a file, not a folder", encoding="utf-8")
    return parent / "team"


def test_a_team_is_not_created_on_the_server_when_its_folder_cannot_be_made(team_engine, clock, tmp_path):
    keychain, blocked = MemoryKeychain(), _blocked_folder(tmp_path)
    with pytest.raises(errors.TeamFolderNotWritable) as refused:
        team_vault.create_team_vault(blocked, _url(team_engine), "Anna Admin", keychain, clock)
    assert refused.value.message() == (
        f"RecruitDesk cannot create or write to the folder {blocked}, so nothing was set up, neither on the server nor "
        "on this computer. Choose a folder you can write to.")
    assert inspect(team_engine).get_table_names() == []  # no team and no member: the server was not even asked
    assert keychain._keys == {}  # no device key for a team that does not exist
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "a file, not a folder"

    team_vault.create_team_vault(tmp_path / "team", _url(team_engine), "Anna Admin", keychain, clock)  # the database is free
    assert [m.label for m in team_vault.list_team_members(tmp_path / "team", keychain)] == ["Anna Admin"]


def test_an_invitation_code_is_not_spent_when_the_joining_folder_cannot_be_made(team_engine, clock, tmp_path):
    anna, bram, blocked = MemoryKeychain(), MemoryKeychain(), _blocked_folder(tmp_path)
    team_vault.create_team_vault(tmp_path / "anna", _url(team_engine), "Anna Admin", anna, clock)
    invitation = team_vault.invite_member(tmp_path / "anna", anna, clock, "Bram", Role.RECRUITER)
    with pytest.raises(errors.TeamFolderNotWritable) as refused:
        team_vault.join_team_vault(blocked, _url(team_engine), invitation.code, bram, clock)
    assert str(blocked) in refused.value.message()
    assert [m.label for m in team_vault.list_team_members(tmp_path / "anna", anna)] == ["Anna Admin"]  # no member made
    assert bram._keys == {}

    profile = team_vault.join_team_vault(tmp_path / "bram", _url(team_engine), invitation.code, bram, clock)  # still valid
    assert profile.label == "Bram" and (tmp_path / "bram" / TEAM_FILE).is_file()
    assert sorted(m.label for m in team_vault.list_team_members(tmp_path / "anna", anna)) == ["Anna Admin", "Bram"]  # joined at the same moment: any order


def test_a_setup_that_fails_on_the_server_leaves_no_folder_it_made(clock, tmp_path):
    """The folder is made before the server is asked; when the server then refuses, it goes again."""
    folder = tmp_path / "new" / "team"
    with pytest.raises(errors.TeamServerError):
        team_vault.create_team_vault(folder, "postgresql://nobody@127.0.0.1:1/none", "Anna Admin", MemoryKeychain(), clock)
    assert not (tmp_path / "new").exists()
