"""Rejection drafts: in the candidate's language, with the policy's dates as the countdown will
show them once sent, the reserve question only where the policy has a reserve; sent through a
mailto: URL within its length limit or as a real .eml file; "mark as sent" moves the countdown."""

from __future__ import annotations

import datetime as dt
from email import message_from_bytes
from email.policy import default as default_policy
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from sqlalchemy import select

from recruitdesk.retention.presets import PRESETS
from recruitdesk.services import applications, countdown, rejection_messages, retention, vacancies
from recruitdesk.services.candidates import new_candidate, record_outcome
from recruitdesk.services.documents import attach_document
from recruitdesk.services.firm_settings import FirmSettings, save_firm_settings
from recruitdesk.services.stages import ApplicationNotFound
from recruitdesk.services.vacancy_closing import close_vacancy
from recruitdesk.store.models import AuditEntry, Candidate, ContactEvent
from recruitdesk.vault.vault import Vault

CV_TEXT = {
    "nl": "Werkervaring\nIk ben een boekhouder met tien jaar ervaring in de zorg en bij een kmo. Opleiding aan de hogeschool van Gent.",
    "fr": "Expérience professionnelle\nJe suis comptable avec dix ans d'expérience dans une PME et pour la formation des équipes.",
    "en": "Experience\nI am an accountant with ten years of experience in care and at a small firm, and I have a degree in finance.",
}
NAMES = {"nl": "Griet Peeters", "fr": "Hélène Dubois", "en": "Sam Taylor"}


def _candidate(vault: Vault, clock, language: str, applied=dt.date(2026, 1, 5), email: str | None = "x@example.be") -> int:
    with vault.session() as session, session.begin():
        candidate = new_candidate(session, vault.candidate_keys, clock, NAMES[language], email=email, applied_on=applied)
        attach_document(session, vault.candidate_keys, clock, candidate, "cv.txt", "text/plain", b"cv", CV_TEXT[language])
        return candidate.id


def _firm(vault: Vault) -> None:
    save_firm_settings(vault, FirmSettings(firm_name="Talentwerk BV", privacy_contact="privacy@talentwerk.example",
                                           privacy_statement_url="https://talentwerk.example/privacy"))


def _countdown(vault: Vault, candidate_id: int) -> dt.date | None:
    with vault.read_session() as session:
        return countdown.load_candidate(session, candidate_id).retention.due_on


@pytest.mark.parametrize(
    ("language", "phrases"),
    [
        ("nl", ["Geachte Griet Peeters,", "Uw sollicitatie voor Boekhouder", "uiterlijk tot 23 maart 2027", "onze wervingsreserve",
                "4 weken na het laatste contact, dat wil zeggen tot 20 april 2026", "u", "https://talentwerk.example/privacy"]),
        ("fr", ["Bonjour Hélène Dubois,", "Votre candidature au poste de Boekhouder", "jusqu'au 23 mars 2027 au plus tard",
                "notre réserve de recrutement", "4 semaines après le dernier contact, soit jusqu'au 20 avril 2026", "vous"]),
        ("en", ["Dear Sam Taylor,", "Your application for Boekhouder", "until 23 March 2027 at the latest", "our recruitment reserve",
                "4 weeks after the last contact, that is until 20 April 2026"]),
    ],
)
def test_draft_in_the_candidates_language_with_the_policy_dates(new_vault, clock, language, phrases):
    vault, _ = new_vault
    retention.change_policy(vault, PRESETS["it1"].policy, "it1")  # 4 weeks after last contact; reserve 12 months
    _firm(vault)
    candidate_id = _candidate(vault, clock, language)
    record_outcome(vault, candidate_id, "not_hired", dt.date(2026, 3, 2))
    clock.advance(days=21)  # the letter is written three weeks later: 23 March 2026
    draft = rejection_messages.draft_rejection(vault, candidate_id, application_id=7, vacancy="Boekhouder")
    assert draft.language == language
    text = draft.subject + "\n" + draft.body
    for phrase in phrases:
        assert phrase in text, (phrase, text)
    # the dates are what the countdown will say once the message (a contact) is sent today
    assert draft.keep_until == dt.date(2026, 4, 20)
    assert draft.reserve_until == dt.date(2027, 3, 23)
    assert draft.reserve_wording in draft.body and draft.reserve_wording_version == "rejection-reserve-1"
    assert "privacy@talentwerk.example" in draft.body and draft.body.rstrip().endswith("Talentwerk BV")
    if language != "en":  # no English sentence left in a translated letter
        assert "Thank you" not in draft.body and "application" not in draft.body.lower()


