"""A member's candidate operations on the team store: add, read, update, search and erase.

Everything personal is encrypted on this machine before the statement leaves it (``fields``),
and searching sends only blind tokens (``blind_tokens``). Each write bumps the row's version;
an update names the version it started from and fails with ``VersionConflict`` when another
member saved in between, so the caller can show both versions and lose nothing. Every committed
write is announced to the other members (``change_feed``).

Erasing deletes the candidate's rows (its tokens, documents, notes, consents, request details and
tag links go with them by ON DELETE CASCADE) and then VACUUMs those tables so the space is marked free; the bytes PostgreSQL leaves behind (dead
tuples, WAL, backups) are ciphertext whose key dies with the candidate's epoch (``epochs``).
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass, replace
from typing import Collection
from uuid import UUID

from sqlalchemy import (BigInteger, CompoundSelect, Connection, Engine, cast, delete, exists, false, insert, intersect, null, select, text,
                        union, update)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError

from recruitdesk import errors
from recruitdesk.clock import Clock
from recruitdesk.retention.facts import CandidateFacts
from recruitdesk.team import audit, blind_tokens, change_feed, countdowns, fields, schema_version
from recruitdesk.team.faults import PRIVILEGE_STATE, translate_faults
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.roles import require_candidate_writes
from recruitdesk.team.key_hierarchy import TeamKeys
from recruitdesk.team.schema import candidates, consents, document_tokens, epochs, members, tokens
from recruitdesk.team.schema import team as team_table

SEARCH_LIMIT = 1000

log = logging.getLogger(__name__)


class TeamCandidateNotFound(Exception):
    """No candidate with this id (erased, or never there)."""


class StaleTeamKeys(Exception):
    """The team key was rotated (a member revoked) or this member's role changed since this client opened the team: reopen first."""


class VersionConflict(Exception):
    """Another member saved this candidate after the caller read it."""

    def __init__(self, candidate_id: UUID, expected: int, current: int) -> None:
        super().__init__(f"candidate {candidate_id}: expected version {expected}, server has {current}")
        self.candidate_id = candidate_id
        self.expected = expected
        self.current = current


@dataclass(frozen=True)
class PersonalFields:
    """The fields that never reach the server in plaintext."""

    full_name: str
    email: str | None = None
    cv_text: str | None = None
    phone: str | None = None
    city: str | None = None
    linkedin: str | None = None


@dataclass(frozen=True)
class TeamCandidate:
    candidate_id: UUID
    version: int
    personal: PersonalFields
    created_on: dt.date
    deadline: dt.date | None
    updated_at: dt.datetime | None = None
    restricted: bool = False
    source: str = countdowns.NO_FACTS_SOURCE  # from the sealed retention facts: how they came in (the list's Source column)
    last_contact_on: dt.date | None = None  # and the last contact recorded (its Last contact column)
    has_consent: bool = False  # a consent not withdrawn (the list's Consent column; plain on the server, as consents' dates)


LIST_BATCH = 2000  # rows fetched at a time by ``list_candidates`` (a server-side cursor)
CONTACT_FIELDS = ("phone", "city", "linkedin")  # sealed, not tokenised (as in the local vault's index)


def sealed_columns(team: OpenTeam, candidate_id: UUID, key: bytes, personal: PersonalFields) -> dict:
    team_id = team.keys.team_id
    return {
        "name_sealed": fields.encrypt_text(key, team_id, candidate_id, "name", personal.full_name),
        "email_sealed": fields.encrypt_text(key, team_id, candidate_id, "email", personal.email),
        "cv_text_sealed": fields.encrypt_text(key, team_id, candidate_id, "cv_text", personal.cv_text, fields.LONG_BUCKET),
        **{f"{name}_sealed": fields.encrypt_text(key, team_id, candidate_id, name, getattr(personal, name)) for name in CONTACT_FIELDS},
    }


