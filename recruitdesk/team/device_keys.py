"""A new device key pair for each member after every team-key rotation.

Why: a revocation rotates the team key and seals the new one to each remaining member's device
public key. Were the device keys kept, someone holding a forensic image of the server's disk (the
old sealed team keys in dead tuples, WAL or backups) and one old device private key (a stolen or
discarded laptop) would open today's team key too. So a member's client, on the first open after a
rotation, makes a new key pair and the old private key is destroyed: an old device key then opens
only the generations it was sealed to.

When: ``team_members.device_key_generation`` (t017) is the generation the member's key pair was made
at; older than the team's generation (or unknown, NULL), the key is renewed.

Order, so that a crash anywhere never locks the member out:

1. the new private key goes into the keychain under a *pending* entry; the old one stays;
2. one server transaction (``team_renew_device_key``, t017) replaces the member's public key and
   their sealed team key (sealed to the new public key), and appends ``device-key-renewed``;
3. the new private key replaces the old one in the member's entry, and the pending entry goes.

A crash before 2 commits leaves the old key working (the next open starts again); a crash after it
leaves the new key in the pending entry, which ``membership.open_as_member`` tries when the member's
entry no longer opens, and the next open finishes step 3.
"""

from __future__ import annotations

from sqlalchemy import Engine, select, text

from recruitdesk.clock import Clock
from recruitdesk.team import audit, sealing
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.key_hierarchy import member_holder, team_key_aad
from recruitdesk.team.membership import OpenTeam, keychain_account, pending_keychain_account
from recruitdesk.team.schema import members
from recruitdesk.team.server_roles import RENEW_DEVICE_KEY_FUNCTION
from recruitdesk.vault.keychain import Keychain

RENEWED = "device-key-renewed"  # audit action; the entry names the member

_RENEW = text(f"SELECT {RENEW_DEVICE_KEY_FUNCTION}(:member_id, :generation, :device_public_key, :sealed_key)")


def renewal_due(engine: Engine, team: OpenTeam) -> bool:
    """True when the member's device key pair is older than the team key generation just opened."""
    if team.member_id is None:
        return False
    with engine.connect() as connection:
        made_at = connection.scalar(select(members.c.device_key_generation).where(members.c.member_id == team.member_id))
    return made_at is None or made_at < team.keys.generation


@translate_faults
def renew_if_due(engine: Engine, keychain: Keychain, team: OpenTeam, clock: Clock) -> bool:
    """Renew the member's device key when a rotation made it old; True when renewed.

    Also tidies a pending entry left by an earlier run that crashed (the server kept the old key)."""
    if team.member_id is None:  # opened with the recovery key: no device of its own
        return False
    account, pending = keychain_account(team.keys.team_id), pending_keychain_account(team.keys.team_id)
    if not renewal_due(engine, team):
        if keychain.load_device_key(pending) is not None:
            keychain.delete_device_key(pending)
        return False
    new_key = sealing.new_private_key()
    keychain.store_device_key(pending, new_key)  # 1. first: the old key stays until the server has the new one
    _replace_on_server(engine, team, sealing.public_key_of(new_key), clock)  # 2.
    keychain.store_device_key(account, new_key)  # 3. the old private key is gone from this machine
    keychain.delete_device_key(pending)
    return True


def _replace_on_server(engine: Engine, team: OpenTeam, public_key: bytes, clock: Clock) -> None:
    """The member's public key and sealed team key replaced, and the audit entry, in one transaction."""
    assert team.member_id is not None
    keys, holder = team.keys, member_holder(team.member_id)
    sealed = sealing.seal_to(public_key, keys.team_key, team_key_aad(keys.team_id, keys.generation, holder))
    with engine.begin() as connection:
        connection.execute(_RENEW, {"member_id": team.member_id, "generation": keys.generation,
                                    "device_public_key": public_key, "sealed_key": sealed})
        audit.append(connection, team, RENEWED, None, None, clock, member_id=team.member_id)
