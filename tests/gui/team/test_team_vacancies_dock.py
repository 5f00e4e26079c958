"""The Vacancies dock and menu on a team, and Candidate > Add to vacancy…, used as a recruiter uses them, on a real server.

A recruiter creates a vacancy, adds two candidates to it from the team window, rejects nobody by
hand, closes the vacancy as filled with one of them hired, and sees both retention clocks started
in the team window's list. On the vacancy's board (the local vacancy window's) a card dragged to
another column moves the applicant on the server. Refusals and a colleague's newer save are shown in words.
The dock, the menu, the vacancy's board and the vacancy dialogs are the local vault's, through the team's
source; Lock leaves no vacancy title in the dock, which then lists a local vault's vacancies again.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from recruitdesk.dates import short_date
from recruitdesk.gui.team.table_model import DAYS_LEFT, DEADLINE
from recruitdesk.gui.team.vacancy_dialogs import ChooseVacancyDialog
from recruitdesk.gui.vacancies.actions import VacanciesFeature
from recruitdesk.gui.vacancies.dialogs import CloseVacancyDialog, VacancyDialog
from recruitdesk.gui.vacancies.source import LocalVacanciesSource
from recruitdesk.gui.vacancies.vacancy_window import BOARD_TAB, LIST_TAB, VacancyWindow
from recruitdesk.gui.team.panel import TeamPanel
from recruitdesk.retention import engine
from recruitdesk.retention.facts import CandidateFacts, ProcedureFacts
from recruitdesk.retention.presets import get_preset
from recruitdesk.services.team_desk import PersonalFields
from recruitdesk.services.team_vacancies import TeamVacancies, VacancyEdit
from recruitdesk.services.vacancies import add_vacancy
from recruitdesk.services.vault_access import create_vault
from recruitdesk.team.countdowns import DEFAULT_PRESET
from tests.gui.import_support import move_card
from tests.gui.retention_support import show
from tests.gui.team.team_support import hosted_team, open_board, open_in_app, select_candidate, show_view
from tests.gui.user_actions import click_row, button_named, click, menu_item, tick

WAIT = 20_000


@pytest.fixture
def window(qtbot, team_folder, keychain, clock):
    shown = hosted_team(qtbot, team_folder, lambda: keychain, clock)
    with qtbot.waitSignals([shown.rows_loaded, shown.checked], timeout=WAIT):
        shown.open_team()
    yield shown
    shown.close()
    assert shown.listener is None and shown.desk is None


def _click_line(qtbot, applications, row: int) -> None:
    """Click a line of the vacancy's list of applications (the local vacancy window's list)."""
    rect = applications.visualRect(applications.model_.index(row, 0))
    qtbot.mouseClick(applications.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _line(board: VacancyWindow, row: int, column: int) -> str:
    return board.list.model_.index(row, column).data()


def _click_item(qtbot, list_widget, text: str) -> None:
    [item] = list_widget.findItems(text, Qt.MatchFlag.MatchExactly)
    qtbot.mouseClick(list_widget.viewport(), Qt.MouseButton.LeftButton, pos=list_widget.visualItemRect(item).center())
    assert list_widget.currentItem() is item


def _save(qtbot, dialog) -> None:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))


def _ok(qtbot, dialog) -> None:
    """OK in the local vault's vacancy dialogs, which save a team's vacancy through its source."""
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


def _tick_hired(qtbot, closing: CloseVacancyDialog, name: str) -> None:
    [check] = [check for check in closing.hired_checks.values() if check.text().startswith(f"{name} (")]
    tick(qtbot, check)


def _open_vacancies(qtbot, window: TeamPanel) -> VacanciesFeature:
    """Vacancies > Vacancies, as a user shows the dock (the window's own, on the team's vacancies), once its list is read."""
    menu_item(window, "Vaca&ncies", "&Vacancies").trigger()
    vacancies = window.main.vacancies
    assert vacancies.dock.isVisible()
    qtbot.waitUntil(lambda: vacancies.panel is not None and not vacancies.panel.loading, timeout=WAIT)
    return vacancies


def _table(vacancies: VacanciesFeature):
    assert vacancies.panel is not None
    return vacancies.panel.table


def _applicants(board: VacancyWindow) -> list:
    return [card.applicant for card in board.applications]


def _vacancy_menu(window: TeamPanel) -> list[str]:
    """The Vacancies menu's items a user sees."""
    return [action.text() for action in window.main.vacancies.menu.actions() if action.isVisible() and not action.isSeparator()]


