"""Vacancies through the real window: create one, import three CVs into it, move them through
the stages (keyboard on the board and in the list, drag and drop), close it with one hire, and
see two countdowns start on that day under the preset's rule."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, QMimeData, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from recruitdesk.dates import short_date
from recruitdesk.gui.shell.main_window import MainWindow
from recruitdesk.services.candidate_detail import candidate_detail
from recruitdesk.gui.vacancies.board import CARD_MIME
from recruitdesk.gui.vacancies.vacancy_window import LIST_TAB
from recruitdesk.store.models import RetentionState
from tests.gui.import_support import JAN, PIET, drop, move_card
from tests.gui.test_import_dialog import TIMEOUT, import_all, wait_idle
from tests.gui.user_actions import choose, click, click_standard, tick
from tests.importing import make_files


def _drop_card(column, application_id: int) -> None:
    mime = QMimeData()
    mime.setData(CARD_MIME, QByteArray(str(application_id).encode()))
    move_card(column, mime)


def _activate(qtbot, widget) -> None:
    """Bring ``widget``'s window to the front, as a click on it would; keys then reach it."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def _shown_window(qtbot, clock, vault) -> MainWindow:
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.rows_loaded, timeout=TIMEOUT):
        window.show_vault(vault)
    return window


def _stages(board) -> dict[str, str]:
    return {row.name: row.stage for row in board.applications}


