"""Starting and retiring epoch keys: the crypto-erasure half of erasing a candidate.

A new epoch starts each period (a month, say): new candidate keys are wrapped under it.
Retiring an old epoch re-wraps the candidate keys of everyone still in the vault under the
current epoch, deletes the epoch's sealed key from the server and rewrites the tiny key table
(VACUUM FULL) so no dead tuple keeps it. From then on, a candidate erased while their key lived
under that epoch cannot be decrypted from any copy of their rows (dead tuples, WAL, a backup),
even by a member with the current team key: the epoch key exists nowhere any more. Old backups
still hold the epoch's sealed key until the firm's backup period ends; see docs/team-vault.md.
"""

from __future__ import annotations

from sqlalchemy import Engine, delete, func, insert, select, update

from recruitdesk.clock import Clock
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.candidates import checkpoint, require_current_generation, vacuum
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.key_renewal import require_no_renewal
from recruitdesk.team.revocation import require_no_rotation
from recruitdesk.team.roles import require_member_management
from recruitdesk.team.schema import CANDIDATE_TABLES, candidates, epochs
from recruitdesk.vault import crypto


class CurrentEpoch(Exception):
    """The newest epoch cannot be retired: start a new one first."""


@translate_faults
def start_epoch(engine: Engine, team: OpenTeam, clock: Clock) -> int:
    """A new epoch key, sealed under the team key; new candidates' keys go under it."""
    require_member_management(team.role)
    with engine.begin() as connection:
        require_current_generation(connection, team)
        require_no_rotation(connection)
        require_no_renewal(connection)  # a retirement could move old keys under the renewal's epoch
        epoch_id = (connection.scalar(select(func.max(epochs.c.epoch_id))) or 0) + 1
        epoch_key = crypto.random_key()
        connection.execute(insert(epochs).values(epoch_id=epoch_id, sealed_key=team.keys.seal_epoch(epoch_id, epoch_key),
                                                 started_on=clock.today()))
    team.keys.epochs[epoch_id] = epoch_key
    return epoch_id


@translate_faults
def retire_epoch(engine: Engine, team: OpenTeam, epoch_id: int) -> int:
    """Move the epoch's live candidates under the current epoch and destroy it; returns how many moved."""
    require_member_management(team.role)
    current = team.keys.current_epoch
    if epoch_id == current:
        raise CurrentEpoch(str(epoch_id))
    with engine.begin() as connection:
        require_current_generation(connection, team)
        require_no_rotation(connection)
        require_no_renewal(connection)  # a retirement could move old keys under the renewal's epoch
        rows = connection.execute(select(candidates.c.candidate_id, candidates.c.wrapped_key)
                                  .where(candidates.c.epoch_id == epoch_id).with_for_update()).all()
        for candidate_id, wrapped in rows:
            key = team.keys.candidate_key(candidate_id, epoch_id, wrapped)
            connection.execute(update(candidates).where(candidates.c.candidate_id == candidate_id)
                               .values(epoch_id=current, wrapped_key=team.keys.wrap_candidate_key(candidate_id, current, key)))
        connection.execute(delete(epochs).where(epochs.c.epoch_id == epoch_id))
    team.keys.forget_epoch(epoch_id)
    vacuum(engine, (epochs.name,), full=True)
    vacuum(engine, CANDIDATE_TABLES)
    checkpoint(engine)
    return len(rows)
