"""A recruiter's first week (issue 21): adding a candidate by hand, the empty states, the
requests button that opens the register, and the confirmation after an export.

Every step clicks or types into the real controls; dialogs open non-blocking, so no sleeping.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from recruitdesk import i18n
from recruitdesk.gui.candidates.table_model import STATUS
from recruitdesk.gui.shell.main_window import MESSAGE_PAGE, TABLE_PAGE, MainWindow
from recruitdesk.gui.shell.translation import install_language, remove_translators
from recruitdesk.services import notes
from recruitdesk.services.candidates import candidate_rows

from tests.gui.retention_support import add_not_hired, refreshed, show
from tests.gui.retention_support import new_vault  # noqa: F401 - waits for workers before closing
from tests.gui.user_actions import button_named, choose, click, click_standard, click_toolbar, menu_item

WAIT = 20000


@pytest.fixture
def desk(qtbot, clock, new_vault):
    vault, _key = new_vault
    otto = add_not_hired(vault, clock, "Otto Janssens", dt.date(2026, 2, 20), email="otto@example.be")
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    show(qtbot, window, vault)
    return window, vault, otto


def _type(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_new_candidate_from_the_menu_is_validated_like_the_pane_saved_selected_and_counted_down(qtbot, desk, clock):
    window, vault, otto = desk
    choose(window, "&Candidate", "&New candidate…")
    dialog = window.new_candidate.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.focusWidget() is dialog.name_field  # typing starts with the name

    click_standard(qtbot, dialog.buttons, QDialogButtonBox.StandardButton.Save)  # no name
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=WAIT)
    assert dialog.error_label.text() == "Enter the candidate's name."

    _type(qtbot, dialog.name_field, "Sanne de Vries")
    _type(qtbot, dialog.email_field, "sanne@")
    click_standard(qtbot, dialog.buttons, QDialogButtonBox.StandardButton.Save)
    qtbot.waitUntil(lambda: "not a valid email" in dialog.error_label.text(), timeout=WAIT)
    # the detail pane refuses the same address with the same words
    window.select_ids([otto])
    pane = window.candidate_detail.pane
    window.candidate_detail.follow_selection()
    qtbot.waitUntil(lambda: pane.detail is not None, timeout=WAIT)
    pane.email_field.setText("sanne@")
    with qtbot.waitSignal(pane.save_failed, timeout=WAIT) as refused:
        click(qtbot, pane.save_button)
    assert refused.args[0] == dialog.error_label.text()
    assert len(candidate_rows(vault)) == 1  # nothing saved

    _type(qtbot, dialog.email_field, "Sanne@Example.nl")
    _type(qtbot, dialog.phone_field, "+31 6 1234 5678")
    with refreshed(qtbot, window):
        click_standard(qtbot, dialog.buttons, QDialogButtonBox.StandardButton.Save)
    assert window.new_candidate.dialog is None
    new = next(row for row in candidate_rows(vault) if row.name == "Sanne de Vries")
    assert new.email == "sanne@example.nl"
    assert new.due_on is not None and new.due_on > clock.today()  # a countdown at once
    assert window.selected_ids() == [new.id]
    assert window.model.index(window.model.row_of(new.id), STATUS).data() == "Running"
    assert "countdown has started" in window.statusBar().currentMessage()


def test_new_candidate_with_the_keyboard_only(qtbot, desk):
    window, vault, _otto = desk
    qtbot.keyClick(window.ui.candidateTable, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.new_candidate.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.focusWidget() is dialog.name_field
    # As on a screen, the keys go to the dialog once it is the active window: until then the
    # application's focus is still the table, whose Return shortcut (open the candidate) would
    # take the Enter below (seen under load, when the window manager's activation came late).
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name_field, timeout=WAIT)
    qtbot.keyClicks(dialog.focusWidget(), "Ilse Peeters")
    with refreshed(qtbot, window):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter saves
    assert [row.name for row in candidate_rows(vault)].count("Ilse Peeters") == 1
    assert window.name_of(window.current_id()) == "Ilse Peeters"


def test_a_search_without_result_says_so_and_its_link_clears_it(qtbot, desk):
    window, _vault, _otto = desk
    with qtbot.waitSignal(window.search.applied, timeout=WAIT):
        qtbot.keyClicks(window.search.field, "python")
    assert window.ui.contentStack.currentIndex() == MESSAGE_PAGE
    assert window.ui.emptyStateLabel.isVisible()
    assert window.ui.emptyStateLabel.text() == "No candidate matches 'python'."
    assert not window.empty_states.new_button.isVisible()
    with qtbot.waitSignal(window.search.applied, timeout=WAIT) as applied:
        click(qtbot, window.empty_states.clear_button)
    assert applied.args[0] == 1
    assert window.search.field.text() == ""
    assert window.ui.contentStack.currentIndex() == TABLE_PAGE
    assert window.ui.candidateTable.isVisible()


def test_an_empty_vault_offers_the_first_steps(qtbot, clock, new_vault):
    vault, _key = new_vault
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.show()
    show(qtbot, window, vault)
    assert window.ui.contentStack.currentIndex() == MESSAGE_PAGE
    assert "No candidates yet" in window.ui.emptyStateLabel.text()
    assert window.empty_states.import_button.isVisible()
    assert not window.empty_states.clear_button.isVisible()
    click(qtbot, window.empty_states.new_button)
    dialog = window.new_candidate.dialog
    assert dialog is not None and dialog.isVisible()
    _type(qtbot, dialog.name_field, "Eerste Kandidaat")
    with refreshed(qtbot, window):
        click_standard(qtbot, dialog.buttons, QDialogButtonBox.StandardButton.Save)
    assert window.ui.contentStack.currentIndex() == TABLE_PAGE
    assert window.selected_ids() == [candidate_rows(vault)[0].id]
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        window.show_locked()
        window.show_vault(vault)
    assert not window.empty_states.new_button.isVisible()


def test_the_requests_button_opens_and_focuses_the_register_every_time(qtbot, desk):
    window, _vault, _otto = desk
    action = window.requests.open_action
    assert menu_item(window, "Re&quests", "Rights &requests") is action
    for _click in range(2):  # a second click must not hide it
        click_toolbar(qtbot, window, action)
        assert window.requests.dock.isVisible()
        qtbot.waitUntil(lambda: window.requests.panel.table.hasFocus(), timeout=WAIT)
        window.ui.candidateTable.setFocus()


def test_an_export_ends_with_a_confirmation_that_shows_the_folder(qtbot, desk, tmp_path):
    window, _vault, otto = desk
    out = tmp_path / "out"
    opened = []
    window.exporting.open_url = lambda url: opened.append(url) or True
    window.exporting.choose_export_folder = lambda parent: str(out)
    window.select_ids([otto])
    choose(window, "&Candidate", "E&xport data…")
    dialog = window.exporting.export_dialog
    click(qtbot, button_named(dialog, "&Browse…"))
    dialog.protect_box.setChecked(False)
    with qtbot.waitSignal(dialog.exported, timeout=WAIT) as exported:
        click(qtbot, dialog.export_button)
    box = window.exporting.done_box
    assert box is not None and box.isVisible()
    assert "Otto Janssens" in box.text()
    assert "outside the encrypted vault" in box.informativeText()
    click(qtbot, box.show_button)
    assert [url.toLocalFile() for url in opened] == [str(exported.args[0].path)]
    qtbot.waitUntil(lambda: window.exporting.done_box is None, timeout=WAIT)


@pytest.mark.parametrize(("language", "one", "two"), [
    ("en", "1 screening note.", "2 screening notes."),
    ("nl", "1 screeningsnotitie.", "2 screeningsnotities."),
    ("fr", "1 note de présélection.", "2 notes de présélection."),
])
def test_counted_sentences_are_singular_for_one(qtbot, qapp, desk, language, one, two):
    window, vault, otto = desk
    _language, translators = install_language(qapp, language)
    try:
        notes.add_note(vault, otto, notes.INTERVIEW, "Sterke kandidaat.")
        window.select_ids([otto])
        for expected in (one, two):
            choose(window, "&Candidate", "Screening &notes…")  # the menu was built in English
            dialog = window.candidates.notes_dialog
            qtbot.waitUntil(lambda dialog=dialog, expected=expected: dialog.status_label.text() == expected, timeout=WAIT)
            dialog.reject()
            notes.add_note(vault, otto, notes.INTERVIEW, "Tweede gesprek.")
    finally:
        remove_translators(qapp, translators)
        i18n.set_language("en")


def test_an_export_for_an_access_request_is_confirmed_too(qtbot, desk, tmp_path, clock):
    from recruitdesk.services import rights_requests as rr

    window, vault, otto = desk
    rr.register(vault, "access", clock.today(), otto, identity_check="mail")
    click_toolbar(qtbot, window, window.requests.open_action)
    panel = window.requests.panel
    panel.refresh()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT)
    opened = []
    panel.open_url = lambda url: opened.append(url) or True
    panel.choose_export_folder = lambda parent: str(tmp_path / "request")
    panel.table.selectRow(0)
    click(qtbot, panel.export_button)
    dialog = next(child for child in panel.findChildren(QDialog) if child.isVisible())
    click(qtbot, button_named(dialog, "&Browse…"))
    dialog.protect_box.setChecked(False)
    with qtbot.waitSignal(dialog.exported, timeout=WAIT) as exported:
        click(qtbot, dialog.export_button)
    box = panel.done_box
    assert box is not None and box.isVisible() and "Otto Janssens" in box.text()
    click(qtbot, box.show_button)
    assert [url.toLocalFile() for url in opened] == [str(exported.args[0].path)]


def test_a_person_on_the_suppression_list_is_added_with_a_warning(qtbot, desk):
    from recruitdesk.services.suppression import do_not_contact_again

    window, vault, otto = desk
    do_not_contact_again(vault, otto)
    choose(window, "&Candidate", "&New candidate…")
    dialog = window.new_candidate.dialog
    _type(qtbot, dialog.name_field, "Otto J.")
    _type(qtbot, dialog.email_field, "otto@example.be")
    with refreshed(qtbot, window):
        click_standard(qtbot, dialog.buttons, QDialogButtonBox.StandardButton.Save)
    assert "suppression list" in window.statusBar().currentMessage()
    assert window.name_of(window.current_id()) == "Otto J."
