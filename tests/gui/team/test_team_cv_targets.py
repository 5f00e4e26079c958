"""CV files into a team with a target, as in a local vault: dropped on the selected candidate's row they
are added to that candidate (the same review, its refusals and its password question), and imported
into a vacancy (Vacancies > Import CVs into vacancy…, or dropped on the vacancy) the new candidates
are in its procedure, each file with its application in one transaction; phone numbers are read in the
country of the team's firm; a read-only DPO imports nothing and is told why, and Lock closes the review.

Real DOCX and PDF files (``tests.importing.make_files``), a real PostgreSQL server, and a second
client (``colleague``) that reads what the server holds."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from recruitdesk.gui.importing.dialog import ImportDialog
from recruitdesk.gui.importing.models import APPLIED, STATUS, WAITING
from recruitdesk.services import team_documents, team_firm
from recruitdesk.services.team_firm import FirmProfile
from recruitdesk.services.team_desk import PersonalFields
from recruitdesk.services.team_vacancies import TeamVacancies, VacancyEdit
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.candidates import read_candidate
from recruitdesk.team.roles import Role
from tests.gui.import_support import drop
from tests.gui.team.password_pdf import write_password_pdf
from tests.gui.team.team_support import hosted_team, open_board, open_in_app, select_candidate
from tests.gui.test_import_dialog import row_of
from tests.gui.test_import_review import check_box_click
from tests.gui.user_actions import click, menu_item
from tests.importing import make_files

WAIT = 20_000
READING = 120_000  # the extraction sandbox starts cold


@pytest.fixture
def window(qtbot, team_folder, keychain, clock):
    shown = hosted_team(qtbot, team_folder, lambda: keychain, clock)
    with qtbot.waitSignal(shown.rows_loaded, timeout=WAIT):
        shown.open_team()
    yield shown
    shown.close()


def _read(qtbot, dialog: ImportDialog) -> ImportDialog:
    qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() > 0
                    and all(row.state != WAITING for row in dialog.model.rows), timeout=READING)
    return dialog


def _drop_on_row(qtbot, window, name: str, paths) -> ImportDialog:
    """Drop the files on ``name``'s line of the team's list; the import dialog once every file is read."""
    row = window.model.names().index(name)
    where = window.table.visualRect(window.model.index(row, 0)).center()
    with qtbot.waitSignal(window.imported, timeout=WAIT) as opened:
        drop(window.table.viewport(), paths, where)
    dialog = opened.args[0]
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    return _read(qtbot, dialog)


def _import(qtbot, dialog) -> dict:
    with qtbot.waitSignal(dialog.import_finished, timeout=READING) as finished:
        click(qtbot, dialog.import_button)
    return {result.file: result for result in finished.args[0]}


def _with_colleague(window, colleague, qtbot, name: str, email: str | None = None):
    """A candidate a colleague added, once the team's list shows them."""
    added = colleague.add(PersonalFields(name, email))
    qtbot.waitUntil(lambda: name in window.model.names(), timeout=WAIT)
    return added


def _files_of(colleague, candidate_id) -> list[str]:
    return sorted(document.filename for document in team_documents.documents(colleague, candidate_id))


