"""The Candidate dock: profile editing with inline errors, PDF preview from memory, clearing on lock."""

from __future__ import annotations

import os
import tempfile

import pytest
from PySide6.QtCore import QDir, Qt
from PySide6.QtPdf import QPdfDocument

from recruitdesk.gui.candidates.detail import PDF_PAGE, TEXT_PAGE
from recruitdesk.gui.candidates.table_model import EMAIL
from recruitdesk.gui.shell.main_window import MainWindow
from recruitdesk.services.documents import attach_document
from recruitdesk.services.countdown import load_candidate
from tests.importing.make_files import write_pdf


def temp_listing() -> set[str]:
    return set(os.listdir(tempfile.gettempdir()))


@pytest.fixture
def window_with_pdf(qtbot, clock, demo_vault, tmp_path):
    """The main window on the demo vault, with a PDF and a text document attached to candidate 1."""
    vault, _key = demo_vault
    pdf = write_pdf(tmp_path / "cv.pdf", ["Ada Peeters", "Boekhouder in Gent"]).read_bytes()
    (tmp_path / "cv.pdf").unlink()
    with vault.session() as session, session.begin():
        candidate = load_candidate(session, 1)
        attach_document(session, vault.candidate_keys, clock, candidate, "Ada CV.pdf", "application/pdf", pdf,
                        "Ada Peeters\nBoekhouder in Gent")
        attach_document(session, vault.candidate_keys, clock, candidate, "Motivation.txt", "text/plain",
                        b"I would like to work in Gent.", "I would like to work in Gent.")
    return shown_window(qtbot, clock, vault), vault


def shown_window(qtbot, clock, vault):
    """The main window, shown, with ``vault``'s candidates loaded."""
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.rows_loaded, timeout=20000):
        window.show_vault(vault)
    return window


def select(qtbot, window, candidate_id):
    pane = window.candidate_detail.pane
    with qtbot.waitSignal(pane.loaded, timeout=20000) as blocker:
        window.select_ids([candidate_id])
    assert blocker.args == [candidate_id]
    return pane


def show_document(qtbot, pane, filename):
    names = [pane.documents_list.item(row).text() for row in range(pane.documents_list.count())]
    row = next(row for row, name in enumerate(names) if name.startswith(filename))
    if pane.documents_list.currentRow() != row:
        with qtbot.waitSignal(pane.preview_shown, timeout=20000):
            pane.documents_list.setCurrentRow(row)


def test_pdf_preview_is_rendered_from_memory(qtbot, window_with_pdf, tmp_path, monkeypatch):
    window, _vault = window_with_pdf
    # A temporary folder of this test's own (Python's and Qt's both follow TMPDIR), so files
    # other programs write to the shared /tmp meanwhile cannot make the comparison fail.
    private = tmp_path / "temporary-folder"
    private.mkdir()
    monkeypatch.setenv("TMPDIR", str(private))
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    assert QDir.tempPath() == str(private)
    before = temp_listing()
    pane = window.candidate_detail.pane
    with qtbot.waitSignal(pane.preview_shown, timeout=20000):
        select(qtbot, window, 1)
    show_document(qtbot, pane, "Ada CV.pdf")
    qtbot.waitUntil(lambda: pane.pdf_document.status() == QPdfDocument.Status.Ready, timeout=20000)
    assert pane.pdf_document.pageCount() > 0
    assert pane.preview_stack.currentIndex() == PDF_PAGE
    assert temp_listing() == before, "the preview wrote a file to the temporary folder"

    show_document(qtbot, pane, "Motivation.txt")
    assert pane.preview_stack.currentIndex() == TEXT_PAGE
    assert pane.text_view.toPlainText() == "I would like to work in Gent."
    assert pane.text_view.isReadOnly()
    assert pane.pdf_document.pageCount() == 0  # the PDF was closed
    assert pane.timeline_list.count() >= 3  # added, two documents
    assert temp_listing() == before


def test_profile_edit_shows_errors_inline_then_saves(qtbot, window_with_pdf):
    window, _vault = window_with_pdf
    pane = select(qtbot, window, 2)
    pane.email_field.setText("not an email")
    with qtbot.waitSignal(pane.save_failed, timeout=20000) as blocker:
        pane.save_button.click()
    assert "not a valid email address" in blocker.args[0]
    assert pane.error_label.isVisible() and pane.error_label.text() == blocker.args[0]

    pane.email_field.setText("New.Address@Example.BE")
    with qtbot.waitSignals([pane.saved, window.rows_loaded], timeout=20000):
        pane.save_button.click()
    assert not pane.error_label.isVisible()
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.profile.email == "new.address@example.be", timeout=20000)
    row = window.model.row_of(2)
    assert window.model.index(row, EMAIL).data() == "new.address@example.be"
    assert window.selected_ids() == [2]
    qtbot.waitUntil(lambda: any("Contact details edited" in pane.timeline_list.item(i).text()
                                for i in range(pane.timeline_list.count())), timeout=20000)
    assert pane.email_field.text() == "new.address@example.be" and not pane.is_editing()


