"""Fixtures shared by every test: a moving clock, an in-memory keychain, fresh vault folders."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
