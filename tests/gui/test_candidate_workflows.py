"""End-to-end workflows through the real main window: import by drop, consent with proof,
withdrawal, renewal mail, screening notes with history, data export, rights requests (an erasure
that removes the candidate, a restriction shown in the table, an overdue request in the badge),
and locking, which closes and forgets everything, and unlocking, after which it all works again.

No sleeping: every wait is on a signal or a condition; dialogs that would block are injected.
"""

from __future__ import annotations

import datetime as dt
import gc
import json

import pytest
import sqlcipher3.dbapi2
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from recruitdesk.gui.candidates.notes import CandidateNotesDialog
from recruitdesk.gui.candidates.table_model import CONSENT, DAYS_LEFT, STATUS
from recruitdesk.gui.shell.controller import AppController
from recruitdesk.gui.shell.main_window import MainWindow
from recruitdesk.services import consents
from recruitdesk.services import rights_requests as rr
from recruitdesk.services.candidates import candidate_rows
from recruitdesk.services.vault_access import create_vault
from recruitdesk.vault.database import VaultConnection

from tests.gui.import_support import drop, make_inbox
from tests.gui.retention_support import add_not_hired, refreshed, show, table_names
from tests.gui.retention_support import new_vault  # noqa: F401 - waits for workers before closing
from tests.gui.test_import_dialog import TIMEOUT, import_all, wait_idle
from tests.gui.user_actions import button_named, choose, choose_in_toolbar_menu, click, click_standard

WAIT = 20000


def cell(window, candidate_id, column):
    return window.model.index(window.model.row_of(candidate_id), column).data()


@pytest.fixture
def desk(qtbot, clock, new_vault):
    """A shown main window over a vault with Otto (not hired on 20 February: 18 days left)."""
    vault, _key = new_vault
    otto = add_not_hired(vault, clock, "Otto Janssens", dt.date(2026, 2, 20), email="otto@example.be")
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    show(qtbot, window, vault)
    return window, vault, otto


def test_the_candidate_menu_context_menu_and_shortcuts(qtbot, desk):
    window, _vault, otto = desk
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Vault", "&Candidate", "&Retention", "Re&quests", "Vaca&ncies", "&View", "&Help"]
    texts = [action.text() for action in window.candidate_menu.actions() if not action.isSeparator()]
    assert texts == ["&New candidate…", "Record &facts…", "Record &consent…", "Record reserve &answer…", "&Withdraw consent",
                     "Ask to re&new consent",
                     "Screening &notes…", "&Documents…", "C&onsents…", "Record a con&tact…", "E&xport data…",
                     "Register a rights &request…"]
    assert [a.text() for a in window.candidates.renew_menu.actions()] == ["In &Dutch", "In &French", "In &English"]
    assert window.candidates.consent_action.shortcut() == QKeySequence("Ctrl+Shift+C")
    assert window.candidates.notes_action.shortcut() == QKeySequence("Ctrl+Shift+N")
    assert window.importer.action in window.ui.menuVault.actions()
    assert window.importer.action.shortcut() == QKeySequence("Ctrl+I")
    assert window.candidate_menu.accessibleName() == "Candidate"
    assert not window.candidates.consent_action.isEnabled()  # nothing selected
    window.select_ids([otto])
    assert all(action.isEnabled() for action in window.candidate_menu.actions() if not action.isSeparator())
    assert window.candidates.renew_menu.isEnabled() and window.exporting.export_action.isEnabled()

    table = window.ui.candidateTable
    window.ui.candidateTable.clearSelection()
    rect = table.visualRect(window.model.index(window.model.row_of(otto), 0))
    menu = window.candidates.show_context_menu(rect.center())
    assert menu is not None and window.selected_ids() == [otto]
    assert window.candidates.consent_action in menu.actions() and window.ui.actionDelete in menu.actions()
    menu.close()


