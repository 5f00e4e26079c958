"""The team window's daily retention work, used as a recruiter uses it, on a real PostgreSQL server.

A second client (``colleague``: its own pool and keys, as another recruiter's window) prepares
candidates and saves in between; the window under test runs the team's daily check, shows the
overdue and due-soon counts with a filter, records retention facts (with the conflict dialog when
the colleague saved first), records and withdraws reserve consent, erases after a confirmation and
exports to a password-protected zip. Time moves with the test clock, never by sleeping.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
import pyzipper
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from recruitdesk import errors, i18n, labels
from recruitdesk.dates import long_date, short_date
from recruitdesk.gui.candidates.facts_dialog import CandidateFactsDialog
from recruitdesk.gui.team.table_model import DAYS_LEFT, DEADLINE, STATUS
from recruitdesk.gui.team.panel import TeamPanel
from recruitdesk.services.exporting import EXPORT_WARNING
from recruitdesk.services.team_desk import PersonalFields, TeamFacts
from recruitdesk.services.team_retention import Outcome
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role
from tests.gui.team.team_support import deadline_of_a_candidate_added, open_team_window, select_candidate
from tests.gui.user_actions import button_named, choose_in_combo, click, menu_item

WAIT = 20_000
PASSWORD = "correct horse battery"


@pytest.fixture
def window(qtbot, team_folder, keychain, clock):
    shown = open_team_window(qtbot, team_folder, keychain, clock)
    yield shown
    shown.close()
    assert shown.listener is None and shown.desk is None


def _choose(qtbot, window: TeamPanel, item: str, menu: str = "&Candidate"):
    """Choose ``menu`` > ``item`` (visible and enabled, as for a user); returns the dialog it opened."""
    action = menu_item(window, menu, item)
    with qtbot.waitSignal(window.candidate_actions.dialog_opened, timeout=WAIT) as opened:
        action.trigger()
    return opened.args[0]


def _cell(window: TeamPanel, name: str, column: int) -> str:
    return window.model.index(window.model.names().index(name), column).data()


def _add(colleague, name: str):
    return colleague.add(PersonalFields(name, f"{name.split()[0].lower()}@example.org"))


def test_the_banner_filter_left_on_overnight_counts_from_the_new_day(qtbot, team_folder, colleague, keychain, clock):
    sofie_due = deadline_of_a_candidate_added(clock.today())
    _add(colleague, "Sofie Wouters")
    clock.advance(sofie_due + dt.timedelta(days=2) - clock.today())  # Sofie two days overdue
    jonas_due = deadline_of_a_candidate_added(clock.today())
    _add(colleague, "Jonas Peeters")
    window = open_team_window(qtbot, team_folder, keychain, clock)
    try:
        click(qtbot, window.banner.filter_button)
        assert window.model.names() == ["Sofie Wouters"]
        clock.advance(jonas_due - dt.timedelta(days=10) - clock.today())  # Jonas is due within two weeks now
        with qtbot.waitSignal(window.checked, timeout=WAIT):
            window.day_timer.timeout.emit()  # the timer's tick, as overnight
        qtbot.waitUntil(lambda: window.model.names() == ["Jonas Peeters", "Sofie Wouters"], timeout=WAIT)
        assert window.banner.filter_button.text() == "Show all"
    finally:
        window.close()


def test_a_candidate_the_day_makes_overdue_shows_overdue_after_the_daily_check_in_the_status_order(
        qtbot, team_folder, colleague, keychain, clock):
    """The Status column (the local list's words) counts from today: a window left open overnight shows the new day's
    statuses after its daily check, and a list sorted by Status keeps the most urgent first."""
    sofie_due = deadline_of_a_candidate_added(clock.today())
    _add(colleague, "Sofie Wouters")
    clock.advance(sofie_due - dt.timedelta(days=1) - clock.today())  # Sofie due tomorrow
    _add(colleague, "Jonas Peeters")
    window = open_team_window(qtbot, team_folder, keychain, clock)
    try:
        header = window.table.horizontalHeader()
        assert window.model.headerData(STATUS, Qt.Orientation.Horizontal) == "Status"
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(STATUS) + 5, header.height() // 2))
        assert window.model.sort_order == (STATUS, False)
        assert [_cell(window, name, STATUS) for name in window.model.names()] == ["Due soon", "Running"]
        assert window.model.names() == ["Sofie Wouters", "Jonas Peeters"]

        clock.advance(dt.timedelta(days=2))  # the window stays open: Sofie is overdue by the next check
        with qtbot.waitSignal(window.checked, timeout=WAIT):
            window.day_timer.timeout.emit()
        qtbot.waitUntil(lambda: not window.busy, timeout=WAIT)
        assert _cell(window, "Sofie Wouters", STATUS) == "Overdue"
        assert window.model.names() == ["Sofie Wouters", "Jonas Peeters"]
        row = window.model.names().index("Sofie Wouters")
        assert window.model.index(row, STATUS).data(Qt.ItemDataRole.FontRole).bold()
    finally:
        window.close()


def test_the_daily_check_runs_once_and_the_banner_counts_and_filters_the_candidates_due(qtbot, team_folder, colleague, keychain,
                                                                                       clock):
    start = clock.today()
    sofie_due = deadline_of_a_candidate_added(start)
    _add(colleague, "Sofie Wouters")
    clock.advance(dt.timedelta(days=10))
    ilse_due = deadline_of_a_candidate_added(clock.today())
    _add(colleague, "Ilse Maes")
    clock.advance(sofie_due + dt.timedelta(days=2) - clock.today())  # Sofie two days overdue
    _add(colleague, "Jonas Peeters")
    assert 0 < (ilse_due - clock.today()).days <= 14

    window = open_team_window(qtbot, team_folder, keychain, clock)
    try:
        assert window.banner.isVisible()
        assert window.banner.label.text() == "1 overdue, 1 due within two weeks"
        qtbot.waitUntil(lambda: window.window().windowTitle().startswith(f"(2) {team_folder.name} – team vault on "),
                        timeout=30_000)  # the badge a local vault's title shows, before the team's name
        assert _cell(window, "Sofie Wouters", DAYS_LEFT) == "2 days overdue"
        overdue_row = window.model.names().index("Sofie Wouters")
        assert window.model.index(overdue_row, DAYS_LEFT).data(Qt.ItemDataRole.ForegroundRole).name() == "#b00020"
        assert _cell(window, "Ilse Maes", DAYS_LEFT) == str((ilse_due - clock.today()).days)
        assert _cell(window, "Sofie Wouters", DEADLINE) == short_date(sofie_due)
        click(qtbot, window.banner.filter_button)
        assert window.model.names() == ["Ilse Maes", "Sofie Wouters"]
        assert window.banner.filter_button.text() == "Show all"
        click(qtbot, window.banner.filter_button)
        assert window.model.names() == ["Ilse Maes", "Jonas Peeters", "Sofie Wouters"]
        header = window.table.horizontalHeader()  # the days-left column sorts by the deadline
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(DAYS_LEFT) + 5, header.height() // 2))
        order = window.model.names()
        assert order in (["Sofie Wouters", "Ilse Maes", "Jonas Peeters"], ["Jonas Peeters", "Ilse Maes", "Sofie Wouters"])

        clock.advance(dt.timedelta(days=1))  # the window stays open overnight: the new day's check runs
        with qtbot.waitSignal(window.checked, timeout=WAIT) as next_day:
            window.day_timer.timeout.emit()
        assert next_day.args[0].outcome == Outcome.RAN and _cell(window, "Sofie Wouters", DAYS_LEFT) == "3 days overdue"
    finally:
        window.close()
    assert colleague.run_daily_check().outcome == Outcome.DONE_TODAY  # one check a day for the whole team
    assert window.banner.label.text() == "1 overdue, 1 due within two weeks"


def test_erase_asks_naming_the_candidate_and_the_candidate_is_gone_for_every_member(qtbot, window, colleague):
    added = _add(colleague, "Sofie Wouters")
    _add(colleague, "Jonas Peeters")
    qtbot.waitUntil(lambda: len(window.model.names()) == 2, timeout=WAIT)
    select_candidate(qtbot, window, "Sofie Wouters")
    box = _choose(qtbot, window, "&Delete…", "&Retention")
    assert "Sofie Wouters" in box.text() and "cannot be undone" in box.informativeText()
    click(qtbot, box.button(box.StandardButton.Cancel))
    assert window.model.names() == ["Jonas Peeters", "Sofie Wouters"] and colleague.candidate(added.candidate_id)

    box = _choose(qtbot, window, "&Delete…", "&Retention")
    with qtbot.waitSignal(window.candidate_actions.erased, timeout=WAIT):
        click(qtbot, box.erase_button)
    assert window.model.names() == ["Jonas Peeters"]
    with pytest.raises(errors.TeamCandidateGone):
        colleague.candidate(added.candidate_id)  # a second client's read fails: gone on the server


def _open_facts(qtbot, window: TeamPanel, name: str) -> CandidateFactsDialog:
    """Select ``name`` and choose Candidate > Record facts…; returns the dialog once it shows the countdown."""
    select_candidate(qtbot, window, name)
    dialog = _choose(qtbot, window, "Record &facts…")
    assert isinstance(dialog, CandidateFactsDialog)  # the local vault's dialog, through the team's source
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=WAIT)
    return dialog


def _type_reason(qtbot, reason_dialog, text: str) -> None:
    """Select what the reason field holds and type ``text`` over it."""
    qtbot.keyClick(reason_dialog.reason_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(reason_dialog.reason_edit, text)


def test_a_legal_hold_recorded_in_record_facts_shows_in_the_list_and_blocks_erasure(qtbot, window, colleague):
    added = _add(colleague, "Sofie Wouters")
    qtbot.waitUntil(lambda: window.model.names() == ["Sofie Wouters"], timeout=WAIT)
    dialog = _open_facts(qtbot, window, "Sofie Wouters")
    assert "Due for deletion on" in dialog.status_label.text() and dialog.explanation_label.text()
    assert dialog.name_label.text() == "Sofie Wouters" and not dialog.read_only_label.isVisible()
    click(qtbot, dialog.hold_button)
    reason = dialog.reason_dialog
    _type_reason(qtbot, reason, "no")
    click(qtbot, reason.ok_button)
    qtbot.waitUntil(lambda: reason.error_label.isVisible(), timeout=WAIT)  # too short: refused in words, the dialog stays
    assert "reason" in reason.error_label.text() and not colleague.status(added.candidate_id).on_hold
    _type_reason(qtbot, reason, "Claim by the candidate, case 2026/114")
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        click(qtbot, reason.ok_button)
    assert dialog.status_label.text() == "On legal hold: not deleted until the hold is released."
    assert "case 2026/114" in dialog.hold_now_label.text()
    assert dialog.release_button.isEnabled() and not dialog.hold_button.isEnabled()
    qtbot.waitUntil(lambda: _cell(window, "Sofie Wouters", DEADLINE) == "On legal hold", timeout=WAIT)
    assert colleague.status(added.candidate_id).on_hold
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    box = _choose(qtbot, window, "&Delete…", "&Retention")
    with qtbot.waitSignal(window.candidate_actions.dialog_opened, timeout=WAIT) as refused:
        click(qtbot, box.erase_button)
    assert "legal hold" in refused.args[0].text() and "case 2026/114" in refused.args[0].text()
    assert colleague.candidate(added.candidate_id).personal.full_name == "Sofie Wouters"  # nothing erased
    click(qtbot, refused.args[0].button(refused.args[0].StandardButton.Close))
    assert _cell(window, "Sofie Wouters", DEADLINE) == "On legal hold"  # the list says why the deadline is gone


def test_an_outcome_and_a_contact_recorded_in_record_facts_move_the_countdown_and_the_list(qtbot, window, colleague, clock):
    added = _add(colleague, "Jonas Peeters")
    qtbot.waitUntil(lambda: window.model.names() == ["Jonas Peeters"], timeout=WAIT)
    clock.advance(dt.timedelta(days=40))  # the procedure ends well after the application
    dialog = _open_facts(qtbot, window, "Jonas Peeters")
    countdown, deadline = dialog.status_label.text(), window.model.row_at(0).deadline
    choose_in_combo(qtbot, dialog.outcome_combo, "Not hired")
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        click(qtbot, dialog.outcome_button)
    assert dialog.outcome_now_label.text().startswith("Not hired") and dialog.status_label.text() != countdown
    qtbot.waitUntil(lambda: window.model.row_at(0).deadline != deadline, timeout=WAIT)
    facts, _version = colleague.facts(added.candidate_id)
    assert facts.outcome == "not_hired" and facts.ended_on == clock.today()
    assert dialog.last_contact_label.text() == "none recorded"
    choose_in_combo(qtbot, dialog.contact_channel, "Phone")
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        click(qtbot, dialog.contact_button)
    assert dialog.last_contact_label.text() == long_date(clock.today())
    assert colleague.status(added.candidate_id).last_contact_on == clock.today()


def test_reopen_in_record_facts_adds_a_new_procedure_beside_the_one_that_ended(qtbot, window, colleague, clock, tmp_path):
    """As a local vault's Reopen (new procedure): the ended procedure keeps its outcome and day."""
    added = _add(colleague, "Jonas Peeters")
    qtbot.waitUntil(lambda: window.model.names() == ["Jonas Peeters"], timeout=WAIT)
    dialog = _open_facts(qtbot, window, "Jonas Peeters")
    choose_in_combo(qtbot, dialog.outcome_combo, "Not hired")
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        click(qtbot, dialog.outcome_button)
    reopened_on = clock.today() + dt.timedelta(days=10)
    choose_in_combo(qtbot, dialog.outcome_combo, "Reopen (new procedure)")
    dialog.outcome_date.setDate(reopened_on)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        click(qtbot, dialog.outcome_button)
    assert dialog.outcome_now_label.text().startswith("Procedure open")
    result = colleague.export(added.candidate_id, tmp_path / "export")
    data = json.loads(next(result.path.rglob("data.json")).read_text(encoding="utf-8"))
    assert [(row["outcome"], row["applied_on"], row["ended_on"]) for row in data["applications"]] == [
        ("not_hired", clock.today().isoformat(), clock.today().isoformat()), ("open", reopened_on.isoformat(), None)]


def test_the_source_recorded_in_record_facts_is_saved_for_every_member(qtbot, window, colleague):
    added = _add(colleague, "Ilse Maes")
    qtbot.waitUntil(lambda: window.model.names() == ["Ilse Maes"], timeout=WAIT)
    dialog = _open_facts(qtbot, window, "Ilse Maes")
    facts, version = colleague.facts(added.candidate_id)
    assert dialog.application_button.isVisible()  # a team's window records how the candidate came in here
    assert dialog.source_combo.currentData() == facts.source and dialog.applied_box.isChecked() == (facts.applied_on is not None)
    choose_in_combo(qtbot, dialog.source_combo, "Referral")
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        click(qtbot, dialog.application_button)
    assert dialog.application_now_label.text().startswith("Referral")
    stored, stored_version = colleague.facts(added.candidate_id)
    assert stored.source == "referral" and stored.applied_on == facts.applied_on and stored_version == version + 1


def _hold_over_a_colleagues_save(qtbot, window, colleague, reason_text: str):
    """Record facts… > Legal hold…, the reason typed; a colleague saves the source first; Place on hold.
    Returns the facts dialog, the reason dialog, the conflict dialog, the candidate and the version first read."""
    added = _add(colleague, "Jonas Peeters")
    qtbot.waitUntil(lambda: window.model.names() == ["Jonas Peeters"], timeout=WAIT)
    dialog = _open_facts(qtbot, window, "Jonas Peeters")
    facts, version = colleague.facts(added.candidate_id)
    click(qtbot, dialog.hold_button)
    reason = dialog.reason_dialog
    _type_reason(qtbot, reason, reason_text)
    colleague.save_facts(added.candidate_id, version, TeamFacts("referral", facts.applied_on))
    with qtbot.waitSignal(dialog.source.conflict_shown, timeout=WAIT) as shown:
        click(qtbot, reason.ok_button)
    conflict = shown.args[0]
    assert conflict.mine_fields["Legal hold"].text() == reason_text and conflict.their_fields["Legal hold"].text() == ""
    assert conflict.their_fields["Source"].text() == "Referral"
    assert conflict.mine_fields["Source"].text() == labels.label("source", facts.source)
    return dialog, reason, conflict, added.candidate_id, version


@pytest.mark.parametrize("choice", ["keep mine", "merge", "take the server's"])
def test_facts_saved_by_a_colleague_first_open_the_conflict_dialog_with_both_versions(qtbot, window, colleague, choice):
    typed = "Claim by the candidate, case 2026/114"
    dialog, reason, conflict, candidate_id, version = _hold_over_a_colleagues_save(qtbot, window, colleague, typed)
    first_source = conflict.mine_fields["Source"].text()
    if choice == "keep mine":
        with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
            click(qtbot, conflict.keep_mine_button)
        stored, stored_version = colleague.facts(candidate_id)
        assert stored.legal_hold_reason == typed and labels.label("source", stored.source) == first_source
        assert stored_version == version + 2
    elif choice == "merge":
        assert conflict.merged_fields["Legal hold"].text() == typed and conflict.merged_fields["Source"].text() == "Referral"
        with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
            click(qtbot, conflict.merge_button)
        stored, stored_version = colleague.facts(candidate_id)
        assert stored.legal_hold_reason == typed and stored.source == "referral" and stored_version == version + 2
    else:
        with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
            click(qtbot, conflict.take_theirs_button)
        stored, stored_version = colleague.facts(candidate_id)
        assert stored.legal_hold_reason is None and stored.source == "referral" and stored_version == version + 1
        assert dialog.hold_now_label.text() == "None"
    assert dialog.detail.view.version == stored_version
    qtbot.waitUntil(lambda: dialog.reason_dialog is None, timeout=WAIT)  # the reason dialog closed: the user chose


def test_closing_the_conflict_dialog_unchosen_keeps_the_typed_reason_and_saves_nothing(qtbot, window, colleague):
    typed = "Dispute about the interview, letter of 3 May"
    dialog, reason, conflict, candidate_id, version = _hold_over_a_colleagues_save(qtbot, window, colleague, typed)
    qtbot.keyClick(conflict, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: reason.ok_button.isEnabled(), timeout=WAIT)
    assert reason.isVisible() and reason.reason_edit.toPlainText() == typed  # nothing typed is lost
    stored, stored_version = colleague.facts(candidate_id)
    assert stored.legal_hold_reason is None and stored_version == version + 1
    with qtbot.waitSignal(dialog.source.conflict_shown, timeout=WAIT) as shown:  # saving again meets the colleague's version again
        click(qtbot, reason.ok_button)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        click(qtbot, shown.args[0].keep_mine_button)
    assert colleague.facts(candidate_id)[0].legal_hold_reason == typed
    qtbot.waitUntil(lambda: dialog.reason_dialog is None, timeout=WAIT)


def test_reserve_consent_moves_the_deadline_and_withdrawing_it_is_one_click(qtbot, window, colleague, clock):
    added = _add(colleague, "Ilse Maes")
    qtbot.waitUntil(lambda: window.model.names() == ["Ilse Maes"], timeout=WAIT)
    before = window.model.row_at(0).deadline
    select_candidate(qtbot, window, "Ilse Maes")
    dialog = _choose(qtbot, window, "Record reserve &consent…")
    qtbot.keyClicks(dialog.text_edit, "I agree that you keep my CV for future vacancies.")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: window.model.row_at(0).deadline != before, timeout=WAIT)
    assert window.model.row_at(0).deadline > before
    assert colleague.status(added.candidate_id).reserve_consent_since == clock.today()

    menu_item(window, "&Candidate", "&Withdraw reserve consent").trigger()
    qtbot.waitUntil(lambda: "withdrawn" in window.statusBar().currentMessage(), timeout=WAIT)
    assert [c.terms.withdrawn_on for c in colleague.consents(added.candidate_id)] == [clock.today()]
    assert colleague.status(added.candidate_id).reserve_consent_since is None