def test_no_reserve_question_when_the_policy_has_no_reserve(new_vault, clock):
    vault, _ = new_vault
    retention.change_policy(vault, PRESETS["itzu"].policy, "itzu")  # one rule for everyone: 2 years after last contact
    candidate_id = _candidate(vault, clock, "nl")
    record_outcome(vault, candidate_id, "not_hired", dt.date(2026, 3, 2))
    draft = rejection_messages.draft_rejection(vault, candidate_id)
    assert draft.reserve_until is None and draft.reserve_wording is None
    assert "wervingsreserve" not in draft.body
    assert "2 jaar na het laatste contact, dat wil zeggen tot 2 maart 2028" in draft.body
    # without firm settings the letter still reads well: "ons kantoor", the statement on request
    assert "ons kantoor" in draft.body and "https://" not in draft.body


def test_policy_counting_from_the_procedure_end_keeps_that_date(new_vault, clock):
    vault, _ = new_vault  # nl-ap: 4 weeks after the end of the procedure; reserve at most 1 year after it
    candidate_id = _candidate(vault, clock, "fr")
    record_outcome(vault, candidate_id, "not_hired", dt.date(2026, 3, 2))
    clock.advance(days=10)
    draft = rejection_messages.draft_rejection(vault, candidate_id)
    assert (draft.keep_until, draft.reserve_until) == (dt.date(2026, 3, 30), dt.date(2027, 3, 2))
    assert "4 semaines après la fin de la procédure, soit jusqu'au 30 mars 2026" in draft.body
    assert "jusqu'au 2 mars 2027 au plus tard" in draft.body


def test_an_extension_gives_its_date_without_the_rule(new_vault, clock):
    vault, _ = new_vault  # nl-ap: 4 weeks after the procedure would be 30 March
    candidate_id = _candidate(vault, clock, "nl")
    record_outcome(vault, candidate_id, "not_hired", dt.date(2026, 3, 2))
    retention.extend(vault, candidate_id, dt.date(2026, 9, 1), "Bezwaarprocedure loopt nog")
    draft = rejection_messages.draft_rejection(vault, candidate_id)
    assert draft.keep_until == dt.date(2026, 9, 1)
    assert "Wij bewaren de gegevens van uw sollicitatie tot 1 september 2026. Na die datum verwijderen wij ze." in draft.body
    assert "4 weken" not in draft.body


def test_language_override_and_unknown_language(new_vault, clock):
    vault, _ = new_vault
    candidate_id = _candidate(vault, clock, "nl")
    record_outcome(vault, candidate_id, "not_hired", dt.date(2026, 3, 2))
    assert rejection_messages.draft_rejection(vault, candidate_id, language="fr").language == "fr"
    assert rejection_messages.draft_rejection(vault, candidate_id, language="de").language == "en"


def test_closing_a_vacancy_drafts_each_rejection_and_mark_as_sent_moves_the_countdown(new_vault, clock):
    vault, _ = new_vault
    retention.change_policy(vault, PRESETS["it1"].policy, "it1")  # 4 weeks after the last contact
    vacancy = vacancies.add_vacancy(vault, "Boekhouder", opened_on=dt.date(2026, 1, 5))
    ids = {language: _candidate(vault, clock, language) for language in ("nl", "fr", "en")}
    applied = {language: applications.apply(vault, ids[language], vacancy, dt.date(2026, 1, 5)) for language in ids}
    rejected = close_vacancy(vault, vacancy, hired=[applied["en"]], on=dt.date(2026, 3, 2))
    assert _countdown(vault, ids["nl"]) == dt.date(2026, 3, 30)
    clock.advance(days=7)
    drafts = rejection_messages.drafts_for_applications(vault, rejected)
    assert [(d.candidate_id, d.application_id, d.language) for d in drafts] == [
        (ids["nl"], applied["nl"], "nl"), (ids["fr"], applied["fr"], "fr")]
    assert drafts[0].subject == "Uw sollicitatie voor Boekhouder"
    rejection_messages.record_rejection_sent(vault, drafts[0])
    assert _countdown(vault, ids["nl"]) == drafts[0].keep_until == dt.date(2026, 4, 6)
    assert _countdown(vault, ids["fr"]) == dt.date(2026, 3, 30)  # not sent yet: unchanged
    with vault.read_session() as session:
        candidate = session.get(Candidate, ids["nl"])
        assert candidate.last_contact_on == dt.date(2026, 3, 9)
        contacts = session.scalars(select(ContactEvent).where(ContactEvent.candidate_id == ids["nl"])).all()
        assert [(c.on, c.channel, c.kind, c.procedure_id) for c in contacts] == [
            (dt.date(2026, 3, 9), "email", "rejection_sent", applied["nl"])]
        details = [e.details_json or "" for e in session.scalars(select(AuditEntry))]
    assert not any("Griet" in d or "Peeters" in d for d in details)
    with pytest.raises(ApplicationNotFound):
        rejection_messages.drafts_for_applications(vault, [999])


