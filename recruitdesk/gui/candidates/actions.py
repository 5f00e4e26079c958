"""The Candidate menu's own actions: the facts dialog, consent with proof (and a reserve "yes"
to a rejection letter, pre-filled with the wording that letter quoted), withdrawal, the
renewal mail, screening notes, and the table's context menu.

Every dialog works on the window's current candidate and reloads the table and the dashboard
when it saved something. The choices that open a system dialog or program (``choose_evidence``,
``choose_consent``, ``open_url``) are plain attributes, so tests pre-answer them.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu, QWidget

from recruitdesk import labels
from recruitdesk.dates import short_date
from recruitdesk.gui.candidates import consents_action, contact_action, documents_action
from recruitdesk.gui.candidates.consent_dialog import ConsentDialog, choose_evidence_file
from recruitdesk.gui.candidates.facts_dialog import CandidateFactsDialog
from recruitdesk.gui.candidates.notes import CandidateNotesDialog
from recruitdesk.gui.shell.error_reporting import show_error
from recruitdesk.gui.shell.feature import Feature
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.retention.facts import RESERVE_PURPOSE
from recruitdesk.services import consents, rejection_messages
from recruitdesk.vault.vault import Vault

RENEWAL_LANGUAGES = ("nl", "fr", "en")

# choose_consent(parent, consents, name) -> the consent to act on, or None when cancelled
ConsentChooser = Callable[[QWidget | None, list[consents.ConsentView], str], consents.ConsentView | None]


def _consents_in_force(vault: Vault, candidate_id: int) -> list[consents.ConsentView]:
    return [view for view in consents.consents_of(vault, candidate_id) if view.withdrawn_on is None]


def consent_label(view: consents.ConsentView) -> str:
    """One line describing a consent, for the chooser."""
    text = QCoreApplication.translate("MainWindow", "{purpose}, given on {date}").format(
        purpose=labels.label("consent_purpose", view.purpose), date=short_date(view.given_on))
    if view.text_version:
        text = QCoreApplication.translate("MainWindow", "{text} (version {version})").format(text=text, version=view.text_version)
    return text


def choose_consent(parent: QWidget | None, views: list[consents.ConsentView], name: str) -> consents.ConsentView | None:
    """Ask which consent when a candidate has several in force."""
    labels = [consent_label(view) for view in views]
    chosen, ok = QInputDialog.getItem(
        parent, QCoreApplication.translate("MainWindow", "Choose the consent"),
        QCoreApplication.translate("MainWindow", "{name} has several consents in force. Which one?").format(name=name),
        labels, 0, False)
    return views[labels.index(chosen)] if ok and chosen in labels else None


class CandidateActions(Feature):
    """Record facts, consent, withdraw, renew, notes; the table's context menu."""

    DIALOGS = ("facts_dialog", "consent_dialog", "notes_dialog")

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.context_menu: QMenu | None = None
        self._consent_lookup: Task | None = None
        self._renewal: Task | None = None
        # Injected choices (tests pre-answer them).
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.choose_evidence = choose_evidence_file
        self.choose_consent: ConsentChooser = choose_consent
        window.ui.actionRecordFacts.triggered.connect(lambda: self.open_facts())
        self._setup_actions()
        table = window.ui.candidateTable
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self.show_context_menu)

    def _setup_actions(self) -> None:
        menu = self.window.candidate_menu
        self.consent_action = self.action(
            self.tr("Record &consent…"), self.tr("Record a consent of the selected candidate, with its wording and evidence"),
            "Ctrl+Shift+C", self.record_consent, "actionRecordConsent", self.tr("Consent…"))
        self.reserve_answer_action = self.action(
            self.tr("Record reserve &answer…"),
            self.tr("The candidate said yes to the reserve question of a rejection letter: record the consent with the "
                    "wording that letter quoted"), None, self.record_reserve_answer, "actionRecordReserveAnswer")
        self.withdraw_action = self.action(
            self.tr("&Withdraw consent"), self.tr("Withdraw the selected candidate's consent now; the countdown is recomputed"),
            "Ctrl+Shift+W", self.withdraw_consent, "actionWithdrawConsent")
        self.renew_menu = QMenu(self.tr("Ask to re&new consent"), menu)
        self.renew_menu.setObjectName("menuRenewConsent")
        self.renew_menu.setToolTipsVisible(True)
        languages = {"nl": self.tr("In &Dutch"), "fr": self.tr("In &French"), "en": self.tr("In &English")}
        self.renew_actions: dict[str, QAction] = {}
        for language in RENEWAL_LANGUAGES:
            action = self.action(
                languages[language], self.tr("Draft a mail asking the candidate to renew the consent, in your mail program"),
                None, lambda language=language: self.ask_to_renew(language), f"actionRenew_{language}")
            self.renew_menu.addAction(action)
            self.renew_actions[language] = action
        self.notes_action = self.action(
            self.tr("Screening &notes…"), self.tr("Write, read and edit the selected candidate's screening notes"),
            "Ctrl+Shift+N", self.open_notes, "actionScreeningNotes", self.tr("Notes…"))
        for item in (self.consent_action, self.reserve_answer_action, self.withdraw_action, self.renew_menu, None, self.notes_action):
            if item is None:
                menu.addSeparator()
            elif isinstance(item, QMenu):
                menu.addMenu(item)
            else:
                menu.addAction(item)
        self.actions = [self.consent_action, self.reserve_answer_action, self.withdraw_action, self.notes_action, *self.renew_actions.values()]

    # --- the window calls these ------------------------------------------------------------
    def vault_closed(self) -> None:
        self._consent_lookup = None
        self._renewal = None
        super().vault_closed()
        menu, self.context_menu = self.context_menu, None
        if menu is not None:
            menu.close()
            menu.deleteLater()

    def update_actions(self) -> None:
        selected = self.vault is not None and bool(self.window.selected_ids())
        self.window.ui.actionRecordFacts.setEnabled(selected)
        for action in self.actions:
            action.setEnabled(selected)
        self.renew_menu.setEnabled(selected)

    def _candidate(self, candidate_id: int | None) -> int | None:
        return candidate_id if candidate_id is not None else self.window.current_id()

    # --- facts -----------------------------------------------------------------------------
    def open_facts(self, candidate_id: int | None = None) -> CandidateFactsDialog | None:
        """The facts dialog for ``candidate_id`` (default: the current row)."""
        candidate_id = self._candidate(candidate_id)
        if self.vault is None or candidate_id is None:
            return None
        self.close_dialog("facts_dialog")
        dialog = CandidateFactsDialog(self.vault, candidate_id, self.window.today, self.window,
                                      choose_evidence=self.choose_evidence)
        dialog.changed.connect(self.window.refresh)
        self.track(dialog, "facts_dialog")
        dialog.open()
        return dialog

    # --- consent ---------------------------------------------------------------------------
    def record_consent(self, candidate_id: int | None = None) -> ConsentDialog | None:
        """Record a consent with its proof (date, channel, wording, evidence)."""
        candidate_id = self._candidate(candidate_id)
        if self.vault is None or candidate_id is None:
            return None
        self.close_dialog("consent_dialog")
        dialog = ConsentDialog(self.vault, candidate_id, self.window.name_of(candidate_id), self.window.today(), self.window,
                               choose_evidence=self.choose_evidence)
        dialog.purpose_combo.setCurrentIndex(max(0, dialog.purpose_combo.findData(RESERVE_PURPOSE)))
        dialog.saved.connect(lambda _view: self.window.done(self.tr("Consent recorded; the countdown was recomputed.")))
        self.track(dialog, "consent_dialog")
        dialog.open()
        return dialog

    def record_reserve_answer(self, candidate_id: int | None = None) -> bool:
        """The candidate said yes to a rejection letter's reserve question: look up the letter
        recorded as sent (worker thread) and open the consent dialog with its wording."""
        candidate_id = self._candidate(candidate_id)
        if self.vault is None or candidate_id is None:
            return False
        name = self.window.name_of(candidate_id)
        task = Task(rejection_messages.reserve_question, self.vault, candidate_id)
        task.finished.connect(lambda question, task=task: self._reserve_question_arrived(task, candidate_id, name, question))
        task.failed.connect(lambda error, task=task: task is self._consent_lookup and self._lookup_failed(error))
        self._consent_lookup = task
        task.start()
        return True

    def _reserve_question_arrived(self, task: Task, candidate_id: int, name: str,
                                  question: rejection_messages.ReserveQuestion | None) -> None:
        if task is not self._consent_lookup:
            return
        self._consent_lookup = None
        if question is None:
            self.window.statusBar().showMessage(self.tr(
                "No letter asking {name} about the recruitment reserve was recorded as sent. "
                "Use Record consent… to enter the wording by hand.").format(name=name), 10000)
            return
        dialog = self.record_consent(candidate_id)
        if dialog is not None:
            dialog.prefill_reserve_answer(question.wording, question.wording_version, question.asked_on)

    def withdraw_consent(self, candidate_id: int | None = None) -> bool:
        """One click: withdraw the consent in force (asking which one if there are several)."""
        return self._with_consent(candidate_id, self._withdraw)

    def _withdraw(self, view: consents.ConsentView) -> None:
        if self.vault is None or self.window.changes.busy:
            return
        self.window.changes.start(consents.withdraw, self.vault, view.id, self.window.today(),
                                  done=lambda _view: self.window.done(self.tr("Consent withdrawn; the countdown was recomputed.")))

    def ask_to_renew(self, language: str, candidate_id: int | None = None) -> bool:
        """Draft the renewal request in ``language`` (nl, fr, en) and open it in the mail program."""
        return self._with_consent(candidate_id, lambda view: self._renew(view, language))

    def _renew(self, view: consents.ConsentView, language: str) -> None:
        if self.vault is None:
            return
        task = Task(consents.renewal_mailto, self.vault, view.id, language)
        task.finished.connect(lambda url, task=task: self._renewal_drafted(task, url))
        task.failed.connect(lambda error, task=task: task is self._renewal and self._lookup_failed(error))
        self._renewal = task
        task.start()

    def _renewal_drafted(self, task: Task, url: str) -> None:
        if task is not self._renewal:
            return
        self._renewal = None
        if self.open_url(QUrl(url, QUrl.ParsingMode.StrictMode)):
            self.window.statusBar().showMessage(self.tr("The renewal request is open in your mail program; nothing was sent yet."), 8000)
        else:
            self.window.statusBar().showMessage(self.tr("No mail program could open the renewal request."), 8000)

    def _with_consent(self, candidate_id: int | None, then: Callable[[consents.ConsentView], None]) -> bool:
        """Look up the candidate's consents in force on a worker thread, choose one, act on it."""
        candidate_id = self._candidate(candidate_id)
        if self.vault is None or candidate_id is None:
            return False
        name = self.window.name_of(candidate_id)
        task = Task(_consents_in_force, self.vault, candidate_id)
        task.finished.connect(lambda views, task=task: self._consents_arrived(task, views, name, then))
        task.failed.connect(lambda error, task=task: task is self._consent_lookup and self._lookup_failed(error))
        self._consent_lookup = task
        task.start()
        return True

    def _consents_arrived(self, task: Task, views: list[consents.ConsentView], name: str,
                          then: Callable[[consents.ConsentView], None]) -> None:
        if task is not self._consent_lookup:
            return
        self._consent_lookup = None
        if not views:
            self.window.statusBar().showMessage(self.tr("{name} has no consent in force.").format(name=name), 8000)
            return
        view = views[0] if len(views) == 1 else self.choose_consent(self.window, views, name)
        if view is not None and self.vault is not None:
            then(view)

    def _lookup_failed(self, error: BaseException) -> None:
        self._consent_lookup = None
        self._renewal = None
        show_error(self.window, error)

    # --- notes -----------------------------------------------------------------------------
    def open_notes(self, candidate_id: int | None = None) -> CandidateNotesDialog | None:
        """The candidate's screening notes, with each note's history."""
        candidate_id = self._candidate(candidate_id)
        if self.vault is None or candidate_id is None:
            return None
        self.close_dialog("notes_dialog")
        dialog = CandidateNotesDialog(self.vault, candidate_id, self.window.name_of(candidate_id), self.window)
        self.track(dialog, "notes_dialog")
        dialog.open()
        return dialog

    # --- context menu ----------------------------------------------------------------------
    def show_context_menu(self, position: QPoint) -> QMenu | None:
        """The Candidate menu's actions and the review decisions, on the clicked row."""
        window = self.window
        table, model = window.ui.candidateTable, window.model
        index = table.indexAt(position)
        if self.vault is None or not index.isValid():
            return None
        if index.row() < model.rowCount() and model.row_at(index.row()).id not in window.selected_ids():
            window.select_ids([model.row_at(index.row()).id])
        if self.context_menu is not None:
            self.context_menu.deleteLater()
        menu = QMenu(window)
        menu.setAccessibleName(self.tr("Candidate actions"))
        for action in window.candidate_menu.actions():
            menu.addAction(action)
        menu.addSeparator()
        for action in (window.ui.actionExtend, window.ui.actionLegalHold, window.ui.actionDelete):
            menu.addAction(action)
        self.context_menu = menu
        menu.popup(table.viewport().mapToGlobal(position))
        return menu


def install(window: QMainWindow) -> CandidateActions:
    """Add the Candidate menu's actions, its toolbar buttons and the table's context menu; Documents…,
    Consents… and Record a contact… (their own features, ``documents_action``, ``consents_action`` and
    ``contact_action``) right after Screening notes."""
    actions = CandidateActions(window)
    actions.documents = documents_action.install(window)
    actions.consents = consents_action.install(window)
    actions.contacts = contact_action.install(window)
    return actions
