"""Candidate > Documents… in the local window, used as a recruiter uses it.

The same dialog as a team's (``gui.candidates.documents_dialog``), on the local vault's source: real
DOCX and PDF files made here are added (read by the import's pipeline), listed with their type and
exact size; a password-protected PDF is asked for its password and added with it; a copy is saved
with identical bytes and nothing else left in its folder; a wrongly attached document is removed
after a confirmation, and the list, the Candidate dock and the window's search no longer show it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt

from recruitdesk.dates import short_date
from recruitdesk.gui.candidates.documents_dialog import ADDED, NAME, SIZE, TYPE, DocumentsDialog
from recruitdesk.gui.shell.main_window import MainWindow
from recruitdesk.services import candidate_documents

from tests.gui.retention_support import add, show
from tests.gui.retention_support import new_vault  # noqa: F401 - waits for workers before closing
from tests.gui.team.password_pdf import write_password_pdf
from tests.gui.user_actions import click_candidate, click, menu_item
from tests.importing.make_files import write_docx, write_pdf

WAIT = 120_000  # an upper bound: reading files in the sandbox on a machine busy with other work


@pytest.fixture
def desk(qtbot, clock, new_vault):
    """A shown main window over a vault with Lena and Otto."""
    vault, _key = new_vault
    lena = add(vault, clock, "Lena Maes", dt.date(2026, 2, 2), "lena@example.be")
    otto = add(vault, clock, "Otto Janssens", dt.date(2026, 2, 3), "otto@example.be")
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    show(qtbot, window, vault)
    return window, vault, lena, otto


def _open_documents(qtbot, window: MainWindow, candidate_id: int) -> DocumentsDialog:
    click_candidate(qtbot, window, candidate_id)
    menu_item(window, "&Candidate", "&Documents…").trigger()
    dialog = window.candidates.documents.documents_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ready, timeout=WAIT)
    return dialog


def _click_document(qtbot, dialog: DocumentsDialog, filename: str) -> None:
    items = dialog.list.findItems(filename, Qt.MatchFlag.MatchExactly, NAME)
    assert len(items) == 1
    rect = dialog.list.visualItemRect(items[0])
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected() is not None and dialog.selected().filename == filename


def _dock_documents(window: MainWindow) -> list[str]:
    """The file names the Candidate dock's Documents tab lists."""
    shown = window.candidate_detail.pane.documents_list
    return [shown.item(row).text().split(" · ")[0] for row in range(shown.count())]


def _search(qtbot, window: MainWindow, text: str) -> list[str]:
    """Type into the search field as a user does and wait for the table to follow."""
    window.search.field.clear()
    with qtbot.waitSignal(window.search.applied, timeout=WAIT):
        qtbot.keyClicks(window.search.field, text)
    return [window.model.row_at(row).name for row in range(window.model.rowCount())]


def test_documents_is_offered_for_one_selected_candidate_only(qtbot, desk):
    window, _vault, lena, otto = desk
    action = window.candidates.documents.documents_action
    assert action in window.candidate_menu.actions() and not action.isEnabled()  # nothing selected
    click_candidate(qtbot, window, lena)
    assert action.isEnabled()
    click_candidate(qtbot, window, otto, Qt.KeyboardModifier.ControlModifier)
    assert sorted(window.selected_ids()) == sorted([lena, otto]) and not action.isEnabled()


