"""Back up now and Restore from backup, from the Vault menu, with pre-answered dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest

from recruitdesk import paths, settings
from recruitdesk.gui.shell.controller import AppController
from recruitdesk.gui.vault.backup_dialogs import restore_question
from recruitdesk.gui.vault.sources import FolderVaultSource
from recruitdesk.services.backups import make_backup
from recruitdesk.services.candidate_search import search_candidates
from recruitdesk.services.candidates import add_candidate, candidate_rows
from recruitdesk.services.erasure import erase_candidates


@pytest.fixture
def controller(qtbot, clock, keychain_factory):
    errors = []
    made = AppController(clock, keychain_factory, report_error=errors.append)
    made.errors = errors
    qtbot.addWidget(made.window)
    yield made
    made.shutdown()


def open_vault(qtbot, controller, vault, clock, keychain_factory) -> None:
    with qtbot.waitSignal(controller.window.rows_loaded, timeout=20000):
        controller.start_demo(FolderVaultSource(vault.folder, clock, keychain_factory), vault)


def test_back_up_now_writes_to_the_vaults_backups_folder_and_says_where(qtbot, controller, demo_vault, clock, keychain_factory):
    vault, _key = demo_vault
    open_vault(qtbot, controller, vault, clock, keychain_factory)
    window = controller.window
    assert window.vault_actions.backup_action.isEnabled() and window.vault_actions.backup_action in window.ui.menuVault.actions()
    with qtbot.waitSignal(window.vault_actions.backup_made, timeout=20000) as made:
        window.vault_actions.backup_action.trigger()
    path = Path(made.args[0])
    assert path.parent == vault.folder / paths.BACKUP_FOLDER and path.is_file()
    assert str(path) in window.statusBar().currentMessage()
    assert controller.errors == []


def test_back_up_now_uses_the_backup_folder_setting(qtbot, controller, demo_vault, clock, keychain_factory, tmp_path):
    vault, _key = demo_vault
    with vault.session() as session, session.begin():
        settings.put(session, "backup_folder", str(tmp_path / "offsite"))
    open_vault(qtbot, controller, vault, clock, keychain_factory)
    with qtbot.waitSignal(controller.window.vault_actions.backup_made, timeout=20000) as made:
        controller.window.vault_actions.back_up_now()
    assert Path(made.args[0]).parent == tmp_path / "offsite"


def test_restore_shows_the_backup_keeps_a_safety_copy_and_erased_stay_erased(qtbot, controller, demo_vault, clock, keychain_factory):
    vault, _key = demo_vault
    backup = make_backup(vault)
    victim = candidate_rows(vault)[0]
    erase_candidates(vault, [victim.id], "manual")
    with vault.session() as session, session.begin():
        add_candidate(session, vault.candidate_keys, vault.clock, "Nieuwe Kandidaat", email="nieuw@example.nl")
    open_vault(qtbot, controller, vault, clock, keychain_factory)
    window = controller.window
    assert window.model.rowCount() == 50  # 50 - erased + new
    asked = []
    window.vault_actions.choose_backup = lambda parent, folder: asked.append(folder) or backup
    window.vault_actions.confirm_restore = lambda parent, path: asked.append(restore_question(path)) or True

    with qtbot.waitSignals([controller.restored, window.rows_loaded], timeout=30000):
        window.vault_actions.restore_action.trigger()
    assert asked[0] == vault.folder / paths.BACKUP_FOLDER
    assert "safety copy" in asked[1] and "erased stay erased" in asked[1] and backup.name in asked[1]
    assert controller.errors == []
    restored = controller.vault
    assert restored is not None and restored is not vault and restored.is_open and not vault.is_open
    names = [row.name for row in candidate_rows(restored)]
    assert window.model.rowCount() == 49 and len(names) == 49  # the backup's 50, minus the erased
    assert victim.name not in names and "Nieuwe Kandidaat" not in names
    assert search_candidates(restored, victim.name) == []
    assert "before-restore-" in window.statusBar().currentMessage()
    assert any(p.name.startswith("before-restore-") for p in (vault.folder / paths.BACKUP_FOLDER).iterdir())

    controller.lock("test")  # the controller locks the restored vault, not the closed one
    assert controller.vault is None and not restored.is_open
    assert controller.unlock_dialog is not None
    controller.unlock_dialog.reject()


def test_cancelling_the_restore_changes_nothing(qtbot, controller, demo_vault, clock, keychain_factory):
    vault, _key = demo_vault
    backup = make_backup(vault)
    open_vault(qtbot, controller, vault, clock, keychain_factory)
    window = controller.window
    window.vault_actions.choose_backup = lambda parent, folder: backup
    window.vault_actions.confirm_restore = lambda parent, path: False
    with qtbot.assertNotEmitted(window.vault_actions.restore_requested):
        assert window.vault_actions.restore_from_backup() is None
    window.vault_actions.choose_backup = lambda parent, folder: None
    assert window.vault_actions.restore_from_backup() is None
    assert controller.vault is vault and vault.is_open


def test_a_damaged_backup_is_refused_and_the_vault_stays_open(qtbot, controller, demo_vault, clock, keychain_factory, tmp_path):
    vault, _key = demo_vault
    broken = tmp_path / "broken.rdbackup"
    broken.write_bytes(b"not a backup" * 100)
    open_vault(qtbot, controller, vault, clock, keychain_factory)
    window = controller.window
    with qtbot.waitSignal(window.rows_loaded, timeout=30000):
        controller.restore(broken)
    assert len(controller.errors) == 1
    assert controller.vault is vault and vault.is_open
    assert window.model.rowCount() == 50
