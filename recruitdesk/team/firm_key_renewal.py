"""Renewing the firm key: every value sealed under it sealed again under a new one (part of deep rotation).

Why: a revocation re-seals the firm key under the new team key but keeps it, so a revoked member who
noted it could read the vacancies, the tags, the firm profile, the register's details of erased
candidates, the suppression list's removal reasons and carried digest keys in server data they get
hold of later. ``key_renewal.renew_candidate_keys`` calls ``renew_firm_key`` once per run, before the
candidates, so after a hostile departure one administrator's action renews every key a leaver held.

**One transaction**, the team row locked for update as a revocation's start does: every write that
seals under the firm key first takes a share lock on that row (``records.begin_write``,
``candidates.require_current_generation``), so none is halfway and none starts until the commit; then
it reads the new key. Members find one firm key per key generation (``firm_key``), so the values are
never left half under one key and half under the other (a transaction per record kind would make every
reader try two keys). The firm's records are few next to the candidates' (vacancies, tags, settings,
the list's keys and reasons): the transaction stays short. Versions are raised (vacancies, tags, the
firm profile, the requests of erased candidates), so a colleague's save of a value read before is
refused as a version conflict rather than written over the renewal. A reader that fetched the rows just
before the commit and the key just after fails once and reads fine again.

**Suppression**: the team's own digest key is derived from the firm key, and the digests on the list
cannot be made again (the people are gone). The old own key is carried like a local vault's
(``suppression_keys``, sealed under the new firm key) and the entries made under it point to it; new
entries are made under the key derived from the new firm key, which a leaver never had.

**Resumable**: ``MARKER`` in ``team_meta`` holds the run's epoch once the firm key is renewed, so a run
resumed after an interruption among the candidates does not renew it again; an interruption inside this
transaction leaves everything under the old key, and the next run renews it. The firm key's row is
overwritten in place; ``renew_candidate_keys`` rewrites the key tables (VACUUM FULL) at its end, so the
old key's sealed copy is gone from the server's live files. Copies taken before still open with the
key a leaver noted: nothing takes that back (docs/team-vault.md, section 3).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, Callable

from sqlalchemy import Column, ColumnElement, Connection, Engine, Table, delete, func, insert, select, update

from recruitdesk.clock import Clock
from recruitdesk.identifiers import DEFAULT_REGIONS
from recruitdesk.team import audit, change_feed, fields, firm_key, firm_profile, records, request_locks, suppression, tags, vacancies
from recruitdesk.team.candidates import require_current_generation
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.schema import meta, request_details, requests, settings, suppression_keys, team
from recruitdesk.team.schema import suppression as suppression_table
from recruitdesk.team.schema import tags as tag_table
from recruitdesk.team.schema import vacancies as vacancy_table
from recruitdesk.vault import crypto

MARKER = "firm_key_renewal"  # team_meta: the epoch of the key renewal run that renewed the firm key
RENEWED = "firm-key-renewed"

__all__ = ["FIRM_SEALED", "FIRM_TABLES", "FirmSealed", "MARKER", "RENEWED", "forget_marker", "renew_firm_key"]

Aad = Callable[[OpenTeam, Any], bytes]  # (the acting member, the row)


@dataclass(frozen=True)
class FirmSealed:
    """A column holding values sealed under the firm key: its table and id column, how each value's
    associated data is made, which rows (``where``), and the record kind a versioned row is announced as."""

    table: Table
    id_column: Column
    column: str  # with the "_sealed" suffix
    aad: Aad
    where: Callable[[], ColumnElement[bool]] | None = None
    versioned_kind: str | None = None


def _record(kind: str, id_name: str, column: str) -> Aad:
    return lambda member, row: records.record_aad(member.keys.team_id, records.FIRM, kind, getattr(row, id_name), column)


FIRM_SEALED: tuple[FirmSealed, ...] = (
    FirmSealed(vacancy_table, vacancy_table.c.vacancy_id, "content_sealed", _record(vacancies.KIND, "vacancy_id", "content"),
               versioned_kind=vacancies.KIND),
    FirmSealed(tag_table, tag_table.c.tag_id, "label_sealed", _record(tags.KIND, "tag_id", "label"), versioned_kind=tags.KIND),
    FirmSealed(settings, settings.c.name, "content_sealed", firm_profile.setting_aad, versioned_kind=firm_profile.KIND),
    # The register's details of erased candidates (sealed under the firm key at the erasure); their requests are raised below.
    FirmSealed(request_details, request_details.c.request_id, "content_sealed", _record(request_locks.KIND, "request_id", "details"),
               where=lambda: request_details.c.candidate_id.is_(None)),
    FirmSealed(suppression_table, suppression_table.c.entry_id, "removed_sealed",
               lambda member, row: suppression.reason_aad(member, row.entry_id)),
    FirmSealed(suppression_keys, suppression_keys.c.key_id, "key_sealed", lambda member, row: suppression.key_aad(member, row.key_id)),
)
FIRM_TABLES = tuple(dict.fromkeys(sealed.table.name for sealed in FIRM_SEALED))


def renew_firm_key(engine: Engine, admin: OpenTeam, epoch_id: int, clock: Clock) -> bool:
    """A new firm key and every value under the old one sealed again, in one transaction (audited);
    False when the run of ``epoch_id`` already did it. The caller checked the role."""
    with engine.begin() as connection:
        connection.execute(select(team.c.generation).with_for_update())  # writers wait; none is halfway
        require_current_generation(connection, admin)
        if connection.scalar(select(meta.c.value).where(meta.c.name == MARKER)) == str(epoch_id):
            return False
        old_key = records.firm_key_of(connection, admin)
        new_key = crypto.random_key()
        announced = [item for sealed in FIRM_SEALED for item in _reseal_column(connection, admin, sealed, old_key, new_key)]
        raised = connection.execute(update(requests).where(requests.c.request_id.in_(
            select(request_details.c.request_id).where(request_details.c.candidate_id.is_(None))))
            .values(version=requests.c.version + 1).returning(requests.c.request_id, requests.c.version)).all()
        _carry_own_digest_key(connection, admin, old_key, new_key, clock)
        firm_key.replace(connection, admin.keys, new_key)
        connection.execute(delete(meta).where(meta.c.name == MARKER))
        connection.execute(insert(meta).values(name=MARKER, value=str(epoch_id)))
        audit.append(connection, admin, RENEWED, None, None, clock)
        for kind, record_id, version in announced + [(request_locks.KIND, request_id, version) for request_id, version in raised]:
            change_feed.announce_record(connection, kind, record_id, None, version)
    return True


def forget_marker(connection: Connection) -> None:
    """At the end of the run (or the start of a new one): the next run renews the firm key again."""
    connection.execute(delete(meta).where(meta.c.name == MARKER))


def _reseal_column(connection: Connection, admin: OpenTeam, sealed: FirmSealed, old_key: bytes,
                   new_key: bytes) -> list[tuple[str, Any, int]]:
    """Every value of one column sealed again (versions raised); the versioned records to announce."""
    table, column = sealed.table, sealed.table.c[sealed.column]
    statement = select(table).where(column.is_not(None))
    if sealed.where is not None:
        statement = statement.where(sealed.where())
    changed = []
    for row in connection.execute(statement.order_by(sealed.id_column).with_for_update()).all():
        value = _reseal(old_key, new_key, sealed.aad(admin, row), row._mapping[sealed.column])
        record_id = row._mapping[sealed.id_column.name]
        update_row = update(table).where(sealed.id_column == record_id)
        if sealed.versioned_kind is None:
            connection.execute(update_row.values({sealed.column: value}))
        else:
            version = connection.execute(update_row.values({sealed.column: value, "version": table.c.version + 1})
                                         .returning(table.c.version)).scalar_one()
            if sealed.versioned_kind != firm_profile.KIND:  # a setting is not on the change feed
                changed.append((sealed.versioned_kind, record_id, version))
    return changed


def _reseal(old_key: bytes, new_key: bytes, aad: bytes, value: bytes) -> bytes:
    """The same padded plaintext under the new key (lengths stay what the padding made them)."""
    try:
        plain = crypto.unseal(old_key, bytes(value), aad)
    except crypto.SealBroken as exc:
        raise fields.FieldDamaged(aad.decode().rsplit("/", 1)[-1]) from exc
    return crypto.seal(new_key, plain, aad)


def _carry_own_digest_key(connection: Connection, admin: OpenTeam, old_key: bytes, new_key: bytes, clock: Clock) -> None:
    """The list's entries under the own key derived from the old firm key keep matching: that key is carried."""
    if not connection.scalar(select(func.count()).select_from(suppression_table).where(suppression_table.c.key_id.is_(None))):
        return
    key_id = uuid.uuid4()
    connection.execute(insert(suppression_keys).values(key_id=key_id, added_at=clock.now(), key_sealed=records.seal_json(
        new_key, suppression.key_aad(admin, key_id), {"key": suppression.own_key_from(old_key).hex(), "regions": list(DEFAULT_REGIONS)})))
    connection.execute(update(suppression_table).where(suppression_table.c.key_id.is_(None)).values(key_id=key_id))
