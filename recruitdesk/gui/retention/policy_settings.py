"""Settings of the vault: the retention policy (a preset or a custom one), the alert window,
automatic erasure; and on a second tab the firm profile (name, privacy contact, the privacy
statement's address) and the backups (folder, automatic interval).

The policy is edited as rows (``policy_editor.PolicyEditor``): a preset chosen by what it does,
or the firm's own rules; Save stays disabled while a row has a problem. Saving a different
policy installs a new version and recomputes every countdown (``services.retention_settings``),
on the database worker, in batches: the dialog shows how many candidates are done
("Recomputing countdowns: 1,200 of 10,000") and closes when all are.
The firm fields are checked with ``services.firm_settings`` when a field is left and on Save;
a problem is shown under the field and nothing is saved until it is fixed.
"""

from __future__ import annotations

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
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.field_checks import FieldChecks
from recruitdesk.gui.shell.styles import ERROR_STYLE
from recruitdesk.gui.shell.tasks import Task, TaskControl, WriteTask
from recruitdesk.retention.policy import PolicyInvalid
from recruitdesk.services import firm_settings
from recruitdesk.services.firm_settings import AUTO_LOCK_RANGE, BACKUP_INTERVAL_RANGE, FirmSettings, read_firm_settings, save_firm_settings
from recruitdesk.services.retention_settings import ALERT_WINDOW_RANGE, RetentionSettings, read_retention_settings, save_retention_settings
from recruitdesk.vault.vault import Vault

# choose_folder(parent, current_folder) -> the chosen folder, or None when cancelled
FolderChooser = Callable[[QWidget | None, Path], Path | None]


def choose_backup_folder(parent: QWidget | None, current: Path) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("PolicySettingsDialog", "Choose the backup folder"), str(current if current.is_dir() else Path.home())
    )
    return Path(chosen) if chosen else None


def _read_all(vault: Vault) -> tuple[RetentionSettings, FirmSettings]:
    return read_retention_settings(vault), read_firm_settings(vault)


def _save_all(vault: Vault, firm: FirmSettings, alert_window_days: int, auto_erase: bool,
              preset: str | None, policy_json: str | None, control: TaskControl) -> int | None:
    """The worker-thread side of Save. A new policy's recompute reports its candidates through
    ``control`` and is not cancellable here: it runs to the end even when the dialog is closed,
    so the countdowns shown never lag behind the policy in force."""
    save_firm_settings(vault, firm)
    return save_retention_settings(vault, alert_window_days, auto_erase, preset=preset, policy_json=policy_json,
                                   progress=control.report)


class PolicySettingsDialog(QDialog):
    """Loads the settings on open; ``saved(version)`` after a save (version 0: policy unchanged)."""

    loaded = Signal()
    saved = Signal(int)
    # The save's task, as it starts: a policy change recomputes every countdown and goes on when
    # the dialog is closed meanwhile, so the window watches the task, not the dialog.
    save_started = Signal(object)

    def __init__(self, vault: Vault, parent: QWidget | None = None, choose_folder: FolderChooser | None = None,
                 open_policy_file: FileChooser | None = None, save_policy_file: FileChooser | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._task: Task | None = None
        self._closed = False
        self._updating = False
        self.current: RetentionSettings | None = None
        self.firm: FirmSettings | None = None
        self.choose_folder = choose_folder or choose_backup_folder
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))

        self.policy_editor = PolicyEditor(vault.clock.today, open_file=open_policy_file, save_file=save_policy_file)
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
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.buttons)
        self.resize(980, 720)

        self.policy_editor.validity_changed.connect(lambda _valid: self._update_save_button())
        self.window_spin.valueChanged.connect(self._update_note)
        self.auto_erase_check.toggled.connect(self._update_note)
        self._set_enabled(False)
        self._update_note()
        task = Task(_read_all, vault)
        task.finished.connect(lambda current, task=task: task is self._task and not self._closed and self._show(current))
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
            self.firm_name_edit: (firm_settings.check_firm_name, self.firm_name_error),
            self.privacy_contact_edit: (firm_settings.check_email, self.privacy_contact_error),
            self.statement_url_edit: (firm_settings.check_url, self.statement_url_error),
            self.backup_folder_edit: (firm_settings.check_backup_folder, self.backup_folder_error),
        })

        firm_box = QGroupBox(self.tr("Firm profile"))
        firm_form = QFormLayout(firm_box)
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
        current = Path(self.backup_folder_edit.text().strip() or self._vault.folder)
        chosen = self.choose_folder(self, current)
        if chosen is not None:
            self.backup_folder_edit.setText(str(chosen))
            self.checks.check(self.backup_folder_edit)

    def firm_problems(self) -> list[str]:
        """The problems shown under the firm fields (checking every field now)."""
        return self.checks.problems()

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
    def _show(self, loaded: tuple[RetentionSettings, FirmSettings]) -> None:
        self._task = None
        current, firm = loaded
        self.current = current
        self.firm = firm
        self._updating = True
        try:
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
        self.version_label.setText(self.tr("Policy version in force: {version}").format(version=current.policy_version))
        self._set_enabled(True)
        self.loaded.emit()

    def _update_save_button(self) -> None:
        self.save_button.setEnabled(self.current is not None and self._task is None and self.policy_editor.is_valid())

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
        if self._task is not None or self.current is None:
            return
        try:
            preset, policy_json = self.policy_editor.chosen()
        except PolicyInvalid:
            return  # the problem is shown under its row, and Save is disabled
        if self.firm_problems():
            self.tabs.setCurrentIndex(1)
            return
        task = WriteTask(_save_all, self._vault, self._entered_firm(), self.window_spin.value(), self.auto_erase_check.isChecked(),
                         preset, policy_json)
        task.finished.connect(lambda version, task=task: task is self._task and not self._closed and self._saved(version))
        task.failed.connect(lambda error, task=task: task is self._task and not self._closed and self._failed(error))
        task.progress.connect(lambda done, total, task=task: task is self._task and not self._closed and self._progress(done, total))
        self._task = task
        self._set_enabled(False)
        self.error_label.hide()
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

    def _saved(self, version: int | None) -> None:
        self._task = None
        self.saved.emit(version or 0)
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
        if enabled:
            self._update_save_button()
