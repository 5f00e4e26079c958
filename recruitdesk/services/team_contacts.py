"""Contacts with team candidates and rejection letters, as the team window records and drafts them.

Built on an open :class:`TeamDesk`; every call may run on a worker thread and none touches Qt.
Recording a contact (``team.contacts``) moves the candidate's last contact and countdown in the
same transaction, as the local vault's "Record a contact" does; the kinds, channels, history lines
and refusals are a local vault's too (``services.contacts``, re-exported here).

Rejection letters are the local app's (``services.rejection_messages``): the same words in the
candidate's language (that of their CV text, else English), the same dates from the same engine
fed by the team candidate's sealed facts as they will be once the letter is sent, the same
``mailto:`` link and ``.eml`` file. "Mark as sent" records a ``rejection_sent`` contact by e-mail,
tied to the application and keeping the reserve consent sentence the letter quoted: sending is a
contact, so the countdown moves. The team's firm profile (``team.firm_profile``, an administrator's)
signs the letter and gives the .eml its From header exactly as the local vault's settings do; a team
without one gets what a local vault without those settings gets: "our firm", and an invitation to reply.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Callable, TypeVar
from uuid import UUID

from sqlalchemy import Engine

from recruitdesk import errors
from recruitdesk.dates import long_date
from recruitdesk.services import rejection_messages
from recruitdesk.services.contacts import (CHANNELS, RECORDABLE_KINDS, ContactInTheFuture, ContactLine, UnknownContactKind, channel_label,
                                           check_recordable, choice_label, kind_label)
from recruitdesk.services.rejection_messages import RejectionDraft, Sender
from recruitdesk.services.team_desk import RetentionView, TeamDesk
from recruitdesk.services.team_vacancies import REJECTED, TeamVacancies
from recruitdesk.team import contacts as team_contacts
from recruitdesk.team import firm_profile
from recruitdesk.team import records
from recruitdesk.team import retention as team_retention
from recruitdesk.team.candidates import read_candidate
from recruitdesk.team.contacts import ContactTerms
from recruitdesk.team.membership import OpenTeam

__all__ = ["TeamContacts", "TeamLetters", "ContactLine", "RejectionDraft", "RECORDABLE_KINDS", "CHANNELS", "kind_label", "channel_label",
           "choice_label", "ContactInTheFuture", "UnknownContactKind", "mailto_url", "asks_reserve_consent", "RejectionError"]

T = TypeVar("T")
REJECTION_SENT = rejection_messages.CONTACT_KIND
RejectionError = rejection_messages.RejectionError
mailto_url = rejection_messages.mailto_url
asks_reserve_consent = rejection_messages.asks_reserve_consent


class TeamContacts:
    """Contacts and rejection letters of the team a :class:`TeamDesk` holds open."""

    def __init__(self, desk: TeamDesk) -> None:
        self._desk = desk

    @property
    def may_write(self) -> bool:
        return self._desk.may_write

    @property
    def closed(self) -> bool:
        return self._desk.closed

    def today(self) -> dt.date:
        return self._desk.clock.today()

    # --- contacts --------------------------------------------------------------------------
    def record(self, candidate_id: UUID, on: dt.date, kind: str = "contact", channel: str | None = None) -> RetentionView:
        """Record a contact on ``on`` (not after today); the countdown moves with it. Returns the countdown now."""
        check_recordable(on, kind, self.today())
        return self._record(candidate_id, ContactTerms(on, kind, channel if channel in CHANNELS else None))

    def history(self, candidate_id: UUID) -> list[ContactLine]:
        """The candidate's contacts, oldest first."""
        listed = self._run(lambda engine, team: team_contacts.contacts_of(engine, team, candidate_id))
        return [ContactLine(c.contact_id, c.terms.on, c.terms.kind, c.terms.channel, c.terms.application_id, bool(c.terms.wording))
                for c in listed]

    def _record(self, candidate_id: UUID, terms: ContactTerms) -> RetentionView:
        if terms.on > self.today():
            raise ContactInTheFuture(date=long_date(terms.on))
        self._run(lambda engine, team: team_contacts.record_contact(engine, team, candidate_id, terms, self._desk.clock))
        return self._desk.status(candidate_id)

    # --- rejection letters -----------------------------------------------------------------
    def rejected_applications(self, vacancy_id: UUID) -> list[UUID]:
        """The vacancy's applications that ended as rejected, in the order the Vacancies dock lists them."""
        return [row.application_id for row in TeamVacancies(self._desk).applicants(vacancy_id) if row.stage == REJECTED]

    def drafts(self, vacancy_id: UUID, application_ids: Collection[UUID]) -> list[RejectionDraft[UUID]]:
        """A draft per application of ``vacancy_id`` in ``application_ids``, each naming the vacancy's title
        (the policy read once for all of them)."""
        vacancies = TeamVacancies(self._desk)
        title = vacancies.vacancy(vacancy_id).title
        chosen = set(application_ids)
        wanted = [(row.candidate_id, row.application_id) for row in vacancies.applicants(vacancy_id) if row.application_id in chosen]
        today = self.today()

        def compose(engine: Engine, team: OpenTeam) -> list[RejectionDraft[UUID]]:
            policy, _version, _preset = team_retention.active_policy(engine)
            sender = letter_sender(engine, team)
            return [_draft(engine, team, candidate_id, application_id, title, None, policy, today, sender)
                    for candidate_id, application_id in wanted]
        return self._run(compose)

    def draft(self, candidate_id: UUID, application_id: UUID | None = None, vacancy: str | None = None,
              language: str | None = None) -> RejectionDraft[UUID]:
        """One candidate's letter (``language`` overrides the language of their CV)."""
        today = self.today()

        def compose(engine: Engine, team: OpenTeam) -> RejectionDraft[UUID]:
            policy, _version, _preset = team_retention.active_policy(engine)
            return _draft(engine, team, candidate_id, application_id, vacancy, language, policy, today, letter_sender(engine, team))
        return self._run(compose)

    def sent_applications(self, application_ids: Collection[UUID], candidate_ids: Collection[UUID]) -> set[UUID]:
        """Which of ``application_ids`` already have a rejection recorded as sent (by any member), in one call."""
        wanted = set(application_ids)

        def sent(engine: Engine, team: OpenTeam) -> set[UUID]:
            return {contact.terms.application_id for candidate_id in set(candidate_ids)
                    for contact in team_contacts.contacts_of(engine, team, candidate_id)
                    if contact.terms.kind == REJECTION_SENT and contact.terms.application_id in wanted}
        return {application_id for application_id in self._run(sent) if application_id is not None}

    def eml_bytes(self, draft: RejectionDraft) -> bytes:
        return rejection_messages.eml_message(draft, self._run(letter_sender), self._desk.clock.now())

    def record_rejection_sent(self, draft: RejectionDraft[UUID]) -> RetentionView:
        """The letter was sent today: an e-mail contact tied to the application, keeping the reserve
        sentence the letter quotes (as edited) so a later "yes" is consent to exactly that wording."""
        asked = rejection_messages.asks_reserve_consent(draft)
        return self._record(draft.candidate_id, ContactTerms(
            self.today(), REJECTION_SENT, rejection_messages.CONTACT_CHANNEL, draft.application_id,
            draft.reserve_wording if asked else None, draft.reserve_wording_version if asked else None))

    def _run(self, operation: Callable[[Engine, OpenTeam], T]) -> T:
        def call(engine: Engine, team: OpenTeam) -> T:
            try:
                return operation(engine, team)
            except records.RecordNotFound as gone:
                if gone.kind == "application":
                    raise errors.TeamVacancyGone() from None
                raise
        return self._desk.run(call)


