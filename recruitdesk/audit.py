"""The audit log: who did what and when, with candidates named only by their random uid.

``details`` must never carry personal data; callers pass counts, codes and setting names.
"""

from __future__ import annotations

import getpass
import json

from sqlalchemy.orm import Session

from recruitdesk.clock import Clock
from recruitdesk.store.models import AuditEntry


def current_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on some locked-down machines
        return "unknown"


def record(session: Session, clock: Clock, action: str, candidate_uid: str | None = None, **details: object) -> None:
    session.add(
        AuditEntry(
            at=clock.now().replace(tzinfo=None),
            actor=current_actor(),
            action=action,
            candidate_uid=candidate_uid,
            details_json=json.dumps(details, sort_keys=True, default=str) if details else None,
        )
    )