def test_drop_a_cv_on_the_table_and_the_candidate_appears(qtbot, desk, tmp_path):
    window, vault, _otto = desk
    inbox = make_inbox(tmp_path / "inbox")
    drop(window.ui.candidateTable.viewport(), [inbox / "jan.txt"])
    dialog = window.importer.dialog
    assert dialog is not None and dialog.isVisible()
    wait_idle(qtbot, dialog)
    with qtbot.waitSignal(window.rows_loaded, timeout=TIMEOUT):
        import_all(qtbot, dialog)
    assert "Jan Peeters" in table_names(window)
    qtbot.waitUntil(lambda: [window.model.row_at(window.model.row_of(i)).name for i in window.selected_ids()] == ["Jan Peeters"],
                    timeout=WAIT)


def test_consent_extends_the_countdown_renewal_mail_and_withdrawal_shortens_it(qtbot, desk, tmp_path):
    window, vault, otto = desk
    assert cell(window, otto, DAYS_LEFT) == "18" and cell(window, otto, CONSENT) == "No"
    evidence = tmp_path / "akkoord.eml"
    evidence.write_bytes(b"From: otto@example.be\r\n\r\nJa, bewaar mijn cv.")
    window.candidates.choose_evidence = lambda parent: str(evidence)
    window.select_ids([otto])

    choose(window, "&Candidate", "Record &consent…")
    dialog = window.candidates.consent_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.purpose_combo.currentData() == "recruitment_reserve"
    click_standard(qtbot, dialog.buttons, QDialogButtonBox.StandardButton.Save)  # no wording: refused inline, the dialog stays
    qtbot.waitUntil(lambda: not dialog.error_label.isHidden(), timeout=WAIT)
    dialog.version_edit.setText("reserve-v1")
    qtbot.mouseClick(dialog.evidence_button, Qt.MouseButton.LeftButton)
    assert dialog.evidence_label.text() == "akkoord.eml"
    with refreshed(qtbot, window):
        click_standard(qtbot, dialog.buttons, QDialogButtonBox.StandardButton.Save)
    assert window.candidates.consent_dialog is None
    # nl-ap: one year after the procedure with reserve consent, 20 February 2027.
    assert cell(window, otto, DAYS_LEFT) == str((dt.date(2027, 2, 20) - dt.date(2026, 3, 2)).days)
    assert cell(window, otto, CONSENT) == "Yes"
    [given] = consents.consents_of(vault, otto)
    assert given.evidence_document_id is not None and given.text_version == "reserve-v1"

    # A second consent (sharing with clients): renewal and withdrawal ask which one.
    consents.give_consent(vault, otto, "share_with_clients", dt.date(2026, 3, 1), "email", text_version="clients-v2")
    asked = []

    def pick_consent(parent, views, name):
        asked.append((name, [view.purpose for view in views]))
        return next(view for view in views if view.purpose == "recruitment_reserve")

    window.candidates.choose_consent = pick_consent
    urls = []
    window.candidates.open_url = lambda url: urls.append(url.toString()) or True
    choose(window, "&Candidate", "Ask to re&new consent", "In &French")
    qtbot.waitUntil(lambda: bool(urls), timeout=WAIT)
    assert urls[0].startswith("mailto:otto@example.be?subject=")
    assert asked == [("Otto Janssens", ["recruitment_reserve", "share_with_clients"])]

    with refreshed(qtbot, window):
        choose(window, "&Candidate", "&Withdraw consent")
    assert cell(window, otto, DAYS_LEFT) == "18"
    assert [view.purpose for view in consents.consents_of(vault, otto) if view.withdrawn_on is None] == ["share_with_clients"]
    assert len(asked) == 2


