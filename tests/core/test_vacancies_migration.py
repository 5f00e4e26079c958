"""Migration 0006: a vault from 0004 whose procedures have titles gets those vacancies."""

from __future__ import annotations

import datetime as dt

from alembic import command

from recruitdesk.services import applications, vacancies
from recruitdesk.services.candidates import new_candidate
from recruitdesk.services.vault_access import open_vault
from recruitdesk.store import migrate
from recruitdesk.store.models import Procedure


def test_titled_procedures_become_vacancies(new_vault, vault_folder, keychain, clock):
    vault, _ = new_vault
    with vault.session() as session, session.begin():
        people = [new_candidate(session, vault.candidate_keys, vault.clock, name) for name in ("Ann", "Bart", "Chris", "Dana")]
        ann, bart, chris, dana = (person.id for person in people)
    with vault.engine.begin() as connection:  # back to 0004, where nothing wrote titles but they could hold some
        config = migrate._config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
        rows = [  # candidate, title, client, applied, outcome, ended
            (ann, "Welder", "Acme", "2025-10-01", "not_hired", "2025-11-15"),
            (bart, "Welder", "Acme", "2025-10-03", "hired", "2025-11-20"),
            (chris, "Welder", None, "2025-09-01", "open", None),
            (dana, "Driver", "Acme", "2025-12-01", "open", None),
            (dana, None, None, "2025-08-01", "withdrawn", "2025-08-10"),
        ]
        connection.exec_driver_sql("DELETE FROM procedures")
        for row in rows:
            connection.exec_driver_sql(
                "INSERT INTO procedures (candidate_id, title, client, applied_on, outcome, ended_on) VALUES (?, ?, ?, ?, ?, ?)", row)
    vault.close()

    with open_vault(vault_folder, keychain, clock) as upgraded:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision()
        listed = {(row.title, row.client): row for row in vacancies.list_vacancies(upgraded)}
        assert set(listed) == {("Welder", "Acme"), ("Welder", None), ("Driver", "Acme")}
        filled = listed[("Welder", "Acme")]
        assert (filled.status, filled.opened_on, filled.closed_on) == ("filled", dt.date(2025, 10, 1), dt.date(2025, 11, 20))
        assert filled.counts == {"rejected": 1, "hired": 1}
        assert filled.stages == ("new", "screening", "interview", "offer", "hired", "rejected", "withdrawn")
        still_open = listed[("Driver", "Acme")]
        assert (still_open.status, still_open.closed_on, still_open.counts) == ("open", None, {"new": 1})
        assert listed[("Welder", None)].counts == {"new": 1}
        board = applications.applications_in(upgraded, filled.id)
        assert {(row.candidate_id, row.stage, row.stage_changed_on) for row in board} == {
            (ann, "rejected", dt.date(2025, 11, 15)), (bart, "hired", dt.date(2025, 11, 20))}
        with upgraded.read_session() as session:  # the untitled procedure stays a plain procedure
            untitled = session.query(Procedure).filter(Procedure.title.is_(None)).one()
            assert (untitled.vacancy_id, untitled.stage, untitled.outcome) == (None, None, "withdrawn")
        # The migrated vacancy works like a new one.
        applications.move_stage(upgraded, applications.applications_in(upgraded, still_open.id)[0].id, "interview")
