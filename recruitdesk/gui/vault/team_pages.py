"""The first-run wizard's team pages: create a team vault on a PostgreSQL server, or join one with
the enrolment code an administrator gave.

Each path is a form to fill in (the server's address, its password, a name or a code; creating also
passes the wizard's retention policy page) and a page that runs the service call on a worker thread (connecting can wait on the network, and the device
key goes into the OS keychain) and shows its outcome. The folder is the one chosen on the welcome
page; it receives only ``team.json`` (no password, no key: the password goes into the keychain).

A failure is shown on the result page in the user's language, Back returns to the form, and the
service has then written nothing to the folder. Once a team vault exists, the wizard cannot go back
or be cancelled: creating shows the team's recovery key exactly once, so Finish waits until the
user confirms they stored it, and the key is dropped from memory when the wizard closes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from recruitdesk.clock import Clock
from recruitdesk.gui.shell import choosers
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import ERROR_STYLE
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.services.team_vault import TeamProfile, create_team_vault, join_team_vault
from recruitdesk.vault.keychain import Keychain

# Page ids in the first-run wizard, after the local vault's pages (0..4).
TEAM_CREATE, TEAM_CREATED, TEAM_JOIN, TEAM_JOINED = range(5, 9)

ADDRESS_EXAMPLE = "postgresql://anna@db.example.com:5432/recruitdesk?sslmode=require"
CODE_EXAMPLE = "XXXXX-XXXXX-XXXXX-XXXXX"


class ServerFields(QWidget):
    """The team server's address and password; the password is kept in the keychain, never in the folder."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address_edit = QLineEdit()
        self.address_edit.setAccessibleName(self.tr("Server address"))
        self.address_edit.setPlaceholderText(ADDRESS_EXAMPLE)
        self.password_edit = QLineEdit()
        self.password_edit.setAccessibleName(self.tr("Server password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        hint = QLabel(self.tr(
            "The address your administrator or IT provider gave you, without the password, for example "
            "{example}. Leave the password empty when the server does not ask for one; it is kept in this "
            "computer's keychain, never in the folder.").format(example=ADDRESS_EXAMPLE))
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Server &address:"), self.address_edit)
        form.addRow(self.tr("Server pass&word:"), self.password_edit)
        form.addRow(hint)
        self.address_edit.textChanged.connect(self.changed)

    def address(self) -> str:
        return self.address_edit.text().strip()

    def password(self) -> str | None:
        return self.password_edit.text() or None

    def forget_password(self) -> None:
        self.password_edit.clear()


class _TeamFormPage(QWizardPage):
    """A form page whose Back stays disabled on the next page while, and after, its work runs."""

    def __init__(self) -> None:
        super().__init__()
        self.server = ServerFields()
        self.server.changed.connect(self.completeChanged)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.folder_label.setText(QCoreApplication.translate(
            "TeamSetupPages", "This computer's settings for the team vault go in {folder} (chosen on the first page).").format(
                folder=self.folder()))
        self.server.address_edit.setFocus()

    def folder(self) -> Path:
        return self.wizard().folder()  # type: ignore[attr-defined]


class TeamCreateFormPage(_TeamFormPage):
    """Where the team's database is and the name the colleagues will see; the retention policy
    page (``policy_page_id``) follows, as on the local path."""

    def __init__(self, policy_page_id: int) -> None:
        super().__init__()
        self._policy_page_id = policy_page_id
        self.setTitle(self.tr("Create a team vault on a server"))
        self.setSubTitle(self.tr(
            "Your firm's PostgreSQL server keeps the team's candidates, encrypted on this computer before they "
            "leave it. You become the team's first administrator."))
        intro = QLabel(self.tr(
            "The database must be empty: ask your IT provider for a new PostgreSQL database and a user that owns it."))
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.textChanged.connect(self.completeChanged)
        name_form = QFormLayout()
        name_form.setContentsMargins(0, 0, 0, 0)
        name_form.addRow(self.tr("Your &name (as your colleagues will see it):"), self.name_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.server)
        layout.addLayout(name_form)
        layout.addWidget(self.folder_label)
        layout.addStretch(1)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.server.address() and self.member_name())

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return self._policy_page_id

    def member_name(self) -> str:
        return self.name_edit.text().strip()


