"""Candidate > Record reserve consent… in the team window: what the candidate agreed to, and how.

Asks what proves the consent later (the day, the channel, the text or its version), as the local
window's consent dialog does, and stores it on the database worker (``TeamDesk.give_consent``);
the countdown moves at once (a reserve consent keeps the candidate for the reserve's term).
A refusal is shown inline and the dialog stays open.
"""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, \
    QVBoxLayout, QWidget

from recruitdesk import labels
from recruitdesk.dates import qt_short_format
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.gui.team.retention_dialog import qdate
from recruitdesk.services.team_desk import RetentionView, TeamDesk


class TeamConsentDialog(QDialog):
    saved = Signal(object)  # the RetentionView with the countdown the consent moved

    def __init__(self, desk: TeamDesk, candidate_id: UUID, name: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.candidate_id = desk, candidate_id
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Record reserve consent"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(QCoreApplication.translate("ConsentDialog", "Record what {name} agreed to, so the consent can be proven later.")
                       .format(name=name), self)
        intro.setWordWrap(True)
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
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ConsentDialog", "&Given on:"), self.given_edit)
        form.addRow(QCoreApplication.translate("ConsentDialog", "&Channel:"), self.channel_combo)
        form.addRow(QCoreApplication.translate("ConsentDialog", "Text &version:"), self.version_edit)
        form.addRow(QCoreApplication.translate("ConsentDialog", "&Text agreed to:"), self.text_edit)
        self.error_label = inline_error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        self.buttons.setEnabled(False)
        self.error_label.hide()
        task = WriteTask(self.desk.give_consent, self.candidate_id, self.given_edit.date().toPython(), self.channel_combo.currentData(),
                         self.text_edit.toPlainText(), self.version_edit.text())
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
