"""Erasing a candidate from the team store (Vault > Delete…, ``team erase``), keeping the register.

The candidate's rows go, with their dependants by cascade, and the tables they lived in are
vacuumed. The request register is what the firm must still be able to show a regulator: before the
row goes, each request about them is sealed again under the firm key and unlinked from them
(``rights_requests.keep_register_details``), as the local register keeps its requests. A
candidate erased while their erasure request or objection is still open goes on the suppression
list on that request's basis first, as completing it would have put them (their e-mail address and
phone number are gone afterwards, so the request completed later could not), as the local vault's
erasure does. It lives apart from ``candidates`` because it needs the records layer, which itself
builds on ``candidates``.
"""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import Connection, Engine, select

from recruitdesk.clock import Clock
from recruitdesk.team import schema_version, suppression
from recruitdesk.team.candidates import contact_of, delete_candidate, require_current_role, vacuum
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.rights_requests import keep_register_details
from recruitdesk.team.roles import require_candidate_writes
from recruitdesk.team.schema import CANDIDATE_TABLES, candidates, requests
from recruitdesk.team.schema import team as team_table


@translate_faults
def erase_candidate(engine: Engine, team: OpenTeam, candidate_id: UUID, clock: Clock) -> None:
    """Delete the candidate's rows, then VACUUM the tables they lived in.

    A candidate on legal hold is refused (GDPR Art. 17(3)(e)), with the hold's reason, as in the
    local vault; the hold is read under the row's lock, so a colleague's hold set meanwhile counts.
    Their row is locked first, as every write about a request takes it (``request_locks``)."""
    require_candidate_writes(team.role)
    with engine.begin() as connection:
        connection.execute(select(team_table.c.generation).with_for_update(read=True))
        schema_version.require_writable(connection)
        require_current_role(connection, team)
        connection.execute(select(candidates.c.candidate_id).where(candidates.c.candidate_id == candidate_id).with_for_update())
        _suppress_if_asked(connection, team, candidate_id, clock)
        keep_register_details(connection, team, candidate_id)
        delete_candidate(connection, team, candidate_id, clock)
    vacuum(engine, CANDIDATE_TABLES)


def _suppress_if_asked(connection: Connection, team: OpenTeam, candidate_id: UUID, clock: Clock) -> None:
    """Their oldest open erasure request or objection puts their e-mail address and phone number on the list."""
    asked = connection.execute(select(requests.c.request_id, requests.c.kind, requests.c.received_on)
                               .where(requests.c.candidate_id == candidate_id, requests.c.completed_on.is_(None),
                                      requests.c.kind.in_(list(suppression.BASIS_OF_REQUEST)))
                               .order_by(requests.c.received_on, requests.c.request_id).limit(1)).one_or_none()
    if asked is not None:
        email, phone = contact_of(connection, team, candidate_id)
        suppression.suppress(connection, team, email, phone, suppression.BASIS_OF_REQUEST[asked.kind], asked.request_id,
                             asked.received_on, clock)
