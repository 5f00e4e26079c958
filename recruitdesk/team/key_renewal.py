"""Deep rotation: every candidate gets a new key and every value sealed under the old one is sealed again.

Why: a revocation renews the team key and re-wraps the candidate keys, but the candidate keys stay
the same, so a revoked member who noted some could read those candidates in server data they get
hold of later. After a hostile departure an administrator renews every candidate key (an explicit
action, ``renew_candidate_keys``); from then on no live row opens with a key the leaver could have kept.

1. **Start** (one short transaction, the team row locked for update): a fresh epoch, its id kept in
   ``team_meta`` (``MARKER``) so an interrupted run knows where it stands, and ``candidate-keys-renewal-started``
   in the audit. While it runs, starting or retiring an epoch is refused (``require_no_renewal``): a
   retirement would move candidates with their old keys under the renewal's epoch.
2. **One candidate per transaction**: lock the candidate's row FOR UPDATE (every write of a candidate's
   records takes a lock on that row first, ``records.candidate_key``, so none is halfway meanwhile; a row a
   colleague holds is skipped and taken in a later pass), open every value sealed under their key with the
   same associated data (``SEALED``), seal it again under a new random key, wrap that key under the
   renewal's epoch, and raise the version of the candidate (and of their facts) and of every versioned
   record touched: a colleague's save that read the old key before this commit is then refused as a
   version conflict (it would have sealed under the old key) instead of written. Audited per candidate
   (``candidate-key-renewed``, the acting admin, the new version) and announced on the change feed. A
   candidate is either wholly under the old key or wholly under the new one: a run cut off anywhere
   rolls back at most the candidate in progress, and running again carries on with the candidates not
   yet under the renewal's epoch (new candidates are born there, with fresh keys).
3. **Finish**: no candidate left outside the renewal's epoch: the older epochs and the marker go, the
   finish is audited, the key tables rewritten (VACUUM FULL) and the candidate tables vacuumed.

The blind search tokens are made with the search key (from the team key), not with candidate keys, so
they stay as they are. The firm key (vacancies, tags, the firm profile, the register's details of erased
candidates, the suppression list's reasons and carried keys) is renewed by the same run, once, before the
candidates (``firm_key_renewal``, one transaction). What a leaver copied before the renewal (rows, backups) still opens with the keys
they kept: nothing takes that back (docs/team-vault.md, section 3).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable
from uuid import UUID

from sqlalchemy import Column, Connection, Engine, Table, delete, func, insert, select, update

from recruitdesk.clock import Clock
from recruitdesk.errors import CandidateKeyRenewalUnfinished
from recruitdesk.team import applications, audit, change_feed, consents, contacts, countdowns, documents, fields, hold_releases, notes
from recruitdesk.team import firm_key_renewal, records, request_locks, stage_history
from recruitdesk.team.candidates import checkpoint, require_current_generation, vacuum
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.key_hierarchy import TeamKeys
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.revocation import finish_revocation, require_no_rotation
from recruitdesk.team.roles import require_member_management
from recruitdesk.team.schema import (CANDIDATE_TABLES, KEY_TABLES, candidates, epochs, meta, note_revisions, request_details,
                                     requests, stage_moves, team)
from recruitdesk.team.schema import hold_releases as hold_release_table
from recruitdesk.team.schema import applications as application_table
from recruitdesk.team.schema import consents as consent_table
from recruitdesk.team.schema import contacts as contact_table
from recruitdesk.team.schema import documents as document_table
from recruitdesk.team.schema import notes as note_table
from recruitdesk.vault import crypto

MARKER = "candidate_key_renewal"  # team_meta: the epoch every renewed candidate key is wrapped under
CHUNK = 100  # candidates picked per query; each is still renewed in its own transaction
STARTED, RENEWED, FINISHED = "candidate-keys-renewal-started", "candidate-key-renewed", "candidate-keys-renewed"

__all__ = ["FINISHED", "KeyRenewalProgress", "MARKER", "RENEWED", "SEALED", "STARTED", "pending_renewal", "renew_candidate_keys",
           "require_no_renewal"]

# --- every value sealed under a candidate's key, with the associated data it was sealed with ----------------
Aad = Callable[[UUID, UUID, Any, str], bytes]  # (team id, candidate id, row, column name without "_sealed")


def _record(kind: str, id_column: str, column: str | None = None) -> Aad:
    def aad(team_id: UUID, candidate_id: UUID, row: Any, sealed_column: str) -> bytes:
        return records.record_aad(team_id, records.owner_of(candidate_id), kind, getattr(row, id_column), column or sealed_column)
    return aad


def _revision(team_id: UUID, candidate_id: UUID, row: Any, _column: str) -> bytes:
    return records.record_aad(team_id, records.owner_of(candidate_id), notes.REVISION_KIND, row.note_id, f"content.v{row.version}")


@dataclass(frozen=True)
class Sealed:
    """A table holding values sealed under the candidate's key: its id column, its sealed columns, how
    each value's associated data is made, and the record kind a versioned row is announced as."""

    table: Table
    id_column: Column
    columns: tuple[str, ...]  # without the "_sealed" suffix
    aad: Aad
    versioned_kind: str | None = None  # the row has a version to raise (records.save_version's kind)
    extra: tuple[str, ...] = ()  # further plain columns the associated data needs