def _new_vacancy(window: TeamPanel) -> VacancyDialog:
    menu_item(window, "Vaca&ncies", "&New vacancy…").trigger()
    dialog = window.main.vacancies.vacancy_dialog
    assert isinstance(dialog, VacancyDialog) and dialog.isVisible()
    return dialog


def _edit(qtbot, board: VacancyWindow, vacancies: VacanciesFeature) -> VacancyDialog:
    """The board's Edit…: the local vacancy dialog, on the team's vacancy."""
    click(qtbot, board.edit_button)
    dialog = vacancies.vacancy_dialog
    assert isinstance(dialog, VacancyDialog) and dialog.isVisible()
    return dialog


def _cards(shown: VacancyWindow) -> dict[str, list[str]]:
    """What the board shows: each column's card names, by stage."""
    return {stage: [column.cards.index(row).data().split("\n")[0] for row in range(column.count())]
            for stage, column in shown.board.columns.items()}


def _drag_card(shown: VacancyWindow, name: str, stage: str) -> None:
    """Drag ``name``'s card to ``stage``'s column: the mime data its own column gives a drag, dropped on the target's
    viewport (QDrag runs its own event loop, which a test cannot drive)."""
    source, index = next((column, column.cards.index(row)) for column in shown.board.columns.values()
                         for row in range(column.count()) if column.cards.rows[row].name == name)
    move_card(shown.board.columns[stage], source.cards.mimeData([index]))


def _server_stages(colleague, vacancy_id) -> dict[str, str]:
    """Where a colleague's own read finds each applicant."""
    return {row.full_name: row.stage for row in TeamVacancies(colleague).applicants(vacancy_id)}


def _cell(window: TeamPanel, name: str, column: int) -> str:
    return window.model.index(window.model.names().index(name), column).data()


def _add_to_vacancy(qtbot, window: TeamPanel, name: str, title: str) -> None:
    select_candidate(qtbot, window, name)
    with qtbot.waitSignal(window.vacancy_actions.dialog_opened, timeout=WAIT) as opened:
        menu_item(window, "&Candidate", "Add to &vacancy…").trigger()
    dialog = opened.args[0]
    assert isinstance(dialog, ChooseVacancyDialog)
    _click_item(qtbot, dialog.vacancy_list, title)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        _save(qtbot, dialog)