def token_rows(search_key: bytes, candidate_id: UUID, personal: PersonalFields) -> list[dict]:
    """The candidate's row of the token table: every blind token of its fields, sorted, in one array."""
    found = blind_tokens.tokens_for(search_key, (personal.full_name, personal.email, personal.cv_text))
    return [{"candidate_id": candidate_id, "tokens": sorted(found)}]


@translate_faults
def add_candidate(engine: Engine, team: OpenTeam, personal: PersonalFields, clock: Clock, facts: CandidateFacts | None = None) -> UUID:
    require_candidate_writes(team.role)
    with engine.begin() as connection:
        require_current_generation(connection, team)
        return insert_candidate(connection, team, personal, clock, facts)


def insert_candidate(connection: Connection, team: OpenTeam, personal: PersonalFields, clock: Clock,
                     facts: CandidateFacts | None = None) -> UUID:
    """The add inside a caller's transaction (an import stores the candidate and their documents in one);
    the caller has checked the role and the key generation.

    The countdown starts here, from ``facts`` (by default: applied today) and the team's policy, so
    no candidate is ever stored without one (``countdowns``)."""
    candidate_id = uuid.uuid4()
    know_newest_epoch(connection, team.keys)
    key, epoch_id, wrapped = team.keys.new_candidate_key(candidate_id)
    today = clock.today()
    # A candidate copied from a local vault keeps their first day there (a fact clocks count from).
    created_on = min(facts.created_on, today) if facts is not None else today
    facts = replace(facts if facts is not None else CandidateFacts(created_on=today, applied_on=today), created_on=created_on, consents=())
    countdown = countdowns.columns(connection, key, team.keys.team_id, candidate_id, facts, today)
    connection.execute(insert(candidates).values(
        candidate_id=candidate_id, version=1, epoch_id=epoch_id, wrapped_key=wrapped, created_on=created_on,
        updated_at=clock.now(), **countdown, **sealed_columns(team, candidate_id, key, personal)))
    connection.execute(insert(tokens), token_rows(team.keys.search_key, candidate_id, personal))
    audit.append(connection, team, audit.ADDED, candidate_id, 1, clock)
    change_feed.announce(connection, candidate_id, 1)
    return candidate_id


def know_newest_epoch(connection: Connection, keys: TeamKeys) -> None:
    """Open the server's newest epoch if this client does not know it yet (an administrator started it,
    renewing every candidate key, after this client opened the team), so a new candidate key goes under
    it and not under an older epoch the renewal is about to delete."""
    newest = connection.execute(select(epochs.c.epoch_id, epochs.c.sealed_key).order_by(epochs.c.epoch_id.desc()).limit(1)).one_or_none()
    if newest is not None and newest.epoch_id not in keys.epochs:
        keys.open_epoch(newest.epoch_id, bytes(newest.sealed_key))


@dataclass(frozen=True)
class TeamCandidateRow:
    """One line of the candidate list: the name decrypted on this machine, beside what the server reads."""

    candidate_id: UUID
    version: int
    full_name: str
    created_on: dt.date
    updated_at: dt.datetime
    deadline: dt.date | None
    email: str | None = None  # opened only when the caller asks (the window's list shows it)
    restricted: bool = False  # processing restricted after a rights request (request_actions)
    source: str | None = None  # from the sealed facts, opened only when the caller asks (the window's list shows them)
    last_contact_on: dt.date | None = None
    has_consent: bool = False  # asked with the facts: a consent not withdrawn (the local list's Consent column)