_CONTENT = "content"
SEALED: tuple[Sealed, ...] = (
    Sealed(document_table, document_table.c.document_id, ("filename", "media_type", "content", "text"),
           _record(documents.KIND, "document_id"), documents.KIND),
    Sealed(note_table, note_table.c.note_id, (_CONTENT,), _record(notes.KIND, "note_id"), notes.KIND),
    Sealed(note_revisions, note_revisions.c.revision_id, (_CONTENT,), _revision, extra=("note_id", "version")),
    Sealed(consent_table, consent_table.c.consent_id, (_CONTENT,), _record(consents.KIND, "consent_id"), consents.KIND),
    Sealed(contact_table, contact_table.c.contact_id, (_CONTENT,), _record(contacts.KIND, "contact_id")),
    Sealed(application_table, application_table.c.application_id, (_CONTENT,), _record(applications.KIND, "application_id"),
           applications.KIND),
    Sealed(stage_moves, stage_moves.c.move_id, (_CONTENT,), _record(stage_history.KIND, "move_id")),
    Sealed(hold_release_table, hold_release_table.c.release_id, (_CONTENT,), _record(hold_releases.KIND, "release_id", "reason")),
    # The register's details about a candidate; their request (its own row, versioned) is raised below.
    Sealed(request_details, request_details.c.request_id, (_CONTENT,), _record(request_locks.KIND, "request_id", "details")),
)
CANDIDATE_COLUMNS = ("name", "email", "cv_text", "phone", "city", "linkedin", countdowns.FACTS_COLUMN)


@dataclass(frozen=True)
class KeyRenewalProgress:
    """How many candidates have their new key; ``finished`` once the old epochs are gone."""

    renewed: int
    total: int
    finished: bool = False


ProgressReport = Callable[[KeyRenewalProgress], None]


@translate_faults
def renew_candidate_keys(engine: Engine, admin: OpenTeam, clock: Clock, on_progress: ProgressReport | None = None) -> KeyRenewalProgress:
    """Give the firm and every candidate a new key and seal everything under the old ones again (an administrator's action).

    A revocation left unfinished is finished first. Safe to run again after any interruption: it goes on
    where the last run stopped."""
    require_member_management(admin.role)
    finish_revocation(engine, admin, clock)
    epoch_id = _start(engine, admin, clock)
    firm_key_renewal.renew_firm_key(engine, admin, epoch_id, clock)  # once per run; a resumed run skips it
    wait_for_locks = False
    while True:
        renewed_now = 0
        after: UUID | None = None
        while True:  # one pass over the candidates still under an older epoch, in id order
            with engine.connect() as connection:
                statement = select(candidates.c.candidate_id).where(candidates.c.epoch_id != epoch_id)
                if after is not None:
                    statement = statement.where(candidates.c.candidate_id > after)
                chunk = list(connection.scalars(statement.order_by(candidates.c.candidate_id).limit(CHUNK)))
            if not chunk:
                break
            for candidate_id in chunk:
                renewed_now += _renew_one(engine, admin, epoch_id, candidate_id, clock, skip_locked=not wait_for_locks)
            after = chunk[-1]
            if on_progress is not None:
                on_progress(_progress_of(engine, epoch_id))
        progress = _finish_if_done(engine, admin, epoch_id, clock)
        if progress.finished:
            break
        wait_for_locks = renewed_now == 0  # only candidates a colleague held: wait for their locks this time
    for old_epoch in [known for known in admin.keys.epochs if known != epoch_id]:
        admin.keys.forget_epoch(old_epoch)
    vacuum(engine, KEY_TABLES, full=True)
    vacuum(engine, CANDIDATE_TABLES)
    vacuum(engine, firm_key_renewal.FIRM_TABLES)
    checkpoint(engine)
    if on_progress is not None:
        on_progress(progress)
    return progress


