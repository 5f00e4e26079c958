"""Recording a consent with its proof, withdrawing it in one click, drafting the renewal mail.

The dialog asks for what Art. 7(1) needs to prove consent later (date, channel, the text or its
version, optionally the candidate's mail or a scanned form as evidence) and hands it to a source
(``consent_source``: ``services.consents`` for a local vault, ``services.team_consents`` for a team)
on the database worker; a refusal is shown inline and the dialog stays open. The same dialog serves
both kinds of vault: it never asks which backend it is on.
Withdrawal is a plain function (one click in the candidate view, Art. 7(3)); the renewal mail
opens in the user's mail program through a ``mailto:`` URL, nothing is sent by the app.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recruitdesk import labels
from recruitdesk.dates import long_date, qt_short_format
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.candidates.consent_source import ConsentAnswers, ConsentSource, read_evidence, source_of
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.retention.facts import RESERVE_PURPOSE
from recruitdesk.services import consents
from recruitdesk.vault.vault import Vault

MAX_EVIDENCE_BYTES = 25 * 1024 * 1024

# choose_evidence(parent) -> a file path, or None when the user cancelled
EvidenceChooser = Callable[[QWidget | None], str | None]


def choose_evidence_file(parent: QWidget | None) -> str | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ConsentDialog", "Choose the evidence of consent"), "",
        QCoreApplication.translate("ConsentDialog", "Mail, PDF or image (*.eml *.msg *.pdf *.png *.jpg *.jpeg);;All files (*)"),
    )
    return path or None


__all__ = ["ConsentDialog", "EvidenceChooser", "choose_evidence_file", "read_evidence", "withdraw_consent", "open_renewal_mail"]


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ConsentDialog(QDialog):
    """Record one consent for one candidate; accepted once stored (``saved`` carries what the source's
    task finished with: a local ``ConsentView``, a team's ``RetentionView``). ``purpose`` preselects one;
    the reserve's then names itself in the title."""

    saved = Signal(object)

    def __init__(self, where: ConsentSource | Vault, candidate_id: object, name: str, today: dt.date, parent: QWidget | None = None,
                 choose_evidence: EvidenceChooser = choose_evidence_file, purpose: str | None = None) -> None:
        super().__init__(parent)
        self.source = source_of(where)
        self.candidate_id = candidate_id
        self.choose_evidence = choose_evidence  # tests pre-answer the file picker
        self.evidence_path: str | None = None
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Record reserve consent") if purpose == RESERVE_PURPOSE else self.tr("Record consent"))
        self.setAccessibleName(self.windowTitle())

        intro = QLabel(self.tr("Record what {name} agreed to, so the consent can be proven later.").format(name=name))
        intro.setWordWrap(True)
        self.asked_label = QLabel()
        self.asked_label.setWordWrap(True)
        self.asked_label.hide()
        self.purpose_combo = QComboBox()
        for code in consents.PURPOSES:
            self.purpose_combo.addItem(labels.label("consent_purpose", code), code)
        if purpose:
            self.purpose_combo.setCurrentIndex(max(0, self.purpose_combo.findData(purpose)))
        self.purpose_combo.setAccessibleName(self.tr("Purpose"))
        self.given_edit = QDateEdit(_qdate(today))
        self.given_edit.setCalendarPopup(True)
        self.given_edit.setDisplayFormat(qt_short_format())
        self.given_edit.setMaximumDate(_qdate(today))
        self.given_edit.setAccessibleName(self.tr("Given on"))
        self.channel_combo = QComboBox()
        for code in consents.CHANNELS:
            self.channel_combo.addItem(labels.label("consent_channel", code), code)
        self.channel_combo.setAccessibleName(self.tr("Channel"))
        self.version_edit = QLineEdit()
        self.version_edit.setPlaceholderText(self.tr("e.g. reserve-2026-01"))
        self.version_edit.setAccessibleName(self.tr("Text version"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("The exact text the candidate agreed to"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName(self.tr("Text agreed to"))
        self.evidence_label = QLabel(self.tr("No file"))
        self.evidence_button = QPushButton(self.tr("Attach &evidence…"))
        self.evidence_button.clicked.connect(self._pick_evidence)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.evidence_label, 1)
        evidence_row.addWidget(self.evidence_button)

        form = QFormLayout()
        form.addRow(self.tr("&Purpose:"), self.purpose_combo)
        form.addRow(self.tr("&Given on:"), self.given_edit)
        form.addRow(self.tr("&Channel:"), self.channel_combo)
        form.addRow(self.tr("Text &version:"), self.version_edit)
        form.addRow(self.tr("&Text agreed to:"), self.text_edit)
        form.addRow(self.tr("Evidence:"), evidence_row)
        self.error_label = inline_error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.asked_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def prefill_reserve_answer(self, wording: str, version: str | None, asked_on: dt.date | None) -> None:
        """A candidate's yes to the reserve question: the reserve, by e-mail, the sentence and the
        version the letter quoted, given today (the day of the answer, editable), so recording
        the proof is one Save; the candidate's reply can still be attached as evidence."""
        self.setWindowTitle(self.tr("Record reserve answer"))
        self.purpose_combo.setCurrentIndex(max(0, self.purpose_combo.findData(RESERVE_PURPOSE)))
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData("email")))
        self.version_edit.setText(version or "")
        self.text_edit.setPlainText(wording)
        if asked_on is not None:
            self.asked_label.setText(self.tr(
                "The rejection letter sent on {date} asked this question with the wording below. Set the day the "
                "candidate said yes, attach their reply if you have it, and save.").format(date=long_date(asked_on)))
        else:
            self.asked_label.setText(self.tr(
                "The rejection letter asks this question with the wording below. Set the day the candidate said yes, "
                "attach their reply if you have it, and save."))
        self.asked_label.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setFocus()

    def _pick_evidence(self) -> None:
        path = self.choose_evidence(self)
        if path:
            self.evidence_path = path
            self.evidence_label.setText(Path(path).name)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.buttons.setEnabled(True)

    def _evidence_refusal(self) -> str | None:
        """Why the chosen evidence file cannot be stored (too large, unreadable), before any worker runs."""
        if not self.evidence_path:
            return None
        try:
            if Path(self.evidence_path).stat().st_size > MAX_EVIDENCE_BYTES:
                return self.tr("The evidence file is larger than 25 MB; attach a smaller file.")
            with open(self.evidence_path, "rb"):
                pass
        except OSError:
            return self.tr("The evidence file cannot be read.")
        return None

    def save(self) -> None:
        refusal = self._evidence_refusal()
        if refusal is not None:
            self._show_error(refusal)
            return
        self.buttons.setEnabled(False)
        self.error_label.hide()
        answers = ConsentAnswers(self.purpose_combo.currentData(), self.given_edit.date().toPython(), self.channel_combo.currentData(),
                                 self.text_edit.toPlainText(), self.version_edit.text(), self.evidence_path)
        task = self.source.give_task(self.candidate_id, answers)
        task.finished.connect(self._stored)
        task.failed.connect(self._failed)
        self._task = task
        task.start()

    def _stored(self, view: object) -> None:
        self._task = None
        self.saved.emit(view)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._show_error(user_message(error))


def withdraw_consent(vault: Vault, consent_id: int, on: dt.date | None = None) -> consents.ConsentView:
    """One click: withdraw and recompute the countdown (fast; no worker thread needed)."""
    return consents.withdraw(vault, consent_id, on)


def open_renewal_mail(vault: Vault, consent_id: int, language: str,
                      open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl) -> str:
    """Open the drafted renewal request in the user's mail program; returns the URL."""
    url = consents.renewal_mailto(vault, consent_id, language)
    open_url(QUrl(url, QUrl.ParsingMode.StrictMode))
    return url
