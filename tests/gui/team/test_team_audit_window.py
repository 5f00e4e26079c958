"""Retention > Audit log… in a team, used as the DPO and an administrator use it, on a real PostgreSQL server:
the local vault's Audit window reading the team's log, each entry naming its member, filtered by action,
candidate and date, exported to Excel and read back, and a row altered on the server reported as a
broken chain, in the window and in the export."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from sqlalchemy import create_engine, text

from recruitdesk import i18n
from recruitdesk.dates import short_date
from recruitdesk.gui.audit.window import BROKEN_STYLE, AuditWindow
from recruitdesk.gui.team.panel import TeamPanel
from recruitdesk.services.team_desk import PersonalFields, TeamDesk
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role
from tests.gui.team.team_support import open_team_window
from tests.gui.user_actions import choose_in_combo, click, menu_item, tick

WAIT = 20_000
AUDIT = ("&Retention", "&Audit log…")
NUMBER, WHEN, ACTION, CANDIDATE, MEMBER, DETAILS = range(6)


@pytest.fixture
def window(qtbot, team_folder, keychain, clock):
    shown = open_team_window(qtbot, team_folder, keychain, clock, wait_for_check=False)
    yield shown
    shown.close()


@pytest.fixture
def rik(tmp_path, team_folder, team_database_url, keychain, second_keychain, clock):
    """A recruiter of the team, working from another computer."""
    invitation = invite_member(team_folder, keychain, clock, "Rik", Role.RECRUITER)
    join_team_vault(tmp_path / "rik", team_database_url, invitation.code, second_keychain, clock)
    desk = TeamDesk.open(tmp_path / "rik", second_keychain, clock)
    yield desk
    desk.close()


def open_audit(qtbot, window: TeamPanel) -> AuditWindow:
    menu_item(window, *AUDIT).trigger()
    shown = window.audit_window
    assert isinstance(shown, AuditWindow)
    qtbot.waitUntil(lambda: shown.view is not None, timeout=WAIT)
    return shown


def column(audit: AuditWindow, number: int) -> list[str]:
    return [audit.table.item(row, number).text() for row in range(audit.table.rowCount())]


def show(qtbot, audit: AuditWindow) -> None:
    with qtbot.waitSignal(audit.loaded, timeout=WAIT):
        click(qtbot, audit.apply_button)


def type_date(qtbot, edit, day: dt.date) -> None:
    """Type a day over a date field's text, as a user does."""
    assert edit.isVisible() and edit.isEnabled()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, short_date(day))
    assert edit.date().toPython() == day


def test_the_admin_reads_every_members_entries_and_filters_them_by_action_candidate_and_date(qtbot, window, colleague, rik, clock):
    sofie = colleague.add(PersonalFields("Sofie Wouters"))
    clock.advance(dt.timedelta(days=10))
    jonas = rik.add(PersonalFields("Jonas Peeters"))
    audit = open_audit(qtbot, window)
    assert audit.windowTitle() == "Audit log – team vault"
    assert audit.verification_label.text() == "The audit chain is intact: no entry was altered, removed or reordered."
    assert "Every member's actions are listed" in audit.scope_label.text() and audit.scope_label.isVisible()
    assert not audit.table.isColumnHidden(MEMBER)
    assert column(audit, MEMBER)[0] == "Rik" and set(column(audit, MEMBER)) == {"Anna Admin", "Rik"}
    assert column(audit, ACTION)[0] == "Candidate added (candidate-added)"
    assert "Rik – recruiter" in column(audit, DETAILS)  # the invitation and the join name the member and the role
    assert set(column(audit, CANDIDATE)) - {""} == {str(sofie.candidate_id)[:8], str(jonas.candidate_id)[:8]}  # never a name
    numbers = [int(number) for number in column(audit, NUMBER)]
    assert numbers == sorted(numbers, reverse=True)  # newest first

    choose_in_combo(qtbot, audit.action_combo, "Member joined (member-joined)")
    show(qtbot, audit)
    assert column(audit, ACTION) == ["Member joined (member-joined)"] and column(audit, MEMBER) == ["Rik"]

    choose_in_combo(qtbot, audit.action_combo, "All actions")
    qtbot.keyClicks(audit.candidate_edit, str(sofie.candidate_id)[:8])
    show(qtbot, audit)
    assert column(audit, CANDIDATE) == [str(sofie.candidate_id)[:8]] and column(audit, MEMBER) == ["Anna Admin"]

    audit.candidate_edit.clear()
    tick(qtbot, audit.date_check)
    type_date(qtbot, audit.since_edit, clock.today())
    type_date(qtbot, audit.until_edit, clock.today())
    show(qtbot, audit)
    assert column(audit, CANDIDATE) == [str(jonas.candidate_id)[:8]]  # Sofie was added ten days before


