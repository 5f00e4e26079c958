"""Keyed blind search tokens: what the server indexes instead of words.

Every word of a candidate's name, e-mail and CV text is normalised exactly like the local
vault's index (lower case, accents removed, split on non-letters; ``store.search_index.words``)
and every prefix of 1 to 12 characters becomes HMAC-SHA256 under the team's search key,
truncated to 64 bits and stored as a signed BIGINT (the fastest type for PostgreSQL's B-tree).
A query word becomes the token of its prefix, so "pe" finds "Peeters" without the server ever
holding "pe". 64 bits make an accidental match between two different prefixes in a team's
index vanishingly rare (about 1 in 10^9 for a million distinct prefixes).
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Iterable

from recruitdesk.store.search_index import MAX_PREFIX, prefixes, words

TOKEN_BYTES = 8


def token(search_key: bytes, prefix: str) -> int:
    digest = hmac.new(search_key, prefix.encode("utf-8"), hashlib.sha256).digest()
    return int.from_bytes(digest[:TOKEN_BYTES], "big", signed=True)


def tokens_for(search_key: bytes, values: Iterable[str | None]) -> set[int]:
    """The token set of one candidate: every prefix of every word of ``values``."""
    return {token(search_key, prefix) for prefix in prefixes(value for value in values if value)}


def query_tokens(search_key: bytes, query: str) -> list[int]:
    """One token per distinct query word (cut to MAX_PREFIX characters); all must match.

    Distinct after cutting: two long words sharing their first MAX_PREFIX characters are one
    token, and the server's ``count(*) = number of tokens`` test would otherwise never match."""
    return list(dict.fromkeys(token(search_key, word[:MAX_PREFIX]) for word in words(query)))
