"""Retention > Retention policy… in the team's panel: the policy in force, and for an administrator, another preset.

Shows the preset the team follows, its version, the statement it comes from and each situation's
period in words. An administrator chooses a preset (the rows show what it would do), confirms, and
the new version is saved on the database worker; every countdown is computed again right away, so
the list's deadlines follow at once (``team_policy.choose``). Recruiters and DPOs see the same page
read-only, with the reason said.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout,
                               QWidget)

from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.gui.team.task_dialog import TaskDialog
from recruitdesk.services import team_policy
from recruitdesk.services.team_desk import POLICY_KIND, TeamDesk
from recruitdesk.services.team_policy import PolicyChange, PolicyView


class TeamPolicyDialog(TaskDialog):
    loaded = Signal(object)  # the PolicyView in force
    confirmation_opened = Signal(object)  # the "change the policy?" box
    saved = Signal(object)  # the PolicyChange

    def __init__(self, desk: TeamDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.may_change = team_policy.may_change(desk)
        self.active: PolicyView | None = None
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Team retention policy"))
        self.setAccessibleName(self.windowTitle())
        self.active_label = QLabel(self.tr("Reading the policy…"), self)
        self.active_label.setWordWrap(True)
        self.active_label.setAccessibleName(self.tr("Policy in force"))
        self.preset_combo = QComboBox(self)
        self.preset_combo.setAccessibleName(self.tr("Retention policy"))
        for name, text in team_policy.presets():
            self.preset_combo.addItem(text, name)
        self.preset_combo.setEnabled(False)
        self.preset_combo.currentIndexChanged.connect(self._show_choice)
        self.statement_label = QLabel(self)
        self.statement_label.setWordWrap(True)
        self.rules_form = QFormLayout()
        self.rule_labels: dict[str, QLabel] = {}
        self.role_label = QLabel(self.tr("Only an administrator of the team can change its retention policy; you can read it "
                                         "here."), self)
        self.role_label.setWordWrap(True)
        self.role_label.setVisible(not self.may_change)
        self.after_label = QLabel(self.tr("Saving makes the chosen preset the team's new policy version for every member; the "
                                          "deadline of every candidate is computed again right away."), self)
        self.after_label.setWordWrap(True)
        self.after_label.setVisible(self.may_change)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.error_label = inline_error_label()
        self.save_button = QPushButton(self.tr("&Save policy…"), self)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.ask)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Policy:"), self.preset_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.active_label)
        layout.addLayout(form)
        layout.addWidget(self.statement_label)
        layout.addLayout(self.rules_form)
        layout.addWidget(self.role_label)
        layout.addWidget(self.after_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(640, 420)

    # --- reading -----------------------------------------------------------------------------
    def reload(self) -> None:
        self._start(Task(team_policy.current, self.desk), self._loaded)

    def follow(self, change) -> None:
        """A colleague's new policy (a change notice): shown as the one in force. A preset chosen here and
        not saved yet stays chosen (its save then asks again, over the new version)."""
        # While this dialog reads or saves, what it shows next is the newest anyway (its own save's notice lands here too).
        if getattr(change, "record_kind", None) == POLICY_KIND and self.isVisible() and self._task is None:
            self._start(Task(team_policy.current, self.desk), self._colleague_changed)

    def _colleague_changed(self, view: PolicyView) -> None:
        previous = self.active
        pending = previous is not None and self.preset_combo.currentData() not in (None, previous.preset)
        if view == previous:  # this dialog's own save, or nothing new
            return
        if pending:
            self.active = view
            self._show_active(view)
            self.update_save()
        else:
            self._loaded(view)
        self.message_label.setText(self.tr("Another member changed the policy meanwhile: version {version} is in force.").format(
            version=view.version))
        self.message_label.show()

    def _loaded(self, view: PolicyView) -> None:
        self.active = view
        self._show_active(view)
        index = self.preset_combo.findData(view.preset) if view.preset else -1
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(index)
        self.preset_combo.blockSignals(False)
        self._show_rules(view)
        self.preset_combo.setEnabled(self.may_change)
        self.update_save()
        self.loaded.emit(view)

    def _show_active(self, view: PolicyView) -> None:
        self.active_label.setText(self.tr("In force: {title} (version {version}). {summary}.").format(
            title=view.title, version=view.version, summary=view.summary))

    def _show_choice(self) -> None:
        name = self.preset_combo.currentData()
        if name is None:
            return
        chosen = self.active if self.active is not None and name == self.active.preset else team_policy.preview(name)
        self._show_rules(chosen)
        self.update_save()

    def _show_rules(self, view: PolicyView) -> None:
        self.statement_label.setText(self.tr("Follows: {statement}").format(statement=view.statement) if view.statement else "")
        for situation, rule in view.rules:
            label = self.rule_labels.get(situation)
            if label is None:
                label = QLabel(self)
                label.setWordWrap(True)
                label.setAccessibleName(situation)
                self.rule_labels[situation] = label
                self.rules_form.addRow(self.tr("{situation}:").format(situation=situation), label)
            label.setText(rule)

    def update_save(self) -> None:
        name = self.preset_combo.currentData()
        changed = self.active is not None and name is not None and name != self.active.preset
        self.save_button.setEnabled(self.may_change and changed and self._task is None)

    # --- saving ------------------------------------------------------------------------------
    def ask(self) -> QMessageBox | None:
        """Confirm first: the policy decides when every candidate of the team is deleted."""
        name = self.preset_combo.currentData()
        if not self.may_change or name is None or self.active is None:
            return None
        chosen = team_policy.preview(name)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Change the retention policy"),
                          self.tr("Make \"{title}\" the team's retention policy instead of \"{current}\"?").format(
                              title=chosen.title, current=self.active.title),
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("Every member's candidates are then kept and deleted by its periods: {summary}. The "
                                       "deadlines are computed again right away.").format(summary=chosen.summary))
        box.change_button = box.addButton(self.tr("Change the policy"), QMessageBox.ButtonRole.AcceptRole)  # type: ignore[attr-defined]
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: box.clickedButton() is box.change_button and self._save(name))
        box.finished.connect(lambda _result: box.deleteLater())
        box.open()
        self.confirmation_opened.emit(box)
        return box

    def _save(self, name: str) -> None:
        self.error_label.hide()
        self.message_label.setText(self.tr("Saving the policy and computing every deadline again…"))
        self.message_label.show()
        self._start(WriteTask(team_policy.choose, self.desk, name), self._saved)

    def _saved(self, change: PolicyChange) -> None:
        self.active = change.view
        self._show_active(change.view)
        self._show_rules(change.view)
        self.message_label.setText(self.tr("The policy is now version {version}; %n deadlines were computed again.", "",
                                           change.recomputed).format(version=change.view.version))
        self.saved.emit(change)

