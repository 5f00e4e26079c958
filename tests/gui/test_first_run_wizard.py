"""The first-run wizard end to end: folder, preset, creation, the recovery key and keeping it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QWizard

from recruitdesk import errors
from recruitdesk.gui.vault.first_run_wizard import FirstRunWizard
from recruitdesk.retention.presets import PRESETS
from recruitdesk.services.vault_access import open_vault
from recruitdesk.services.vault_settings import read_setting
from recruitdesk.vault.vault import vault_exists
from tests.gui.user_actions import click_finish, click_next, tick


class Answers:
    """Pre-answered replacements for the native dialogs, recording what they were asked."""

    def __init__(self, folder: Path | None = None, save_as: Path | None = None, printed: bool = True) -> None:
        self.folder, self.save_as, self.printed = folder, save_as, printed
        self.folder_asked_with: Path | None = None
        self.save_suggested: Path | None = None
        self.printed_text: str | None = None

    def choose_folder(self, parent, current):
        self.folder_asked_with = current
        return self.folder

    def choose_save_file(self, parent, suggested):
        self.save_suggested = suggested
        return self.save_as

    def print_text(self, parent, text):
        self.printed_text = text
        return self.printed


@pytest.fixture
def make_wizard(qtbot, clock, keychain_factory, tmp_path):
    made = []

    def make(answers: Answers, default_folder: Path | None = None) -> FirstRunWizard:
        wizard = FirstRunWizard(
            default_folder or tmp_path / "default" / "vault", clock, keychain_factory,
            choose_folder=answers.choose_folder, choose_save_file=answers.choose_save_file,
            print_text=answers.print_text,
        )
        qtbot.addWidget(wizard)
        wizard.show()
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        if wizard.vault is not None:
            wizard.vault.close()


def choose_passphrase(qtbot, wizard: FirstRunWizard, passphrase: str | None = "a good passphrase") -> None:
    """From the policy page: Next, then type the passphrase twice (or choose none)."""
    assert wizard.currentId() == FirstRunWizard.PRESET
    click_next(qtbot, wizard)
    assert wizard.currentId() == FirstRunWizard.PASSPHRASE
    page = wizard.passphrase_page
    if passphrase is None:
        qtbot.mouseClick(page.skip_choice, Qt.MouseButton.LeftButton, pos=QPoint(8, page.skip_choice.height() // 2))
    else:
        qtbot.keyClicks(page.form.passphrase_edit, passphrase)
        qtbot.keyClicks(page.form.repeat_edit, passphrase)


def create(qtbot, wizard: FirstRunWizard, passphrase: str | None = "a good passphrase") -> None:
    choose_passphrase(qtbot, wizard, passphrase)
    with qtbot.waitSignal(wizard.create_page.created, timeout=20000):
        click_next(qtbot, wizard)


def finish_button(wizard):
    return wizard.button(QWizard.WizardButton.FinishButton)


def test_wizard_end_to_end(qtbot, make_wizard, tmp_path, clock, keychain):
    chosen = tmp_path / "chosen" / "vault"
    kit = tmp_path / "kit" / "recovery.txt"
    kit.parent.mkdir()
    answers = Answers(folder=chosen, save_as=kit)
    wizard = make_wizard(answers, default_folder=tmp_path / "default" / "vault")

    welcome = wizard.welcome_page
    assert welcome.folder_edit.text() == str(tmp_path / "default" / "vault")
    qtbot.mouseClick(welcome.change_button, Qt.MouseButton.LeftButton)
    assert answers.folder_asked_with == tmp_path / "default" / "vault"
    assert welcome.folder_edit.text() == str(chosen)

    click_next(qtbot, wizard)
    assert wizard.currentId() == FirstRunWizard.PRESET
    page = wizard.preset_page
    assert page.selected_preset() == "nl-ap"  # the default
    texts = {button.text() for button in page.buttons.buttons()}
    assert texts == {preset.description() for preset in PRESETS.values()}  # what each preset does, not a firm's name
    assert "4 weeks after the last contact; 12 months with consent" in texts
    labels = {label.text() for label in page.findChildren(QLabel)}
    assert "Privacy statement of IT1 bv (www.it1.be), last changed on 18 June 2019" in labels  # the statement it follows
    it1 = next(button for button in page.buttons.buttons() if button.text() == PRESETS["it1"].description())
    qtbot.mouseClick(it1, Qt.MouseButton.LeftButton, pos=QPoint(8, it1.height() // 2))  # on the indicator
    assert page.selected_preset() == "it1"

    create(qtbot, wizard)
    created = wizard.create_page
    vault = wizard.vault
    assert vault is not None and vault.is_open
    assert vault.folder == chosen and vault_exists(chosen)
    assert read_setting(vault, "retention_preset") == "it1"
    key = created.recovery_key()
    assert key.count("-") == 8
    assert created.key_label.isVisible()
    assert created.key_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert created.key_label.font().fixedPitch() or created.key_label.font().styleHint() == created.key_label.font().StyleHint.Monospace

    # Finish stays disabled until the user confirms; Back and Cancel are gone.
    assert not finish_button(wizard).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    wizard.reject()
    assert wizard.isVisible(), "the wizard must not close before the key is confirmed"

    qtbot.mouseClick(created.save_button, Qt.MouseButton.LeftButton)
    assert kit.read_text(encoding="utf-8").count(key) == 1
    assert str(kit) in created.kit_status_label.text()
    assert (kit.stat().st_mode & 0o077) == 0  # readable by the owner only

    qtbot.mouseClick(created.print_button, Qt.MouseButton.LeftButton)
    assert key in answers.printed_text

    tick(qtbot, created.confirm_check)
    assert created.confirm_check.isChecked()
    click_finish(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert created.recovery_key() == "", "the key is not kept on screen after the wizard"

    # The key that was shown opens the vault on a "new computer" (no device key).
    vault_id = vault.vault_id
    vault.close()
    keychain.delete_device_key(vault_id)
    with pytest.raises(errors.RecoveryKeyRequired):
        open_vault(chosen, keychain, clock)
    reopened = open_vault(chosen, keychain, clock, recovery_key=key)
    assert reopened.vault_id == vault_id
    reopened.close()


def test_creation_error_is_shown_and_the_user_can_pick_another_folder(qtbot, make_wizard, tmp_path):
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    good = tmp_path / "good"
    wizard = make_wizard(Answers(folder=good), default_folder=a_file)
    click_next(qtbot, wizard)
    choose_passphrase(qtbot, wizard)
    with qtbot.waitSignal(wizard.create_page.creation_failed, timeout=20000) as blocker:
        click_next(qtbot, wizard)
    expected = errors.NotAFolder(folder=str(a_file)).message()
    assert blocker.args == [expected]
    assert wizard.create_page.error_label.text() == expected
    assert wizard.create_page.error_label.isVisible()
    assert not wizard.create_page.key_area.isVisible()
    assert not finish_button(wizard).isEnabled()

    back = wizard.button(QWizard.WizardButton.BackButton)
    assert back.isEnabled()
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == FirstRunWizard.PASSPHRASE
    assert wizard.passphrase_page.form.passphrase() == "a good passphrase", "kept after a failure"
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == FirstRunWizard.WELCOME
    qtbot.mouseClick(wizard.welcome_page.change_button, Qt.MouseButton.LeftButton)
    click_next(qtbot, wizard)
    with qtbot.waitSignal(wizard.create_page.created, timeout=20000):
        click_next(qtbot, wizard)  # the policy and the passphrase are still chosen
        click_next(qtbot, wizard)
    assert wizard.vault.folder == good
    assert not wizard.create_page.error_label.isVisible()


def test_an_existing_vault_is_left_untouched(qtbot, make_wizard, new_vault, vault_folder):
    wizard = make_wizard(Answers(), default_folder=vault_folder)
    click_next(qtbot, wizard)
    choose_passphrase(qtbot, wizard, None)
    with qtbot.waitSignal(wizard.create_page.creation_failed, timeout=20000) as blocker:
        click_next(qtbot, wizard)
    assert blocker.args == [errors.VaultAlreadyExists(folder=str(vault_folder)).message()]


def test_saving_the_kit_can_fail_with_a_sentence_and_be_retried(qtbot, make_wizard, tmp_path):
    answers = Answers(save_as=tmp_path / "missing-folder" / "kit.txt")
    wizard = make_wizard(answers, default_folder=tmp_path / "vault")
    click_next(qtbot, wizard)
    create(qtbot, wizard)
    page = wizard.create_page
    page.save_kit()
    assert page.kit_status_label.text() == errors.FolderNotWritable(folder=str(tmp_path / "missing-folder")).message()
    answers.save_as = tmp_path / "kit.txt"
    page.save_kit()
    assert page.recovery_key() in (tmp_path / "kit.txt").read_text(encoding="utf-8")


def test_cancelled_choosers_change_nothing(qtbot, make_wizard, tmp_path):
    answers = Answers(folder=None, save_as=None, printed=False)
    wizard = make_wizard(answers, default_folder=tmp_path / "vault")
    qtbot.mouseClick(wizard.welcome_page.change_button, Qt.MouseButton.LeftButton)
    assert wizard.folder() == tmp_path / "vault"
    click_next(qtbot, wizard)
    create(qtbot, wizard)
    wizard.create_page.save_kit()
    wizard.create_page.print_kit()
    assert wizard.create_page.kit_status_label.text() == ""
    assert answers.save_suggested is not None and answers.save_suggested.suffix == ".txt"


def test_cancel_before_creating_creates_nothing(qtbot, make_wizard, tmp_path):
    wizard = make_wizard(Answers(), default_folder=tmp_path / "vault")
    click_next(qtbot, wizard)
    wizard.reject()
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert not (tmp_path / "vault").exists()


def _accelerator(text: str) -> str | None:
    text = text.replace("&&", "")
    position = text.find("&")
    return text[position + 1].lower() if 0 <= position < len(text) - 1 else None


def test_keyboard_accelerators_on_the_key_page_are_unique(qtbot, make_wizard, tmp_path):
    from PySide6.QtWidgets import QAbstractButton

    wizard = make_wizard(Answers(), default_folder=tmp_path / "vault")
    click_next(qtbot, wizard)
    create(qtbot, wizard)
    keys = [_accelerator(button.text()) for button in wizard.create_page.findChildren(QAbstractButton)]
    keys = [key for key in keys if key]
    assert len(keys) >= 3
    assert len(keys) == len(set(keys)), keys


def test_next_is_enabled_on_the_prefilled_folder_and_refuses_an_empty_one(qtbot, make_wizard, tmp_path):
    wizard = make_wizard(Answers(), default_folder=tmp_path / "vault")
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert wizard.welcome_page.folder_edit.text() == str(tmp_path / "vault")
    assert next_button.isVisible() and next_button.isEnabled(), "the pre-filled folder must be accepted as is"
    wizard.welcome_page.folder_edit.clear()
    assert not next_button.isEnabled()
    qtbot.keyClicks(wizard.welcome_page.folder_edit, "   ")
    assert not next_button.isEnabled(), "blanks are not a folder"
    wizard.welcome_page.folder_edit.clear()
    qtbot.keyClicks(wizard.welcome_page.folder_edit, str(tmp_path / "typed"))
    assert next_button.isEnabled()
    click_next(qtbot, wizard)
    assert wizard.currentId() == FirstRunWizard.PRESET
    assert wizard.folder() == tmp_path / "typed"


def test_the_passphrase_page_recommends_a_passphrase_and_explains_why(qtbot, make_wizard, tmp_path, keychain, clock):
    wizard = make_wizard(Answers(), default_folder=tmp_path / "vault")
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wizard.passphrase_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert page.subTitle() == "Recommended: colleagues can reach this computer."
    assert page.use_choice.isChecked(), "a passphrase is the default"
    assert not next_button.isEnabled(), "Next waits for a passphrase"
    qtbot.keyClicks(page.form.passphrase_edit, "12345")
    qtbot.keyClicks(page.form.repeat_edit, "12345")
    assert page.form.problem_label.text() == "Type at least 6 characters." and not next_button.isEnabled()
    qtbot.keyClicks(page.form.passphrase_edit, "6")
    assert page.form.problem_label.text() == "Type the same passphrase in both fields."
    qtbot.keyClicks(page.form.repeat_edit, "6")
    assert next_button.isEnabled() and not page.form.problem_label.isVisible()
    with qtbot.waitSignal(wizard.create_page.created, timeout=20000):
        click_next(qtbot, wizard)
    assert wizard.vault.has_passphrase
    assert page.form.passphrase() == "", "the passphrase is not kept in the form once the vault holds it"
    folder = wizard.vault.folder
    wizard.vault.close()
    with pytest.raises(errors.PassphraseRequired):
        open_vault(folder, keychain, clock)
    open_vault(folder, keychain, clock, passphrase="123456").close()


def test_no_passphrase_is_a_deliberate_choice_with_its_consequence_said(qtbot, make_wizard, tmp_path):
    wizard = make_wizard(Answers(), default_folder=tmp_path / "vault")
    click_next(qtbot, wizard)
    choose_passphrase(qtbot, wizard, None)
    page = wizard.passphrase_page
    assert page.skip_label.isVisible() and "anyone who can use this computer" in page.skip_label.text()
    assert not page.form.isEnabled()
    with qtbot.waitSignal(wizard.create_page.created, timeout=20000):
        click_next(qtbot, wizard)
    assert not wizard.vault.has_passphrase
