"""The suppression list: keyed hashes of people who objected or were erased.

Only keyed hashes are kept (HMAC under a key derived from the vault master key), never the
email or phone itself, so the list cannot be read back as a list of people; it can only answer
"is this person someone who objected or was erased?" when their CV comes in again.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recruitdesk.clock import Clock
from recruitdesk.identifiers import identifier_hashes
from recruitdesk.store.models import SuppressionEntry
from recruitdesk.vault.candidate_keys import CandidateKeys
from recruitdesk.vault.vault import Vault


def suppress(session: Session, keys: CandidateKeys, clock: Clock, email: str | None, phone: str | None, reason: str) -> int:
    """Put the identifiers on the suppression list; returns how many were new."""
    added = 0
    for kind, digest in identifier_hashes(keys, email, phone):
        exists = session.scalar(select(func.count()).select_from(SuppressionEntry).where(SuppressionEntry.identifier_hash == digest))
        if not exists:
            session.add(SuppressionEntry(identifier_hash=digest, kind=kind, reason=reason, added_at=clock.now().replace(tzinfo=None)))
            added += 1
    session.flush()
    return added


def is_suppressed(vault: Vault, email: str | None = None, phone: str | None = None) -> bool:
    """Whether an email or phone belongs to someone who objected or was erased."""
    digests = [digest for _kind, digest in identifier_hashes(vault.candidate_keys, email, phone)]
    if not digests:
        return False
    with vault.read_session() as session:
        return bool(session.scalar(select(func.count()).select_from(SuppressionEntry).where(SuppressionEntry.identifier_hash.in_(digests))))