def test_a_vacancy_from_creation_to_filled_through_the_window(qtbot, clock, new_vault, tmp_path):
    vault, _ = new_vault  # preset nl-ap: not hired -> 4 weeks after the end of the procedure
    files = [tmp_path / "jan.txt", tmp_path / "piet.txt", tmp_path / "griet.docx"]
    files[0].write_text(JAN, encoding="utf-8")
    files[1].write_text(PIET, encoding="utf-8")
    make_files.write_docx(files[2], make_files.dutch_cv_lines())
    window = _shown_window(qtbot, clock, vault)
    feature = window.vacancies
    choose(window, "Vaca&ncies", "&Vacancies")
    assert feature.dock.isVisible() and feature.panel is not None and feature.panel.search_edit.hasFocus()

    # New vacancy: the menu item, type the title, OK.
    choose(window, "Vaca&ncies", "&New vacancy…")
    dialog = feature.vacancy_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.title_edit, "Boekhouder")
    qtbot.keyClicks(dialog.client_edit, "Brouwerij De Zon")
    with qtbot.waitSignal(feature.panel.loaded, timeout=TIMEOUT):
        click_standard(qtbot, dialog.buttons, QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: feature.panel.current_row() is not None and feature.panel.current_row().title == "Boekhouder")

    # Import three CVs into it: Vacancies > Import CVs into vacancy…, then the import dialog.
    window.importer.choose_files = lambda parent: list(files)
    choose(window, "Vaca&ncies", "&Import CVs into vacancy…")
    importing = window.importer.dialog
    assert importing is not None and importing.windowTitle() == "Import CVs into a vacancy"
    wait_idle(qtbot, importing)
    with qtbot.waitSignal(window.rows_loaded, timeout=TIMEOUT):
        import_all(qtbot, importing)
    importing.reject()
    qtbot.waitUntil(lambda: feature.panel.current_row() is not None and feature.panel.current_row().counts == {"new": 3}, timeout=TIMEOUT)

    # Blind first review from the Vacancies menu: three CVs as numbers, no name anywhere on screen.
    choose(window, "Vaca&ncies", "&Blind first review…")
    review = window.blind_review.review_dialog
    assert review is not None and review.isVisible()
    qtbot.waitUntil(lambda: review.list.count() == 3 and review.shown_cv is not None and not review.busy(), timeout=TIMEOUT)
    assert [review.list.item(i).text() for i in range(3)] == ["CV 1 of 3", "CV 2 of 3", "CV 3 of 3"]
    assert not any(name in review.text_view.toPlainText() for name in ("Jan", "Piet", "Griet", "Peeters"))
    review.reject()

    # Open it with Enter in the list: the board shows the three in New.
    _activate(qtbot, window)
    feature.panel.table.setFocus()
    qtbot.keyClick(feature.panel.table, Qt.Key.Key_Return)
    board = feature.board_window
    assert board is not None
    qtbot.waitUntil(lambda: board.vacancy is not None and not board.busy, timeout=TIMEOUT)
    assert board.board.columns["new"].count() == 3
    names = sorted(_stages(board))
    griet, jan, piet = names
    assert (griet, jan, piet) == ("Griet Van den Broeck", "Jan Peeters", "Piet de Vries")
    ids = {row.name: row.id for row in board.applications}

    # Keyboard on the board: select Jan's card, Alt+Right twice -> Interview.
    _activate(qtbot, board)
    board.board.select_application(ids[jan])
    for _ in range(2):
        qtbot.keyClick(board.board.columns["new" if _ == 0 else "screening"], Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: not board.busy, timeout=TIMEOUT)
    assert _stages(board)[jan] == "interview"
    # Drag and drop: Griet's card onto Offer.
    _drop_card(board.board.columns["offer"], ids[griet])
    qtbot.waitUntil(lambda: not board.busy and _stages(board)[griet] == "offer", timeout=TIMEOUT)
    # The list, with the keyboard: Piet one stage on, then back and on again.
    qtbot.mouseClick(board.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=board.tabs.tabBar().tabRect(LIST_TAB).center())
    assert board.tabs.currentIndex() == LIST_TAB
    board.list.select_application(ids[piet])
    board.list.setFocus()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Left):
        qtbot.keyClick(board.list, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: not board.busy, timeout=TIMEOUT)
    assert _stages(board) == {griet: "offer", jan: "interview", piet: "screening"}
    assert board.list.current_application() == ids[piet]

    # Rating (Ctrl+4), tags and "Interview scheduled…" for Piet, from the list.
    qtbot.keyClick(board.list, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not board.busy, timeout=TIMEOUT)
    board.ask_text = lambda parent, title, label, text: ("excel, rijbewijs B", True)
    with qtbot.waitSignal(board.saved, timeout=TIMEOUT):
        click(qtbot, board.tags_button)
    with qtbot.waitSignal(board.saved, timeout=TIMEOUT):
        click(qtbot, board.interview_button)
    qtbot.waitUntil(lambda: not board.busy, timeout=TIMEOUT)
    [piet_row] = [row for row in board.applications if row.name == piet]
    assert (piet_row.rating, piet_row.tags) == (4, ("excel", "rijbewijs B"))
    assert board.list.model_.data(board.list.model_.index(board.list.model_.rows.index(piet_row), 5)) == "★★★★"
    timeline = [entry.text() for entry in candidate_detail(vault, piet_row.candidate_id).timeline]
    assert timeline[-3:] == ["Application rated", "Application tags changed", "Interview scheduled"]

    # Vacancy filled…: tick Jan (Griet, in Offer, is ticked already: untick her), close.
    click(qtbot, board.filled_button)
    closing = feature.close_dialog_
    assert closing is not None and closing.isVisible()
    assert closing.hired_checks[ids[griet]].isChecked()
    tick(qtbot, closing.hired_checks[ids[griet]])
    tick(qtbot, closing.hired_checks[ids[jan]])
    assert closing.hired() == [ids[jan]]
    with qtbot.waitSignal(feature.vacancy_closed, timeout=TIMEOUT) as closed:
        click_standard(qtbot, closing.buttons, QDialogButtonBox.StandardButton.Ok)
    vacancy_id, rejected = closed.args
    assert sorted(rejected) == sorted([ids[griet], ids[piet]])
    # The rejection drafts are offered at once, one per rejected candidate, in their language.
    drafts = window.rejections.drafts_dialog
    assert drafts is not None and drafts.isVisible()
    qtbot.waitUntil(lambda: drafts.list.count() == 2 and not drafts.busy(), timeout=TIMEOUT)
    items = [drafts.list.item(i).text() for i in range(2)]
    assert sorted(items) == sorted([f"{griet} (NL)", f"{piet} (EN)"])  # Piet's CV is in English
    drafts.list.setCurrentRow(items.index(f"{griet} (NL)"))
    assert drafts.subject_edit.text() == "Uw sollicitatie voor Boekhouder"
    assert "Wij bewaren de gegevens van uw sollicitatie tot 4 weken na het einde van de procedure" in drafts.body_edit.toPlainText()
    drafts.reject()

    today = clock.today()
    qtbot.waitUntil(lambda: not board.busy and board.vacancy.status == "filled", timeout=TIMEOUT)
    assert _stages(board) == {griet: "rejected", jan: "hired", piet: "rejected"}
    assert not board.filled_button.isEnabled() and not board.next_button.isEnabled()
    ended = {row.name: board.list.model_.index(number, 4).data() for number, row in enumerate(board.list.model_.rows)}
    assert ended == {griet: short_date(today), jan: short_date(today), piet: short_date(today)}  # the list's Ended column
    qtbot.waitUntil(lambda: {window.model.row_at(r).name: window.model.row_at(r).due_on for r in range(window.model.rowCount())}.get(piet)
                    == today + dt.timedelta(weeks=4), timeout=TIMEOUT)
    due = {window.model.row_at(r).name: window.model.row_at(r).due_on for r in range(window.model.rowCount())}
    assert due[griet] == due[piet] == today + dt.timedelta(weeks=4)
    with vault.read_session() as session:
        rules = {state.candidate_id: state.rule for state in session.scalars(select(RetentionState))}
    by_name = {row.name: row.candidate_id for row in board.applications}
    assert (rules[by_name[griet]], rules[by_name[piet]], rules[by_name[jan]]) == ("not_hired", "not_hired", "hired_default")
    assert "Filled" in board.header.text()
    assert feature.panel.current_row() is None or feature.panel.current_row().id != vacancy_id or not feature.panel.current_row().is_active

    # Locking forgets the list and closes the board.
    window.show_locked()
    assert feature.panel is None and feature.board_window is None


