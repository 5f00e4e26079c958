"""Rights requests carried out in a team vault on a real server: restriction, consent withdrawal,
objection and erasure, each with the request's completion in one transaction, and the suppression
list that makes a returning objector's CV refused at import, without the server holding who they are."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from recruitdesk.team import candidates as team_candidates
from recruitdesk.services.importing import preview
from recruitdesk.team import consents, cv_import, membership, request_actions, retention, rights_requests, suppression
from recruitdesk.team.schema import candidates, suppression as suppression_table
from tests.importing import make_files

SOFIE = team_candidates.PersonalFields("Sofie Wouters", "Sofie.Wouters@example.be", phone="+32 470 98 76 54")


@pytest.fixture
def admin(team_engine, keychain, clock):
    team, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    return team


def _request(engine, team, clock, candidate_id, kind):
    today = clock.today()
    dates = rights_requests.RequestDates(today, today + dt.timedelta(days=30))
    request_id = rights_requests.record_request(engine, team, candidate_id, kind, dates,
                                                rights_requests.RequestDetails(identity_check="ID card shown"), clock)
    return request_id, replace(dates, completed_on=today)


def _complete(engine, team, clock, request_id, dates, action, basis=None):
    return request_actions.complete_carrying_out(engine, team, request_id, 1, dates, rights_requests.RequestDetails(
        identity_check="ID card shown", outcome="done"), action, clock, basis)


def _suppressed(engine) -> int:
    with engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(suppression_table))


def test_a_restriction_marks_the_candidate_restricted_in_a_new_version_and_completes_the_request(team_engine, admin, clock):
    sofie = team_candidates.add_candidate(team_engine, admin, SOFIE, clock)
    request_id, dates = _request(team_engine, admin, clock, sofie, "restriction")
    assert not team_candidates.read_candidate(team_engine, admin, sofie).restricted  # the control

    assert _complete(team_engine, admin, clock, request_id, dates, request_actions.RESTRICT) == 2

    restricted = team_candidates.read_candidate(team_engine, admin, sofie)
    assert restricted.restricted and restricted.version == 2 and restricted.personal == SOFIE
    [row] = team_candidates.list_candidates(team_engine, admin)
    assert row.restricted
    [done] = rights_requests.register(team_engine, admin)
    assert done.dates.completed_on == clock.today() and done.details.outcome == "done" and done.candidate_id == sofie
    assert _suppressed(team_engine) == 0  # a restriction alone puts nobody on the list


def test_a_consent_withdrawal_withdraws_every_running_consent_and_the_countdown_moves(team_engine, admin, clock):
    sofie = team_candidates.add_candidate(team_engine, admin, SOFIE, clock)
    consents.add_consent(team_engine, admin, sofie, consents.ConsentTerms("recruitment_reserve", clock.today(), "email"), clock)
    with_reserve = team_candidates.read_candidate(team_engine, admin, sofie).deadline
    request_id, dates = _request(team_engine, admin, clock, sofie, "consent_withdrawal")

    _complete(team_engine, admin, clock, request_id, dates, request_actions.WITHDRAW_CONSENTS)

    [withdrawn] = consents.consents_of(team_engine, admin, sofie)
    assert withdrawn.terms.withdrawn_on == clock.today() and withdrawn.version == 2
    facts, _version = retention.facts_of(team_engine, admin, sofie)
    assert not any(consent.active_on(clock.today() + dt.timedelta(days=1)) for consent in facts.consents)
    assert team_candidates.read_candidate(team_engine, admin, sofie).deadline < with_reserve


def test_an_objection_ending_in_erasure_suppresses_the_person_and_their_cv_is_refused_when_it_comes_back(
        postgres_server, team_engine, admin, clock, tmp_path):
    sofie = team_candidates.add_candidate(team_engine, admin, SOFIE, clock)
    request_id, dates = _request(team_engine, admin, clock, sofie, "objection")

    _complete(team_engine, admin, clock, request_id, dates, request_actions.ERASE, suppression.OBJECTION)

    with pytest.raises(team_candidates.TeamCandidateNotFound):
        team_candidates.read_candidate(team_engine, admin, sofie)
    assert _suppressed(team_engine) == 2  # the e-mail address and the phone number, as keyed digests
    dump = postgres_server.dump_of_all()
    for secret in ("Sofie.Wouters@example.be", "sofie.wouters@example.be", "470987654", "+32470987654"):
        assert secret.encode() not in dump, secret
    [done] = rights_requests.register(team_engine, admin)
    assert done.candidate_id is None and done.details.outcome == "done"

    returning = make_files.write_docx(tmp_path / "sofie-2027.docx", make_files.dutch_cv_lines(
        name="Sofie Wouters", email="sofie.wouters@EXAMPLE.be", phone="0499 00 11 22"))
    other = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines())  # the control: someone else
    previews = preview([returning, other])
    cv_import.check_duplicates(team_engine, admin, previews)  # the import dialog's review shows it first
    assert [item.suppressed for item in previews] == [True, False]
    refused, imported = cv_import.import_cvs(team_engine, admin, [returning, other], clock)
    assert refused.status == "skipped" and isinstance(refused.failure, cv_import.OnSuppressionList)
    assert "objected to the processing of their data or asked for its erasure" in refused.failure.message()
    assert imported.status == "imported"
    with team_engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(candidates)) == 1


def test_a_phone_number_alone_is_recognised_however_it_is_written(team_engine, admin, clock):
    sofie = team_candidates.add_candidate(team_engine, admin, replace(SOFIE, email=None), clock)
    request_id, dates = _request(team_engine, admin, clock, sofie, "erasure")
    _complete(team_engine, admin, clock, request_id, dates, request_actions.ERASE, suppression.ERASURE_REQUEST)
    with team_engine.connect() as connection:
        hit = suppression.is_suppressed(connection, admin, "someone.else@example.org", "0470/98.76.54")
        assert hit == suppression.SuppressionHit(suppression.ERASURE_REQUEST, clock.today())
        assert suppression.is_suppressed(connection, admin, "someone.else@example.org", "0470 65 43 21") is None


def test_an_erasure_refused_for_a_legal_hold_puts_nobody_on_the_list_and_changes_nothing(team_engine, admin, clock):
    sofie = team_candidates.add_candidate(team_engine, admin, SOFIE, clock)
    facts, version = retention.facts_of(team_engine, admin, sofie)
    retention.record_facts(team_engine, admin, sofie, version, replace(facts, legal_hold_reason="court case"), clock)
    request_id, dates = _request(team_engine, admin, clock, sofie, "objection")
    from recruitdesk import errors
    with pytest.raises(errors.TeamCandidateOnLegalHold):
        _complete(team_engine, admin, clock, request_id, dates, request_actions.ERASE, suppression.OBJECTION)
    assert _suppressed(team_engine) == 0
    [still] = rights_requests.register(team_engine, admin)
    assert still.dates.completed_on is None and still.candidate_id == sofie


def test_a_request_about_a_person_is_completed_and_suppresses_them_together_or_not_at_all(team_engine, admin, clock):
    from recruitdesk.team import records

    today = clock.today()
    dates = rights_requests.RequestDates(today, today + dt.timedelta(days=30))
    person = rights_requests.RequestDetails("Liesbeth Hoogewerf", "ID card shown", email="liesbeth@example.be")
    request_id = rights_requests.record_request(team_engine, admin, None, "erasure", dates, person, clock)
    done = replace(person, outcome="we hold nothing")
    with pytest.raises(records.RecordVersionConflict):  # a colleague's change meanwhile: neither happens
        request_actions.complete_suppressing(team_engine, admin, request_id, 7, replace(dates, completed_on=today), done,
                                             suppression.ERASURE_REQUEST, clock)
    assert _suppressed(team_engine) == 0

    assert request_actions.complete_suppressing(team_engine, admin, request_id, 1, replace(dates, completed_on=today), done,
                                                suppression.ERASURE_REQUEST, clock) == 2
    assert _suppressed(team_engine) == 1  # the e-mail address; no phone was given
    [row] = rights_requests.register(team_engine, admin)
    assert row.details == done and row.dates.completed_on == today
    with team_engine.connect() as connection:
        assert suppression.is_suppressed(connection, admin, "Liesbeth@Example.be", None) == suppression.SuppressionHit(
            suppression.ERASURE_REQUEST, today)


def test_completing_a_candidates_request_as_a_persons_is_refused_and_changes_nothing(team_engine, admin, clock):
    sofie = team_candidates.add_candidate(team_engine, admin, SOFIE, clock)
    request_id, dates = _request(team_engine, admin, clock, sofie, "erasure")
    with pytest.raises(ValueError):
        request_actions.complete_suppressing(team_engine, admin, request_id, 1, dates, rights_requests.RequestDetails(
            email=SOFIE.email), suppression.ERASURE_REQUEST, clock)
    [still] = rights_requests.register(team_engine, admin)
    assert still.dates.completed_on is None and still.version == 1 and _suppressed(team_engine) == 0