def test_files_dropped_on_the_selected_candidates_row_are_added_to_them_not_made_new_candidates(qtbot, window, colleague, tmp_path):
    lena = _with_colleague(window, colleague, qtbot, "Lena Maes", "lena.maes@example.be")
    _with_colleague(window, colleague, qtbot, "Bram Claes")
    cv = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines())
    select_candidate(qtbot, window, "Lena Maes")
    # On a row that is not the selected one a drop still means new candidates, as in a local vault.
    dialog = _drop_on_row(qtbot, window, "Bram Claes", [cv])
    assert dialog.windowTitle() == "Import CVs into the team vault" and not dialog.ui.previewTable.isColumnHidden(APPLIED)
    click(qtbot, dialog.close_button)
    assert window.cv_import.dialog is None and len(colleague.rows()) == 2

    dialog = _drop_on_row(qtbot, window, "Lena Maes", [cv])
    assert dialog.windowTitle() == "Add files to the selected candidate"
    assert dialog.ui.previewTable.isColumnHidden(APPLIED)  # no new application is made
    results = _import(qtbot, dialog)
    assert (results["griet.docx"].status, results["griet.docx"].action) == ("imported", "attached")
    assert results["griet.docx"].candidate_id == lena.candidate_id
    assert sorted(row.full_name for row in colleague.rows()) == ["Bram Claes", "Lena Maes"]  # no new candidate
    [row] = [row for row in colleague.rows() if row.candidate_id == lena.candidate_id]
    assert row.email == "lena.maes@example.be"  # her fields stay as they were, whatever the CV says
    assert _files_of(colleague, lena.candidate_id) == ["griet.docx"]
    click(qtbot, dialog.close_button)

    # The same file again: not stored twice, said as a local vault says it.
    again = shutil.copy(cv, tmp_path / "griet-again.docx")
    dialog = _drop_on_row(qtbot, window, "Lena Maes", [again])
    results = _import(qtbot, dialog)
    assert (results["griet-again.docx"].status, results["griet-again.docx"].action) == ("duplicate", "skipped")
    assert _files_of(colleague, lena.candidate_id) == ["griet.docx"]


def test_a_protected_file_dropped_on_a_candidate_asks_its_password_and_an_unreadable_one_says_why(qtbot, window, colleague, tmp_path):
    lena = _with_colleague(window, colleague, qtbot, "Lena Maes")
    locked = write_password_pdf(tmp_path / "locked.pdf", "Lena Maes curriculum", "geheim")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    select_candidate(qtbot, window, "Lena Maes")
    dialog = _drop_on_row(qtbot, window, "Lena Maes", [locked, empty])
    model, table, panel = dialog.model, dialog.ui.previewTable, dialog.password_panel
    protected, refused = row_of(dialog, "locked.pdf"), row_of(dialog, "empty.pdf")
    assert model.index(protected, STATUS).data() == "Protected – enter the password"
    assert "empty.pdf is empty (0 bytes)." in model.row_at(refused).warnings()
    assert dialog.import_button.text() == "&Import"  # nothing readable yet
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(model.index(protected, 1)).center())
    assert panel.isVisible() and "locked.pdf is protected" in panel.label.text()
    qtbot.keyClicks(panel.field, "geheim")
    click(qtbot, panel.open_button)
    _read(qtbot, dialog)
    assert model.row_at(protected).state == "ready" and not panel.isVisible()  # opened with the password
    if not model.row_at(protected).include:  # a one-line page reads as "not a CV?": the recruiter ticks it, as in a local vault
        check_box_click(qtbot, table, protected)
    assert model.row_at(protected).include and dialog.import_button.text() == "&Import 1 file"
    results = _import(qtbot, dialog)
    assert (results["locked.pdf"].status, results["locked.pdf"].action) == ("imported", "attached")
    assert results["empty.pdf"].status == "failed"
    assert _files_of(colleague, lena.candidate_id) == ["locked.pdf"]
    assert [row.full_name for row in colleague.rows()] == ["Lena Maes"]


def test_lock_closes_the_review_of_files_dropped_on_a_candidate_and_stores_nothing(qtbot, controller, team_folder, colleague,
                                                                                   tmp_path):
    lena = colleague.add(PersonalFields("Lena Maes"))
    window = open_in_app(qtbot, controller, team_folder)
    qtbot.waitUntil(lambda: "Lena Maes" in window.model.names(), timeout=WAIT)
    select_candidate(qtbot, window, "Lena Maes")
    cv = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines())
    dialog = _drop_on_row(qtbot, window, "Lena Maes", [cv])
    assert dialog.model.rowCount() == 1 and dialog.windowTitle() == "Add files to the selected candidate"
    menu_item(controller.window, "&Vault", "&Lock").trigger()
    assert not dialog.isVisible() and dialog.model.rowCount() == 0 and controller.window.team is None
    assert _files_of(colleague, lena.candidate_id) == []


