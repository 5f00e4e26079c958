"""Checking the audit chain: is every entry there, in order, and as it was written?

A pure walk over the stored entries (in storage order) and the head row, recomputing each link
with the chain key (``recruitdesk.audit``). The first break is named:

- an entry whose number is higher than expected means the entries in between were removed;
- an entry whose number is lower than expected was moved (reordered);
- an entry whose MAC does not match its fields was edited;
- a head that counts more entries than there are means the newest entries were removed.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Iterable

from recruitdesk.audit import GENESIS, entry_mac, head_mac
from recruitdesk.i18n import N_, translate
from recruitdesk.store.models import AuditChainHead, AuditEntry

INTACT = "intact"
EDITED = "edited"
REMOVED = "removed"
REORDERED = "reordered"
UNSEALED = "unsealed"
HEAD_REMOVED = "newest_removed"
HEAD_EDITED = "head_edited"

PROBLEM_TEXT = {
    EDITED: N_("audit", "The audit trail was tampered with: entry {number} was edited."),
    REMOVED: N_("audit", "The audit trail was tampered with: entry {number} was removed."),
    REORDERED: N_("audit", "The audit trail was tampered with: entry {number} is out of order."),
    UNSEALED: N_("audit", "The audit trail was tampered with: entry {number} was added outside RecruitDesk."),
    HEAD_REMOVED: N_("audit", "The audit trail was tampered with: entry {number} and later ones were removed."),
    HEAD_EDITED: N_("audit", "The audit trail was tampered with: its last link (after entry {number}) was edited."),
}


@dataclass(frozen=True)
class ChainReport:
    problem: str  # INTACT or one of the problem codes
    count: int  # entries checked
    number: int | None = None  # the entry number (seq) of the first break

    @property
    def intact(self) -> bool:
        return self.problem == INTACT

    def message(self) -> str:
        if self.intact:
            return translate("audit", "The audit trail is intact: %n entries.", None, self.count)
        return translate("audit", PROBLEM_TEXT[self.problem]).format(number=self.number)

    def to_json(self) -> dict:
        return {"intact": self.intact, "entries": self.count, "problem": None if self.intact else self.problem, "entry": self.number}


def verify_chain(key: bytes, entries: Iterable[AuditEntry], head: AuditChainHead | None) -> ChainReport:
    entries = list(entries)
    later = {entry.seq for entry in entries}
    previous_mac, expected, count = GENESIS, 1, 0
    for entry in entries:
        count += 1
        if entry.seq is None or entry.mac is None:
            return ChainReport(UNSEALED, count, expected)
        if entry.seq > expected:
            # The expected entry further on means it was moved; nowhere means it was removed.
            return ChainReport(REORDERED if expected in later else REMOVED, count, expected)
        if entry.seq < expected:
            return ChainReport(REORDERED, count, entry.seq)
        if not hmac.compare_digest(entry.mac, entry_mac(key, entry, previous_mac)):
            return ChainReport(EDITED, count, entry.seq)
        previous_mac, expected = entry.mac, expected + 1
    last = expected - 1
    if head is None:
        return ChainReport(INTACT if last == 0 else HEAD_EDITED, count, None if last == 0 else last)
    if not hmac.compare_digest(head.mac, head_mac(key, head.count, head.last_mac)):
        return ChainReport(HEAD_EDITED, count, last)
    if head.count > last:
        return ChainReport(HEAD_REMOVED, count, last + 1)
    if head.count < last or not hmac.compare_digest(head.last_mac, previous_mac):
        return ChainReport(HEAD_EDITED, count, last)
    return ChainReport(INTACT, count)
