"""The detail pane's service: profile, documents, consents, notes, requests, timeline; editing."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from recruitdesk.errors import CandidateNotFound
from recruitdesk.services import candidate_detail as cd
from recruitdesk.services import notes
from recruitdesk.services import rights_requests as rr
from recruitdesk.services.candidate_search import search_candidates
from recruitdesk.services.candidates import new_candidate
from recruitdesk.services.consents import give_consent
from recruitdesk.services.documents import attach_document
from recruitdesk.store.models import AuditEntry, Candidate, RetentionState

PDF_BYTES = b"%PDF-1.4 not really a pdf but bytes all the same"


@pytest.fixture
def candidate_id(new_vault, clock):
    vault, _ = new_vault
    with vault.session() as session, session.begin():
        candidate = new_candidate(session, vault.candidate_keys, clock, "Lotte De Smet", email="lotte@example.be",
                                  phone="+32470123456", city="Gent", applied_on=dt.date(2026, 3, 1))
        attach_document(session, vault.candidate_keys, clock, candidate, "Lotte CV.pdf", "application/pdf", PDF_BYTES,
                        "Lotte De Smet\nBoekhouder")
        return candidate.id


def test_detail_gathers_everything(new_vault, clock, candidate_id):
    vault, _ = new_vault
    give_consent(vault, candidate_id, "recruitment_reserve", dt.date(2026, 3, 2), "email", text_version="v1")
    notes.add_note(vault, candidate_id, "interview", "Strong Python.\nSecond line.", author="A")
    rr.register(vault, rr.ACCESS, dt.date(2026, 3, 2), candidate_id=candidate_id)

    detail = cd.candidate_detail(vault, candidate_id)
    profile = detail.profile
    assert (profile.name, profile.email, profile.phone, profile.city) == ("Lotte De Smet", "lotte@example.be", "+32470123456", "Gent")
    assert profile.applied_on == dt.date(2026, 3, 1)
    [document] = detail.documents
    assert (document.filename, document.media_type, document.size, document.is_pdf) == ("Lotte CV.pdf", "application/pdf", len(PDF_BYTES), True)
    assert [c.purpose for c in detail.consents] == ["recruitment_reserve"]
    assert [(n.kind, n.summary) for n in detail.notes] == [("interview", "Strong Python.")]
    assert [r.kind for r in detail.requests] == [rr.ACCESS]
    actions = [entry.action for entry in detail.timeline]
    assert actions[:2] == ["candidate.added", "document.added"]
    assert {"consent.given", "note.added", "request.registered"} <= set(actions)
    assert all(entry.text() and "{" not in entry.text() for entry in detail.timeline)
    assert cd.TimelineEntry(dt.datetime(2026, 1, 1), "something.new").text() == "Recorded: something.new"


def test_document_bytes_and_text(new_vault, candidate_id):
    vault, _ = new_vault
    [document] = cd.candidate_detail(vault, candidate_id).documents
    assert cd.document_bytes(vault, document.id) == PDF_BYTES
    assert cd.document_preview_text(vault, document.id) == "Lotte De Smet\nBoekhouder"
    with pytest.raises(cd.DocumentNotFound):
        cd.document_bytes(vault, 999)


def test_unknown_candidate(new_vault):
    vault, _ = new_vault
    with pytest.raises(CandidateNotFound):
        cd.candidate_detail(vault, 999)


def test_update_profile_saves_normalises_audits_and_reindexes(new_vault, clock, candidate_id):
    vault, _ = new_vault
    with vault.session() as session:
        due_before = session.get(RetentionState, candidate_id).due_on
    profile = cd.update_profile(vault, candidate_id, "  Lotte   Peeters ", "Lotte.Peeters@Example.BE", "0470 99 88 77",
                                "Antwerpen", "linkedin.com/in/lottep")
    assert (profile.name, profile.email, profile.phone, profile.city, profile.linkedin) == (
        "Lotte Peeters", "lotte.peeters@example.be", "+32470998877", "Antwerpen", "https://linkedin.com/in/lottep")
    assert cd.candidate_detail(vault, candidate_id).profile == profile
    assert search_candidates(vault, "Peeters") == [candidate_id]
    with vault.session() as session:
        assert session.get(RetentionState, candidate_id).due_on == due_before
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "candidate.profile_updated")).one()
        assert json.loads(entry.details_json) == {"fields": ["city", "email", "full_name", "linkedin_url", "phone"]}
        assert "Peeters" not in entry.details_json and "lotte" not in entry.details_json.lower()
    # Saving the same values again changes and audits nothing.
    cd.update_profile(vault, candidate_id, "Lotte Peeters", "lotte.peeters@example.be", "+32470998877", "Antwerpen",
                      "https://linkedin.com/in/lottep")
    with vault.session() as session:
        assert len(session.scalars(select(AuditEntry).where(AuditEntry.action == "candidate.profile_updated")).all()) == 1


def test_optional_fields_may_be_cleared(new_vault, candidate_id):
    vault, _ = new_vault
    profile = cd.update_profile(vault, candidate_id, "Lotte De Smet", "", " ", None, "")
    assert (profile.email, profile.phone, profile.city, profile.linkedin) == (None, None, None, None)


@pytest.mark.parametrize(("fields", "error"), [
    (dict(name="  "), cd.NameRequired),
    (dict(name="x" * 201), cd.NameTooLong),
    (dict(email="not-an-email"), cd.InvalidEmail),
    (dict(email="a@b"), cd.InvalidEmail),
    (dict(email="two@@example.be"), cd.InvalidEmail),
    (dict(phone="12"), cd.InvalidPhone),
    (dict(phone="call me"), cd.InvalidPhone),
    (dict(linkedin="https://example.com/in/lotte"), cd.InvalidLinkedIn),
    (dict(linkedin="https://linkedin.com.evil.example/in/x"), cd.InvalidLinkedIn),
    (dict(linkedin="ftp://linkedin.com/in/x"), cd.InvalidLinkedIn),
    (dict(city="x" * 121), cd.FieldTooLong),
])
def test_invalid_profiles_are_refused_and_nothing_is_saved(new_vault, candidate_id, fields, error):
    vault, _ = new_vault
    values = dict(name="Lotte De Smet", email="lotte@example.be", phone="+32470123456", city="Gent", linkedin=None)
    values.update(fields)
    with pytest.raises(error) as raised:
        cd.update_profile(vault, candidate_id, **values)
    assert raised.value.message()
    assert isinstance(raised.value, cd.ProfileError)
    with vault.session() as session:
        candidate = session.get(Candidate, candidate_id)
        assert (candidate.full_name, candidate.email, candidate.city) == ("Lotte De Smet", "lotte@example.be", "Gent")


def test_linkedin_subdomains_are_accepted(new_vault, candidate_id):
    vault, _ = new_vault
    profile = cd.update_profile(vault, candidate_id, "Lotte De Smet", None, None, None, "https://be.linkedin.com/in/lotte")
    assert profile.linkedin == "https://be.linkedin.com/in/lotte"
