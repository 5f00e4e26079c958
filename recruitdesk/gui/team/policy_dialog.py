"""Retention > Retention policy… in the team's panel: the policy in force, and for an administrator, its rules to edit.

Shows the policy the team follows and its version, in the same editor as the local vault's retention
settings (``gui.retention.policy_editor``: a preset, six rows checked in words, a worked example per
situation), so a team and a local vault are edited alike. An administrator chooses a preset or edits
the rows, confirms, and the new version is saved on the database worker over the version shown
(rows that restate a preset under its name, others as the firm's own); every countdown is computed
again right away, so the list's deadlines follow at once (``team_policy.save_rows``). A colleague's
version saved meanwhile is shown, never overwritten unseen. Recruiters and DPOs see the same rows
read-only, with the reason said.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QFrame, QLabel, QMessageBox, QPushButton, QScrollArea, QVBoxLayout, QWidget

from recruitdesk import errors
from recruitdesk.gui.retention.policy_editor import PolicyEditor
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.gui.team.task_dialog import TaskDialog
from recruitdesk.retention.policy import PolicyInvalid
from recruitdesk.retention.presets import PRESETS
from recruitdesk.services import policy_editor as pe
from recruitdesk.services import team_policy
from recruitdesk.services.policy_editor import RuleRow
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
        self.editor = PolicyEditor(desk.clock.today, self)
        self.editor.setEnabled(False)  # until the policy in force is read
        self.preset_combo = self.editor.preset_combo
        self.statement_label = self.editor.statement_label
        self.editor.edited.connect(self.update_save)
        self.editor.validity_changed.connect(lambda _valid: self.update_save())
        page = QWidget()  # the editor at its natural height, at the top of the scrolled area
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.editor)
        page_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.role_label = QLabel(self.tr("Only an administrator of the team can change its retention policy; you can read it "
                                         "here."), self)
        self.role_label.setWordWrap(True)
        self.role_label.setVisible(not self.may_change)
        self.after_label = QLabel(self.tr("Saving makes these rules the team's new policy version for every member; the "
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.active_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.role_label)
        layout.addWidget(self.after_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(960, 620)

    # --- reading -----------------------------------------------------------------------------
    def reload(self) -> None:
        self._start(Task(team_policy.current, self.desk), self._loaded)

    def follow(self, change) -> None:
        """A colleague's new policy (a change notice): shown as the one in force. Rows edited here and
        not saved yet stay as edited (their save then asks again, over the new version)."""
        # While this dialog reads or saves, what it shows next is the newest anyway (its own save's notice lands here too).
        if getattr(change, "record_kind", None) == POLICY_KIND and self.isVisible() and self._task is None:
            self._start(Task(team_policy.current, self.desk), self._colleague_changed)

    def _colleague_changed(self, view: PolicyView) -> None:
        previous = self.active
        if view == previous:  # this dialog's own save, or nothing new
            return
        if previous is not None and self._rows_changed(previous):
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
        self.editor.load(view.preset, view.policy, view.preset or next(iter(PRESETS)))
        self.editor.setEnabled(True)
        self.editor.set_read_only(not self.may_change)
        self.update_save()
        self.loaded.emit(view)

    def _show_active(self, view: PolicyView) -> None:
        self.active_label.setText(self.tr("In force: {title} (version {version}). {summary}.").format(
            title=view.title, version=view.version, summary=view.summary))

    def _rows_changed(self, view: PolicyView) -> bool:
        """Whether the rows entered differ from ``view``'s rules (a policy rows cannot show always differs)."""
        try:
            shown = pe.editor_rows(view.policy)
        except PolicyInvalid:
            return True
        entered = self.editor.entered_rows()
        return not all(a.same_rule(b) for a, b in zip(shown, entered, strict=True))

    def update_save(self) -> None:
        ready = self.active is not None and self.editor.is_valid() and self._rows_changed(self.active)
        self.save_button.setEnabled(self.may_change and ready and self._task is None)

    # --- saving ------------------------------------------------------------------------------
    def ask(self) -> QMessageBox | None:
        """Confirm first: the policy decides when every candidate of the team is deleted. The save
        replaces the version named here, or nothing (a colleague's newer one is said, not overwritten)."""
        if not self.may_change or self.active is None:
            return None
        rows = self.editor.entered_rows()
        try:
            chosen = team_policy.preview_rows(rows)
        except PolicyInvalid:
            return None  # Save is disabled while a row has a problem
        replaced = self.active.version
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Change the retention policy"),
                          self.tr("Make \"{title}\" the team's retention policy instead of \"{current}\"?").format(
                              title=chosen.title, current=self.active.title),
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("Every member's candidates are then kept and deleted by its periods: {summary}. The "
                                       "deadlines are computed again right away.").format(summary=chosen.summary))
        box.change_button = box.addButton(self.tr("Change the policy"), QMessageBox.ButtonRole.AcceptRole)  # type: ignore[attr-defined]
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: box.clickedButton() is box.change_button and self._save(rows, replaced))
        box.finished.connect(lambda _result: box.deleteLater())
        box.open()
        self.confirmation_opened.emit(box)
        return box

    def _save(self, rows: tuple[RuleRow, ...], replaced: int) -> None:
        self.error_label.hide()
        self.message_label.setText(self.tr("Saving the policy and computing every deadline again…"))
        self.message_label.show()
        self._start(WriteTask(team_policy.save_rows, self.desk, rows, replaced), self._saved)

    def _saved(self, change: PolicyChange) -> None:
        self.active = change.view
        self._show_active(change.view)
        self.editor.load(change.view.preset, change.view.policy, change.view.preset or next(iter(PRESETS)))
        self.message_label.setText(self.tr("The policy is now version {version}; %n deadlines were computed again.", "",
                                           change.recomputed).format(version=change.view.version))
        self.saved.emit(change)

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        if shiboken6.isValid(self) and isinstance(error, errors.TeamPolicyChanged) and self._task is None:  # show the colleague's version, keep the rows
            self._start(Task(team_policy.current, self.desk), self._colleague_changed)
