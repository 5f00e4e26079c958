"""Candidate > Record a contact… and the rejection letters in the team's panel.

Its own module so the team window stays small: ``install(window)`` adds the action after
Consents… (or Open), shown to members who write (a DPO never sees it) and enabled while a candidate
is selected; keeps the one open contact dialog; opens the rejection letters whenever the Vacancies
dock asks for them (after a closing, or with the board's "Write rejection messages…"), in the same dialog
as the local app (``gui.rejections.dialog``) fed by the team (``team_contacts.TeamLetters``), whose
"Record reserve answer…" opens the team's consent dialog filled with the letter's sentence. A
contact recorded here, or a letter marked sent, reads the candidate's row again (the deadline); a
colleague's contact, announced on the change feed, does too and refreshes an open dialog.
"""

from __future__ import annotations

from uuid import UUID

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QWidget

from recruitdesk.gui.candidates.consent_dialog import ConsentDialog
from recruitdesk.gui.rejections.dialog import RejectionDraftsDialog, choose_eml_path
from recruitdesk.gui.team.consent_source import TeamConsentSource
from recruitdesk.gui.team.contact_dialog import TeamContactDialog
from recruitdesk.services.team_contacts import TeamContacts, TeamLetters
from recruitdesk.services.team_desk import TeamChange

CONTACT = "contact"  # the record kind of a contact's change notice


class ContactActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.contact_dialog: TeamContactDialog | None = None
        self.letters_dialog: RejectionDraftsDialog | None = None
        self.open_url = QDesktopServices.openUrl  # tests pre-answer the mail program and the file picker
        self.choose_path = choose_eml_path
        self.action = QAction(QCoreApplication.translate("TeamWindow", "Record a &contact…"), window)
        self.action.triggered.connect(lambda _checked=False: self.record_contact())
        menu = self.window.candidate_menu
        actions = menu.actions()
        anchor = getattr(window, "consents_action", None) or window.open_action
        after = actions.index(anchor) + 1 if anchor in actions else len(actions)
        menu.insertAction(actions[after] if after < len(actions) else None, self.action)  # type: ignore[arg-type]
        window.table.selectionModel().selectionChanged.connect(lambda *_args: self.update())
        window.model.modelReset.connect(self.update)
        window.opened.connect(self._opened)
        window.closed.connect(self._window_closed)
        vacancies = window.main.vacancies  # the window's Vacancies dock, on the team's vacancies while it is shown
        vacancies.vacancy_closed.connect(self.write_letters)  # a local vault's closing: no desk, nothing done
        vacancies.letters_wanted.connect(self.write_letters)
        self.update()

    def update(self) -> None:
        desk = self.window.desk
        ready, writes = desk is not None, desk is not None and desk.may_write
        self.action.setVisible(writes or not ready)  # a DPO never sees it
        self.action.setEnabled(writes and self.window.selected_candidate() is not None)

    # --- Candidate > Record a contact… -------------------------------------------------------
    def record_contact(self) -> TeamContactDialog | None:
        chosen, desk = self.window.selected_candidate(), self.window.desk
        if chosen is None or desk is None:
            return None
        candidate_id, name = chosen
        shown = self.contact_dialog
        if shown is not None and shiboken6.isValid(shown) and shown.isVisible() and shown.candidate_id == candidate_id:
            shown.raise_()
            shown.activateWindow()
            return shown
        self._close_contact_dialog()
        dialog = TeamContactDialog(TeamContacts(desk), candidate_id, name, self.window.clock.today(), self.window)
        dialog.recorded.connect(lambda _view: self.window.refresh_row(candidate_id))
        dialog.finished.connect(lambda _result, dialog=dialog: self._contact_dialog_closed(dialog))
        self.contact_dialog = dialog
        dialog.open()
        dialog.reload()
        return dialog

    def _contact_dialog_closed(self, dialog: TeamContactDialog) -> None:
        if self.contact_dialog is dialog:
            self.contact_dialog = None
        dialog.deleteLater()

    def _close_contact_dialog(self) -> None:
        shown, self.contact_dialog = self.contact_dialog, None
        if shown is not None and shiboken6.isValid(shown):
            shown.reject()

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
        self.update()
        if self.window.listener is not None:
            self.window.listener.changed.connect(self._changed)

    def _changed(self, change: TeamChange) -> None:
        if self.window.desk is None or change.candidate_id is None:
            return
        if change.erased:  # the candidate is gone for everyone: so is their contact history
            shown = self.contact_dialog
            if shown is not None and shiboken6.isValid(shown) and shown.candidate_id == change.candidate_id:
                self._close_contact_dialog()
            return
        if change.record_kind != CONTACT:
            return
        self.window.refresh_row(change.candidate_id)  # the last contact moved the countdown
        shown = self.contact_dialog
        if shown is not None and shiboken6.isValid(shown) and shown.isVisible() and shown.candidate_id == change.candidate_id:
            shown.reload()

    def _window_closed(self) -> None:
        self._close_contact_dialog()
        shown, self.letters_dialog = self.letters_dialog, None
        if shown is not None and shiboken6.isValid(shown):
            shown.close()


def install(window) -> ContactActions:
    """Add Candidate > Record a contact… and the rejection letters to ``window`` (a ``TeamPanel``)."""
    return ContactActions(window)
