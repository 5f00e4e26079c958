"""Creating a team, adding a member's device, and opening the team's keys as a member.

The creator becomes the first admin. Their device key (an X25519 private key) goes into the
OS keychain; the server gets its public half and the team key sealed to it, plus the team key
sealed to the recovery key's public half. Adding a member seals the team key to the new
device's public key: the admin never learns the member's secret, and the server never holds
anything that opens without one. A new member normally joins with a one-time enrolment code
(``enrolment``); ``add_member`` is the step for a public key the admin already trusts.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import Engine, insert, select

from recruitdesk.clock import Clock
from recruitdesk.errors import TeamDatabaseInUse
from recruitdesk.vault import crypto, recovery_key
from recruitdesk.vault.keychain import Keychain
from recruitdesk.team import audit, firm_key, schema_migrations, schema_version, sealing
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.server import server_label
from recruitdesk.team.key_hierarchy import (RECOVERY_HOLDER, RECOVERY_PURPOSE, TeamKeys, member_holder, previous_search_key_aad,
                                            team_key_aad)
from recruitdesk.team.roles import Role, require_member_management
from recruitdesk.team.schema import epochs, members, rotations, team, team_key_wraps

FIRST_EPOCH = 1


class NotAMember(Exception):
    """This device holds no key for the team (never added, or revoked)."""


@dataclass
class OpenTeam:
    """A member's open team vault: the keys in memory and who is acting."""

    keys: TeamKeys
    member_id: UUID | None  # None when opened with the recovery key
    role: Role


def keychain_account(team_id: UUID) -> str:
    """The keychain entry of this device's key for a team (passed as the keychain's vault id)."""
    return f"team-{team_id}"


def pending_keychain_account(team_id: UUID) -> str:
    """The keychain entry of a new device key not yet confirmed by the server (``device_keys``)."""
    return f"team-{team_id}-next"


def label_aad(team_id: UUID, member_id: UUID) -> bytes:
    return f"recruitdesk/team/{team_id}/member-label/{member_id}".encode()


@translate_faults
def create_team(engine: Engine, keychain: Keychain, clock: Clock, admin_label: str) -> tuple[OpenTeam, str]:
    """A new team on an empty database; returns the admin's open team and the printable recovery key."""
    schema_migrations.upgrade(engine)
    team_id, member_id = uuid.uuid4(), uuid.uuid4()
    device_key = sealing.new_private_key()
    recovery_secret, recovery_text = recovery_key.generate()
    recovery_public = sealing.public_key_of(sealing.private_key_from_secret(recovery_secret, RECOVERY_PURPOSE))
    keys = TeamKeys(team_id, 1, crypto.random_key(), {FIRST_EPOCH: crypto.random_key()})
    now = clock.now()
    with engine.begin() as connection:
        if connection.scalar(select(team.c.team_id).limit(1)) is not None:  # the database must be empty
            raise TeamDatabaseInUse(server=server_label(engine.url))
        schema_version.record(connection)
        connection.execute(insert(team).values(team_id=team_id, generation=keys.generation, recovery_public_key=recovery_public, created_at=now))
        connection.execute(insert(team_key_wraps).values(generation=keys.generation, holder=RECOVERY_HOLDER,
                                                         sealed_key=sealing.seal_to(recovery_public, keys.team_key, team_key_aad(team_id, 1, RECOVERY_HOLDER))))
        connection.execute(insert(epochs).values(epoch_id=FIRST_EPOCH, sealed_key=keys.seal_epoch(FIRST_EPOCH, keys.epochs[FIRST_EPOCH]),
                                                 started_on=clock.today()))
        _insert_member(connection, keys, member_id, sealing.public_key_of(device_key), Role.ADMIN, admin_label, clock)
        firm_key.create(connection, keys)
    keychain.store_device_key(keychain_account(team_id), device_key)
    return OpenTeam(keys, member_id, Role.ADMIN), recovery_text


def new_device_key(keychain: Keychain, team_id: UUID) -> bytes:
    """A joining device makes its key pair, keeps the private half and returns the public one."""
    device_key = sealing.new_private_key()
    keychain.store_device_key(keychain_account(team_id), device_key)
    return sealing.public_key_of(device_key)


