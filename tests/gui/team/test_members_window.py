"""The administrator's members window on a real PostgreSQL server, used as a user would: invite and
see the code once (and that code joins), change a role, revoke with a progress bar until the revoked
device is locked out, finish an interrupted revocation; a recruiter sees the list read only."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from recruitdesk import errors
from recruitdesk.dates import long_date
from recruitdesk.gui.team.members_window import MembersWindow
from recruitdesk.services.team_vault import (create_team_vault, invite_member, join_team_vault, list_team_members, opened_team,
                                             read_profile, team_info)
from recruitdesk.team import membership, revocation
from recruitdesk.team.candidates import PersonalFields, add_candidate
from recruitdesk.team.enrolment import VALID_FOR
from recruitdesk.team.roles import Role
from recruitdesk.vault.keychain import MemoryKeychain
from tests.gui.team.setup_support import closed_port, team_address  # noqa: F401 - a fixture
from tests.gui.user_actions import choose_in_combo, click, click_standard

CANDIDATES = ("Sofie Vermeulen", "Thomas Wouters", "Lotte Peeters")


class Team:
    """Anna (admin) and, once joined, Bram (recruiter): each a folder and a keychain of their own."""

    def __init__(self, address: str, tmp_path, clock) -> None:
        self.address, self.clock = address, clock
        self.anna, self.anna_keychain = tmp_path / "anna", MemoryKeychain()
        self.bram, self.bram_keychain = tmp_path / "bram", MemoryKeychain()
        create_team_vault(self.anna, address, "Anna Admin", self.anna_keychain, clock)

    def join_bram(self, role: Role = Role.RECRUITER) -> None:
        invitation = invite_member(self.anna, self.anna_keychain, self.clock, "Bram Recruiter", role)
        join_team_vault(self.bram, self.address, invitation.code, self.bram_keychain, self.clock)

    def add_candidates(self) -> None:
        with opened_team(self.anna, self.anna_keychain) as (engine, team):
            for name in CANDIDATES:
                add_candidate(engine, team, PersonalFields(name), self.clock)


@pytest.fixture
def team(team_address, tmp_path, clock) -> Team:  # noqa: F811
    return Team(team_address, tmp_path, clock)


@pytest.fixture
def open_window(qtbot, clock):
    def open_(folder, keychain) -> MembersWindow:
        window = MembersWindow(folder, keychain, clock)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.loaded, timeout=30000):
            window.show()
        return window
    return open_


def select(qtbot, window: MembersWindow, label: str) -> None:
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=window.row_position(label))


def table_rows(window: MembersWindow) -> list[tuple[str, ...]]:
    """The table's rows as shown, sorted by name (members who joined at the same moment come in id order)."""
    return sorted(tuple(window.table.item(row, column).text() for column in range(4)) for row in range(window.table.rowCount()))


def test_an_invitation_shows_its_code_once_and_that_code_joins(qtbot, team, open_window, clock):
    window = open_window(team.anna, team.anna_keychain)
    assert "You are an administrator" in window.rights_label.text()
    assert [row[:3] for row in table_rows(window)] == [("Anna Admin (you)", "administrator", "active")]

    click(qtbot, window.invite_button)
    dialog = window.invite_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.make_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Bram Recruiter")
    choose_in_combo(qtbot, dialog.role_box, "recruiter")
    with qtbot.waitSignal(dialog.invited, timeout=30000):
        click(qtbot, dialog.make_button)
    code = dialog.code_edit.text()
    assert re.fullmatch(r"[0-9A-Z]{5}(-[0-9A-Z]{5}){3}", code)
    assert dialog.code_edit.isReadOnly() and dialog.once_label.isVisible() and "shown only now" in dialog.once_label.text()
    assert "Bram Recruiter (recruiter)" in dialog.expiry_label.text()
    assert long_date((clock.now() + VALID_FOR).date()) in dialog.expiry_label.text()
    click(qtbot, dialog.copy_button)
    assert QGuiApplication.clipboard().text() == code
    click_standard(qtbot, dialog.buttons, QDialogButtonBox.StandardButton.Close)
    assert not dialog.isVisible() and dialog.code_edit.text() == ""  # shown once: gone with the dialog

    join_team_vault(team.bram, team.address, code, team.bram_keychain, clock)
    with qtbot.waitSignal(window.loaded, timeout=30000):
        click(qtbot, window.refresh_button)
    assert [row[:3] for row in table_rows(window)] == [("Anna Admin (you)", "administrator", "active"),
                                                       ("Bram Recruiter", "recruiter", "active")]


