"""The row counts the daily check compares are kept exact by triggers (migration 0011).

The daily check gives a countdown row to every candidate that has none (candidates added in
bulk) by comparing how many candidates and countdown rows there are. Counting 100,000 rows
read a whole index, every page decrypted on the first check after a start; the counts now come
from ``row_counts``. Wrong counts would hide a candidate without a countdown, so every way rows
come and go is checked against a real count.
"""

from __future__ import annotations

import datetime as dt

from alembic import command
from sqlalchemy import text

from recruitdesk.services.candidates import add_candidate
from recruitdesk.services.erasure import erase_candidate, erase_candidates
from recruitdesk.services.maintenance import daily_maintenance, due_for_update
from recruitdesk.services.vault_access import open_vault
from recruitdesk.store import migrate

from tests.support.vaults import insert_candidates


def _kept(vault) -> dict[str, int]:
    with vault.read_session() as session:
        return dict(session.execute(text("SELECT name, count FROM row_counts")).all())


def _real(vault) -> dict[str, int]:
    with vault.read_session() as session:
        return {table: session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                for table in ("candidates", "retention_states")}


def test_counts_follow_every_way_candidates_and_countdowns_come_and_go(new_vault, clock):
    vault, _ = new_vault
    assert _kept(vault) == _real(vault) == {"candidates": 0, "retention_states": 0}
    added = [add_candidate(vault, f"Kandidaat {number}", applied_on=dt.date(2026, 2, 1)) for number in range(5)]
    assert _kept(vault) == _real(vault) == {"candidates": 5, "retention_states": 5}

    bulk = insert_candidates(vault, 60)  # rows without a countdown yet
    assert _kept(vault) == _real(vault) == {"candidates": 65, "retention_states": 5}
    with vault.read_session() as session:
        assert set(bulk) <= set(due_for_update(session, clock.today()))  # found through the counts
    daily_maintenance(vault, clock.today().isoformat())
    assert _kept(vault) == _real(vault) == {"candidates": 65, "retention_states": 65}
    with vault.read_session() as session:
        assert due_for_update(session, clock.today()) == []  # nothing missing, nothing due

    erase_candidate(vault, added[0])
    erase_candidates(vault, bulk[:55])  # the set-based bulk path
    assert _kept(vault) == _real(vault) == {"candidates": 9, "retention_states": 9}

    with vault.session() as session, session.begin():  # a countdown row going with its candidate by cascade
        session.execute(text("DELETE FROM candidates WHERE id = :id"), {"id": added[1]})
    assert _kept(vault) == _real(vault) == {"candidates": 8, "retention_states": 8}

    with vault.session() as session, session.begin():  # a countdown row lost on its own (the check must notice)
        session.execute(text("DELETE FROM retention_states WHERE candidate_id = :id"), {"id": added[2]})
    assert _kept(vault) == _real(vault) == {"candidates": 8, "retention_states": 7}
    with vault.read_session() as session:
        assert due_for_update(session, clock.today()) == [added[2]]


def test_the_upgrade_counts_what_is_there(new_vault, vault_folder, keychain, clock):
    vault, _ = new_vault
    for number in range(3):
        add_candidate(vault, f"Kandidaat {number}", applied_on=dt.date(2026, 2, 1))
    insert_candidates(vault, 4)
    with vault.engine.begin() as connection:
        config = migrate._config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0010")
        assert connection.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = 'row_counts'").scalar_one() == 0, "control"
    vault.close()
    with open_vault(vault_folder, keychain, clock) as upgraded:
        assert _kept(upgraded) == _real(upgraded) == {"candidates": 7, "retention_states": 3}
        with upgraded.read_session() as session:
            assert len(due_for_update(session, clock.today())) == 4
