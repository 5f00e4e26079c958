"""The retention policy editor of the settings: a preset chosen by what it does, its rules as rows,
a worked example per situation, and policy files to import and export.

Choosing a preset fills the rows; editing a row makes the policy "Custom (based on ...)" (and
editing it back selects the preset again). The description, the problems and the examples all
come from ``services.policy_editor``; the dates in the examples are the engine's own.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recruitdesk import errors
from recruitdesk.gui.retention.policy_rows import PolicyRows
from recruitdesk.gui.retention.preset_delegate import SECONDARY_ROLE, PresetDelegate
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.retention.policy import Policy, PolicyInvalid
from recruitdesk.retention.presets import PRESETS
from recruitdesk.services import policy_editor as pe
from recruitdesk.services.policy_editor import RuleRow
from recruitdesk.services.policy_files import read_policy_file, write_policy_file

CUSTOM = ""  # the combo's data for the custom policy

# choose_file(parent, suggested path) -> the chosen path, or None when cancelled
FileChooser = Callable[[QWidget | None, Path], Path | None]


def choose_policy_to_open(parent: QWidget | None, start: Path) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("PolicyEditor", "Import policy file"), str(start),
        QCoreApplication.translate("PolicyEditor", "Policy files (*.json);;All files (*)"))
    return Path(chosen) if chosen else None


def choose_policy_to_save(parent: QWidget | None, suggested: Path) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("PolicyEditor", "Export policy file"), str(suggested),
        QCoreApplication.translate("PolicyEditor", "Policy files (*.json)"))
    return Path(chosen) if chosen else None


class PolicyEditor(QWidget):
    """``validity_changed(bool)`` when the rows become valid or invalid."""

    validity_changed = Signal(bool)
    edited = Signal()

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None,
                 open_file: FileChooser | None = None, save_file: FileChooser | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._open_file = open_file or choose_policy_to_open
        self._save_file = save_file or choose_policy_to_save
        self._updating = False
        self._origin: dict[str, RuleRow] = {}  # the rows as chosen, loaded or imported: edits are measured against them
        self._based_on = next(iter(PRESETS))
        self._imported_from: str | None = None
        self._valid = True

        self.preset_combo = QComboBox()
        self.preset_combo.setAccessibleName(self.tr("Retention policy"))
        for name, preset in PRESETS.items():
            self.preset_combo.addItem(preset.description(), name)
            self.preset_combo.setItemData(self.preset_combo.count() - 1, preset.statement_line(), Qt.ItemDataRole.ToolTipRole)
            self.preset_combo.setItemData(self.preset_combo.count() - 1, preset.statement_line(), SECONDARY_ROLE)
        self.preset_combo.setItemDelegate(PresetDelegate(self.preset_combo))
        self.preset_combo.addItem(self.tr("Custom"), CUSTOM)
        self.preset_combo.setMinimumContentsLength(30)
        preset_label = QLabel(self.tr("&Policy:"))
        preset_label.setBuddy(self.preset_combo)
        self.statement_label = QLabel()
        self.statement_label.setWordWrap(True)
        self.statement_label.setAccessibleName(self.tr("The statement this policy follows"))
        self.import_button = QPushButton(self.tr("&Import policy file…"))
        self.export_button = QPushButton(self.tr("E&xport policy file…"))
        self.file_message = QLabel()
        self.file_message.setWordWrap(True)
        self.file_message.hide()
        self.file_error = inline_error_label()
        self.file_error.setAccessibleName(self.tr("Policy file error"))

        self.rows = PolicyRows()
        rules_label = QLabel(self.tr("&Rules (one per situation):"))
        rules_label.setBuddy(self.rows.first_control())
        self.examples_label = QLabel()
        self.examples_label.setObjectName("policyExamples")
        self.examples_label.setWordWrap(True)
        self.examples_label.setAccessibleName(self.tr("Examples with this policy"))
        examples_title = QLabel(self.tr("For example, with these rules:"))

        top = QHBoxLayout()
        top.addWidget(preset_label)
        top.addWidget(self.preset_combo, 1)
        files = QHBoxLayout()
        files.addWidget(self.import_button)
        files.addWidget(self.export_button)
        files.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.statement_label)
        layout.addWidget(rules_label)
        layout.addWidget(self.rows)
        layout.addWidget(examples_title)
        layout.addWidget(self.examples_label)
        layout.addLayout(files)
        layout.addWidget(self.file_message)
        layout.addWidget(self.file_error)

        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        self.rows.changed.connect(self._rows_edited)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)

    # --- state ------------------------------------------------------------------------------------
    def load(self, preset: str | None, policy: Policy, based_on: str) -> None:
        """Show the policy in force: a preset's, or a custom one started from ``based_on``."""
        self._based_on = based_on if based_on in PRESETS else next(iter(PRESETS))
        try:
            rows = pe.editor_rows(PRESETS[preset].policy if preset else policy)
        except PolicyInvalid as problem:  # two rules for one situation: only a file could say that
            rows = pe.editor_rows(PRESETS[self._based_on].policy)
            self._show_file_error(self.tr("The policy in force cannot be shown as rows ({problem}). The rows show the "
                                          "preset it was based on; save to replace it.").format(problem=str(problem)))
        self._show(rows, preset)

    def _show(self, rows: tuple[RuleRow, ...], preset: str | None) -> None:
        self._origin = {row.situation: row for row in rows}
        self._updating = True
        try:
            self.rows.show_rows(rows)
            self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset or CUSTOM))
        finally:
            self._updating = False
        self._refresh()

    def set_read_only(self, read_only: bool) -> None:
        """Show the policy without letting it change (a team member who is no administrator): the
        preset, the rows and the import are disabled; the examples and the export stay."""
        for widget in (self.preset_combo, self.rows, self.import_button):
            widget.setEnabled(not read_only)

    def entered_rows(self) -> tuple[RuleRow, ...]:
        """The rows as entered; a row restates the statement only while it is unchanged."""
        return tuple(pe.edited_row(self._origin.get(row.situation), row) for row in self.rows.entered())

    def is_valid(self) -> bool:
        return self._valid

    def chosen(self) -> tuple[str | None, str | None]:
        """What to save: (preset name, None) when the rows restate a preset, else (None, policy JSON).
        Raises ``PolicyInvalid`` while a row has a problem."""
        rows = self.entered_rows()
        preset = pe.matching_preset(rows)
        return (preset, None) if preset else (None, pe.policy_of(rows).to_json())

    def chosen_policy(self) -> Policy:
        preset, policy_json = self.chosen()
        return PRESETS[preset].policy if preset else Policy.from_json(policy_json or "")

    # --- reacting to the user ------------------------------------------------------------------
    def _preset_chosen(self) -> None:
        if self._updating:
            return
        name = self.preset_combo.currentData()
        if name == CUSTOM:  # chosen by hand: keep the rows, they are now the firm's own
            self._refresh()
            return
        self._based_on = name
        self._imported_from = None
        self._clear_file_messages()
        self._show(pe.editor_rows(PRESETS[name].policy), name)
        self.edited.emit()

    def _rows_edited(self) -> None:
        preset = pe.matching_preset(self.entered_rows())
        self._updating = True
        try:
            self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset or CUSTOM))
        finally:
            self._updating = False
        self._refresh()
        self.edited.emit()

    def _refresh(self) -> None:
        """The custom item's text, the line under the combo, the problems and the examples."""
        rows = self.entered_rows()
        name = self.preset_combo.currentData()
        custom_index = self.preset_combo.findData(CUSTOM)
        if self._imported_from:
            self.preset_combo.setItemText(custom_index, self.tr("Custom (imported from {file})").format(file=self._imported_from))
        else:
            self.preset_combo.setItemText(custom_index, self.tr("Custom (based on {preset})").format(
                preset=PRESETS[self._based_on].translated_title()))
        problems = {row.situation: pe.row_problem(row) for row in rows}
        for situation, problem in problems.items():
            self.rows.rows[situation].show_problem(problem)
        valid = not any(problems.values())
        if name != CUSTOM:
            self.statement_label.setText(self.tr("Follows: {statement}").format(statement=PRESETS[name].statement_line()))
        elif valid:
            self.statement_label.setText(self.tr("Your own rules: {description}").format(description=pe.describe_rows(rows)))
        else:
            self.statement_label.setText(self.tr("Your own rules: fix the rules marked in red to see what they do."))
        self.examples_label.setText("\n".join(f"• {example.text}" for example in pe.examples(rows, self._today())))
        self.export_button.setEnabled(valid)
        for row in rows:
            self.rows.rows[row.situation].show_origin(row.from_statement)
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    # --- policy files -------------------------------------------------------------------------------
    def import_file(self) -> None:
        path = self._open_file(self, Path.home())
        if path is None:
            return
        self._clear_file_messages()
        try:
            _policy, rows = read_policy_file(path)
        except errors.RecruitDeskError as problem:
            self._show_file_error(problem.message())
            return
        preset = pe.matching_preset(rows)
        self._imported_from = None if preset else path.name
        self._show(rows, preset)
        self.file_message.setText(self.tr("The rules of {file} are shown above. Save to put them in force.").format(file=path.name))
        self.file_message.show()
        self.edited.emit()

    def export_file(self) -> None:
        try:
            policy = self.chosen_policy()
        except PolicyInvalid:
            return  # the button is disabled while a row has a problem
        path = self._save_file(self, Path.home() / self.tr("retention-policy.json"))
        if path is None:
            return
        self._clear_file_messages()
        try:
            written = write_policy_file(path, policy)
        except errors.RecruitDeskError as problem:
            self._show_file_error(problem.message())
            return
        self.file_message.setText(self.tr("The policy was exported to {file}.").format(file=str(written)))
        self.file_message.show()

    def _show_file_error(self, message: str) -> None:
        self.file_error.setText(message)
        self.file_error.show()

    def _clear_file_messages(self) -> None:
        self.file_error.hide()
        self.file_message.hide()