def _start(engine: Engine, admin: OpenTeam, clock: Clock) -> int:
    """The renewal's epoch: the one an interrupted run left in ``team_meta``, or a fresh one (audited)."""
    with engine.begin() as connection:
        connection.execute(select(team.c.generation).with_for_update())  # one start at a time; writers wait a moment
        require_current_generation(connection, admin)
        require_no_rotation(connection)
        epoch_id = _marked_epoch(connection)
        if epoch_id is None:
            epoch_id = (connection.scalar(select(func.max(epochs.c.epoch_id))) or 0) + 1
            epoch_key = crypto.random_key()
            connection.execute(insert(epochs).values(epoch_id=epoch_id, sealed_key=admin.keys.seal_epoch(epoch_id, epoch_key),
                                                     started_on=clock.today()))
            connection.execute(delete(meta).where(meta.c.name == MARKER))
            connection.execute(insert(meta).values(name=MARKER, value=str(epoch_id)))
            firm_key_renewal.forget_marker(connection)  # a new run renews the firm key again
            admin.keys.epochs[epoch_id] = epoch_key
            audit.append(connection, admin, STARTED, None, None, clock)
        elif epoch_id not in admin.keys.epochs:  # started by another admin's client after this one opened the team
            admin.keys.open_epoch(epoch_id, connection.execute(select(epochs.c.sealed_key).where(epochs.c.epoch_id == epoch_id)).scalar_one())
    return epoch_id


def _marked_epoch(connection: Connection) -> int | None:
    """The epoch of a renewal under way, if its epoch still exists (a revocation since then retired it: start again)."""
    value = connection.scalar(select(meta.c.value).where(meta.c.name == MARKER))
    if value is None:
        return None
    epoch_id = int(value)
    return epoch_id if connection.scalar(select(epochs.c.epoch_id).where(epochs.c.epoch_id == epoch_id)) is not None else None


def _renew_one(engine: Engine, admin: OpenTeam, epoch_id: int, candidate_id: UUID, clock: Clock, skip_locked: bool) -> int:
    """One candidate, in one transaction; 1 when renewed, 0 when erased, already renewed or (``skip_locked``) held by a colleague."""
    keys = admin.keys
    with engine.begin() as connection:
        require_current_generation(connection, admin)
        row = connection.execute(select(candidates).where(candidates.c.candidate_id == candidate_id, candidates.c.epoch_id != epoch_id)
                                 .with_for_update(skip_locked=skip_locked)).one_or_none()
        if row is None:
            return 0
        old_key = keys.candidate_key(candidate_id, row.epoch_id, bytes(row.wrapped_key))
        new_key = crypto.random_key()
        values = {f"{column}_sealed": _reseal(old_key, new_key, fields.field_aad(keys.team_id, candidate_id, column),
                                              row._mapping[f"{column}_sealed"]) for column in CANDIDATE_COLUMNS}
        version = connection.execute(update(candidates).where(candidates.c.candidate_id == candidate_id)
                                     .values(epoch_id=epoch_id, wrapped_key=keys.wrap_candidate_key(candidate_id, epoch_id, new_key),
                                             version=candidates.c.version + 1, facts_version=candidates.c.facts_version + 1, **values)
                                     .returning(candidates.c.version)).scalar_one()
        announced = [_reseal_table(connection, keys, sealed, candidate_id, old_key, new_key) for sealed in SEALED]
        raised_requests = connection.execute(update(requests).where(requests.c.request_id.in_(
            select(request_details.c.request_id).where(request_details.c.candidate_id == candidate_id)))
            .values(version=requests.c.version + 1).returning(requests.c.request_id, requests.c.version)).all()
        audit.append(connection, admin, RENEWED, candidate_id, version, clock)
        change_feed.announce(connection, candidate_id, version)
        for kind, record_id, record_version in [item for changed in announced for item in changed] + \
                [(request_locks.KIND, request_id, request_version) for request_id, request_version in raised_requests]:
            change_feed.announce_record(connection, kind, record_id, candidate_id, record_version)
    return 1