def _export_to_zip(qtbot, window: TeamPanel, name: str, out) -> dict:
    window.candidate_actions.choose_export_folder = lambda _parent: str(out)
    select_candidate(qtbot, window, name)
    dialog = _choose(qtbot, window, "E&xport data…")
    assert dialog.warning_label.text() == i18n.translate("export", EXPORT_WARNING)  # the local export's warning, first
    click(qtbot, button_named(dialog, "&Browse…"))
    assert dialog.protect_box.isChecked()
    qtbot.keyClicks(dialog.password_edit, "short")
    qtbot.keyClicks(dialog.repeat_edit, "short")
    click(qtbot, dialog.export_button)
    assert "at least 8 characters" in dialog.error_label.text()  # the local minimum
    for edit in (dialog.password_edit, dialog.repeat_edit):
        edit.clear()
        qtbot.keyClicks(edit, PASSWORD)
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as exported:
        click(qtbot, dialog.export_button)
    result = exported.args[0]
    assert result.path.suffix == ".zip" and result.encrypted
    with pyzipper.AESZipFile(result.path) as archive_file:
        archive_file.setpassword(PASSWORD.encode())
        [data_name] = [n for n in archive_file.namelist() if n.endswith("data.json")]
        return json.loads(archive_file.read(data_name))


