"""Candidate > Record a contact… and the rejection letters in the team's panel.

Its own module so the team window stays small: ``install(window)`` adds the action after
Consents… (or Open), enabled while a candidate is selected; it opens the local vault's dialog
(``gui.candidates.contact_dialog.ContactDialog``) on the team's source (``contacts_source``), one at
a time (``candidate_dialog_action``; a DPO reads the history and records nothing, told why). It
opens the rejection letters whenever the Vacancies dock asks for them (after a closing, or with the
board's "Write rejection messages…"), in the same dialog as the local app (``gui.rejections.dialog``) fed by the team (``team_contacts.TeamLetters``), whose
"Record reserve answer…" opens the team's consent dialog filled with the letter's sentence. A
contact recorded here, or a letter marked sent, reads the candidate's row again (the deadline); a
colleague's contact, announced on the change feed, does too and refreshes an open dialog.
"""

from __future__ import annotations

from uuid import UUID

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from recruitdesk.gui.candidates.consent_dialog import ConsentDialog
from recruitdesk.gui.candidates.contact_dialog import ContactDialog
from recruitdesk.gui.rejections.dialog import RejectionDraftsDialog, choose_eml_path
from recruitdesk.gui.team.candidate_dialog_action import CandidateDialogAction
from recruitdesk.gui.team.consent_source import TeamConsentSource
from recruitdesk.gui.team.contacts_source import TeamContactsSource
from recruitdesk.services.team_contacts import TeamContacts, TeamLetters
from recruitdesk.services.team_desk import TeamChange

CONTACT = "contact"  # the record kind of a contact's change notice


class ContactActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.letters_dialog: RejectionDraftsDialog | None = None
        self.open_url = QDesktopServices.openUrl  # tests pre-answer the mail program and the file picker
        self.choose_path = choose_eml_path
        self.opener = CandidateDialogAction(window, window.candidate_menu, QCoreApplication.translate("TeamWindow", "Record a &contact…"),
                                            "contact_dialog", CONTACT, self._dialog, after=getattr(window, "consents_action", None))
        self.action = self.opener.action
        window.opened.connect(self._opened)
        window.closed.connect(self._window_closed)
        vacancies = window.main.vacancies  # the window's Vacancies dock, on the team's vacancies while it is shown
        vacancies.vacancy_closed.connect(self.write_letters)  # a local vault's closing: no desk, nothing done
        vacancies.letters_wanted.connect(self.write_letters)

    @property
    def contact_dialog(self) -> ContactDialog | None:
        """The open Record a contact… dialog (the window keeps it as ``contact_dialog``)."""
        return self.opener.dialog  # type: ignore[return-value]

    def record_contact(self) -> ContactDialog | None:
        """Candidate > Record a contact… for the selected candidate."""
        return self.opener.show()  # type: ignore[return-value]

    def _dialog(self, window, candidate_id: UUID, name: str) -> ContactDialog:
        dialog = ContactDialog(TeamContactsSource(window.desk), candidate_id, name, window.clock.today(), window)
        dialog.recorded.connect(lambda _view: window.refresh_row(candidate_id))  # the deadline in the list
        return dialog

    # --- rejection letters -----------------------------------------------------------------
    def write_letters(self, vacancy_id: UUID, application_ids: list[UUID], parent: QWidget | None = None) -> RejectionDraftsDialog | None:
        """The letters of the rejected applications (none: nothing to offer), one dialog at a time."""
        desk = self.window.desk
        if desk is None or not application_ids:
            return None
        shown = self.letters_dialog
        if shown is not None and shiboken6.isValid(shown):
            shown.close()
        letters = TeamLetters(TeamContacts(desk), vacancy_id, application_ids)
        dialog = RejectionDraftsDialog(None, [], parent or self.window, open_url=self.open_url, choose_path=self.choose_path,
                                       today=self.window.clock.today, letters=letters, answer_dialog=self._reserve_answer)
        dialog.sent_recorded.connect(lambda draft: self.window.refresh_row(draft.candidate_id))
        dialog.finished.connect(lambda _result, dialog=dialog: self._letters_closed(dialog))
        self.letters_dialog = dialog
        dialog.show()
        return dialog

    def _reserve_answer(self, parent: QWidget, draft, sent_on) -> ConsentDialog:
        """The candidate said yes to the letter's reserve question: the consent dialog over the team, filled
        with the sentence and version the letter quoted; its Save moves the countdown."""
        desk = self.window.desk
        dialog = ConsentDialog(TeamConsentSource(desk), draft.candidate_id, draft.name, self.window.clock.today(), parent)
        dialog.prefill_reserve_answer(draft.reserve_wording or "", draft.reserve_wording_version, sent_on)
        dialog.saved.connect(lambda _view, candidate_id=draft.candidate_id: self.window.refresh_row(candidate_id))
        return dialog

    def _letters_closed(self, dialog: RejectionDraftsDialog) -> None:
        if self.letters_dialog is dialog:
            self.letters_dialog = None
        dialog.deleteLater()

    # --- live refresh ----------------------------------------------------------------------
    def _opened(self) -> None:
        if self.window.listener is not None:
            self.window.listener.changed.connect(self._changed)

    def _changed(self, change: TeamChange) -> None:
        """A colleague's contact moved the countdown: the candidate's row is read again (the open dialog
        reloads and closes on its own, ``candidate_dialog_action``)."""
        if self.window.desk is None or change.candidate_id is None or change.erased or change.record_kind != CONTACT:
            return
        self.window.refresh_row(change.candidate_id)

    def _window_closed(self) -> None:
        shown, self.letters_dialog = self.letters_dialog, None
        if shown is not None and shiboken6.isValid(shown):
            shown.close()


def install(window) -> ContactActions:
    """Add Candidate > Record a contact… and the rejection letters to ``window`` (a ``TeamPanel``)."""
    return ContactActions(window)
