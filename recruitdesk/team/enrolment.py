"""One-time enrolment codes: how a new member's device joins the team without the server learning a key.

An admin invites a member (a display name and a role) and gets a short code to hand over in
person or by phone: 20 characters of Crockford base 32 (100 random bits) in four groups of five.
Two keys are derived from the code. The *verifier key* finds the invitation: the server stores
only its SHA-256 and compares the hash of what a redeeming client sends, so reading the table
does not let anyone redeem. The *wrapping key* seals the team key in the invitation row. The
code itself is stored nowhere; a server operator would have to guess 100 bits to open the sealed
team key, which is what makes one step enough (no admin has to come back online to approve).

Redeeming derives the same keys from the typed code, reads the invitation, refuses it when it is
used, expired (by the injected clock) or withdrawn (a revocation renewed the team key since),
opens the team key, makes the device's key pair and seals the team key to it. The server then does
the rest in one call to ``team_redeem_invitation`` (revision t011), a SECURITY DEFINER function
owned by the tables' owner and the only way a recruiter's or DPO's login may create a member: it
locks the invitation, checks it again (expiry by the *server's* clock), records the member with
the invitation's id, role, label and login (not values the client chooses), stores the sealed team
key, wipes the invitation's and lets the member login made for it log in for good (``VALID
UNTIL 'infinity'``). All in one transaction, so a code works exactly once even when two devices
race. The device key goes into the keychain *before* the commit: if the keychain refuses it,
nothing is committed and the code still works.

An invitation's deadline by the server's clock (``server_expires_at``) is the server's ``now()``
plus the validity, taken when it is made, not the inviting machine's clock: a member login made
for it is valid until then (``VALID UNTIL``), so the code-derived login cannot even log in after
the code expired, and a wrong clock on either machine does not stretch the code's life.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import uuid
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import Connection, Engine, bindparam, delete, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import DateTime, Integer, LargeBinary

from recruitdesk.clock import Clock
from recruitdesk.errors import (EnrolmentCodeExpired, EnrolmentCodeMalformed, EnrolmentCodeUnknown, EnrolmentCodeUsed,
                                EnrolmentCodeWithdrawn)
from recruitdesk.team import audit, member_logins, schema_version, sealing
from recruitdesk.team.candidates import require_current_generation
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.key_hierarchy import TeamKeys, member_holder, team_key_aad
from recruitdesk.team.membership import OpenTeam, with_epochs, keychain_account, label_aad
from recruitdesk.team.roles import Role, require_member_management
from recruitdesk.team.schema import invites, team
from recruitdesk.team.server_roles import REDEEM_FUNCTION
from recruitdesk.vault import crypto
from recruitdesk.vault.keychain import Keychain

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base 32: no I, L, O, U
CODE_CHARS = 20  # 100 bits
GROUP = 5
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})  # what people type for 0 and 1
VALID_FOR = dt.timedelta(hours=48)
VERIFIER_PURPOSE = "recruitdesk team enrolment verifier v1"
WRAPPING_PURPOSE = "recruitdesk team enrolment wrapping v1"


@dataclass(frozen=True)
class Invitation:
    """What the admin's screen shows once: the code, whom it is for and until when it works."""

    member_id: UUID
    role: Role
    code: str
    expires_at: dt.datetime


def new_code() -> str:
    """A fresh code in its printed form, ``XXXXX-XXXXX-XXXXX-XXXXX``."""
    plain = "".join(secrets.choice(ALPHABET) for _ in range(CODE_CHARS))
    return "-".join(plain[i:i + GROUP] for i in range(0, CODE_CHARS, GROUP))


def normalise(text: str) -> str:
    """The code's 20 characters as typed or pasted (any case, spaces or dashes, O for 0, I or L for 1)."""
    cleaned = "".join(ch for ch in (text or "").upper() if ch.isalnum()).translate(_READ_AS)
    if len(cleaned) != CODE_CHARS or any(ch not in ALPHABET for ch in cleaned):
        raise EnrolmentCodeMalformed()
    return cleaned


def _verifier_key(team_id: UUID, code: str) -> bytes:
    return crypto.derive_key(code.encode("ascii"), VERIFIER_PURPOSE, salt=team_id.bytes)


def _wrapping_key(team_id: UUID, code: str) -> bytes:
    return crypto.derive_key(code.encode("ascii"), WRAPPING_PURPOSE, salt=team_id.bytes)


def invite_aad(team_id: UUID, invite_id: UUID, member_id: UUID, role: Role, generation: int) -> bytes:
    """Binds the sealed team key to its invitation, the member id and the role given (the server cannot swap them)."""
    return f"recruitdesk/team/{team_id}/invite/{invite_id}/member/{member_id}/role/{role.value}/generation/{generation}".encode()


