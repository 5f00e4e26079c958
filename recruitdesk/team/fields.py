"""Personal fields encrypted under the candidate's key, bound to their row and column.

The associated data names the team, the candidate's opaque id and the column, so the server (or
anyone editing its tables) cannot move a ciphertext to another candidate or another column: it
simply fails to open. Plaintext is padded to a bucket before sealing, so a ciphertext's length
tells the server a range (a name is "at most 60 bytes"), not the exact length of a name.
"""

from __future__ import annotations

import struct
from uuid import UUID

from recruitdesk.vault import crypto

SHORT_BUCKET = 64  # names, e-mails, phones: one length for nearly every value
LONG_BUCKET = 4096  # CV text, notes: length known to the nearest 4 KiB
_LENGTH = struct.Struct(">I")


class FieldDamaged(Exception):
    """A ciphertext does not open for this candidate and column: moved, altered or under another key."""


def field_aad(team_id: UUID | str, candidate_id: UUID | str, column: str) -> bytes:
    return f"recruitdesk/team/{team_id}/candidate/{candidate_id}/{column}".encode()


def pad(data: bytes, bucket: int) -> bytes:
    framed = _LENGTH.pack(len(data)) + data
    return framed + bytes(-len(framed) % bucket)


def unpad(padded: bytes) -> bytes:
    (length,) = _LENGTH.unpack_from(padded)
    if length > len(padded) - _LENGTH.size:
        raise FieldDamaged("padding length out of range")
    return padded[_LENGTH.size:_LENGTH.size + length]


def encrypt_text(key: bytes, team_id: UUID, candidate_id: UUID, column: str, text: str | None, bucket: int = SHORT_BUCKET) -> bytes | None:
    """The sealed, padded UTF-8 text; None stays None (the server learns only that a field is empty)."""
    if text is None:
        return None
    return crypto.seal(key, pad(text.encode("utf-8"), bucket), field_aad(team_id, candidate_id, column))


def decrypt_text(key: bytes, team_id: UUID | str, candidate_id: UUID | str, column: str, sealed: bytes | None) -> str | None:
    if sealed is None:
        return None
    try:
        padded = crypto.unseal(key, bytes(sealed), field_aad(team_id, candidate_id, column))
    except crypto.SealBroken as exc:
        raise FieldDamaged(column) from exc
    return unpad(padded).decode("utf-8")
