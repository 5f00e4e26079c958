"""The members window's dialogs: invite someone (and show their one-time code once), pick a member's
new role, and confirm a revocation with what it can and cannot take back.

Each dialog is opened with ``open()`` (window-modal, not a nested event loop), so the members
window stays responsive while a worker talks to the server.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recruitdesk.clock import Clock
from recruitdesk.dates import long_datetime
from recruitdesk.errors import ROLE_NAMES
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import ERROR_STYLE
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.i18n import translate
from recruitdesk.services.team_members import Invitation, Member, Role
from recruitdesk.services.team_vault import invite_member
from recruitdesk.vault.keychain import Keychain


def role_name(role: Role) -> str:
    """The role as the user reads it, in the window's language."""
    return translate("team roles", ROLE_NAMES.get(role.value, role.value))


def role_combo(current: Role | None = None) -> QComboBox:
    combo = QComboBox()
    for role in (Role.RECRUITER, Role.ADMIN, Role.DPO):
        combo.addItem(role_name(role), role.value)  # Qt hands a str-based enum back as a plain str
    if current is not None:
        combo.setCurrentIndex(combo.findData(current.value))
    return combo


class InviteDialog(QDialog):
    """Name and role in, then the one-time enrolment code out, shown here and nowhere else.

    Emits ``invited`` once the code exists (the server keeps only its hash)."""

    invited = Signal()
    invite_failed = Signal(str)

    def __init__(self, folder: Path, keychain: Keychain, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder, self._keychain, self._clock = folder, keychain, clock
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Invite a member"))
        self.setMinimumWidth(480)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("The new member's name"))
        self.role_box = role_combo(Role.RECRUITER)
        self.role_box.setAccessibleName(self.tr("The new member's role"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_box)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        self.code_area = QWidget()
        self.code_edit = QLineEdit()
        self.code_edit.setReadOnly(True)
        self.code_edit.setAccessibleName(self.tr("Enrolment code"))
        self.code_edit.setFont(_code_font())
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the enrolment code"))
        self.copy_button.clicked.connect(self._copy)
        self.expiry_label = QLabel()
        self.expiry_label.setWordWrap(True)
        self.once_label = QLabel(self.tr(
            "This code is shown only now: RecruitDesk cannot show it again. Give it to them in person or by phone, "
            "not in the same e-mail as the server's address. If it is lost, invite them again."))
        self.once_label.setWordWrap(True)
        self.once_label.setStyleSheet("font-weight: bold;")
        row = QHBoxLayout()
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.copy_button)
        code_layout = QVBoxLayout(self.code_area)
        code_layout.setContentsMargins(0, 0, 0, 0)
        code_layout.addWidget(self.expiry_label)
        code_layout.addLayout(row)
        code_layout.addWidget(self.once_label)
        self.code_area.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.make_button = self.buttons.addButton(self.tr("&Make code"), QDialogButtonBox.ButtonRole.ActionRole)
        self.make_button.setEnabled(False)
        self.make_button.clicked.connect(self._make_code)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.code_area)
        layout.addWidget(self.buttons)

    def _update_button(self) -> None:
        self.make_button.setEnabled(bool(self.name_edit.text().strip()) and self._task is None)

    def _make_code(self) -> None:
        role = Role(self.role_box.currentData())
        self.error_label.hide()
        self.make_button.setEnabled(False)
        self._task = Task(invite_member, self._folder, self._keychain, self._clock, self.name_edit.text().strip(), role)
        self._task.finished.connect(self._made)
        self._task.failed.connect(self._failed)
        self._task.start()

    def _made(self, invitation: Invitation) -> None:
        self._task = None
        self.name_edit.setEnabled(False)
        self.role_box.setEnabled(False)
        self.make_button.hide()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.code_edit.setText(invitation.code)
        self.code_edit.setMinimumWidth(self.code_edit.fontMetrics().horizontalAdvance(invitation.code) + 24)
        self.expiry_label.setText(self.tr(
            "Enrolment code for {name} ({role}). It works once, until {expires}:").format(
                name=self.name_edit.text().strip(), role=role_name(invitation.role),
                expires=long_datetime(invitation.expires_at.astimezone())))
        self.code_area.show()
        self.adjustSize()
        self.code_edit.setFocus()
        self.code_edit.selectAll()
        self.invited.emit()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        message = user_message(error)
        self.error_label.setText(message)
        self.error_label.show()
        self._update_button()
        self.invite_failed.emit(message)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code_edit.text())

    def reject(self) -> None:
        if self._task is not None:  # the code is being made: it is shown only here, so wait for it
            return
        self.code_edit.clear()  # shown once: gone with the dialog
        super().reject()


class RoleDialog(QDialog):
    """Pick another role for one member."""

    def __init__(self, member: Member, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change role"))
        explanation = QLabel(self.tr(
            "Recruiters work with candidates; administrators also manage members and the team's policy; "
            "the data protection officer reads the audit and the request register but changes nothing."))
        explanation.setWordWrap(True)
        self.role_box = role_combo(member.role)
        self.role_box.setAccessibleName(self.tr("New role"))
        form = QFormLayout()
        form.addRow(self.tr("New &role for {name}:").format(name=member.label), self.role_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def chosen_role(self) -> Role:
        return Role(self.role_box.currentData())


def revoke_confirmation(member: Member, parent: QWidget) -> tuple[QMessageBox, QPushButton]:
    """The question before a revocation: whom, what it does, and honestly what it cannot undo."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("RevokeConfirmation", "Revoke a member"),
                      QCoreApplication.translate("RevokeConfirmation", "Revoke {name}? They will no longer be able to open the team vault.").format(
                          name=member.label), QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(QCoreApplication.translate(
        "RevokeConfirmation",
        "The team's keys are renewed and every candidate is moved under the new keys; with many candidates this "
        "takes a while, and an interrupted run can be finished later. What cannot be taken back: everything "
        "{name} already saw, exported or copied while a member, and any copy of the server's data or backup "
        "made before today, which the keys they had can still open.").format(name=member.label))
    revoke = box.addButton(QCoreApplication.translate("RevokeConfirmation", "&Revoke {name}").format(name=member.label),
                           QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box, revoke


def renew_keys_confirmation(parent: QWidget) -> tuple[QMessageBox, QPushButton]:
    """The question before renewing the firm key and every candidate key: what it does, how long, and what it cannot reach."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("RenewKeysConfirmation", "Renew every candidate key"),
                      QCoreApplication.translate("RenewKeysConfirmation", "Give the firm and every candidate a new key and encrypt all their data again?"),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(QCoreApplication.translate(
        "RenewKeysConfirmation",
        "Do this after a hostile departure: the firm key and candidate keys a revoked member may have noted then open "
        "nothing on the server any more. The firm's data (vacancies, tags, the firm profile, the register, the "
        "suppression list) is decrypted on this computer and encrypted again first, in one go, then every candidate's "
        "data, one candidate at a time; with many candidates this takes a while, colleagues can keep working, and an "
        "interrupted run goes on where it stopped when you start it again. It cannot reach copies or backups made before."))
    renew = box.addButton(QCoreApplication.translate("RenewKeysConfirmation", "&Renew every candidate key"),
                          QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box, renew


def _code_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(max(14, font.pointSize() + 4))
    font.setBold(True)
    return font
