"""A vault with two fully populated candidates: An (exported) and Bram (must never appear)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from recruitdesk.services import consents, notes, rights_requests
from recruitdesk.services.candidates import new_candidate, record_contact, record_outcome
from recruitdesk.services.documents import attach_document


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    email: str
    phone: str
    secrets: tuple[str, ...]  # strings only this person's data contains (note, consent text, CV)
    cv: bytes


def _populate(vault, clock, name, email, phone, tag) -> Person:
    cv = f"%PDF-1.4\n% CV of {name} {tag}-curriculum\n".encode()
    with vault.session() as session, session.begin():
        candidate = new_candidate(session, vault.candidate_keys, clock, name, email=email, phone=phone,
                                  city=f"{tag}-city", applied_on=dt.date(2026, 1, 5))
        attach_document(session, vault.candidate_keys, clock, candidate, f"CV {name}.pdf", "application/pdf", cv,
                        f"{tag}-cv-text", kind="cv")
        candidate_id = candidate.id
    record_contact(vault, candidate_id, dt.date(2026, 1, 20), channel="phone")
    record_contact(vault, candidate_id, dt.date(2026, 1, 21), channel="email", kind="rejection_sent",
                   wording=f"{tag}-reserve-wording: may we keep your CV for two years?", wording_version="reserve-v2")
    record_outcome(vault, candidate_id, "not_hired", dt.date(2026, 2, 1))
    consents.give_consent(vault, candidate_id, "recruitment_reserve", dt.date(2026, 2, 1), "email",
                          text=f"{tag}-consent-wording", text_version="reserve-v1",
                          evidence=consents.Evidence(f"{tag}-mail.eml", "message/rfc822", f"From: {email}\r\n\r\n{tag}-evidence".encode()))
    note = notes.add_note(vault, candidate_id, "interview", f"{tag}-first-note", author="Recruiter A")
    notes.edit_note(vault, note.id, f"{tag}-second-note", author="Recruiter B")
    notes.add_note(vault, candidate_id, "online_screening", f"{tag}-screening", source="LinkedIn", author="Recruiter A")
    request = rights_requests.register(vault, "access", dt.date(2026, 2, 20), candidate_id, identity_check=f"{tag}-identity")
    rights_requests.complete(vault, request.id, f"{tag}-outcome")
    rights_requests.register(vault, "portability", dt.date(2026, 3, 1), candidate_id, identity_check="mail")
    return Person(candidate_id, name, email, phone,
                  (f"{tag}-first-note", f"{tag}-second-note", f"{tag}-consent-wording", f"{tag}-curriculum", f"{tag}-evidence",
                   f"{tag}-city", f"{tag}-outcome"), cv)


@pytest.fixture
def people(new_vault, clock):
    """``(vault, an, bram)``: two candidates with documents, consents, notes with history, requests."""
    vault, _ = new_vault
    an = _populate(vault, clock, "An Peeters", "an.peeters@example.be", "+32470111111", "anq")
    bram = _populate(vault, clock, "Bram Maes", "bram.maes@example.nl", "+31612345678", "bramq")
    return vault, an, bram
