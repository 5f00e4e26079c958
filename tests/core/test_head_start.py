"""The head start: the unlock and the list load begun before the window's modules import."""

from __future__ import annotations

import pytest

from recruitdesk import errors
from recruitdesk.services import head_start as head_start_module
from recruitdesk.services.candidates import add_candidate
from recruitdesk.services.head_start import HeadStart
from recruitdesk.services.unlock import unlock_vault


@pytest.fixture
def closed_vault_with_two(new_vault):
    vault, recovery_key = new_vault
    add_candidate(vault, "An Maes")
    add_candidate(vault, "Bram de Vries")
    vault.close()
    return recovery_key


def test_the_vault_and_its_list_are_handed_over_once(closed_vault_with_two, vault_folder, keychain, clock, monkeypatch):
    start = HeadStart(vault_folder, clock, None, lambda: keychain)
    vault = start.vault()
    try:
        start._listed.wait(30)
        monkeypatch.setattr(head_start_module, "candidate_rows", lambda _vault: pytest.fail("loaded again"))
        assert sorted(row.name for row in start.rows(vault)) == ["An Maes", "Bram de Vries"]
        monkeypatch.setattr(head_start_module, "candidate_rows", lambda _vault: ["loaded now"])
        assert start.rows(vault) == ["loaded now"]  # a reload reads the vault again
        with pytest.raises(RuntimeError):
            start.vault()
    finally:
        start.discard()
        vault.close()


def test_the_unlocks_error_reaches_the_caller(closed_vault_with_two, vault_folder, clock):
    start = HeadStart(vault_folder, clock, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA", lambda: None)
    with pytest.raises(errors.RecruitDeskError) as caught:
        start.vault()
    with pytest.raises(type(caught.value)):
        unlock_vault(vault_folder, clock, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA", lambda: None)  # the same as without
    start.discard()


def test_a_vault_nobody_took_is_closed_when_the_application_ends(closed_vault_with_two, vault_folder, keychain, clock):
    start = HeadStart(vault_folder, clock, None, lambda: keychain)
    start._unlocked.wait(30)
    start.discard()
    again = unlock_vault(vault_folder, clock, None, lambda: keychain)  # the lock was released
    again.close()
