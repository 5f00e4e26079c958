"""Is this person already in the vault, or on the suppression list?

Strong matches (same email, phone, national number or identical file) are reported so the
caller can skip, attach or create anyway. A similar name is only a weak hint, and only when the
contact details do not tell the people apart: three "John Doe"s with three different email
addresses (or phone numbers) are three people, not duplicates of each other. Emails and phones are
compared on the candidates' own columns (the database is encrypted as a whole); national
numbers and the suppression list only ever as keyed hashes
(``CandidateKeys.identifier_hash``), so an erased objector leaves no readable trace.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from recruitdesk import identifiers

from recruitdesk.importing.notices import Notice
from recruitdesk.store.models import Candidate, CandidateIdentifier, Document, SuppressionEntry
from recruitdesk.store.suppression_keys import carried_digests
from recruitdesk.vault.candidate_keys import CandidateKeys

NAME_SIMILARITY = 0.88
STRONG = ("content", "email", "phone", "national_number")


@dataclass(frozen=True)
class Match:
    kind: str  # content, email, phone, national_number, name
    candidate_id: int
    name: str

    @property
    def strong(self) -> bool:
        return self.kind in STRONG

    def notice(self) -> Notice:
        return Notice(f"duplicate-{self.kind.replace('_', '-')}", {"name": self.name, "id": self.candidate_id})


def content_hash(keys: CandidateKeys, content: bytes) -> bytes:
    """The same keyed hash ``services.documents.attach_document`` stores."""
    return keys.identifier_hash("content", content.hex())


def identifier_hashes(session: Session, keys: CandidateKeys, email: str | None, phone: str | None, national_numbers: list[str],
                      regions: tuple[str, ...] = identifiers.DEFAULT_REGIONS) -> list[bytes]:
    """Keyed hashes to look up on the suppression list (the same normalisation as objections): under
    this vault's key, and the e-mail and phone under each key carried in with a team's list
    (``store.suppression_keys``)."""
    return [digest for _kind, digest in identifiers.identifier_hashes(keys, email, phone, national_numbers, regions)] + carried_digests(
        session, keys, email, phone)


def is_suppressed(session: Session, hashes: list[bytes]) -> bool:
    if not hashes:
        return False
    found = session.scalar(select(SuppressionEntry.id).where(
        SuppressionEntry.identifier_hash.in_(hashes), SuppressionEntry.removed_on.is_(None)).limit(1))
    return found is not None


def find_matches(
    session: Session,
    keys: CandidateKeys,
    name: str | None,
    email: str | None,
    phone: str | None,
    content: bytes | None,
    names: "NameIndex | None" = None,
    national_numbers: list[str] | tuple[str, ...] = (),
) -> list[Match]:
    """Every candidate this file may belong to, strongest reason first, one entry per candidate."""
    matches: list[Match] = []
    if content is not None:
        digest = content_hash(keys, content)
        rows = session.execute(
            select(Candidate.id, Candidate.full_name).join(Document, Document.candidate_id == Candidate.id).where(Document.content_hash == digest)
        )
        matches += [Match("content", row.id, row.full_name) for row in rows]
    if email:
        rows = session.execute(select(Candidate.id, Candidate.full_name).where(Candidate.email == email.lower()))
        matches += [Match("email", row.id, row.full_name) for row in rows]
    if phone:
        rows = session.execute(select(Candidate.id, Candidate.full_name).where(Candidate.phone == phone))
        matches += [Match("phone", row.id, row.full_name) for row in rows]
    hashes = [digest for _kind, digest in identifiers.identifier_hashes(keys, national_numbers=national_numbers)]
    if hashes:
        rows = session.execute(
            select(Candidate.id, Candidate.full_name).join(CandidateIdentifier, CandidateIdentifier.candidate_id == Candidate.id)
            .where(CandidateIdentifier.identifier_hash.in_(hashes))
        )
        matches += [Match("national_number", row.id, row.full_name) for row in rows]
    if name:
        index = names or NameIndex.load(session)
        matches += [Match("name", candidate_id, full_name) for candidate_id, full_name in index.similar(name, email, phone)]
    unique: dict[int, Match] = {}
    for match in matches:
        unique.setdefault(match.candidate_id, match)
    return list(unique.values())


class NameIndex:
    """All candidates' names, normalised once per batch, for similar-name hints.

    Names are blocked by the first three letters of each word: only names sharing such a
    prefix are compared. Comparing every name cost about a second per file at 100k
    candidates; a similar name that shares no word start is not a likely duplicate anyway.
    """

    PREFIX = 3

    def __init__(self, rows: list[tuple[int, str]] | list[tuple[int, str, str | None, str | None]]) -> None:
        self._rows: list[tuple[int, str, tuple[str, str]]] = []
        self._contacts: list[tuple[str | None, str | None]] = []
        self._by_prefix: dict[str, list[int]] = {}
        for row in rows:
            self.add(*row)

    @classmethod
    def load(cls, session: Session) -> "NameIndex":
        return cls([(row.id, row.full_name, row.email, row.phone) for row in session.execute(
            select(Candidate.id, Candidate.full_name, Candidate.email, Candidate.phone))])

    def add(self, candidate_id: int, full_name: str, email: str | None = None, phone: str | None = None) -> None:
        normalised = normalise_name(full_name)
        position = len(self._rows)
        self._rows.append((candidate_id, full_name, normalised))
        self._contacts.append(((email or "").lower() or None, phone or None))
        for prefix in self._prefixes(normalised):
            self._by_prefix.setdefault(prefix, []).append(position)

    @classmethod
    def _prefixes(cls, normalised: tuple[str, str]) -> set[str]:
        return {word[: cls.PREFIX] for word in normalised[0].split()}

    def similar(self, name: str, email: str | None = None, phone: str | None = None,
                limit: int = 3) -> list[tuple[int, str]]:
        """Candidates with a similar name whose email and phone do not show them to be someone
        else (a different address or number on both sides)."""
        wanted = normalise_name(name)
        if not wanted[1]:
            return []
        email = (email or "").lower() or None
        positions = {p for prefix in self._prefixes(wanted) for p in self._by_prefix.get(prefix, ())}
        scored = []
        for position in positions:
            if _told_apart((email, phone or None), self._contacts[position]):
                continue
            candidate_id, full_name, normalised = self._rows[position]
            ratio = max(_ratio(wanted[0], normalised[0]), _ratio(wanted[1], normalised[1]))
            if ratio >= NAME_SIMILARITY:
                scored.append((ratio, candidate_id, full_name))
        scored.sort(reverse=True)
        return [(candidate_id, full_name) for _, candidate_id, full_name in scored[:limit]]


def _told_apart(new: tuple[str | None, str | None], known: tuple[str | None, str | None]) -> bool:
    """Both have an email (or both a phone) and they differ: two people sharing a name."""
    return any(a is not None and b is not None and a != b for a, b in zip(new, known, strict=True))


def _ratio(a: str, b: str) -> float:
    matcher = difflib.SequenceMatcher(None, a, b)
    if matcher.real_quick_ratio() < NAME_SIMILARITY or matcher.quick_ratio() < NAME_SIMILARITY:
        return 0.0
    return matcher.ratio()


def normalise_name(name: str) -> tuple[str, str]:
    """Two forms: words sorted ("PEETERS, Ann" = "Ann Peeters") and letters only, in order
    ("Van den Broeck" = "Vandenbroeck"). Lower case, without accents."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    words = re.findall(r"[^\W\d_]+", bare)
    return " ".join(sorted(words)), "".join(words)


def remember_identifiers(session: Session, keys: CandidateKeys, candidate_id: int, national_numbers: list[str]) -> None:
    """Store keyed hashes of the national numbers found in this candidate's documents."""
    known = set(session.scalars(select(CandidateIdentifier.identifier_hash).where(CandidateIdentifier.candidate_id == candidate_id)))
    for kind, digest in identifiers.identifier_hashes(keys, national_numbers=national_numbers):
        if digest not in known:
            session.add(CandidateIdentifier(candidate_id=candidate_id, kind=kind, identifier_hash=digest))
            known.add(digest)
