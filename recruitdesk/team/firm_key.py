"""The firm key: what vacancies, tags and requests about nobody in the vault are sealed under.

Vacancies and tags are the firm's data, not a candidate's: they outlive every erasure, so they
cannot live under a candidate key. The firm key is random, made by the first member who needs it,
and stored sealed under the team key of the current generation (one row per generation). A
revocation re-seals it under the new team key (``reseal``) and drops the old row; like candidate
keys, the firm key itself is not replaced (docs/team-vault.md, section 3, says what that means).
"""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import Connection, delete, func, select
from sqlalchemy.dialects.postgresql import insert

from recruitdesk.team.candidates import StaleTeamKeys
from recruitdesk.team.key_hierarchy import TeamKeys
from recruitdesk.team.schema import firm_keys
from recruitdesk.vault import crypto


class NoFirmKey(Exception):
    """No member has stored firm data yet, so there is nothing sealed under a firm key to read."""


def firm_key_aad(team_id: UUID, generation: int) -> bytes:
    return f"recruitdesk/team/{team_id}/firm-key/generation/{generation}".encode()


def firm_key(connection: Connection, keys: TeamKeys, create: bool = False) -> bytes:
    """The firm key, made and stored on first use when ``create`` (two members at once: one wins, both use it).

    ``StaleTeamKeys`` when the key was re-sealed for a newer generation (a revocation since this
    client opened the team: reopen), ``NoFirmKey`` when nobody has stored firm data yet."""
    sealed = _sealed(connection, keys.generation)
    if sealed is None and create:
        connection.execute(insert(firm_keys).values(
            generation=keys.generation,
            sealed_key=crypto.seal(keys.team_key, crypto.random_key(), firm_key_aad(keys.team_id, keys.generation)))
            .on_conflict_do_nothing())
        sealed = _sealed(connection, keys.generation)
    if sealed is None:
        newest = connection.scalar(select(func.max(firm_keys.c.generation)))
        if newest is not None and newest > keys.generation:
            raise StaleTeamKeys(f"generation {keys.generation}, server has {newest}")
        raise NoFirmKey(str(keys.team_id))
    return crypto.unseal(keys.team_key, bytes(sealed), firm_key_aad(keys.team_id, keys.generation))


def reseal(connection: Connection, old: TeamKeys, new: TeamKeys) -> None:
    """At a team-key rotation: the same firm key under the new generation; older rows deleted."""
    sealed = _sealed(connection, old.generation)
    if sealed is not None:
        key = crypto.unseal(old.team_key, bytes(sealed), firm_key_aad(old.team_id, old.generation))
        connection.execute(insert(firm_keys).values(
            generation=new.generation, sealed_key=crypto.seal(new.team_key, key, firm_key_aad(new.team_id, new.generation))))
    connection.execute(delete(firm_keys).where(firm_keys.c.generation < new.generation))


def _sealed(connection: Connection, generation: int) -> bytes | None:
    return connection.scalar(select(firm_keys.c.sealed_key).where(firm_keys.c.generation == generation))
