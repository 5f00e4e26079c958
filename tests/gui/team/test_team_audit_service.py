"""services/team_audit.py on a real server: the team's reading rule kept through the filters and the export
(a recruiter reads and exports only the entries of their own actions), the filters as the local trail
reads them, and every action the team writes shown in words."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from recruitdesk.services import team_audit, team_register
from recruitdesk.services.audit_trail import AuditFilter
from recruitdesk.services.team_desk import PersonalFields, TeamDesk
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role


@pytest.fixture
def rik(tmp_path, team_folder, team_database_url, keychain, second_keychain, clock):
    invitation = invite_member(team_folder, keychain, clock, "Rik", Role.RECRUITER)
    join_team_vault(tmp_path / "rik", team_database_url, invitation.code, second_keychain, clock)
    desk = TeamDesk.open(tmp_path / "rik", second_keychain, clock)
    yield desk
    desk.close()


def test_a_recruiter_reads_filters_and_exports_only_the_entries_of_their_own_actions(colleague, rik, clock, tmp_path):
    sofie = colleague.add(PersonalFields("Sofie Wouters"))
    jonas = rik.add(PersonalFields("Jonas Peeters"))
    team_register.register_request(colleague, sofie.candidate_id, "access", clock.today(), "ID card shown")

    reading = team_audit.read(rik)
    assert not reading.whole and reading.report.intact
    assert {row.member for row in reading.rows} == {"Rik"} and "candidate-added" in reading.actions
    assert "request-added" not in reading.actions  # the admin's: not even offered as a filter
    assert team_audit.read(rik, AuditFilter(candidate=str(sofie.candidate_id)[:8])).rows == []

    target = team_audit.export_xlsx(rik, tmp_path / "rik.xlsx")
    exported = list(openpyxl.load_workbook(target).worksheets[0].iter_rows(min_row=2, values_only=True))
    assert {row[2] for row in exported} == {"Rik"} and str(jonas.candidate_id) in {row[4] for row in exported}
    [audited] = [row for row in team_audit.read(colleague).rows if row.action == team_audit.EXPORTED]
    assert audited.member == "Rik" and audited.candidate_id is None

    whole = team_audit.read(colleague)
    assert whole.whole and {row.member for row in whole.rows} == {"Anna Admin", "Rik"}


def test_the_filters_read_days_inclusive_exact_codes_prefixes_and_opaque_id_starts(colleague, clock):
    sofie = colleague.add(PersonalFields("Sofie Wouters"))
    first_day = clock.today()
    clock.advance(dt.timedelta(days=3))
    colleague.add(PersonalFields("Jonas Peeters"))
    team_register.register_request(colleague, sofie.candidate_id, "access", clock.today(), "ID card shown")

    def actions(where: AuditFilter) -> list[str]:
        return [row.action for row in team_audit.read(colleague, where).rows]

    assert actions(AuditFilter(since=clock.today(), until=clock.today())) == ["request-added", "candidate-added"]
    assert "request-added" not in actions(AuditFilter(until=first_day))
    assert actions(AuditFilter(action="candidate-added")) == ["candidate-added", "candidate-added"]
    assert actions(AuditFilter(action="request-")) == ["request-added"]
    assert actions(AuditFilter(candidate=str(sofie.candidate_id)[:8].upper())) == ["request-added", "candidate-added"]
    assert len(team_audit.read(colleague, limit=2).rows) == 2


@pytest.mark.parametrize("code", sorted(set(team_register.ACTION_WORDS) | {"candidate-exported", "contact-added", team_audit.EXPORTED}))
def test_every_action_the_team_writes_has_words(code):
    assert team_audit.action_words(code) != code
