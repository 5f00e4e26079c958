"""Revoking a member: the team key is rotated so their device opens nothing, then every candidate
key is moved under the new keys in bounded batches that survive any interruption.

1. **Start** (one short transaction, under an exclusive lock on the team row): mark the member
   revoked; make team key generation n+1 and seal it to every remaining device and to the
   recovery public key, deleting every older generation's sealed keys; re-seal the existing epoch
   keys and every member's label under it; add a fresh epoch; withdraw unused enrolment codes;
   record the rotation (its target epoch and the previous search key, sealed under the new team
   key) and the audit entry. From this commit on, the revoked device finds no team key sealed to
   it and cannot open the vault; every remaining member opens generation n+1 and reads every
   candidate, moved or not, because the old epoch keys now live under the new team key.
2. **Batches** (``BATCH_SIZE`` candidates): re-wrap each candidate key under the new epoch and
   recompute its blind tokens, and its documents' tokens, with the new search key, outside any transaction; then, in one short
   transaction, lock the batch's rows and write it (a candidate saved or erased since it was read
   is left for the next batch), so colleagues' saves never wait behind the decryption work. Until the last
   batch, searches ask with both search keys (``TeamKeys.search_keys``), so every candidate is
   found whichever set it carries. A batch that dies with its connection (a killed client, a
   restarted server) is rolled back whole by PostgreSQL; running ``finish_revocation`` again
   carries on with the candidates not yet under the new epoch.
3. **Finish** (when no candidate is left): delete the old epochs and the rotation record, audit
   it, rewrite the key tables (VACUUM FULL) and checkpoint, as when an epoch is retired. Only now
   are the keys the revoked member held in memory useless against the live server.

What this cannot do is take back what the member already read or copied: their old keys still
open any copy of the old rows they kept. See docs/team-vault.md, section 3.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable
from uuid import UUID

from sqlalchemy import Connection, Engine, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import DBAPIError

from recruitdesk.clock import Clock
from recruitdesk.errors import RevocationUnfinished
from recruitdesk.team import audit, documents, enrolment, fields, firm_key, member_logins, schema_version, sealing
from recruitdesk.team.candidates import (PersonalFields, checkpoint, StaleTeamKeys, require_current_generation, require_current_role, token_rows,
                                         vacuum)
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.key_hierarchy import RECOVERY_HOLDER, TeamKeys, member_holder, previous_search_key_aad, team_key_aad
from recruitdesk.team.member_admin import UnknownMember, require_another_admin
from recruitdesk.team.membership import OpenTeam, label_aad
from recruitdesk.team.roles import Role, require_member_management
from recruitdesk.team.schema import (CANDIDATE_TABLES, KEY_TABLES, candidates, epochs, members, rotations, team, team_key_wraps,
                                     tokens)

from recruitdesk.vault import crypto

log = logging.getLogger(__name__)

BATCH_SIZE = 100  # the write transaction (mostly ~270 token rows a candidate) holds its rows about 1.5 s

__all__ = ["BATCH_SIZE", "CannotRevokeSelf", "RevocationProgress", "UnknownMember", "finish_revocation", "pending_revocation",
           "require_no_rotation", "revoke_member", "start_revocation"]


class CannotRevokeSelf(Exception):
    """An admin cannot revoke their own device (another admin, or the recovery key, must)."""


@dataclass(frozen=True)
class RevocationProgress:
    """How far the candidates have been moved to the new keys; ``finished`` once the old keys are gone."""

    moved: int
    total: int
    finished: bool = False


ProgressReport = Callable[[RevocationProgress], None]


@translate_faults
def revoke_member(engine: Engine, admin: OpenTeam, member_id: UUID, clock: Clock, batch_size: int = BATCH_SIZE,
                  on_progress: ProgressReport | None = None) -> OpenTeam:
    """Revoke ``member_id`` and carry the rotation through to the end; returns the admin's new open team.

    An earlier revocation left unfinished is finished first."""
    finish_revocation(engine, admin, clock, batch_size, on_progress)
    renewed = start_revocation(engine, admin, member_id, clock)
    finish_revocation(engine, renewed, clock, batch_size, on_progress)
    return renewed


@translate_faults
def start_revocation(engine: Engine, admin: OpenTeam, member_id: UUID, clock: Clock) -> OpenTeam:
    """Step 1: the revoked device is locked out when this returns; the candidates are moved by ``finish_revocation``."""
    require_member_management(admin.role)
    if member_id == admin.member_id:
        raise CannotRevokeSelf(str(member_id))
    old = admin.keys
    new = TeamKeys(old.team_id, old.generation + 1, crypto.random_key(), previous_search_key=old.search_key)
    renewed = OpenTeam(new, admin.member_id, admin.role)
    with engine.begin() as connection:
        current = connection.execute(select(team.c.generation).with_for_update()).scalar_one()
        schema_version.require_writable(connection)
        if current != old.generation:
            raise StaleTeamKeys(f"generation {old.generation}, server has {current}")
        require_current_role(connection, admin)
        require_no_rotation(connection)
        login = _mark_revoked(connection, member_id, clock)
        if login is not None:  # their own database login: no more log-ins from this transaction on
            _lock_out(connection, old.team_id, login)
        epoch_id = _reseal_epochs(connection, old, new, clock)
        _reseal_for_holders(connection, old, new)
        firm_key.reseal(connection, old, new)  # vacancies and tags stay readable for those who stay
        enrolment.withdraw_pending(connection)
        connection.execute(insert(rotations).values(
            generation=new.generation, epoch_id=epoch_id, revoked_member_id=member_id, started_at=clock.now(),
            previous_search_key_sealed=crypto.seal(new.team_key, old.search_key, previous_search_key_aad(new.team_id, new.generation))))
        connection.execute(update(team).values(generation=new.generation))
        audit.append(connection, renewed, audit.MEMBER_REVOKED, None, None, clock, member_id=member_id)
    return renewed


def _lock_out(connection: Connection, team_id: UUID, login: str) -> None:
    """Take the login's log-ins away; an admin's login the server does not let do it (no CREATEROLE)
    still revokes: the new team key is what keeps the member out of everything written from now on."""
    try:
        with connection.begin_nested():
            member_logins.lock_out(connection, team_id, login)
    except DBAPIError as error:
        log.warning("a revoked member's database login was left as it was (sqlstate %s)", getattr(error.orig, "sqlstate", None))


def _mark_revoked(connection: Connection, member_id: UUID, clock: Clock) -> str | None:
    """Mark the member revoked; returns their database login, if they have one."""
    found = connection.execute(select(members.c.role, members.c.login)
                               .where(members.c.member_id == member_id, members.c.revoked_at.is_(None))
                               .with_for_update()).one_or_none()
    if found is None:
        raise UnknownMember(str(member_id))
    if found.role == Role.ADMIN.value:
        require_another_admin(connection, member_id)
    connection.execute(update(members).where(members.c.member_id == member_id).values(revoked_at=clock.now()))
    return found.login


def _reseal_epochs(connection: Connection, old: TeamKeys, new: TeamKeys, clock: Clock) -> int:
    """Every epoch key under the new team key (read from the server, so none is missed), plus a fresh epoch."""
    reading = TeamKeys(old.team_id, old.generation, old.team_key)
    for epoch_id, sealed in connection.execute(select(epochs.c.epoch_id, epochs.c.sealed_key)).all():
        reading.open_epoch(epoch_id, sealed)
        new.epochs[epoch_id] = reading.epochs[epoch_id]
        connection.execute(update(epochs).where(epochs.c.epoch_id == epoch_id)
                           .values(sealed_key=new.seal_epoch(epoch_id, new.epochs[epoch_id])))
    fresh = (max(new.epochs) if new.epochs else 0) + 1
    new.epochs[fresh] = crypto.random_key()
    connection.execute(insert(epochs).values(epoch_id=fresh, sealed_key=new.seal_epoch(fresh, new.epochs[fresh]), started_on=clock.today()))
    return fresh


def _reseal_for_holders(connection: Connection, old: TeamKeys, new: TeamKeys) -> None:
    """The new team key for each remaining device and the recovery kit; every member's label under it."""
    recovery_public = connection.execute(select(team.c.recovery_public_key)).scalar_one()
    holders = [(RECOVERY_HOLDER, recovery_public)]
    for member_id, public_key, label_sealed, revoked_at in connection.execute(
            select(members.c.member_id, members.c.device_public_key, members.c.label_sealed, members.c.revoked_at)).all():
        if revoked_at is None:
            holders.append((member_holder(member_id), public_key))
        label = crypto.unseal(old.team_key, label_sealed, label_aad(old.team_id, member_id))
        connection.execute(update(members).where(members.c.member_id == member_id)
                           .values(label_sealed=crypto.seal(new.team_key, label, label_aad(new.team_id, member_id))))
    for holder, public_key in holders:
        connection.execute(insert(team_key_wraps).values(
            generation=new.generation, holder=holder,
            sealed_key=sealing.seal_to(public_key, new.team_key, team_key_aad(new.team_id, new.generation, holder))))
    connection.execute(delete(team_key_wraps).where(team_key_wraps.c.generation < new.generation))


