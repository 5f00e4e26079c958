"""Candidate > New candidate… (Ctrl+N): adding a candidate by hand, without a CV.

The form has the detail pane's contact fields and is checked by the same service validation
(``candidate_detail.validated_profile``), so a name, e-mail or phone refused in the pane is
refused here with the same words. The application date (today by default) opens a procedure,
so the new candidate has a retention countdown the moment it appears in the table, selected.
Someone on the suppression list is added (as with the CLI) but the status bar warns. The dialog adds
through a source (``new_candidate_source``): a team shown in the window opens this same dialog on the
team's source (``gui.team.candidate_editing``), which asks no application date (the team's policy
counts from the day the candidate is added).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from recruitdesk import labels
from recruitdesk.dates import qt_short_format
from recruitdesk.errors import RecruitDeskError
from recruitdesk.gui.candidates.new_candidate_source import NewCandidateAnswers, NewCandidateSource, source_of
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.feature import Feature
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.services import candidate_detail as cd
from recruitdesk.vault.vault import Vault

# Outplacement participants count from their outplacement start, recorded in the facts dialog.
HAND_SOURCES = tuple(code for code in labels.SOURCES if code != "outplacement")


def added_message(suppressed: bool) -> str:
    """The status bar's words once a candidate is added (a team's too), with the suppression list's warning."""
    if suppressed:
        return QCoreApplication.translate(
            "NewCandidateFeature", "Candidate added. Warning: this person is on the suppression list (they objected, "
                                   "asked for erasure or must not be contacted again); check before contacting them.")
    return QCoreApplication.translate("NewCandidateFeature", "Candidate added; the retention countdown has started.")


class NewCandidateDialog(QDialog):
    """Emits ``saved(candidate_id, suppressed)`` once the candidate is stored (a team's id is a UUID);
    refusals show under the form, which keeps what was typed."""

    saved = Signal(object, bool)

    def __init__(self, source: NewCandidateSource | Vault, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source_of(source)
        self._task: Task | None = None
        self.setWindowTitle(self.tr("New candidate"))
        self.setAccessibleName(self.windowTitle())
        asks_procedure = self._source.asks_procedure
        intro = QLabel(self.tr("Only the name is required. The application date starts the retention countdown.") if asks_procedure
                       else self.tr("Only the name is required. The retention countdown starts today, under the retention policy."))
        intro.setWordWrap(True)
        self.name_field = self._field(self.tr("Name"), cd.NAME_MAX)
        self.email_field = self._field(self.tr("Email"), cd.EMAIL_MAX)
        self.phone_field = self._field(self.tr("Phone"), cd.PHONE_MAX)
        self.city_field = self._field(self.tr("City"), cd.CITY_MAX)
        self.linkedin_field = self._field(self.tr("LinkedIn"), cd.LINKEDIN_MAX)
        self.linkedin_field.setPlaceholderText(self.tr("https://www.linkedin.com/in/…"))
        self.applied_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.applied_edit.setCalendarPopup(True)
        self.applied_edit.setDisplayFormat(qt_short_format())
        self.applied_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.applied_edit.setAccessibleName(self.tr("Applied on"))
        self.source_combo = QComboBox()
        for code in HAND_SOURCES:
            self.source_combo.addItem(labels.label("source", code), code)
        self.source_combo.setAccessibleName(self.tr("Source"))

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_field)
        form.addRow(self.tr("&Email:"), self.email_field)
        form.addRow(self.tr("&Phone:"), self.phone_field)
        form.addRow(self.tr("Cit&y:"), self.city_field)
        form.addRow(self.tr("&LinkedIn:"), self.linkedin_field)
        if asks_procedure:
            form.addRow(self.tr("&Applied on:"), self.applied_edit)
            form.addRow(self.tr("So&urce:"), self.source_combo)
        else:  # not shown: the source adds the candidate as applied today
            self.applied_edit.setParent(self)
            self.source_combo.setParent(self)
            self.applied_edit.hide()
            self.source_combo.hide()
        self.error_label = inline_error_label()
        self.error_label.setAccessibleName(self.tr("Profile error"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)  # Enter in any field saves
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.name_field.setFocus()

    def _field(self, accessible: str, limit: int) -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(accessible)
        field.setMaxLength(limit)
        return field

    def save(self) -> Task | None:
        """Validate and store on the database worker; Enter in any field does the same."""
        if self._task is not None:
            return None
        self.error_label.hide()
        self.buttons.setEnabled(False)
        procedure = self._source.asks_procedure
        task = self._source.add_task(NewCandidateAnswers(
            self.name_field.text(), self.email_field.text(), self.phone_field.text(), self.city_field.text(),
            self.linkedin_field.text(), self.applied_edit.date().toPython() if procedure else None,
            self.source_combo.currentData() if procedure else None))
        task.finished.connect(self._stored)
        task.failed.connect(self._refused)
        self._task = task
        task.start()
        return task

    def _stored(self, result: tuple[object, bool]) -> None:
        self._task = None
        self.saved.emit(*result)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._task = None
        self.error_label.setText(error.message() if isinstance(error, RecruitDeskError) else user_message(error))
        self.error_label.show()
        self.buttons.setEnabled(True)
        self.name_field.setFocus()


class NewCandidateFeature(Feature):
    """The action at the top of the Candidate menu; the saved candidate is selected in the table."""

    DIALOGS = ("dialog",)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.new_action = self.action(
            self.tr("&New candidate…"), self.tr("Add a candidate by hand, without a CV"),
            "Ctrl+N", self.open_dialog, "actionNewCandidate", self.tr("New…"))
        menu = window.candidate_menu
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.new_action)
        self._select: int | None = None
        window.rows_loaded.connect(self._rows_loaded)

    def update_actions(self) -> None:
        self.new_action.setEnabled(self.vault is not None)

    def vault_closed(self) -> None:
        self._select = None
        super().vault_closed()

    def open_dialog(self) -> NewCandidateDialog | None:
        if self.vault is None:
            return None
        self.close_dialog("dialog")
        dialog = NewCandidateDialog(self.vault, self.window.today(), self.window)
        dialog.saved.connect(self._saved)
        self.track(dialog, "dialog")
        dialog.open()
        return dialog

    def _saved(self, candidate_id: int, suppressed: bool) -> None:
        self._select = candidate_id
        if self.window.model.is_filtered:  # the search might hide the new candidate
            self.window.search.field.clear()
        self.window.done(added_message(suppressed))

    def _rows_loaded(self, _count: int) -> None:
        candidate_id, self._select = self._select, None
        if candidate_id is not None:
            self.window.select_ids([candidate_id])
            self.window.ui.candidateTable.setFocus()


def install(window: QMainWindow) -> NewCandidateFeature:
    """Add Candidate > New candidate… (Ctrl+N); call after the Candidate menu exists."""
    return NewCandidateFeature(window)
