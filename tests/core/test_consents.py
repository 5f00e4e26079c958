"""Consent: recorded with proof, expiring as the policy says, withdrawn in one call, renewed by mail."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from sqlalchemy import select

from recruitdesk.retention.presets import PRESETS
from recruitdesk.services import consents, countdown, retention
from recruitdesk.services.candidates import new_candidate, record_outcome
from recruitdesk.store.models import AuditEntry, Consent, Document
from recruitdesk.vault.vault import Vault

WORDING = "Ik geef toestemming om mijn cv één jaar in de wervingsreserve te bewaren."


def _candidate(vault: Vault, clock, name="Roos Visser", email="roos.visser@example.nl", applied=dt.date(2026, 1, 5)) -> int:
    with vault.session() as session, session.begin():
        return new_candidate(session, vault.candidate_keys, clock, name, email=email, applied_on=applied).id


def _due(vault: Vault, day: dt.date, candidate_id: int = 1) -> tuple[dt.date | None, str]:
    with vault.session() as session:
        candidate = countdown.load_candidate(session, candidate_id)
        policy, _ = countdown.active_policy(session)
        status = countdown.status_of(candidate, policy, day)
        return status.due_on, status.kind


def test_reserve_consent_with_wording_and_evidence(new_vault, clock):
    vault, _ = new_vault  # nl-ap: 4 weeks after the procedure; reserve at most 1 year after it
    candidate_id = _candidate(vault, clock)
    record_outcome(vault, candidate_id, "not_hired", dt.date(2026, 2, 1))
    evidence = consents.Evidence("akkoord.eml", "message/rfc822", b"From: roos.visser@example.nl\r\n\r\nJa, graag.")
    view = consents.give_consent(vault, candidate_id, "recruitment_reserve", dt.date(2026, 2, 1), "email",
                                 text=WORDING, text_version="reserve-v2", evidence=evidence)
    assert (view.text, view.text_version, view.expires_on) == (WORDING, "reserve-v2", dt.date(2027, 2, 1))
    assert view.active_on(dt.date(2026, 3, 2))
    assert _due(vault, dt.date(2026, 3, 2)) == (dt.date(2027, 2, 1), "due")
    with vault.session() as session:
        row = session.get(Consent, view.id)
        assert WORDING.encode() not in row.text_enc  # encrypted with the candidate key
        document = session.get(Document, row.evidence_document_id)
        assert (document.kind, document.media_type) == ("consent_evidence", "message/rfc822")
        details = [e.details_json or "" for e in session.scalars(select(AuditEntry))]
    assert not any("Roos" in d or "example.nl" in d or "toestemming" in d for d in details)
    assert [c.id for c in consents.consents_of(vault, candidate_id)] == [view.id]


@pytest.mark.parametrize(
    ("preset", "withdrawn", "before", "after"),
    [
        # nl-ap: 4 weeks after 1 Feb = 1 Mar has passed; withdrawal makes the data due that day.
        ("nl-ap", dt.date(2026, 3, 2), dt.date(2027, 2, 1), dt.date(2026, 3, 2)),
        # ICT Makers: 6 weeks after 1 Feb = 15 Mar is still ahead; withdrawal falls back to it.
        ("ictmakers", dt.date(2026, 2, 20), dt.date(2027, 2, 1), dt.date(2026, 3, 15)),
        # IT1: 12 months after last contact (1 Feb) in the reserve; 4 weeks without = 1 Mar.
        ("it1", dt.date(2026, 2, 10), dt.date(2027, 2, 1), dt.date(2026, 3, 1)),
        # Infosentry: reserve at most 3 years after the application; not retained: 1 year after it.
        ("infosentry", dt.date(2026, 2, 10), dt.date(2029, 1, 5), dt.date(2027, 1, 5)),
    ],
)
def test_withdrawal_shortens_the_countdown_as_the_policy_says(new_vault, clock, preset, withdrawn, before, after):
    vault, _ = new_vault
    retention.change_policy(vault, PRESETS[preset].policy, preset)
    candidate_id = _candidate(vault, clock)
    record_outcome(vault, candidate_id, "not_hired", dt.date(2026, 2, 1))
    view = consents.give_consent(vault, candidate_id, "recruitment_reserve", dt.date(2026, 2, 1), "web_form", text_version="v1")
    assert view.expires_on == before
    assert _due(vault, withdrawn)[0] == before
    withdrawn_view = consents.withdraw(vault, view.id, withdrawn)
    assert withdrawn_view.withdrawn_on == withdrawn
    assert _due(vault, withdrawn)[0] == after
    with vault.session() as session:
        assert session.get(retention.RetentionState, candidate_id).due_on == after  # recomputed on change


def test_withdrawal_is_one_call_and_only_once(new_vault, clock):
    vault, _ = new_vault
    candidate_id = _candidate(vault, clock)
    view = consents.give_consent(vault, candidate_id, "share_with_clients", dt.date(2026, 2, 1), "email", text="OK to share")
    assert view.expires_on is None  # sharing consents end when withdrawn or erased
    assert consents.withdraw_purpose(vault, candidate_id, "share_with_clients") == [view.id]
    with pytest.raises(consents.ConsentAlreadyWithdrawn):
        consents.withdraw(vault, view.id)
    with pytest.raises(consents.NoActiveConsent):
        consents.withdraw_purpose(vault, candidate_id, "share_with_clients")
    with vault.session() as session:
        actions = [e.action for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert actions[-2:] == ["consent.given", "consent.withdrawn"]


def test_consent_needs_wording_a_known_purpose_and_a_past_date(new_vault, clock):
    vault, _ = new_vault
    candidate_id = _candidate(vault, clock)
    with pytest.raises(consents.ConsentWordingRequired) as wording:
        consents.give_consent(vault, candidate_id, "recruitment_reserve", dt.date(2026, 2, 1), "email")
    assert "exact text" in wording.value.message()
    with pytest.raises(consents.UnknownConsentPurpose):
        consents.give_consent(vault, candidate_id, "marketing", dt.date(2026, 2, 1), "email", text="x")
    with pytest.raises(consents.UnknownConsentChannel):
        consents.give_consent(vault, candidate_id, "recruitment_reserve", dt.date(2026, 2, 1), "pigeon", text="x")
    with pytest.raises(consents.ConsentDateInFuture):
        consents.give_consent(vault, candidate_id, "recruitment_reserve", dt.date(2026, 3, 3), "email", text="x")
    with pytest.raises(consents.ConsentNotFound):
        consents.withdraw(vault, 999)


@pytest.mark.parametrize(("language", "subject_word", "body_word", "end"), [
    ("nl", "wervingsreserve", "Beste Roos Visser", "1 februari 2027"), ("fr", "réserve de recrutement", "Bonjour Roos Visser", "1er février 2027"),
    ("en", "recruitment reserve", "Dear Roos Visser", "1 February 2027"),
])
def test_renewal_request_is_a_mailto_in_the_chosen_language(new_vault, clock, language, subject_word, body_word, end):
    vault, _ = new_vault
    candidate_id = _candidate(vault, clock)
    record_outcome(vault, candidate_id, "not_hired", dt.date(2026, 2, 1))
    view = consents.give_consent(vault, candidate_id, "recruitment_reserve", dt.date(2026, 2, 1), "email", text_version="v1")
    url = consents.renewal_mailto(vault, view.id, language)
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and unquote(parts.path) == "roos.visser@example.nl"
    assert " " not in url and "\n" not in url
    query = parse_qs(parts.query)
    assert subject_word in query["subject"][0]
    body = query["body"][0]
    assert body.startswith(body_word) and end in body and "\r\n" in body  # dates in the mail's language


def test_renewal_needs_an_email_address(new_vault, clock):
    vault, _ = new_vault
    candidate_id = _candidate(vault, clock, email=None)
    view = consents.give_consent(vault, candidate_id, "recruitment_reserve", dt.date(2026, 2, 1), "paper", text_version="v1")
    with pytest.raises(consents.NoEmailAddress):
        consents.renewal_mailto(vault, view.id, "nl")


def test_expiry_follows_a_moved_anchor_while_consent_is_in_force(new_vault, clock):
    """nl-ap: consent given while the procedure was open counts from its end once it ends."""
    from recruitdesk.services.countdown import load_candidate

    vault, _ = new_vault
    candidate_id = _candidate(vault, clock)  # applied 5 January 2026, procedure open
    view = consents.give_consent(vault, candidate_id, "recruitment_reserve", dt.date(2026, 1, 10), "email", text_version="v1")
    assert view.expires_on == dt.date(2027, 1, 5)  # no end yet: counted from the last contact
    record_outcome(vault, candidate_id, "not_hired", dt.date(2026, 2, 1))  # refreshes the expiry itself
    with vault.session() as session, session.begin():
        assert countdown.refresh_expiries(session, load_candidate(session, candidate_id), clock.today()) == 0
    assert consents.consents_of(vault, candidate_id)[0].expires_on == dt.date(2027, 2, 1)
    assert _due(vault, clock.today(), candidate_id)[0] == dt.date(2027, 2, 1)
    consents.withdraw(vault, view.id)
    with vault.session() as session, session.begin():
        assert countdown.refresh_expiries(session, load_candidate(session, candidate_id), clock.today()) == 0  # history stays


def test_consent_lines_list_every_purpose_oldest_first_in_words(new_vault, clock):
    """Candidate > Consents… lists a sharing consent beside the reserve one, with its words and evidence."""
    vault, _ = new_vault
    candidate_id = _candidate(vault, clock)
    other = _candidate(vault, clock, "Otto Janssens", "otto@example.nl")
    consents.give_consent(vault, other, "share_with_affiliates", dt.date(2026, 2, 1), "paper", text_version="v1")
    evidence = consents.Evidence("akkoord.eml", "message/rfc822", b"From: roos.visser@example.nl\r\n\r\nJa.")
    reserve = consents.give_consent(vault, candidate_id, "recruitment_reserve", dt.date(2026, 2, 20), "email", text=WORDING,
                                    evidence=evidence)
    sharing = consents.give_consent(vault, candidate_id, "share_with_clients", dt.date(2026, 2, 10), "phone", text_version="share-v1")
    consents.withdraw(vault, sharing.id, dt.date(2026, 3, 1))

    lines = consents.consent_lines(vault, candidate_id)
    assert [(line.consent_id, line.purpose_text(), line.given_on, line.channel_text(), line.wording, line.wording_version,
             line.has_evidence, line.withdrawn_on, line.running) for line in lines] == [
        (sharing.id, "Sharing with clients", dt.date(2026, 2, 10), "Phone (confirmed in writing)", None, "share-v1", False,
         dt.date(2026, 3, 1), False),
        (reserve.id, "Recruitment reserve", dt.date(2026, 2, 20), "Email", WORDING, None, True, None, True),
    ]