def test_the_export_holds_the_filtered_entries_with_their_members_and_the_chain_check_and_is_audited(
        qtbot, window, colleague, rik, tmp_path):
    sofie = colleague.add(PersonalFields("Sofie Wouters"))
    jonas = rik.add(PersonalFields("Jonas Peeters"))
    chosen = tmp_path / "for-the-dpo"
    offered = []
    window.choose_audit_file = lambda parent, suggested: offered.append(suggested) or str(chosen)
    audit = open_audit(qtbot, window)
    choose_in_combo(qtbot, audit.action_combo, "Candidate added (candidate-added)")
    show(qtbot, audit)
    with qtbot.waitSignal(audit.exported, timeout=WAIT) as exported:
        click(qtbot, audit.export_button)
    assert exported.args[0].endswith("for-the-dpo.xlsx") and offered[0].startswith("team-audit-log-")

    workbook = openpyxl.load_workbook(chosen.with_suffix(".xlsx"))
    entries, check = workbook.worksheets
    rows = list(entries.iter_rows(values_only=True))
    assert rows[0] == ("Entry", "Date and time", "Member", "Action", "Candidate (random id)", "Details")
    assert [(row[2], row[3], row[4]) for row in rows[1:]] == [
        ("Anna Admin", "Candidate added", str(sofie.candidate_id)), ("Rik", "Candidate added", str(jonas.candidate_id))]
    assert isinstance(rows[1][1], dt.datetime)
    assert check.cell(row=2, column=1).value == "The audit chain is intact: no entry was altered, removed or reordered."
    assert "Sofie" not in repr(rows) and "Jonas" not in repr(rows)

    choose_in_combo(qtbot, audit.action_combo, "All actions")
    show(qtbot, audit)
    assert (column(audit, ACTION)[0], column(audit, MEMBER)[0]) == ("Audit log exported (audit-exported)", "Anna Admin")


def test_a_row_altered_on_the_server_is_reported_as_a_broken_chain_in_the_window_and_the_export(
        qtbot, window, colleague, team_database_url, tmp_path):
    colleague.add(PersonalFields("Sofie Wouters"))
    audit = open_audit(qtbot, window)
    assert "The audit chain is intact" in audit.verification_label.text()
    assert column(audit, MEMBER)[0] == "Anna Admin" and column(audit, ACTION)[0] == "Candidate added (candidate-added)"
    newest = int(column(audit, NUMBER)[0])

    superuser = create_engine(team_database_url)
    try:
        with superuser.begin() as connection:  # as the server's owner could: a version changed, the hash left alone
            connection.execute(text("UPDATE team_audit SET version = 9 WHERE entry_id = :entry"), {"entry": newest})
    finally:
        superuser.dispose()
    show(qtbot, audit)
    assert f"The audit chain is broken at entry {newest}" in audit.verification_label.text()
    assert audit.verification_label.styleSheet() == BROKEN_STYLE
    assert audit.table.rowCount() >= 2  # the entries are still shown

    window.choose_audit_file = lambda parent, suggested: str(tmp_path / "broken.xlsx")
    with qtbot.waitSignal(audit.exported, timeout=WAIT):
        click(qtbot, audit.export_button)
    check = openpyxl.load_workbook(tmp_path / "broken.xlsx").worksheets[1]
    assert f"broken at entry {newest}" in check.cell(row=2, column=1).value


def test_the_team_s_actions_are_in_the_window_s_language(qtbot, window, colleague):
    colleague.add(PersonalFields("Sofie Wouters"))
    i18n.set_language("nl")
    try:
        audit = open_audit(qtbot, window)
        labels = {audit.action_combo.itemData(index): audit.action_combo.itemText(index) for index in range(1, audit.action_combo.count())}
        assert set(labels) >= {"candidate-added", "policy-set"}
        for code, label in labels.items():
            assert label.endswith(f" ({code})") and label != f"{code} ({code})", label  # words first, then the code
        assert labels["candidate-added"] != "Candidate added (candidate-added)"
    finally:
        i18n.set_language("en")


def test_asking_again_raises_the_one_window_and_closing_the_team_closes_it(qtbot, window):
    audit = open_audit(qtbot, window)
    again = open_audit(qtbot, window)
    assert again is audit and audit.isVisible()
    window.close()
    assert not audit.isVisible()
    assert window.audit_window is None or not window.audit_window.isVisible()
