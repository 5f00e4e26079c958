"""Vacancies > Blind review… on a team, used as a recruiter uses it, on a real server.

Two applicants' real CVs (a DOCX and a PDF made here, imported with the team CV import) are
shown as "Applicant 1" and "Applicant 2": no widget of the review holds a name, e-mail or phone;
the PDF's pages are the blacked-out images. The recruiter rates, is asked before the reveal and
sees the name; the audit names them. A colleague's rating meanwhile is shown in words, and a DPO
sees the review without rating controls.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPlainTextEdit

from recruitdesk.gui.team.blind_review_dialog import TeamBlindReviewDialog
from recruitdesk.gui.team.panel import TeamPanel
from tests.gui.team.team_support import hosted_team
from recruitdesk.services.team_blind_review import TeamBlindReview
from recruitdesk.services.team_register import read_audit
from tests.gui.team.test_team_blind_review_service import DUTCH, FRENCH, applicants_with_real_cvs, of
from tests.gui.user_actions import click, menu_item

WAIT = 20_000


@pytest.fixture
def window(qtbot, team_folder, keychain, clock):
    shown = hosted_team(qtbot, team_folder, lambda: keychain, clock)
    with qtbot.waitSignals([shown.rows_loaded, shown.checked], timeout=WAIT):
        shown.open_team()
    yield shown
    shown.close()


def _open_review(qtbot, window: TeamPanel) -> TeamBlindReviewDialog:
    """Vacancies > Vacancies (the dock, on the team's vacancies), its vacancy clicked, then Vacancies > Blind review…."""
    menu_item(window, "Vaca&ncies", "&Vacancies").trigger()
    vacancies = window.main.vacancies
    qtbot.waitUntil(lambda: vacancies.panel is not None and not vacancies.panel.loading
                    and vacancies.panel.model.rowCount() == 1, timeout=WAIT)
    table = vacancies.panel.table
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(window.vacancy_actions.blind_review.dialog_opened, timeout=WAIT) as opened:
        menu_item(window, "Vaca&ncies", "&Blind review…").trigger()  # enabled: a vacancy is chosen
    dialog = opened.args[0]
    assert isinstance(dialog, TeamBlindReviewDialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 2 and dialog.shown_cv is not None and not dialog.busy(), timeout=WAIT)
    return dialog


def _show(qtbot, dialog: TeamBlindReviewDialog, row: int) -> None:
    item = dialog.list.item(row)
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=dialog.list.visualItemRect(item).center())
    qtbot.waitUntil(lambda: dialog.shown_cv is not None and dialog.current_item().position == row + 1 and not dialog.busy(),
                    timeout=WAIT)


def _everything_shown(dialog: TeamBlindReviewDialog) -> str:
    texts = [dialog.windowTitle()]
    texts += [label.text() for label in dialog.findChildren(QLabel)]
    texts += [edit.toPlainText() for edit in dialog.findChildren(QPlainTextEdit)]
    texts += [widget.item(i).text() for widget in dialog.findChildren(QListWidget) for i in range(widget.count())]
    return "\n".join(texts).lower()


def _rate(qtbot, dialog: TeamBlindReviewDialog, rating: int) -> None:
    qtbot.mouseClick(dialog.rating_buttons[rating - 1], Qt.MouseButton.LeftButton)
    assert dialog.rating_group.checkedId() == rating
    click(qtbot, dialog.rate_button)


def test_a_recruiter_reviews_masked_cvs_rates_and_reveals_after_being_asked(qtbot, window, colleague, tmp_path):
    vacancy, people = applicants_with_real_cvs(colleague, tmp_path / "cvs")
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        window.reload()
    dialog = _open_review(qtbot, window)
    assert [dialog.list.item(row).text() for row in range(2)] == ["Applicant 1", "Applicant 2"]
    queue = TeamBlindReview(colleague).queue(vacancy.vacancy_id)
    pdf_row = of(queue, people["camille"]).position - 1
    for row in (0, 1):
        _show(qtbot, dialog, row)
        shown = _everything_shown(dialog)
        for value in DUTCH + FRENCH:
            assert value.lower() not in shown, value
        assert dialog.tabs.isTabEnabled(1) == (row == pdf_row)  # the PDF's pages, blacked out
        if row == pdf_row:
            pages = [label for label in dialog.pages_widget.findChildren(QLabel) if label.pixmap() and not label.pixmap().isNull()]
            assert pages
    assert "werkervaring" in dialog.text_view.toPlainText().lower() or "expérience" in dialog.text_view.toPlainText().lower()

    griet_row = of(queue, people["griet"]).position - 1
    _show(qtbot, dialog, griet_row)
    assert not dialog.reveal_button.isEnabled()  # rate first
    _rate(qtbot, dialog, 4)
    qtbot.waitUntil(lambda: dialog.list.item(griet_row).text() == f"Applicant {griet_row + 1}: rated 4", timeout=WAIT)
    assert of(TeamBlindReview(colleague).queue(vacancy.vacancy_id), people["griet"]).rating == 4

    with qtbot.waitSignal(dialog.dialog_opened, timeout=WAIT) as asked:
        click(qtbot, dialog.reveal_button)
    box = asked.args[0]
    assert "audit log records that you revealed it" in box.text()
    click(qtbot, box.button(box.StandardButton.Cancel))
    qtbot.wait(200)
    assert dialog.identity_label.text() == ""
    assert not any(row.action == "Identity revealed in a blind review" for row in read_audit(colleague).rows)

    with qtbot.waitSignal(dialog.dialog_opened, timeout=WAIT) as asked:
        click(qtbot, dialog.reveal_button)
    click(qtbot, asked.args[0].reveal_button)
    qtbot.waitUntil(lambda: dialog.identity_label.text().startswith("This CV is from Griet"), timeout=WAIT)
    newest = read_audit(colleague).rows[0]
    assert (newest.action, newest.member) == ("Identity revealed in a blind review", "Anna Admin")