def test_a_role_change_reaches_the_server_and_the_last_administrator_is_kept(qtbot, team, open_window):
    team.join_bram()
    window = open_window(team.anna, team.anna_keychain)
    assert not window.role_button.isEnabled()  # nothing selected yet
    select(qtbot, window, "Bram Recruiter")
    click(qtbot, window.role_button)
    dialog = window.role_dialog
    assert dialog is not None and dialog.isVisible()
    choose_in_combo(qtbot, dialog.role_box, "data protection officer (read only)")
    with qtbot.waitSignal(window.loaded, timeout=30000):
        click_standard(qtbot, dialog.buttons, QDialogButtonBox.StandardButton.Ok)
    assert {m.label: m.role for m in list_team_members(team.anna, team.anna_keychain)}["Bram Recruiter"] is Role.DPO
    assert table_rows(window)[1][:2] == ("Bram Recruiter", "data protection officer (read only)")

    select(qtbot, window, "Anna Admin")
    click(qtbot, window.role_button)
    choose_in_combo(qtbot, window.role_dialog.role_box, "recruiter")
    with qtbot.waitSignal(window.action_failed, timeout=30000) as failed:
        click_standard(qtbot, window.role_dialog.buttons, QDialogButtonBox.StandardButton.Ok)
    assert "last administrator" in failed.args[0] and window.error_label.text() == failed.args[0]
    assert "Traceback" not in failed.args[0]
    assert team_info(team.anna, team.anna_keychain).role is Role.ADMIN


def test_revoking_locks_the_members_device_out_with_the_progress_bar_at_the_end(qtbot, team, open_window):
    team.join_bram()
    team.add_candidates()
    window = open_window(team.anna, team.anna_keychain)
    select(qtbot, window, "Anna Admin")
    assert not window.revoke_button.isEnabled()  # not oneself
    select(qtbot, window, "Bram Recruiter")
    click(qtbot, window.revoke_button)
    box = window.revoke_box
    assert box is not None and box.isVisible()
    assert "Revoke Bram Recruiter?" in box.text() and "cannot be taken back" in box.informativeText()
    [revoke] = [button for button in box.buttons() if box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole]
    assert revoke.text() == "&Revoke Bram Recruiter"
    with qtbot.waitSignal(window.revocation_finished, timeout=60000):
        click(qtbot, revoke)
    assert window.progress_bar.isVisible()
    assert window.progress_bar.maximum() == len(CANDIDATES) and window.progress_bar.value() == len(CANDIDATES)
    qtbot.waitSignal(window.loaded, timeout=30000).wait()
    assert table_rows(window)[1][0] == "Bram Recruiter" and table_rows(window)[1][2].startswith("revoked on ")
    select(qtbot, window, "Bram Recruiter")
    assert not window.revoke_button.isEnabled() and not window.role_button.isEnabled()

    with pytest.raises(errors.TeamServerLoginDisabled) as refused:  # the member's own database login is locked
        team_info(team.bram, team.bram_keychain)
    assert "revoked this computer's membership" in refused.value.message()
    bram_id = read_profile(team.bram).member_id
    with opened_team(team.anna, team.anna_keychain) as (engine, _admin):  # and the device key opens nothing any more
        with pytest.raises(membership.NotAMember):
            membership.open_as_member(engine, team.bram_keychain, bram_id)
    assert team_info(team.anna, team.anna_keychain).members == 1


def test_an_interrupted_revocation_is_finished_from_the_window(qtbot, team, open_window, clock):
    team.join_bram()
    team.add_candidates()
    bram_id = read_profile(team.bram).member_id
    with opened_team(team.anna, team.anna_keychain) as (engine, admin):
        revocation.start_revocation(engine, admin, bram_id, clock)  # the client died before moving any candidate
    window = open_window(team.anna, team.anna_keychain)
    assert window.pending_label.isVisible() and "0 of 3" in window.pending_label.text()
    assert window.finish_button.isEnabled()
    with qtbot.waitSignal(window.revocation_finished, timeout=60000):
        click(qtbot, window.finish_button)
    assert window.progress_bar.value() == window.progress_bar.maximum() == len(CANDIDATES)
    qtbot.waitSignal(window.loaded, timeout=30000).wait()
    assert not window.pending_label.isVisible() and not window.finish_button.isEnabled()
    with opened_team(team.anna, team.anna_keychain) as (engine, admin):
        assert revocation.pending_revocation(engine, admin) is None
        with pytest.raises(membership.NotAMember):
            membership.open_as_member(engine, team.bram_keychain, bram_id)


