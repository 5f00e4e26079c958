"""GUI fixtures: a vault seeded like ``--demo``, and a keychain factory bound to the test keychain."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from recruitdesk.demo import seed_demo_candidates
from recruitdesk.gui.shell.gui_thread_gc import GuiThreadCollector
from recruitdesk.gui.shell.translation import _app_translator
from recruitdesk.services.vault_access import create_vault


@pytest.fixture(autouse=True, scope="session")
def _english_plurals(qapp):
    """The window speaks English as the app starts it: with the English plural catalog, so
    "1 screening note." is singular (``translation.install_language``)."""
    translator = _app_translator("en")
    assert translator is not None, "run resources/build_resources.py: recruitdesk_en.qm is missing"
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True, scope="session")
def _collect_on_the_gui_thread(qapp):
    """As the app runs (``app.run``): cycles are collected on the GUI thread only, never by a worker
    that happens to allocate, which would destroy a closed window's widgets off the GUI thread."""
    collector = GuiThreadCollector(qapp)
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def _keep_default_locale():
    """Some tests switch the language; dates elsewhere must keep the default format."""
    saved = QLocale()
    yield
    QLocale.setDefault(saved)


@pytest.fixture
def keychain_factory(keychain):
    return lambda: keychain


@pytest.fixture
def demo_vault(vault_folder, keychain, clock):
    """An open vault holding the 50 demo candidates; yields (vault, recovery_key)."""
    vault, recovery_key = create_vault(
        vault_folder, keychain, clock, preset="nl-ap",
        seed=lambda session, keys: seed_demo_candidates(session, keys, clock),
    )
    yield vault, recovery_key
    vault.close()
