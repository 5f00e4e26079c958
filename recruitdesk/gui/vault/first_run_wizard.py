"""The first start: choose a vault folder, a retention policy and a passphrase (recommended),
create the vault, keep the key (or restore a vault from a backup and the recovery key:
gui.vault.restore_page).

The recovery key is the only way into the vault on a new computer, and RecruitDesk shows it
exactly once. So the last page insists: Finish stays disabled until the user confirms they
saved or printed it, and the wizard cannot be cancelled once the vault exists. Creating runs
on a worker thread because storing the device key can wait on the OS keychain.

The native dialogs (folder, save file, print) are injected, so tests pre-answer them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
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
from recruitdesk.gui.vault.passphrase_form import PassphraseForm
from recruitdesk.gui.vault.restore_page import RestorePage
from recruitdesk.gui.vault.team_pages import (TEAM_CREATE, TEAM_CREATED, TEAM_JOIN, TEAM_JOINED, TeamCreatedPage, TeamCreateFormPage,
                                              TeamJoinedPage, TeamJoinFormPage)
from recruitdesk.retention.presets import PRESETS
from recruitdesk.services.recovery_kits import recovery_kit_text, save_recovery_kit
from recruitdesk.services.vault_access import create_vault, system_keychain
from recruitdesk.vault.keychain import Keychain
from recruitdesk.vault.vault import Vault

DEFAULT_PRESET = "nl-ap"


class FirstRunWizard(QWizard):
    """Accepted with :attr:`vault` open, or with :attr:`team_folder` set on the team paths
    (gui.vault.team_pages); rejected before creation means the user quit."""

    WELCOME, PRESET, CREATE, RESTORE, PASSPHRASE = range(5)

    def __init__(
        self,
        default_folder: Path,
        clock: Clock,
        keychain_factory: Callable[[], Keychain] = system_keychain,
        choose_folder: choosers.FolderChooser = choosers.choose_folder,
        choose_save_file: choosers.SaveFileChooser = choosers.choose_save_file,
        print_text: choosers.TextPrinter = choosers.print_text,
        parent: QWidget | None = None,
        choose_backup_file: choosers.BackupChooser = choosers.choose_backup_file,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to RecruitDesk"))
        self.setAccessibleName(self.tr("First-run setup"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(680, 520)
        self.welcome_page = WelcomePage(default_folder, choose_folder)
        self.preset_page = PresetPage()
        self.passphrase_page = PassphrasePage()
        self.create_page = CreatePage(clock, keychain_factory, choose_save_file, print_text)
        self.setPage(self.WELCOME, self.welcome_page)
        self.setPage(self.PRESET, self.preset_page)
        self.setPage(self.PASSPHRASE, self.passphrase_page)
        self.setPage(self.CREATE, self.create_page)
        self.restore_page = RestorePage(clock, keychain_factory, choose_backup_file)
        self.setPage(self.RESTORE, self.restore_page)
        self.team_create_page = TeamCreateFormPage(self.PRESET)
        self.team_created_page = TeamCreatedPage(self.team_create_page, clock, keychain_factory, print_text)
        self.team_join_page = TeamJoinFormPage()
        self.team_joined_page = TeamJoinedPage(self.team_join_page, clock, keychain_factory)
        self.setPage(TEAM_CREATE, self.team_create_page)
        self.setPage(TEAM_CREATED, self.team_created_page)
        self.setPage(TEAM_JOIN, self.team_join_page)
        self.setPage(TEAM_JOINED, self.team_joined_page)

    @property
    def vault(self) -> Vault | None:
        return self.create_page.vault or self.restore_page.vault

    @property
    def team_folder(self) -> Path | None:
        """The folder of the team vault created or joined here, or None."""
        return self.team_created_page.team_folder or self.team_joined_page.team_folder

    def folder(self) -> Path:
        return self.welcome_page.folder()

    def preset(self) -> str:
        return self.preset_page.selected_preset()

    def passphrase(self) -> str | None:
        return self.passphrase_page.chosen_passphrase()

    def set_back_allowed(self, allowed: bool) -> None:
        """Forbid going back while creating and once created (QWizard has no direct switch).

        QWizard disables Back when the previous page is a commit page, so the passphrase page
        becomes one for as long as Back must stay disabled.
        """
        self.passphrase_page.setCommitPage(not allowed)
        self.create_page.completeChanged.emit()

    def reject(self) -> None:
        # Once creation started, the vault exists (or is about to) and its recovery key is
        # shown only here: the user must confirm it, then Finish. Creating takes seconds.
        if self.vault is not None or self.create_page.creating or self.restore_page.restoring or self._team_set_up_or_busy():
            return
        super().reject()

    def done(self, result: int) -> None:
        self.passphrase_page.forget()
        self.create_page.forget_key()
        self.restore_page.forget_key()
        self.team_created_page.forget_key()
        super().done(result)

    def _team_set_up_or_busy(self) -> bool:
        pages = (self.team_created_page, self.team_joined_page)
        return self.team_folder is not None or any(page.working for page in pages)


class WelcomePage(QWizardPage):
    """Welcome, and where the vault will live."""

    def __init__(self, default_folder: Path, choose_folder: choosers.FolderChooser) -> None:
        super().__init__()
        self._choose_folder = choose_folder
        self.setTitle(self.tr("Welcome to RecruitDesk"))
        self.setSubTitle(self.tr("RecruitDesk keeps your candidates' personal data in an encrypted vault on this computer."))
        intro = QLabel(self.tr(
            "The vault is a folder holding an encrypted database and a key file. Nobody can read it "
            "without the key kept in this computer's keychain, or the recovery key you will receive "
            "in a moment. Choose where to keep it: a folder that is backed up is a good choice."
        ))
        intro.setWordWrap(True)
        self.folder_edit = QLineEdit(str(default_folder))
        self.folder_edit.setAccessibleName(self.tr("Vault folder"))
        label = QLabel(self.tr("Vault &folder:"))
        label.setBuddy(self.folder_edit)
        self.change_button = QPushButton(self.tr("&Change…"))
        self.change_button.setAccessibleName(self.tr("Change the vault folder"))
        self.change_button.clicked.connect(self._change_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addSpacing(12)
        self.create_choice = QRadioButton(self.tr("Create a ne&w vault"))
        self.restore_choice = QRadioButton(self.tr("&Restore from a backup (a new computer, or a lost or damaged vault)"))
        self.team_create_choice = QRadioButton(self.tr("Create a &team vault on a server"))
        self.team_join_choice = QRadioButton(self.tr("&Join a team vault"))
        self.create_choice.setChecked(True)
        choice = QButtonGroup(self)
        for button in (self.create_choice, self.restore_choice, self.team_create_choice, self.team_join_choice):
            choice.addButton(button)
            layout.addWidget(button)
        layout.addStretch(1)
        # Not a mandatory field ("folder*"): QWizard counts one as filled only once it differs
        # from its initial value, which would keep Next disabled on the pre-filled folder.
        self.registerField("folder", self.folder_edit)
        self.folder_edit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        """Next is enabled whenever a folder is given, the pre-filled one included."""
        return bool(self.folder_edit.text().strip())

    def nextId(self) -> int:  # noqa: N802 - Qt API: restoring skips the policy and creation pages
        if self.team_create_choice.isChecked():
            return TEAM_CREATE
        if self.team_join_choice.isChecked():
            return TEAM_JOIN
        return FirstRunWizard.RESTORE if self.restore_choice.isChecked() else FirstRunWizard.PRESET

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    def _change_folder(self) -> None:
        chosen = self._choose_folder(self, self.folder())
        if chosen is not None:
            self.folder_edit.setText(str(chosen))


class PresetPage(QWizardPage):
    """Which published retention policy the firm follows; the countdowns depend on it."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Retention policy"))
        self.setSubTitle(self.tr(
            "How long may you keep a candidate's data? Pick the policy that matches your privacy "
            "statement. You can change it later."
        ))
        layout = QVBoxLayout(self)
        self.buttons = QButtonGroup(self)
        self._names: dict[int, str] = {}
        for number, preset in enumerate(PRESETS.values()):
            # What the preset does, generated from its rules; the statement it follows under it.
            button = QRadioButton(preset.description())
            button.setAccessibleName(preset.description())
            button.setAccessibleDescription(preset.statement_line())
            bold = button.font()
            bold.setBold(True)
            button.setFont(bold)
            summary = QLabel(preset.statement_line())
            summary.setWordWrap(True)
            summary.setIndent(24)
            summary.setBuddy(button)
            self.buttons.addButton(button, number)
            self._names[number] = preset.name
            layout.addWidget(button)
            layout.addWidget(summary)
            if preset.name == DEFAULT_PRESET:
                button.setChecked(True)
        layout.addStretch(1)

    def nextId(self) -> int:  # noqa: N802 - Qt API: a team's policy is on the server, which has no passphrase page
        creating_a_team = self.wizard() is not None and self.wizard().welcome_page.team_create_choice.isChecked()  # type: ignore[attr-defined]
        return TEAM_CREATED if creating_a_team else FirstRunWizard.PASSPHRASE

    def selected_preset(self) -> str:
        return self._names.get(self.buttons.checkedId(), DEFAULT_PRESET)

    def select_preset(self, name: str) -> None:
        for number, preset_name in self._names.items():
            if preset_name == name:
                self.buttons.button(number).setChecked(True)
                return
        raise KeyError(name)


