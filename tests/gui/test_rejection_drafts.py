"""The rejection drafts dialog after a vacancy is filled, driven as a user: choose a candidate,
edit the letter, open it in the mail program (the URL is recorded), fall back to an .eml file
when the link is too long, switch the language, mark as sent."""

from __future__ import annotations

import datetime as dt
from email import message_from_bytes
from email.policy import default as default_policy
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import Qt

from recruitdesk.retention.presets import PRESETS
from recruitdesk.gui.rejections.dialog import RejectionDraftsDialog
from recruitdesk.services import applications, rejection_messages, retention, vacancies
from recruitdesk.services.candidates import new_candidate
from recruitdesk.services.documents import attach_document
from recruitdesk.services.vacancy_closing import close_vacancy
from recruitdesk.store.models import RetentionState
from tests.gui.user_actions import click

CVS = {
    "nl": ("Griet Peeters", "Werkervaring\nIk ben een boekhouder met tien jaar ervaring in de zorg en bij een kmo in de regio."),
    "fr": ("Hélène Dubois", "Expérience professionnelle\nJe suis comptable avec dix ans d'expérience dans une PME et pour la formation."),
    "en": ("Sam Taylor", "Experience\nI am an accountant with ten years of experience in care and at a small firm, and I have a degree."),
}


@pytest.fixture
def closed_vacancy(new_vault, clock):
    vault, _ = new_vault
    retention.change_policy(vault, PRESETS["it1"].policy, "it1")
    vacancy = vacancies.add_vacancy(vault, "Boekhouder", opened_on=dt.date(2026, 1, 5))
    applied = {}
    for language, (name, text) in CVS.items():
        with vault.session() as session, session.begin():
            candidate = new_candidate(session, vault.candidate_keys, clock, name, email=f"{language}@example.be",
                                      applied_on=dt.date(2026, 1, 5))
            attach_document(session, vault.candidate_keys, clock, candidate, "cv.txt", "text/plain", b"cv", text)
            candidate_id = candidate.id
        applied[language] = (candidate_id, applications.apply(vault, candidate_id, vacancy, dt.date(2026, 1, 5)))
    rejected = close_vacancy(vault, vacancy, hired=[applied["en"][1]], on=clock.today())
    return vault, rejected, applied


def _dialog(qtbot, vault, rejected, urls, paths):
    dialog = RejectionDraftsDialog(vault, rejected, open_url=lambda url: urls.append(url.toString(url.ComponentFormattingOption.FullyEncoded)) or True,
                                   choose_path=lambda _parent, suggested: paths.pop(0) if paths else None, today=vault.clock.today)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.count() == 2 and not dialog.busy(), timeout=10000)
    return dialog


