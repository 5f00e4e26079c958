"""The demo vault's vacancies: one per role the demo candidates applied for.

Each demo procedure already carries its role as title; here they become applications in a
vacancy, the open ones spread over the stages so the board has something in every column, the
ended ones in the stage their outcome stands for. A vacancy with nobody left open is filled.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from recruitdesk.clock import Clock
from recruitdesk.services.stages import DEFAULT_STAGES, HIRED, REJECTED, WITHDRAWN
from recruitdesk.store.models import Procedure, StageMove, Vacancy

OPEN_STAGES = DEFAULT_STAGES[:4]
STAGE_OF_OUTCOME = {"hired": HIRED, "not_hired": REJECTED, "withdrawn": WITHDRAWN}
CLIENTS = ["Brouwerij De Zon", None, "Acme Logistics", None, "Hogeschool Noord"]
LOCATIONS = ["Gent", "Antwerpen", "Leuven", "Utrecht", "Mechelen"]


def seed_demo_vacancies(session: Session, clock: Clock) -> None:
    now = clock.now().replace(tzinfo=None)
    procedures = list(session.scalars(select(Procedure).where(Procedure.title.is_not(None)).order_by(Procedure.id)))
    titles = sorted({p.title for p in procedures if p.title})
    for number, title in enumerate(titles):
        mine = [p for p in procedures if p.title == title]
        still_open = [p for p in mine if p.outcome == "open"]
        ends = [p.ended_on for p in mine if p.ended_on]
        vacancy = Vacancy(title=title, client=CLIENTS[number % len(CLIENTS)], location=LOCATIONS[number % len(LOCATIONS)],
                          owner="Sofie", opened_on=min(p.applied_on or clock.today() for p in mine),
                          closed_on=None if still_open else max(ends, default=clock.today()),
                          status="open" if still_open else "filled", stages_json=json.dumps(list(DEFAULT_STAGES)), created_at=now)
        session.add(vacancy)
        session.flush()
        for index, procedure in enumerate(mine):
            stage = STAGE_OF_OUTCOME.get(procedure.outcome) or OPEN_STAGES[index % len(OPEN_STAGES)]
            procedure.vacancy_id, procedure.client = vacancy.id, vacancy.client
            procedure.stage, procedure.stage_changed_on = stage, procedure.ended_on or procedure.applied_on
            procedure.rating = 3 + index % 3 if stage in ("interview", "offer") else None
            procedure.moves.append(StageMove(from_stage=None, to_stage=stage, on=procedure.stage_changed_on or clock.today(), at=now))
    session.flush()
