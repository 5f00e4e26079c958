"""The suppression list: keyed hashes of people who must not be contacted again, each with a basis.

Only keyed hashes are kept (HMAC under a key derived from the vault master key), never the
email or phone itself, so the list cannot be read back as a list of people; it can only answer
"is this someone who asked not to be contacted?" when their CV comes in again.

An entry exists only on a basis the firm can show: an objection or an erasure request (linked
to the request and the day it was received), or a recruiter's manual "do not contact again" for
a candidate. A routine erasure (a retention deadline, a manual erase) adds nothing: forgetting
someone on schedule is no reason to keep a trace of them. An entry can be removed with a written
reason; the row stays (without matching) so the list's history can be shown.

A vault made by ``vault migrate --from-team`` also holds the team's entries, under the digest
keys that came with them (``store.suppression_keys``): every check computes the digests under
those keys too, and the list shows those entries like its own. ``carried_list`` and
``take_carried`` are what the migration moves, both ways: digests and their keys, never a value.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from uuid import UUID

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from recruitdesk import audit, errors
from recruitdesk.clock import Clock
from recruitdesk.i18n import N_
from recruitdesk.identifiers import firm_regions, identifier_hashes
from recruitdesk.store.models import Candidate, RightsRequest, SuppressionEntry
from recruitdesk.store.suppression_keys import add_key, carried_digests, carried_keys
from recruitdesk.vault.candidate_keys import CandidateKeys
from recruitdesk.vault.vault import Vault

OBJECTION, ERASURE_REQUEST, MANUAL = "objection", "erasure_request", "manual"
BASES = (OBJECTION, ERASURE_REQUEST, MANUAL)
REASON_MINIMUM = 5  # characters: a few words
BASIS_LABELS = {
    OBJECTION: N_("suppression", "Objection"),
    ERASURE_REQUEST: N_("suppression", "Erasure request"),
    MANUAL: N_("suppression", "Do not contact again (recruiter)"),
}


class SuppressionEntryNotFound(errors.RecruitDeskError):
    code = "suppression-entry-not-found"
    exit_code = 3
    template = N_("errors", "There is no suppression list entry with number {id}.")


class SuppressionReasonRequired(errors.RecruitDeskError):
    code = "suppression-reason-required"
    exit_code = 2
    template = N_("errors", "Removing someone from the suppression list needs a written reason (at least a few words).")


class NothingToSuppressForCandidate(errors.RecruitDeskError):
    code = "candidate-nothing-to-suppress"
    exit_code = 2
    template = N_("errors", "Candidate {id} has no email address or phone number to put on the suppression list.")


def suppress(session: Session, keys: CandidateKeys, clock: Clock, email: str | None, phone: str | None, basis: str,
             request_id: int | None = None) -> int:
    """Put the identifiers on the suppression list on ``basis``; returns how many were new.

    The basis date is the day the request was received, or today for a manual entry. An entry
    that was removed earlier is put back with the new basis.
    """
    return suppress_many(session, keys, clock, [(email, phone)], basis, request_id)


def suppress_many(session: Session, keys: CandidateKeys, clock: Clock, people: list[tuple[str | None, str | None]],
                  basis: str, request_id: int | None = None) -> int:
    """``suppress`` for several people's (email, phone) on one basis: one query finds the
    entries that exist, one INSERT adds the new ones. Returns how many were new or put back."""
    if basis not in BASES:
        raise ValueError(basis)
    if basis != MANUAL and request_id is None:
        raise ValueError("an objection or erasure entry needs its request")
    request = session.get(RightsRequest, request_id) if request_id is not None else None
    basis_on = request.received_on if request is not None else clock.today()
    regions = firm_regions(session)
    wanted: dict[bytes, str] = {}
    for email, phone in people:
        for kind, digest in identifier_hashes(keys, email, phone, regions=regions):
            wanted.setdefault(digest, kind)
    if not wanted:
        return 0
    existing = {entry.identifier_hash: entry for entry in session.scalars(
        select(SuppressionEntry).where(SuppressionEntry.identifier_hash.in_(list(wanted))))}
    added = 0
    for entry in existing.values():
        if entry.removed_on is not None:  # removed earlier: put back on the new basis
            entry.basis, entry.rights_request_id, entry.basis_on = basis, request_id, basis_on
            entry.removed_on = entry.removal_reason = None
            added += 1
    now = clock.now().replace(tzinfo=None)
    new = [{"identifier_hash": digest, "kind": kind, "reason": basis, "added_at": now, "basis": basis,
            "rights_request_id": request_id, "basis_on": basis_on} for digest, kind in wanted.items() if digest not in existing]
    if new:
        session.execute(insert(SuppressionEntry), new)
    session.flush()
    return added + len(new)


def is_suppressed(vault: Vault, email: str | None = None, phone: str | None = None) -> bool:
    """Whether an email or phone belongs to someone on the suppression list (not removed)."""
    with vault.read_session() as session:
        digests = [digest for _kind, digest in identifier_hashes(vault.candidate_keys, email, phone, regions=firm_regions(session))]
        digests += carried_digests(session, vault.candidate_keys, email, phone)
        if not digests:
            return False
        return bool(session.scalar(select(func.count()).select_from(SuppressionEntry).where(
            SuppressionEntry.identifier_hash.in_(digests), SuppressionEntry.removed_on.is_(None))))


def do_not_contact_again(vault: Vault, candidate_id: int) -> int:
    """A recruiter's manual entry for a candidate; returns how many identifiers were new."""
    with vault.session() as session, session.begin():
        candidate = session.get(Candidate, candidate_id)
        if candidate is None:
            raise errors.CandidateNotFound(id=candidate_id)
        if not identifier_hashes(vault.candidate_keys, candidate.email, candidate.phone, regions=firm_regions(session)):
            raise NothingToSuppressForCandidate(id=candidate_id)
        added = suppress(session, vault.candidate_keys, vault.clock, candidate.email, candidate.phone, MANUAL)
        audit.record(session, vault.clock, "suppression.added", candidate_uid=candidate.uid, basis=MANUAL, identifiers=added)
    return added


