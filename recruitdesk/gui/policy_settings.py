"""Retention settings: the policy (a preset or a custom one), the alert window, automatic erasure.

A custom policy is edited as JSON for now and validated with ``Policy.from_json`` as the user
types; Save stays disabled while it does not validate. Saving a different policy installs a new
version and recomputes every countdown (``services.retention_settings``), on a worker thread.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recruitdesk.gui.error_reporting import user_message
from recruitdesk.gui.retention_dialogs import ERROR_STYLE
from recruitdesk.gui.tasks import Task
from recruitdesk.retention.policy import Policy, PolicyInvalid
from recruitdesk.retention.presets import PRESETS
from recruitdesk.services.retention_settings import ALERT_WINDOW_RANGE, RetentionSettings, read_retention_settings, save_retention_settings
from recruitdesk.vault.vault import Vault

CUSTOM = ""  # the combo's data for "Custom policy"


def _pretty(policy_json: str) -> str:
    import json

    return json.dumps(json.loads(policy_json), indent=2, ensure_ascii=False, sort_keys=True)


class PolicySettingsDialog(QDialog):
    """Loads the settings on open; ``saved(version)`` after a save (version 0: policy unchanged)."""

    loaded = Signal()
    saved = Signal(int)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._task: Task | None = None
        self._closed = False
        self._updating = False
        self.current: RetentionSettings | None = None
        self.setWindowTitle(self.tr("Retention settings"))
        self.setAccessibleName(self.tr("Retention settings"))

        self.preset_combo = QComboBox()
        self.preset_combo.setAccessibleName(self.tr("Retention policy"))
        for name, preset in PRESETS.items():
            self.preset_combo.addItem(preset.translated_title(), name)
        self.preset_combo.addItem(self.tr("Custom policy"), CUSTOM)
        self.preset_summary = QLabel()
        self.preset_summary.setWordWrap(True)
        self.preset_summary.setAccessibleName(self.tr("Policy summary"))
        self.policy_edit = QPlainTextEdit()
        self.policy_edit.setAccessibleName(self.tr("Policy rules (JSON)"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.policy_edit.setFont(font)
        self.policy_edit.setTabChangesFocus(True)
        self.policy_edit.setMinimumHeight(220)
        self.policy_error = QLabel()
        self.policy_error.setWordWrap(True)
        self.policy_error.setStyleSheet(ERROR_STYLE)
        self.policy_error.setAccessibleName(self.tr("Policy error"))
        self.policy_error.hide()
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
        policy_form = QFormLayout(policy_box)
        policy_label = QLabel(self.tr("&Preset:"))
        policy_label.setBuddy(self.preset_combo)
        policy_form.addRow(policy_label, self.preset_combo)
        policy_form.addRow(self.preset_summary)
        rules_label = QLabel(self.tr("&Rules (edit to make a custom policy):"))
        rules_label.setBuddy(self.policy_edit)
        policy_form.addRow(rules_label)
        policy_form.addRow(self.policy_edit)
        policy_form.addRow(self.policy_error)
        policy_form.addRow(self.version_label)

        alerts_box = QGroupBox(self.tr("Alerts and deletion"))
        alerts_form = QFormLayout(alerts_box)
        window_label = QLabel(self.tr("&Warn this many days ahead:"))
        window_label.setBuddy(self.window_spin)
        alerts_form.addRow(window_label, self.window_spin)
        alerts_form.addRow(self.auto_erase_check)
        alerts_form.addRow(self.auto_erase_note)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(policy_box, 1)
        layout.addWidget(alerts_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(640, 620)

        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        self.policy_edit.textChanged.connect(self._policy_edited)
        self.window_spin.valueChanged.connect(self._update_note)
        self.auto_erase_check.toggled.connect(self._update_note)
        self._set_enabled(False)
        self._update_note()
        task = Task(read_retention_settings, vault)
        task.finished.connect(lambda current, task=task: task is self._task and not self._closed and self._show(current))
        task.failed.connect(lambda error, task=task: task is self._task and not self._closed and self._failed(error))
        self._task = task
        task.start()

    def done(self, result: int) -> None:  # closed: a call still running is ignored when it ends
        self._task = None
        self._closed = True
        super().done(result)

    # --- showing ---------------------------------------------------------------------------
    def _show(self, current: RetentionSettings) -> None:
        self._task = None
        self.current = current
        self._updating = True
        try:
            index = self.preset_combo.findData(current.preset if current.preset else CUSTOM)
            self.preset_combo.setCurrentIndex(index)
            self.policy_edit.setPlainText(_pretty(current.policy_json))
            self.window_spin.setValue(current.alert_window_days)
            self.auto_erase_check.setChecked(current.auto_erase)
        finally:
            self._updating = False
        self._show_preset_summary()
        self.version_label.setText(self.tr("Policy version in force: {version}").format(version=current.policy_version))
        self._set_enabled(True)
        self.loaded.emit()

    def _preset_chosen(self) -> None:
        if self._updating:
            return
        name = self.preset_combo.currentData()
        if name != CUSTOM:
            self._updating = True
            try:
                self.policy_edit.setPlainText(_pretty(PRESETS[name].policy.to_json()))
            finally:
                self._updating = False
            self._validate()
        self._show_preset_summary()

    def _policy_edited(self) -> None:
        if self._updating:
            return
        if self.preset_combo.currentData() != CUSTOM:
            self._updating = True
            try:
                self.preset_combo.setCurrentIndex(self.preset_combo.findData(CUSTOM))
            finally:
                self._updating = False
            self._show_preset_summary()
        self._validate()

    def _show_preset_summary(self) -> None:
        name = self.preset_combo.currentData()
        if name == CUSTOM:
            self.preset_summary.setText(self.tr(
                "Your firm's own rules. Each rule names the situations it applies to, the date it counts "
                "from (application, last_contact, procedure_end, consent_given, start) and a period such "
                "as \"6 weeks\", optionally with a maximum."
            ))
        else:
            self.preset_summary.setText(PRESETS[name].translated_summary())

    def _validate(self) -> Policy | None:
        """The custom policy, or None after showing why it is invalid."""
        try:
            policy = Policy.from_json(self.policy_edit.toPlainText())
        except PolicyInvalid as problem:
            self.policy_error.setText(self.tr("This policy is not valid: {problem}").format(problem=str(problem) or type(problem).__name__))
            self.policy_error.show()
            self.save_button.setEnabled(False)
            return None
        self.policy_error.hide()
        self.save_button.setEnabled(self.current is not None)
        return policy

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
        name = self.preset_combo.currentData()
        policy_json = None
        if name == CUSTOM:
            policy = self._validate()
            if policy is None:
                return
            policy_json = policy.to_json()
        task = Task(save_retention_settings, self._vault, self.window_spin.value(), self.auto_erase_check.isChecked(),
                    preset=name or None, policy_json=policy_json)
        task.finished.connect(lambda version, task=task: task is self._task and not self._closed and self._saved(version))
        task.failed.connect(lambda error, task=task: task is self._task and not self._closed and self._failed(error))
        self._task = task
        self._set_enabled(False)
        self.error_label.hide()
        task.start()

    def _saved(self, version: int | None) -> None:
        self._task = None
        self.saved.emit(version or 0)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        if isinstance(error, PolicyInvalid):
            message = self.tr("This policy is not valid: {problem}").format(problem=str(error))
        else:
            message = user_message(error)
        self.error_label.setText(message)
        self.error_label.show()
        self._set_enabled(self.current is not None)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.preset_combo, self.policy_edit, self.window_spin, self.auto_erase_check, self.save_button):
            widget.setEnabled(enabled)