def test_edit_open_in_mail_program_and_mark_as_sent(qtbot, closed_vacancy, clock, monkeypatch):
    vault, rejected, applied = closed_vacancy
    monkeypatch.setattr(rejection_messages, "MAILTO_LIMIT", 16000)
    urls: list[str] = []
    dialog = _dialog(qtbot, vault, rejected, urls, [])
    assert [dialog.list.item(i).text() for i in range(2)] == ["Griet Peeters (NL)", "Hélène Dubois (FR)"]
    assert dialog.subject_edit.text() == "Uw sollicitatie voor Boekhouder"
    assert dialog.body_edit.toPlainText().startswith("Geachte Griet Peeters,")
    dialog.body_edit.setFocus()
    dialog.body_edit.moveCursor(dialog.body_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(dialog.body_edit, " PS: tot ziens!")
    click(qtbot, dialog.open_button)
    assert len(urls) == 1
    query = parse_qs(urlsplit(urls[0]).query)
    assert query["subject"] == ["Uw sollicitatie voor Boekhouder"]
    assert query["body"][0].endswith("PS: tot ziens!") and "wervingsreserve" in query["body"][0]
    assert urls[0].startswith("mailto:nl@example.be?")

    click(qtbot, dialog.sent_button)
    qtbot.waitUntil(lambda: dialog.list.item(0).text().endswith("sent") and not dialog.busy(), timeout=10000)
    assert not dialog.sent_button.isEnabled()
    with vault.read_session() as session:
        assert session.get(RetentionState, applied["nl"][0]).due_on == dt.date(2026, 3, 30)
        assert session.get(RetentionState, applied["fr"][0]).due_on == dt.date(2026, 3, 30)
    # the keyboard moves to the next candidate, whose draft is French and not yet sent
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.body_edit.toPlainText().startswith("Bonjour Hélène Dubois,")
    assert dialog.sent_button.isEnabled()


def test_too_long_for_a_link_saves_an_eml_and_switches_language(qtbot, closed_vacancy, tmp_path, monkeypatch):
    vault, rejected, _applied = closed_vacancy
    monkeypatch.setattr(rejection_messages, "MAILTO_LIMIT", 2000)  # as on Windows
    urls: list[str] = []
    target = tmp_path / "afwijzing.eml"
    dialog = _dialog(qtbot, vault, rejected, urls, [str(target)])
    dialog.list.setCurrentRow(1)
    click(qtbot, dialog.open_button)
    assert urls == []
    assert not dialog.error_label.isHidden() and ".eml" in dialog.error_label.text()
    assert dialog.save_button.hasFocus()
    # switch the letter to English with the keyboard, as a user would
    dialog.language_combo.setFocus()
    qtbot.keyClicks(dialog.language_combo, "English")
    qtbot.waitUntil(lambda: dialog.subject_edit.text() == "Your application for Boekhouder" and not dialog.busy(), timeout=10000)
    assert dialog.list.item(1).text() == "Hélène Dubois (EN)"
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: target.exists() and not dialog.busy(), timeout=10000)
    message = message_from_bytes(target.read_bytes(), policy=default_policy)
    assert message["To"].addresses[0].addr_spec == "fr@example.be"
    assert str(message["Subject"]) == "Your application for Boekhouder"
    assert message.get_content().startswith("Dear Hélène Dubois,")
    assert "afwijzing.eml" in dialog.status_label.text()


def test_record_reserve_answer_opens_the_consent_dialog_with_the_letters_wording(qtbot, closed_vacancy, clock):
    """The candidate replied yes: one click opens the consent dialog filled with the reserve
    sentence and version of this letter, dated today; Save records it. A letter whose question
    the recruiter deleted offers no answer to record."""
    from PySide6.QtWidgets import QDialogButtonBox

    from recruitdesk.dates import long_date
    from recruitdesk.services.consents import consents_of
    from tests.gui.user_actions import click_standard

    vault, rejected, applied = closed_vacancy
    dialog = _dialog(qtbot, vault, rejected, [], [])
    draft = dialog.current_draft()
    assert draft.reserve_wording and draft.reserve_wording in dialog.body_edit.toPlainText()
    click(qtbot, dialog.sent_button)
    qtbot.waitUntil(lambda: dialog.list.item(0).text().endswith("sent") and not dialog.busy(), timeout=10000)
    click(qtbot, dialog.answer_button)
    consent = dialog.consent_dialog
    assert consent is not None and consent.isVisible() and consent.windowTitle() == "Record reserve answer"
    assert consent.text_edit.toPlainText() == draft.reserve_wording and consent.version_edit.text() == "rejection-reserve-1"
    assert (consent.purpose_combo.currentText(), consent.channel_combo.currentText()) == ("Recruitment reserve", "Email")
    assert f"sent on {long_date(clock.today())}" in consent.asked_label.text()
    with qtbot.waitSignal(dialog.consent_recorded, timeout=10000):
        click_standard(qtbot, consent.buttons, QDialogButtonBox.StandardButton.Save)
    [given] = consents_of(vault, applied["nl"][0])
    assert (given.text, given.text_version, given.given_on, given.channel) == (draft.reserve_wording, "rejection-reserve-1",
                                                                            clock.today(), "email")
    assert "stays in the recruitment reserve until" in dialog.status_label.text()

    # The next letter, with its reserve question deleted by the recruiter: nothing to record.
    dialog.list.setCurrentRow(1)
    assert dialog.answer_button.isEnabled()
    dialog.body_edit.setFocus()
    assert dialog.body_edit.find(dialog.current_draft().reserve_wording)  # selects the sentence, as a drag would
    qtbot.keyClick(dialog.body_edit, Qt.Key.Key_Delete)
    assert dialog.current_draft().reserve_wording not in dialog.body_edit.toPlainText()
    assert not dialog.answer_button.isEnabled()
