"""Candidate > Consents… in the local window, used as a recruiter uses it.

The same dialog as a team's (``gui.candidates.consents_dialog``), on the local vault's source: a
reserve consent is recorded with the candidate's mail as evidence, listed, and the countdown moves
out at once; withdrawing it in one click moves the countdown back, in the table and the Candidate
dock. A sharing-with-clients consent is listed beside the reserve one and withdrawn on its own; a
consent withdrawn elsewhere meanwhile is said in words and the list is read again.
"""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from recruitdesk.dates import long_date, short_date
from recruitdesk.gui.candidates.consents_dialog import EVIDENCE, GIVEN, PURPOSE, WITHDRAWN, ConsentsDialog
from recruitdesk.gui.shell.main_window import MainWindow
from recruitdesk.services import consents

from tests.gui.retention_support import add, add_not_hired, show
from tests.gui.retention_support import new_vault  # noqa: F401 - waits for workers before closing
from tests.gui.user_actions import click_candidate, choose_in_combo, click, menu_item

WAIT = 120_000  # an upper bound: reading files in the sandbox on a machine busy with other work


@pytest.fixture
def desk(qtbot, clock, new_vault):
    """A shown main window over a vault with Lena (not hired on 20 February: due in four weeks) and Otto."""
    vault, _key = new_vault
    lena = add_not_hired(vault, clock, "Lena Maes", dt.date(2026, 2, 20), "lena@example.be")
    otto = add(vault, clock, "Otto Janssens", dt.date(2026, 2, 3), "otto@example.be")
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    show(qtbot, window, vault)
    return window, vault, lena, otto


def _open_consents(qtbot, window: MainWindow, candidate_id: int) -> ConsentsDialog:
    click_candidate(qtbot, window, candidate_id)
    menu_item(window, "&Candidate", "C&onsents…").trigger()
    dialog = window.candidates.consents.consents_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ready, timeout=WAIT)
    return dialog


def _click_line(qtbot, dialog: ConsentsDialog, purpose: str) -> None:
    items = dialog.list.findItems(purpose, Qt.MatchFlag.MatchExactly, PURPOSE)
    assert len(items) == 1
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=dialog.list.visualItemRect(items[0]).center())
    assert dialog.selected() is not None and dialog.selected().purpose_text() == purpose


def _due(window: MainWindow, candidate_id: int) -> dt.date | None:
    return window.model.row_at(window.model.row_of(candidate_id)).due_on


def _dock_consents(window: MainWindow) -> list[str]:
    shown = window.candidate_detail.pane.consents_list
    return [shown.item(row).text() for row in range(shown.count())]


def _mail(path):
    message = EmailMessage()
    message["From"] = "Lena Maes <lena@example.be>"
    message["To"] = "jobs@example.org"
    message["Subject"] = "Re: your reserve"
    message.set_content("Yes, please keep my CV for future vacancies.")
    path.write_bytes(bytes(message))
    return path


def test_consents_is_offered_for_one_selected_candidate_only(qtbot, desk):
    window, _vault, lena, otto = desk
    action = window.candidates.consents.consents_action
    assert action in window.candidate_menu.actions() and not action.isEnabled()  # nothing selected
    click_candidate(qtbot, window, lena)
    assert action.isEnabled()
    click_candidate(qtbot, window, otto, Qt.KeyboardModifier.ControlModifier)
    assert sorted(window.selected_ids()) == sorted([lena, otto]) and not action.isEnabled()