def test_files_dropped_on_a_vacancy_open_the_import_for_it(qtbot, clock, new_vault, tmp_path):
    from recruitdesk.services.vacancies import add_vacancy

    vault, _ = new_vault
    add_vacancy(vault, "Magazijnier")
    (tmp_path / "jan.txt").write_text(JAN, encoding="utf-8")
    window = _shown_window(qtbot, clock, vault)
    choose(window, "Vaca&ncies", "&Vacancies")
    panel = window.vacancies.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=TIMEOUT)
    table = panel.table
    drop(table.viewport(), [tmp_path / "jan.txt"], table.visualRect(panel.model.index(0, 0)).center())
    importing = window.importer.dialog
    assert importing is not None and importing.windowTitle() == "Import CVs into a vacancy"
    wait_idle(qtbot, importing)
    import_all(qtbot, importing)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and panel.model.row_at(0).counts == {"new": 1}, timeout=TIMEOUT)


def test_reopening_a_filled_vacancy_and_putting_it_on_hold_through_edit(qtbot, clock, new_vault):
    """Edit… on a filled vacancy's board: reopen it (the dialog says nobody comes back by
    itself), see every application where it was, take one back by moving it, then put the
    vacancy on hold; each status change is audited."""
    from recruitdesk.services.applications import apply
    from recruitdesk.services.candidates import add_candidate
    from recruitdesk.services.vacancies import add_vacancy
    from recruitdesk.services.vacancy_closing import close_vacancy
    from recruitdesk.store.models import AuditEntry
    from tests.gui.user_actions import choose_in_combo

    vault, _ = new_vault
    vacancy = add_vacancy(vault, "Heftruckchauffeur")
    ann, bert = (add_candidate(vault, name) for name in ("Ann Smets", "Bert Claes"))
    hired, rejected = apply(vault, ann, vacancy), apply(vault, bert, vacancy)
    close_vacancy(vault, vacancy, hired=[hired])
    with vault.read_session() as session:
        due_before = session.get(RetentionState, bert).due_on
    window = _shown_window(qtbot, clock, vault)
    feature = window.vacancies
    choose(window, "Vaca&ncies", "&Vacancies")
    panel = feature.panel
    qtbot.waitUntil(lambda: not panel.loading, timeout=TIMEOUT)
    assert panel.model.rowCount() == 0  # filled vacancies are hidden until asked for
    tick(qtbot, panel.closed_check)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and panel.current_row() is not None, timeout=TIMEOUT)
    choose(window, "Vaca&ncies", "&Open vacancy")
    board = feature.board_window
    qtbot.waitUntil(lambda: board.vacancy is not None and not board.busy, timeout=TIMEOUT)
    assert not board.next_button.isEnabled() and not board.filled_button.isEnabled()

    click(qtbot, board.edit_button)
    dialog = feature.vacancy_dialog
    assert dialog is not None and dialog.isVisible() and dialog.status_combo.currentText() == "Filled"
    assert "cannot move" in dialog.status_note.text()
    choose_in_combo(qtbot, dialog.status_combo, "Reopen: open")
    assert "Reopening brings nobody back by itself: the 2 applications that ended stay ended" in dialog.status_note.text()
    with qtbot.waitSignal(board.loaded, timeout=TIMEOUT):
        click_standard(qtbot, dialog.buttons, QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: not board.busy and board.vacancy.status == "open", timeout=TIMEOUT)
    assert board.vacancy.closed_on is None and board.next_button.isEnabled()
    assert _stages(board) == {"Ann Smets": "hired", "Bert Claes": "rejected"}  # nobody resurrected, nobody lost
    with vault.read_session() as session:
        assert session.get(RetentionState, bert).due_on == due_before

    # Bert is in again: the recruiter moves his card back to Interview, which reopens his procedure.
    _drop_card(board.board.columns["interview"], rejected)
    qtbot.waitUntil(lambda: not board.busy and _stages(board)["Bert Claes"] == "interview", timeout=TIMEOUT)
    assert next(row for row in board.applications if row.id == rejected).outcome == "open"

    click(qtbot, board.edit_button)
    dialog = feature.vacancy_dialog
    assert [dialog.status_combo.itemText(i) for i in range(dialog.status_combo.count())] == ["Open", "On hold"]
    choose_in_combo(qtbot, dialog.status_combo, "On hold")
    assert "stay active" in dialog.status_note.text()
    with qtbot.waitSignal(board.loaded, timeout=TIMEOUT):
        click_standard(qtbot, dialog.buttons, QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: not board.busy and board.vacancy.status == "on_hold", timeout=TIMEOUT)
    assert "On hold" in board.header.text() and board.next_button.isEnabled()
    with vault.read_session() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.action.like("vacancy.%")).order_by(AuditEntry.id)))
    assert actions == ["vacancy.added", "vacancy.closed", "vacancy.edited", "vacancy.reopened", "vacancy.edited",
                       "vacancy.status_changed"]