@translate_faults
def finish_revocation(engine: Engine, admin: OpenTeam, clock: Clock, batch_size: int = BATCH_SIZE,
                      on_progress: ProgressReport | None = None) -> RevocationProgress | None:
    """Steps 2 and 3: move the remaining candidates batch by batch, then retire the old keys.

    Safe to call again after any interruption; returns None when no revocation was pending."""
    require_member_management(admin.role)
    moved_any = False
    while True:
        with engine.connect() as connection:
            epoch_id = connection.scalar(select(rotations.c.epoch_id).where(rotations.c.generation == admin.keys.generation))
            batch = [] if epoch_id is None else connection.execute(
                select(*MOVED_COLUMNS).where(candidates.c.epoch_id != epoch_id)
                .order_by(candidates.c.candidate_id).limit(batch_size)).all()
            batch_documents = documents.rotation_rows(connection, [row.candidate_id for row in batch])
        if epoch_id is None:
            return None
        prepared = _prepare(admin.keys, epoch_id, batch)  # the slow part (decrypt, HMACs) before any lock is taken
        prepared_documents = documents.retokenised(admin.keys, {moved.candidate_id: moved.key for moved in prepared},
                                                   batch_documents)
        with engine.begin() as connection:
            require_current_generation(connection, admin)
            rotation = connection.execute(select(rotations).where(rotations.c.generation == admin.keys.generation)).one_or_none()
            if rotation is None:  # another admin's client finished it meanwhile
                return None
            if batch:
                moved_ids = _apply(connection, rotation.epoch_id, prepared)
                documents.apply_retokenised(connection, [tokens_of for tokens_of in prepared_documents
                                                         if tokens_of.candidate_id in moved_ids])
            else:
                _close(connection, admin, rotation, clock)
            progress = _progress(connection, rotation.epoch_id, finished=not batch)
        moved_any = moved_any or bool(batch)
        if progress.finished:
            break
        if on_progress is not None:
            on_progress(progress)
    admin.keys.previous_search_key = None
    for old_epoch in [known for known in admin.keys.epochs if known != rotation.epoch_id]:
        admin.keys.forget_epoch(old_epoch)
    _scrub(engine, moved_any)
    if on_progress is not None:
        on_progress(progress)
    return progress


