"""The firm profile and backup settings in the settings dialog: a bad email, web address or
folder is shown under its field and nothing is saved; valid values are saved through the
Qt-free service."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from recruitdesk import errors
from recruitdesk.gui.retention.policy_settings import PolicySettingsDialog
from recruitdesk.services.firm_settings import FirmSettings, read_firm_settings, save_firm_settings

from tests.gui.retention_support import new_vault  # noqa: F401 - waits for workers before closing


@pytest.fixture
def dialog_and_vault(qtbot, new_vault):
    vault, _key = new_vault
    chosen = []
    dialog = PolicySettingsDialog(vault, choose_folder=lambda parent, current: chosen.pop() if chosen else None)
    dialog.chosen = chosen
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        dialog.show()
    dialog.tabs.setCurrentIndex(1)
    return dialog, vault


def type_into(qtbot, edit, text):
    edit.clear()
    qtbot.keyClicks(edit, text)
    edit.editingFinished.emit()


def test_defaults_are_shown(dialog_and_vault):
    dialog, _vault = dialog_and_vault
    assert dialog.firm_name_edit.text() == "" and dialog.privacy_contact_edit.text() == ""
    assert dialog.interval_spin.value() == 7
    dialog.interval_spin.setValue(0)
    assert dialog.interval_spin.text() == "Off"


def test_an_invalid_email_shows_an_inline_error_and_blocks_saving(qtbot, dialog_and_vault):
    dialog, vault = dialog_and_vault
    type_into(qtbot, dialog.privacy_contact_edit, "privacy at example")
    assert dialog.privacy_contact_error.isVisible()
    assert "not an email address" in dialog.privacy_contact_error.text()
    dialog.tabs.setCurrentIndex(0)
    with qtbot.assertNotEmitted(dialog.saved, wait=50):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.tabs.currentIndex() == 1 and dialog.isVisible()
    assert read_firm_settings(vault).privacy_contact == ""
    qtbot.keyClicks(dialog.privacy_contact_edit, "x")  # still wrong: the error stays
    assert dialog.privacy_contact_error.isVisible()
    dialog.privacy_contact_edit.setText("privacy@example.com")  # fixed: cleared at once
    assert not dialog.privacy_contact_error.isVisible()


def test_an_invalid_address_shows_an_inline_error(qtbot, dialog_and_vault):
    dialog, vault = dialog_and_vault
    for wrong in ("www.example.com/privacy", "ftp://example.com/privacy", "https://exa mple.com"):
        type_into(qtbot, dialog.statement_url_edit, wrong)
        assert dialog.statement_url_error.isVisible(), wrong
        assert "not a web address" in dialog.statement_url_error.text()
    with qtbot.assertNotEmitted(dialog.saved, wait=50):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert read_firm_settings(vault).privacy_statement_url == ""


def test_valid_values_are_saved(qtbot, dialog_and_vault, tmp_path):
    dialog, vault = dialog_and_vault
    folder = tmp_path / "usb-backups"
    type_into(qtbot, dialog.firm_name_edit, "  Jansen  Werving BV ")
    type_into(qtbot, dialog.privacy_contact_edit, "privacy@jansen-werving.nl")
    type_into(qtbot, dialog.statement_url_edit, "https://www.jansen-werving.nl/privacy")
    dialog.chosen.append(folder)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.backup_folder_edit.text() == str(folder)
    dialog.interval_spin.setValue(3)
    assert not any(label.isVisible() for label in (dialog.firm_name_error, dialog.privacy_contact_error,
                                                    dialog.statement_url_error, dialog.backup_folder_error))
    with qtbot.waitSignal(dialog.saved, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [0]  # the policy did not change
    assert read_firm_settings(vault) == FirmSettings(
        "Jansen Werving BV", "privacy@jansen-werving.nl", "https://www.jansen-werving.nl/privacy", str(folder), 3,
    )


def test_cancelling_the_folder_chooser_keeps_the_folder(qtbot, dialog_and_vault):
    dialog, _vault = dialog_and_vault
    dialog.backup_folder_edit.setText("/somewhere")
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.backup_folder_edit.text() == "/somewhere"


def test_a_file_as_backup_folder_is_refused(qtbot, dialog_and_vault, tmp_path):
    dialog, _vault = dialog_and_vault
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    type_into(qtbot, dialog.backup_folder_edit, str(blocker))
    assert dialog.backup_folder_error.isVisible()
    type_into(qtbot, dialog.backup_folder_edit, "relative/folder")
    assert "full path" in dialog.backup_folder_error.text()


def test_the_service_refuses_what_the_dialog_refuses(new_vault):
    vault, _key = new_vault
    with pytest.raises(errors.InvalidEmail):
        save_firm_settings(vault, FirmSettings(privacy_contact="jan@"))
    with pytest.raises(errors.InvalidUrl):
        save_firm_settings(vault, FirmSettings(privacy_statement_url="javascript:alert(1)"))
    with pytest.raises(errors.InvalidBackupInterval):
        save_firm_settings(vault, FirmSettings(backup_interval_days=-1))
    assert read_firm_settings(vault) == FirmSettings()
    saved = save_firm_settings(vault, FirmSettings(privacy_contact=" a.b+c@sub.example.be ", privacy_statement_url="http://localhost:8080/p"))
    assert saved.privacy_contact == "a.b+c@sub.example.be"
    assert read_firm_settings(vault) == saved


def test_the_idle_time_before_locking_is_saved(qtbot, dialog_and_vault):
    from recruitdesk.services.vault_settings import read_setting

    dialog, vault = dialog_and_vault
    assert dialog.lock_spin.value() == 10
    dialog.lock_spin.setValue(3)
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert read_setting(vault, "auto_lock_minutes") == 3
    with pytest.raises(errors.AutoLockOutOfRange):
        save_firm_settings(vault, FirmSettings(auto_lock_minutes=0))


def test_a_local_vault_sets_its_alerts_backups_and_idle_lock_here_and_has_no_team_name(qtbot, dialog_and_vault):
    """The dialog a team shares (``policy_source``): on a local vault every local setting is there, writable."""
    dialog, vault = dialog_and_vault
    assert dialog.backup_folder_edit.isVisible() and dialog.lock_spin.isVisible() and not dialog.lock_spin.isReadOnly()
    assert not dialog.team_name_edit.isVisible() and not dialog.role_label.isVisible()
    assert dialog.save_button.isVisible() and not dialog.firm_name_edit.isReadOnly()
    dialog.tabs.setCurrentIndex(0)
    assert dialog.window_spin.isVisible() and dialog.auto_erase_check.isVisible()
    dialog.tabs.setCurrentIndex(1)
    type_into(qtbot, dialog.firm_name_edit, "Acme BV")
    with qtbot.waitSignal(dialog.saved, timeout=20000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [0]  # the policy unchanged
    assert read_firm_settings(vault).firm_name == "Acme BV"
