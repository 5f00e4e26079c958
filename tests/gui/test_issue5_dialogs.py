"""The issue-5 dialogs on their own: consent with proof, screening notes, rights requests,
data export and the requests panel (the main-window workflows are in test_candidate_workflows)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from recruitdesk.gui.candidates.consent_dialog import ConsentDialog, open_renewal_mail, withdraw_consent
from recruitdesk.gui.candidates.note_dialog import NoteDialog
from recruitdesk.gui.exporting.dialog import ExportDialog
from recruitdesk.gui.requests.dialogs import RegisterRequestDialog, ExtendRequestDialog, CompleteRequestDialog
from recruitdesk.gui.requests.local_writer import LocalRequestWriter
from recruitdesk.gui.requests.panel import RequestsPanel
from recruitdesk.services import rights_requests as rr
from recruitdesk.services.candidates import new_candidate, record_outcome

from tests.gui.retention_support import new_vault  # noqa: F401 - waits for workers before closing


@pytest.fixture
def setup(new_vault, clock):
    """An Peeters, not hired on 1 February 2026, in an nl-ap vault; today is 2 March 2026."""
    vault, _key = new_vault
    with vault.session() as session, session.begin():
        cid = new_candidate(session, vault.candidate_keys, clock, "An Peeters", email="an@example.be",
                            applied_on=dt.date(2026, 1, 5)).id
    record_outcome(vault, cid, "not_hired", dt.date(2026, 2, 1))
    return vault, clock, cid


def test_consent_dialog(qtbot, setup, tmp_path):
    vault, clock, cid = setup
    ev = tmp_path / "akkoord.eml"
    ev.write_bytes(b"From: an\r\n\r\nja")
    d = ConsentDialog(vault, cid, "An Peeters", clock.today(), choose_evidence=lambda p: str(ev))
    qtbot.addWidget(d)
    d.save()  # no wording: inline error
    qtbot.waitUntil(lambda: not d.error_label.isHidden())
    assert "exact text" in d.error_label.text()
    d.version_edit.setText("v1")
    d.given_edit.setDate(d.given_edit.date().addDays(-29))
    d._pick_evidence()
    with qtbot.waitSignal(d.saved, timeout=5000) as blocker:
        d.save()
    view = blocker.args[0]
    assert view.expires_on == dt.date(2027, 2, 1) and view.evidence_document_id
    urls = []
    url = open_renewal_mail(vault, view.id, "nl", open_url=lambda u: urls.append(u.toString()) or True)
    assert len(urls) == 1 and urls[0].startswith("mailto:an@example.be?subject=") and url.startswith("mailto:an@example.be?subject=")
    assert withdraw_consent(vault, view.id).withdrawn_on == clock.today()


def test_note_dialog(qtbot, setup):
    vault, clock, cid = setup
    d = NoteDialog(vault, cid, "An Peeters")
    qtbot.addWidget(d)
    d.show()
    d.kind_combo.setCurrentIndex(2)
    assert d.source_edit.isVisible()
    d.body_edit.setPlainText("blog")
    d.save()
    qtbot.waitUntil(lambda: not d.error_label.isHidden())
    d.source_edit.setText("LinkedIn")
    with qtbot.waitSignal(d.saved, timeout=5000) as b:
        d.save()
    note = b.args[0]
    d2 = NoteDialog(vault, cid, "An Peeters", note)
    qtbot.addWidget(d2)
    d2.body_edit.setPlainText("blog, discussed")
    d2.discussed_box.setChecked(True)
    with qtbot.waitSignal(d2.saved, timeout=5000) as b:
        d2.save()
    assert b.args[0].discussed_with_candidate and len(b.args[0].history) == 2
    d3 = NoteDialog(vault, cid, "An Peeters", b.args[0])
    qtbot.addWidget(d3)
    assert d3.history_list.count() == 1


def test_request_dialogs(qtbot, setup):
    vault, clock, cid = setup
    writer = LocalRequestWriter(vault, clock.today)
    d = RegisterRequestDialog(writer, cid, "An Peeters")
    qtbot.addWidget(d)
    assert "2 April 2026" in d.due_label.text()
    d.kind_combo.setCurrentIndex(rr.KINDS.index("objection"))
    with qtbot.waitSignal(d.saved, timeout=5000) as b:
        d.save()
    req = b.args[0]
    e = ExtendRequestDialog(writer, req)
    qtbot.addWidget(e)
    e.save()
    qtbot.waitUntil(lambda: not e.error_label.isHidden())
    e.reason_edit.setPlainText("complex case")
    e.months_combo.setCurrentIndex(1)
    with qtbot.waitSignal(e.saved, timeout=5000) as b:
        e.save()
    assert b.args[0].deadline == dt.date(2026, 6, 2)
    c = CompleteRequestDialog(writer, b.args[0])
    qtbot.addWidget(c)
    assert c.completed_edit.isHidden()  # a local vault dates the completion itself
    assert "The email address and phone number go on the suppression list." in [label.text() for label in c.findChildren(QLabel)]
    c.outcome_edit.setPlainText("done")
    c.save()
    qtbot.waitUntil(lambda: not c.error_label.isHidden())
    assert "identity" in c.error_label.text()
    c.identity_edit.setText("phone + mail")
    c.save()
    qtbot.waitUntil(lambda: not c.error_label.isHidden() and "erasure or in restriction" in c.error_label.text())
    c.erase_radio.setChecked(True)
    c.save()
    box = c.confirmation  # erasing is asked first
    assert box is not None and "erases the candidate's data" in box.text()
    qtbot.waitUntil(box.isVisible)
    with qtbot.waitSignal(c.saved, timeout=5000) as b:
        qtbot.mouseClick(box.erase_button, Qt.MouseButton.LeftButton)
    assert not b.args[0].is_open and rr.is_suppressed(vault, email="an@example.be")


def test_export_dialog(qtbot, setup, tmp_path):
    vault, clock, cid = setup
    d = ExportDialog(vault, cid, "An Peeters", choose_folder=lambda p: str(tmp_path / "out"))
    qtbot.addWidget(d)
    assert "leaves the encrypted vault" in d.warning_label.text()
    d.start_export()
    assert "folder" in d.error_label.text()
    d._browse()
    d.password_edit.setText("longpassword")
    d.repeat_edit.setText("other")
    d.start_export()
    assert "not the same" in d.error_label.text()
    d.repeat_edit.setText("longpassword")
    with qtbot.waitSignal(d.exported, timeout=10000) as b:
        d.start_export()
    assert b.args[0].encrypted and b.args[0].path.suffix == ".zip"
    d2 = ExportDialog(vault, cid, "An Peeters", choose_folder=lambda p: str(tmp_path / "out"))
    qtbot.addWidget(d2)
    d2._browse()
    d2.protect_box.setChecked(False)
    d2.start_export()
    d2.cancel()
    qtbot.waitUntil(lambda: not d2.error_label.isHidden() or d2.result() == 1, timeout=10000)


def test_requests_panel(qtbot, setup):
    vault, clock, cid = setup
    rr.register(vault, "access", dt.date(2026, 1, 20), cid, identity_check="mail")
    rr.register(vault, "erasure", dt.date(2026, 2, 28), None)
    panel = RequestsPanel(vault, clock.today)
    qtbot.addWidget(panel)
    assert panel.table.rowCount() == 2
    assert panel.headline_label.text() == "1 request is overdue."
    assert "(overdue)" in panel.table.item(0, 4).text() and panel.table.item(0, 2).text() == "An Peeters"
    panel.table.selectRow(0)
    assert panel.export_button.isEnabled() and panel.complete_button.isEnabled() and not panel.extend_button.isEnabled()
    panel.table.selectRow(1)
    assert panel.extend_button.isEnabled() and not panel.export_button.isEnabled()
    dialog = panel.extend_selected()
    dialog.reason_edit.setPlainText("needs archive search")
    with qtbot.waitSignal(panel.changed, timeout=5000):
        dialog.save()
    assert panel.table.item(1, 4).text() == "28 Apr 2026 (extended)"  # the local dock says so, as a team's
    d = panel.register_request()
    with qtbot.waitSignal(panel.changed, timeout=5000):
        d.save()
    assert panel.table.rowCount() == 3
    assert panel.export_selected() is None  # the new request (access, nobody linked yet)
    panel.table.selectRow([panel.table.item(row, 2).text() for row in range(3)].index("An Peeters"))
    export = panel.export_selected()
    assert export is not None and export.windowTitle() == "Export An Peeters's data"
    export.reject()
