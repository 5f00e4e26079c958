"""Retention > Firm profile… of a team: the team's firm profile (firm name, privacy contact, privacy
statement) and the idle time after which every member's window locks.

The same fields as the local vault's firm profile and its idle lock, checked with the same functions when a
field is left and on Save (``services.firm_settings`` through ``services.team_firm``), a problem
shown under its field. The profile is read on a worker and saved on the database worker. When
another administrator saved meanwhile, nothing is written: the dialog says so, shows theirs, keeps
what the user typed, and a second Save puts the user's over theirs. A recruiter or DPO sees the
profile read-only, with the reason said, and no Save.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from recruitdesk.gui.shell.field_checks import FieldChecks
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.gui.team.task_dialog import TaskDialog
from recruitdesk.services import firm_settings, team_firm
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.services.team_firm import FirmProfile, ProfileConflict, StoredProfile


class TeamFirmDialog(TaskDialog):
    loaded = Signal(object)  # the StoredProfile read
    saved = Signal(object)  # the StoredProfile saved
    conflicted = Signal(object)  # the ProfileConflict: another administrator saved first

    def __init__(self, desk: TeamDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.may_change = team_firm.may_change(desk)
        self.version_read: int | None = None  # None until the profile is read
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Team firm profile"))
        self.setAccessibleName(self.windowTitle())

        self.name_edit, self.name_error = self._field(self.tr("Firm name"), self.tr("As in your privacy statement"))
        self.name_edit.setMaxLength(team_firm.FIRM_NAME_LIMIT)
        self.contact_edit, self.contact_error = self._field(self.tr("Privacy contact email"), self.tr("privacy@example.com"))
        self.url_edit, self.url_error = self._field(self.tr("Privacy statement address"), self.tr("https://www.example.com/privacy"))
        self.checks = FieldChecks({
            self.name_edit: (firm_settings.check_firm_name, self.name_error),
            self.contact_edit: (firm_settings.check_email, self.contact_error),
            self.url_edit: (firm_settings.check_url, self.url_error),
        })
        form = QFormLayout()
        for text, edit, error in ((self.tr("Firm &name:"), self.name_edit, self.name_error),
                                  (self.tr("Privacy &contact (email):"), self.contact_edit, self.contact_error),
                                  (self.tr("Privacy s&tatement (web address):"), self.url_edit, self.url_error)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            form.addRow("", error)
            edit.setReadOnly(True)  # until the profile is read (and for good when the member may not change it)
        self.lock_spin = QSpinBox(self)
        self.lock_spin.setRange(*firm_settings.AUTO_LOCK_RANGE)
        self.lock_spin.setSuffix(self.tr(" minutes"))
        self.lock_spin.setAccessibleName(self.tr("Lock every member's window after this many idle minutes"))
        self.lock_spin.setReadOnly(True)
        lock_label = QLabel(self.tr("&Lock when idle for:"), self)
        lock_label.setBuddy(self.lock_spin)
        form.addRow(lock_label, self.lock_spin)
        self.note_label = QLabel(self.tr("Every member's rejection letters are signed with the firm name and sent from the "
                                         "privacy contact's address; candidates' data exports name the firm. Every "
                                         "member's window locks itself after the idle time set here."), self)
        self.note_label.setWordWrap(True)
        self.role_label = QLabel(self.tr("Only an administrator of the team can change its firm profile; you can read it here."),
                                 self)
        self.role_label.setWordWrap(True)
        self.role_label.setVisible(not self.may_change)
        self.message_label = QLabel(self.tr("Reading the firm profile…"), self)
        self.message_label.setWordWrap(True)
        self.error_label = inline_error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setEnabled(False)
        self.save_button.setVisible(self.may_change)
        self.save_button.clicked.connect(self.save)
        if self.may_change:
            self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note_label)
        layout.addWidget(self.role_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(560, 320)

    def _field(self, name: str, placeholder: str) -> tuple[QLineEdit, QLabel]:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        error = inline_error_label(self)
        error.setAccessibleName(self.tr("{field}: error").format(field=name))
        return edit, error

    # --- reading -----------------------------------------------------------------------------
    def reload(self) -> None:
        self._start(Task(team_firm.current, self.desk), self._loaded)

    def _loaded(self, stored: StoredProfile) -> None:
        self._show(stored)
        self.message_label.setText(self.tr("No firm profile has been saved for this team yet.") if stored.version == 0 else "")
        self.message_label.setVisible(stored.version == 0)
        for edit in self.checks.edits:
            edit.setReadOnly(not self.may_change)
        self.lock_spin.setReadOnly(not self.may_change)
        self.loaded.emit(stored)

    def _show(self, stored: StoredProfile) -> None:
        self.version_read = stored.version
        self.name_edit.setText(stored.profile.firm_name)
        self.contact_edit.setText(stored.profile.privacy_contact)
        self.url_edit.setText(stored.profile.privacy_statement_url)
        self.lock_spin.setValue(stored.profile.auto_lock_minutes)

    # --- checking ----------------------------------------------------------------------------
    def problems(self) -> list[str]:
        """The problems shown under the fields (checking every field now)."""
        return self.checks.problems()

    def entered(self) -> FirmProfile:
        return FirmProfile(self.name_edit.text(), self.contact_edit.text(), self.url_edit.text(), self.lock_spin.value())

    # --- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        if not self.may_change or self.version_read is None or self._task is not None or self.problems():
            return
        self.error_label.hide()
        self.message_label.setText(self.tr("Saving the firm profile…"))
        self.message_label.show()
        self._start(WriteTask(team_firm.save, self.desk, self.version_read, self.entered()), self._saved)

    def _saved(self, result: StoredProfile | ProfileConflict) -> None:
        if isinstance(result, ProfileConflict):
            self.version_read = result.theirs.version  # a second Save puts the user's fields over theirs
            theirs = result.theirs.profile
            self.message_label.setText(self.tr(
                "Not saved: another administrator saved the firm profile while you were editing it. Theirs is: firm name "
                "\"{name}\", privacy contact \"{contact}\", privacy statement \"{url}\". Your entries are still in the fields: "
                "Save again to put them in place of theirs, or Close to keep theirs.").format(
                    name=theirs.firm_name, contact=theirs.privacy_contact, url=theirs.privacy_statement_url))
            if theirs.auto_lock_minutes != self.lock_spin.value():
                self.message_label.setText(self.message_label.text() + " " + self.tr(
                    "Their idle lock is {minutes} minutes.").format(minutes=theirs.auto_lock_minutes))
            self.conflicted.emit(result)
            return
        self._show(result)
        self.message_label.setText(self.tr("The firm profile is saved; every member's next letter uses it."))
        self.saved.emit(result)


    def update_save(self) -> None:
        self.save_button.setEnabled(self.may_change and self.version_read is not None and self._task is None)
