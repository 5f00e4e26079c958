"""Candidate > Screening notes… on a team candidate: the local vault's dialog over the team, as a user works it.

A team folder opens in the main window (as the app opens it). The recruiter writes an online-screening
note with its source in the same dialog a local vault has, sees it flagged as not yet discussed,
edits it and sees both versions, and a colleague's client reads the same versions from the server. A
colleague's edit made while the recruiter edits is shown beside the recruiter's text, which is kept,
and saving again keeps all three versions. A DPO reads the notes but cannot add or edit one; Lock
closes the dialog.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from recruitdesk.gui.candidates.notes import CandidateNotesDialog
from recruitdesk.gui.shell.controller import AppController
from recruitdesk.services import team_notes
from recruitdesk.services.team_desk import PersonalFields
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role
from tests.gui.team.team_support import open_in_app, select_candidate
from tests.gui.user_actions import choose, choose_in_combo, click, click_standard, menu_item, tick

WAIT = 30_000
SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def lena(colleague):
    return colleague.add(PersonalFields("Lena Maes", "lena@example.org")).candidate_id


def open_notes(qtbot, panel, name: str) -> CandidateNotesDialog:
    select_candidate(qtbot, panel, name)
    choose(panel.main, "&Candidate", "Screening &notes…")
    dialog = panel.notes_dialog
    assert isinstance(dialog, CandidateNotesDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.status_label.text() != "Loading…", timeout=WAIT)
    return dialog


def texts(widget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def test_a_recruiter_writes_an_online_screening_note_edits_it_and_sees_both_versions(qtbot, controller, team_folder, colleague,
                                                                                    lena, clock):
    panel = open_in_app(qtbot, controller, team_folder)
    dialog = open_notes(qtbot, panel, "Lena Maes")
    assert dialog.status_label.text() == "No screening notes yet."

    click(qtbot, dialog.new_button)
    note = dialog.note_dialog
    choose_in_combo(qtbot, note.kind_combo, "Online screening")
    qtbot.keyClicks(note.body_edit, "Blog about payroll software migrations")
    click_standard(qtbot, note.buttons, SAVE)  # no source: refused with the local vault's words
    qtbot.waitUntil(lambda: note.error_label.isVisible(), timeout=WAIT)
    assert "where the information was found" in note.error_label.text() and team_notes.notes_of(colleague, lena) == []
    qtbot.keyClicks(note.source_edit, "LinkedIn")
    click_standard(qtbot, note.buttons, SAVE)
    # Wait for what is shown, not for a signal: a reload started earlier (a change notice's) may end first.
    qtbot.waitUntil(lambda: len(texts(dialog.list)) == 1, timeout=WAIT)
    [line] = texts(dialog.list)
    assert "Online screening" in line and "Anna Admin" in line and "not yet discussed with the candidate" in line

    clock.advance(hours=2)
    click(qtbot, dialog.edit_button)
    edit = dialog.note_dialog
    edit.body_edit.selectAll()
    qtbot.keyClicks(edit.body_edit, "Blog about payroll migrations; discussed in the interview")
    tick(qtbot, edit.discussed_box)
    click_standard(qtbot, edit.buttons, SAVE)
    qtbot.waitUntil(lambda: len(texts(dialog.list)) == 1 and "(edited)" in texts(dialog.list)[0]
                    and len(texts(dialog.history)) == 2, timeout=WAIT)
    [line] = texts(dialog.list)
    assert "not yet discussed" not in line
    versions = texts(dialog.history)
    assert len(versions) == 2 and versions[0].startswith("Version 2") and "discussed in the interview" in versions[0]
    assert versions[1].startswith("Version 1") and "Blog about payroll software migrations" in versions[1]

    [theirs] = team_notes.notes_of(colleague, lena)  # what a colleague's client reads from the server
    assert (theirs.kind, theirs.source, theirs.discussed_with_candidate) == ("online_screening", "LinkedIn", True)
    assert [v.body for v in theirs.history] == ["Blog about payroll software migrations",
                                                "Blog about payroll migrations; discussed in the interview"]

    menu_item(controller.window, "&Vault", "&Lock").trigger()  # Lock closes the dialog and forgets the bodies
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert dialog.list.count() == 0 and dialog.views == []


def test_a_colleagues_edit_in_between_is_shown_and_nothing_typed_is_lost(qtbot, controller, team_folder, colleague, lena, clock):
    team_notes.add_note(colleague, lena, "phone_screen", "Available from April")
    panel = open_in_app(qtbot, controller, team_folder)
    dialog = open_notes(qtbot, panel, "Lena Maes")
    assert len(texts(dialog.list)) == 1
    click(qtbot, dialog.edit_button)
    edit = dialog.note_dialog

    clock.advance(hours=1)
    [read] = team_notes.notes_of(colleague, lena)
    team_notes.edit_note(colleague, read, "Available from June (their edit)", False)
    edit.body_edit.selectAll()
    qtbot.keyClicks(edit.body_edit, "Available from May (my edit)")
    click_standard(qtbot, edit.buttons, SAVE)
    qtbot.waitUntil(lambda: edit.conflict_label.isVisible(), timeout=WAIT)
    assert "Available from June (their edit)" in edit.conflict_label.text() and edit.isVisible()
    assert edit.body_edit.toPlainText() == "Available from May (my edit)"  # the typed text is kept
    assert [v.body for v in team_notes.notes_of(colleague, lena)[0].history] == ["Available from April",
                                                                                "Available from June (their edit)"]

    click_standard(qtbot, edit.buttons, SAVE)  # now over their version, which is kept
    qtbot.waitUntil(lambda: len(texts(dialog.history)) == 3, timeout=WAIT)
    assert dialog.note_dialog is None and [v.body for v in team_notes.notes_of(colleague, lena)[0].history] == [
        "Available from April", "Available from June (their edit)", "Available from May (my edit)"]
    assert "Available from May (my edit)" in texts(dialog.history)[0] and panel.notes_dialog is dialog


def test_a_dpo_reads_the_notes_but_cannot_add_or_edit_one(qtbot, clock, team_folder, team_database_url, keychain, second_keychain,
                                                           colleague, lena, tmp_path):
    team_notes.add_note(colleague, lena, "interview", "Strong on Belgian payroll law")
    invitation = invite_member(team_folder, keychain, clock, "Dora DPO", Role.DPO)
    folder = tmp_path / "dora"
    join_team_vault(folder, team_database_url, invitation.code, second_keychain, clock)
    app = AppController(clock, lambda: second_keychain, report_error=lambda error: pytest.fail(f"unexpected error dialog: {error!r}"),
                        tick_milliseconds=20)
    qtbot.addWidget(app.window)
    try:
        panel = open_in_app(qtbot, app, folder)
        dialog = open_notes(qtbot, panel, "Lena Maes")
        assert len(texts(dialog.list)) == 1 and "Strong on Belgian payroll law" in texts(dialog.history)[0]
        for button in (dialog.new_button, dialog.edit_button):
            assert not button.isEnabled() and "data protection officer" in button.toolTip()
        assert dialog.read_only_label.isVisible()
        assert dialog.new_note() is None and dialog.edit_selected() is None
    finally:
        app.shutdown()
