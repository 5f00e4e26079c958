"""Is a dropped CV's person already in the team vault? Answered without the server reading anything.

The local import compares e-mail addresses and file hashes in its own (encrypted) database. The
team server holds neither, only blind tokens, so the question is asked in two steps:

1. the server narrows down: candidates whose token array holds every token of the new e-mail
   address's words, and documents whose token array holds every token of the new file's text
   (an identical file has identical text, hence the same tokens; a GIN containment lookup);
2. this computer decides: it opens those few candidates' e-mail addresses and documents' bytes
   and compares them exactly (an address ignoring case, a file byte for byte through SHA-256).

A file without text (a scan nobody could read) is compared by e-mail only. The check runs inside
the transaction that would store the new candidate, after a transaction-level advisory lock on
a keyed digest of each address and file: two members dropping the same CV at the same moment
queue, and the second one sees the first one's candidate. The server sees only those lock
numbers (keyed, like the tokens) for the length of the transaction.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from typing import Iterable
from uuid import UUID

from sqlalchemy import BigInteger, Connection, cast, select, text
from sqlalchemy.dialects.postgresql import ARRAY

from recruitdesk.identifiers import normalise_email
from recruitdesk.team import blind_tokens, fields, records
from recruitdesk.team.documents import document_aad
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.schema import candidates, document_tokens, documents, tokens

CONTENT, EMAIL = "content", "email"
CHECK_LIMIT = 50  # candidates or documents opened per check at most (an address or a text shared by more is not one person's)


@dataclass(frozen=True)
class TeamDuplicate:
    """The candidate already in the team vault, and what gave them away (``content`` or ``email``)."""

    kind: str
    candidate_id: UUID
    name: str = field(repr=False)


@dataclass(frozen=True)
class NewFile:
    content: bytes = field(repr=False)
    text: str | None = field(repr=False)


def find_duplicate(connection: Connection, team: OpenTeam, email: str | None, files: Iterable[NewFile]) -> TeamDuplicate | None:
    """The candidate this CV belongs to, if any; locks first (see the module docstring). The same
    file is the stronger sign and is reported first."""
    files = list(files)
    wanted_email = normalise_email(email or "")
    digests = [hashlib.sha256(new.content).digest() for new in files]
    _lock(connection, team, ([b"email:" + wanted_email.encode()] if wanted_email else [])
          + [b"content:" + digest for digest in digests])
    for new, digest in zip(files, digests, strict=True):
        found = _same_file(connection, team, new.text, digest)
        if found is not None:
            return found
    if wanted_email:
        return _same_email(connection, team, wanted_email)
    return None


def _lock(connection: Connection, team: OpenTeam, names: list[bytes]) -> None:
    """Transaction-level advisory locks, in a fixed order (two importers never wait on each other in a circle)."""
    numbers = sorted({int.from_bytes(hmac.new(team.keys.search_key, b"import-lock:" + name, hashlib.sha256).digest()[:8],
                                      "big", signed=True) for name in names})
    for number in numbers:
        connection.execute(text("SELECT pg_advisory_xact_lock(:number)"), {"number": number})


def _holding(column, wanted: set[int]):
    return column.contains(cast(sorted(wanted), ARRAY(BigInteger)))


def _same_file(connection: Connection, team: OpenTeam, new_text: str | None, digest: bytes) -> TeamDuplicate | None:
    for search_key in team.keys.search_keys:
        wanted = blind_tokens.tokens_for(search_key, (new_text,))
        if not wanted:
            return None
        rows = connection.execute(
            select(documents.c.document_id, documents.c.candidate_id, documents.c.content_sealed)
            .join(document_tokens, document_tokens.c.document_id == documents.c.document_id)
            .where(_holding(document_tokens.c.tokens, wanted)).limit(CHECK_LIMIT)).all()
        for document_id, candidate_id, sealed in rows:
            key = records.candidate_key(connection, team, candidate_id)
            aad = document_aad(team.keys.team_id, candidate_id, document_id, "content")
            if hashlib.sha256(records.open_bytes(key, aad, sealed)).digest() == digest:
                return TeamDuplicate(CONTENT, candidate_id, _name(connection, team, candidate_id))
    return None


def _same_email(connection: Connection, team: OpenTeam, wanted_email: str) -> TeamDuplicate | None:
    for search_key in team.keys.search_keys:
        wanted = blind_tokens.tokens_for(search_key, (wanted_email,))
        if not wanted:
            return None
        rows = connection.execute(
            select(candidates.c.candidate_id, candidates.c.epoch_id, candidates.c.wrapped_key, candidates.c.email_sealed,
                   candidates.c.name_sealed)
            .join(tokens, tokens.c.candidate_id == candidates.c.candidate_id)
            .where(_holding(tokens.c.tokens, wanted), candidates.c.email_sealed.is_not(None))
            .order_by(candidates.c.created_on, candidates.c.candidate_id).limit(CHECK_LIMIT)).all()
        for candidate_id, epoch_id, wrapped_key, email_sealed, name_sealed in rows:
            key = team.keys.candidate_key(candidate_id, epoch_id, bytes(wrapped_key))
            if normalise_email(fields.decrypt_text(key, team.keys.team_id, candidate_id, "email", email_sealed) or "") == wanted_email:
                name = fields.decrypt_text(key, team.keys.team_id, candidate_id, "name", name_sealed) or ""
                return TeamDuplicate(EMAIL, candidate_id, name)
    return None


def _name(connection: Connection, team: OpenTeam, candidate_id: UUID) -> str:
    row = connection.execute(select(candidates.c.epoch_id, candidates.c.wrapped_key, candidates.c.name_sealed)
                             .where(candidates.c.candidate_id == candidate_id)).one()
    key = team.keys.candidate_key(candidate_id, row.epoch_id, bytes(row.wrapped_key))
    return fields.decrypt_text(key, team.keys.team_id, candidate_id, "name", row.name_sealed) or ""