def _vacancy_chosen(qtbot, window, title: str):
    """Vacancies > Vacancies, then a click on ``title``'s line of the dock, as a user chooses a vacancy."""
    menu_item(window, "Vaca&ncies", "&Vacancies").trigger()
    vacancies = window.main.vacancies
    qtbot.waitUntil(lambda: vacancies.panel is not None and not vacancies.panel.loading
                    and vacancies.panel.table.model().rowCount() > 0, timeout=WAIT)
    table = vacancies.panel.table
    [row] = [row for row in range(table.model().rowCount()) if table.model().row_at(row).title == title]
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(row, 0)).center())
    assert vacancies.panel.current_row().title == title
    return vacancies


def test_cvs_imported_into_a_team_vacancy_are_new_candidates_in_its_procedure(qtbot, window, colleague, clock, tmp_path):
    vacancy = TeamVacancies(colleague).add(VacancyEdit("Payroll officer", stages=("Screening", "Interview")))
    griet = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines())
    camille = make_files.write_pdf(tmp_path / "cv-camille.pdf", make_files.french_cv_lines())
    vacancies = _vacancy_chosen(qtbot, window, "Payroll officer")
    vacancies.choose_files = lambda _parent: [griet, camille]
    item = menu_item(window, "Vaca&ncies", "&Import CVs into vacancy…")
    assert item.isVisible() and item.isEnabled()
    with qtbot.waitSignal(window.imported, timeout=WAIT) as opened:
        item.trigger()
    dialog = _read(qtbot, opened.args[0])
    assert dialog.windowTitle() == "Import CVs into a vacancy"
    assert TeamVacancies(colleague).applicants(vacancy.vacancy_id) == []  # the review stores nothing
    results = _import(qtbot, dialog)
    assert {file: result.action for file, result in results.items()} == {"griet.docx": "created", "cv-camille.pdf": "created"}
    applicants = TeamVacancies(colleague).applicants(vacancy.vacancy_id)
    first = vacancy.stages[0]
    assert sorted((row.full_name, row.stage, row.outcome) for row in applicants) == [
        ("Camille Dubois", first, "open"), ("Griet Van den Broeck", first, "open")]
    assert {row.candidate_id for row in applicants} == {result.candidate_id for result in results.values()}


def test_cvs_dropped_on_a_team_vacancy_go_into_it_and_a_closed_vacancy_stores_nothing(qtbot, window, colleague, tmp_path):
    service = TeamVacancies(colleague)
    vacancy = service.add(VacancyEdit("Payroll officer"))
    vacancies = _vacancy_chosen(qtbot, window, "Payroll officer")
    table = vacancies.panel.table
    griet = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines())
    with qtbot.waitSignal(window.imported, timeout=WAIT) as opened:
        drop(table.viewport(), [griet], table.visualRect(table.model().index(0, 0)).center())
    dialog = _read(qtbot, opened.args[0])
    assert dialog.windowTitle() == "Import CVs into a vacancy"
    service.close(vacancy.vacancy_id, vacancy.version, [])  # a colleague closes it during the review
    with qtbot.waitSignal(dialog.import_finished, timeout=READING) as finished:
        click(qtbot, dialog.import_button)
    assert [result.status for result in finished.args[0]] == ["failed"]
    assert "This vacancy is already closed (filled or cancelled)" in dialog.ui.summaryLabel.text()
    assert colleague.rows() == []  # no candidate without their application