class PassphrasePage(QWizardPage):
    """A passphrase or PIN that, together with this computer's keychain, opens the vault.

    Recommended and preselected; skipping is a deliberate choice with its consequence spelled
    out. Next waits for a usable passphrase typed twice, or for the skip choice.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Protect the vault with a passphrase"))
        self.setSubTitle(self.tr("Recommended: colleagues can reach this computer."))
        explanation = QLabel(self.tr(
            "RecruitDesk locks the vault when you choose Vault > Lock and after some minutes without use. "
            "With a passphrase or PIN, opening it again (and at every start) needs both the key in this "
            "computer's keychain and what only you know, so a colleague at your desk cannot open it. "
            "If you forget the passphrase, your recovery key still opens the vault."))
        explanation.setWordWrap(True)
        self.use_choice = QRadioButton(self.tr("&Use a passphrase or PIN (recommended)"))
        self.skip_choice = QRadioButton(self.tr("No passphrase: nobody else can use this &computer"))
        self.use_choice.setChecked(True)
        choice = QButtonGroup(self)
        choice.addButton(self.use_choice)
        choice.addButton(self.skip_choice)
        self.form = PassphraseForm()
        self.skip_label = QLabel(self.tr(
            "Without a passphrase, anyone who can use this computer can unlock the vault, even after it "
            "was locked. RecruitDesk offers to set one at every unlock."))
        self.skip_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addSpacing(8)
        layout.addWidget(self.use_choice)
        layout.addWidget(self.form)
        layout.addWidget(self.skip_choice)
        layout.addWidget(self.skip_label)
        layout.addStretch(1)
        self.form.changed.connect(self.completeChanged)
        self.use_choice.toggled.connect(self._choice_changed)
        self._choice_changed()

    def _choice_changed(self) -> None:
        using = self.use_choice.isChecked()
        self.form.setEnabled(using)
        self.skip_label.setVisible(not using)
        if using:
            self.form.passphrase_edit.setFocus()
        self.completeChanged.emit()

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.form.passphrase_edit.setFocus()

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return FirstRunWizard.CREATE

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.skip_choice.isChecked() or self.form.is_usable()

    def chosen_passphrase(self) -> str | None:
        return self.form.passphrase() if self.use_choice.isChecked() and self.form.is_usable() else None

    def forget(self) -> None:
        self.form.clear()


class CreatePage(QWizardPage):
    """Creates the vault, then shows the recovery key once with ways to keep it.

    Emits ``created`` once the vault exists and ``creation_failed(message)`` when it could not
    be created (the message is also shown on the page).
    """

    created = Signal()
    creation_failed = Signal(str)

    def __init__(
        self,
        clock: Clock,
        keychain_factory: Callable[[], Keychain],
        choose_save_file: choosers.SaveFileChooser,
        print_text: choosers.TextPrinter,
    ) -> None:
        super().__init__()
        self._clock = clock
        self._keychain_factory = keychain_factory
        self._choose_save_file = choose_save_file
        self._print_text = print_text
        self._task: Task | None = None
        self._recovery_key = ""
        self.vault: Vault | None = None
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(self.tr("The second way into your vault, for when this computer's keychain cannot open it."))
        self.setFinalPage(True)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setAccessibleName(self.tr("Vault creation error"))
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label = QLabel()
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setFont(_key_font())
        self.key_label.setStyleSheet("padding: 12px; border: 1px solid palette(mid); border-radius: 4px;")
        self.save_button = QPushButton(self.tr("&Save recovery kit…"))
        self.save_button.setAccessibleName(self.tr("Save recovery kit"))
        self.save_button.clicked.connect(self.save_kit)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print recovery kit"))
        self.print_button.clicked.connect(self.print_kit)
        self.kit_status_label = QLabel()
        self.kit_status_label.setWordWrap(True)
        self.confirm_check = QCheckBox(self.tr("I &have saved or printed my recovery key"))
        self.confirm_check.setAccessibleName(self.tr("I have saved or printed my recovery key"))
        self.confirm_check.toggled.connect(lambda _checked: self.completeChanged.emit())

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        self.key_area = QWidget()
        key_layout = QVBoxLayout(self.key_area)
        key_layout.setContentsMargins(0, 0, 0, 0)
        explanation = QLabel(self.tr(
            "This key opens your vault on a new computer or when this computer's keychain is lost. "
            "RecruitDesk shows it only now and cannot show it again. Save or print it and keep it "
            "away from this computer. Anyone who has both the key and a copy of the vault can read it."
        ))
        explanation.setWordWrap(True)
        key_layout.addWidget(explanation)
        key_layout.addWidget(self.key_label)
        key_layout.addLayout(buttons)
        key_layout.addWidget(self.kit_status_label)
        key_layout.addSpacing(8)
        key_layout.addWidget(self.confirm_check)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.key_area)
        layout.addStretch(1)

    # --- QWizardPage -----------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt API
        if self.vault is not None:
            return
        wizard = self._wizard()
        folder, preset, passphrase = wizard.folder(), wizard.preset(), wizard.passphrase()
        self._show_state(creating=True)
        self.status_label.setText(self.tr("Creating your vault in {folder}…").format(folder=folder))
        wizard.set_back_allowed(False)
        self._task = Task(self._create, folder, preset, passphrase)
        self._task.finished.connect(self._created)
        self._task.failed.connect(self._failed)
        self._task.start()

    def nextId(self) -> int:  # noqa: N802 - Qt API: the last page of the "create" path
        return -1

    def cleanupPage(self) -> None:  # noqa: N802 - Qt API: Back after a failure
        self.error_label.clear()
        self.error_label.hide()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.vault is not None and self.confirm_check.isChecked()

    # --- creating --------------------------------------------------------------------------
    @property
    def creating(self) -> bool:
        return self._task is not None

    def recovery_key(self) -> str:
        """What the key label shows (for tests and accessibility tools)."""
        return self.key_label.text()

    def _create(self, folder: Path, preset: str, passphrase: str | None) -> tuple[Vault, str]:  # worker thread
        return create_vault(folder, self._keychain_factory(), self._clock, preset, passphrase=passphrase)

    def _created(self, outcome: tuple[Vault, str]) -> None:
        self._task = None
        self.vault, self._recovery_key = outcome
        self.status_label.setText(self.tr("Your vault was created in {folder}.").format(folder=self.vault.folder))
        self.key_label.setText(self._recovery_key)
        self._show_state(created=True)
        wizard = self._wizard()
        wizard.passphrase_page.forget()  # in the vault's key header now; not kept in the form
        wizard.setOption(QWizard.WizardOption.NoCancelButton, True)
        wizard.set_back_allowed(False)
        self.key_label.setFocus()
        self.created.emit()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.status_label.setText(self.tr("The vault could not be created. Go back to choose another folder, or fix the problem and try again."))
        message = user_message(error)
        self.error_label.setText(message)
        self._show_state(failed=True)
        self._wizard().set_back_allowed(True)
        self.creation_failed.emit(message)

    def forget_key(self) -> None:
        """Drop the recovery key from memory and from the screen once the wizard closes."""
        self._recovery_key = ""
        self.key_label.clear()

    # --- keeping the key -------------------------------------------------------------------
    def save_kit(self) -> None:
        if self.vault is None:
            return
        suggested = _documents_folder() / self.tr("RecruitDesk recovery kit.txt")
        path = self._choose_save_file(self, suggested)
        if path is None:
            return
        try:
            save_recovery_kit(path, self.vault, self._recovery_key)
        except Exception as error:  # shown on the page; the user can pick another place
            self._show_kit_status(user_message(error), problem=True)
            return
        self._show_kit_status(self.tr("The recovery kit was saved to {file}.").format(file=path))

    def print_kit(self) -> None:
        if self.vault is None:
            return
        try:
            printed = self._print_text(self, recovery_kit_text(self.vault, self._recovery_key))
        except Exception as error:
            self._show_kit_status(user_message(error), problem=True)
            return
        if printed:
            self._show_kit_status(self.tr("The recovery kit was sent to the printer."))

    # --- helpers ---------------------------------------------------------------------------
    def _show_state(self, creating: bool = False, created: bool = False, failed: bool = False) -> None:
        self.error_label.setVisible(failed)
        self.key_area.setVisible(created)

    def _show_kit_status(self, text: str, problem: bool = False) -> None:
        self.kit_status_label.setStyleSheet(ERROR_STYLE if problem else "")
        self.kit_status_label.setText(text)

    def _wizard(self) -> FirstRunWizard:
        return self.wizard()  # type: ignore[return-value]


def _key_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(max(16, font.pointSize() + 6))
    font.setBold(True)
    return font


def _documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()
