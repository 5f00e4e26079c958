"""The rejection drafts offered after "Vacancy filled": one editable letter per rejected candidate.

The list on the left names each candidate, the letter's language and whether it was marked as
sent; the right side holds the draft (language, subject, body), all editable. "Open in mail
program" hands a ``mailto:`` URL to the system; when the letter is too long for a link the
dialog says so and offers "Save as .eml…" instead. "Mark as sent" records the e-mail contact
on the database worker, which moves the candidate's countdown (and keeps the reserve consent
sentence the letter quoted). Nothing is sent by the app. When a candidate answers yes to the
reserve question, "Record reserve answer…" opens the consent dialog filled with that sentence
and its version, so recording the proof is one Save.

The dialog asks a :class:`Letters` for the drafts and the writes (and an ``answer_dialog`` for the
reserve answer), so the team window shows the same dialog for its own candidates
(``gui.team.contact_actions``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable, Protocol

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from recruitdesk.dates import long_date
from recruitdesk.gui.candidates.consent_dialog import ConsentDialog
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.shell.tasks import Task, TaskSet, WriteTask
from recruitdesk.services import rejection_messages
from recruitdesk.services.rejection_messages import RejectionDraft
from recruitdesk.vault.vault import Vault

# choose_eml_path(parent, suggested file name) -> a path, or None when the user cancelled
EmlPathChooser = Callable[[QWidget | None, str], str | None]
UrlOpener = Callable[[QUrl], bool]
# answer_dialog(parent, draft, day the letter was marked sent or None) -> the consent dialog, filled
AnswerDialogFactory = Callable[[QWidget, RejectionDraft, "dt.date | None"], QDialog]


def choose_eml_path(parent: QWidget | None, suggested: str) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("RejectionDraftsDialog", "Save the letter as a mail file"), suggested,
        QCoreApplication.translate("RejectionDraftsDialog", "Mail files (*.eml)"))
    return path or None


class Letters(Protocol):
    """Where the drafts come from and where "Mark as sent" goes; every call runs on a worker thread."""

    may_write: bool  # False: the letters can be read and handed to the mail program, not marked as sent

    def load(self) -> tuple[list[RejectionDraft], set[object]]:
        """The drafts, and the candidates whose letter was already recorded as sent."""

    def redraft(self, draft: RejectionDraft, language: str) -> RejectionDraft: ...

    def eml_bytes(self, draft: RejectionDraft) -> bytes: ...

    def record_sent(self, draft: RejectionDraft) -> object: ...


class LocalLetters:
    """The local vault's letters for the applications ``application_ids``."""

    may_write = True

    def __init__(self, vault: Vault, application_ids: list[int]) -> None:
        self._vault, self._ids = vault, list(application_ids)

    def load(self) -> tuple[list[RejectionDraft], set[object]]:
        return list(rejection_messages.drafts_for_applications(self._vault, self._ids)), set()

    def redraft(self, draft: RejectionDraft, language: str) -> RejectionDraft:
        return rejection_messages.draft_rejection(self._vault, draft.candidate_id, draft.application_id, draft.vacancy, language)

    def eml_bytes(self, draft: RejectionDraft) -> bytes:
        return rejection_messages.eml_bytes(self._vault, draft)

    def record_sent(self, draft: RejectionDraft) -> object:
        return rejection_messages.record_rejection_sent(self._vault, draft)


