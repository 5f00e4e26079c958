"""Settings of the vault: the retention policy (a preset or a custom one), the alert window,
automatic erasure; and on a second tab the firm profile (name, privacy contact, the privacy
statement's address), the backups (folder, automatic interval) and the idle lock.

One dialog for a local vault and a team: it reads and saves through a source
(``policy_source``: the local vault's settings, or a team's policy and sealed firm profile, with
the team's name). A team has no alert window, automatic erasure or backups to set here (hidden);
a member who may not change the settings sees them read-only with the reason said, and no Save. A
colleague's newer save is said with theirs (``Outcome.conflict``): the entries stay, and Save again
goes over the version now shown; a colleague's new policy while the dialog is open is shown too.

The policy is edited as rows (``policy_editor.PolicyEditor``): a preset chosen by what it does,
or the firm's own rules; Save stays disabled while a row has a problem. Saving a different
policy installs a new version and recomputes every countdown (``services.retention_settings``),
on the database worker, in batches: the dialog shows how many candidates are done
("Recomputing countdowns: 1,200 of 10,000") and closes when all are.
The firm fields are checked with ``services.firm_settings`` when a field is left and on Save;
a problem is shown under the field and nothing is saved until it is fixed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recruitdesk.gui.retention.policy_editor import FileChooser, PolicyEditor
from recruitdesk.gui.retention.policy_source import Outcome, PolicySource, SettingsEntered, SettingsRead, source_of
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.field_checks import FieldChecks
from recruitdesk.gui.shell.styles import ERROR_STYLE
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.retention.policy import PolicyInvalid
from recruitdesk.services import firm_settings
from recruitdesk.services.firm_settings import AUTO_LOCK_RANGE, BACKUP_INTERVAL_RANGE, FirmSettings
from recruitdesk.services.retention_settings import ALERT_WINDOW_RANGE, RetentionSettings
from recruitdesk.vault.vault import Vault

# choose_folder(parent, current_folder) -> the chosen folder, or None when cancelled
FolderChooser = Callable[[QWidget | None, Path], Path | None]


def choose_backup_folder(parent: QWidget | None, current: Path) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("PolicySettingsDialog", "Choose the backup folder"), str(current if current.is_dir() else Path.home())
    )
    return Path(chosen) if chosen else None


class PolicySettingsDialog(QDialog):
    """Loads the settings on open; ``saved(version)`` after a save (version 0: policy unchanged)."""

    loaded = Signal()
    saved = Signal(int)
    conflicted = Signal(str)  # a colleague saved first: what the dialog says (the entries stay)
    # The save's task, as it starts: a policy change recomputes every countdown and goes on when
    # the dialog is closed meanwhile, so the window watches the task, not the dialog.
    save_started = Signal(object)

    def __init__(self, source: PolicySource | Vault, parent: QWidget | None = None, choose_folder: FolderChooser | None = None,
                 open_policy_file: FileChooser | None = None, save_policy_file: FileChooser | None = None,
                 today: Callable[[], dt.date] | None = None) -> None:
        super().__init__(parent)
        self.source = source_of(source)
        self._task: Task | None = None
        self.read: SettingsRead | None = None
        self._closed = False
        self._updating = False
        self.current: RetentionSettings | None = None
        self.firm: FirmSettings | None = None
        self.choose_folder = choose_folder or choose_backup_folder
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))

        if today is None:
            assert isinstance(source, Vault), "a source's dialog is given the day"
            today = source.clock.today
        self.policy_editor = PolicyEditor(today, open_file=open_policy_file, save_file=save_policy_file)
        self.preset_combo = self.policy_editor.preset_combo
        self.version_label = QLabel()
        self.version_label.setEnabled(False)

        self.window_spin = QSpinBox()
        self.window_spin.setRange(*ALERT_WINDOW_RANGE)
        self.window_spin.setSuffix(self.tr(" days"))
        self.window_spin.setAccessibleName(self.tr("Alert window in days"))
        self.auto_erase_check = QCheckBox(self.tr("&Delete candidates automatically when they are due"))
        self.auto_erase_check.setAccessibleName(self.tr("Automatic erasure"))
        self.auto_erase_note = QLabel()
        self.auto_erase_note.setWordWrap(True)
        self.auto_erase_note.setAccessibleName(self.tr("About automatic erasure"))

        policy_box = QGroupBox(self.tr("Policy"))
        policy_layout = QVBoxLayout(policy_box)
        policy_layout.addWidget(self.policy_editor)
        policy_layout.addWidget(self.version_label)

        alerts_box = QGroupBox(self.tr("Alerts and deletion"))
        alerts_form = QFormLayout(alerts_box)
        window_label = QLabel(self.tr("&Warn this many days ahead:"))
        window_label.setBuddy(self.window_spin)
        alerts_form.addRow(window_label, self.window_spin)
        alerts_form.addRow(self.auto_erase_check)
        alerts_form.addRow(self.auto_erase_note)

        firm_page = self._build_firm_page()

        self.role_label = QLabel(self.source.read_only_reason)
        self.role_label.setWordWrap(True)
        self.role_label.setAccessibleName(self.tr("Why the settings are read-only"))
        self.role_label.setVisible(not self.source.writable)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.hide()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.hide()
        self.progress_label = QLabel()
        self.progress_label.setAccessibleName(self.tr("Progress"))
        self.progress_label.hide()
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Recomputing countdowns"))
        self.progress_bar.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setVisible(self.source.writable)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        retention_content = QWidget()
        retention_layout = QVBoxLayout(retention_content)
        retention_layout.addWidget(policy_box)
        retention_layout.addWidget(alerts_box)
        retention_layout.addStretch(1)
        retention_page = QScrollArea()
        retention_page.setWidgetResizable(True)
        retention_page.setWidget(retention_content)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.tabs.addTab(retention_page, self.tr("Retention"))
        self.tabs.addTab(firm_page, self.tr("Firm and backups"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.role_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.buttons)
        self.resize(980, 720)

        self.policy_editor.validity_changed.connect(lambda _valid: self._update_save_button())
        self.window_spin.valueChanged.connect(self._update_note)
        self.auto_erase_check.toggled.connect(self._update_note)
        alerts_box.setVisible(self.source.has_vault_settings)  # a team has none of its own to set
        self._set_enabled(False)
        self._update_note()
        self.source.changed_elsewhere.connect(self._changed_elsewhere)
        self._read(self._show)

    def _read(self, done: Callable[[SettingsRead], None]) -> None:
        task = self.source.read_task()
        task.finished.connect(lambda current, task=task: task is self._task and not self._closed and done(current))
        task.failed.connect(lambda error, task=task: task is self._task and not self._closed and self._failed(error))
        self._task = task
        task.start()

    def done(self, result: int) -> None:  # closed: a call still running is ignored when it ends
        self._task = None
        self._closed = True
        super().done(result)

    def _build_firm_page(self) -> QWidget:
        page = QWidget()

        def field(name: str, placeholder: str) -> tuple[QLineEdit, QLabel]:
            edit = QLineEdit()
            edit.setAccessibleName(name)
            edit.setPlaceholderText(placeholder)
            error = QLabel()
            error.setWordWrap(True)
            error.setStyleSheet(ERROR_STYLE)
            error.setAccessibleName(self.tr("{field}: error").format(field=name))
            error.hide()
            return edit, error

        self.team_name_edit, self.team_name_error = field(self.tr("Team name"), "")
        self.team_name_edit.setMaxLength(firm_settings.FIRM_NAME_LIMIT)
        self.firm_name_edit, self.firm_name_error = field(self.tr("Firm name"), self.tr("As in your privacy statement"))
        self.firm_name_edit.setMaxLength(firm_settings.FIRM_NAME_LIMIT)
        self.privacy_contact_edit, self.privacy_contact_error = field(self.tr("Privacy contact email"), self.tr("privacy@example.com"))
        self.statement_url_edit, self.statement_url_error = field(self.tr("Privacy statement address"), self.tr("https://www.example.com/privacy"))
        self.backup_folder_edit, self.backup_folder_error = field(self.tr("Backup folder"), self.tr("The vault's own backup folder"))
        self.backup_folder_edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.browse_button.clicked.connect(self._browse)
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(0, BACKUP_INTERVAL_RANGE[1])  # 0: off
        self.interval_spin.setSuffix(self.tr(" days"))
        self.interval_spin.setSpecialValueText(self.tr("Off"))
        self.interval_spin.setAccessibleName(self.tr("Automatic backup interval in days"))
        interval_note = QLabel(self.tr(
            "RecruitDesk makes an encrypted backup during its daily check when the newest backup is this "
            "many days old, and keeps the 10 newest automatic backups in each folder. Choose Off to make "
            "backups only by hand."
        ))
        interval_note.setWordWrap(True)
        self.lock_spin = QSpinBox()
        self.lock_spin.setRange(*AUTO_LOCK_RANGE)
        self.lock_spin.setSuffix(self.tr(" minutes"))
        self.lock_spin.setAccessibleName(self.tr("Lock the vault after this many idle minutes"))

        self.checks = FieldChecks({
            self.team_name_edit: (firm_settings.check_firm_name, self.team_name_error),
            self.firm_name_edit: (firm_settings.check_firm_name, self.firm_name_error),
            self.privacy_contact_edit: (firm_settings.check_email, self.privacy_contact_error),
            self.statement_url_edit: (firm_settings.check_url, self.statement_url_error),
            self.backup_folder_edit: (firm_settings.check_backup_folder, self.backup_folder_error),
        })

        firm_box = QGroupBox(self.tr("Firm profile"))
        firm_form = QFormLayout(firm_box)
        if self.source.has_team_name:  # a team's own name, in its members' window titles
            team_label = QLabel(self.tr("&Team name:"))
            team_label.setBuddy(self.team_name_edit)
            firm_form.addRow(team_label, self.team_name_edit)
            firm_form.addRow("", self.team_name_error)
        for text, edit, error in (
            (self.tr("Firm &name:"), self.firm_name_edit, self.firm_name_error),
            (self.tr("Privacy &contact (email):"), self.privacy_contact_edit, self.privacy_contact_error),
            (self.tr("Privacy s&tatement (web address):"), self.statement_url_edit, self.statement_url_error),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            firm_form.addRow(label, edit)
            firm_form.addRow("", error)
        firm_note = QLabel(self.tr("Shown in the record of processing activities and in candidates' data exports."))
        firm_note.setWordWrap(True)
        firm_form.addRow(firm_note)

        backup_box = QGroupBox(self.tr("Backups"))
        backup_form = QFormLayout(backup_box)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        folder_label = QLabel(self.tr("Backup &folder:"))
        folder_label.setBuddy(self.backup_folder_edit)
        backup_form.addRow(folder_label, folder_row)
        backup_form.addRow("", self.backup_folder_error)
        interval_label = QLabel(self.tr("Back up a&utomatically every:"))
        interval_label.setBuddy(self.interval_spin)
        backup_form.addRow(interval_label, self.interval_spin)
        backup_form.addRow(interval_note)

        backup_box.setVisible(self.source.has_vault_settings)  # a team's backups are its server's
        security_box = QGroupBox(self.tr("Security"))
        security_form = QFormLayout(security_box)
        lock_label = QLabel(self.tr("&Lock when idle for:"))
        lock_label.setBuddy(self.lock_spin)
        security_form.addRow(lock_label, self.lock_spin)

        layout = QVBoxLayout(page)
        layout.addWidget(firm_box)
        layout.addWidget(backup_box)
        layout.addWidget(security_box)
        layout.addStretch(1)
        return page

    def _browse(self) -> None:
        current = Path(self.backup_folder_edit.text().strip() or self.source.folder)
        chosen = self.choose_folder(self, current)
        if chosen is not None:
            self.backup_folder_edit.setText(str(chosen))
            self.checks.check(self.backup_folder_edit)

    def firm_problems(self) -> list[str]:
        """The problems shown under the firm fields (checking every field now)."""
        return self.checks.problems()

    def _entered(self, preset: str | None, policy_json: str | None) -> SettingsEntered:
        return SettingsEntered(self.policy_editor.entered_rows(), preset, policy_json, self._entered_firm(), self.window_spin.value(),
                               self.auto_erase_check.isChecked(), self.team_name_edit.text())

    def _entered_firm(self) -> FirmSettings:
        return FirmSettings(
            firm_name=self.firm_name_edit.text(),
            privacy_contact=self.privacy_contact_edit.text(),
            privacy_statement_url=self.statement_url_edit.text(),
            backup_folder=self.backup_folder_edit.text(),
            backup_interval_days=self.interval_spin.value(),
            auto_lock_minutes=self.lock_spin.value(),
            firm_country=self.firm.firm_country if self.firm is not None else "",  # not edited here yet
        )

    # --- showing ---------------------------------------------------------------------------
    def _show(self, loaded: SettingsRead) -> None:
        self._task = None
        self.read = loaded
        current, firm = loaded.retention, loaded.firm
        self.current = current
        self.firm = firm
        self._updating = True
        try:
            self.team_name_edit.setText(loaded.team_name or "")
            self.team_name_edit.setPlaceholderText(loaded.team_name_shown)
            self.firm_name_edit.setText(firm.firm_name)
            self.privacy_contact_edit.setText(firm.privacy_contact)
            self.statement_url_edit.setText(firm.privacy_statement_url)
            self.backup_folder_edit.setText(firm.backup_folder)
            self.interval_spin.setValue(firm.backup_interval_days)
            self.lock_spin.setValue(firm.auto_lock_minutes)
            self.policy_editor.load(current.preset, current.policy, current.based_on)
            self.window_spin.setValue(current.alert_window_days)
            self.auto_erase_check.setChecked(current.auto_erase)
        finally:
            self._updating = False
        self._show_version(current)
        self._set_enabled(True)
        self.loaded.emit()

    def _show_version(self, current: RetentionSettings) -> None:
        self.version_label.setText(self.tr("Policy version in force: {version}").format(version=current.policy_version))

    # --- a colleague's change ------------------------------------------------------------------
    def _changed_elsewhere(self) -> None:
        """Another member's new policy (a change notice): shown as the one in force. Entries made here
        and not saved yet stay as entered (their save then goes over the new version)."""
        if self._task is None and self.read is not None and not self._closed:  # while reading or saving, the newest comes anyway
            self._set_enabled(False)
            self._read(self._colleague_changed)

    def _colleague_changed(self, now: SettingsRead) -> None:
        previous = self.read
        self._task = None
        if previous is not None and (now.retention.policy_version, now.retention.policy_json) == (
                previous.retention.policy_version, previous.retention.policy_json):
            self._set_enabled(True)  # this dialog's own save, or nothing new
            return
        if previous is not None and self._entries_changed(previous):
            self.read = now
            self.current = now.retention
            self._show_version(now.retention)
            self._set_enabled(True)
        else:
            self._show(now)
        self.message_label.setText(self.tr("Another member changed the policy meanwhile: version {version} is in force.").format(
            version=now.retention.policy_version))
        self.message_label.show()

    def _entries_changed(self, read: SettingsRead) -> bool:
        """Whether what is entered differs from ``read`` (rows that are not valid always differ)."""
        try:
            preset, _json = self.policy_editor.chosen()
            entered = self.policy_editor.chosen_policy()
        except PolicyInvalid:
            return True
        same_policy = (preset, entered) == (read.retention.preset, read.retention.policy)
        return not same_policy or self._entered_firm() != read.firm or self.team_name_edit.text() != (read.team_name or "")

    def _update_save_button(self) -> None:
        self.save_button.setEnabled(self.source.writable and self.current is not None and self._task is None
                                    and self.policy_editor.is_valid())

    def _update_note(self) -> None:
        days = self.window_spin.value()
        if self.auto_erase_check.isChecked():
            text = self.tr(
                "On: every day RecruitDesk deletes the candidates whose date has come, without asking. "
                "You are warned {days} days ahead in the banner and the tray notification, so you can extend "
                "or place a legal hold in time."
            )
        else:
            text = self.tr(
                "Off: RecruitDesk warns you {days} days ahead and you review and delete candidates yourself."
            )
        self.auto_erase_note.setText(text.format(days=days))

    # --- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        if self._task is not None or self.current is None or self.read is None or not self.source.writable:
            return
        try:
            preset, policy_json = self.policy_editor.chosen()
        except PolicyInvalid:
            return  # the problem is shown under its row, and Save is disabled
        if self.firm_problems():
            self.tabs.setCurrentIndex(1)
            return
        task = self.source.save_task(self.read, self._entered(preset, policy_json))
        task.finished.connect(lambda result, task=task: task is self._task and not self._closed
                              and self._saved(self.source.outcome(result)))
        task.failed.connect(lambda error, task=task: task is self._task and not self._closed and self._failed(error))
        task.progress.connect(lambda done, total, task=task: task is self._task and not self._closed and self._progress(done, total))
        self._task = task
        self._set_enabled(False)
        self.error_label.hide()
        self.message_label.hide()
        self.save_started.emit(task)
        task.start()

    def _progress(self, done: int, total: int) -> None:
        """A batch of countdowns recomputed under the new policy."""
        locale = QLocale()
        self.progress_label.setText(self.tr("Recomputing countdowns: {done} of {total}").format(
            done=locale.toString(done), total=locale.toString(total)))
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.progress_label.show()
        self.progress_bar.show()

    def _saved(self, outcome: Outcome) -> None:
        self._task = None
        self.progress_label.hide()
        self.progress_bar.hide()
        if outcome.conflict and outcome.now is not None:  # theirs said and now saved over; the entries stay
            self.read = outcome.now
            self.current = outcome.now.retention
            self.firm = outcome.now.firm
            self._show_version(outcome.now.retention)
            self.message_label.setText(outcome.conflict)
            self.message_label.show()
            self._set_enabled(True)
            self.conflicted.emit(outcome.conflict)
            return
        self.saved.emit(outcome.version)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.progress_label.hide()
        self.progress_bar.hide()
        if isinstance(error, PolicyInvalid):
            message = self.tr("This policy is not valid: {problem}").format(problem=str(error))
        else:
            message = user_message(error)
        self.error_label.setText(message)
        self.error_label.show()
        self._set_enabled(self.current is not None)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.policy_editor, self.window_spin, self.auto_erase_check, self.save_button,
                       self.firm_name_edit, self.privacy_contact_edit, self.statement_url_edit, self.backup_folder_edit,
                       self.browse_button, self.interval_spin, self.lock_spin):
            widget.setEnabled(enabled)
        self.team_name_edit.setEnabled(enabled)
        if enabled and not self.source.writable:  # read, not changed: the values stay legible and selectable
            self.policy_editor.set_read_only(True)
            for edit in (*self.checks.edits, self.lock_spin):
                edit.setReadOnly(True)
        if enabled:
            self._update_save_button()
