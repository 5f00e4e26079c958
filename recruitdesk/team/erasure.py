"""Erasing a candidate from the team store (Vault > Delete…, ``team erase``), keeping the register.

The candidate's rows go, with their dependants by cascade, and the tables they lived in are
vacuumed. The request register is what the firm must still be able to show a regulator: before the
row goes, each request about them is sealed again under the firm key and unlinked from them
(``rights_requests.keep_register_details``), as the local register keeps its requests. It lives
apart from ``candidates`` because it needs the records layer, which itself builds on ``candidates``.
"""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import Engine, select

from recruitdesk.clock import Clock
from recruitdesk.team import schema_version
from recruitdesk.team.candidates import delete_candidate, require_current_role, vacuum
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.rights_requests import keep_register_details
from recruitdesk.team.roles import require_candidate_writes
from recruitdesk.team.schema import CANDIDATE_TABLES, candidates
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
        keep_register_details(connection, team, candidate_id)
        delete_candidate(connection, team, candidate_id, clock)
    vacuum(engine, CANDIDATE_TABLES)
