"""Fixtures shared by every test: a moving clock, an in-memory keychain, fresh vault folders."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

# The offscreen platform's one screen is 800x800 unless configured; give it the most common
# laptop screen, 1366x768, so windows open at the size a user's first start gives them.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screen = Path(__file__).resolve().parent / "support" / "offscreen_screen.json"
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"

from recruitdesk import i18n  # noqa: E402
from recruitdesk.clock import ManualClock  # noqa: E402
from recruitdesk.services.vault_access import create_vault  # noqa: E402
from recruitdesk.vault.keychain import MemoryKeychain  # noqa: E402


@pytest.fixture(autouse=True)
def _english_and_isolated(monkeypatch, tmp_path_factory):
    """Tests speak English unless they switch, and never touch the user's real folders."""
    i18n.set_language("en")
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.delenv("RECRUITDESK_VAULT", raising=False)
    monkeypatch.delenv("RECRUITDESK_RECOVERY_KEY", raising=False)
    yield
    i18n.set_language("en")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(dt.datetime(2026, 3, 2, 9, 0))


@pytest.fixture
def keychain() -> MemoryKeychain:
    return MemoryKeychain()


@pytest.fixture
def vault_folder(tmp_path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def new_vault(vault_folder, keychain, clock):
    """An open, empty vault; yields (vault, recovery_key)."""
    vault, recovery_key = create_vault(vault_folder, keychain, clock, preset="nl-ap")
    yield vault, recovery_key
    vault.close()