def _reseal_table(connection: Connection, keys: TeamKeys, sealed: Sealed, candidate_id: UUID, old_key: bytes,
                  new_key: bytes) -> list[tuple[str, UUID, int]]:
    """Every row of the candidate in one table sealed again (versions raised); the records to announce."""
    table = sealed.table
    columns = [sealed.id_column, *(table.c[name] for name in sealed.extra), *(table.c[f"{name}_sealed"] for name in sealed.columns)]
    rows = connection.execute(select(*columns).where(table.c.candidate_id == candidate_id)
                              .order_by(sealed.id_column).with_for_update()).all()
    changed = []
    for row in rows:
        values = {f"{name}_sealed": _reseal(old_key, new_key, sealed.aad(keys.team_id, candidate_id, row, name),
                                            row._mapping[f"{name}_sealed"]) for name in sealed.columns}
        statement = update(table).where(sealed.id_column == row._mapping[sealed.id_column.name])
        if sealed.versioned_kind is None:
            connection.execute(statement.values(**values))
        else:
            version = connection.execute(statement.values(version=table.c.version + 1, **values).returning(table.c.version)).scalar_one()
            changed.append((sealed.versioned_kind, row._mapping[sealed.id_column.name], version))
    return changed


def _reseal(old_key: bytes, new_key: bytes, aad: bytes, value: bytes | None) -> bytes | None:
    """The same padded plaintext under the new key (so lengths stay what the padding made them)."""
    if value is None:
        return None
    try:
        plain = crypto.unseal(old_key, bytes(value), aad)
    except crypto.SealBroken as exc:
        raise fields.FieldDamaged(aad.decode().rsplit("/", 1)[-1]) from exc
    return crypto.seal(new_key, plain, aad)


def _finish_if_done(engine: Engine, admin: OpenTeam, epoch_id: int, clock: Clock) -> KeyRenewalProgress:
    """Close the renewal when no candidate is left under an older epoch (checked under the team row's lock)."""
    with engine.begin() as connection:
        connection.execute(select(team.c.generation).with_for_update())
        require_current_generation(connection, admin)
        progress = _progress(connection, epoch_id)
        if progress.renewed < progress.total:
            return progress
        connection.execute(delete(epochs).where(epochs.c.epoch_id != epoch_id))  # the foreign key refuses one still used
        connection.execute(delete(meta).where(meta.c.name == MARKER))
        firm_key_renewal.forget_marker(connection)
        audit.append(connection, admin, FINISHED, None, None, clock)
    return KeyRenewalProgress(progress.renewed, progress.total, finished=True)


def _progress(connection: Connection, epoch_id: int | None) -> KeyRenewalProgress:
    total, renewed = connection.execute(select(func.count(), func.count().filter(candidates.c.epoch_id == epoch_id))).one()
    return KeyRenewalProgress(renewed if epoch_id is not None else 0, total)


def _progress_of(engine: Engine, epoch_id: int) -> KeyRenewalProgress:
    with engine.connect() as connection:
        return _progress(connection, epoch_id)


@translate_faults
def pending_renewal(engine: Engine, team_open: OpenTeam | None = None) -> KeyRenewalProgress | None:
    """The progress of a renewal left unfinished (for an administrator's reminder), or None."""
    with engine.connect() as connection:
        if connection.scalar(select(meta.c.value).where(meta.c.name == MARKER)) is None:
            return None
        return _progress(connection, _marked_epoch(connection))


def require_no_renewal(connection: Connection) -> None:
    """Refuse starting or retiring an epoch while the candidate keys are being renewed."""
    if connection.scalar(select(meta.c.value).where(meta.c.name == MARKER)) is not None:
        progress = _progress(connection, _marked_epoch(connection))
        raise CandidateKeyRenewalUnfinished(renewed=progress.renewed, total=progress.total)
