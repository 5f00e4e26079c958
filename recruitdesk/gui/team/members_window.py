"""The team's members, for an administrator to manage: invite, change a role, revoke, finish a
revocation that was interrupted, and after a revocation renew the firm key and every candidate key (``team.key_renewal``).

Every call to the server runs on a worker (``Task``): listing needs a round trip and a decryption
per name, and a revocation moves every candidate to the new keys in batches, reported here on a
progress bar (``RevocationProgress``). A recruiter or DPO sees the same list read only, with the
admin buttons disabled and a line saying why; the server would refuse them anyway (roles.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable
from uuid import UUID

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recruitdesk.clock import Clock
from recruitdesk.dates import short_date
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import ERROR_STYLE
from recruitdesk.gui.shell.tasks import Task, TaskControl
from recruitdesk.gui.team.member_dialogs import InviteDialog, RoleDialog, renew_keys_confirmation, revoke_confirmation, role_name
from recruitdesk.services.team_members import Member, MembersOverview, members_overview, renew_candidate_keys_at
from recruitdesk.services.team_vault import change_member_role, finish_team_revocation, revoke_team_member
from recruitdesk.vault.keychain import Keychain

NAME, ROLE, STATE, JOINED = range(4)


class MembersWindow(QDialog):
    """Emits ``loaded`` after each (re)load of the list, ``action_failed(message)`` when a call
    failed (the message is also shown), ``revocation_finished`` when the keys are renewed, and
    ``keys_renewed`` when every candidate has a new key."""

    loaded = Signal()
    action_failed = Signal(str)
    revocation_finished = Signal()
    keys_renewed = Signal()

    def __init__(self, folder: Path, keychain: Keychain, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder, self._keychain, self._clock = Path(folder), keychain, clock
        self._overview: MembersOverview | None = None
        self._task: Task | None = None
        self._on_done: Callable[[Any], None] = lambda _result: None
        self._reload_after_failure = False
        self._revoking = False
        self._stopped_text = ""
        self.renew_box: QMessageBox | None = None
        self.invite_dialog: InviteDialog | None = None
        self.role_dialog: RoleDialog | None = None
        self.revoke_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Team members"))
        self.setMinimumSize(600, 380)
        self.resize(760, 500)

        self.rights_label = QLabel(self.tr("Loading the members…"))
        self.rights_label.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("State"), self.tr("Joined")])
        self.table.setAccessibleName(self.tr("Team members"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.invite_button = QPushButton(self.tr("&Invite…"))
        self.invite_button.clicked.connect(self._invite)
        self.role_button = QPushButton(self.tr("Change &role…"))
        self.role_button.clicked.connect(self._change_role)
        self.revoke_button = QPushButton(self.tr("Revo&ke…"))
        self.revoke_button.clicked.connect(self._confirm_revoke)
        self.finish_button = QPushButton(self.tr("Finish re&vocation"))
        self.finish_button.clicked.connect(self._finish_revocation)
        self.renew_button = QPushButton(self.tr("Renew every &candidate key…"))
        self.renew_button.setToolTip(self.tr("After a revocation: give the firm and every candidate a new key, so keys a "
                                             "revoked member may have noted open nothing on the server"))
        self.renew_button.clicked.connect(self._confirm_renew)
        self.admin_buttons = (self.invite_button, self.role_button, self.revoke_button, self.finish_button, self.renew_button)
        for button in self.admin_buttons:
            button.setEnabled(False)
        buttons = QHBoxLayout()
        for button in self.admin_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setToolTip(self.tr("Show members who joined since the list was loaded"))
        self.refresh_button.clicked.connect(self.reload)
        buttons.addWidget(self.refresh_button)

        self.pending_label = QLabel()
        self.pending_label.setWordWrap(True)
        self.pending_label.hide()
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Revocation progress"))
        self.progress_bar.hide()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.rights_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.pending_label)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        self.reload()

    # --- the list --------------------------------------------------------------------------
    def reload(self) -> None:
        self._run(Task(members_overview, self._folder, self._keychain), self._loaded, reload_after_failure=False)

    def members(self) -> list[Member]:
        return list(self._overview.members) if self._overview else []

    def _loaded(self, overview: MembersOverview) -> None:
        self._overview = overview
        selected = self._selected()
        self.table.setRowCount(0)
        for member in overview.members:
            row = self.table.rowCount()
            self.table.insertRow(row)
            name = self.tr("{name} (you)").format(name=member.label) if member.member_id == overview.my_member_id else member.label
            state = (self.tr("revoked on {date}").format(date=short_date(member.revoked_at.astimezone().date()))
                     if member.revoked_at else self.tr("active"))
            for column, text in ((NAME, name), (ROLE, role_name(member.role)), (STATE, state),
                                 (JOINED, short_date(member.joined_at.astimezone().date()))):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if selected is not None and member.member_id == selected.member_id:
                self.table.selectRow(row)
        if overview.manages_members:
            self.rights_label.setText(self.tr(
                "You are an administrator: you can invite members, change their roles and revoke them."))
        else:
            self.rights_label.setText(self.tr(
                "Only an administrator can invite, change roles or revoke members. Your role is {role}, so you can "
                "only read this list.").format(role=role_name(overview.my_role)))
        pending = overview.unfinished_revocation
        renewal = overview.unfinished_key_renewal
        self.pending_label.setVisible(pending is not None or renewal is not None)
        if pending is not None:
            self.pending_label.setText(self.tr(
                "A revocation was interrupted: {moved} of {total} candidates are under the new keys. Choose Finish "
                "revocation to complete it; until then the revoked member's old keys still open the others.").format(
                    moved=pending.moved, total=pending.total))
        elif renewal is not None:
            self.pending_label.setText(self.tr(
                "Renewing every candidate key was interrupted: {renewed} of {total} candidates have their new key. "
                "Choose Renew every candidate key to go on where it stopped.").format(renewed=renewal.renewed, total=renewal.total))
        self._update_buttons()
        self.loaded.emit()

    def _selected(self) -> Member | None:
        rows = self.table.selectionModel().selectedRows()
        members = self.members()
        if not rows or rows[0].row() >= len(members):
            return None
        return members[rows[0].row()]

    def row_position(self, label: str) -> QPoint:
        """Where a user clicks to select the member named ``label`` (tests, accessibility)."""
        row = next(index for index, member in enumerate(self.members()) if member.label == label)
        return self.table.visualItemRect(self.table.item(row, NAME)).center()

    def _update_buttons(self) -> None:
        admin = self._overview is not None and self._overview.manages_members and self._task is None
        member = self._selected()
        active = member is not None and member.revoked_at is None
        me = self._overview.my_member_id if self._overview else None
        self.invite_button.setEnabled(admin)
        self.role_button.setEnabled(admin and active)
        self.revoke_button.setEnabled(admin and active and member is not None and member.member_id != me)
        self.refresh_button.setEnabled(self._task is None)
        self.finish_button.setEnabled(admin and self._overview is not None and self._overview.unfinished_revocation is not None)
        revoked_any = self._overview is not None and any(m.revoked_at is not None for m in self._overview.members)
        self.renew_button.setEnabled(admin and self._overview is not None and (
            revoked_any or self._overview.unfinished_key_renewal is not None))

    # --- admin actions ---------------------------------------------------------------------
    def _invite(self) -> None:
        _discard(self.invite_dialog)
        self.invite_dialog = InviteDialog(self._folder, self._keychain, self._clock, self)
        self.invite_dialog.open()

    def _change_role(self) -> None:
        member = self._selected()
        if member is None:
            return
        _discard(self.role_dialog)
        self.role_dialog = RoleDialog(member, self)
        self.role_dialog.accepted.connect(lambda: self._role_chosen(member.member_id))
        self.role_dialog.open()

    def _role_chosen(self, member_id: UUID) -> None:
        assert self.role_dialog is not None
        role = self.role_dialog.chosen_role()
        self._run(Task(change_member_role, self._folder, self._keychain, self._clock, member_id.hex, role), self._role_changed)

    def _role_changed(self, _member: object) -> None:
        self.reload()

    def _confirm_revoke(self) -> None:
        member = self._selected()
        if member is None:
            return
        _discard(self.revoke_box)
        self.revoke_box, revoke = revoke_confirmation(member, self)
        revoke.clicked.connect(lambda: self._revoke(member))
        self.revoke_box.open()

    def _revoke(self, member: Member) -> None:
        self._start_progress(self.tr("Revoking {name} and renewing the team's keys…").format(name=member.label))
        self._run(Task(_revoke_on_worker, self._folder, self._keychain, self._clock, member.member_id.hex), self._revoked)

    def _finish_revocation(self) -> None:
        self._start_progress(self.tr("Finishing the interrupted revocation…"))
        self._run(Task(_finish_on_worker, self._folder, self._keychain, self._clock), self._revoked)

    def _confirm_renew(self) -> None:
        _discard(self.renew_box)
        self.renew_box, renew = renew_keys_confirmation(self)
        renew.clicked.connect(self._renew)
        self.renew_box.open()

    def _renew(self) -> None:
        self._start_progress(self.tr("Renewing every candidate key…"), self.tr(
            "Renewing the candidate keys stopped before the end. No candidate is left half renewed; choose Renew every "
            "candidate key again to go on where it stopped."))
        self._run(Task(_renew_on_worker, self._folder, self._keychain, self._clock), self._renewed)

    def _renewed(self, _outcome: object) -> None:
        self._revoking = False
        self.progress_bar.setRange(0, max(self.progress_bar.maximum(), 1))
        self.progress_bar.setValue(self.progress_bar.maximum())
        self.progress_label.setText(self.tr("Done: the firm and every candidate have a new key and all their data is encrypted again."))
        self.keys_renewed.emit()
        self.reload()

    def _start_progress(self, text: str, stopped: str = "") -> None:
        self._revoking = True
        self._stopped_text = stopped or self.tr(
            "The revocation stopped before the end. The member is locked out as soon as it started; choose "
            "Finish revocation to move the remaining candidates.")
        self.progress_label.setText(text)
        self.progress_bar.setRange(0, 0)  # busy until the first batch reports how many candidates there are
        self.progress_bar.show()

    def _progress(self, moved: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(moved if total else 1)

    def _revoked(self, _outcome: object) -> None:
        self._revoking = False
        self.progress_bar.setRange(0, max(self.progress_bar.maximum(), 1))
        self.progress_bar.setValue(self.progress_bar.maximum())
        self.progress_label.setText(self.tr("Done: the team's keys are renewed and every candidate is under the new keys."))
        self.revocation_finished.emit()
        self.reload()

    # --- running on a worker ---------------------------------------------------------------
    def _run(self, task: Task, on_done: Callable[[Any], None], reload_after_failure: bool = True) -> None:
        """One call at a time. The outcome comes to bound methods, not lambdas holding the window: Qt
        drops those connections if the window is closed and deleted while the call still runs."""
        self._task, self._on_done, self._reload_after_failure = task, on_done, reload_after_failure
        if reload_after_failure:  # a user's action starts: the last action's error is old news; a reload keeps it
            self.error_label.hide()
        self._update_buttons()
        task.progress.connect(self._progress)
        task.finished.connect(self._task_finished)
        task.failed.connect(self._failed)
        task.start()

    def _task_finished(self, result: object) -> None:
        self._ended()
        self._on_done(result)

    def _ended(self) -> None:
        self._task = None
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        reload = self._reload_after_failure
        self._ended()
        if self._revoking:
            self._revoking = False
            self.progress_label.setText(self._stopped_text)
            self.progress_bar.hide()
        message = user_message(error)
        self.error_label.setText(message)
        self.error_label.show()
        self.action_failed.emit(message)
        if self._overview is None:
            self.rights_label.setText(self.tr("The members could not be loaded."))
        elif reload:
            self.reload()  # show what changed (a revocation that started and now waits to be finished)

    def reject(self) -> None:
        if self._revoking:  # resumable, but the admin should see it end (or fail) before leaving
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self._revoking:
            event.ignore()
            return
        super().closeEvent(event)


def _discard(dialog: QWidget | None) -> None:
    """An earlier dialog of the same kind, closed by now, is not kept for the window's lifetime."""
    if dialog is not None:
        dialog.deleteLater()


def _revoke_on_worker(folder: Path, keychain: Keychain, clock: Clock, member: str, control: TaskControl) -> Member:
    return revoke_team_member(folder, keychain, clock, member, lambda done: control.report(done.moved, done.total))


def _finish_on_worker(folder: Path, keychain: Keychain, clock: Clock, control: TaskControl) -> object:
    return finish_team_revocation(folder, keychain, clock, lambda done: control.report(done.moved, done.total))


def _renew_on_worker(folder: Path, keychain: Keychain, clock: Clock, control: TaskControl) -> object:
    return renew_candidate_keys_at(folder, keychain, clock, lambda done: control.report(done.renewed, done.total))
