"""A local vault's contacts as the Record a contact… dialog reads and records them (``services.contacts``).

The history is every contact the vault keeps, oldest first, a rejection letter marked sent included;
recording refuses a day after today and a kind the dialog does not offer before anything is written,
and returns the countdown the contact moved (IT1: not hired, kept 4 weeks after the last contact).
"""

from __future__ import annotations

import datetime as dt

import pytest

from recruitdesk.retention.presets import PRESETS
from recruitdesk.services import contacts, retention
from recruitdesk.services.candidates import new_candidate, record_contact, record_outcome


@pytest.fixture
def lena(new_vault, clock):
    vault, _key = new_vault
    retention.change_policy(vault, PRESETS["it1"].policy, "it1")
    with vault.session() as session, session.begin():
        candidate_id = new_candidate(session, vault.candidate_keys, clock, "Lena Maes", applied_on=clock.today() - dt.timedelta(days=30)).id
    record_outcome(vault, candidate_id, "not_hired", clock.today() - dt.timedelta(days=20))
    return vault, candidate_id


def test_the_history_is_every_kept_contact_oldest_first(lena, clock):
    vault, candidate_id = lena
    today = clock.today()
    record_contact(vault, candidate_id, today - dt.timedelta(days=2), "email", "rejection_sent", wording="May we keep your CV?")
    record_contact(vault, candidate_id, today - dt.timedelta(days=5), "phone", "interview_scheduled")
    lines = contacts.contacts_of(vault, candidate_id)
    assert [(line.on, line.kind, line.channel, line.asked_reserve) for line in lines] == [
        (today - dt.timedelta(days=5), "interview_scheduled", "phone", False),
        (today - dt.timedelta(days=2), "rejection_sent", "email", True)]
    assert [line.kind_text for line in lines] == ["Interview scheduled", "Rejection message sent"]


def test_recording_moves_the_countdown_and_returns_it(lena, clock):
    vault, candidate_id = lena
    view = contacts.record(vault, candidate_id, clock.today(), "message_sent", "email")
    assert view.due_on == clock.today() + dt.timedelta(weeks=4) and view.last_contact_on == clock.today()
    assert [(line.kind, line.channel) for line in contacts.contacts_of(vault, candidate_id)] == [("message_sent", "email")]


@pytest.mark.parametrize("on, kind, refusal", [(1, "contact", contacts.ContactInTheFuture),
                                               (0, "rejection_sent", contacts.UnknownContactKind)])
def test_a_day_after_today_or_a_kind_not_offered_is_refused_and_nothing_recorded(lena, clock, on, kind, refusal):
    vault, candidate_id = lena
    with pytest.raises(refusal):
        contacts.record(vault, candidate_id, clock.today() + dt.timedelta(days=on), kind, "email")
    assert contacts.contacts_of(vault, candidate_id) == []
