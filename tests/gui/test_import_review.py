"""The import review as a recruiter uses it (issue 21 item 3, issue 12's GUI part, issue 20's drop
listing): junk arrives unticked with its reason, a protected file is opened with its password, a
scan is named from its page picture, the application date is offered and stored, what a mail or a
folder leaves out is listed, and a mail dragged out of Outlook is imported. Real files, real
widgets, clicks and key presses on the controls a user sees.
"""

from __future__ import annotations

import datetime as dt
import os
import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDateEdit, QStyle, QStyleOptionViewItem
from sqlalchemy import select

from recruitdesk.gui.importing.models import APPLIED, FILE, NAME, STATUS, WARNINGS
from recruitdesk.gui.shell.main_window import MainWindow
from recruitdesk.importing import outlook_drop
from recruitdesk.services.candidates import candidate_rows
from recruitdesk.store.models import Candidate
from tests.gui.import_support import JAN, drag_enter
from tests.gui.test_import_dialog import TIMEOUT, edit_cell, import_all, open_dialog, row_of, wait_idle
from tests.gui.user_actions import click
from tests.importing import make_files, protected_files
from tests.importing.test_mail_intake import write_eml
from tests.support.msg_files import write_msg

RECIPE = """Grandmother's apple pie

Ingredients
500 g flour, 250 g butter, 6 apples, 100 g sugar, cinnamon.

Method
Rub the butter into the flour, add water and chill the dough for an hour. Slice the apples,
mix them with sugar and cinnamon, fill the crust and bake for 45 minutes at 180 degrees.
"""


def damaged_pdf(path: Path) -> Path:
    """A PDF whose cross-reference table points nowhere (pdfium repairs it and reads two words)."""
    make_files.write_pdf(path, ["test example"])
    data = path.read_bytes()
    start = data.rindex(b"xref")
    broken = data[:start] + data[start:].replace(b" 00000 n", b" 00000 f").replace(b"startxref\n", b"startxref\n9")
    path.write_bytes(broken)
    return path


