"""The request register keeps what the firm must show after a team candidate is erased, however
they were erased: Delete… (``erasure.erase_candidate``) as well as completing their erasure request.

Before, Delete… took every request's details with the candidate (ON DELETE CASCADE): an access
request answered last month lost its identity check and outcome, and an erasure request still open
when a colleague erased the candidate by hand was completed later with the member's typed answer
silently dropped. The local register keeps these (``RightsRequest`` rows with SET NULL), and so
does the team's now: sealed again under the firm key, without the requester's name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from recruitdesk.team import candidates as team_candidates
from recruitdesk.team import membership, request_actions, rights_requests, suppression
from recruitdesk.team.erasure import erase_candidate

ANNA = team_candidates.PersonalFields("Anna Verbruggen", "anna.verbruggen@example.be", phone="+32 470 11 22 33")


@pytest.fixture
def admin(team_engine, keychain, clock):
    team, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    return team


def _record(engine, team, clock, candidate_id, kind):
    today = clock.today()
    dates = rights_requests.RequestDates(today, today + dt.timedelta(days=30))
    details = rights_requests.RequestDetails(requester="Anna Verbruggen herself", identity_check="ID card shown at the desk")
    return rights_requests.record_request(engine, team, candidate_id, kind, dates, details, clock), dates


def _only(engine, team, request_id) -> rights_requests.TeamRequest:
    return next(request for request in rights_requests.register(engine, team) if request.request_id == request_id)


def test_an_answered_access_request_keeps_its_identity_check_and_outcome_when_the_candidate_is_deleted(team_engine, admin, clock):
    anna = team_candidates.add_candidate(team_engine, admin, ANNA, clock)
    request_id, dates = _record(team_engine, admin, clock, anna, "access")
    answered = rights_requests.RequestDetails(requester="Anna Verbruggen herself", identity_check="ID card shown at the desk",
                                              outcome="Export sent by registered mail")
    rights_requests.update_request(team_engine, admin, request_id, 1, replace(dates, completed_on=clock.today()), answered, clock)
    assert _only(team_engine, admin, request_id).details.requester == "Anna Verbruggen herself"  # the control: as recorded

    clock.advance(days=40)
    erase_candidate(team_engine, admin, anna, clock)

    kept = _only(team_engine, admin, request_id)
    assert kept.candidate_id is None and kept.dates.completed_on is not None
    assert kept.details is not None
    assert (kept.details.identity_check, kept.details.outcome) == ("ID card shown at the desk", "Export sent by registered mail")
    assert kept.details.requester is None and kept.details.email is None  # who asked goes with the candidate
    with pytest.raises(team_candidates.TeamCandidateNotFound):
        team_candidates.read_candidate(team_engine, admin, anna)


def test_an_erasure_request_completed_after_a_colleague_deleted_the_candidate_keeps_the_typed_answer(team_engine, admin, clock):
    anna = team_candidates.add_candidate(team_engine, admin, ANNA, clock)
    request_id, dates = _record(team_engine, admin, clock, anna, "erasure")
    erase_candidate(team_engine, admin, anna, clock)  # Delete… before the request was completed

    open_request = _only(team_engine, admin, request_id)
    assert open_request.candidate_id is None and open_request.details.identity_check == "ID card shown at the desk"
    typed = rights_requests.RequestDetails(identity_check="ID card shown at the desk", outcome="Erased by hand on the day asked")
    request_actions.complete_carrying_out(team_engine, admin, request_id, open_request.version,
                                          replace(dates, completed_on=clock.today()), typed, request_actions.ERASE, clock)

    done = _only(team_engine, admin, request_id)
    assert done.dates.completed_on == clock.today()
    assert done.details.outcome == "Erased by hand on the day asked"  # before: dropped without a word


def test_completing_an_erasure_request_keeps_the_candidates_other_requests_too(team_engine, admin, clock):
    anna = team_candidates.add_candidate(team_engine, admin, ANNA, clock)
    access_id, access_dates = _record(team_engine, admin, clock, anna, "access")
    rights_requests.update_request(team_engine, admin, access_id, 1, replace(access_dates, completed_on=clock.today()),
                                   rights_requests.RequestDetails(identity_check="ID card shown at the desk", outcome="Export sent"),
                                   clock)
    erasure_id, erasure_dates = _record(team_engine, admin, clock, anna, "erasure")

    request_actions.complete_carrying_out(team_engine, admin, erasure_id, 1, replace(erasure_dates, completed_on=clock.today()),
                                          rights_requests.RequestDetails(identity_check="Phone call", outcome="Erased"),
                                          request_actions.ERASE, clock)

    assert _only(team_engine, admin, access_id).details.outcome == "Export sent"
    assert _only(team_engine, admin, erasure_id).details.outcome == "Erased"


@pytest.mark.parametrize("kind, basis", [("erasure", suppression.ERASURE_REQUEST), ("objection", suppression.OBJECTION)])
def test_a_candidate_deleted_while_their_erasure_request_or_objection_is_open_goes_on_the_suppression_list(
        team_engine, admin, clock, kind, basis):
    anna = team_candidates.add_candidate(team_engine, admin, ANNA, clock)
    clock.advance(days=2)
    _record(team_engine, admin, clock, anna, "access")  # not a basis: the oldest suppressing request is taken
    request_id, dates = _record(team_engine, admin, clock, anna, kind)
    with team_engine.connect() as connection:
        assert suppression.is_suppressed(connection, admin, ANNA.email, ANNA.phone) is None  # the control

    erase_candidate(team_engine, admin, anna, clock)

    with team_engine.connect() as connection:
        hit = suppression.is_suppressed(connection, admin, "Anna.Verbruggen@example.be", None)
        assert hit == suppression.SuppressionHit(basis, dates.received_on)
        assert suppression.is_suppressed(connection, admin, None, "0470 11 22 33") is not None
        assert suppression.is_suppressed(connection, admin, "someone.else@example.be", None) is None


def test_a_candidate_deleted_after_their_erasure_request_was_answered_is_not_put_on_the_list_again(team_engine, admin, clock):
    anna = team_candidates.add_candidate(team_engine, admin, ANNA, clock)
    request_id, dates = _record(team_engine, admin, clock, anna, "objection")
    rights_requests.update_request(team_engine, admin, request_id, 1, replace(dates, completed_on=clock.today()),
                                   rights_requests.RequestDetails(identity_check="ID card", outcome="Objection rejected: contract"),
                                   clock)  # completed without suppressing (the firm's compelling grounds)
    erase_candidate(team_engine, admin, anna, clock)
    with team_engine.connect() as connection:
        assert suppression.is_suppressed(connection, admin, ANNA.email, ANNA.phone) is None
