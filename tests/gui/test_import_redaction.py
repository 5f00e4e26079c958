"""Choosing redaction in the import dialog: the vault keeps a redacted copy; the special-category
words the preview warns about can be redacted too."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from recruitdesk.services.documents import document_text
from recruitdesk.store.models import Candidate
from tests.gui.test_import_dialog import import_all, open_dialog
from tests.importing import make_files


def click_box(qtbot, box) -> None:
    """Click the box itself (the widget is wider than its label)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_redacting_numbers_and_special_category_words_from_the_dialog(qtbot, new_vault, tmp_path):
    vault, _ = new_vault
    lines = make_files.french_cv_lines() + ["Je suis membre du syndicat FGTB."]
    path = make_files.write_docx(tmp_path / "camille.docx", lines)
    dialog = open_dialog(qtbot, vault, [path])
    assert "union" in dialog.model.row_at(0).preview.findings.topics  # the preview warns about it
    assert not dialog.ui.redactSpecialCheckBox.isEnabled()
    click_box(qtbot, dialog.ui.redactCheckBox)
    assert dialog.ui.redactCheckBox.isChecked() and dialog.ui.redactSpecialCheckBox.isEnabled()
    click_box(qtbot, dialog.ui.redactSpecialCheckBox)
    [result] = import_all(qtbot, dialog)
    assert result.status == "imported" and "redacted" in [notice.code for notice in result.notices]
    with vault.session() as session:
        candidate = session.get(Candidate, result.candidate_id)
        document = candidate.documents[0]
        text = document_text(vault.candidate_keys, candidate, document)
        assert document.media_type == "application/pdf"
    assert "FGTB" not in text and "90.03.12-154.39" not in text and "Camille Dubois" in text
