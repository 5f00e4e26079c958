"""A vault too large to verify at unlock is verified in the background right after it; the
About box (the GUI's vault info) shows the result, and damage is reported at once.

A lowered size limit stands in for a vault too large to verify at unlock.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text

from recruitdesk import settings
from recruitdesk.gui.shell.controller import AppController
from recruitdesk.gui.shell.error_reporting import remember_open_vault, user_message
from recruitdesk.services.maintenance import daily_maintenance
from recruitdesk.vault import database
from tests.core.test_integrity_check import damage_page
from tests.support.vaults import insert_candidates


@pytest.fixture
def controller(qtbot, clock, keychain_factory, tmp_path):
    made = AppController(clock, keychain_factory, report_error=lambda error: pytest.fail(f"unexpected error dialog: {error!r}"))
    qtbot.addWidget(made.window)
    yield made
    made.shutdown()


@pytest.fixture
def large_damaged_vault(new_vault, monkeypatch):
    vault, _key = new_vault
    insert_candidates(vault, 1500)
    # Today's check done and no automatic backup due, so nothing writes at start: a write could
    # reuse the damaged page (it may be a free one) before the background check reads it.
    daily_maintenance(vault, vault.clock.today().isoformat())
    with vault.session() as session, session.begin():
        settings.put(session, "backup_interval_days", 0)
    with vault.read_session() as session:  # a page nothing reads at start: only the page check finds it
        page = session.execute(text("SELECT rootpage FROM sqlite_master WHERE name = 'anonymous_statistics'")).scalar_one()
    path = vault.database_path
    vault.close()
    monkeypatch.setattr(database, "FULL_CHECK_LIMIT_BYTES", path.stat().st_size // 2)
    damage_page(path, page)


def _damage_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible() and "damaged pages" in w.text()]


def test_damage_in_a_large_vault_is_found_after_unlock_and_shown_in_the_about_box(qtbot, controller, large_damaged_vault, vault_folder):
    with qtbot.waitSignal(controller.ready, timeout=20000):
        controller.start_existing(vault_folder)
    qtbot.waitUntil(lambda: bool(_damage_boxes()), timeout=60000)
    assert controller.vault.integrity.result.state == "damaged"
    controller.window.ui.actionAbout.trigger()
    assert "Vault integrity: DAMAGED" in controller.window.help.about_box.text()
    for box in _damage_boxes():
        box.close()


@pytest.fixture
def damaged_candidate_list(new_vault, monkeypatch):
    """A vault too large to verify at unlock whose candidate table has a damaged root page:
    unlocking works, the first read of the list meets the damage."""
    vault, _key = new_vault
    insert_candidates(vault, 1500)
    daily_maintenance(vault, vault.clock.today().isoformat())
    with vault.session() as session, session.begin():
        settings.put(session, "backup_interval_days", 0)
    with vault.read_session() as session:
        page = session.execute(text("SELECT rootpage FROM sqlite_master WHERE name = 'candidates'")).scalar_one()
    path = vault.database_path
    vault.close()
    monkeypatch.setattr(database, "FULL_CHECK_LIMIT_BYTES", path.stat().st_size // 2)
    damage_page(path, page)


def test_damage_met_by_the_list_load_is_named_with_the_restore_advice_not_as_an_unexpected_error(
        qtbot, clock, keychain_factory, damaged_candidate_list, vault_folder):
    controller = AppController(clock, keychain_factory, report_error=lambda error: pytest.fail(f"unexpected error dialog: {error!r}"))
    qtbot.addWidget(controller.window)
    label = controller.window.ui.emptyStateLabel
    try:
        controller.start_existing(vault_folder)
        qtbot.waitUntil(lambda: label.isVisible() and "damaged" in label.text(), timeout=30000)
        assert "is damaged and cannot be read safely" in label.text() and "Restore the vault from a backup" in label.text()
        assert str(vault_folder / "vault.db") in label.text()
        remember_open_vault(None)  # control: without the open vault's folder it was "an unexpected error"
        with controller.vault.read_session() as session, pytest.raises(Exception) as raised:
            session.execute(text("SELECT sum(length(uid)) FROM candidates NOT INDEXED")).scalar_one()
        assert "An unexpected error occurred" in user_message(raised.value)
    finally:
        controller.shutdown()