@dataclass(frozen=True)
class SuppressionRow:
    """One entry as the list shows it: what kind of identifier and why, never whose.

    Shared with a team's list (``services.team_suppression``), so one dialog shows both: a local
    entry's ``id`` and request are numbers, a team's are opaque ids (the request's first
    characters), and a team's removed entry names the member who removed it."""

    id: int | UUID
    kind: str
    basis: str
    request_id: int | str | None
    basis_on: dt.date | None
    removed_on: dt.date | None
    removed_by: str | None = None  # a team member's name; None in a local vault (one user)
    removal_reason: str | None = field(default=None, repr=False)  # may name someone: shown, never logged

    @property
    def removed(self) -> bool:
        return self.removed_on is not None

    def to_json(self) -> dict:
        return {"id": self.id if isinstance(self.id, int) else str(self.id), "kind": self.kind, "basis": self.basis,
                "request": self.request_id, "basis_on": self.basis_on.isoformat() if self.basis_on else None,
                "removed_on": self.removed_on.isoformat() if self.removed_on else None}


@dataclass(frozen=True)
class SuppressionList:
    rows: list[SuppressionRow]

    def counts(self) -> dict[str, int]:
        """Active entries per basis."""
        counts = dict.fromkeys(BASES, 0)
        for row in self.rows:
            if row.removed_on is None:
                counts[row.basis] = counts.get(row.basis, 0) + 1
        return counts

    def to_json(self) -> dict:
        return {"counts": self.counts(), "entries": [row.to_json() for row in self.rows]}


def list_entries(vault: Vault, include_removed: bool = False) -> SuppressionList:
    query = select(SuppressionEntry).order_by(SuppressionEntry.id)
    if not include_removed:
        query = query.where(SuppressionEntry.removed_on.is_(None))
    with vault.read_session() as session:
        return SuppressionList([SuppressionRow(e.id, e.kind, e.basis or MANUAL, e.rights_request_id, e.basis_on, e.removed_on,
                                               removal_reason=e.removal_reason)
                                for e in session.scalars(query)])


