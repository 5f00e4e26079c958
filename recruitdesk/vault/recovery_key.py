"""The recovery key: the human-readable second way into a vault.

160 random bits written as 32 base-32 characters plus a 4-character checksum, in nine groups of
four (``ABCD-EFGH-...``). The checksum lets us tell a typing error ("not a valid recovery key")
from a real key for another vault ("not the one for this vault"). Characters people confuse are
normalised (0→O, 1→I, 8→B) before checking.
"""

from __future__ import annotations

import base64
import hashlib
import os

from recruitdesk.errors import MalformedRecoveryKey

SECRET_BYTES = 20
_DATA_CHARS = 32
_CHECK_CHARS = 4
_CONFUSABLE = str.maketrans({"0": "O", "1": "I", "8": "B"})


def _checksum(secret: bytes) -> str:
    return base64.b32encode(hashlib.sha256(b"recruitdesk recovery key" + secret).digest())[:_CHECK_CHARS].decode()


def generate() -> tuple[bytes, str]:
    """A new recovery secret and its printable form."""
    secret = os.urandom(SECRET_BYTES)
    return secret, format_key(secret)


def format_key(secret: bytes) -> str:
    text = base64.b32encode(secret).decode() + _checksum(secret)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse(text: str) -> bytes:
    """The secret behind a typed or pasted recovery key; raises MalformedRecoveryKey."""
    cleaned = "".join(ch for ch in (text or "").upper() if ch.isalnum()).translate(_CONFUSABLE)
    if len(cleaned) != _DATA_CHARS + _CHECK_CHARS:
        raise MalformedRecoveryKey()
    try:
        secret = base64.b32decode(cleaned[:_DATA_CHARS])
    except ValueError as exc:
        raise MalformedRecoveryKey() from exc
    if _checksum(secret) != cleaned[_DATA_CHARS:]:
        raise MalformedRecoveryKey()
    return secret
