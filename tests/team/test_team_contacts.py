"""Contacts with team candidates on a real PostgreSQL server: a contact moves the sealed last contact
and the deadline in the same transaction, is audited naming the member and announced; a DPO cannot
record one; erasure takes the contact rows along and neither the tables nor a dump hold its words.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from recruitdesk.retention import engine as retention_engine
from recruitdesk.retention.presets import get_preset
from recruitdesk.team import applications, audit, change_feed, contacts, membership
from recruitdesk.team import retention as team_retention
from recruitdesk.team.candidates import PersonalFields, add_candidate
from recruitdesk.team.erasure import erase_candidate
from recruitdesk.team.records import RecordNotFound
from recruitdesk.team.roles import NotAllowed, Role
from recruitdesk.team.schema import CANDIDATE_TABLES, candidates
from recruitdesk.team.schema import contacts as contacts_table
from recruitdesk.team.vacancies import VacancyFields, add_vacancy

WORDING = "Ik ga akkoord dat Zwaluwstaart Werving mijn gegevens bewaart in de wervingsreserve"


@pytest.fixture
def admin(team_engine, keychain, clock):
    team, _recovery = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    team_retention.set_policy(team_engine, team, get_preset("nl-ap").policy, "nl-ap", clock)
    return team


def _deadline(engine, candidate_id):
    with engine.connect() as connection:
        return connection.scalar(select(candidates.c.deadline).where(candidates.c.candidate_id == candidate_id))


def _in_procedure(engine, team, clock, name="Anna Peeters"):
    """A candidate with an open application: the preset counts 6 months from the last contact."""
    anna = add_candidate(engine, team, PersonalFields(name, "anna@example.org"), clock)
    vacancy = add_vacancy(engine, team, VacancyFields("Lasser", "Staalbouw Noord"), clock)
    application = applications.apply(engine, team, vacancy, anna, clock)
    return anna, application


def test_a_contact_moves_the_last_contact_and_the_deadline_in_one_write(team_engine, admin, clock):
    anna, application = _in_procedure(team_engine, admin, clock)
    assert _deadline(team_engine, anna) == dt.date(2026, 9, 2)  # 6 months after applying on 2 March
    _status, _facts, version_before = team_retention.countdown_of(team_engine, admin, anna, clock.today())
    clock.advance(days=40)

    contact_id = contacts.record_contact(team_engine, admin, anna, contacts.ContactTerms(
        clock.today(), "interview_scheduled", "phone", application), clock)

    status, facts, version = team_retention.countdown_of(team_engine, admin, anna, clock.today())
    assert facts.last_contact_on == dt.date(2026, 4, 11)
    assert _deadline(team_engine, anna) == status.due_on == dt.date(2026, 10, 11)  # 6 months after the contact
    policy = get_preset("nl-ap").policy
    assert retention_engine.evaluate(facts, policy, clock.today()).due_on == dt.date(2026, 10, 11)
    assert version == version_before  # not a facts edit: a colleague's open retention dialog still saves
    [listed] = contacts.contacts_of(team_engine, admin, anna)
    assert (listed.contact_id, listed.terms) == (contact_id, contacts.ContactTerms(dt.date(2026, 4, 11), "interview_scheduled",
                                                                                  "phone", application))
    [entry] = [e for e in audit.entries(team_engine) if e.action == contacts.ADDED]
    assert (entry.actor, entry.candidate_id, entry.record_id, entry.detail) == (audit.actor_of(admin), anna, contact_id, None)


def test_an_older_contact_recorded_late_keeps_the_later_last_contact(team_engine, admin, clock):
    anna, _application = _in_procedure(team_engine, admin, clock)
    clock.advance(days=40)
    contacts.record_contact(team_engine, admin, anna, contacts.ContactTerms(clock.today(), "message_sent", "email"), clock)
    contacts.record_contact(team_engine, admin, anna, contacts.ContactTerms(dt.date(2026, 3, 20), "contact", "phone"), clock)

    _status, facts, _version = team_retention.countdown_of(team_engine, admin, anna, clock.today())
    assert facts.last_contact_on == dt.date(2026, 4, 11)
    assert _deadline(team_engine, anna) == dt.date(2026, 10, 11)
    assert [c.terms.on for c in contacts.contacts_of(team_engine, admin, anna)] == [dt.date(2026, 3, 20), dt.date(2026, 4, 11)]


def test_a_contact_is_announced_on_the_change_feed(team_engine, admin, clock):
    anna, _application = _in_procedure(team_engine, admin, clock)
    listener = change_feed.ChangeListener(team_engine)
    try:
        contact_id = contacts.record_contact(team_engine, admin, anna, contacts.ContactTerms(clock.today(), "contact"), clock)
        heard = list(listener.changes(timeout=5, stop_after=1))
    finally:
        listener.close()
    assert [(c.kind, c.record_id, c.candidate_id) for c in heard] == [(contacts.KIND, contact_id, anna)]


def test_an_application_of_someone_else_is_refused(team_engine, admin, clock):
    anna, _application = _in_procedure(team_engine, admin, clock)
    _bert, berts_application = _in_procedure(team_engine, admin, clock, "Bert Claes")
    with pytest.raises(RecordNotFound):
        contacts.record_contact(team_engine, admin, anna, contacts.ContactTerms(clock.today(), "rejection_sent", "email",
                                                                                berts_application), clock)
    assert contacts.contacts_of(team_engine, admin, anna) == []


def test_a_dpo_reads_contacts_but_cannot_record_one(team_engine, admin, second_keychain, clock):
    anna, _application = _in_procedure(team_engine, admin, clock)
    contacts.record_contact(team_engine, admin, anna, contacts.ContactTerms(clock.today(), "contact", "phone"), clock)
    public_key = membership.new_device_key(second_keychain, admin.keys.team_id)
    dpo_id = membership.add_member(team_engine, admin, public_key, Role.DPO, "Dora DPO", clock)
    dpo = membership.open_as_member(team_engine, second_keychain, dpo_id)

    assert len(contacts.contacts_of(team_engine, dpo, anna)) == 1
    with pytest.raises(NotAllowed):
        contacts.record_contact(team_engine, dpo, anna, contacts.ContactTerms(clock.today(), "contact"), clock)
    assert len(contacts.contacts_of(team_engine, admin, anna)) == 1


def test_erasure_removes_the_contacts_and_no_dump_holds_their_words(postgres_server, team_engine, admin, clock):
    assert contacts_table.name in CANDIDATE_TABLES  # vacuumed with the candidate
    anna, application = _in_procedure(team_engine, admin, clock)
    contacts.record_contact(team_engine, admin, anna, contacts.ContactTerms(clock.today(), "rejection_sent", "email", application,
                                                                            WORDING, "rejection-reserve-1"), clock)
    with team_engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("CHECKPOINT"))
    dump = postgres_server.dump_of_all()
    for secret in ("Zwaluwstaart", "wervingsreserve", "rejection_sent", "rejection-reserve-1"):
        assert secret.encode() not in dump, secret
    with team_engine.connect() as connection:
        sealed = bytes(connection.scalar(select(contacts_table.c.content_sealed)))
    assert sealed.hex().encode() in dump  # control: the dump holds the row, as ciphertext

    erase_candidate(team_engine, admin, anna, clock)

    with team_engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(contacts_table)) == 0
    assert sealed.hex().encode() not in postgres_server.dump_of_all()
