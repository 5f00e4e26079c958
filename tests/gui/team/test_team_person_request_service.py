"""services/team_register.py on a real server: a request about a person who is not a candidate (the local register's
"without a candidate"), sealed so the server never sees who they are, due and extended as any request, and, for an
erasure or objection, completed by putting their e-mail address and phone number on the team's suppression list so
a CV of theirs dropped later is refused at import."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import create_engine, text

from recruitdesk import i18n
from recruitdesk.errors import TeamActionNotAllowed
from recruitdesk.services import rights_requests as rr
from recruitdesk.services import team_register
from recruitdesk.services.candidate_detail import InvalidEmail, InvalidPhone
from recruitdesk.services.team_desk import PersonalFields, TeamDesk
from recruitdesk.services.team_register import RequestPerson
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role
from tests.importing import make_files

LIESBETH = RequestPerson("Liesbeth Hoogewerf", "Liesbeth.Hoogewerf@Example.be", "+32 470 11 22 33")
SECRETS = ("Liesbeth", "Hoogewerf", "liesbeth.hoogewerf@example.be", "Liesbeth.Hoogewerf@Example.be", "470112233", "470 11 22 33")


def _only(desk) -> team_register.RegisterRow:
    [row] = team_register.read_register(desk).rows
    return row


def _cv(folder, name: str, file: str, email: str, phone: str):
    return make_files.write_docx(folder / file, make_files.dutch_cv_lines(name=name, email=email, phone=phone))


def test_a_request_about_a_person_is_listed_with_their_name_due_in_a_month_extendable_and_audited(colleague, clock):
    received = clock.today() - dt.timedelta(days=3)
    team_register.register_person_request(colleague, "access", received, "mail from the address they gave", LIESBETH)
    row = _only(colleague)
    assert (row.kind, row.candidate_id, row.name, row.email, row.phone) == (
        "access", None, "Liesbeth Hoogewerf", "liesbeth.hoogewerf@example.be", "+32 470 11 22 33")
    assert (row.received_on, row.due_on, row.recorded_by, row.identity_check) == (
        received, rr.answer_due_date(received), "Anna Admin", "mail from the address they gave")
    assert row.about_person and not row.erased and row.who == "Liesbeth Hoogewerf"

    team_register.extend_request(colleague, row, team_register.latest_extension(received), "the archive must be searched")
    row = _only(colleague)
    assert row.extended_to == team_register.latest_extension(received)
    assert (row.name, row.email, row.phone) == ("Liesbeth Hoogewerf", "liesbeth.hoogewerf@example.be", "+32 470 11 22 33")

    newest = team_register.read_audit(colleague).rows[:2]
    assert [(entry.member, entry.action, entry.candidate) for entry in newest] == [
        ("Anna Admin", "Request extended or completed", None), ("Anna Admin", "Request registered", None)]


def test_registering_refuses_what_is_not_a_person_or_not_a_request(colleague, clock):
    today = clock.today()
    with pytest.raises(team_register.TeamRequestPersonMissing) as missing:
        team_register.register_person_request(colleague, "access", today, "", RequestPerson(" ", "", None))
    assert "a name, an e-mail address or a phone number" in missing.value.message()
    with pytest.raises(team_register.TeamObjectionNeedsContact):
        team_register.register_person_request(colleague, "objection", today, "", RequestPerson("Liesbeth Hoogewerf"))
    with pytest.raises(InvalidEmail):
        team_register.register_person_request(colleague, "erasure", today, "", RequestPerson(email="liesbeth at example"))
    with pytest.raises(InvalidPhone):
        team_register.register_person_request(colleague, "erasure", today, "", RequestPerson(phone="call me"))
    with pytest.raises(rr.RequestDateInFuture):
        team_register.register_person_request(colleague, "access", today + dt.timedelta(days=1), "", LIESBETH)
    with pytest.raises(rr.UnknownRequestKind):
        team_register.register_person_request(colleague, "gossip", today, "", LIESBETH)
    assert team_register.read_register(colleague).rows == []
    team_register.register_person_request(colleague, "objection", today, "", RequestPerson(phone="0470 11 22 33"))  # the control
    assert _only(colleague).who == "0470 11 22 33"


def test_completing_an_erasure_request_suppresses_the_person_and_their_cv_is_refused_in_words(colleague, clock, tmp_path):
    team_register.register_person_request(colleague, "access", clock.today(), "ID card shown",
                                          RequestPerson("Griet Claes", "griet.claes@example.be"))
    team_register.register_person_request(colleague, "erasure", clock.today(), "ID card shown", LIESBETH)
    access, erasure = sorted(team_register.read_register(colleague).rows, key=lambda row: row.kind)
    assert team_register.suppresses_person(erasure) and not team_register.suppresses_person(access)
    team_register.complete_request(colleague, access, "we hold nothing about her; told by mail", "ID card shown", clock.today())
    team_register.complete_request(colleague, erasure, "we hold nothing; her e-mail and phone are suppressed", "ID card shown",
                                   clock.today())
    done = {row.kind: row for row in team_register.read_register(colleague).rows}
    assert done["erasure"].completed_on == clock.today() and done["erasure"].name == "Liesbeth Hoogewerf"
    assert done["erasure"].outcome == "we hold nothing; her e-mail and phone are suppressed"

    returning = _cv(tmp_path, "Liesbeth Hoogewerf", "liesbeth.docx", "LIESBETH.hoogewerf@example.be", "0499 00 11 22")
    by_phone = _cv(tmp_path, "L. Hoogewerf", "hoogewerf.docx", "l.h@example.org", "0470/11.22.33")
    griet = _cv(tmp_path, "Griet Claes", "griet.docx", "griet.claes@example.be", "0471 00 00 00")  # asked for access only
    i18n.set_language("nl")
    try:
        refused, refused_by_phone, imported = colleague.import_cvs([returning, by_phone, griet])
    finally:
        i18n.set_language("en")
    for outcome in (refused, refused_by_phone):
        assert not outcome.imported and outcome.candidate_id is None
        assert "is niet geïmporteerd: deze persoon heeft bezwaar gemaakt" in outcome.reason
    assert imported.imported and [row.full_name for row in colleague.rows()] == ["Griet Claes"]


def test_an_objection_is_completed_without_choosing_an_ending_and_suppresses_the_phone(colleague, clock, tmp_path):
    team_register.register_person_request(colleague, "objection", clock.today(), "called back", RequestPerson(phone="0470 11 22 33"))
    row = _only(colleague)
    assert team_register.action_of(row) is None  # nobody to erase or restrict
    team_register.complete_request(colleague, row, "no more calls", "called back", clock.today())
    [outcome] = colleague.import_cvs([_cv(tmp_path, "Liesbeth Hoogewerf", "cv.docx", "someone@example.org", "+32470112233")])
    assert not outcome.imported and "objected to the processing of their data" in outcome.reason


def test_an_erasure_about_a_candidate_still_erases_them_and_a_person_request_needs_a_writing_role(
        colleague, clock, tmp_path, team_folder, team_database_url, keychain, second_keychain):
    jonas = colleague.add(PersonalFields("Jonas Peeters", "jonas@example.org"))
    team_register.register_request(colleague, jonas.candidate_id, "erasure", clock.today(), "ID card shown")
    row = _only(colleague)
    assert not row.about_person and not team_register.suppresses_person(row)
    team_register.complete_request(colleague, row, "erased", "ID card shown", clock.today())
    assert colleague.row(jonas.candidate_id) is None
    assert not _only(colleague).about_person  # the erased candidate's request is not taken for a person's

    invitation = invite_member(team_folder, keychain, clock, "Dora", Role.DPO)
    join_team_vault(tmp_path / "dora", team_database_url, invitation.code, second_keychain, clock)
    dora = TeamDesk.open(tmp_path / "dora", second_keychain, clock)
    try:
        with pytest.raises(TeamActionNotAllowed):
            team_register.register_person_request(dora, "access", clock.today(), "", LIESBETH)
        assert len(team_register.read_register(dora).rows) == 1
    finally:
        dora.close()


def test_the_server_never_holds_the_persons_name_e_mail_or_phone(colleague, clock, postgres_server, team_database_url):
    team_register.register_person_request(colleague, "erasure", clock.today(), "ID card shown", LIESBETH)
    row = _only(colleague)
    team_register.extend_request(colleague, row, team_register.one_month_more(row.received_on), "the archive must be searched")
    team_register.complete_request(colleague, _only(colleague), "we hold nothing", "ID card shown", clock.today())
    dump = postgres_server.dump_of_all()
    for secret in SECRETS:
        assert secret.encode() not in dump and secret.lower().encode() not in dump, secret
    assert b"team_suppression" in dump and b"erasure_request" in dump  # the list has its entries, as digests

    # Control: the same scan finds the words in a deliberately plaintext table of the same database.
    superuser = create_engine(team_database_url)
    try:
        with superuser.begin() as connection:
            connection.execute(text("CREATE TABLE plaintext_control (name text, email text, phone text)"))
            connection.execute(text("INSERT INTO plaintext_control VALUES (:name, :email, :phone)"),
                               {"name": LIESBETH.name, "email": LIESBETH.email, "phone": LIESBETH.phone})
    finally:
        superuser.dispose()
    dump = postgres_server.dump_of_all()
    for value in (LIESBETH.name, LIESBETH.email, LIESBETH.phone):
        assert value is not None and value.encode() in dump, value