@translate_faults
def list_candidates(engine: Engine, team: OpenTeam, with_email: bool = False, limit: int | None = None,
                    only: Collection[UUID] | None = None, with_facts: bool = False) -> list[TeamCandidateRow]:
    """Every candidate of the team with its name (and e-mail when asked): one query, then the candidate
    key and the fields opened here for each row (the CV text stays on the server until a candidate is opened).

    ``limit``: any that many (a window's first page, in no particular order); ``only``: these ids;
    ``with_facts``: the source and last contact too, from each row's sealed facts (about 0.7 s more at
    100,000 candidates, measured: fetching the facts, opening them and reading two fields) and whether a
    consent is running (the server reads that from the consents' plain dates)."""
    statement = select(candidates.c.candidate_id, candidates.c.version, candidates.c.epoch_id, candidates.c.wrapped_key,
                       candidates.c.name_sealed, candidates.c.created_on, candidates.c.updated_at, candidates.c.deadline,
                       candidates.c.email_sealed, candidates.c.restricted,
                       candidates.c.facts_sealed if with_facts else null().label("facts_sealed"),
                       _consent_running().label("has_consent") if with_facts else false().label("has_consent"))
    if only is not None:
        statement = statement.where(candidates.c.candidate_id.in_(list(only)))
    if limit is not None:
        statement = statement.limit(limit)
    keys, team_label = team.keys, team.keys.team_label
    listed = []
    source: str | None = None
    last_contact_on: dt.date | None = None
    with engine.connect() as connection:  # streamed: the sealed values of 100,000 rows are never all held at once
        result = connection.execution_options(yield_per=LIST_BATCH).execute(statement)
        for candidate_id, version, epoch_id, wrapped_key, name_sealed, created_on, updated_at, deadline, email_sealed, restricted, \
                facts_sealed, has_consent in result:
            label = str(candidate_id)  # once per row: the key's and the fields' associated data all name it
            key = keys.candidate_key(label, epoch_id, wrapped_key)
            name = fields.decrypt_text(key, team_label, label, "name", name_sealed) or ""
            email = fields.decrypt_text(key, team_label, label, "email", email_sealed) if with_email else None
            if with_facts:
                source, last_contact_on = countdowns.open_list_facts(key, team_label, label, facts_sealed)
            listed.append(TeamCandidateRow(candidate_id, version, name, created_on, updated_at, deadline, email, restricted, source,
                                           last_contact_on, bool(has_consent)))
    return listed


def _consent_running():
    """Whether the candidate of the outer row has a consent not withdrawn (any purpose), as the local list's column."""
    return exists().where(consents.c.candidate_id == candidates.c.candidate_id, consents.c.withdrawn_on.is_(None))


@translate_faults
def read_candidate(engine: Engine, team: OpenTeam, candidate_id: UUID) -> TeamCandidate:
    with engine.connect() as connection:
        row = connection.execute(select(candidates, _consent_running().label("has_consent"))
                                 .where(candidates.c.candidate_id == candidate_id)).one_or_none()
    if row is None:
        raise TeamCandidateNotFound(str(candidate_id))
    key = team.keys.candidate_key(candidate_id, row.epoch_id, row.wrapped_key)
    team_id = team.keys.team_id
    personal = PersonalFields(
        full_name=fields.decrypt_text(key, team_id, candidate_id, "name", row.name_sealed) or "",
        email=fields.decrypt_text(key, team_id, candidate_id, "email", row.email_sealed),
        cv_text=fields.decrypt_text(key, team_id, candidate_id, "cv_text", row.cv_text_sealed),
        **{name: fields.decrypt_text(key, team_id, candidate_id, name, row._mapping[f"{name}_sealed"]) for name in CONTACT_FIELDS})
    source, last_contact_on = countdowns.open_list_facts(key, team_id, candidate_id, row.facts_sealed)
    return TeamCandidate(candidate_id, row.version, personal, row.created_on, row.deadline, row.updated_at, row.restricted, source,
                         last_contact_on, bool(row.has_consent))


