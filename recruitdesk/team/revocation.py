"""Revoking a member: the team key is rotated so their device key opens nothing written afterwards.

In one transaction, under a lock on the team row (so no member saves halfway through):
mark the member revoked; make team key generation n+1 and seal it to every remaining device and
to the recovery public key; start a fresh epoch under it and re-wrap every candidate key under
that epoch; recompute every candidate's blind tokens with the new search key (the revoked
member knew the old one); re-seal the members' labels; delete the old epochs and every older
generation's sealed team keys. Then the key tables are rewritten (VACUUM FULL) and checkpointed,
as when an epoch is retired.

What this cannot do is take back what the member already read or copied: their old keys still
open any copy of the old rows they kept. See docs/team-vault.md, section 3.
"""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import Connection, Engine, delete, insert, select, text, update

from recruitdesk.clock import Clock
from recruitdesk.team import fields, schema_version, sealing
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.candidates import PersonalFields, token_rows, vacuum
from recruitdesk.team.key_hierarchy import RECOVERY_HOLDER, TeamKeys, member_holder, team_key_aad
from recruitdesk.team.membership import OpenTeam, label_aad
from recruitdesk.team.roles import require_member_management
from recruitdesk.team.schema import CANDIDATE_TABLES, KEY_TABLES, candidates, epochs, members, team, team_key_wraps, tokens
from recruitdesk.vault import crypto


class CannotRevokeSelf(Exception):
    """An admin cannot revoke their own device (another admin, or the recovery key, must)."""


class UnknownMember(Exception):
    """No active member with this id."""


@translate_faults
def revoke_member(engine: Engine, admin: OpenTeam, member_id: UUID, clock: Clock) -> OpenTeam:
    """Revoke ``member_id`` and rotate every key below the devices; returns the admin's new open team."""
    require_member_management(admin.role)
    if member_id == admin.member_id:
        raise CannotRevokeSelf(str(member_id))
    old = admin.keys
    new = TeamKeys(old.team_id, old.generation + 1, crypto.random_key())
    with engine.begin() as connection:
        connection.execute(select(team.c.generation).with_for_update()).one()
        schema_version.require_writable(connection)
        revoked = connection.execute(update(members).where(members.c.member_id == member_id, members.c.revoked_at.is_(None))
                                     .values(revoked_at=clock.now())).rowcount
        if not revoked:
            raise UnknownMember(str(member_id))
        epoch_id = (max(old.epochs) if old.epochs else 0) + 1
        new.epochs[epoch_id] = crypto.random_key()
        connection.execute(insert(epochs).values(epoch_id=epoch_id, sealed_key=new.seal_epoch(epoch_id, new.epochs[epoch_id]),
                                                 started_on=clock.today()))
        _rewrap_and_retokenise(connection, old, new, epoch_id)
        connection.execute(delete(epochs).where(epochs.c.epoch_id != epoch_id))
        _reseal_for_holders(connection, old, new)
        connection.execute(update(team).values(generation=new.generation))
    vacuum(engine, KEY_TABLES, full=True)
    vacuum(engine, CANDIDATE_TABLES)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("CHECKPOINT"))
    return OpenTeam(new, admin.member_id, admin.role)


def _rewrap_and_retokenise(connection: Connection, old: TeamKeys, new: TeamKeys, epoch_id: int) -> None:
    team_id = old.team_id
    rows = connection.execute(select(candidates.c.candidate_id, candidates.c.epoch_id, candidates.c.wrapped_key,
                                     candidates.c.name_sealed, candidates.c.email_sealed, candidates.c.cv_text_sealed)).all()
    for row in rows:
        key = old.candidate_key(row.candidate_id, row.epoch_id, row.wrapped_key)
        personal = PersonalFields(fields.decrypt_text(key, team_id, row.candidate_id, "name", row.name_sealed) or "",
                                  fields.decrypt_text(key, team_id, row.candidate_id, "email", row.email_sealed),
                                  fields.decrypt_text(key, team_id, row.candidate_id, "cv_text", row.cv_text_sealed))
        connection.execute(update(candidates).where(candidates.c.candidate_id == row.candidate_id)
                           .values(epoch_id=epoch_id, wrapped_key=new.wrap_candidate_key(row.candidate_id, epoch_id, key)))
        connection.execute(delete(tokens).where(tokens.c.candidate_id == row.candidate_id))
        connection.execute(insert(tokens), token_rows(new.search_key, row.candidate_id, personal))


def _reseal_for_holders(connection: Connection, old: TeamKeys, new: TeamKeys) -> None:
    """The new team key for each remaining device and the recovery kit; the members' labels under it."""
    recovery_public = connection.execute(select(team.c.recovery_public_key)).scalar_one()
    holders = [(RECOVERY_HOLDER, recovery_public)]
    for member_id, public_key, label_sealed in connection.execute(
            select(members.c.member_id, members.c.device_public_key, members.c.label_sealed).where(members.c.revoked_at.is_(None))):
        holders.append((member_holder(member_id), public_key))
        label = crypto.unseal(old.team_key, label_sealed, label_aad(old.team_id, member_id))
        connection.execute(update(members).where(members.c.member_id == member_id)
                           .values(label_sealed=crypto.seal(new.team_key, label, label_aad(new.team_id, member_id))))
    for holder, public_key in holders:
        connection.execute(insert(team_key_wraps).values(
            generation=new.generation, holder=holder,
            sealed_key=sealing.seal_to(public_key, new.team_key, team_key_aad(new.team_id, new.generation, holder))))
    connection.execute(delete(team_key_wraps).where(team_key_wraps.c.generation < new.generation))
