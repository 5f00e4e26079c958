"""Candidate > Documents… in the team window (the dialog a local vault uses too), used as a recruiter uses it,
on a real PostgreSQL server.

A real PDF made here is added (read by the import's pipeline, sealed on the server), listed with its
type, date and size, saved as a copy with identical bytes (and nothing else left in that folder),
removed after a confirmation and gone from the server. A password-protected PDF is refused with the
import's translated reason; a colleague's removal meanwhile is said in words and the list follows.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from recruitdesk import i18n
from recruitdesk.dates import short_date
from recruitdesk.gui.candidates.documents_dialog import ADDED, NAME, SIZE, TYPE, DocumentsDialog
from recruitdesk.gui.team.panel import TeamPanel
from recruitdesk.importing import failures
from recruitdesk.services import team_documents
from recruitdesk.services.team_desk import PersonalFields
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role
from tests.gui.team.password_pdf import write_password_pdf
from tests.gui.team.team_support import open_team_window, select_candidate
from tests.gui.user_actions import click, menu_item
from tests.importing.make_files import write_pdf, write_sparse

WAIT = 120_000  # an upper bound: reading files in the sandbox on a machine busy with other work


def _open_documents(qtbot, window: TeamPanel, name: str) -> DocumentsDialog:
    select_candidate(qtbot, window, name)
    menu_item(window, "&Candidate", "&Documents…").trigger()
    dialog = window.documents_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ready, timeout=WAIT)
    return dialog


def _click_document(qtbot, dialog: DocumentsDialog, filename: str) -> None:
    items = dialog.list.findItems(filename, Qt.MatchFlag.MatchExactly, NAME)
    assert len(items) == 1
    rect = dialog.list.visualItemRect(items[0])
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected() is not None and dialog.selected().filename == filename


def _with_colleague(colleague, name: str):
    candidate = colleague.add(PersonalFields(name, f"{name.split()[0].lower()}@example.org"))
    return candidate.candidate_id


def test_a_pdf_is_added_listed_saved_as_an_identical_copy_and_removed_from_the_server(qtbot, tmp_path, team_folder, colleague,
                                                                                      keychain, clock):
    lena = _with_colleague(colleague, "Lena Maes")
    window = open_team_window(qtbot, team_folder, keychain, clock)
    dialog = _open_documents(qtbot, window, "Lena Maes")
    assert dialog.list.topLevelItemCount() == 0 and dialog.empty_label.isVisible()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    pdf = write_pdf(inbox / "Lena Maes - portfolio.pdf", ["Lena Maes", "Portfolio", "Industrial design, Kortrijk"])
    dialog.choose_files = lambda parent: [pdf]

    with qtbot.waitSignal(dialog.loaded, timeout=WAIT, check_params_cb=lambda lines: len(lines) == 1):
        click(qtbot, dialog.add_button)
    item = dialog.list.topLevelItem(0)
    assert item.text(NAME) == "Lena Maes - portfolio.pdf"
    assert item.text(TYPE) == "PDF"
    assert item.text(ADDED) == short_date(clock.today())
    assert item.text(SIZE) == QLocale().formattedDataSize(pdf.stat().st_size)
    assert not dialog.error_label.isVisible()
    assert [line.filename for line in team_documents.documents(colleague, lena)] == ["Lena Maes - portfolio.pdf"]
    assert lena in colleague.search("Kortrijk")  # the text is searchable for every member (blind tokens)

    out = tmp_path / "chosen"
    out.mkdir()
    dialog.choose_copy_target = lambda parent, suggested: out / suggested.name
    _click_document(qtbot, dialog, "Lena Maes - portfolio.pdf")
    with qtbot.waitSignal(dialog.copied, timeout=WAIT) as copied:
        click(qtbot, dialog.copy_button)
    assert copied.args[0] == out / "Lena Maes - portfolio.pdf"
    assert (out / "Lena Maes - portfolio.pdf").read_bytes() == pdf.read_bytes()
    assert sorted(path.name for path in out.iterdir()) == ["Lena Maes - portfolio.pdf"]  # no partial file left
    assert str(out) in dialog.message_label.text()

    with qtbot.waitSignal(dialog.confirmation_opened, timeout=WAIT) as asked:
        click(qtbot, dialog.remove_button)
    box = asked.args[0]
    assert "Lena Maes - portfolio.pdf" in box.text() and "Lena Maes" in box.text()
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT, check_params_cb=lambda lines: lines == []):
        click(qtbot, box.remove_button)
    assert team_documents.documents(colleague, lena) == []
    assert lena not in colleague.search("Kortrijk")
    window.close()


def test_huge_damaged_and_wrong_files_are_refused_with_the_imports_reasons_and_a_protected_one_asks_its_password(qtbot, tmp_path, team_folder,
                                                                                               colleague, keychain, clock):
    lena = _with_colleague(colleague, "Lena Maes")
    window = open_team_window(qtbot, team_folder, keychain, clock)
    dialog = _open_documents(qtbot, window, "Lena Maes")
    locked = write_password_pdf(tmp_path / "locked.pdf", "Lena Maes curriculum", "geheim")
    huge = write_sparse(tmp_path / "huge.pdf", 60 * 1024 * 1024)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(write_pdf(tmp_path / "whole.pdf", ["Lena Maes"]).read_bytes()[:60])
    program = tmp_path / "tool.exe"
    program.write_bytes(b"MZ\x90\x00" + bytes(300))
    dialog.choose_files = lambda parent: [locked, huge, broken, program]

    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as refused:
        click(qtbot, dialog.add_button)
    expected = failures.PasswordRequired(file="locked.pdf", kind="PDF").message()
    assert expected == "locked.pdf is protected with a password. Enter the password to read it."
    assert sorted(refused.args[0].split("\n")) == sorted([
        expected,
        "huge.pdf is 60 MB; CVs larger than 50 MB are not imported.",
        "broken.pdf looks like a PDF file but is damaged and cannot be read.",
        "tool.exe is not a CV document: its content is a program (executable), which is never opened."])
    assert dialog.error_label.isVisible() and dialog.error_label.text() == refused.args[0]
    dutch = i18n.translate_in("nl", "errors", failures.PasswordRequired.template).format(file="locked.pdf")
    assert dutch != failures.PasswordRequired.template and "locked.pdf" in dutch  # the reason exists in Dutch too
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.list.topLevelItemCount() == 0
    assert team_documents.documents(colleague, lena) == []

    # the protected file is asked for its password, as the import review does: a wrong one says so, the right one adds it
    assert dialog.password_row.isVisible() and dialog.password_label.text() == "locked.pdf is protected. &Password:"
    qtbot.keyClicks(dialog.password_field, "wrong")
    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as wrong:
        click(qtbot, dialog.open_button)
    assert wrong.args[0] == "The password for locked.pdf is not correct. Check it and try again."
    assert dialog.password_row.isVisible() and dialog.password_field.text() == ""
    qtbot.keyClicks(dialog.password_field, "geheim")
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT, check_params_cb=lambda lines: len(lines) == 1):
        click(qtbot, dialog.open_button)
    # the list may be read again on the addition's own change notice before the add reports back: wait for the add
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.password_row.isVisible(), timeout=WAIT)
    assert not dialog.error_label.isVisible()
    assert [line.filename for line in team_documents.documents(colleague, lena)] == ["locked.pdf"]
    assert lena in colleague.search("curriculum")  # its text was read with the password
    window.close()


def test_a_colleagues_removal_meanwhile_is_said_in_words_and_their_addition_appears_live(qtbot, tmp_path, team_folder, colleague,
                                                                                       keychain, clock):
    lena = _with_colleague(colleague, "Lena Maes")
    first = write_pdf(tmp_path / "cv.pdf", ["Lena Maes", "Curriculum vitae"])
    team_documents.add_files(colleague, lena, [first])
    window = open_team_window(qtbot, team_folder, keychain, clock)
    dialog = _open_documents(qtbot, window, "Lena Maes")
    assert dialog.list.topLevelItemCount() == 1

    second = write_pdf(tmp_path / "letter.pdf", ["Lena Maes", "Motivation letter"])
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT, check_params_cb=lambda lines: len(lines) == 2):
        team_documents.add_files(colleague, lena, [second])  # the change feed reloads the open list
    _click_document(qtbot, dialog, "cv.pdf")
    listener, window.listener = window.listener, None  # the feed drops (a lost connection): the removal is not seen yet
    listener.stop()
    team_documents.remove(colleague, dialog.selected())  # the colleague removes it first
    with qtbot.waitSignal(dialog.confirmation_opened, timeout=WAIT) as asked:
        click(qtbot, dialog.remove_button)
    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as said:
        asked.args[0].remove_button.click()
    assert said.args[0] == ("cv.pdf is no longer in the team vault: another member removed it (or the candidate was erased).")
    qtbot.waitUntil(lambda: [line.filename for line in dialog.lines] == ["letter.pdf"], timeout=WAIT)
    window.close()


def test_a_dpo_reads_the_documents_and_saves_a_copy_but_cannot_add_or_remove(qtbot, tmp_path, team_folder, team_database_url,
                                                                              colleague, keychain, second_keychain, clock):
    lena = _with_colleague(colleague, "Lena Maes")
    pdf = write_pdf(tmp_path / "cv.pdf", ["Lena Maes", "Curriculum vitae"])
    team_documents.add_files(colleague, lena, [pdf])
    invitation = invite_member(team_folder, keychain, clock, "Dirk DPO", Role.DPO)
    dpo_folder = tmp_path / "dpo"
    join_team_vault(dpo_folder, team_database_url, invitation.code, second_keychain, clock)
    window = open_team_window(qtbot, dpo_folder, second_keychain, clock)
    dialog = _open_documents(qtbot, window, "Lena Maes")
    assert not dialog.add_button.isVisible() and not dialog.remove_button.isVisible()
    assert dialog.read_only_label.isVisible()
    dialog.choose_copy_target = lambda parent, suggested: tmp_path / "copy.pdf"
    _click_document(qtbot, dialog, "cv.pdf")
    with qtbot.waitSignal(dialog.copied, timeout=WAIT):
        click(qtbot, dialog.copy_button)
    assert (tmp_path / "copy.pdf").read_bytes() == pdf.read_bytes()
    window.close()


def test_a_copy_that_cannot_be_put_in_place_leaves_no_partial_file_and_says_why(tmp_path, colleague):
    lena = _with_colleague(colleague, "Lena Maes")
    team_documents.add_files(colleague, lena, [write_pdf(tmp_path / "cv.pdf", ["Lena Maes", "Curriculum vitae"])])
    [line] = team_documents.documents(colleague, lena)
    out = tmp_path / "out"
    (out / "cv.pdf").mkdir(parents=True)  # the chosen name is taken by a folder: the rename into place fails
    with pytest.raises(team_documents.DocumentCopyNotWritten) as refused:
        team_documents.save_copy(colleague, line, out / "cv.pdf")
    assert refused.value.message().startswith(f"The copy could not be written to {out / 'cv.pdf'} (")
    assert "Lena" not in str(refused.value)  # logs get the code only
    assert [path.name for path in out.iterdir()] == ["cv.pdf"] and not any((out / "cv.pdf").iterdir())