@translate_faults
def update_candidate(engine: Engine, team: OpenTeam, candidate_id: UUID, expected_version: int, personal: PersonalFields, clock: Clock) -> int:
    """Save new personal fields if nobody saved since ``expected_version``; returns the new version."""
    require_candidate_writes(team.role)
    with engine.begin() as connection:
        require_current_generation(connection, team)
        row = connection.execute(select(candidates.c.epoch_id, candidates.c.wrapped_key)
                                 .where(candidates.c.candidate_id == candidate_id)).one_or_none()
        if row is None:
            raise TeamCandidateNotFound(str(candidate_id))
        key = team.keys.candidate_key(candidate_id, row.epoch_id, row.wrapped_key)
        saved = connection.execute(update(candidates)
                                   .where(candidates.c.candidate_id == candidate_id, candidates.c.version == expected_version)
                                   .values(version=candidates.c.version + 1, updated_at=clock.now(),
                                           **sealed_columns(team, candidate_id, key, personal))
                                   .returning(candidates.c.version)).scalar_one_or_none()
        if saved is None:
            current = connection.scalar(select(candidates.c.version).where(candidates.c.candidate_id == candidate_id))
            raise VersionConflict(candidate_id, expected_version, current or 0)
        connection.execute(delete(tokens).where(tokens.c.candidate_id == candidate_id))
        connection.execute(insert(tokens), token_rows(team.keys.search_key, candidate_id, personal))
        audit.append(connection, team, audit.UPDATED, candidate_id, saved, clock)
        change_feed.announce(connection, candidate_id, saved)
    return saved


def require_current_generation(connection: Connection, team: OpenTeam) -> None:
    """The gate of every keyed write: a share lock on the team row, so a rotation (which locks it for
    update) never interleaves; the keys must be the current generation, the layout one this client
    knows, and the member's role still the one the client checked (a role changed by an admin since
    this client opened the team takes effect at its next write: it must reopen)."""
    current = connection.scalar(select(team_table.c.generation).with_for_update(read=True))
    schema_version.require_writable(connection)
    if current != team.keys.generation:
        raise StaleTeamKeys(f"generation {team.keys.generation}, server has {current}")
    require_current_role(connection, team)


def require_current_role(connection: Connection, team: OpenTeam) -> None:
    """The member is still active with the role this client opened the team with (the recovery kit has no row)."""
    if team.member_id is not None:
        role = connection.scalar(select(members.c.role).where(members.c.member_id == team.member_id, members.c.revoked_at.is_(None)))
        if role != team.role.value:
            raise StaleTeamKeys(f"member role {team.role.value}, server has {role}")


# Left to itself, the planner answers a search by walking the candidates in id order and opening
# (de-TOASTing) each one's token array until it has ``limit`` matches: quick when most candidates
# match, but measured at 100,000 candidates 150 ms for two words that are common apart and rare
# together ("Tableau Utrecht"), and a sequential scan of every array (0.5 s) for a one-letter prefix
# once that path is closed. Through the GIN indexes alone no array is ever opened: p95 47 ms at 100,000
# with documents' tokens looked up too (tests/benchmarks/team_benchmark.py). For this transaction only.
_THROUGH_TOKEN_INDEX = text("SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)")


@translate_faults
def search(engine: Engine, team: OpenTeam, query: str, limit: int = SEARCH_LIMIT) -> list[UUID]:
    """Ids of candidates in which every query word starts some word of their name, e-mail, CV text or
    documents' text; the server sees tokens only. A token may be in the candidate's own array or in one
    of their documents' arrays: per token the two places are united, and the tokens intersected."""
    found: list[UUID] = []
    search_keys = team.keys.search_keys  # two while a revocation is still moving candidates
    with engine.connect() as connection:
        connection.execute(_THROUGH_TOKEN_INDEX)
        for search_key in search_keys:
            wanted = blind_tokens.query_tokens(search_key, query)
            if not wanted:
                return []
            holding = [_candidates_holding(token) for token in wanted]
            matches = (holding[0] if len(holding) == 1 else intersect(*holding)).subquery()
            statement = select(matches.c.candidate_id).order_by(matches.c.candidate_id).limit(limit)
            found.extend(connection.scalars(statement))
    return found if len(search_keys) == 1 else sorted(set(found))[:limit]  # one key: already in the server's order


