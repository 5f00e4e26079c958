"""Tags in the team store: the firm's labels sealed under the firm key, linked to candidates.

A tag ("java", "senior") is firm vocabulary, sealed under the firm key with a version (renaming
over a colleague's rename is a conflict). Which candidates carry a tag is a link table of two
opaque ids: adding or removing a link is idempotent (two members tagging the same candidate at
once agree), and the links go with the candidate on erasure (ON DELETE CASCADE). Every change is
audited and announced like any record.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from uuid import UUID

from sqlalchemy import Engine, delete, select
from sqlalchemy.dialects.postgresql import insert

from recruitdesk.clock import Clock
from recruitdesk.team import records
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.schema import candidate_tags, tags

KIND, LINK = "tag", "tag-link"


@dataclass(frozen=True)
class TeamTag:
    tag_id: UUID
    version: int
    label: str = field(repr=False)


def _aad(team: OpenTeam, tag_id: UUID) -> bytes:
    return records.record_aad(team.keys.team_id, records.FIRM, KIND, tag_id, "label")


@translate_faults
def add_tag(engine: Engine, team: OpenTeam, label: str, clock: Clock) -> UUID:
    tag_id = uuid.uuid4()
    with engine.begin() as connection:
        records.begin_write(connection, team)
        key = records.firm_key_of(connection, team)
        connection.execute(insert(tags).values(tag_id=tag_id, version=1, updated_at=clock.now(),
                                               label_sealed=records.seal_text(key, _aad(team, tag_id), label)))
        records.record_change(connection, team, KIND, records.ADDED, tag_id, None, 1, clock)
    return tag_id


@translate_faults
def all_tags(engine: Engine, team: OpenTeam) -> list[TeamTag]:
    with engine.connect() as connection:
        rows = connection.execute(select(tags).order_by(tags.c.tag_id)).all()
        if not rows:
            return []
        key = records.firm_key_of(connection, team)
    found = [TeamTag(row.tag_id, row.version, records.open_text(key, _aad(team, row.tag_id), row.label_sealed) or "") for row in rows]
    return sorted(found, key=lambda tag: tag.label.casefold())


@translate_faults
def rename_tag(engine: Engine, team: OpenTeam, tag_id: UUID, expected_version: int, label: str, clock: Clock) -> int:
    with engine.begin() as connection:
        records.begin_write(connection, team)
        key = records.firm_key_of(connection, team)
        saved = records.save_version(connection, tags, tags.c.tag_id, KIND, tag_id, expected_version, clock,
                                     {"label_sealed": records.seal_text(key, _aad(team, tag_id), label)})
        records.record_change(connection, team, KIND, records.UPDATED, tag_id, None, saved, clock)
    return saved


@translate_faults
def tag_candidate(engine: Engine, team: OpenTeam, candidate_id: UUID, tag_id: UUID, clock: Clock) -> bool:
    """Link the tag to the candidate; False when it already was (nothing written, nothing announced)."""
    with engine.begin() as connection:
        records.begin_write(connection, team)
        records.candidate_key(connection, team, candidate_id, for_write=True)  # the candidate exists (and stays)
        if connection.scalar(select(tags.c.tag_id).where(tags.c.tag_id == tag_id).with_for_update(read=True)) is None:
            raise records.RecordNotFound(KIND, tag_id)
        added = connection.execute(insert(candidate_tags).values(candidate_id=candidate_id, tag_id=tag_id, tagged_at=clock.now())
                                   .on_conflict_do_nothing().returning(candidate_tags.c.tag_id)).scalar_one_or_none()
        if added is not None:
            records.record_change(connection, team, LINK, records.ADDED, tag_id, candidate_id, 1, clock)
    return added is not None


@translate_faults
def untag_candidate(engine: Engine, team: OpenTeam, candidate_id: UUID, tag_id: UUID, clock: Clock) -> bool:
    with engine.begin() as connection:
        records.begin_write(connection, team)
        removed = connection.execute(delete(candidate_tags).where(candidate_tags.c.candidate_id == candidate_id,
                                                                  candidate_tags.c.tag_id == tag_id).returning(candidate_tags.c.tag_id)).scalar_one_or_none()
        if removed is not None:
            records.record_change(connection, team, LINK, records.DELETED, tag_id, candidate_id, None, clock)
    return removed is not None


@translate_faults
def tags_of(engine: Engine, team: OpenTeam, candidate_id: UUID) -> list[UUID]:
    with engine.connect() as connection:
        return list(connection.scalars(select(candidate_tags.c.tag_id).where(candidate_tags.c.candidate_id == candidate_id)
                                       .order_by(candidate_tags.c.tag_id)))
