"""services/team_register.py on a real server: the local register's rules on team requests, an erased
candidate's request kept without their details, and the audit rows' words and ids."""

from __future__ import annotations

import datetime as dt

import pytest

from recruitdesk.services import rights_requests as rr
from recruitdesk.services import team_register
from recruitdesk.services.team_desk import PersonalFields

DAY = dt.timedelta(days=1)


def _only(desk) -> team_register.RegisterRow:
    [row] = team_register.read_register(desk).rows
    return row


def test_the_due_date_is_one_calendar_month_and_extensions_follow_the_local_rules(colleague, clock):
    candidate = colleague.add(PersonalFields("Jonas Peeters"))
    received = dt.date(2026, 1, 31)
    team_register.register_request(colleague, candidate.candidate_id, "access", received, "ID card shown")
    row = _only(colleague)
    assert not row.erased
    assert (row.received_on, row.due_on, row.name, row.recorded_by) == (received, dt.date(2026, 2, 28), "Jonas Peeters", "Anna Admin")
    assert row.overdue  # the test clock is 2 March 2026
    with pytest.raises(rr.ExtensionTooLate):  # the first month is over
        team_register.extend_request(colleague, row, team_register.one_month_more(received), "many years of files")
    with pytest.raises(rr.RequestDateInFuture):
        team_register.register_request(colleague, candidate.candidate_id, "access", clock.today() + DAY, "ID card shown")
    with pytest.raises(rr.UnknownRequestKind):
        team_register.register_request(colleague, candidate.candidate_id, "gossip", clock.today(), "ID card shown")


def test_extending_and_completing_refuse_what_the_local_register_refuses(colleague, clock):
    candidate = colleague.add(PersonalFields("Jonas Peeters"))
    team_register.register_request(colleague, candidate.candidate_id, "erasure", clock.today(), "")
    row = _only(colleague)
    with pytest.raises(rr.ExtensionReasonRequired):
        team_register.extend_request(colleague, row, team_register.latest_extension(row.received_on), "no")
    with pytest.raises(rr.ExtensionTooLong):
        team_register.extend_request(colleague, row, row.received_on + dt.timedelta(days=200), "many years of files")
    team_register.extend_request(colleague, row, team_register.latest_extension(row.received_on), "many years of files")
    row = _only(colleague)
    assert row.extended_to == team_register.latest_extension(row.received_on) and row.extension_reason == "many years of files"
    assert not row.may_extend_on(clock.today())
    with pytest.raises(rr.ExtensionNotLonger):
        team_register.extend_request(colleague, row, team_register.one_month_more(row.received_on), "many years of files")

    with pytest.raises(rr.OutcomeRequired):
        team_register.complete_request(colleague, row, " ", "ID card shown", clock.today())
    with pytest.raises(rr.IdentityNotChecked):
        team_register.complete_request(colleague, row, "erased on the 3rd", "", clock.today())
    with pytest.raises(team_register.RequestCompletionDate):
        team_register.complete_request(colleague, row, "erased on the 3rd", "ID card shown", clock.today() + DAY)
    team_register.complete_request(colleague, row, "erased on the 3rd", "ID card shown", clock.today())
    row = _only(colleague)
    assert (row.completed_on, row.outcome, row.identity_check, row.overdue) == (clock.today(), "erased on the 3rd", "ID card shown", False)
    with pytest.raises(rr.RequestAlreadyCompleted):
        team_register.complete_request(colleague, row, "again", "ID card shown", clock.today())


def test_an_erased_candidates_request_stays_in_the_register_with_its_identity_check_but_not_who_they_are(colleague, clock):
    candidate = colleague.add(PersonalFields("Jonas Peeters"))
    team_register.register_request(colleague, candidate.candidate_id, "erasure", clock.today(), "ID card shown")
    colleague.erase(candidate.candidate_id)
    row = _only(colleague)
    assert (row.kind, row.candidate_id, row.name, row.identity_check, row.received_on) == (
        "erasure", None, None, "ID card shown", clock.today())
    assert row.erased and not row.about_person  # completed as an erased candidate's, not as a person's (no suppression asked)


def test_the_audit_rows_name_members_and_actions_and_show_candidates_by_opaque_id_only(colleague, clock):
    candidate = colleague.add(PersonalFields("Jonas Peeters"))
    team_register.register_request(colleague, candidate.candidate_id, "access", clock.today(), "ID card shown")
    audit = team_register.read_audit(colleague)
    assert audit.intact and audit.whole
    newest, before = audit.rows[0], audit.rows[1]
    assert (newest.member, newest.action, newest.candidate) == ("Anna Admin", "Request registered", str(candidate.candidate_id)[:8])
    assert (before.action, before.candidate) == ("Candidate added", str(candidate.candidate_id)[:8])
    assert all("Jonas" not in str(row) for row in audit.rows)
    assert [row.number for row in audit.rows] == sorted((row.number for row in audit.rows), reverse=True)