def test_a_screening_note_edited_keeps_its_history(qtbot, desk):
    window, _vault, otto = desk
    window.select_ids([otto])
    choose(window, "&Candidate", "Screening &notes…")
    notes_dialog = window.candidates.notes_dialog
    assert isinstance(notes_dialog, CandidateNotesDialog) and notes_dialog.isVisible()
    qtbot.waitUntil(lambda: notes_dialog.status_label.text() == "No screening notes yet.", timeout=WAIT)

    click(qtbot, notes_dialog.new_button)
    note = notes_dialog.note_dialog
    note.kind_combo.setCurrentIndex(note.kind_combo.findData("phone_screen"))
    note.body_edit.setPlainText("Available from April; strong forklift experience.")
    with qtbot.waitSignal(notes_dialog.loaded, timeout=WAIT):
        click_standard(qtbot, note.buttons, QDialogButtonBox.StandardButton.Save)
    assert notes_dialog.list.count() == 1 and notes_dialog.history.count() == 1

    click(qtbot, notes_dialog.edit_button)
    edit = notes_dialog.note_dialog
    assert edit.body_edit.toPlainText() == "Available from April; strong forklift experience."
    edit.body_edit.setPlainText("Available from May; strong forklift experience.")
    with qtbot.waitSignal(notes_dialog.loaded, timeout=WAIT):
        click_standard(qtbot, edit.buttons, QDialogButtonBox.StandardButton.Save)
    assert "(edited)" in notes_dialog.list.item(0).text()
    versions = [notes_dialog.history.item(row).text() for row in range(notes_dialog.history.count())]
    assert len(versions) == 2
    assert versions[0].startswith("Version 2") and "Available from May" in versions[0]
    assert versions[1].startswith("Version 1") and "Available from April" in versions[1]
    again = notes_dialog.edit_selected()  # the note dialog lists the earlier version too
    assert again.history_list.count() == 1 and "Available from April" in again.history_list.item(0).text()


def test_export_a_candidate_warns_and_writes_the_workbook_and_json(qtbot, desk, tmp_path):
    window, _vault, otto = desk
    out = tmp_path / "out"
    window.exporting.choose_export_folder = lambda parent: str(out)
    window.select_ids([otto])
    choose_in_toolbar_menu(window, "candidateToolButton", "E&xport data…")
    dialog = window.exporting.export_dialog
    assert dialog is not None and dialog.isVisible()
    assert "leaves the encrypted vault" in dialog.warning_label.text()
    click(qtbot, button_named(dialog, "&Browse…"))
    dialog.protect_box.setChecked(False)
    with qtbot.waitSignal(dialog.exported, timeout=WAIT) as exported:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    result = exported.args[0]
    assert result.path.is_dir() and result.path.parent == out
    assert (result.path / "data.xlsx").is_file()
    data = json.loads((result.path / "data.json").read_text(encoding="utf-8"))
    assert "Otto Janssens" in json.dumps(data, ensure_ascii=False)
    assert "outside the encrypted vault" in window.statusBar().currentMessage()


def test_an_erasure_request_completed_removes_the_candidate(qtbot, desk, clock):
    window, vault, otto = desk
    keep = add_not_hired(vault, clock, "Kees Bakker", dt.date(2026, 2, 25))
    with refreshed(qtbot, window):
        window.refresh()
    window.select_ids([otto])
    choose(window, "&Candidate", "Register a rights &request…")
    dialog = window.requests.request_dialog
    assert dialog is not None
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(rr.ERASURE))
    dialog.identity_edit.setText("mail from the address on file")
    with refreshed(qtbot, window):
        click_standard(qtbot, dialog.buttons, QDialogButtonBox.StandardButton.Save)
    assert window.requests.dock.isVisible()
    panel = window.requests.panel
    assert panel.table.rowCount() == 1 and panel.table.item(0, 2).text() == "Otto Janssens"

    panel.table.selectRow(0)
    complete = panel.complete_selected()
    complete.outcome_edit.setPlainText("Erased; confirmation sent by mail")
    complete.save()
    box = complete.confirmation  # erasing is asked first
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    with refreshed(qtbot, window):
        qtbot.mouseClick(box.erase_button, Qt.MouseButton.LeftButton)
    assert table_names(window) == ["Kees Bakker"]
    assert [row.id for row in candidate_rows(vault)] == [keep]
    assert panel.table.rowCount() == 0