def test_files_are_added_saved_as_identical_copies_and_a_wrong_one_removed_from_the_list_and_the_search(qtbot, tmp_path, desk, clock):
    window, vault, lena, _otto = desk
    dialog = _open_documents(qtbot, window, lena)
    assert dialog.windowTitle() == "Documents of Lena Maes"
    assert dialog.list.topLevelItemCount() == 0 and dialog.empty_label.isVisible()
    assert dialog.add_button.isVisible() and dialog.remove_button.isVisible() and not dialog.read_only_label.isVisible()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    docx = write_docx(inbox / "Lena Maes CV.docx", ["Lena Maes", "Curriculum vitae", "Pottenbakkerij Gent"])
    wrong = write_pdf(inbox / "Iemand Anders.pdf", ["Iemand Anders", "Klokkengieterij Asse"])
    dialog.choose_files = lambda parent: [docx, wrong]

    with qtbot.waitSignal(dialog.loaded, timeout=WAIT, check_params_cb=lambda lines: len(lines) == 2):
        click(qtbot, dialog.add_button)
    rows = [[dialog.list.topLevelItem(row).text(column) for column in (NAME, TYPE, ADDED, SIZE)] for row in range(2)]
    assert rows == [["Lena Maes CV.docx", "Word document", short_date(clock.today()), QLocale().formattedDataSize(docx.stat().st_size)],
                    ["Iemand Anders.pdf", "PDF", short_date(clock.today()), QLocale().formattedDataSize(wrong.stat().st_size)]]
    assert dialog.message_label.text() == "2 files added." and not dialog.error_label.isVisible()
    qtbot.waitUntil(lambda: _dock_documents(window) == ["Lena Maes CV.docx", "Iemand Anders.pdf"], timeout=WAIT)  # the dock follows
    assert _search(qtbot, window, "Klokkengieterij") == ["Lena Maes"]

    out = tmp_path / "chosen"
    out.mkdir()
    dialog.choose_copy_target = lambda parent, suggested: out / suggested.name
    _click_document(qtbot, dialog, "Lena Maes CV.docx")
    with qtbot.waitSignal(dialog.copied, timeout=WAIT) as copied:
        click(qtbot, dialog.copy_button)
    assert copied.args[0] == out / "Lena Maes CV.docx"
    assert (out / "Lena Maes CV.docx").read_bytes() == docx.read_bytes()
    assert sorted(path.name for path in out.iterdir()) == ["Lena Maes CV.docx"]  # no partial file left
    assert str(out) in dialog.message_label.text()

    _click_document(qtbot, dialog, "Iemand Anders.pdf")
    with qtbot.waitSignal(dialog.confirmation_opened, timeout=WAIT) as asked:
        click(qtbot, dialog.remove_button)
    box = asked.args[0]
    assert box.text() == "Remove Iemand Anders.pdf from the documents of Lena Maes?"
    assert box.informativeText() == "It is removed from the vault and from the search. This cannot be undone."
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT, check_params_cb=lambda lines: len(lines) == 1):
        click(qtbot, box.remove_button)
    assert [dialog.list.topLevelItem(row).text(NAME) for row in range(dialog.list.topLevelItemCount())] == ["Lena Maes CV.docx"]
    assert dialog.message_label.text() == "Iemand Anders.pdf was removed."
    assert [line.filename for line in candidate_documents.documents(vault, lena)] == ["Lena Maes CV.docx"]
    qtbot.waitUntil(lambda: _dock_documents(window) == ["Lena Maes CV.docx"], timeout=WAIT)
    assert _search(qtbot, window, "Klokkengieterij") == []  # the removed file's words no longer find her
    assert _search(qtbot, window, "Pottenbakkerij") == ["Lena Maes"]


def test_a_protected_pdf_asks_its_password_and_is_added_with_it(qtbot, tmp_path, desk):
    window, vault, lena, _otto = desk
    dialog = _open_documents(qtbot, window, lena)
    locked = write_password_pdf(tmp_path / "locked.pdf", "Lena Maes Zeilmakerij", "geheim")
    program = tmp_path / "tool.exe"
    program.write_bytes(b"MZ\x90\x00" + bytes(300))
    dialog.choose_files = lambda parent: [locked, program]

    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as refused:
        click(qtbot, dialog.add_button)
    assert refused.args[0].split("\n") == [
        "locked.pdf is protected with a password. Enter the password to read it.",
        "tool.exe is not a CV document: its content is a program (executable), which is never opened."]
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.list.topLevelItemCount() == 0
    assert dialog.password_row.isVisible() and dialog.password_label.text() == "locked.pdf is protected. &Password:"

    qtbot.keyClicks(dialog.password_field, "fout")
    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as wrong:
        click(qtbot, dialog.open_button)
    assert wrong.args[0] == "The password for locked.pdf is not correct. Check it and try again."
    assert dialog.password_row.isVisible() and dialog.password_field.text() == ""
    qtbot.keyClicks(dialog.password_field, "geheim")
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT, check_params_cb=lambda lines: len(lines) == 1):
        qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
    assert not dialog.password_row.isVisible() and not dialog.error_label.isVisible()
    assert dialog.list.topLevelItem(0).text(NAME) == "locked.pdf"
    assert [line.filename for line in candidate_documents.documents(vault, lena)] == ["locked.pdf"]
    assert _search(qtbot, window, "Zeilmakerij") == ["Lena Maes"]  # its text was read with the password
