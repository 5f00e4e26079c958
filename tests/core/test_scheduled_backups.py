"""Automatic backups: made when the newest backup is as old as the interval, by the vault's clock,
from the daily check; only the newest automatic ones are kept; hand-made backups are never pruned."""

from __future__ import annotations

import datetime as dt

import pytest

from recruitdesk import errors, settings
from recruitdesk.services.backups import (
    AUTOMATIC_KEEP, backup_if_due, last_backup_at, list_backups, make_backup, prune_automatic_backups,
)
from recruitdesk.services.candidates import add_candidate
from recruitdesk.services.retention_alerts import run_daily_check


def _set(vault, key, value):
    with vault.session() as session, session.begin():
        settings.put(session, key, value)


def _automatic(vault):
    return [p for p in list_backups(vault) if "-auto-" in p.name]


def test_interval_defaults_to_seven_days(new_vault):
    vault, _ = new_vault
    with vault.session() as session:
        assert settings.get(session, "backup_interval_days") == 7


def test_first_check_makes_a_backup_then_none_while_fresh(new_vault, clock):
    vault, _ = new_vault
    first = backup_if_due(vault)
    assert first is not None and first.is_file() and "-auto-" in first.name
    assert last_backup_at(vault) == clock.now().replace(tzinfo=None)
    clock.advance(days=6, hours=23)
    assert backup_if_due(vault) is None
    assert _automatic(vault) == [first]


def test_a_backup_is_made_once_the_interval_has_passed(new_vault, clock):
    vault, _ = new_vault
    _set(vault, "backup_interval_days", 3)
    backup_if_due(vault)
    clock.advance(days=3)
    second = backup_if_due(vault)
    assert second is not None and len(_automatic(vault)) == 2
    assert backup_if_due(vault) is None  # the same moment: fresh again


def test_a_backup_made_by_hand_counts_as_fresh(new_vault, clock):
    vault, _ = new_vault
    manual = make_backup(vault)
    clock.advance(days=6)
    assert backup_if_due(vault) is None
    clock.advance(days=1)
    assert backup_if_due(vault) is not None
    assert manual.is_file()


def test_zero_days_turns_automatic_backups_off(new_vault, clock):
    vault, _ = new_vault
    _set(vault, "backup_interval_days", 0)
    clock.advance(days=400)
    assert backup_if_due(vault) is None
    assert _automatic(vault) == []


def test_only_the_newest_automatic_backups_are_kept_per_folder(new_vault, clock, tmp_path):
    vault, _ = new_vault
    folder = tmp_path / "usb"
    _set(vault, "backup_folder", str(folder))
    _set(vault, "backup_interval_days", 1)
    manual = make_backup(vault)  # by hand: never pruned
    made = []
    for _day in range(AUTOMATIC_KEEP + 3):
        clock.advance(days=1)
        made.append(backup_if_due(vault))
    assert all(p is not None and p.parent == folder for p in made)
    kept = sorted(p for p in folder.iterdir() if "-auto-" in p.name and p.suffix == ".rdbackup")
    assert kept == sorted(made[-AUTOMATIC_KEEP:])
    keys = sorted(p for p in folder.iterdir() if "-auto-" in p.name and p.suffix == ".rdkeys")
    assert keys == sorted(p.with_suffix(".rdkeys") for p in made[-AUTOMATIC_KEEP:]), "a pruned backup's key file goes with it"
    assert manual.is_file()
    assert prune_automatic_backups(vault) == []


def test_pruning_leaves_other_vaults_backups_alone(new_vault, clock, tmp_path):
    vault, _ = new_vault
    folder = tmp_path / "shared"
    folder.mkdir()
    _set(vault, "backup_folder", str(folder))
    stranger = folder / "recruitdesk-ffffffff-auto-20200101-000000.rdbackup"
    if vault.vault_id.startswith("ffffffff"):
        pytest.skip("vault id collides with the stranger's")
    stranger.write_bytes(b"someone else's")
    for _day in range(AUTOMATIC_KEEP + 1):
        clock.advance(days=7)
        backup_if_due(vault)
    assert stranger.exists()
    assert len([p for p in folder.iterdir() if vault.vault_id[:8] in p.name and p.suffix == ".rdbackup"]) == AUTOMATIC_KEEP


def test_the_daily_check_makes_the_backup_after_the_retention_work(new_vault, clock):
    vault, _ = new_vault
    with vault.session() as session, session.begin():
        add_candidate(session, vault.candidate_keys, vault.clock, "Ada Peeters", email="ada@example.be")
    summary, erased = run_daily_check(vault)
    assert erased == [] and len(_automatic(vault)) == 1
    run_daily_check(vault)
    assert len(_automatic(vault)) == 1
    clock.advance(days=7)
    run_daily_check(vault)
    assert len(_automatic(vault)) == 2


def test_a_failing_backup_does_not_stop_the_daily_check(new_vault, clock, tmp_path):
    vault, _ = new_vault
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    _set(vault, "backup_folder", str(blocker / "backups"))
    with pytest.raises(errors.RecruitDeskError):
        backup_if_due(vault)
    summary, erased = run_daily_check(vault)  # logged, not raised
    assert erased == [] and summary.needs_attention == 0
