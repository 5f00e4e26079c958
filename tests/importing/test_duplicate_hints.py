"""Duplicate hints (issue 21): a shared email or phone is a likely duplicate; a shared name is at
most a weak hint, and none at all when the email addresses or phone numbers tell the people apart."""

from __future__ import annotations

from recruitdesk.importing.duplicates import NameIndex, find_matches
from recruitdesk.importing.notices import Notice
from recruitdesk.services.candidates import add_candidate


def _matches(vault, name, email=None, phone=None):
    with vault.read_session() as session:
        return [(match.kind, match.candidate_id, match.strong)
                for match in find_matches(session, vault.candidate_keys, name, email, phone, None)]


def test_three_john_does_with_their_own_emails_are_not_duplicates(new_vault):
    vault, _key = new_vault
    first = add_candidate(vault, "John Doe", email="john.doe@alpha.example")
    add_candidate(vault, "John Doe", email="jdoe@beta.example")
    assert _matches(vault, "John Doe", email="john@gamma.example") == []
    assert _matches(vault, "DOE, John", email="JOHN.DOE@alpha.example") == [("email", first, True)]


def test_the_same_email_or_phone_is_a_likely_duplicate_whatever_the_name(new_vault):
    vault, _key = new_vault
    ann = add_candidate(vault, "Ann Peeters", email="ann@example.be", phone="+32499112233")
    assert _matches(vault, "A. Peeters-Janssens", email="ann@example.be") == [("email", ann, True)]
    assert _matches(vault, "Someone Else", phone="+32499112233") == [("phone", ann, True)]


def test_a_name_alone_is_only_a_weak_hint(new_vault):
    vault, _key = new_vault
    no_contact = add_candidate(vault, "Pieter Claes")
    with_email = add_candidate(vault, "Marie Dubois", email="marie@example.fr")
    # nothing to compare on one side: a hint, never a strong match
    assert _matches(vault, "Pieter Claes", email="pieter@example.be") == [("name", no_contact, False)]
    assert _matches(vault, "Marie Dubois") == [("name", with_email, False)]
    # a different phone on both sides tells them apart as well
    add_candidate(vault, "Jan Smit", phone="+31612345678")
    assert _matches(vault, "Jan Smit", phone="+31687654321") == []


def test_the_name_index_keeps_contact_details_of_candidates_added_during_a_batch():
    index = NameIndex([])
    index.add(1, "John Doe", "john@one.example", None)
    index.add(2, "John Doe", None, "+3212345678")
    assert index.similar("John Doe", email="john@two.example") == [(2, "John Doe")]
    assert index.similar("John Doe", email="john@two.example", phone="+3299999999") == []
    assert sorted(index.similar("Jon Doe")) == [(1, "John Doe"), (2, "John Doe")]


def test_the_name_hint_says_it_is_weak():
    text = Notice("duplicate-name", {"name": "John Doe", "id": 7}).message()
    assert "John Doe" in text and "check whether this is the same person" in text
    assert "Possible duplicate" not in text
