"""A team candidate added and their facts recorded from the command line: ``candidate add|outcome|contact|outplacement``.

``commands.team_work`` calls these when ``--vault`` names a team folder. Each does what the team
window does for the same: New candidate… (``services.team_detail``: the local vault's checks, a
look-up on the team's suppression list), Record facts… (an outcome laid over the facts as read and
saved over their version, ``services.team_facts``) and Record a contact… (``services.team_contacts``).
The facts a local ``candidate add`` takes (how they came in, the day they applied, an outplacement's
start) are the new candidate's facts from the first moment, stored in the add's own transaction, as a
local vault stores them; without ``--applied`` a team's candidate applied today, as every team add.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Callable
from uuid import UUID

from sqlalchemy import Engine

from recruitdesk.retention.facts import CandidateFacts, ProcedureFacts
from recruitdesk.services import team_facts
from recruitdesk.services.team_commands import TeamFactsChanged, candidate_named, edit_facts
from recruitdesk.services.team_contacts import TeamContacts
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.services.team_detail import checked_fields
from recruitdesk.team import candidates as team_candidates
from recruitdesk.team import retention as team_retention
from recruitdesk.team.candidates import PersonalFields, VersionConflict
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.suppression import is_suppressed

OUTPLACEMENT = "outplacement"


def add_candidate(desk: TeamDesk, name: str, email: str | None, phone: str | None, applied_on: dt.date | None, source: str,
                  outplacement_started_on: dt.date | None) -> tuple[UUID, bool]:
    """Add the candidate with these facts; also say whether the person is on the team's suppression list
    (added anyway, as a local vault adds them: the command warns)."""
    personal = checked_fields(PersonalFields(""), name, email or "", phone or "", "", "")
    today = desk.clock.today()
    applied = applied_on or today
    procedures = (ProcedureFacts("open", applied_on, None),) if applied_on is not None and source != OUTPLACEMENT else ()
    facts = CandidateFacts(created_on=today, source=source, applied_on=applied, last_contact_on=applied_on, procedures=procedures,
                           outplacement_started_on=outplacement_started_on)

    def add(engine: Engine, team: OpenTeam) -> tuple[UUID, bool]:
        with engine.connect() as connection:  # looked up first: a server gone meanwhile fails before anything is added
            listed = is_suppressed(connection, team, personal.email, personal.phone) is not None
        return team_candidates.add_candidate(engine, team, personal, desk.clock, facts), listed
    return desk.run(add)


def record_outcome(desk: TeamDesk, reference: str, outcome: str, on: dt.date) -> UUID:
    """The outcome of the candidate's procedure on ``on`` (``open``: a procedure running again), as Record facts… records it."""
    candidate_id = candidate_named(desk, reference).candidate_id
    edit_facts(desk, candidate_id, lambda facts: team_facts.with_outcome(facts, outcome, on))
    return candidate_id


def record_contact(desk: TeamDesk, reference: str, on: dt.date) -> UUID:
    """A contact with the candidate on ``on`` (not after today); the countdown moves with it."""
    candidate_id = candidate_named(desk, reference).candidate_id
    TeamContacts(desk).record(candidate_id, on)
    return candidate_id


def record_outplacement_start(desk: TeamDesk, reference: str, started_on: dt.date) -> UUID:
    """Make the candidate an outplacement participant since ``started_on`` (their retention counts from it),
    as a local vault records it: the start is also a contact."""
    candidate_id = candidate_named(desk, reference).candidate_id

    def started(facts: CandidateFacts) -> CandidateFacts:
        last = facts.last_contact_on if facts.last_contact_on and facts.last_contact_on >= started_on else started_on
        return replace(facts, source=OUTPLACEMENT, outplacement_started_on=started_on, last_contact_on=last)

    def record(version: int) -> Callable[[Engine, OpenTeam], int]:
        return lambda engine, team: team_retention.record_facts(engine, team, candidate_id, version, started, desk.clock)

    for _attempt in range(2):
        try:
            desk.run(record(desk.status(candidate_id).version))
            return candidate_id
        except VersionConflict:
            continue
    raise TeamFactsChanged(id=candidate_id.hex[:8])