def test_a_recruiter_sees_the_list_read_only_and_why(qtbot, team, open_window):
    team.join_bram()
    window = open_window(team.bram, team.bram_keychain)
    assert [row[0] for row in table_rows(window)] == ["Anna Admin", "Bram Recruiter (you)"]
    assert "Only an administrator" in window.rights_label.text() and "Your role is recruiter" in window.rights_label.text()
    select(qtbot, window, "Anna Admin")
    for button in window.admin_buttons:
        assert button.isVisible() and not button.isEnabled()
    assert window.refresh_button.isEnabled()


def test_a_dutch_recruiter_reads_why_the_buttons_are_disabled(qtbot, qapp, team, open_window):
    from recruitdesk import i18n
    from recruitdesk.gui.shell.translation import install_language, remove_translators

    team.join_bram()
    _language, translators = install_language(qapp, "nl")
    try:
        window = open_window(team.bram, team.bram_keychain)
        assert window.window().windowTitle() == "Teamleden" and window.invite_button.text() == "&Uitnodigen…"
        assert window.rights_label.text() == ("Alleen een beheerder kan leden uitnodigen, rollen wijzigen of lidmaatschappen "
                                              "intrekken. Uw rol is recruiter, dus u kunt deze lijst alleen bekijken.")
        assert sorted(row[2] for row in table_rows(window)) == ["actief", "actief"]
    finally:
        remove_translators(qapp, translators)
        i18n.set_language("en")


def test_an_unreachable_server_is_said_and_leaves_the_buttons_disabled(qtbot, team, clock):
    profile = (team.anna / "team.json").read_text()
    port = team.address.rsplit(":", 1)[1].split("/")[0]
    (team.anna / "team.json").write_text(profile.replace(f":{port}/", f":{closed_port()}/"))
    window = MembersWindow(team.anna, team.anna_keychain, clock)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.action_failed, timeout=30000) as failed:
        window.show()
    assert "cannot be reached" in failed.args[0] and window.error_label.isVisible()
    assert window.rights_label.text() == "The members could not be loaded." and window.table.rowCount() == 0
    assert not any(button.isEnabled() for button in window.admin_buttons)


def test_after_a_revocation_an_administrator_renews_every_candidate_key_with_a_progress_bar(qtbot, team, open_window, clock):
    from sqlalchemy import select

    from recruitdesk.services.team_vault import revoke_team_member
    from recruitdesk.team import key_renewal, records
    from recruitdesk.team.candidates import read_candidate
    from recruitdesk.team.schema import candidates

    team.join_bram()
    team.add_candidates()
    window = open_window(team.anna, team.anna_keychain)
    assert window.renew_button.isVisible() and not window.renew_button.isEnabled()  # nobody was revoked yet
    window.close()
    revoke_team_member(team.anna, team.anna_keychain, clock, "Bram Recruiter")
    with opened_team(team.anna, team.anna_keychain) as (engine, admin):
        with engine.connect() as connection:
            before = dict(connection.execute(select(candidates.c.candidate_id, candidates.c.wrapped_key)).all())
            firm_before = records.firm_key_of(connection, admin)

    window = open_window(team.anna, team.anna_keychain)
    assert window.renew_button.isEnabled()
    click(qtbot, window.renew_button)
    box = window.renew_box
    assert box is not None and box.isVisible() and "new key" in box.text() and "copies or backups" in box.informativeText()
    assert "the firm" in box.text() and "firm key" in box.informativeText()
    [renew] = [button for button in box.buttons() if box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole]
    with qtbot.waitSignal(window.keys_renewed, timeout=60000):
        click(qtbot, renew)
    assert window.progress_bar.maximum() == window.progress_bar.value() == len(CANDIDATES)
    assert "the firm and every candidate have a new key" in window.progress_label.text()
    qtbot.waitSignal(window.loaded, timeout=30000).wait()
    with opened_team(team.anna, team.anna_keychain) as (engine, admin):
        assert key_renewal.pending_renewal(engine, admin) is None
        with engine.connect() as connection:
            after = dict(connection.execute(select(candidates.c.candidate_id, candidates.c.wrapped_key)).all())
        assert set(after) == set(before) and all(after[key] != before[key] for key in after)
        with engine.connect() as connection:
            assert records.firm_key_of(connection, admin) != firm_before  # the firm key renewed too
        assert sorted(read_candidate(engine, admin, key).personal.full_name for key in after) == sorted(CANDIDATES)
