"""The consent dialog over a source it knows nothing else about: what it hands over, what it shows back.

One dialog records a consent for a local vault and for a team (``gui.candidates.consent_source``,
``gui.team.consent_source``); the window tests drive both through the menus. These pin the contract
itself with a stand-in source: the answers as typed reach the source, whatever its task finishes with
is what ``saved`` carries, a refusal is shown inline with the dialog still open, and an evidence file
over the limit is refused before the source is asked at all.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox

from recruitdesk.gui.candidates.consent_dialog import MAX_EVIDENCE_BYTES, ConsentDialog
from recruitdesk.gui.candidates.consent_source import ConsentAnswers
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.retention.facts import RESERVE_PURPOSE
from recruitdesk.services.team_consents import TeamConsentGone

from tests.gui.user_actions import choose_in_combo, click

TODAY = dt.date(2026, 3, 2)
WAIT = 5000


class StandInSource:
    """Records what it was asked; its first ``refusals`` tasks fail as a server would refuse."""

    def __init__(self, refusals: int = 0) -> None:
        self.asked: list[tuple[object, ConsentAnswers]] = []
        self.refusals = refusals

    def give_task(self, candidate_id: object, answers: ConsentAnswers) -> Task:
        self.asked.append((candidate_id, answers))
        refuse = len(self.asked) <= self.refusals
        return Task(_store, refuse, answers)


def _store(refuse: bool, answers: ConsentAnswers) -> str:
    if refuse:
        raise TeamConsentGone()
    return f"stored {answers.purpose}"


def _save(dialog: ConsentDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_the_answers_reach_the_source_a_refusal_stays_inline_and_the_saved_view_is_the_sources(qtbot, tmp_path):
    evidence = tmp_path / "reply.eml"
    evidence.write_bytes(b"From: an\r\n\r\nyes")
    source = StandInSource(refusals=1)
    dialog = ConsentDialog(source, "candidate-7", "An Peeters", TODAY, choose_evidence=lambda parent: str(evidence))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Record consent"
    choose_in_combo(qtbot, dialog.purpose_combo, "Sharing with clients")
    choose_in_combo(qtbot, dialog.channel_combo, "Paper form")
    qtbot.keyClicks(dialog.version_edit, "clients-v2")
    qtbot.keyClicks(dialog.text_edit, "You may send my CV to your clients.")
    click(qtbot, dialog.evidence_button)
    assert dialog.evidence_label.text() == "reply.eml"

    click(qtbot, _save(dialog))
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=WAIT)
    assert dialog.error_label.text() == "This consent is no longer in the team vault. Nothing was withdrawn."
    assert dialog.isVisible() and _save(dialog).isEnabled()

    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        click(qtbot, _save(dialog))
    assert saved.args == ["stored share_with_clients"]
    assert not dialog.isVisible()
    assert [candidate for candidate, _answers in source.asked] == ["candidate-7", "candidate-7"]
    assert source.asked[-1][1] == ConsentAnswers("share_with_clients", TODAY, "paper", "You may send my CV to your clients.",
                                                 "clients-v2", str(evidence))


def test_evidence_over_the_limit_is_refused_before_the_source_is_asked(qtbot, tmp_path):
    evidence = tmp_path / "scan.pdf"
    with evidence.open("wb") as file:
        file.truncate(MAX_EVIDENCE_BYTES + 1)
    source = StandInSource()
    dialog = ConsentDialog(source, "candidate-7", "An Peeters", TODAY, choose_evidence=lambda parent: str(evidence),
                           purpose=RESERVE_PURPOSE)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Record reserve consent"
    assert dialog.purpose_combo.currentData() == RESERVE_PURPOSE
    click(qtbot, dialog.evidence_button)
    click(qtbot, _save(dialog))
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "The evidence file is larger than 25 MB; attach a smaller file."
    assert dialog.isVisible() and source.asked == []