def test_several_or_no_candidates_selected_empty_the_pane(qtbot, window_with_pdf):
    window, _vault = window_with_pdf
    pane = select(qtbot, window, 1)
    window.select_ids([1, 2])
    qtbot.waitUntil(lambda: pane.candidate_id is None and not pane.body.isVisible(), timeout=5000)
    assert "2 candidates are selected" in pane.message_label.text()
    assert pane.name_field.text() == ""
    window.ui.candidateTable.clearSelection()
    qtbot.waitUntil(lambda: "Select one candidate" in pane.message_label.text(), timeout=5000)


def test_lock_empties_the_pane(qtbot, window_with_pdf):
    window, _vault = window_with_pdf
    pane = window.candidate_detail.pane
    with qtbot.waitSignal(pane.preview_shown, timeout=20000):
        select(qtbot, window, 1)
    show_document(qtbot, pane, "Ada CV.pdf")
    qtbot.waitUntil(lambda: pane.pdf_document.pageCount() > 0, timeout=20000)
    window.show_locked()
    assert pane.candidate_id is None and pane.detail is None
    assert pane.name_field.text() == "" and pane.email_field.text() == ""
    for widget in (pane.documents_list, pane.consents_list, pane.notes_list, pane.requests_list, pane.timeline_list):
        assert widget.count() == 0
    assert pane.text_view.toPlainText() == ""
    assert pane.pdf_document.pageCount() == 0
    assert pane.pdf_document.status() != QPdfDocument.Status.Ready
    assert pane._buffer is None
    assert not pane.body.isVisible()
    assert pane.message_label.text() == "The vault is locked."


def test_dock_toggles_with_ctrl_shift_d_and_has_accessible_names(qtbot, window_with_pdf):
    window, _vault = window_with_pdf
    feature = window.candidate_detail
    assert feature.action.shortcut().toString() == "Ctrl+Shift+D"
    assert feature.dock.isVisible()
    feature.action.trigger()
    assert not feature.dock.isVisible()
    feature.action.trigger()
    assert feature.dock.isVisible()
    pane = feature.pane
    for widget in (pane, pane.name_field, pane.email_field, pane.phone_field, pane.city_field, pane.linkedin_field,
                   pane.save_button, pane.documents_list, pane.text_view, pane.pdf_view, pane.timeline_list):
        assert widget.accessibleName(), widget
    assert feature.dock.objectName() == "candidateDock"
    assert window.dockWidgetArea(feature.dock) == Qt.DockWidgetArea.RightDockWidgetArea


def test_a_change_elsewhere_refreshes_the_pane_and_keeps_preview_and_edits(qtbot, window_with_pdf):
    import datetime as dt

    from recruitdesk.services.consents import give_consent

    window, vault = window_with_pdf
    pane = window.candidate_detail.pane
    with qtbot.waitSignal(pane.preview_shown, timeout=20000):
        select(qtbot, window, 1)
    show_document(qtbot, pane, "Ada CV.pdf")
    consents_before = pane.consents_list.count()
    pane.city_field.setText("Brugge")  # an edit not saved yet
    give_consent(vault, 1, "recruitment_reserve", window.today() - dt.timedelta(days=1), "email", text_version="v9")
    with qtbot.waitSignal(pane.loaded, timeout=20000):
        window.reload()
    texts = [pane.consents_list.item(i).text() for i in range(pane.consents_list.count())]
    assert any(text.startswith("Recruitment reserve: given") for text in texts)
    assert pane.consents_list.count() >= max(consents_before, 1)
    assert pane.city_field.text() == "Brugge"
    assert pane.documents_list.currentItem().text().startswith("Ada CV.pdf")
    assert pane.preview_stack.currentIndex() == PDF_PAGE and pane.pdf_document.pageCount() > 0