@translate_faults
def invite(engine: Engine, admin: OpenTeam, label: str, role: Role, clock: Clock, valid_for: dt.timedelta = VALID_FOR) -> Invitation:
    """Create a one-time code for a new member; only an admin may. Expired invitations are purged on the way."""
    require_member_management(admin.role)
    keys = admin.keys
    code, invite_id, member_id = new_code(), uuid.uuid4(), uuid.uuid4()
    plain = normalise(code)
    now = clock.now()
    expires_at = now + valid_for
    with engine.begin() as connection:
        require_current_generation(connection, admin)
        server_now: dt.datetime = connection.execute(select(func.now())).scalar_one()
        server_expires_at = server_now + valid_for  # the deadline by the server's clock
        connection.execute(delete(invites).where(invites.c.expires_at <= now, invites.c.redeemed_at.is_(None)))
        connection.execute(insert(invites).values(
            invite_id=invite_id, code_verifier=hashlib.sha256(_verifier_key(keys.team_id, plain)).digest(),
            member_id=member_id, role=role.value,
            label_sealed=crypto.seal(keys.team_key, label.encode("utf-8"), label_aad(keys.team_id, member_id)),
            generation=keys.generation,
            team_key_sealed=crypto.seal(_wrapping_key(keys.team_id, plain), keys.team_key,
                                        invite_aad(keys.team_id, invite_id, member_id, role, keys.generation)),
            created_at=now, expires_at=expires_at, server_expires_at=server_expires_at))
        if member_logins.available(connection, keys.team_id):  # the new member's own login, in the same transaction
            login = member_logins.login_name(plain)
            member_logins.create(connection, keys.team_id, login, member_logins.first_password(plain), role,
                                 valid_until=server_expires_at)
            connection.execute(update(invites).where(invites.c.invite_id == invite_id).values(login=login))
        audit.append(connection, admin, audit.MEMBER_INVITED, None, None, clock, member_id=member_id, detail=role.value)
    return Invitation(member_id, role, code, expires_at)


_REDEEM = text(f"SELECT {REDEEM_FUNCTION}(:verifier, :generation, :device_public_key, :sealed_key, :joined_at)").bindparams(
    bindparam("verifier", type_=LargeBinary), bindparam("generation", type_=Integer),
    bindparam("device_public_key", type_=LargeBinary), bindparam("sealed_key", type_=LargeBinary),
    bindparam("joined_at", type_=DateTime(timezone=True)))
# What the function's refusals (custom SQLSTATEs, revision t011) mean to the person typing the code.
_REFUSALS = {"RDE01": EnrolmentCodeUnknown, "RDE02": EnrolmentCodeUsed, "RDE03": EnrolmentCodeExpired,
             "RDE04": EnrolmentCodeWithdrawn}


@translate_faults
def redeem(engine: Engine, keychain: Keychain, code_text: str, clock: Clock) -> OpenTeam:
    """Join the team with a code on this device; returns the new member's open team."""
    plain = normalise(code_text)
    with engine.begin() as connection:
        team_id, generation = connection.execute(select(team.c.team_id, team.c.generation).with_for_update(read=True)).one()
        schema_version.require_writable(connection)
        verifier = _verifier_key(team_id, plain)
        # Read only: the server locks and checks the invitation again in the redeem function.
        row = _usable(connection.execute(select(invites).where(invites.c.code_verifier == func.sha256(verifier))).one_or_none(),
                      generation, clock)
        role = Role(row.role)
        try:
            team_key = crypto.unseal(_wrapping_key(team_id, plain), row.team_key_sealed,
                                     invite_aad(team_id, row.invite_id, row.member_id, role, generation))
        except crypto.SealBroken:  # an altered row: as good as no invitation at all
            raise EnrolmentCodeUnknown() from None
        keys = with_epochs(connection, TeamKeys(team_id, generation, team_key))
        device_key = sealing.new_private_key()
        _record_member(connection, keys, verifier, row.member_id, sealing.public_key_of(device_key), clock)
        joined = OpenTeam(keys, row.member_id, role)
        audit.append(connection, joined, audit.MEMBER_JOINED, None, None, clock, member_id=row.member_id, detail=role.value)
        keychain.store_device_key(keychain_account(team_id), device_key)
    return joined


def _usable(row, generation: int, clock: Clock):
    """The invitation row if the code may be redeemed now by this machine's clock; otherwise the
    translated reason why not (the server checks again, by its own clock, in the redeem function)."""
    if row is None:
        raise EnrolmentCodeUnknown()
    if row.redeemed_at is not None:
        raise EnrolmentCodeUsed()
    if row.expires_at <= clock.now():
        raise EnrolmentCodeExpired()
    if row.generation != generation or row.team_key_sealed is None:
        raise EnrolmentCodeWithdrawn()
    return row


def _record_member(connection: Connection, keys: TeamKeys, verifier: bytes, member_id: UUID, public_key: bytes,
                   clock: Clock) -> None:
    """The server's redeem function records the member the invitation names, this device's sealed
    team key and the invitation spent; its refusals become the code's own errors."""
    holder = member_holder(member_id)
    sealed_key = sealing.seal_to(public_key, keys.team_key, team_key_aad(keys.team_id, keys.generation, holder))
    try:  # a refusal aborts the transaction: nothing of this redemption is committed
        recorded = connection.scalar(_REDEEM, {"verifier": verifier, "generation": keys.generation,
                                               "device_public_key": public_key, "sealed_key": sealed_key,
                                               "joined_at": clock.now()})
    except DBAPIError as error:
        refusal = _REFUSALS.get(getattr(error.orig, "sqlstate", None) or "")
        if refusal is None:
            raise
        raise refusal() from None
    if recorded != member_id:  # the function found another invitation than the one read: never for one verifier
        raise EnrolmentCodeUnknown()


def withdraw_pending(connection: Connection) -> None:
    """Wipe the sealed team key of every unused invitation (a revocation renews the team key)."""
    connection.execute(update(invites).where(invites.c.redeemed_at.is_(None)).values(team_key_sealed=None))
