"""A candidate's contacts as the Record a contact… dialog lists and records them, for either kind of vault.

The words are shared: the kinds a recruiter records (``services.candidates.CONTACT_KINDS`` less a
rejection letter, which is marked sent from the letter itself), the channels, and the history's
lines named with the local timeline's words. A team (``services.team_contacts``) records through
the open team; a local vault keeps every contact in its ``contact_events`` table (a contact, an
interview planned, a message, a rejection letter marked sent), so its history is as full as a
team's: no schema is added. Recording refuses a day after today, as the team's server call does,
and returns the countdown as it is now, so the dialog can say the new deadline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from recruitdesk.dates import long_date
from recruitdesk.errors import RecruitDeskError
from recruitdesk.i18n import N_, translate
from recruitdesk.services import rejection_messages
from recruitdesk.services.candidate_detail import TIMELINE_TEXTS
from recruitdesk.services.candidates import CONTACT_KINDS, record_contact
from recruitdesk.services.countdown import load_candidate
from recruitdesk.services.retention_settings import CandidateRetention, candidate_retention
from recruitdesk.store.models import ContactEvent
from recruitdesk.vault.vault import Vault

__all__ = ["ContactLine", "RECORDABLE_KINDS", "CHANNELS", "kind_label", "choice_label", "channel_label", "ContactInTheFuture",
           "UnknownContactKind", "contacts_of", "record"]

REJECTION_SENT = rejection_messages.CONTACT_KIND
RECORDABLE_KINDS = tuple(kind for kind in CONTACT_KINDS if kind != REJECTION_SENT)  # a rejection is marked sent from its letter
CHANNELS = {
    "email": N_("team_contacts", "E-mail"),
    "phone": N_("team_contacts", "Phone"),
    "meeting": N_("team_contacts", "Meeting"),
    "other": N_("team_contacts", "Other"),
}
KIND_CHOICES = {
    "contact": N_("team_contacts", "Other contact"),
    "message_sent": N_("team_contacts", "Message sent"),
    "interview_scheduled": N_("team_contacts", "Interview scheduled"),
}


class ContactInTheFuture(RecruitDeskError):
    code = "team-contact-in-the-future"
    template = N_("errors", "A contact cannot be recorded on {date}, after today. Choose the day it took place.")


class UnknownContactKind(RecruitDeskError):
    code = "team-contact-kind"
    template = N_("errors", "\"{kind}\" is not a kind of contact. Nothing was recorded.")


def kind_label(kind: str) -> str:
    """The kind in the local timeline's words ("Interview scheduled", "Rejection message sent")."""
    text = TIMELINE_TEXTS.get("candidate.contact" if kind == "contact" else f"contact.{kind}")
    return translate("timeline", text) if text else kind


def choice_label(kind: str) -> str:
    """The kind as the Record a contact dialog offers it."""
    return translate("team_contacts", KIND_CHOICES[kind])


def channel_label(channel: str | None) -> str:
    text = CHANNELS.get(channel or "")
    return translate("team_contacts", text) if text else ""


@dataclass(frozen=True)
class ContactLine:
    """One contact of the candidate's history (``contact_id``: a team's UUID, a local vault's row id)."""

    contact_id: object
    on: dt.date
    kind: str
    channel: str | None
    application_id: object | None
    asked_reserve: bool  # the message quoted the reserve consent sentence

    @property
    def kind_text(self) -> str:
        return kind_label(self.kind)

    @property
    def channel_text(self) -> str:
        return channel_label(self.channel)


def check_recordable(on: dt.date, kind: str, today: dt.date) -> None:
    """Refuse an unknown kind and a day after today (both vaults' rule), before anything is written."""
    if kind not in RECORDABLE_KINDS:
        raise UnknownContactKind(kind=kind)
    if on > today:
        raise ContactInTheFuture(date=long_date(on))


# --- a local vault -------------------------------------------------------------------------------
def contacts_of(vault: Vault, candidate_id: int) -> list[ContactLine]:
    """The local candidate's contacts, oldest first (then in the order they were recorded)."""
    with vault.read_session() as session:
        load_candidate(session, candidate_id)  # a candidate erased meanwhile: CandidateNotFound, not an empty list
        events = session.scalars(select(ContactEvent).where(ContactEvent.candidate_id == candidate_id)
                                 .order_by(ContactEvent.on, ContactEvent.id)).all()
        return [ContactLine(event.id, event.on, event.kind or "contact", event.channel, event.procedure_id, event.wording_enc is not None)
                for event in events]


def record(vault: Vault, candidate_id: int, on: dt.date, kind: str = "contact", channel: str | None = None) -> CandidateRetention:
    """Record a local contact (the last contact and the countdown move in its transaction); the countdown now."""
    check_recordable(on, kind, vault.clock.today())
    record_contact(vault, candidate_id, on, channel if channel in CHANNELS else None, kind)
    return candidate_retention(vault, candidate_id)