def test_a_reserve_consent_recorded_with_evidence_is_listed_and_withdrawn_and_the_countdown_follows(qtbot, tmp_path, desk, clock):
    window, vault, lena, _otto = desk
    before = _due(window, lena)
    assert before == dt.date(2026, 3, 20)  # four weeks after the procedure ended
    dialog = _open_consents(qtbot, window, lena)
    assert dialog.windowTitle() == "Consents of Lena Maes"
    assert dialog.empty_label.isVisible() and not dialog.withdraw_button.isEnabled()
    assert not dialog.read_only_label.isVisible()

    with qtbot.waitSignal(dialog.recording_opened, timeout=WAIT) as opened:
        click(qtbot, dialog.record_button)
    record = opened.args[0]
    choose_in_combo(qtbot, record.purpose_combo, "Recruitment reserve")
    evidence = _mail(tmp_path / "reply.eml")
    record.choose_evidence = lambda parent: str(evidence)
    click(qtbot, record.evidence_button)
    assert record.evidence_label.text() == "reply.eml"
    qtbot.keyClicks(record.text_edit, "Keep my CV for future vacancies.")
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT, check_params_cb=lambda lines: len(lines) == 1):
        click(qtbot, record.buttons.button(QDialogButtonBox.StandardButton.Save))
    item = dialog.list.topLevelItem(0)
    assert (item.text(PURPOSE), item.text(GIVEN), item.text(EVIDENCE), item.text(WITHDRAWN)) == (
        "Recruitment reserve", short_date(clock.today()), "Yes", "")
    assert dialog.message_label.text() == "The consent was recorded."
    qtbot.waitUntil(lambda: _due(window, lena) != before, timeout=WAIT)
    assert _due(window, lena) > before  # the reserve keeps Lena longer
    [stored] = consents.consent_lines(vault, lena)
    assert (stored.purpose, stored.wording, stored.has_evidence) == ("recruitment_reserve", "Keep my CV for future vacancies.", True)

    _click_line(qtbot, dialog, "Recruitment reserve")
    assert dialog.withdraw_button.isEnabled()
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT, check_params_cb=lambda lines: lines[0].withdrawn_on is not None):
        click(qtbot, dialog.withdraw_button)
    qtbot.waitUntil(lambda: "was withdrawn today" in dialog.message_label.text() and not dialog.busy, timeout=WAIT)
    assert dialog.message_label.text() == "The consent for \"Recruitment reserve\" was withdrawn today."
    assert dialog.list.topLevelItem(0).text(WITHDRAWN) == short_date(clock.today())
    assert not dialog.withdraw_button.isEnabled()  # already withdrawn: nothing left to click
    qtbot.waitUntil(lambda: _due(window, lena) == before, timeout=WAIT)  # the countdown moved back
    qtbot.waitUntil(lambda: any("withdrawn" in text for text in _dock_consents(window)), timeout=WAIT)
    assert consents.consent_lines(vault, lena)[0].withdrawn_on == clock.today()


def test_a_sharing_consent_is_listed_beside_the_reserve_one_and_withdrawn_on_its_own(qtbot, desk, clock):
    window, vault, lena, _otto = desk
    consents.give_consent(vault, lena, "recruitment_reserve", dt.date(2026, 2, 20), "email", text="Keep my CV.")
    consents.give_consent(vault, lena, "share_with_clients", dt.date(2026, 2, 25), "paper", text_version="share-v1")
    dialog = _open_consents(qtbot, window, lena)
    assert [(dialog.list.topLevelItem(row).text(PURPOSE), dialog.list.topLevelItem(row).text(GIVEN))
            for row in range(dialog.list.topLevelItemCount())] == [
        ("Recruitment reserve", short_date(dt.date(2026, 2, 20))), ("Sharing with clients", short_date(dt.date(2026, 2, 25)))]

    _click_line(qtbot, dialog, "Sharing with clients")
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT, check_params_cb=lambda lines: any(line.withdrawn_on for line in lines)):
        click(qtbot, dialog.withdraw_button)
    assert {line.purpose: line.withdrawn_on for line in consents.consent_lines(vault, lena)} == {
        "recruitment_reserve": None, "share_with_clients": clock.today()}
    assert dialog.list.findItems("Recruitment reserve", Qt.MatchFlag.MatchExactly, PURPOSE)[0].text(WITHDRAWN) == ""


def test_a_consent_withdrawn_meanwhile_is_said_in_words_and_the_list_read_again(qtbot, desk, clock):
    window, vault, lena, _otto = desk
    sharing = consents.give_consent(vault, lena, "share_with_clients", dt.date(2026, 2, 25), "paper", text_version="share-v1")
    dialog = _open_consents(qtbot, window, lena)
    _click_line(qtbot, dialog, "Sharing with clients")
    consents.withdraw(vault, sharing.id, dt.date(2026, 3, 1))  # elsewhere meanwhile (the Withdraw consent menu item)
    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as said:
        click(qtbot, dialog.withdraw_button)
    assert said.args[0] == f"This consent was already withdrawn on {long_date(dt.date(2026, 3, 1))}."
    qtbot.waitUntil(lambda: bool(dialog.lines) and dialog.lines[0].withdrawn_on == dt.date(2026, 3, 1), timeout=WAIT)
    assert dialog.list.topLevelItem(0).text(WITHDRAWN) == short_date(dt.date(2026, 3, 1))
    assert not dialog.withdraw_button.isEnabled()  # already withdrawn: nothing left to click
