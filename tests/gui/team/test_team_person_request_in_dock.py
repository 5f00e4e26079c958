"""Requests > Register a request without a candidate… in a team, used as a user uses it, on a real PostgreSQL server:
the local window's menu item opens the requests dock (the team's register) with a dialog for a person who is not a candidate;
a refusal is said in words; once saved the dock lists the request by the person's name, with their e-mail address and phone
number in its tooltip; completing the erasure puts their e-mail
address and phone number on the team's suppression list, so a CV of theirs dropped later is refused. A DPO, who only
reads the register, finds the item disabled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from recruitdesk.dates import long_date, short_date
from recruitdesk.gui.requests.dialogs import RegisterPersonRequestDialog
from recruitdesk.services import rights_requests as rr
from recruitdesk.services import team_register
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role
from recruitdesk.services.team_desk import PersonalFields
from tests.gui.team.team_support import open_team_window, select_candidate
from tests.gui.user_actions import click, menu_item
from tests.importing import make_files

WAIT = 20_000
WITHOUT_CANDIDATE = ("Re&quests", "Register a request &without a candidate…")


def _cells(table, row: int) -> list[str]:
    return [table.item(row, column).text() for column in range(table.columnCount())]


def _save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def _save(qtbot, register, dialog) -> None:
    """Click Save; wait for the dock to read the register after the save (not a read begun before it)."""
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(register.loaded, timeout=WAIT):
        pass


def test_a_request_about_a_person_is_registered_from_the_menu_listed_by_name_and_its_erasure_suppresses_them(
        qtbot, team_folder, keychain, clock, colleague, tmp_path):
    colleague.add(PersonalFields("Jonas Peeters"))
    window = open_team_window(qtbot, team_folder, keychain, clock, wait_for_check=False)
    try:
        select_candidate(qtbot, window, "Jonas Peeters")  # selected, yet the request is about someone else
        item = menu_item(window, *WITHOUT_CANDIDATE)
        assert item.statusTip() == "Register a request from someone who is not (yet) linked to a candidate"
        assert not window.main.requests.dock.isVisible()
        register = window.main.requests.panel
        assert register is not None and window.main.requests.dock.widget() is register
        item.trigger()
        assert window.main.requests.dock.isVisible()
        qtbot.waitUntil(lambda: register.headline_label.text() != "", timeout=WAIT)  # the register read when the team opened
        dialog = register.dialog
        assert isinstance(dialog, RegisterPersonRequestDialog)
        qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
        assert dialog.windowTitle() == "Register a request"

        with qtbot.waitSignal(dialog.refused, timeout=WAIT):  # nobody named: refused in words, the dialog stays
            click(qtbot, _save_button(dialog))
        assert dialog.isVisible() and "Say who the request is about" in dialog.error_label.text()

        qtbot.keyClicks(dialog.name_edit, "Liesbeth Hoogewerf")
        qtbot.keyClicks(dialog.email_edit, "Liesbeth.Hoogewerf@example.be")
        qtbot.keyClicks(dialog.phone_edit, "0470 11 22 33")
        dialog.kind_combo.setFocus()
        qtbot.keyClicks(dialog.kind_combo, "Erasure")
        assert dialog.kind_combo.currentData() == rr.ERASURE
        qtbot.keyClicks(dialog.identity_edit, "replied from the address she gave")
        due = rr.answer_due_date(clock.today())
        assert dialog.due_label.text().startswith(long_date(due))
        _save(qtbot, register, dialog)
        assert not dialog.isVisible()
        assert register.table.rowCount() == 1
        assert _cells(register.table, 0)[1:] == ["Erasure", "Liesbeth Hoogewerf", short_date(clock.today()), short_date(due), "",
                                                 "Anna Admin"]
        details = register.table.item(0, 2).toolTip()
        assert "liesbeth.hoogewerf@example.be" in details.lower() and "0470 11 22 33" in details

        rect = register.table.visualRect(register.table.model().index(0, 0))
        qtbot.mouseClick(register.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        with qtbot.waitSignal(register.dialog_opened, timeout=WAIT) as opened:
            click(qtbot, register.complete_button)
        completing = opened.args[0]
        qtbot.waitUntil(completing.isVisible, timeout=WAIT)
        notes = " ".join(label.text() for label in completing.findChildren(QLabel))
        assert "The e-mail address and phone number of Liesbeth Hoogewerf go on the team's suppression list" in notes
        assert completing.identity_edit.text() == "replied from the address she gave"
        qtbot.keyClicks(completing.outcome_edit, "we hold nothing about her; told by mail")
        _save(qtbot, register, completing)
        assert completing.confirmation is None  # nobody to erase: nothing to confirm
        assert register.table.rowCount() == 0  # open requests only, by default
        with qtbot.waitSignal(register.loaded, timeout=WAIT):
            click(qtbot, register.show_done_box)
        assert _cells(register.table, 0)[4:] == [f"completed on {short_date(clock.today())}", "we hold nothing about her; told by mail",
                                                 "Anna Admin"]
    finally:
        window.close()

    returning = make_files.write_docx(tmp_path / "liesbeth.docx", make_files.dutch_cv_lines(
        name="Liesbeth Hoogewerf", email="liesbeth.hoogewerf@example.be", phone="0499 00 11 22"))
    [outcome] = colleague.import_cvs([returning])
    assert not outcome.imported and "objected to the processing of their data or asked for its erasure" in outcome.reason
    [done] = team_register.read_register(colleague).rows
    assert (done.name, done.completed_on) == ("Liesbeth Hoogewerf", clock.today())


def test_the_dpo_finds_the_item_disabled(qtbot, tmp_path, team_folder, team_database_url, keychain, second_keychain, clock):
    invitation = invite_member(team_folder, keychain, clock, "Dora", Role.DPO)
    join_team_vault(tmp_path / "dora", team_database_url, invitation.code, second_keychain, clock)
    window = open_team_window(qtbot, tmp_path / "dora", second_keychain, clock, wait_for_check=False)
    try:
        action = window.register_person_action
        assert action.isVisible() and not action.isEnabled()
        assert menu_item(window, "Re&quests", "Rights &requests").isEnabled()  # the control: she reads the register
    finally:
        window.close()
