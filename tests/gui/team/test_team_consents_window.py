"""Candidate > Consents… in the team window: consents of every purpose the local app knows, on a real PostgreSQL server.

A recruiter records a consent to share the CV with clients (with the candidate's mail as evidence,
stored as one of their documents) and a recruitment-reserve consent (the deadline moves at once),
withdraws each in one click (the deadline moves back), and a colleague's withdrawal meanwhile is
said in words. A DPO sees the list without the controls. The dialog is the local vault's too
(``gui.candidates.consents_dialog``), here on the team's source.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from recruitdesk.dates import short_date
from recruitdesk.gui.candidates.consents_dialog import EVIDENCE, GIVEN, PURPOSE, WITHDRAWN, ConsentsDialog
from recruitdesk.gui.team.panel import TeamPanel
from recruitdesk.services import team_consents, team_documents
from recruitdesk.services.team_desk import PersonalFields
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role
from tests.gui.team.team_support import open_team_window, select_candidate
from tests.gui.user_actions import choose_in_combo, click, menu_item

WAIT = 30_000


def _open_consents(qtbot, window: TeamPanel, name: str) -> ConsentsDialog:
    select_candidate(qtbot, window, name)
    menu_item(window, "&Candidate", "Co&nsents…").trigger()
    dialog = window.consents_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ready, timeout=WAIT)
    return dialog


def _click_line(qtbot, dialog: ConsentsDialog, purpose: str) -> None:
    items = dialog.list.findItems(purpose, Qt.MatchFlag.MatchExactly, PURPOSE)
    assert len(items) == 1
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=dialog.list.visualItemRect(items[0]).center())
    assert dialog.selected() is not None and dialog.selected().purpose_text() == purpose


def _record(qtbot, dialog: ConsentsDialog, purpose: str, text: str, evidence=None) -> None:
    with qtbot.waitSignal(dialog.recording_opened, timeout=WAIT) as opened:
        click(qtbot, dialog.record_button)
    record = opened.args[0]
    assert record.windowTitle() == "Record consent"
    choose_in_combo(qtbot, record.purpose_combo, purpose)
    if evidence is not None:
        record.choose_evidence = lambda parent: str(evidence)
        click(qtbot, record.evidence_button)
        assert record.evidence_label.text() == evidence.name
    qtbot.keyClicks(record.text_edit, text)
    count = len(dialog.lines)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT, check_params_cb=lambda lines: len(lines) == count + 1):
        click(qtbot, record.buttons.button(QDialogButtonBox.StandardButton.Save))


def _mail(path):
    message = EmailMessage()
    message["From"] = "Ilse Maes <ilse@example.org>"
    message["To"] = "jobs@example.org"
    message["Subject"] = "Re: your CV"
    message.set_content("Yes, you may send my CV to your clients.")
    path.write_bytes(bytes(message))
    return path


def test_consents_of_other_purposes_are_given_with_evidence_and_withdrawn_and_the_reserve_moves_the_deadline(
        qtbot, tmp_path, team_folder, colleague, keychain, clock):
    ilse = colleague.add(PersonalFields("Ilse Maes", "ilse@example.org")).candidate_id
    window = open_team_window(qtbot, team_folder, keychain, clock)
    before = window.model.row_at(0).deadline
    dialog = _open_consents(qtbot, window, "Ilse Maes")
    assert dialog.empty_label.isVisible() and not dialog.withdraw_button.isEnabled()

    _record(qtbot, dialog, "Sharing with clients", "You may send my CV to your clients.", _mail(tmp_path / "reply.eml"))
    item = dialog.list.topLevelItem(0)
    assert (item.text(PURPOSE), item.text(GIVEN), item.text(EVIDENCE)) == ("Sharing with clients", short_date(clock.today()), "Yes")
    stored = team_consents.consents(colleague, ilse)
    assert [(c.purpose, c.channel, c.wording, c.has_evidence) for c in stored] == [
        ("share_with_clients", "email", "You may send my CV to your clients.", True)]
    assert [(d.filename, d.kind) for d in team_documents.documents(colleague, ilse)] == [("reply.eml", "evidence")]
    assert window.model.row_at(0).deadline == before  # sharing does not keep the candidate longer

    _record(qtbot, dialog, "Recruitment reserve", "Keep my CV for future vacancies.")
    qtbot.waitUntil(lambda: window.model.row_at(0).deadline != before, timeout=WAIT)
    assert window.model.row_at(0).deadline > before

    _click_line(qtbot, dialog, "Sharing with clients")
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT, check_params_cb=lambda lines: any(line.withdrawn_on for line in lines)):
        click(qtbot, dialog.withdraw_button)
    # The change feed's echo may reload the list before the withdrawal's own end is handled: a user waits for its words.
    qtbot.waitUntil(lambda: "was withdrawn today" in dialog.message_label.text() and not dialog.busy, timeout=WAIT)
    withdrawn = dialog.list.findItems("Sharing with clients", Qt.MatchFlag.MatchExactly, PURPOSE)[0]
    assert withdrawn.text(WITHDRAWN) == short_date(clock.today())
    assert {c.purpose: c.withdrawn_on for c in team_consents.consents(colleague, ilse)} == {
        "share_with_clients": clock.today(), "recruitment_reserve": None}
    assert window.model.row_at(0).deadline > before  # the reserve still runs

    _click_line(qtbot, dialog, "Recruitment reserve")
    click(qtbot, dialog.withdraw_button)
    qtbot.waitUntil(lambda: window.model.row_at(0).deadline == before, timeout=WAIT)
    assert colleague.status(ilse).reserve_consent_since is None
    window.close()


def _stop_listening(window: TeamPanel) -> None:
    """The window's change feed stops (as when the server connection drops): a colleague's change is not seen yet."""
    listener, window.listener = window.listener, None
    assert listener is not None
    listener.stop()


def test_a_colleagues_withdrawal_meanwhile_is_said_in_words(qtbot, team_folder, colleague, keychain, clock):
    ilse = colleague.add(PersonalFields("Ilse Maes", "ilse@example.org")).candidate_id
    team_consents.give(colleague, ilse, "share_with_affiliates", clock.today(), "paper", "Signed form")
    window = open_team_window(qtbot, team_folder, keychain, clock)
    dialog = _open_consents(qtbot, window, "Ilse Maes")
    _click_line(qtbot, dialog, "Sharing with affiliated companies")
    _stop_listening(window)
    team_consents.withdraw(colleague, team_consents.consents(colleague, ilse)[0])
    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as said:
        click(qtbot, dialog.withdraw_button)
    assert said.args[0] == ("Another member changed this consent after you opened the list. Nothing was withdrawn; the list "
                            "now shows their change, look at it and try again.")
    qtbot.waitUntil(lambda: dialog.lines and dialog.lines[0].withdrawn_on == clock.today(), timeout=WAIT)
    assert not dialog.withdraw_button.isEnabled()  # already withdrawn: nothing left to click
    window.close()


def test_a_dpo_sees_the_consents_without_controls(qtbot, tmp_path, team_folder, team_database_url, colleague, keychain,
                                                  second_keychain, clock):
    ilse = colleague.add(PersonalFields("Ilse Maes", "ilse@example.org")).candidate_id
    team_consents.give(colleague, ilse, "share_with_clients", clock.today(), "email")
    invitation = invite_member(team_folder, keychain, clock, "Dora", Role.DPO)
    join_team_vault(tmp_path / "dora", team_database_url, invitation.code, second_keychain, clock)
    window = open_team_window(qtbot, tmp_path / "dora", second_keychain, clock)
    dialog = _open_consents(qtbot, window, "Ilse Maes")
    assert [line.purpose_text() for line in dialog.lines] == ["Sharing with clients"]
    assert not dialog.record_button.isVisible() and not dialog.withdraw_button.isVisible()
    assert dialog.read_only_label.isVisible()
    window.close()


def test_an_evidence_file_over_25_mb_or_unreadable_is_refused_in_words(tmp_path):
    from tests.importing.make_files import write_sparse

    with pytest.raises(team_consents.EvidenceTooLarge) as large:
        team_consents.read_evidence(write_sparse(tmp_path / "scan.pdf", 26 * 1024 * 1024))
    assert large.value.message() == "The evidence file is larger than 25 MB; attach a smaller file. Nothing was recorded."
    with pytest.raises(team_consents.EvidenceUnreadable):
        team_consents.read_evidence(tmp_path / "gone.eml")
    evidence = team_consents.read_evidence(_mail(tmp_path / "reply.eml"))
    assert (evidence.filename, evidence.media_type) == ("reply.eml", "message/rfc822")