def test_a_recruiter_creates_a_vacancy_adds_two_candidates_and_closing_it_starts_both_clocks(qtbot, window, colleague, clock):
    for name in ("Anna Peeters", "Bram Maes"):
        colleague.add(PersonalFields(name))
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        window.reload()
    applied = clock.today()

    vacancies = _open_vacancies(qtbot, window)
    assert _vacancy_menu(window) == ["&Vacancies", "&New vacancy…", "&Open vacancy", "&Import CVs into vacancy…",
                                     "Vacancy &filled…", "&Cancel vacancy…", "&Blind review…"]  # the local vault's items, and its own two
    dialog = _new_vacancy(window)
    qtbot.keyClicks(dialog.title_edit, "Payroll officer")
    qtbot.keyClicks(dialog.client_edit, "Acme NV")
    assert not dialog.opened_edit.isVisible() and not dialog.status_combo.isVisible()  # the server's day, an open vacancy
    _ok(qtbot, dialog)  # then wait for the list that holds it (a reload started earlier may land first)
    table = _table(vacancies)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=WAIT)
    assert [table.model().index(0, column).data() for column in range(5)] == [
        "Payroll officer", "Acme NV", "Open", short_date(applied), "0"]

    _add_to_vacancy(qtbot, window, "Anna Peeters", "Payroll officer (Acme NV)")
    _add_to_vacancy(qtbot, window, "Bram Maes", "Payroll officer (Acme NV)")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1 and table.model().index(0, 4).data() == "2", timeout=WAIT)
    board = open_board(qtbot, vacancies)
    assert sorted(row.full_name for row in _applicants(board)) == ["Anna Peeters", "Bram Maes"]
    assert {_line(board, row, 1) for row in range(2)} == {"New"}
    assert {_line(board, row, 4) for row in range(2)} == {""}  # nobody's procedure ended yet
    assert not board.tags_button.isVisible() and board.import_button.isVisible()  # a team keeps no tags; CVs go into its vacancy

    clock.advance(days=9)
    closing_day = clock.today()
    menu_item(window, "Vaca&ncies", "Vacancy &filled…").trigger()
    closing = vacancies.close_dialog_
    assert isinstance(closing, CloseVacancyDialog) and not closing.date_edit.isVisible()  # they end on the server's day
    assert sorted(check.text() for check in closing.hired_checks.values()) == ["Anna Peeters (New)", "Bram Maes (New)"]
    _tick_hired(qtbot, closing, "Bram Maes")  # tick the one hired
    _ok(qtbot, closing)
    qtbot.waitUntil(lambda: table.model().rowCount() == 0, timeout=WAIT)  # closed: listed with Show closed only
    tick(qtbot, vacancies.panel.closed_check)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=WAIT)
    assert table.model().index(0, 2).data() == "Filled"
    click_row(qtbot, table, 0)
    assert not vacancies.filled_action.isEnabled() and not window.vacancy_actions.cancel_action.isEnabled()
    qtbot.waitUntil(lambda: {_line(board, row, 4) for row in range(2)} == {short_date(closing_day)}, timeout=WAIT)  # Ended

    rejected_due = closing_day + dt.timedelta(weeks=4)
    hired = CandidateFacts(created_on=applied, applied_on=applied, procedures=(ProcedureFacts("hired", applied, closing_day),))
    hired_due = engine.evaluate(hired, get_preset(DEFAULT_PRESET).policy, closing_day).due_on
    qtbot.waitUntil(lambda: _cell(window, "Anna Peeters", DEADLINE) == short_date(rejected_due)
                    and _cell(window, "Bram Maes", DEADLINE) == short_date(hired_due), timeout=WAIT)
    assert _cell(window, "Anna Peeters", DAYS_LEFT) == str((rejected_due - closing_day).days)
    assert _cell(window, "Bram Maes", DAYS_LEFT) == str((hired_due - closing_day).days)
    stages = {row.full_name: row.stage for row in TeamVacancies(colleague).applicants(vacancies.panel.model.rows[0].vacancy_id)}
    assert stages == {"Anna Peeters": "rejected", "Bram Maes": "hired"}