def test_export_to_a_password_protected_zip_that_opens_with_the_password(qtbot, window, colleague, tmp_path):
    _add(colleague, "Sofie Wouters")
    qtbot.waitUntil(lambda: window.model.names() == ["Sofie Wouters"], timeout=WAIT)
    data = _export_to_zip(qtbot, window, "Sofie Wouters", tmp_path / "out")
    assert "Sofie Wouters" in json.dumps(data, ensure_ascii=False)
    with pyzipper.AESZipFile(next((tmp_path / "out").glob("*.zip"))) as archive_file:
        with pytest.raises(RuntimeError):  # without the password nothing is read
            archive_file.read(archive_file.namelist()[0])


def test_a_dpo_sees_the_countdown_and_exports_but_gets_no_erase_edit_or_consent_control(qtbot, tmp_path, team_folder, colleague,
                                                                                        team_database_url, keychain, second_keychain,
                                                                                        clock):
    sofie = _add(colleague, "Sofie Wouters")
    invitation = invite_member(team_folder, keychain, clock, "Dora", Role.DPO)
    join_team_vault(tmp_path / "dora", team_database_url, invitation.code, second_keychain, clock)
    window = open_team_window(qtbot, tmp_path / "dora", second_keychain, clock)
    try:
        select_candidate(qtbot, window, "Sofie Wouters")
        actions = window.candidate_actions
        for action in (actions.erase_action, actions.consent_action, actions.withdraw_action):
            assert not action.isVisible()
            with pytest.raises(AssertionError):
                menu_item(window, "&Candidate", action.text())
        dialog = _open_facts(qtbot, window, "Sofie Wouters")
        assert "Due for deletion on" in dialog.status_label.text()
        assert dialog.read_only_label.isVisible() and "data protection officer" in dialog.read_only_label.text()
        buttons = (dialog.outcome_button, dialog.contact_button, dialog.consent_button, dialog.withdraw_button,
                   dialog.hold_button, dialog.release_button, dialog.extend_button)
        assert not any(button.isEnabled() for button in buttons)
        assert dialog.hold_button.toolTip() == dialog.read_only_label.text()  # why, on the control itself
        assert not dialog.outcome_combo.isEnabled() and not dialog.contact_date.isEnabled()
        version = colleague.facts(sofie.candidate_id)[1]
        for button in (dialog.hold_button, dialog.outcome_button):  # disabled: a click opens nothing and saves nothing
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert dialog.reason_dialog is None and colleague.facts(sofie.candidate_id)[1] == version
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        data = _export_to_zip(qtbot, window, "Sofie Wouters", tmp_path / "dpo-out")
        assert "Sofie Wouters" in json.dumps(data, ensure_ascii=False)
    finally:
        window.close()