MOVED_COLUMNS = (candidates.c.candidate_id, candidates.c.version, candidates.c.epoch_id, candidates.c.wrapped_key,
                 candidates.c.name_sealed, candidates.c.email_sealed, candidates.c.cv_text_sealed)


@dataclass(frozen=True)
class _Moved:
    """One candidate ready to move: the version it was read at, its new wrapped key and its new tokens."""

    candidate_id: UUID
    version: int
    wrapped_key: bytes
    tokens: list[dict]
    key: bytes = field(repr=False)  # the candidate key itself, to re-tokenise their documents' texts


def _prepare(keys: TeamKeys, epoch_id: int, batch) -> list[_Moved]:
    """Each candidate key re-wrapped under the new epoch and the tokens recomputed with the new search key."""
    team_id = keys.team_id
    prepared = []
    for row in batch:
        key = keys.candidate_key(row.candidate_id, row.epoch_id, row.wrapped_key)
        personal = PersonalFields(fields.decrypt_text(key, team_id, row.candidate_id, "name", row.name_sealed) or "",
                                  fields.decrypt_text(key, team_id, row.candidate_id, "email", row.email_sealed),
                                  fields.decrypt_text(key, team_id, row.candidate_id, "cv_text", row.cv_text_sealed))
        prepared.append(_Moved(row.candidate_id, row.version, keys.wrap_candidate_key(row.candidate_id, epoch_id, key),
                               token_rows(keys.search_key, row.candidate_id, personal), key))
    return prepared


