"""The audit log: who did what and when, with candidates named only by their random uid.

``details`` must never carry personal data; callers pass counts, codes and setting names.

The log is a hash chain an auditor can check (the idea of KeePassXC's HMAC'd blocks and of
Certificate Transparency's append-only log): entry number ``seq`` carries
``mac = HMAC(chain key, seq, fields, previous mac)``, and one head row holds the count and the
last mac under its own HMAC. The chain key is derived from the vault master key and only exists
in an unlocked vault's sessions (``session.info``), so someone editing the database file through
SQL cannot forge a link: an edited, removed or reordered entry breaks the chain at that point
(see ``recruitdesk.audit_chain.verify``). Entries are never deleted, also not on erasure: they
hold no personal data, so the chain stays whole.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import json
from collections.abc import Iterable

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from recruitdesk.clock import Clock
from recruitdesk.store.models import AuditChainHead, AuditEntry
from recruitdesk.vault import crypto

CHAIN_KEY_PURPOSE = "recruitdesk audit chain v1"
SESSION_KEY = "recruitdesk.audit_chain_key"
HEAD_ID = 1
GENESIS = b"\x00" * 32  # the "previous mac" of entry 1


def chain_key(master: bytes, vault_id: str) -> bytes:
    return crypto.derive_key(master, CHAIN_KEY_PURPOSE, salt=vault_id.encode())


def session_info(master: bytes, vault_id: str) -> dict:
    """What a vault's sessions carry so that ``record`` can extend the chain."""
    return {SESSION_KEY: chain_key(master, vault_id)}


def current_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on some locked-down machines
        return "unknown"


def entry_mac(key: bytes, entry: AuditEntry, previous: bytes) -> bytes:
    return _fields_mac(key, [entry.seq, entry.at.isoformat(timespec="microseconds"), entry.actor, entry.action,
                             entry.candidate_uid, entry.details_json], previous)


def _fields_mac(key: bytes, fields: list, previous: bytes) -> bytes:
    """The link of one entry: its fields (seq, at, actor, action, candidate uid, details) and the previous mac."""
    message = json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + previous
    return hmac.new(key, message, hashlib.sha256).digest()


def head_mac(key: bytes, count: int, last_mac: bytes) -> bytes:
    return hmac.new(key, b"head:" + str(count).encode() + b":" + last_mac, hashlib.sha256).digest()


def record(session: Session, clock: Clock, action: str, candidate_uid: str | None = None, **details: object) -> None:
    key = session.info.get(SESSION_KEY)
    if key is None:
        raise RuntimeError("audit entries are written only through an unlocked vault's sessions")
    head = _head(session, key)
    entry = AuditEntry(
        at=clock.now().replace(tzinfo=None),
        actor=current_actor(),
        action=action,
        candidate_uid=candidate_uid,
        details_json=json.dumps(details, sort_keys=True, default=str) if details else None,
        seq=head.count + 1,
    )
    _link(key, head, entry)
    session.add(entry)


def record_many(session: Session, clock: Clock, entries: Iterable[tuple[str, str | None, dict[str, object]]]) -> int:
    """Several entries (action, candidate uid, details), in order, with one read of the chain's
    head and one INSERT: bulk work (closing a vacancy ends thousands of procedures, erasing a
    thousand candidates) would otherwise flush and re-read the head once per entry. The entries
    are numbered and linked in order, exactly as ``record`` would one by one, so the chain stays
    whole; the rows are plain dicts and the head is sealed once, at the end (ORM objects and a
    head mac per entry were a third of a second for a thousand erasures). Returns how many were written."""
    key = session.info.get(SESSION_KEY)
    if key is None:
        raise RuntimeError("audit entries are written only through an unlocked vault's sessions")
    head = _head(session, key)
    at, actor = clock.now().replace(tzinfo=None), current_actor()
    stamp = at.isoformat(timespec="microseconds")
    count, last_mac = head.count, head.last_mac
    rows = []
    for action, candidate_uid, details in entries:
        count += 1
        details_json = json.dumps(details, sort_keys=True, default=str) if details else None
        last_mac = _fields_mac(key, [count, stamp, actor, action, candidate_uid, details_json], last_mac)
        rows.append({"at": at, "actor": actor, "action": action, "candidate_uid": candidate_uid,
                     "details_json": details_json, "seq": count, "mac": last_mac})
    if rows:
        head.count, head.last_mac = count, last_mac
        head.mac = head_mac(key, count, last_mac)
        session.execute(insert(AuditEntry), rows)
    return len(rows)


def _link(key: bytes, head: AuditChainHead, entry: AuditEntry) -> None:
    if entry.seq is None:  # every entry is numbered before it is linked (record, above)
        raise ValueError("an audit entry must be numbered before it is linked")
    entry.mac = entry_mac(key, entry, head.last_mac)
    head.count, head.last_mac = entry.seq, entry.mac
    head.mac = head_mac(key, head.count, head.last_mac)


def _head(session: Session, key: bytes) -> AuditChainHead:
    """The chain's head; created on first use, sealing entries written before the chain existed."""
    # Read afresh (pending changes are flushed first): a session used for several transactions
    # must not extend the chain from a head another session has moved on since.
    head = session.get(AuditChainHead, HEAD_ID, populate_existing=True)
    if head is not None:
        return head
    last = session.execute(select(AuditEntry.seq, AuditEntry.mac).where(AuditEntry.seq.is_not(None)).order_by(AuditEntry.seq.desc()).limit(1)).first()
    head = AuditChainHead(id=HEAD_ID, count=last[0] if last else 0, last_mac=last[1] if last else GENESIS, mac=b"")
    for entry in session.scalars(select(AuditEntry).where(AuditEntry.seq.is_(None)).order_by(AuditEntry.id)):
        entry.seq = head.count + 1
        _link(key, head, entry)
    head.mac = head_mac(key, head.count, head.last_mac)
    session.add(head)
    return head