def test_an_unlocked_vault_with_nothing_selected_says_so_not_locked(qtbot, clock, demo_vault):
    vault, _key = demo_vault
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.show()
    pane = window.candidate_detail.pane
    assert pane.message_label.text() == "The vault is locked."
    with qtbot.waitSignal(window.rows_loaded, timeout=20000):
        window.show_vault(vault)
    assert window.selected_ids() == []
    assert pane.message_label.text().startswith("No candidate selected.")
    assert "locked" not in pane.message_label.text()
    assert pane.message_label.isVisible() and not pane.body.isVisible()


def test_the_source_is_shown_as_the_word_the_table_shows_not_the_stored_code(qtbot, qapp, window_with_pdf):
    from recruitdesk import i18n
    from recruitdesk.gui.candidates.table_model import SOURCE
    from recruitdesk.gui.shell.translation import install_language, remove_translators

    window, vault = window_with_pdf
    with vault.session() as session, session.begin():
        load_candidate(session, 3).source = "sourced"
    _language, translators = install_language(qapp, "nl")
    try:
        with qtbot.waitSignal(window.rows_loaded, timeout=20000):
            window.reload()
        pane = select(qtbot, window, 3)
        assert pane.source_label.text() == "Zelf benaderd"
        assert window.model.index(window.model.row_of(3), SOURCE).data() == "Zelf benaderd"
    finally:
        remove_translators(qapp, translators)
        i18n.set_language("en")


def test_the_pane_lists_the_applications_and_opens_a_vacancy_board_at_the_candidate(qtbot, clock, new_vault):
    import datetime as dt

    from recruitdesk.services.applications import apply, move_stage, set_rating
    from recruitdesk.services.candidates import add_candidate
    from recruitdesk.services.vacancies import add_vacancy
    from recruitdesk.services.vacancy_closing import close_vacancy
    from tests.gui.user_actions import click

    vault, _ = new_vault
    today = clock.today()
    candidate = add_candidate(vault, "Lena Maes")
    other = add_candidate(vault, "Omar Aziz")
    filled = add_vacancy(vault, "Boekhouder", client="Brouwerij De Zon")
    open_one = add_vacancy(vault, "Planner")
    first = apply(vault, candidate, filled, on=today - dt.timedelta(days=30))
    apply(vault, other, filled, on=today - dt.timedelta(days=30))
    second = apply(vault, candidate, open_one, on=today - dt.timedelta(days=3))
    move_stage(vault, second, "Interview")
    set_rating(vault, second, 4)
    close_vacancy(vault, filled, hired=[], on=today - dt.timedelta(days=1))
    window = shown_window(qtbot, clock, vault)
    pane = select(qtbot, window, candidate)
    tab_bar = pane.tabs.tabBar()
    index = [pane.tabs.tabText(i) for i in range(pane.tabs.count())].index("&Applications")
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(index).center())
    listing = pane.applications_list
    assert listing.isVisible()
    rows = [[listing.topLevelItem(r).text(c) for c in range(5)] for r in range(listing.topLevelItemCount())]
    from recruitdesk.dates import short_date
    assert rows == [
        ["Planner", "Interview", short_date(today - dt.timedelta(days=3)), "Procedure open", "★★★★"],
        ["Boekhouder (Brouwerij De Zon)", "Rejected", short_date(today - dt.timedelta(days=30)),
         f"Not hired on {short_date(today - dt.timedelta(days=1))}", ""],
    ]

    # The button opens the current (newest) application's board at the candidate.
    click(qtbot, pane.open_application_button)
    board = window.vacancies.board_window
    assert board is not None and board.vacancy_id == open_one
    qtbot.waitUntil(lambda: board.vacancy is not None and not board.busy and board.current_application() == second, timeout=20000)
    board.reject()
    # A double-click on the filled vacancy's row opens that board (closed vacancies too).
    item = listing.topLevelItem(1)
    listing.scrollToItem(item)
    position = listing.visualItemRect(item).center()
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=position)
    board = window.vacancies.board_window
    assert board is not None and board.vacancy_id == filled
    qtbot.waitUntil(lambda: board.vacancy is not None and not board.busy and board.current_application() == first, timeout=20000)


def test_a_candidate_in_no_vacancy_says_so_and_cannot_open_a_board(qtbot, clock, new_vault):
    from recruitdesk.services.candidates import add_candidate

    vault, _ = new_vault
    candidate = add_candidate(vault, "Zoë Janssens")
    window = shown_window(qtbot, clock, vault)
    pane = select(qtbot, window, candidate)
    assert pane.applications_list.topLevelItem(0).text(0) == "No applications: this candidate is in no vacancy."
    assert not pane.open_application_button.isEnabled()