def _apply(connection: Connection, epoch_id: int, prepared: list[_Moved]) -> set[UUID]:
    """Write the batch under row locks, skipping a candidate saved or erased since it was read (the next batch takes it);
    returns the ids of the candidates moved."""
    locked = dict(connection.execute(select(candidates.c.candidate_id, candidates.c.version)
                                     .where(candidates.c.candidate_id.in_([moved.candidate_id for moved in prepared]))
                                     .with_for_update()).all())
    ready = [moved for moved in prepared if locked.get(moved.candidate_id) == moved.version]
    if not ready:
        return set()
    connection.execute(update(candidates).where(candidates.c.candidate_id == bindparam("moved_id"))
                       .values(epoch_id=epoch_id, wrapped_key=bindparam("new_key")),
                       [{"moved_id": moved.candidate_id, "new_key": moved.wrapped_key} for moved in ready])
    connection.execute(delete(tokens).where(tokens.c.candidate_id.in_([moved.candidate_id for moved in ready])))
    new_tokens = [row for moved in ready for row in moved.tokens]
    if new_tokens:
        connection.execute(insert(tokens), new_tokens)
    return {moved.candidate_id for moved in ready}


def _close(connection: Connection, admin: OpenTeam, rotation, clock: Clock) -> None:
    """Every candidate is under the new epoch: the old epochs go (the foreign key refuses if one were still used)."""
    connection.execute(delete(epochs).where(epochs.c.epoch_id != rotation.epoch_id))
    connection.execute(delete(rotations).where(rotations.c.generation == rotation.generation))
    audit.append(connection, admin, audit.REVOCATION_FINISHED, None, None, clock, member_id=rotation.revoked_member_id)


def _progress(connection: Connection, epoch_id: int, finished: bool = False) -> RevocationProgress:
    total, moved = connection.execute(select(func.count(), func.count().filter(candidates.c.epoch_id == epoch_id))).one()
    return RevocationProgress(moved, total, finished)


def _scrub(engine: Engine, candidates_moved: bool) -> None:
    """Rewrite the small key tables so no dead tuple keeps an old epoch key, then checkpoint."""
    vacuum(engine, KEY_TABLES, full=True)
    if candidates_moved:
        vacuum(engine, CANDIDATE_TABLES)
    checkpoint(engine)


@translate_faults
def pending_revocation(engine: Engine, team_open: OpenTeam) -> RevocationProgress | None:
    """The unfinished revocation's progress (for an admin's reminder), or None."""
    with engine.connect() as connection:
        epoch_id = connection.scalar(select(rotations.c.epoch_id).where(rotations.c.generation == team_open.keys.generation))
        return None if epoch_id is None else _progress(connection, epoch_id)


def require_no_rotation(connection: Connection) -> None:
    """Refuse a key change (another revocation, an epoch started or retired) while candidates are being moved."""
    epoch_id = connection.scalar(select(rotations.c.epoch_id))
    if epoch_id is not None:
        progress = _progress(connection, epoch_id)
        raise RevocationUnfinished(moved=progress.moved, total=progress.total)