def test_a_read_only_dpo_cannot_import_into_a_vacancy_nor_add_files_to_a_candidate_and_is_told_why(
        qtbot, tmp_path, team_folder, team_database_url, keychain, second_keychain, colleague, clock):
    TeamVacancies(colleague).add(VacancyEdit("Payroll officer"))
    lena = colleague.add(PersonalFields("Lena Maes"))
    invitation = invite_member(team_folder, keychain, clock, "Dora", Role.DPO)
    join_team_vault(tmp_path / "dora", team_database_url, invitation.code, second_keychain, clock)
    window = hosted_team(qtbot, tmp_path / "dora", lambda: second_keychain, clock)
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        window.open_team()
    try:
        reason = "You have read-only access to this team vault (data protection officer): you cannot import CVs."
        vacancies = _vacancy_chosen(qtbot, window, "Payroll officer")
        assert not vacancies.import_action.isVisible()
        cv = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines())
        table = vacancies.panel.table
        drop(table.viewport(), [cv], table.visualRect(table.model().index(0, 0)).center())
        assert window.cv_import.dialog is None and window.main.statusBar().currentMessage() == reason
        window.main.statusBar().clearMessage()
        select_candidate(qtbot, window, "Lena Maes")
        row = window.table.visualRect(window.model.index(0, 0)).center()
        drop(window.table.viewport(), [cv], row)
        assert window.cv_import.dialog is None and window.main.statusBar().currentMessage() == reason
        assert _files_of(colleague, lena.candidate_id) == [] and TeamVacancies(colleague).applicants(
            TeamVacancies(colleague).vacancies()[0].vacancy_id) == []
    finally:
        window.close()


def test_phone_numbers_in_dropped_cvs_are_read_in_the_country_of_the_teams_firm_profile(qtbot, window, colleague, tmp_path):
    # "0475 12 34 56" is a Belgian mobile number and a Dutch one (Roermond): the firm's country decides, as in a local vault.
    team_firm.save(colleague, team_firm.current(colleague).version, FirmProfile("Acme Werving", firm_country="NL"))
    cv = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines(phone="0475 12 34 56"))
    with qtbot.waitSignal(window.imported, timeout=WAIT) as opened:
        drop(window.table.viewport(), [cv])
    dialog = _read(qtbot, opened.args[0])
    assert dialog.model.row_at(0).preview.phone == "+31475123456"  # what the review shows and stores
    [result] = _import(qtbot, dialog).values()
    stored = colleague.run(lambda engine, team: read_candidate(engine, team, result.candidate_id))
    assert stored.personal.phone == "+31475123456"


def test_saving_retention_settings_keeps_the_firms_country_which_the_dialog_does_not_edit(qtbot, window, colleague):
    team_firm.save(colleague, team_firm.current(colleague).version, FirmProfile("Acme Werving", firm_country="NL"))
    menu_item(window, "&Retention", "Retention &settings…").trigger()
    dialog = window.policy_dialog
    qtbot.waitUntil(lambda: dialog.read is not None and dialog.firm_name_edit.isEnabled(), timeout=WAIT)
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    dialog.firm_name_edit.selectAll()
    qtbot.keyClicks(dialog.firm_name_edit, "Acme Werving BV")
    dialog.firm_name_edit.editingFinished.emit()
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        click(qtbot, dialog.save_button)
    saved = team_firm.current(colleague).profile
    assert (saved.firm_name, saved.firm_country) == ("Acme Werving BV", "NL")


def test_the_team_vacancys_board_imports_cvs_into_it(qtbot, window, colleague, tmp_path):
    vacancy = TeamVacancies(colleague).add(VacancyEdit("Payroll officer"))
    griet = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines())
    board = open_board(qtbot, _vacancy_chosen(qtbot, window, "Payroll officer"))
    board.choose_files = lambda _parent: [griet]
    assert board.import_button.isVisible()
    with qtbot.waitSignal(window.imported, timeout=WAIT) as opened:
        click(qtbot, board.import_button)
    dialog = _read(qtbot, opened.args[0])
    assert dialog.windowTitle() == "Import CVs into a vacancy"
    [result] = _import(qtbot, dialog).values()
    [applicant] = TeamVacancies(colleague).applicants(vacancy.vacancy_id)
    assert (applicant.candidate_id, applicant.full_name) == (result.candidate_id, "Griet Van den Broeck")
    qtbot.waitUntil(lambda: [card.applicant.full_name for card in board.applications] == ["Griet Van den Broeck"], timeout=WAIT)