class TeamLetters:
    """The rejection letters of ``application_ids`` of one vacancy, as the drafts dialog asks for them
    (its ``Letters``): every call may run on a worker thread."""

    def __init__(self, contacts: TeamContacts, vacancy_id: UUID, application_ids: Collection[UUID]) -> None:
        self._contacts, self._vacancy_id, self._ids = contacts, vacancy_id, list(application_ids)

    @property
    def may_write(self) -> bool:
        return self._contacts.may_write

    def load(self) -> tuple[list[RejectionDraft[UUID]], set[object]]:
        """The drafts, and the candidates whose letter for this application a member already marked sent."""
        drafts = self._contacts.drafts(self._vacancy_id, self._ids)
        sent = self._contacts.sent_applications(self._ids, [draft.candidate_id for draft in drafts])
        return drafts, {draft.candidate_id for draft in drafts if draft.application_id in sent}

    def redraft(self, draft: RejectionDraft[UUID], language: str) -> RejectionDraft[UUID]:
        return self._contacts.draft(draft.candidate_id, draft.application_id, draft.vacancy, language)

    def eml_bytes(self, draft: RejectionDraft) -> bytes:
        return self._contacts.eml_bytes(draft)

    def record_sent(self, draft: RejectionDraft[UUID]) -> RetentionView:
        return self._contacts.record_rejection_sent(draft)


def letter_sender(engine: Engine, team: OpenTeam) -> Sender:
    """Who signs the team's letters: the team's firm profile, as a local letter's sender is the local settings'."""
    profile = firm_profile.read_profile(engine, team).profile
    return Sender(profile.firm_name, profile.privacy_statement_url, profile.privacy_contact)


def _draft(engine: Engine, team: OpenTeam, candidate_id: UUID, application_id: UUID | None, vacancy: str | None,
           language: str | None, policy, today, sender: Sender) -> RejectionDraft[UUID]:
    """One letter: the candidate and their facts (consents included) read, the policy given."""
    personal = read_candidate(engine, team, candidate_id).personal
    facts, _version = team_retention.facts_of(engine, team, candidate_id)
    chosen = language or rejection_messages.language_of_text(personal.cv_text or "")
    return rejection_messages.compose_draft(candidate_id, application_id, vacancy, personal.full_name, personal.email,
                                            chosen, facts, policy, today, sender)