def test_moving_in_the_list_and_a_colleagues_change_is_said_in_words(qtbot, window, colleague, clock):
    anna = colleague.add(PersonalFields("Anna Peeters"))
    bram = colleague.add(PersonalFields("Bram Maes"))
    service = TeamVacancies(colleague)
    vacancy = service.add(VacancyEdit("Payroll officer"))
    service.apply(vacancy.vacancy_id, anna.candidate_id)
    bram_application = service.apply(vacancy.vacancy_id, bram.candidate_id)
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        window.reload()
    vacancies = _open_vacancies(qtbot, window)
    board = open_board(qtbot, vacancies)

    show_view(qtbot, board, LIST_TAB)
    _click_line(qtbot, board.list, 0)
    assert board.list.current_application() == next(row.application_id for row in _applicants(board)
                                                     if row.full_name == "Anna Peeters")
    with qtbot.waitSignal(board.saved, timeout=WAIT):
        qtbot.keyClick(board.list, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # on to Screening
    qtbot.waitUntil(lambda: _line(board, 0, 1) == "Screening", timeout=WAIT)

    _click_line(qtbot, board.list, 1)
    service.move(vacancy.vacancy_id, bram_application.application_id, bram_application.version, "offer")  # a colleague, first
    with qtbot.waitSignal(board.problem_shown, timeout=WAIT) as problem:
        qtbot.keyClick(board.list, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert "A colleague moved Bram Maes meanwhile (now: Offer)" in problem.args[0]
    qtbot.waitUntil(lambda: _line(board, 1, 1) == "Offer", timeout=WAIT)
    assert _server_stages(colleague, vacancy.vacancy_id)["Bram Maes"] == "offer"  # nothing lost

    with qtbot.waitSignal(board.changed, timeout=WAIT):
        _drag_card(board, "Bram Maes", "rejected")
    qtbot.waitUntil(lambda: _line(board, 1, 1) == "Rejected", timeout=WAIT)
    qtbot.waitUntil(lambda: _cell(window, "Bram Maes", DEADLINE) == short_date(clock.today() + dt.timedelta(weeks=4)),
                    timeout=WAIT)


def test_cancelling_asks_first_and_a_closed_vacancy_takes_no_one(qtbot, window, colleague, clock):
    colleague.add(PersonalFields("Anna Peeters"))
    TeamVacancies(colleague).add(VacancyEdit("Payroll officer"))
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        window.reload()
    vacancies = _open_vacancies(qtbot, window)
    table = _table(vacancies)
    click_row(qtbot, table, 0)
    with qtbot.waitSignal(window.vacancy_actions.dialog_opened, timeout=WAIT) as opened:
        menu_item(window, "Vaca&ncies", "&Cancel vacancy…").trigger()
    box = opened.args[0]
    assert isinstance(box, QMessageBox) and "Payroll officer" in box.text()
    click(qtbot, box.button(QMessageBox.StandardButton.No))  # asked first: No cancels nothing
    assert TeamVacancies(colleague).vacancies()[0].status == "open"
    with qtbot.waitSignal(window.vacancy_actions.dialog_opened, timeout=WAIT) as opened:
        menu_item(window, "Vaca&ncies", "&Cancel vacancy…").trigger()
    box = opened.args[0]
    tick(qtbot, vacancies.panel.closed_check)  # closed ones listed too
    click(qtbot, button_named(box, "Cancel vacancy"))
    qtbot.waitUntil(lambda: table.model().rowCount() == 1 and table.model().index(0, 2).data() == "Cancelled", timeout=WAIT)
    assert TeamVacancies(colleague).vacancies()[0].status == "cancelled"
    click_row(qtbot, table, 0)
    assert not window.vacancy_actions.cancel_action.isEnabled()

    select_candidate(qtbot, window, "Anna Peeters")
    with qtbot.waitSignal(window.vacancy_actions.dialog_opened, timeout=WAIT) as said:
        menu_item(window, "&Candidate", "Add to &vacancy…").trigger()
    assert isinstance(said.args[0], QMessageBox) and said.args[0].text() == ("There is no open vacancy. Add one with "
                                                                             "Vacancies > New vacancy… first.")


def test_editing_a_vacancy_a_colleague_saved_meanwhile_says_so_and_keeps_their_version(qtbot, window, colleague):
    service = TeamVacancies(colleague)
    added = service.add(VacancyEdit("Payroll officer", "Acme NV"))
    vacancies = _open_vacancies(qtbot, window)
    table = _table(vacancies)
    board = open_board(qtbot, vacancies)
    dialog = _edit(qtbot, board, vacancies)
    assert dialog.title_edit.text() == "Payroll officer"
    service.save(added.vacancy_id, added.version, VacancyEdit("Payroll lead", "Acme NV"))  # the colleague saves first
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Senior payroll officer")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=WAIT)
    assert "A colleague changed this vacancy meanwhile (it is now \"Payroll lead\", Open)" in dialog.error_label.text()
    assert dialog.isVisible() and dialog.title_edit.text() == "Senior payroll officer"  # nothing typed is lost
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    qtbot.waitUntil(lambda: table.model().index(0, 0).data() == "Payroll lead"  # the colleague's save, live
                    and board.vacancy.title == "Payroll lead" and not board.busy, timeout=WAIT)

    dialog = _edit(qtbot, board, vacancies)
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Senior payroll officer")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: table.model().index(0, 0).data() == "Senior payroll officer", timeout=WAIT)
    assert service.vacancy(added.vacancy_id).title == "Senior payroll officer"

    qtbot.keyClicks(vacancies.panel.search_edit, "acme senior")  # searched on this computer: the server holds no title
    qtbot.waitUntil(lambda: not vacancies.panel.loading and table.model().rowCount() == 1, timeout=WAIT)
    qtbot.keyClicks(vacancies.panel.search_edit, " junior")
    qtbot.waitUntil(lambda: table.model().rowCount() == 0, timeout=WAIT)


def test_removing_a_stage_that_holds_an_applicant_is_refused_in_words_and_nothing_is_saved(qtbot, window, colleague):
    service = TeamVacancies(colleague)
    added = service.add(VacancyEdit("Payroll officer", "Acme NV", stages=("New", "Assessment", "Interview")))
    applied = service.apply(added.vacancy_id, colleague.add(PersonalFields("Anna Peeters")).candidate_id)
    service.move(added.vacancy_id, applied.application_id, applied.version, "Assessment")
    vacancies = _open_vacancies(qtbot, window)
    dialog = _edit(qtbot, open_board(qtbot, vacancies), vacancies)
    assert dialog.stages_edit.text() == "New, Assessment, Interview"
    dialog.stages_edit.clear()
    qtbot.keyClicks(dialog.stages_edit, "New, Interview")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=WAIT)
    assert dialog.error_label.text() == ("The stage \"Assessment\" still holds applications (1); "
                                         "move them to another stage before removing it.")
    assert dialog.isVisible() and dialog.stages_edit.text() == "New, Interview"  # what was typed stays
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert service.vacancy(added.vacancy_id).stages == ("new", "Assessment", "interview", "hired", "rejected", "withdrawn")


def test_a_dpo_sees_the_vacancies_and_applicants_but_no_control_that_changes_them(qtbot, tmp_path, team_folder, colleague,
                                                                                 team_database_url, keychain, second_keychain,
                                                                                 clock):
    from recruitdesk.services.team_vault import invite_member, join_team_vault
    from recruitdesk.team.roles import Role

    anna = colleague.add(PersonalFields("Anna Peeters"))
    service = TeamVacancies(colleague)
    service.apply(service.add(VacancyEdit("Payroll officer")).vacancy_id, anna.candidate_id)
    invitation = invite_member(team_folder, keychain, clock, "Dora", Role.DPO)
    join_team_vault(tmp_path / "dora", team_database_url, invitation.code, second_keychain, clock)
    dpo_window = hosted_team(qtbot, tmp_path / "dora", lambda: second_keychain, clock)
    with qtbot.waitSignal(dpo_window.rows_loaded, timeout=WAIT):
        dpo_window.open_team()
    try:
        select_candidate(qtbot, dpo_window, "Anna Peeters")
        assert not dpo_window.vacancy_actions.apply_action.isVisible()
        vacancies = _open_vacancies(qtbot, dpo_window)
        board = open_board(qtbot, vacancies)
        assert _table(vacancies).model().index(0, 0).data() == "Payroll officer"
        assert _line(board, 0, 0) == "Anna Peeters"
        assert _vacancy_menu(dpo_window) == ["&Vacancies", "&Open vacancy", "&Blind review…"]  # nothing that changes them
        for control in (board.next_button, board.previous_button, board.edit_button, board.filled_button, board.letters_button):
            assert not control.isVisible()
        assert board.read_only_label.isVisible()
        assert board.read_only_label.text().startswith("Your role is data protection officer (read only): you can only read the vacancies.")
        assert _cards(board)["new"] == ["Anna Peeters"]  # the board shows her, and takes no drag nor drop
        assert not board.board.columns["new"].dragEnabled() and not board.board.columns["interview"].acceptDrops()
        assert not board.next_action.isEnabled()
    finally:
        dpo_window.close()


def _board_of_two(qtbot, window, colleague):
    """A vacancy with Anna and Bram in New (added by a colleague), open on the board of the vacancies window."""
    service = TeamVacancies(colleague)
    vacancy = service.add(VacancyEdit("Payroll officer"))
    applied = {name: service.apply(vacancy.vacancy_id, colleague.add(PersonalFields(name)).candidate_id)
               for name in ("Anna Peeters", "Bram Maes")}
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        window.reload()
    vacancies = _open_vacancies(qtbot, window)
    board = open_board(qtbot, vacancies)
    assert board.tabs.currentIndex() == BOARD_TAB
    return board, vacancy, applied


def test_a_card_dragged_to_another_column_moves_the_applicant_on_the_server_and_rejected_starts_the_clock(
        qtbot, window, colleague, clock):
    shown, vacancy, _applied = _board_of_two(qtbot, window, colleague)
    assert _cards(shown) == {"new": ["Anna Peeters", "Bram Maes"], "screening": [], "interview": [], "offer": [],
                                 "hired": [], "rejected": [], "withdrawn": []}
    assert shown.board.columns["new"].cards.index(0).data(Qt.ItemDataRole.ToolTipRole) == \
        f"Applied on {short_date(clock.today())}; in this stage since {short_date(clock.today())}"

    with qtbot.waitSignal(shown.changed, timeout=WAIT):
        _drag_card(shown, "Anna Peeters", "interview")
    assert _server_stages(colleague, vacancy.vacancy_id) == {"Anna Peeters": "interview", "Bram Maes": "new"}
    qtbot.waitUntil(lambda: _cards(shown)["interview"] == ["Anna Peeters"] and _cards(shown)["new"] == ["Bram Maes"],
                    timeout=WAIT)
    assert shown.board.current_application() == _applied["Anna Peeters"].application_id  # the moved card stays current

    qtbot.keyClick(shown.board.columns["interview"], Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # on to Offer
    qtbot.waitUntil(lambda: _server_stages(colleague, vacancy.vacancy_id)["Anna Peeters"] == "offer", timeout=WAIT)
    qtbot.waitUntil(lambda: _cards(shown)["offer"] == ["Anna Peeters"], timeout=WAIT)

    clock.advance(days=3)
    with qtbot.waitSignal(shown.changed, timeout=WAIT):
        _drag_card(shown, "Bram Maes", "rejected")
    assert _server_stages(colleague, vacancy.vacancy_id)["Bram Maes"] == "rejected"
    qtbot.waitUntil(lambda: shown.note_label.text().startswith("Bram Maes was rejected."), timeout=WAIT)
    assert shown.note_label.isVisible()
    qtbot.waitUntil(lambda: _cards(shown)["rejected"] == ["Bram Maes"], timeout=WAIT)
    qtbot.waitUntil(lambda: _cell(window, "Bram Maes", DEADLINE) == short_date(clock.today() + dt.timedelta(weeks=4)),
                    timeout=WAIT)  # the rejection ended the procedure today: the clock started
    assert shown.letters_button.isEnabled()
    show_view(qtbot, shown, LIST_TAB)  # the list shows the same, with Bram still the chosen one
    assert shown.list.current_application() == _applied["Bram Maes"].application_id
    assert _line(shown, 1, 1) == "Rejected"


def test_a_card_a_colleague_moved_meanwhile_is_said_in_words_and_the_board_shows_their_stage(qtbot, window, colleague):
    shown, vacancy, applied = _board_of_two(qtbot, window, colleague)
    listener, window.listener = window.listener, None  # the feed drops: the colleague's move is not seen before the drag
    listener.stop()
    anna = applied["Anna Peeters"]
    TeamVacancies(colleague).move(vacancy.vacancy_id, anna.application_id, anna.version, "offer")  # a colleague, first

    with qtbot.waitSignal(shown.problem_shown, timeout=WAIT) as problem:
        _drag_card(shown, "Anna Peeters", "rejected")
    assert problem.args[0].startswith("A colleague moved Anna Peeters meanwhile (now: Offer). Nothing was changed")
    assert shown.problem_label.isVisible()
    qtbot.waitUntil(lambda: _cards(shown)["offer"] == ["Anna Peeters"], timeout=WAIT)
    assert _cards(shown)["rejected"] == []
    assert _server_stages(colleague, vacancy.vacancy_id) == {"Anna Peeters": "offer", "Bram Maes": "new"}  # nothing lost


def test_a_colleagues_move_shows_up_on_an_open_board(qtbot, window, colleague):
    shown, vacancy, applied = _board_of_two(qtbot, window, colleague)
    bram = applied["Bram Maes"]
    TeamVacancies(colleague).move(vacancy.vacancy_id, bram.application_id, bram.version, "screening")  # live, elsewhere
    qtbot.waitUntil(lambda: _cards(shown)["screening"] == ["Bram Maes"], timeout=WAIT)
    assert _cards(shown)["new"] == ["Anna Peeters"]


def _tooltip(shown: VacancyWindow, name: str) -> str:
    column, row = next((column, row) for column in shown.board.columns.values() for row in range(column.count())
                       if column.cards.rows[row].name == name)
    return column.cards.index(row).data(Qt.ItemDataRole.ToolTipRole)


def test_a_card_shows_since_when_it_is_in_its_stage_as_a_local_card_does(qtbot, window, colleague, clock):
    """The team's stage history gives each card the day of its latest move: moved days after applying,
    the card says since when it is in its new stage; the card left where it was keeps its first day."""
    shown, vacancy, _applied = _board_of_two(qtbot, window, colleague)
    applied_on = clock.today()
    clock.advance(days=5)
    column = shown.board.columns["new"]
    index = column.cards.index(next(row for row in range(column.count()) if column.cards.rows[row].name == "Anna Peeters"))
    qtbot.mouseClick(column.viewport(), Qt.MouseButton.LeftButton, pos=column.visualRect(index).center())
    qtbot.keyClick(column, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # on to Screening
    qtbot.waitUntil(lambda: _cards(shown)["screening"] == ["Anna Peeters"], timeout=WAIT)
    assert _tooltip(shown, "Anna Peeters") == \
        f"Applied on {short_date(applied_on)}; in this stage since {short_date(clock.today())}"
    assert _tooltip(shown, "Bram Maes") == f"Applied on {short_date(applied_on)}; in this stage since {short_date(applied_on)}"
    assert _server_stages(colleague, vacancy.vacancy_id)["Anna Peeters"] == "screening"


def test_lock_leaves_no_vacancy_in_the_dock_which_lists_the_local_vaults_vacancies_again(qtbot, controller, team_folder, colleague,
                                                                                       keychain, clock, vault_folder):
    TeamVacancies(colleague).add(VacancyEdit("Payroll officer", "Acme NV"))
    panel = open_in_app(qtbot, controller, team_folder)
    window = controller.window
    vacancies = _open_vacancies(qtbot, panel)
    qtbot.waitUntil(lambda: _table(vacancies).model().rowCount() == 1, timeout=WAIT)
    board = open_board(qtbot, vacancies)
    assert "Payroll officer" in board.windowTitle() and _table(vacancies).model().index(0, 1).data() == "Acme NV"  # the control
    menu_item(window, "&Vault", "&Lock").trigger()
    assert window.team is None and vacancies.panel is None and vacancies.board_window is None
    assert isinstance(vacancies.dock.widget(), QLabel) and vacancies.dock.widget().text() == "The vault is locked."
    shown = [widget.windowTitle() for widget in QApplication.topLevelWidgets() if widget.isVisible()]
    assert not any("Payroll" in title for title in shown)
    assert "Cancel vacancy…" not in [action.text() for action in vacancies.menu.actions()]  # the team's items left with it

    vault, _key = create_vault(vault_folder, keychain, clock, preset="nl-ap")
    add_vacancy(vault, "Warehouse lead", client="Depot BV", opened_on=clock.today())
    try:
        show(qtbot, window, vault)
        local = vacancies.panel
        assert local is not None
        qtbot.waitUntil(lambda: local.model.rowCount() == 1, timeout=WAIT)
        assert isinstance(local._source, LocalVacanciesSource) and local.model.rows[0].title == "Warehouse lead"
        assert not local.table.isColumnHidden(5)  # a local vault counts per stage
        assert [action.text() for action in vacancies.menu.actions() if action.isVisible() and not action.isSeparator()] == [
            "&Vacancies", "&New vacancy…", "&Open vacancy", "&Import CVs into vacancy…", "Vacancy &filled…",
            "&Blind first review…"]
    finally:
        window.show_locked()
        vault.close()


def test_a_move_on_the_board_reads_the_applicants_row_again_without_waiting_for_the_change_feed(qtbot, window, colleague, clock):
    shown, vacancy, _applied = _board_of_two(qtbot, window, colleague)
    listener, window.listener = window.listener, None  # the feed drops: only the board's own write can move the countdown
    listener.stop()
    with qtbot.waitSignal(shown.changed, timeout=WAIT):
        _drag_card(shown, "Bram Maes", "rejected")
    assert _server_stages(colleague, vacancy.vacancy_id)["Bram Maes"] == "rejected"
    qtbot.waitUntil(lambda: _cell(window, "Bram Maes", DEADLINE) == short_date(clock.today() + dt.timedelta(weeks=4)),
                    timeout=WAIT)


def test_a_list_the_server_cannot_give_is_said_in_words_in_the_status_bar(qtbot, window, monkeypatch):
    from recruitdesk import errors

    vacancies = _open_vacancies(qtbot, window)

    def unreachable(_service):
        raise errors.TeamServerUnreachable(server="db.example:5432")

    monkeypatch.setattr(TeamVacancies, "vacancies", unreachable)  # the server goes away before the next read
    tick(qtbot, vacancies.panel.closed_check)  # reads the list again
    bar = window.main.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage().startswith("The team server db.example:5432 cannot be reached."), timeout=WAIT)