def test_a_colleagues_rating_meanwhile_is_shown_in_words_and_kept(qtbot, window, colleague, tmp_path):
    vacancy, people = applicants_with_real_cvs(colleague, tmp_path / "cvs")
    dialog = _open_review(qtbot, window)
    theirs = TeamBlindReview(colleague)
    camille = of(theirs.queue(vacancy.vacancy_id), people["camille"])
    _show(qtbot, dialog, camille.position - 1)
    window.listener.changed.disconnect(dialog.follow)  # their change notice is still on its way when the user rates
    theirs.record_rating(vacancy.vacancy_id, camille, 5)  # another window rates while this one shows the CV

    _rate(qtbot, dialog, 2)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=WAIT)
    assert dialog.error_label.text() == ("Anna Admin rated this CV 5 meanwhile, so your rating 2 was not saved. Their rating "
                                         "is shown now; record yours again to replace it.")
    assert dialog.list.item(camille.position - 1).text() == f"Applicant {camille.position}: rated 5"
    assert dialog.rating_group.checkedId() == 5 and dialog.reveal_button.isEnabled()
    assert of(theirs.queue(vacancy.vacancy_id), people["camille"]).rating == 5  # nothing overwritten

    _rate(qtbot, dialog, 2)  # again, now over their version
    qtbot.waitUntil(lambda: dialog.list.item(camille.position - 1).text() == f"Applicant {camille.position}: rated 2",
                    timeout=WAIT)
    assert of(theirs.queue(vacancy.vacancy_id), people["camille"]).rating == 2


def test_a_dpo_reviews_without_rating_controls(qtbot, tmp_path, team_folder, colleague, team_database_url, keychain,
                                              second_keychain, clock):
    from recruitdesk.services.team_vault import invite_member, join_team_vault
    from recruitdesk.team.roles import Role

    applicants_with_real_cvs(colleague, tmp_path / "cvs")
    invitation = invite_member(team_folder, keychain, clock, "Dora", Role.DPO)
    join_team_vault(tmp_path / "dora", team_database_url, invitation.code, second_keychain, clock)
    dpo_window = hosted_team(qtbot, tmp_path / "dora", lambda: second_keychain, clock)
    with qtbot.waitSignal(dpo_window.rows_loaded, timeout=WAIT):
        dpo_window.open_team()
    try:
        dialog = _open_review(qtbot, dpo_window)
        assert dialog.role_label.isVisible() and "data protection officer" in dialog.role_label.text()
        assert dialog.text_view.toPlainText().strip()
        assert not dialog.rate_button.isEnabled()
        assert not any(button.isEnabled() for button in dialog.rating_buttons)
    finally:
        dpo_window.close()


def test_a_colleagues_rating_shows_in_the_open_review_by_itself(qtbot, window, colleague, tmp_path):
    vacancy, people = applicants_with_real_cvs(colleague, tmp_path / "cvs")
    dialog = _open_review(qtbot, window)
    theirs = TeamBlindReview(colleague)
    griet = of(theirs.queue(vacancy.vacancy_id), people["griet"])
    _show(qtbot, dialog, griet.position - 1)
    assert not dialog.reveal_button.isEnabled()

    theirs.record_rating(vacancy.vacancy_id, griet, 3)  # another window rates while this one shows the CV
    qtbot.waitUntil(lambda: dialog.list.item(griet.position - 1).text() == f"Applicant {griet.position}: rated 3", timeout=WAIT)
    assert dialog.reveal_button.isEnabled() and dialog.current_item().version == griet.version + 1
    _rate(qtbot, dialog, 5)  # over their version: no conflict
    qtbot.waitUntil(lambda: dialog.list.item(griet.position - 1).text() == f"Applicant {griet.position}: rated 5", timeout=WAIT)
    assert not dialog.error_label.isVisible()
