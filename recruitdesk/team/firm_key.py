"""The firm key: what vacancies, tags and requests about nobody in the vault are sealed under.

Vacancies and tags are the firm's data, not a candidate's: they outlive every erasure, so they
cannot live under a candidate key. The firm key is random, made with the team (``create``, by
the creating admin) and stored sealed under the team key of the current generation (one row per
generation). A revocation re-seals it under the new team key (``reseal``) and drops the old row;
like candidate keys, the firm key itself is not replaced then: an administrator's deep rotation does
that (``replace``, called by ``firm_key_renewal``; docs/team-vault.md, section 3). The
table is a key table: recruiters and the DPO may only read it (``server_roles``).
"""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import Connection, delete, func, insert, select, update

from recruitdesk.team.key_hierarchy import TeamKeys
from recruitdesk.team.schema import firm_keys
from recruitdesk.vault import crypto


class NoFirmKey(Exception):
    """No firm key is sealed under this generation's team key."""


def firm_key_aad(team_id: UUID, generation: int) -> bytes:
    return f"recruitdesk/team/{team_id}/firm-key/generation/{generation}".encode()


def create(connection: Connection, keys: TeamKeys) -> None:
    """A new team's firm key, sealed under its first team key."""
    connection.execute(insert(firm_keys).values(
        generation=keys.generation,
        sealed_key=crypto.seal(keys.team_key, crypto.random_key(), firm_key_aad(keys.team_id, keys.generation))))


def firm_key(connection: Connection, keys: TeamKeys) -> bytes:
    """The firm key under ``keys``' generation; ``NoFirmKey`` when there is none (see ``newest_generation``)."""
    sealed = connection.scalar(select(firm_keys.c.sealed_key).where(firm_keys.c.generation == keys.generation))
    if sealed is None:
        raise NoFirmKey(str(keys.team_id))
    return crypto.unseal(keys.team_key, bytes(sealed), firm_key_aad(keys.team_id, keys.generation))


def newest_generation(connection: Connection) -> int | None:
    return connection.scalar(select(func.max(firm_keys.c.generation)))


def reseal(connection: Connection, old: TeamKeys, new: TeamKeys) -> None:
    """At a team-key rotation: the same firm key under the new generation; older rows deleted."""
    key = firm_key(connection, old)
    connection.execute(insert(firm_keys).values(
        generation=new.generation, sealed_key=crypto.seal(new.team_key, key, firm_key_aad(new.team_id, new.generation))))
    connection.execute(delete(firm_keys).where(firm_keys.c.generation < new.generation))


def replace(connection: Connection, keys: TeamKeys, new_key: bytes) -> None:
    """A renewal (``firm_key_renewal``): the generation's row now holds ``new_key``, overwritten in place so a
    write waiting on the team row reads the new key; the old tuple goes with the key tables' VACUUM FULL."""
    connection.execute(update(firm_keys).where(firm_keys.c.generation == keys.generation).values(
        sealed_key=crypto.seal(keys.team_key, new_key, firm_key_aad(keys.team_id, keys.generation))))