@translate_faults
def add_member(engine: Engine, admin: OpenTeam, device_public_key: bytes, role: Role, label: str, clock: Clock) -> UUID:
    """Give a new member's device the team key (sealed to its public key); only an admin may."""
    require_member_management(admin.role)
    member_id = uuid.uuid4()
    with engine.begin() as connection:
        schema_version.require_writable(connection)
        _insert_member(connection, admin.keys, member_id, device_public_key, role, label, clock)
        audit.append(connection, admin, audit.MEMBER_JOINED, None, None, clock, member_id=member_id, detail=role.value)
    return member_id


def _insert_member(connection, keys: TeamKeys, member_id: UUID, public_key: bytes, role: Role, label: str, clock: Clock) -> None:
    holder = member_holder(member_id)
    connection.execute(insert(members).values(
        member_id=member_id, role=role.value, device_public_key=public_key, joined_at=clock.now(),
        label_sealed=crypto.seal(keys.team_key, label.encode("utf-8"), label_aad(keys.team_id, member_id))))
    connection.execute(insert(team_key_wraps).values(generation=keys.generation, holder=holder,
                                                     sealed_key=sealing.seal_to(public_key, keys.team_key,
                                                                                team_key_aad(keys.team_id, keys.generation, holder))))


@translate_faults
def open_as_member(engine: Engine, keychain: Keychain, member_id: UUID) -> OpenTeam:
    """The team's keys, unsealed with this device's key from the keychain."""
    with engine.connect() as connection:
        team_id, generation = connection.execute(select(team.c.team_id, team.c.generation)).one()
        member = connection.execute(select(members.c.role, members.c.revoked_at).where(members.c.member_id == member_id)).one_or_none()
        sealed = connection.scalar(select(team_key_wraps.c.sealed_key).where(team_key_wraps.c.generation == generation,
                                                                               team_key_wraps.c.holder == member_holder(member_id)))
        if member is None or member.revoked_at is not None or sealed is None:
            raise NotAMember(str(member_id))
        team_key = _open_with_device_key(keychain, team_id, member_id, sealed, team_key_aad(team_id, generation, member_holder(member_id)))
        keys = with_epochs(connection, TeamKeys(team_id, generation, team_key))
    return OpenTeam(keys, member_id, Role(member.role))


def _open_with_device_key(keychain: Keychain, team_id: UUID, member_id: UUID, sealed: bytes, aad: bytes) -> bytes:
    """The team key opened with the device key; failing that, with a renewed key the server took but
    this machine had not yet moved into place (a crash in ``device_keys``), which is moved now."""
    account, pending = keychain_account(team_id), pending_keychain_account(team_id)
    for entry in (account, pending):
        device_key = keychain.load_device_key(entry)
        if device_key is None:
            continue
        try:
            team_key = sealing.open_sealed(device_key, sealed, aad)
        except crypto.SealBroken:
            continue
        if entry == pending:
            keychain.store_device_key(account, device_key)
            keychain.delete_device_key(pending)
        return team_key
    raise NotAMember(str(member_id))


@translate_faults
def open_with_recovery(engine: Engine, recovery_text: str) -> OpenTeam:
    """The team's keys from the printed recovery key (acts as an admin: recovery re-enrols devices)."""
    secret = recovery_key.parse(recovery_text)
    private_key = sealing.private_key_from_secret(secret, RECOVERY_PURPOSE)
    with engine.connect() as connection:
        team_id, generation = connection.execute(select(team.c.team_id, team.c.generation)).one()
        sealed = connection.scalar(select(team_key_wraps.c.sealed_key).where(team_key_wraps.c.generation == generation,
                                                                               team_key_wraps.c.holder == RECOVERY_HOLDER))
        if sealed is None:
            raise NotAMember(RECOVERY_HOLDER)
        team_key = sealing.open_sealed(private_key, sealed, team_key_aad(team_id, generation, RECOVERY_HOLDER))
        keys = with_epochs(connection, TeamKeys(team_id, generation, team_key))
    return OpenTeam(keys, None, Role.ADMIN)


def with_epochs(connection, keys: TeamKeys) -> TeamKeys:
    """The epoch keys, and the previous search key while a revocation is still moving candidates."""
    for epoch_id, sealed in connection.execute(select(epochs.c.epoch_id, epochs.c.sealed_key)):
        keys.open_epoch(epoch_id, sealed)
    previous = connection.scalar(select(rotations.c.previous_search_key_sealed).where(rotations.c.generation == keys.generation))
    if previous is not None:
        keys.previous_search_key = crypto.unseal(keys.team_key, previous, previous_search_key_aad(keys.team_id, keys.generation))
    return keys