def check_reason(reason: str | None) -> str:
    """The reason for a removal, trimmed; ``SuppressionReasonRequired`` unless it is a few words
    (at least five characters). A team's removal asks the same (``services.team_suppression``)."""
    reason = (reason or "").strip()
    if len(reason) < REASON_MINIMUM:
        raise SuppressionReasonRequired()
    return reason


def remove_entry(vault: Vault, entry_id: int, reason: str) -> None:
    """Take an entry off the list (it no longer matches), with a written reason kept on the entry."""
    reason = check_reason(reason)
    with vault.session() as session, session.begin():
        entry = session.get(SuppressionEntry, entry_id)
        if entry is None or entry.removed_on is not None:
            raise SuppressionEntryNotFound(id=entry_id)
        entry.removed_on, entry.removal_reason = vault.clock.today(), reason
        audit.record(session, vault.clock, "suppression.removed", entry=entry_id, basis=entry.basis, request_id=entry.rights_request_id)


@dataclass(frozen=True)
class DigestEntry:
    """An active entry as ``vault migrate`` moves it: the digest as it is, never a value."""

    digest: bytes = field(repr=False)
    kind: str
    basis: str
    basis_on: dt.date
    request_id: int | None


@dataclass(frozen=True)
class KeyedEntries:
    """A digest key (this vault's identifier-hash key, or one carried in) and the active entries under it."""

    key: bytes = field(repr=False)
    regions: tuple[str, ...]
    entries: list[DigestEntry]


@dataclass(frozen=True)
class CarriedList:
    keyed: list[KeyedEntries]
    removed: int  # entries taken off the list: they stay here, with their reasons, and go nowhere

    @property
    def count(self) -> int:
        return sum(len(group.entries) for group in self.keyed)


def carried_list(vault: Vault) -> CarriedList:
    """The active entries grouped by the key their digests were made under, with each key: this
    vault's own identifier-hash key (it keys this vault's other identifier hashes too,
    ``CandidateKeys.identifier_hash_key``) and the keys carried in earlier; a key no active entry
    was made under stays behind (nothing to check under it, nothing to expose)."""
    keys = vault.candidate_keys
    with vault.read_session() as session:
        regions = firm_regions(session)
        carried = {key.id: key for key in carried_keys(session, keys)}
        grouped: dict[int | None, list[DigestEntry]] = {}
        removed = 0
        for entry in session.scalars(select(SuppressionEntry).order_by(SuppressionEntry.id)):
            if entry.removed_on is not None:
                removed += 1
                continue
            basis = entry.basis or (entry.reason if entry.reason in BASES else MANUAL)
            grouped.setdefault(entry.key_id, []).append(DigestEntry(
                entry.identifier_hash, entry.kind, basis, entry.basis_on or entry.added_at.date(), entry.rights_request_id))
    keyed = [KeyedEntries(keys.identifier_hash_key(), regions, grouped[None])] if grouped.get(None) else []
    keyed += [KeyedEntries(key.key, key.regions, grouped[key_id]) for key_id, key in carried.items() if grouped.get(key_id)]
    return CarriedList(keyed, removed)


def take_carried(vault: Vault, key: bytes, regions: tuple[str, ...], entries: list[DigestEntry]) -> int:
    """Keep a digest key from a team vault (sealed) and the entries made under it; returns how many."""
    if any(entry.basis not in BASES for entry in entries):
        raise ValueError("unknown basis")
    with vault.session() as session, session.begin():
        key_id = add_key(session, vault.candidate_keys, key, regions, vault.clock.now().replace(tzinfo=None))
        now = vault.clock.now().replace(tzinfo=None)
        if entries:
            session.execute(insert(SuppressionEntry), [
                {"identifier_hash": entry.digest, "kind": entry.kind, "reason": entry.basis, "added_at": now, "basis": entry.basis,
                 "rights_request_id": entry.request_id, "basis_on": entry.basis_on, "key_id": key_id} for entry in entries])
        audit.record(session, vault.clock, "suppression.copied_from_team", None, entries=len(entries))
    return len(entries)
