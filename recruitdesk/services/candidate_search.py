"""Search as you type, for the window: candidate ids matching a typed text.

A thin, Qt-free wrapper around the keyed-token index (``store.search_index``) so the GUI never
opens a database session itself. The index holds keyed tokens of the prefixes of names, e-mails
and CV text, never the text; erasure removes a candidate's index row in the same transaction,
so erased candidates never match.
"""

from __future__ import annotations

from recruitdesk.store import search_index
from recruitdesk.vault.vault import Vault

SEARCH_LIMIT = 100_000  # every match: the table shows them all


def search_candidates(vault: Vault, text: str) -> list[int]:
    """Ids (ascending) of the candidates matching every word of ``text`` as a prefix.

    An empty (or blank) text matches nothing; callers show every candidate instead.
    """
    if not text or not text.strip():
        return []
    with vault.read_session() as session:
        return search_index.search(session, vault.candidate_keys, text, limit=SEARCH_LIMIT)
