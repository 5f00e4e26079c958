"""Recording a consent in the team's panel (Candidate > Record reserve consent…, and Record consent… in
Candidate > Consents…): what the candidate agreed to, and how.

Asks what proves the consent later (the purpose, the day, the channel, the text or its version, and
optionally an evidence file such as the candidate's mail), as the local window's consent dialog does,
and stores it on the database worker (``team_consents.give``: the evidence becomes one of the
candidate's documents in the same transaction); the countdown moves at once (a reserve consent keeps
the candidate for the reserve's term). A refusal is shown inline and the dialog stays open.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, \
    QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from recruitdesk import labels
from recruitdesk.dates import long_date, qt_short_format
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.gui.team.retention_dialog import qdate
from recruitdesk.retention.facts import RESERVE_PURPOSE
from recruitdesk.services import team_consents
from recruitdesk.services.team_desk import RetentionView, TeamDesk


def choose_evidence_file(parent: QWidget | None) -> str | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ConsentDialog", "Choose the evidence of consent"), "",
        QCoreApplication.translate("ConsentDialog", "Mail, PDF or image (*.eml *.msg *.pdf *.png *.jpg *.jpeg);;All files (*)"))
    return path or None


class TeamConsentDialog(QDialog):
    saved = Signal(object)  # the RetentionView with the countdown the consent moved

    def __init__(self, desk: TeamDesk, candidate_id: UUID, name: str, today: dt.date, parent: QWidget | None = None,
                 purpose: str = RESERVE_PURPOSE) -> None:
        super().__init__(parent)
        self.desk, self.candidate_id = desk, candidate_id
        self._task: Task | None = None
        self.choose_evidence = choose_evidence_file  # tests pre-answer the file picker
        self.evidence_path: str | None = None
        self.setWindowTitle(self.tr("Record reserve consent") if purpose == RESERVE_PURPOSE else
                            QCoreApplication.translate("ConsentDialog", "Record consent"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(QCoreApplication.translate("ConsentDialog", "Record what {name} agreed to, so the consent can be proven later.")
                       .format(name=name), self)
        intro.setWordWrap(True)
        self.asked_label = QLabel(self)  # what a rejection letter asked, when this records its answer
        self.asked_label.setWordWrap(True)
        self.asked_label.hide()
        self.purpose_combo = QComboBox(self)
        for code in team_consents.PURPOSES:
            self.purpose_combo.addItem(labels.label("consent_purpose", code), code)
        self.purpose_combo.setCurrentIndex(max(0, self.purpose_combo.findData(purpose)))
        self.purpose_combo.setAccessibleName(QCoreApplication.translate("ConsentDialog", "Purpose"))
        self.given_edit = QDateEdit(qdate(today), self)
        self.given_edit.setCalendarPopup(True)
        self.given_edit.setDisplayFormat(qt_short_format())
        self.given_edit.setMaximumDate(qdate(today))
        self.given_edit.setAccessibleName(QCoreApplication.translate("ConsentDialog", "Given on"))
        self.channel_combo = QComboBox(self)
        for code, word in labels.choices("consent_channel"):
            self.channel_combo.addItem(word, code)
        self.channel_combo.setAccessibleName(QCoreApplication.translate("ConsentDialog", "Channel"))
        self.version_edit = QLineEdit(self)
        self.version_edit.setPlaceholderText(QCoreApplication.translate("ConsentDialog", "e.g. reserve-2026-01"))
        self.version_edit.setAccessibleName(QCoreApplication.translate("ConsentDialog", "Text version"))
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setPlaceholderText(QCoreApplication.translate("ConsentDialog", "The exact text the candidate agreed to"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName(QCoreApplication.translate("ConsentDialog", "Text agreed to"))
        self.evidence_label = QLabel(QCoreApplication.translate("ConsentDialog", "No file"), self)
        self.evidence_button = QPushButton(QCoreApplication.translate("ConsentDialog", "Attach &evidence…"), self)
        self.evidence_button.clicked.connect(self._pick_evidence)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.evidence_label, 1)
        evidence_row.addWidget(self.evidence_button)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ConsentDialog", "&Purpose:"), self.purpose_combo)
        form.addRow(QCoreApplication.translate("ConsentDialog", "&Given on:"), self.given_edit)
        form.addRow(QCoreApplication.translate("ConsentDialog", "&Channel:"), self.channel_combo)
        form.addRow(QCoreApplication.translate("ConsentDialog", "Text &version:"), self.version_edit)
        form.addRow(QCoreApplication.translate("ConsentDialog", "&Text agreed to:"), self.text_edit)
        form.addRow(QCoreApplication.translate("ConsentDialog", "Evidence:"), evidence_row)
        self.error_label = inline_error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.asked_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def prefill_reserve_answer(self, wording: str, version: str | None, asked_on: dt.date | None) -> None:
        """A candidate's yes to a rejection letter's reserve question, as the local consent dialog
        fills it: the reserve, by e-mail, the sentence and version the letter quoted, given today
        (editable), so recording the proof is one Save; their reply can still be attached."""
        self.setWindowTitle(QCoreApplication.translate("ConsentDialog", "Record reserve answer"))
        self.purpose_combo.setCurrentIndex(max(0, self.purpose_combo.findData(RESERVE_PURPOSE)))
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData("email")))
        self.version_edit.setText(version or "")
        self.text_edit.setPlainText(wording)
        if asked_on is not None:
            self.asked_label.setText(QCoreApplication.translate(
                "ConsentDialog", "The rejection letter sent on {date} asked this question with the wording below. Set the day the "
                "candidate said yes, attach their reply if you have it, and save.").format(date=long_date(asked_on)))
        else:
            self.asked_label.setText(QCoreApplication.translate(
                "ConsentDialog", "The rejection letter asks this question with the wording below. Set the day the candidate said "
                "yes, attach their reply if you have it, and save."))
        self.asked_label.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setFocus()

    def _pick_evidence(self) -> None:
        path = self.choose_evidence(self)
        if path:
            self.evidence_path = path
            self.evidence_label.setText(Path(path).name)

    def save(self) -> None:
        self.buttons.setEnabled(False)
        self.error_label.hide()
        task = WriteTask(team_consents.give, self.desk, self.candidate_id, self.purpose_combo.currentData(),
                         self.given_edit.date().toPython(), self.channel_combo.currentData(), self.text_edit.toPlainText(),
                         self.version_edit.text(), self.evidence_path)
        task.finished.connect(self._stored)
        task.failed.connect(self._failed)
        self._task = task
        task.start()

    def _stored(self, view: RetentionView) -> None:
        self._task = None
        self.saved.emit(view)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.error_label.setText(user_message(error))
        self.error_label.show()
        self.buttons.setEnabled(True)