def _candidates_holding(token: int) -> CompoundSelect:
    """The candidates with ``token`` in their own token array or in one of their documents' (each a GIN lookup)."""
    one = cast([token], ARRAY(BigInteger))
    return union(select(tokens.c.candidate_id).where(tokens.c.tokens.contains(one)),
                 select(document_tokens.c.candidate_id).where(document_tokens.c.tokens.contains(one)))


def contact_of(connection: Connection, team: OpenTeam, candidate_id: UUID) -> tuple[str | None, str | None]:
    """The e-mail address and phone number under the row's lock, opened on this computer: for the
    suppression list's keyed digests only (an erasure request or objection carried out)."""
    row = connection.execute(select(candidates.c.epoch_id, candidates.c.wrapped_key, candidates.c.email_sealed,
                                    candidates.c.phone_sealed).where(candidates.c.candidate_id == candidate_id)
                             .with_for_update()).one_or_none()
    if row is None:
        raise TeamCandidateNotFound(str(candidate_id))
    key = team.keys.candidate_key(candidate_id, row.epoch_id, bytes(row.wrapped_key))
    return (fields.decrypt_text(key, team.keys.team_id, candidate_id, "email", row.email_sealed),
            fields.decrypt_text(key, team.keys.team_id, candidate_id, "phone", row.phone_sealed))


def delete_candidate(connection: Connection, team: OpenTeam, candidate_id: UUID, clock: Clock) -> None:
    """Inside the caller's write: lock the candidate's row, refuse a legal hold, delete the row (its
    dependants by cascade), audit and announce. The caller has kept the request register's details
    first (``rights_requests.keep_register_details``; ``erasure.erase_candidate`` does both), commits,
    then VACUUMs ``CANDIDATE_TABLES``."""
    row = connection.execute(select(candidates.c.epoch_id, candidates.c.wrapped_key, candidates.c.facts_sealed,
                                    candidates.c.created_on).where(candidates.c.candidate_id == candidate_id)
                             .with_for_update()).one_or_none()
    if row is None:
        raise TeamCandidateNotFound(str(candidate_id))
    key = team.keys.candidate_key(candidate_id, row.epoch_id, bytes(row.wrapped_key))
    held = countdowns.open_facts(key, team.keys.team_id, candidate_id, row.facts_sealed, row.created_on).legal_hold_reason
    if held:
        raise errors.TeamCandidateOnLegalHold(reason=held)
    connection.execute(delete(candidates).where(candidates.c.candidate_id == candidate_id))
    audit.append(connection, team, audit.ERASED, candidate_id, None, clock)
    change_feed.announce(connection, candidate_id, change_feed.ERASED)


def vacuum(engine: Engine, table_names: tuple[str, ...], full: bool = False) -> None:
    """VACUUM runs outside a transaction; FULL rewrites the table into a new file (only for small tables)."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        _vacuum(connection, table_names, full)


def checkpoint(engine: Engine) -> bool:
    """CHECKPOINT, so the WAL segments holding the rows just rewritten are recycled now rather than at
    the server's own next checkpoint (``checkpoint_timeout``, 5 minutes by default). It needs a
    superuser or ``pg_checkpoint``, which the owner login of a managed server often lacks: then the
    server's own checkpoint does it a little later, and this returns False instead of failing the
    revocation or erasure whose work is already committed."""
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("CHECKPOINT"))
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) != PRIVILEGE_STATE:
            raise
        log.warning("CHECKPOINT refused to this login; the server's own checkpoint follows")
        return False
    return True


def _vacuum(connection: Connection, table_names: tuple[str, ...], full: bool) -> None:
    for name in table_names:
        connection.execute(text(f'VACUUM {"FULL " if full else ""}"{name}"'))
