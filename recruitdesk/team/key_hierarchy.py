"""The team vault's key hierarchy, held in memory by a member's client.

    device key (OS keychain) or recovery key
      └─ seals the team key (one generation at a time)
           ├─ derives the search key (blind tokens)
           └─ wraps the epoch keys (random, one per period, retired when the period's data is gone)
                └─ wrap the candidate keys (random, one per candidate)
                     └─ encrypt that candidate's personal fields

Epochs exist for erasure: a deleted candidate's wrapped key may survive in dead tuples, WAL or
backups, but it only opens with its epoch key, and once that epoch is retired (live candidates
re-wrapped under a newer epoch, the epoch's row deleted) no key that still exists opens it.
Every wrap's associated data names the team, the generation or epoch and the owner, so a
wrapped key copied to another row or team does not open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from uuid import UUID

from recruitdesk.vault import crypto

SEARCH_PURPOSE = "recruitdesk team search tokens v1"
RECOVERY_PURPOSE = "recruitdesk team recovery key v1"


class EpochRetired(Exception):
    """A candidate key is wrapped under an epoch this team no longer has: the data is crypto-erased."""

    def __init__(self, epoch_id: int) -> None:
        super().__init__(f"epoch {epoch_id} is retired")
        self.epoch_id = epoch_id


def team_key_aad(team_id: UUID, generation: int, holder: str) -> bytes:
    """Binds a sealed team key to its team, generation and holder ("member:<id>" or "recovery")."""
    return f"recruitdesk/team/{team_id}/team-key/{generation}/{holder}".encode()


def member_holder(member_id: UUID) -> str:
    return f"member:{member_id}"


RECOVERY_HOLDER = "recovery"


def search_key_of(team_id: UUID, team_key: bytes) -> bytes:
    return crypto.derive_key(team_key, SEARCH_PURPOSE, salt=team_id.bytes)


def previous_search_key_aad(team_id: UUID, generation: int) -> bytes:
    """Binds the previous generation's search key, sealed under generation ``generation``'s team key."""
    return f"recruitdesk/team/{team_id}/previous-search-key/{generation}".encode()


def _epoch_aad(team_id: UUID, generation: int, epoch_id: int) -> bytes:
    return f"recruitdesk/team/{team_id}/epoch/{epoch_id}/generation/{generation}".encode()


def _candidate_key_aad(team_id: UUID | str, candidate_id: UUID | str, epoch_id: int) -> bytes:
    """Ids may come as text already: the candidate list opens 100,000 keys and str(UUID) is costly in that loop."""
    return f"recruitdesk/team/{team_id}/candidate-key/{candidate_id}/epoch/{epoch_id}".encode()


@dataclass
class TeamKeys:
    """The unwrapped team key and the live epoch keys of one open team vault."""

    team_id: UUID
    generation: int
    team_key: bytes
    epochs: dict[int, bytes] = field(default_factory=dict)
    # While a revocation moves candidates to this generation's keys, the not yet moved ones still
    # carry tokens under the previous generation's search key: searches ask with both.
    previous_search_key: bytes | None = None
    _epoch_ciphers: dict[int, tuple[bytes, "crypto.Opener"]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def current_epoch(self) -> int:
        """New candidate keys go under the newest epoch."""
        if not self.epochs:
            raise EpochRetired(0)
        return max(self.epochs)

    @property
    def search_key(self) -> bytes:
        return search_key_of(self.team_id, self.team_key)

    @property
    def search_keys(self) -> tuple[bytes, ...]:
        """The current search key, then the previous generation's while a revocation is unfinished."""
        return (self.search_key,) if self.previous_search_key is None else (self.search_key, self.previous_search_key)

    # --- epoch keys, wrapped under the team key ----------------------------------------------
    def seal_epoch(self, epoch_id: int, epoch_key: bytes) -> bytes:
        return crypto.seal(self.team_key, epoch_key, _epoch_aad(self.team_id, self.generation, epoch_id))

    def open_epoch(self, epoch_id: int, sealed: bytes) -> None:
        """Unwrap an epoch key read from the server and keep it for this session."""
        self.epochs[epoch_id] = crypto.unseal(self.team_key, sealed, _epoch_aad(self.team_id, self.generation, epoch_id))

    def forget_epoch(self, epoch_id: int) -> None:
        self.epochs.pop(epoch_id, None)
        self._epoch_ciphers.pop(epoch_id, None)

    # --- candidate keys, wrapped under an epoch key ------------------------------------------
    def new_candidate_key(self, candidate_id: UUID) -> tuple[bytes, int, bytes]:
        """A fresh candidate key, the epoch it is wrapped under, and the wrapped form for the server."""
        key = crypto.random_key()
        epoch_id = self.current_epoch
        return key, epoch_id, self.wrap_candidate_key(candidate_id, epoch_id, key)

    def wrap_candidate_key(self, candidate_id: UUID, epoch_id: int, key: bytes) -> bytes:
        return crypto.seal(self._epoch_key(epoch_id), key, _candidate_key_aad(self.team_id, candidate_id, epoch_id))

    def candidate_key(self, candidate_id: UUID | str, epoch_id: int, wrapped: bytes) -> bytes:
        """The candidate's key; raises EpochRetired once its epoch is gone, SealBroken if moved or altered.

        The epoch's cipher object is made once per epoch (the candidate list opens 100,000 keys
        under a handful of epochs, and making the cipher costs more than using it)."""
        epoch_key = self._epoch_key(epoch_id)  # a retired epoch fails here even if its cipher was made before
        cached = self._epoch_ciphers.get(epoch_id)
        if cached is None or cached[0] != epoch_key:
            cached = self._epoch_ciphers[epoch_id] = (epoch_key, crypto.Opener(epoch_key))
        return cached[1].unseal(wrapped, _candidate_key_aad(self.team_label, candidate_id, epoch_id))

    @cached_property
    def team_label(self) -> str:
        """The team id as text, as every associated data names it (computed once)."""
        return str(self.team_id)

    def _epoch_key(self, epoch_id: int) -> bytes:
        try:
            return self.epochs[epoch_id]
        except KeyError:
            raise EpochRetired(epoch_id) from None