def blank_scan(path: Path) -> Path:
    """A phone photo of a page without legible text: no text, so no name."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (420, 594), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 40, 180, 200), outline="black", width=3)  # a passport photo's frame
    image.save(path, "PNG")
    return path


def check_box_click(qtbot, table, row: int) -> None:
    """Click the check box in the File cell, where the user sees it."""
    index = table.model().index(row, FILE)
    option = QStyleOptionViewItem()
    option.initFrom(table.viewport())
    option.rect = table.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    box = table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, table)
    assert box.isValid() and table.viewport().rect().contains(box.center())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def select_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, STATUS))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def junk(tmp_path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    damaged_pdf(folder / "pypdf-issue-broken-xref.pdf")
    make_files.write_pdf(folder / "recipe.pdf", RECIPE.splitlines())
    protected_files.write_password_docx(folder / "locked.docx", make_files.dutch_cv_lines("Lotte Peeters", "lotte.peeters@example.be"), "geheim")
    protected_files.write_certificate_pdf(folder / "certificate.pdf")
    (folder / "jan.txt").write_text(JAN, encoding="utf-8")
    return folder


def test_junk_arrives_unticked_with_its_reason_and_a_password_opens_the_protected_file(qtbot, new_vault, junk):
    vault, _ = new_vault
    dialog = open_dialog(qtbot, vault, [junk])
    model, table = dialog.model, dialog.ui.previewTable
    broken, recipe, locked = row_of(dialog, "pypdf-issue-broken-xref.pdf"), row_of(dialog, "recipe.pdf"), row_of(dialog, "locked.docx")
    certificate, jan = row_of(dialog, "certificate.pdf"), row_of(dialog, "jan.txt")

    checked = {row.file: model.index(index, FILE).data(Qt.ItemDataRole.CheckStateRole) for index, row in enumerate(model.rows)}
    assert checked["jan.txt"] == Qt.CheckState.Checked
    assert checked["pypdf-issue-broken-xref.pdf"] == checked["recipe.pdf"] == Qt.CheckState.Unchecked
    assert model.index(broken, STATUS).data() == "Left out: no readable text"
    assert model.index(broken, NAME).data() == "Pypdf Issue Broken Xref (from file name)"
    assert model.index(broken, NAME).data(Qt.ItemDataRole.FontRole).italic()
    assert "nothing in the text confirms it" in model.index(broken, WARNINGS).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(recipe, STATUS).data() == "Left out: not a CV?"
    assert model.index(recipe, WARNINGS).data().startswith("(2) This does not look like a CV") or \
        model.index(recipe, WARNINGS).data().startswith("This does not look like a CV")
    assert model.index(locked, STATUS).data() == "Protected – enter the password"
    assert model.index(certificate, STATUS).data() == "Cannot be imported"
    assert "certificate" in model.index(certificate, WARNINGS).data()
    assert dialog.import_button.text() == "&Import 1 file"
    assert "1 file needs a password" in dialog.ui.progressLabel.text()
    assert "left out because they may not be CVs" in dialog.ui.progressLabel.text()

    # The recruiter decides the recipe should go in after all: one click on its check box.
    check_box_click(qtbot, table, recipe)
    assert model.row_at(recipe).include and dialog.import_button.text() == "&Import 2 files"
    check_box_click(qtbot, table, recipe)
    assert not model.row_at(recipe).include

    # The protected file: select it, a password field appears under the list.
    panel = dialog.password_panel
    assert not panel.isVisible()
    select_row(qtbot, table, locked)
    assert panel.isVisible() and "locked.docx is protected" in panel.label.text()
    qtbot.keyClicks(panel.field, "wrong")
    click(qtbot, panel.open_button)
    wait_idle(qtbot, dialog)
    assert model.index(locked, STATUS).data() == "Protected – enter the password"
    assert model.index(locked, WARNINGS).data() == "The password for locked.docx is not correct. Check it and try again."
    assert panel.isVisible() and "is not correct" in panel.label.text() and panel.field.text() == ""
    # Nothing else was lost: the other rows kept their state and the recruiter's choices.
    assert model.index(jan, NAME).data() == "Jan Peeters" and model.row_at(jan).include
    assert not model.row_at(recipe).include and model.index(recipe, STATUS).data() == "Left out: not a CV?"

    qtbot.keyClicks(panel.field, "geheim")
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    assert model.index(locked, NAME).data() == "Lotte Peeters"
    assert model.row_at(locked).include and not panel.isVisible()
    assert dialog.import_button.text() == "&Import 2 files"

    results = {result.file: result for result in import_all(qtbot, dialog)}
    assert results["locked.docx"].status == "imported" and results["recipe.pdf"].status == "excluded"
    assert results["pypdf-issue-broken-xref.pdf"].status == "excluded"
    assert sorted(row.name for row in candidate_rows(vault)) == ["Jan Peeters", "Lotte Peeters"]


def test_a_scan_is_named_from_its_page_picture_and_the_file_date_is_the_application_date(qtbot, new_vault, tmp_path):
    vault, _ = new_vault
    scan = blank_scan(tmp_path / "scan_0042.png")
    letter = make_files.write_pdf(tmp_path / "piet.pdf", ["Piet de Vries", "piet.devries@example.nl", "Ervaring", "Opleiding"])
    changed = dt.datetime(2026, 2, 10, 12, 0).timestamp()
    os.utime(letter, (changed, changed))
    dialog = open_dialog(qtbot, vault, [scan, letter])
    model, table = dialog.model, dialog.ui.previewTable
    photo, piet = row_of(dialog, "scan_0042.png"), row_of(dialog, "piet.pdf")
    assert model.index(photo, STATUS).data() == "Left out: no readable text"
    assert not model.flags(model.index(photo, NAME)) & Qt.ItemFlag.ItemIsEditable  # unticked: tick it first

    # The page of the PDF, rendered in memory by the sandbox.
    select_row(qtbot, table, piet)
    page = dialog.page_panel
    click(qtbot, page.show_button)
    qtbot.waitUntil(page.picture_shown, timeout=TIMEOUT)
    assert page.picture.pixmap().width() > 100
    # The scan itself: the recruiter reads the name on it, ticks the file and types the name.
    select_row(qtbot, table, photo)
    qtbot.waitUntil(page.picture_shown, timeout=TIMEOUT)
    check_box_click(qtbot, table, photo)
    edit_cell(qtbot, dialog, photo, NAME, "Sofie Claes")
    assert model.index(photo, NAME).data() == "Sofie Claes"

    # The application date: the file's date (the clock's today caps the scan's brand new one).
    assert model.index(piet, APPLIED).data(Qt.ItemDataRole.EditRole).toPython() == dt.date(2026, 2, 10)
    assert model.index(photo, APPLIED).data(Qt.ItemDataRole.EditRole).toPython() == vault.clock.today()
    index = model.index(piet, APPLIED)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = next(child for child in table.viewport().findChildren(QDateEdit) if child.isVisible())
    editor.setDate(editor.date().addDays(-3))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert model.index(piet, APPLIED).data(Qt.ItemDataRole.EditRole).toPython() == dt.date(2026, 2, 7)

    import_all(qtbot, dialog)
    with vault.read_session() as session:
        applied = {candidate.full_name: candidate.applied_on for candidate in session.scalars(select(Candidate))}
    assert applied == {"Piet de Vries": dt.date(2026, 2, 7), "Sofie Claes": vault.clock.today()}


def test_mails_offer_their_date_and_list_what_they_leave_out_and_folders_list_skipped_files(qtbot, new_vault, tmp_path):
    vault, _ = new_vault
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    cv = make_files.write_pdf(tmp_path / "cv.pdf", make_files.dutch_cv_lines()).read_bytes()
    sent = dt.datetime(2026, 2, 20, 9, 30, tzinfo=dt.timezone.utc)
    write_eml(inbox / "sollicitatie.eml", sender="Griet Van den Broeck <griet@example.be>", sent=sent,
              attachments=[("cv.pdf", cv, "application/pdf"), ("setup.exe", b"MZ\x90\x00" + bytes(200), "application/octet-stream")])
    write_eml(inbox / "vraag.eml", sender="Jan <jan@example.be>", body="Hebt u nog vacatures?")
    (inbox / ".verborgen.pdf").write_bytes(cv)
    outside = tmp_path / "elsewhere.txt"
    outside.write_text(JAN, encoding="utf-8")
    (inbox / "link.txt").symlink_to(outside)

    dialog = open_dialog(qtbot, vault, [inbox])
    model = dialog.model
    mail, question = row_of(dialog, "sollicitatie.eml"), row_of(dialog, "vraag.eml")
    hidden, link = row_of(dialog, ".verborgen.pdf"), row_of(dialog, "link.txt")
    assert model.index(mail, APPLIED).data(Qt.ItemDataRole.EditRole).toPython() == dt.date(2026, 2, 20)
    assert model.index(mail, APPLIED).data(Qt.ItemDataRole.ToolTipRole).startswith("The date of the e-mail")
    assert "Attachment not imported: setup.exe" in model.index(mail, WARNINGS).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(question, STATUS).data() == "Cannot be imported"
    assert "has no attached CV" in model.index(question, WARNINGS).data()
    assert model.index(hidden, STATUS).data() == model.index(link, STATUS).data() == "Not imported"
    assert "hidden file" in model.index(hidden, WARNINGS).data()
    assert "outside the folder" in model.index(link, WARNINGS).data()
    assert dialog.import_button.text() == "&Import 1 file"
    results = {result.file: result.status for result in import_all(qtbot, dialog)}
    assert results == {"sollicitatie.eml": "imported", "vraag.eml": "failed", ".verborgen.pdf": "skipped", "link.txt": "skipped"}
    summary = dialog.result_model
    shown = {summary.index(row, 0).data(): summary.index(row, 1).data() for row in range(summary.rowCount())}
    assert shown[".verborgen.pdf"] == shown["link.txt"] == "Not imported"
    with vault.read_session() as session:
        [candidate] = session.scalars(select(Candidate)).all()
        assert (candidate.full_name, candidate.applied_on) == ("Griet Van den Broeck", dt.date(2026, 2, 20))


def outlook_descriptor(name: str, size: int) -> bytes:
    """One FILEDESCRIPTORW as Outlook fills it for a dragged mail (see tests/importing/test_outlook_drop.py)."""
    flags = outlook_drop.FD_FILESIZE | 0x4000
    fixed = struct.pack("<I16s8s8sIQQQII", flags, bytes(16), bytes(8), bytes(8), 0x80, 0, 0, 0, size >> 32, size & 0xFFFFFFFF)
    return struct.pack("<I", 1) + fixed + name.encode("utf-16-le").ljust(520, b"\x00")


def test_a_mail_dragged_out_of_outlook_is_dropped_on_the_window_and_imported(qtbot, clock, new_vault, tmp_path):
    vault, _ = new_vault
    cv = make_files.write_pdf(tmp_path / "cv.pdf", make_files.french_cv_lines()).read_bytes()
    sent = dt.datetime(2026, 2, 25, 14, 0, tzinfo=dt.timezone.utc)
    mail = write_msg(tmp_path / "source.msg", subject="Candidature", body="Veuillez trouver mon CV.", sender_name="Camille Dubois",
                     sender_address="camille.dubois@example.be", sent=sent, attachments=[("CV Camille.pdf", cv)]).read_bytes()
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.rows_loaded, timeout=TIMEOUT):
        window.show_vault(vault)
    mime = QMimeData()
    mime.setData("FileGroupDescriptorW", outlook_descriptor("Candidature Camille Dubois.msg", len(mail)))
    mime.setData("FileContents", mail)
    viewport = window.ui.candidateTable.viewport()
    assert drag_enter(viewport, mime).isAccepted()
    event = QDropEvent(QPointF(viewport.rect().center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)
    assert event.isAccepted()
    dialog = window.importer.dialog
    assert dialog is not None
    wait_idle(qtbot, dialog)
    [row] = dialog.model.rows
    assert row.file == "Candidature Camille Dubois.msg" and row.path.exists()
    assert dialog.model.index(0, NAME).data() == "Camille Dubois"
    assert dialog.model.index(0, APPLIED).data(Qt.ItemDataRole.EditRole).toPython() == dt.date(2026, 2, 25)
    with qtbot.waitSignal(window.rows_loaded, timeout=TIMEOUT):
        import_all(qtbot, dialog)
    assert [candidate.name for candidate in candidate_rows(vault)] == ["Camille Dubois"]
    written = row.path
    dialog.reject()
    assert not written.exists()  # the mail written for the import is gone once the review closes


def test_a_mail_that_outlook_did_not_hand_over_is_listed_with_the_reason(qtbot, new_vault, tmp_path):
    from recruitdesk.gui.importing.drop import ImportDropHandler

    vault, _ = new_vault
    from tests.gui.test_import_drop import target_widget

    widget = target_widget(qtbot)
    handler = ImportDropHandler(widget)
    handler.install(widget)
    two = struct.pack("<I", 2) + outlook_descriptor("Eerste.msg", 10)[4:] + outlook_descriptor("Tweede.msg", 10)[4:]
    mime = QMimeData()
    mime.setData(outlook_drop.QT_DESCRIPTOR_W, two)
    mime.setData(outlook_drop.QT_CONTENTS, b"0123456789")
    assert drag_enter(widget, mime, QPoint(20, 20)).isAccepted()
    with qtbot.waitSignal(handler.files_dropped) as blocker:
        event = QDropEvent(QPointF(QPoint(20, 20)), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)
    entries = blocker.args[0]
    dialog = open_dialog(qtbot, vault, entries)
    second = row_of(dialog, "Tweede.msg")
    assert dialog.model.index(second, STATUS).data() == "Not imported"
    assert "Drag it on its own" in dialog.model.index(second, WARNINGS).data()
    dialog.reject()
    assert not any(Path(entry if isinstance(entry, Path) else entry.path).exists() for entry in entries)


def test_the_review_reads_as_a_user_would_in_dutch_and_french(qtbot, qapp, new_vault, junk):
    from recruitdesk import i18n
    from recruitdesk.gui.shell.translation import install_language, remove_translators

    vault, _ = new_vault
    for language, left_out, marker in (("nl", "Weggelaten: geen leesbare tekst", "(uit de bestandsnaam)"),
                                       ("fr", "Écarté\u00a0: aucun texte lisible", "(d'après le nom du fichier)")):
        _chosen, translators = install_language(qapp, language)
        try:
            dialog = open_dialog(qtbot, vault, [junk / "pypdf-issue-broken-xref.pdf"])
            assert dialog.model.index(0, STATUS).data() == left_out
            assert dialog.model.index(0, NAME).data().endswith(marker)
            dialog.reject()
        finally:
            remove_translators(qapp, translators)
            i18n.set_language("en")




def test_folders_are_listed_off_the_gui_thread_and_extra_import_options_reach_the_import(qtbot, new_vault, tmp_path):
    """The listing runs as a task (the dialog is busy, not frozen, and lists nothing yet); options
    chosen outside the dialog (here: the candidate the files go to) are passed to the import."""
    from recruitdesk.gui.importing.dialog import ImportDialog
    from recruitdesk.services.candidates import new_candidate
    from recruitdesk.store.models import Document

    vault, _ = new_vault
    with vault.session() as session, session.begin():
        existing = new_candidate(session, vault.candidate_keys, vault.clock, "An Peeters").id
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "jan.txt").write_text(JAN, encoding="utf-8")
    dialog = ImportDialog(vault, [], import_options={"attach_to": existing})
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.add_paths([folder])
    assert dialog.state == "listing" and dialog.busy and dialog.model.rowCount() == 0
    assert dialog.cancel_button.isVisible() and not dialog.import_button.isEnabled()
    wait_idle(qtbot, dialog)
    assert [row.file for row in dialog.model.rows] == ["jan.txt"]
    [result] = import_all(qtbot, dialog)
    assert (result.status, result.action, result.candidate_id) == ("imported", "attached", existing)
    with vault.read_session() as session:
        assert session.scalars(select(Document.candidate_id)).all() == [existing]