class RejectionDraftsDialog(QDialog):
    """Drafts for the local vault's applications ``application_ids``, or those of ``letters`` (a team's;
    ``vault`` None), loaded on a worker thread, edited, handed to the mail program and marked as sent.
    Emits ``sent_recorded`` with the draft once its contact is stored, and ``consent_recorded`` when a
    reserve answer was stored in the local vault (the countdown changed)."""

    sent_recorded = Signal(object)
    consent_recorded = Signal()

    def __init__(self, vault: Vault | None, application_ids: list[int], parent: QWidget | None = None,
                 open_url: UrlOpener = QDesktopServices.openUrl, choose_path: EmlPathChooser = choose_eml_path,
                 today: Callable[[], dt.date] = dt.date.today, letters: Letters | None = None,
                 answer_dialog: AnswerDialogFactory | None = None) -> None:
        super().__init__(parent)
        assert vault is not None or letters is not None
        self._vault = vault
        self._letters: Letters = letters if letters is not None else LocalLetters(vault, application_ids)  # type: ignore[arg-type]
        self._today = today
        self.consent_dialog: QDialog | None = None
        self._answer_dialog = answer_dialog if answer_dialog is not None else self._local_answer_dialog if vault is not None else None
        self._sent_on: dict[object, dt.date] = {}
        self._open_url = open_url
        self._choose_path = choose_path
        self._drafts: list[RejectionDraft] = []
        self._sent: set[object] = set()
        self._current = -1
        self.tasks = TaskSet(lambda error: self._show_error(user_message(error)))
        self.setWindowTitle(self.tr("Rejection messages"))
        self.setAccessibleName(self.windowTitle())

        intro = QLabel(self.tr("Each candidate who was not hired can be told so in their own language. Check and edit each "
                               "letter, send it from your mail program, then mark it as sent: that records the contact."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Rejected candidates"))
        self.list.currentRowChanged.connect(self._show)
        self.language_combo = QComboBox()
        for code, text in (("nl", self.tr("Dutch")), ("fr", self.tr("French")), ("en", self.tr("English"))):
            self.language_combo.addItem(text, code)
        self.language_combo.setAccessibleName(self.tr("Language of the letter"))
        self.language_combo.activated.connect(self._language_chosen)
        self.recipient_label = QLabel()
        self.recipient_label.setTextInteractionFlags(self.recipient_label.textInteractionFlags())
        self.subject_edit = QLineEdit()
        self.subject_edit.setAccessibleName(self.tr("Subject"))
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setAccessibleName(self.tr("Letter"))
        self.subject_edit.textEdited.connect(self._keep_edits)
        self.body_edit.textChanged.connect(self._keep_edits)

        form = QFormLayout()
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        subject_label = QLabel(self.tr("&Subject:"))
        subject_label.setBuddy(self.subject_edit)
        letter_label = QLabel(self.tr("Le&tter:"))
        letter_label.setBuddy(self.body_edit)
        form.addRow(self.tr("To:"), self.recipient_label)
        form.addRow(language_label, self.language_combo)
        form.addRow(subject_label, self.subject_edit)
        form.addRow(letter_label, self.body_edit)

        self.open_button = QPushButton(self.tr("&Open in mail program"))
        self.open_button.setToolTip(self.tr("Open this letter as a new message in your mail program"))
        self.open_button.clicked.connect(self.open_in_mail_program)
        self.save_button = QPushButton(self.tr("Save as .&eml…"))
        self.save_button.setToolTip(self.tr("Save this letter as a mail file your mail program opens as a draft"))
        self.save_button.clicked.connect(self.save_eml)
        self.sent_button = QPushButton(self.tr("&Mark as sent"))
        self.sent_button.setToolTip(self.tr("Record that this letter was sent today; it counts as the last contact"))
        self.sent_button.clicked.connect(self.mark_as_sent)
        self.answer_button = QPushButton(self.tr("Record reserve &answer…"))
        self.answer_button.setToolTip(self.tr("The candidate said yes to the recruitment reserve: record their consent to "
                                              "the wording this letter quotes"))
        self.answer_button.clicked.connect(self.record_reserve_answer)
        self.answer_button.setVisible(self._answer_dialog is not None)
        row = QHBoxLayout()
        for button in (self.open_button, self.save_button, self.sent_button):
            row.addWidget(button)
        row.addStretch(1)
        answer_row = QHBoxLayout()  # later, when the candidate replies: a row of its own
        answer_row.addWidget(self.answer_button)
        answer_row.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.error_label = inline_error_label()

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(form)
        editor_layout.addLayout(row)
        editor_layout.addLayout(answer_row)
        editor_layout.addWidget(self.status_label)
        editor_layout.addWidget(self.error_label)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(editor)
        splitter.setStretchFactor(1, 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 620)
        self._enable(False)
        self.status_label.setText(self.tr("Preparing the letters…"))
        self.tasks.run(Task(self._letters.load), self._loaded)

    # --- loading ---------------------------------------------------------------------------
    def busy(self) -> bool:
        return self.tasks.busy()

    def _loaded(self, loaded: object) -> None:
        drafts, sent = loaded  # type: ignore[misc]
        self._drafts = list(drafts)
        self._sent = set(sent)
        self.list.clear()
        for index in range(len(self._drafts)):
            self.list.addItem(QListWidgetItem())
            self._label(index)
        self.status_label.setText(self.tr("No candidate is waiting for a rejection message.") if not self._drafts else "")
        if self._drafts:
            self.list.setCurrentRow(0)
            self.list.setFocus()

    def _label(self, index: int) -> None:
        draft = self._drafts[index]
        text = self.tr("{name} ({language})").format(name=draft.name, language=draft.language.upper())
        if draft.candidate_id in self._sent:
            text = self.tr("{name}: sent").format(name=text)
        self.list.item(index).setText(text)

    # --- the current draft -----------------------------------------------------------------
    def _show(self, index: int) -> None:
        self._current = index
        self.error_label.hide()
        if not 0 <= index < len(self._drafts):
            self._enable(False)
            return
        draft = self._drafts[index]
        self.recipient_label.setText(draft.email or self.tr("(no e-mail address)"))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(draft.language)))
        self.subject_edit.setText(draft.subject)
        self.body_edit.blockSignals(True)
        self.body_edit.setPlainText(draft.body)
        self.body_edit.blockSignals(False)
        self._enable(True)

    def _enable(self, enabled: bool) -> None:
        draft = self.current_draft()
        sendable = enabled and draft is not None and bool(draft.email)
        for widget in (self.language_combo, self.subject_edit, self.body_edit, self.save_button):
            widget.setEnabled(enabled)
        self.open_button.setEnabled(sendable)
        self.save_button.setEnabled(sendable)
        self.sent_button.setEnabled(enabled and draft is not None and draft.candidate_id not in self._sent
                                    and self._letters.may_write)
        self.answer_button.setEnabled(enabled and draft is not None and rejection_messages.asks_reserve_consent(draft))

    def current_draft(self) -> RejectionDraft | None:
        return self._drafts[self._current] if 0 <= self._current < len(self._drafts) else None

    def _keep_edits(self) -> None:
        draft = self.current_draft()
        if draft is not None:
            edited = self._drafts[self._current] = draft.edited(self.subject_edit.text(), self.body_edit.toPlainText())
            self.answer_button.setEnabled(rejection_messages.asks_reserve_consent(edited))

    def _language_chosen(self, _index: int) -> None:
        draft = self.current_draft()
        language = self.language_combo.currentData()
        if draft is None or language == draft.language:
            return
        index = self._current
        self._enable(False)

        def replaced(result: object) -> None:
            self._drafts[index] = result  # type: ignore[assignment]
            self._label(index)
            if self._current == index:
                self._show(index)

        self.tasks.run(Task(self._letters.redraft, draft, language), replaced)

    # --- sending ---------------------------------------------------------------------------
    def open_in_mail_program(self) -> None:
        draft = self.current_draft()
        if draft is None:
            return
        try:
            url = rejection_messages.mailto_url(draft)
        except rejection_messages.RejectionError as error:
            self._show_error(user_message(error))
            self.save_button.setFocus()
            return
        if not self._open_url(QUrl(url, QUrl.ParsingMode.StrictMode)):
            self._show_error(self.tr("No mail program opened the letter. Save it as an .eml file instead."))
            return
        self.error_label.hide()
        self.status_label.setText(self.tr("The letter is open in your mail program. Mark it as sent once you have sent it."))

    def save_eml(self) -> None:
        draft = self.current_draft()
        if draft is None:
            return
        path = self._choose_path(self, self.tr("Rejection {name}.eml").format(name=draft.name))
        if not path:
            return

        def write(content: object) -> None:
            try:
                Path(path).write_bytes(content)  # type: ignore[arg-type]
            except OSError:
                self._show_error(self.tr("The file {name} cannot be written. Choose another folder.").format(name=Path(path).name))
                return
            self.error_label.hide()
            self.status_label.setText(self.tr("Saved as {name}. Open it in your mail program to send it.").format(name=Path(path).name))

        self.tasks.run(Task(self._letters.eml_bytes, draft), write)

    def mark_as_sent(self) -> None:
        draft = self.current_draft()
        if draft is None:
            return
        index = self._current
        self.sent_button.setEnabled(False)

        def recorded(_result: object) -> None:
            self._sent.add(draft.candidate_id)
            self._sent_on[draft.candidate_id] = self._today()
            self._label(index)
            self.status_label.setText(self.tr("Recorded as sent today; the candidate's countdown counts from this contact."))
            if self._current == index:
                self._enable(True)
            self.sent_recorded.emit(draft)

        self.tasks.run(WriteTask(self._letters.record_sent, draft), recorded)

    def record_reserve_answer(self) -> QDialog | None:
        """The consent dialog for the current candidate, filled with the reserve consent sentence
        and version this letter quotes (as edited), given today; one Save records the proof."""
        draft = self.current_draft()
        if self._answer_dialog is None or draft is None or not rejection_messages.asks_reserve_consent(draft):
            return None
        if self.consent_dialog is not None:
            self.consent_dialog.reject()
        dialog = self._answer_dialog(self, draft, self._sent_on.get(draft.candidate_id))
        dialog.saved.connect(lambda view, name=draft.name: self._consent_saved(name, view))
        dialog.finished.connect(lambda _result, dialog=dialog: self.consent_dialog is dialog and setattr(self, "consent_dialog", None))
        self.consent_dialog = dialog
        dialog.open()
        return dialog

    def _local_answer_dialog(self, parent: QWidget, draft: RejectionDraft, sent_on: dt.date | None) -> ConsentDialog:
        assert self._vault is not None
        dialog = ConsentDialog(self._vault, draft.candidate_id, draft.name, self._today(), parent)
        dialog.prefill_reserve_answer(draft.reserve_wording or "", draft.reserve_wording_version, sent_on)
        return dialog

    def _consent_saved(self, name: str, view) -> None:
        # the local consent's own end, or a team candidate's deadline now that the reserve keeps them
        until = getattr(view, "expires_on", None) or (view.due_on if getattr(view, "reserve_consent_since", None) else None)
        if until is not None:
            text = self.tr("{name} stays in the recruitment reserve until {date}; the consent and its wording are recorded.").format(
                name=name, date=long_date(until))
        else:
            text = self.tr("{name}'s consent to the recruitment reserve is recorded with its wording.").format(name=name)
        self.status_label.setText(text)
        self.consent_recorded.emit()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self._enable(self.current_draft() is not None)