def test_a_restriction_shows_in_the_table_and_an_overdue_request_in_the_badge(qtbot, desk, clock):
    window, vault, otto = desk
    window.set_base_title("RecruitDesk")
    assert window.retention.dashboard.requests_banner.isHidden()
    base = window.retention.attention_count

    # A request received on 20 January was due on 20 February: overdue today, 2 March.
    window.select_ids([otto])
    dialog = window.requests.request_dialog or window.requests.register_request()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(rr.RESTRICTION))
    dialog.received_edit.setDate(QDate(2026, 1, 20))
    dialog.identity_edit.setText("ID card shown, not copied")
    with refreshed(qtbot, window):
        dialog.save()
    assert window.retention.dashboard.requests_banner.isVisible()
    assert "1 request is overdue." in window.retention.dashboard.requests_banner.text()
    assert window.retention.attention_count == base + 1
    assert window.windowTitle() == f"({base + 1}) RecruitDesk"
    assert window.requests.dock.windowTitle() == "Requests – 1 overdue"
    assert "(overdue)" in window.requests.panel.table.item(0, 4).text()

    panel = window.requests.panel
    panel.table.selectRow(0)
    complete = panel.complete_selected()
    complete.outcome_edit.setPlainText("Processing restricted while the accuracy is checked")
    with refreshed(qtbot, window):
        complete.save()
    assert cell(window, otto, STATUS) == "Restricted"
    row = window.model.row_of(otto)
    assert "restricted" in window.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert window.model.index(row, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert window.retention.dashboard.requests_banner.isHidden() and window.retention.attention_count == base


def _file_of(connection) -> str | None:
    """The database file of an open connection; None when it is closed.

    Asked without running a statement on the connection: a worker may be using it at that moment
    (the import dialog reading a file, the notes loading), and a statement from this thread then
    fails with "Cursor needed to be reset" instead of answering.
    """
    try:
        _ = connection.total_changes  # raises once the connection is closed, and touches nothing
    except sqlcipher3.dbapi2.ProgrammingError:
        return None
    if isinstance(connection, VaultConnection):
        return connection.file
    return connection.execute("PRAGMA database_list").fetchone()[2]


def test_lock_closes_and_forgets_everything_and_unlock_works_again(qtbot, clock, keychain_factory, vault_folder, keychain, tmp_path):
    vault, _key = create_vault(vault_folder, keychain, clock, preset="nl-ap")
    otto = add_not_hired(vault, clock, "Otto Janssens", dt.date(2026, 2, 20), email="otto@example.be")
    rr.register(vault, rr.ACCESS, dt.date(2026, 2, 27), otto, identity_check="mail")
    vault.close()
    controller = AppController(clock, keychain_factory, tray_available=False)
    window = controller.window
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(controller.ready, timeout=WAIT):
            controller.start_existing(vault_folder)
        qtbot.waitUntil(lambda: window.retention.summary is not None and window.requests.panel is not None, timeout=WAIT)
        assert window.requests.panel.table.item(0, 2).text() == "Otto Janssens"
        inbox = make_inbox(tmp_path / "inbox")
        window.exporting.choose_export_folder = lambda parent: str(tmp_path / "out")

        window.select_ids([otto])
        consent = window.candidates.record_consent()
        notes_dialog = window.candidates.open_notes()
        qtbot.waitUntil(lambda: notes_dialog.status_label.text() != "Loading…", timeout=WAIT)
        export = window.exporting.export_candidate()
        request = window.requests.register_request()
        facts = window.candidates.open_facts()
        drop(window.ui.candidateTable.viewport(), [inbox / "jan.txt"])
        importer = window.importer.dialog
        assert importer is not None
        opened = [consent, notes_dialog, export, request, facts, importer]
        assert all(dialog.isVisible() for dialog in opened)

        vault_file = str(vault_folder / "vault.db")
        assert any(_file_of(thing) == vault_file for thing in gc.get_objects() if isinstance(thing, sqlcipher3.dbapi2.Connection))  # control
        controller.lock("You locked the vault.")
        assert controller.is_locked
        assert all(not dialog.isVisible() for dialog in opened)
        for feature, name in ((window.candidates, "consent_dialog"), (window.candidates, "notes_dialog"),
                              (window.exporting, "export_dialog"), (window.requests, "request_dialog"),
                              (window.candidates, "facts_dialog")):
            assert getattr(feature, name) is None, name
        assert window.importer.dialog is None
        assert window.requests.panel is None and isinstance(window.requests.dock.widget(), QLabel)
        assert window.retention.request_summary is None and window.retention.dashboard.requests_banner.isHidden()
        assert window.model.rowCount() == 0
        assert not window.candidates.consent_action.isEnabled() and not window.importer.action.isEnabled()
        assert not window.requests.register_request_action.isEnabled()
        # Nothing in the process still holds an open connection (with its codec's key) of the locked vault.
        assert [thing for thing in gc.get_objects() if isinstance(thing, sqlcipher3.dbapi2.Connection) and _file_of(thing) == vault_file] == []

        unlock = controller.unlock_dialog
        assert unlock is not None
        with qtbot.waitSignal(controller.ready, timeout=WAIT):
            qtbot.mouseClick(unlock.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.requests.panel is not None and window.retention.summary is not None, timeout=WAIT)
        assert window.requests.panel.table.rowCount() == 1

        window.select_ids([otto])
        window.candidates.consent_action.trigger()
        dialog = window.candidates.consent_dialog
        dialog.version_edit.setText("reserve-v1")
        with refreshed(qtbot, window):
            dialog.save()
        assert cell(window, otto, CONSENT) == "Yes"
        notes_dialog = window.candidates.open_notes()
        qtbot.waitUntil(lambda: notes_dialog.status_label.text() == "No screening notes yet.", timeout=WAIT)
    finally:
        controller.shutdown()


def test_a_reserve_yes_opens_the_consent_dialog_with_the_wording_the_letter_sent(qtbot, clock, new_vault):
    """Days after the rejection letter was marked as sent, Candidate > Record reserve answer…
    opens the consent dialog filled with the sentence and version that letter quoted; one Save
    records the proof. A candidate who was never asked is told to record the consent by hand."""
    from recruitdesk.retention.presets import PRESETS
    from recruitdesk.services import applications, rejection_messages, retention, vacancies
    from recruitdesk.services.candidates import add_candidate
    from recruitdesk.services.vacancy_closing import close_vacancy

    vault, _key = new_vault
    retention.change_policy(vault, PRESETS["it1"].policy, "it1")  # IT1 keeps a recruitment reserve
    vacancy = vacancies.add_vacancy(vault, "Boekhouder")
    lena = add_candidate(vault, "Lena Maes", email="lena@example.be")
    omar = add_candidate(vault, "Omar Aziz", email="omar@example.be")
    for candidate in (lena, omar):
        applications.apply(vault, candidate, vacancy)
    rejected = close_vacancy(vault, vacancy)
    letter = rejection_messages.drafts_for_applications(vault, rejected)[0]
    assert letter.candidate_id == lena and letter.reserve_wording
    rejection_messages.record_rejection_sent(vault, letter)
    sent_on = clock.today()
    clock.advance(days=6)  # the candidate answers a week later
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    show(qtbot, window, vault)

    window.select_ids([omar])
    choose(window, "&Candidate", "Record reserve &answer…")
    qtbot.waitUntil(lambda: "Omar Aziz" in window.statusBar().currentMessage(), timeout=WAIT)
    assert "Record consent…" in window.statusBar().currentMessage() and window.candidates.consent_dialog is None

    window.select_ids([lena])
    choose(window, "&Candidate", "Record reserve &answer…")
    qtbot.waitUntil(lambda: window.candidates.consent_dialog is not None, timeout=WAIT)
    dialog = window.candidates.consent_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Record reserve answer"
    assert (dialog.purpose_combo.currentText(), dialog.channel_combo.currentText()) == ("Recruitment reserve", "Email")
    assert dialog.text_edit.toPlainText() == letter.reserve_wording
    assert dialog.version_edit.text() == "rejection-reserve-1"
    assert dialog.given_edit.date().toPython() == clock.today()
    from recruitdesk.dates import long_date
    assert long_date(sent_on) in dialog.asked_label.text()
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        click_standard(qtbot, dialog.buttons, QDialogButtonBox.StandardButton.Save)
    [given] = consents.consents_of(vault, lena)
    assert (given.purpose, given.channel, given.given_on, given.text, given.text_version) == (
        "recruitment_reserve", "email", clock.today(), letter.reserve_wording, "rejection-reserve-1")
    assert given.expires_on is not None
