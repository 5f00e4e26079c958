"""The throwaway-server harness: it must fail, not skip, in CI when PostgreSQL is missing."""

from __future__ import annotations

import pytest

from tests.support import postgres


def test_a_missing_server_fails_in_ci(monkeypatch):
    monkeypatch.setattr(postgres, "server_bin_folder", lambda: None)
    monkeypatch.setenv("RECRUITDESK_CORPUS", "/somewhere/corpus")
    with pytest.raises(pytest.fail.Exception, match="CI must run the team-vault tests"):
        postgres.start_server()


def test_a_missing_server_skips_on_a_developer_machine(monkeypatch):
    monkeypatch.setattr(postgres, "server_bin_folder", lambda: None)
    monkeypatch.delenv("RECRUITDESK_CORPUS", raising=False)
    with pytest.raises(pytest.skip.Exception):
        postgres.start_server()


def test_the_server_binaries_are_found_on_this_machine():
    """dev.py installs Debian's postgresql package for the tests; without it the team tests never run."""
    folder = postgres.server_bin_folder()
    if folder is None:
        postgres.require_or_skip("PostgreSQL is not installed")
    assert folder is not None and all((folder / tool).is_file() for tool in postgres.SERVER_TOOLS)
