"""The first-run wizard's "Restore from a backup": a new computer gets the vault back from one
backup and the recovery key, acting as a user would (radio button, Next, Browse, typing, Restore,
Finish)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from recruitdesk.gui.vault.first_run_wizard import FirstRunWizard
from recruitdesk.services.backups import make_backup
from recruitdesk.services.candidate_search import search_candidates
from recruitdesk.services.candidates import add_candidate, candidate_rows
from recruitdesk.services.documents import attach_document
from recruitdesk.services.vault_access import create_vault, open_vault
from recruitdesk.vault.keychain import MemoryKeychain

CV = "Ilse Wouters, heftruckchauffeuse en magazijnverantwoordelijke."


class Answers:
    def __init__(self, backup: Path) -> None:
        self.backup = backup
        self.asked = False

    def choose_backup_file(self, parent, folder):
        self.asked = True
        return self.backup

    def unused(self, *args):
        raise AssertionError("not asked in a restore")


@pytest.fixture
def lost_laptop(tmp_path, clock):
    """A vault with one backup on the NAS; then the laptop (the whole vault folder) is gone."""
    vault, recovery_key = create_vault(tmp_path / "laptop" / "vault", MemoryKeychain(), clock)
    with vault.session() as session, session.begin():
        ilse = add_candidate(session, vault.candidate_keys, vault.clock, "Ilse Wouters", email="ilse@example.be")
        attach_document(session, vault.candidate_keys, vault.clock, ilse, "cv.txt", "text/plain", CV.encode(), CV)
    backup = make_backup(vault, tmp_path / "nas")
    vault.close()
    shutil.rmtree(tmp_path / "laptop")
    return backup, recovery_key


def _wizard(qtbot, clock, keychain, folder: Path, answers: Answers) -> FirstRunWizard:
    wizard = FirstRunWizard(folder, clock, lambda: keychain, choose_folder=answers.unused, choose_save_file=answers.unused,
                            print_text=answers.unused, choose_backup_file=answers.choose_backup_file)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _choose_restore(qtbot, wizard) -> None:
    choice = wizard.welcome_page.restore_choice
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton, pos=QPoint(8, choice.height() // 2))
    assert choice.isChecked()
    _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() == FirstRunWizard.RESTORE


def test_a_new_computer_restores_the_vault_from_a_backup_and_the_recovery_key(qtbot, tmp_path, clock, lost_laptop):
    backup, recovery_key = lost_laptop
    new_computer = MemoryKeychain()
    answers = Answers(backup)
    wizard = _wizard(qtbot, clock, new_computer, tmp_path / "new" / "vault", answers)
    _choose_restore(qtbot, wizard)
    page = wizard.restore_page
    assert not page.restore_button.isEnabled(), "nothing to restore yet"
    _click(qtbot, page.browse_button)
    assert answers.asked and page.backup_edit.text() == str(backup)
    qtbot.keyClicks(page.key_edit, recovery_key)
    with qtbot.waitSignal(page.restored, timeout=30000):
        _click(qtbot, page.restore_button)
    assert str(tmp_path / "new" / "vault") in page.status_label.text()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    _click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert wizard.result() == QWizard.DialogCode.Accepted
    vault = wizard.vault
    try:
        assert [row.name for row in candidate_rows(vault)] == ["Ilse Wouters"]
        assert search_candidates(vault, "heftruck") != []
    finally:
        vault.close()
    with open_vault(tmp_path / "new" / "vault", new_computer, clock) as again:  # the keychain opens it now
        assert len(candidate_rows(again)) == 1


def test_a_wrong_recovery_key_is_shown_and_the_user_can_try_again(qtbot, tmp_path, clock, lost_laptop):
    backup, recovery_key = lost_laptop
    wizard = _wizard(qtbot, clock, MemoryKeychain(), tmp_path / "new" / "vault", Answers(backup))
    _choose_restore(qtbot, wizard)
    page = wizard.restore_page
    qtbot.keyClicks(page.backup_edit, str(backup))
    wrong = "-".join(["ABCD"] * 9)
    qtbot.keyClicks(page.key_edit, wrong)
    with qtbot.waitSignal(page.restore_failed, timeout=30000) as failure:
        _click(qtbot, page.restore_button)
    assert page.error_label.isVisible() and page.error_label.text() == failure.args[0]
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not (tmp_path / "new" / "vault" / "vault.key").exists()
    page.key_edit.clear()
    qtbot.keyClicks(page.key_edit, recovery_key)
    with qtbot.waitSignal(page.restored, timeout=30000):
        _click(qtbot, page.restore_button)
    wizard.vault.close()