def test_mailto_url_round_trips_and_refuses_a_body_too_long(new_vault, clock):
    vault, _ = new_vault
    candidate_id = _candidate(vault, clock, "fr", email="helene.dubois@example.be")
    record_outcome(vault, candidate_id, "not_hired", dt.date(2026, 3, 2))
    draft = rejection_messages.draft_rejection(vault, candidate_id)
    url = rejection_messages.mailto_url(draft, limit=10_000)
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    assert (parts.scheme, unquote(parts.path)) == ("mailto", "helene.dubois@example.be")
    assert query["subject"] == [draft.subject]
    assert query["body"] == [draft.body.replace("\n", "\r\n")]
    assert " " not in url and "\n" not in url
    # Windows' limit: a whole French letter does not fit in a link there, so it goes as an .eml file
    with pytest.raises(rejection_messages.MailtoTooLong) as raised:
        rejection_messages.mailto_url(draft, limit=2000)
    assert "eml" in raised.value.message() and raised.value.params["limit"] == 2000
    assert raised.value.params["length"] == len(url)
    # elsewhere the platform's limit applies, and a body pasted far beyond it is refused, never cut
    rejection_messages.mailto_url(draft)
    with pytest.raises(rejection_messages.MailtoTooLong):
        rejection_messages.mailto_url(draft.edited(draft.subject, draft.body + "\n" + "é" * rejection_messages.MAILTO_LIMIT))
    no_address = draft.__class__(**{**draft.__dict__, "email": None})
    with pytest.raises(rejection_messages.NoRecipientAddress):
        rejection_messages.mailto_url(no_address)


def test_eml_parses_back_with_the_email_package(new_vault, clock, tmp_path):
    vault, _ = new_vault
    _firm(vault)
    candidate_id = _candidate(vault, clock, "fr", email="helene.dubois@example.be")
    record_outcome(vault, candidate_id, "not_hired", dt.date(2026, 3, 2))
    draft = rejection_messages.draft_rejection(vault, candidate_id, vacancy="Développeur – Liège")
    draft = draft.edited(draft.subject, draft.body + "\n\nP.S. Un mot ajouté à la main : « très bien ».")
    path = tmp_path / "brouillon.eml"
    path.write_bytes(rejection_messages.eml_bytes(vault, draft))
    raw = path.read_bytes()
    assert raw.isascii() and b"\r\n" in raw  # 7-bit transport encoding, CRLF line ends
    message = message_from_bytes(raw, policy=default_policy)
    assert message["To"].addresses[0].addr_spec == "helene.dubois@example.be"
    assert message["To"].addresses[0].display_name == "Hélène Dubois"
    assert message["From"].addresses[0].addr_spec == "privacy@talentwerk.example"
    assert str(message["Subject"]) == "Votre candidature au poste de Développeur – Liège"
    assert message["X-Unsent"] == "1" and message["Date"].datetime.date() == dt.date(2026, 3, 2)
    assert message.get_content_type() == "text/plain" and message.get_content_charset() == "utf-8"
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == draft.body


def test_a_sent_reserve_question_keeps_the_wording_it_quoted_encrypted(new_vault, clock):
    """Mark as sent keeps the consent sentence the letter quoted (encrypted, with its version);
    a later draft names another date, but the candidate's yes is to the sentence that was sent.
    A letter whose reserve question the recruiter deleted asked nothing."""
    vault, _ = new_vault
    _firm(vault)
    retention.change_policy(vault, PRESETS["it1"].policy, "it1")
    vacancy = vacancies.add_vacancy(vault, "Boekhouder", opened_on=dt.date(2026, 1, 5))
    nl, fr = _candidate(vault, clock, "nl"), _candidate(vault, clock, "fr")
    applied = [applications.apply(vault, candidate, vacancy, dt.date(2026, 1, 5)) for candidate in (nl, fr)]
    rejected = close_vacancy(vault, vacancy, on=dt.date(2026, 3, 2))
    assert rejected == applied
    assert rejection_messages.reserve_question(vault, nl) is None
    sent_nl, sent_fr = rejection_messages.drafts_for_applications(vault, rejected)
    assert rejection_messages.asks_reserve_consent(sent_nl)
    rejection_messages.record_rejection_sent(vault, sent_nl)
    without_question = sent_fr.edited(sent_fr.subject, sent_fr.body.replace(sent_fr.reserve_wording, ""))
    assert not rejection_messages.asks_reserve_consent(without_question)
    rejection_messages.record_rejection_sent(vault, without_question)

    clock.advance(days=10)
    question = rejection_messages.reserve_question(vault, nl)
    assert question == rejection_messages.ReserveQuestion(nl, clock.today() - dt.timedelta(days=10), sent_nl.reserve_wording,
                                                          "rejection-reserve-1")
    assert "Talentwerk BV" in question.wording and "wervingsreserve" in question.wording
    later = rejection_messages.draft_rejection(vault, nl)
    assert later.reserve_wording != question.wording  # a new draft would name a later date
    assert rejection_messages.reserve_question(vault, fr) is None
    with vault.read_session() as session:
        stored = session.scalars(select(ContactEvent).where(ContactEvent.candidate_id == nl)).one()
        assert stored.wording_version == "rejection-reserve-1"
        assert b"Talentwerk" not in stored.wording_enc  # encrypted with the candidate's key