class TeamJoinFormPage(_TeamFormPage):
    """The server and the one-time enrolment code an administrator made for this person."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Join a team vault"))
        self.setSubTitle(self.tr("Use the enrolment code your team's administrator gave you. It works once."))
        self.code_edit = QLineEdit()
        self.code_edit.setAccessibleName(self.tr("Enrolment code"))
        self.code_edit.setPlaceholderText(CODE_EXAMPLE)
        self.code_edit.textChanged.connect(self.completeChanged)
        code_form = QFormLayout()
        code_form.setContentsMargins(0, 0, 0, 0)
        code_form.addRow(self.tr("Enrolment &code:"), self.code_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.server)
        layout.addLayout(code_form)
        layout.addWidget(self.folder_label)
        layout.addStretch(1)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.server.address() and self.code())

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return TEAM_JOINED

    def code(self) -> str:
        return self.code_edit.text().strip()


class _TeamResultPage(QWizardPage):
    """Runs the team call on a worker when shown; on failure says why and lets the user go back.

    Emits ``succeeded`` once the team folder exists and ``setup_failed(message)`` otherwise.
    """

    succeeded = Signal()
    setup_failed = Signal(str)

    def __init__(self, form: _TeamFormPage, clock: Clock, keychain_factory: Callable[[], Keychain]) -> None:
        super().__init__()
        self._form = form
        self._clock = clock
        self._keychain_factory = keychain_factory
        self._task: Task | None = None
        self.team_folder: Path | None = None
        self._back_guard: QWizardPage | None = None
        self.setFinalPage(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setAccessibleName(QCoreApplication.translate("TeamSetupPages", "Team vault error"))
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

    @property
    def working(self) -> bool:
        return self._task is not None

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        if self.team_folder is not None:
            return
        folder = self._form.folder()
        self.error_label.hide()
        self.status_label.setText(self._working_text(folder))
        self._back_guard = self._page_before()
        self._lock_back(True)
        self._task = Task(self._run, folder, self._keychain_factory, *self._inputs())
        self._task.finished.connect(self._done)
        self._task.failed.connect(self._failed)
        self._task.start()
        self.completeChanged.emit()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt API: Back after a failure
        self.error_label.clear()
        self.error_label.hide()

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return -1

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.team_folder is not None

    def _done(self, outcome: object) -> None:
        self._task = None
        self.team_folder = self._form.folder()
        self._form.server.forget_password()  # in the keychain now
        self.wizard().setOption(QWizard.WizardOption.NoCancelButton, True)
        self._show_outcome(outcome)
        self.completeChanged.emit()
        self.succeeded.emit()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        message = user_message(error)
        self.status_label.setText(QCoreApplication.translate("TeamSetupPages", "Nothing was saved on this computer. Go back to correct the details and try again."))
        self.error_label.setText(message)
        self.error_label.show()
        self._lock_back(False)
        self.completeChanged.emit()
        self.setup_failed.emit(message)

    def _lock_back(self, locked: bool) -> None:
        """QWizard disables Back when the previous page is a commit page, so that page becomes one
        while the call runs and once it succeeded (QWizard has no direct switch)."""
        if self._back_guard is not None:
            self._back_guard.setCommitPage(locked)

    def _page_before(self) -> QWizardPage | None:
        """The page Back returns to (the form, or the policy page when creating)."""
        wizard = self.wizard()
        history = [page_id for page_id in wizard.visitedIds() if wizard.page(page_id) is not self]
        return wizard.page(history[-1]) if history else None

    def _inputs(self) -> tuple:
        """What the user typed, read here on the GUI thread and handed to the worker."""
        raise NotImplementedError

    def _working_text(self, folder: Path) -> str:
        raise NotImplementedError

    def _run(self, folder: Path, keychain_factory: Callable[[], Keychain], *inputs) -> object:  # worker thread
        raise NotImplementedError

    def _show_outcome(self, outcome: object) -> None:
        raise NotImplementedError


class TeamCreatedPage(_TeamResultPage):
    """Creates the team, then shows its recovery key once; Finish waits for the user's confirmation."""

    def __init__(self, form: TeamCreateFormPage, clock: Clock, keychain_factory: Callable[[], Keychain],
                 print_text: choosers.TextPrinter) -> None:
        super().__init__(form, clock, keychain_factory)
        self._create_form = form
        self._print_text = print_text
        self._recovery_key = ""
        self.setTitle(self.tr("The team's recovery key"))
        self.setSubTitle(self.tr("The way back into the team vault when no administrator's computer can open it."))
        self.key_label = QLabel()
        self.key_label.setAccessibleName(self.tr("Team recovery key"))
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.key_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setFont(_key_font())
        self.key_label.setStyleSheet("padding: 12px; border: 1px solid palette(mid); border-radius: 4px;")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the team's recovery key"))
        self.print_button.clicked.connect(self.print_key)
        self.print_status_label = QLabel()
        self.print_status_label.setWordWrap(True)
        self.confirm_check = QCheckBox(self.tr("I &have stored the team's recovery key safely"))
        self.confirm_check.setAccessibleName(self.tr("I have stored the team's recovery key safely"))
        self.confirm_check.toggled.connect(lambda _checked: self.completeChanged.emit())
        explanation = QLabel(self.tr(
            "With this key the team's candidates can be read even if every administrator's computer is lost. "
            "RecruitDesk shows it only now and cannot show it again. Print it or write it down and keep it "
            "locked away from this computer and from the server: anyone holding it and a copy of the "
            "database can read the team's candidates."))
        explanation.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        self.key_area = QWidget()
        key_layout = QVBoxLayout(self.key_area)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.addWidget(explanation)
        key_layout.addWidget(self.key_label)
        key_layout.addLayout(buttons)
        key_layout.addWidget(self.print_status_label)
        key_layout.addSpacing(8)
        key_layout.addWidget(self.confirm_check)
        self.key_area.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.key_area)
        layout.addStretch(1)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.team_folder is not None and self.confirm_check.isChecked()

    def recovery_key(self) -> str:
        """What the key label shows (for tests and accessibility tools)."""
        return self.key_label.text()

    def forget_key(self) -> None:
        self._recovery_key = ""
        self.key_label.clear()

    def print_key(self) -> None:
        if not self._recovery_key:
            return
        text = self.tr("RecruitDesk team vault: recovery key\n\nSettings folder: {folder}\n\n{key}\n\n"
                       "Keep this page locked away. Anyone holding it and a copy of the team's database can read "
                       "the team's candidates.").format(folder=self.team_folder, key=self._recovery_key)
        try:
            printed = self._print_text(self, text)
        except Exception as error:  # shown on the page; the user can still write the key down
            self.print_status_label.setStyleSheet(ERROR_STYLE)
            self.print_status_label.setText(user_message(error))
            return
        if printed:
            self.print_status_label.setStyleSheet("")
            self.print_status_label.setText(self.tr("The recovery key was sent to the printer."))

    def _working_text(self, folder: Path) -> str:
        return self.tr("Creating the team vault on the server; its settings go in {folder}…").format(folder=folder)

    def _inputs(self) -> tuple:
        form = self._create_form
        return form.server.address(), form.server.password(), form.member_name(), self.wizard().preset()  # type: ignore[attr-defined]

    def _run(self, folder: Path, keychain_factory: Callable[[], Keychain],  # type: ignore[override]
             address: str, password: str | None, name: str, preset: str) -> tuple[TeamProfile, str]:  # worker thread
        return create_team_vault(folder, address, name, keychain_factory(), self._clock, password=password, preset=preset)

    def _show_outcome(self, outcome: object) -> None:
        _profile, self._recovery_key = outcome  # type: ignore[misc]
        self.status_label.setText(self.tr(
            "The team vault was created and you are its administrator. Invite your colleagues from the team's "
            "members window."))
        self.key_label.setText(self._recovery_key)
        self.key_area.show()
        self.key_label.setFocus()


class TeamJoinedPage(_TeamResultPage):
    """Redeems the enrolment code and says whom this computer now is in the team."""

    def __init__(self, form: TeamJoinFormPage, clock: Clock, keychain_factory: Callable[[], Keychain]) -> None:
        super().__init__(form, clock, keychain_factory)
        self._join_form = form
        self.setTitle(self.tr("Join a team vault"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def _working_text(self, folder: Path) -> str:
        return self.tr("Joining the team vault; its settings go in {folder}…").format(folder=folder)

    def _inputs(self) -> tuple:
        form = self._join_form
        return form.server.address(), form.server.password(), form.code()

    def _run(self, folder: Path, keychain_factory: Callable[[], Keychain],  # type: ignore[override]
             address: str, password: str | None, code: str) -> TeamProfile:  # worker thread
        return join_team_vault(folder, address, code, keychain_factory(), self._clock, password=password)

    def _show_outcome(self, outcome: object) -> None:
        assert isinstance(outcome, TeamProfile)
        self._join_form.code_edit.clear()  # used up
        self.status_label.setText(self.tr("This computer joined the team vault as {name}. Choose Finish to open it.").format(
            name=outcome.label))


def _key_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(max(16, font.pointSize() + 6))
    font.setBold(True)
    return font
