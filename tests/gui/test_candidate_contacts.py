"""Candidate > Record a contact… in the local window, used as a recruiter uses it.

The same dialog as a team's (``gui.candidates.contact_dialog``), on the local vault's source: it is
offered for one selected candidate; it lists the contacts the vault keeps (a message, a rejection
letter marked sent), records an interview planned by phone today, says the deadline the contact moved
(IT1's policy: a candidate not hired is kept 4 weeks after the last contact), and the list's last contact
follows. A candidate erased meanwhile is a refusal shown in the dialog, with the choices kept.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from recruitdesk.dates import long_date, short_date
from recruitdesk.gui.candidates.contact_dialog import ContactDialog
from recruitdesk.gui.shell.main_window import MainWindow
from recruitdesk.retention.presets import PRESETS
from recruitdesk.services import contacts, retention
from recruitdesk.services.candidates import record_contact
from recruitdesk.services.erasure import erase_candidate
from recruitdesk.services.retention_settings import candidate_retention

from tests.gui.retention_support import add, add_not_hired, refreshed, show
from tests.gui.retention_support import new_vault  # noqa: F401 - waits for workers before closing
from tests.gui.user_actions import choose_in_combo, click, click_candidate, menu_item

WAIT = 20_000


@pytest.fixture
def desk(qtbot, clock, new_vault):
    """A shown main window over a vault with Lena (not hired 10 days ago, then written to and sent her
    rejection letter) and Otto."""
    vault, _key = new_vault
    retention.change_policy(vault, PRESETS["it1"].policy, "it1")  # not hired: kept 4 weeks after the last contact
    ended = clock.today() - dt.timedelta(days=10)
    lena = add_not_hired(vault, clock, "Lena Maes", ended, "lena@example.be")
    record_contact(vault, lena, ended + dt.timedelta(days=1), "email", "message_sent")
    record_contact(vault, lena, ended + dt.timedelta(days=2), "email", "rejection_sent")
    otto = add(vault, clock, "Otto Janssens", dt.date(2026, 2, 3), "otto@example.be")
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    show(qtbot, window, vault)
    return window, vault, lena, otto, ended


def _open_contacts(qtbot, window: MainWindow, candidate_id: int) -> ContactDialog:
    click_candidate(qtbot, window, candidate_id)
    menu_item(window, "&Candidate", "Record a con&tact…").trigger()
    dialog = window.candidates.contacts.contact_dialog
    assert isinstance(dialog, ContactDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.history.count() > 0, timeout=WAIT)
    return dialog


def _history(dialog: ContactDialog) -> list[str]:
    return [dialog.history.item(row).text() for row in range(dialog.history.count())]


def test_record_a_contact_is_offered_for_one_selected_candidate_only(qtbot, desk):
    window, _vault, lena, otto, _ended = desk
    action = window.candidates.contacts.contact_action
    assert action in window.candidate_menu.actions() and not action.isEnabled()  # nothing selected
    click_candidate(qtbot, window, lena)
    assert action.isEnabled()
    click_candidate(qtbot, window, otto, Qt.KeyboardModifier.ControlModifier)
    assert sorted(window.selected_ids()) == sorted([lena, otto]) and not action.isEnabled()


def test_the_history_lists_the_kept_contacts_and_a_new_one_moves_the_deadline_the_dialog_says(qtbot, desk, clock):
    window, vault, lena, _otto, ended = desk
    dialog = _open_contacts(qtbot, window, lena)
    assert _history(dialog) == [f"{short_date(ended + dt.timedelta(days=1))}: Message sent (E-mail)",
                                f"{short_date(ended + dt.timedelta(days=2))}: Rejection message sent (E-mail)"]
    assert not dialog.read_only_label.isVisible()
    assert candidate_retention(vault, lena).due_on == ended + dt.timedelta(days=2, weeks=4)  # the letter was the last contact
    kinds = [dialog.kind_combo.itemText(index) for index in range(dialog.kind_combo.count())]
    assert "Rejection message sent" not in kinds  # a letter is marked sent from the letter
    assert dialog.date_edit.maximumDate().toPython() == clock.today()

    choose_in_combo(qtbot, dialog.kind_combo, "Interview scheduled")
    choose_in_combo(qtbot, dialog.channel_combo, "Phone")
    with refreshed(qtbot, window), qtbot.waitSignal(dialog.recorded, timeout=WAIT):
        click(qtbot, dialog.record_button)

    due = clock.today() + dt.timedelta(weeks=4)
    assert candidate_retention(vault, lena).due_on == due
    assert dialog.status_label.text() == f"Recorded. The candidate's data is now kept until {long_date(due)}."
    qtbot.waitUntil(lambda: len(_history(dialog)) == 3, timeout=WAIT)
    assert _history(dialog)[-1] == f"{short_date(clock.today())}: Interview scheduled (Phone)"
    assert window.model.row_at(window.model.row_of(lena)).last_contact_on == clock.today()
    [line] = [line for line in contacts.contacts_of(vault, lena) if line.kind == "interview_scheduled"]
    assert (line.on, line.channel) == (clock.today(), "phone")


def test_a_refusal_is_shown_in_the_dialog_and_the_choices_stay(qtbot, desk):
    window, vault, lena, _otto, _ended = desk
    dialog = _open_contacts(qtbot, window, lena)
    choose_in_combo(qtbot, dialog.kind_combo, "Message sent")
    choose_in_combo(qtbot, dialog.channel_combo, "Meeting")
    erase_candidate(vault, lena)  # erased meanwhile (another way in: the dashboard, a request)

    click(qtbot, dialog.record_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.error_label.isVisible() and dialog.error_label.text() == f"There is no candidate with number {lena}."
    assert dialog.isVisible() and dialog.status_label.text() == ""
    assert (dialog.kind_combo.currentText(), dialog.channel_combo.currentText()) == ("Message sent", "Meeting")
    assert dialog.record_button.isEnabled()
