"""The blind review dialog, driven as a user: no name, contact detail or raw text reaches any
widget; the PDF preview shows the blacked-out page images; rating first, then the reveal."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit
from sqlalchemy import select

from recruitdesk.gui.blind_review.dialog import BlindReviewDialog
from recruitdesk.services import applications, vacancies
from recruitdesk.services.candidates import new_candidate
from recruitdesk.services.documents import attach_document
from recruitdesk.store.models import AuditEntry, Procedure
from tests.core.test_blind_review import _cv_pdf, _pdf_text
from tests.gui.user_actions import click
from tests.importing.synthetic_cvs import make_person


@pytest.fixture
def vacancy_with_cvs(new_vault, clock):
    vault, _ = new_vault
    vacancy = vacancies.add_vacancy(vault, "Boekhouder", opened_on=clock.today())
    rng = random.Random(8)
    people = [make_person(rng, "nl"), make_person(rng, "fr")]
    ids = []
    for number, person in enumerate(people):
        with vault.session() as session, session.begin():
            candidate = new_candidate(session, vault.candidate_keys, clock, person.name, email=person.email)
            if number == 0:
                content = _cv_pdf(person)
                attach_document(session, vault.candidate_keys, clock, candidate, "cv.pdf", "application/pdf", content, _pdf_text(content))
            else:
                text = f"{person.name}\n{person.email}\nExpérience professionnelle\nComptable depuis 2017, planning."
                attach_document(session, vault.candidate_keys, clock, candidate, "cv.txt", "text/plain", b"cv", text)
            candidate_id = candidate.id
        ids.append(applications.apply(vault, candidate_id, vacancy, clock.today()))
    return vault, vacancy, ids, people


def _all_widget_text(dialog) -> str:
    parts = [dialog.windowTitle()]
    for widget in dialog.findChildren(QLabel):
        parts.append(widget.text())
    for widget in dialog.findChildren(QPlainTextEdit):
        parts.append(widget.toPlainText())
    for widget in dialog.findChildren(QLineEdit):
        parts.append(widget.text())
    parts += [dialog.list.item(i).text() for i in range(dialog.list.count())]
    return "\n".join(parts)


def test_blind_review_rate_then_reveal(qtbot, vacancy_with_cvs):
    vault, vacancy, ids, people = vacancy_with_cvs
    dialog = BlindReviewDialog(vault, vacancy)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.shown_cv is not None and not dialog.busy(), timeout=15000)
    assert [dialog.list.item(i).text() for i in range(2)] == ["CV 1 of 2", "CV 2 of 2"]
    assert "Werkervaring" in dialog.text_view.toPlainText()
    shown = _all_widget_text(dialog)
    for person in people:
        for secret in (person.first, person.email, person.street, person.phone_printed):
            assert secret not in shown, secret
    # the preview is the service's blacked-out page, pixel for pixel, never the file
    assert dialog.tabs.isTabEnabled(1)
    pages = [label for label in dialog.pages_widget.findChildren(QLabel) if not label.pixmap().isNull()]
    assert len(pages) == 1 and len(dialog.shown_cv.pages) == 1
    assert dialog.shown_cv.pages[0].rectangles

    assert not dialog.reveal_button.isEnabled()
    click(qtbot, dialog.rating_buttons[3])
    click(qtbot, dialog.rate_button)
    qtbot.waitUntil(lambda: dialog.list.item(0).text() == "CV 1 of 2: rated 4" and not dialog.busy(), timeout=10000)
    assert dialog.reveal_button.isEnabled()
    click(qtbot, dialog.reveal_button)
    qtbot.waitUntil(lambda: people[0].name in dialog.identity_label.text(), timeout=10000)
    with vault.read_session() as session:
        procedure = session.get(Procedure, ids[0])
        assert (procedure.rating, procedure.rating_blind) == (4, True)
        actions = [e.action for e in session.scalars(select(AuditEntry))]
    assert actions.count("review.identity_revealed") == 1

    # the keyboard moves to the next CV: not rated, so no reveal; nothing of the first person left
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.shown_cv is not None and dialog.shown_cv.application_id == ids[1] and not dialog.busy(), timeout=10000)
    assert dialog.identity_label.text() == "" and not dialog.reveal_button.isEnabled()
    assert not dialog.tabs.isTabEnabled(1)
    text = dialog.text_view.toPlainText()
    assert people[1].email not in text and "Comptable depuis 2017" in text
    assert not any(button.isChecked() for button in dialog.rating_buttons)
    click(qtbot, dialog.rate_button)  # no rating chosen: told so, nothing stored
    assert "Choose a rating" in dialog.error_label.text()
