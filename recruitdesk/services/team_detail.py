"""The Candidate dock's content for a team candidate: the same ``CandidateDetail`` the local vault's
dock shows (profile, documents, applications, consents, notes, requests, timeline), read from the
team's server and decrypted on this computer.

The dock is one widget for both kinds of vault; only where its facts come from differs. So a
team's records are given in the local view types, with the team's opaque UUIDs as their ids:
the dock never asks which backend it is on. What a team cannot give cheaply is left out rather
than guessed: a document's exact size is inside its padded ciphertext (``DocumentInfo.size`` is
None), and the timeline shows what this member may read of the audit (``audit.entries_about``).

The profile is edited in the dock as a local vault's is, but a team save must not overwrite a
colleague's newer save: the profile is read as a :class:`TeamProfile`, which carries the version
read and every personal field (the CV text too, which the dock does not show and a save keeps), and
:func:`save_profile` saves the typed fields over that version, or returns the ``SaveConflict`` for
the user to decide (``gui.team.dock_save``). The fields are checked by one rule (:func:`checked_fields`:
the local vault's rules: a name, a well-formed e-mail, phone and LinkedIn address), for a save in the dock and for a candidate
added in New candidate… (:func:`add_by_hand`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from uuid import UUID

from sqlalchemy import Engine

from recruitdesk.clock import Clock
from recruitdesk.services import candidate_detail as cd
from recruitdesk.services.applications import CandidateApplication
from recruitdesk.services.consents import ConsentView
from recruitdesk.services.notes import needs_discussion
from recruitdesk.services.rights_requests import RequestView
from recruitdesk.services.team_desk import PersonalFields, SaveConflict, TeamCandidate, TeamDesk
from recruitdesk.services.team_register import action_words, member_names, released_words, unknown_member
from recruitdesk.team import applications as team_applications
from recruitdesk.team import audit, hold_releases
from recruitdesk.team import candidates as team_candidates
from recruitdesk.team import consents as team_consents
from recruitdesk.team import documents as team_documents
from recruitdesk.team import notes as team_notes
from recruitdesk.team import retention as team_retention
from recruitdesk.team import rights_requests as team_requests
from recruitdesk.team import vacancies as team_vacancies
from recruitdesk.team.suppression import is_suppressed
from recruitdesk.team.membership import OpenTeam


@dataclass(frozen=True)
class TeamProfile(cd.Profile):
    """A team candidate's profile as read: the version it was read at and all their personal fields."""

    version: int = 0
    personal: PersonalFields = field(default_factory=lambda: PersonalFields(""))


def candidate_detail(desk: TeamDesk, candidate_id: UUID) -> cd.CandidateDetail:
    """Everything the dock shows of one team candidate (``errors.TeamCandidateGone`` once erased)."""
    return desk.run(lambda engine, team: _detail(engine, team, desk.clock, candidate_id))


def load_preview(desk: TeamDesk, document_id: UUID, want_bytes: bool) -> tuple[bytes | None, str]:
    """One document's decrypted content (for a PDF preview, in memory only) and its extracted text."""
    document = desk.run(lambda engine, team: team_documents.read_document(engine, team, document_id))
    return (document.content if want_bytes else None), document.text or ""


def checked_fields(read: PersonalFields, name: str, email: str, phone: str, city: str, linkedin: str) -> PersonalFields:
    """The typed fields over those read (the CV text kept), or a ``ProfileError``: the local vault's rules
    (``candidate_detail.validated_fields``: a name, a well-formed e-mail address, phone number and LinkedIn
    address, no field too long; empty fields stored as none), so a team refuses what a local vault refuses."""
    values = cd.validated_fields(name, email, phone, city, linkedin)
    return replace(read, full_name=values["full_name"] or "", email=values["email"], phone=values["phone"], city=values["city"],
                   linkedin=values["linkedin_url"])


def add_by_hand(desk: TeamDesk, name: str, email: str, phone: str, city: str, linkedin: str) -> tuple[UUID, bool]:
    """Check and add a candidate typed in New candidate…; also say whether the person is on the team's suppression list.

    Added as every team add is (``TeamDesk.add``: applied today, the countdown under the team's policy);
    someone on the list is added anyway, as a local vault adds them, and the window warns."""
    personal = checked_fields(PersonalFields(""), name, email, phone, city, linkedin)

    def listed(engine: Engine, team: OpenTeam) -> bool:
        with engine.connect() as connection:
            return is_suppressed(connection, team, personal.email, personal.phone) is not None
    suppressed = desk.run(listed)  # looked up first: a server gone meanwhile fails before anything is added
    return desk.add(personal).candidate_id, suppressed


def save_profile(desk: TeamDesk, read: TeamProfile, name: str, email: str, phone: str, city: str,
                 linkedin: str) -> TeamProfile | SaveConflict:
    """Check and save the typed fields over the version read; a colleague's newer save gives the ``SaveConflict``."""
    return save_fields(desk, read, read.version, checked_fields(read.personal, name, email, phone, city, linkedin))


def save_fields(desk: TeamDesk, read: TeamProfile, version: int, personal: PersonalFields) -> TeamProfile | SaveConflict:
    """Save ``personal`` over ``version`` (after a conflict: the server's, with the user's choice)."""
    assert isinstance(read.id, UUID), "a team candidate's id is a UUID"
    outcome = desk.save(read.id, version, personal)
    return outcome if isinstance(outcome, SaveConflict) else profile_of(read, outcome)


def profile_of(read: TeamProfile, candidate: TeamCandidate) -> TeamProfile:
    """The profile read, with the candidate's fields as the server now holds them (the facts did not change)."""
    personal = candidate.personal
    return replace(read, name=personal.full_name, email=personal.email, phone=personal.phone, city=personal.city,
                   linkedin=personal.linkedin, version=candidate.version, personal=personal)


def _detail(engine: Engine, team: OpenTeam, clock: Clock, candidate_id: UUID) -> cd.CandidateDetail:
    candidate = team_candidates.read_candidate(engine, team, candidate_id)
    _status, facts, _version = team_retention.countdown_of(engine, team, candidate_id, clock.today())
    personal = candidate.personal
    profile = TeamProfile(candidate_id, personal.full_name, personal.email, personal.phone, personal.city, personal.linkedin,
                          facts.source, facts.applied_on, facts.last_contact_on, candidate.version, personal)
    documents = tuple(cd.DocumentInfo(d.document_id, d.filename, d.media_type, None, d.added_at, d.kind)
                      for d in team_documents.documents_of(engine, team, candidate_id))
    names = member_names(engine, team)
    notes = tuple(cd.NoteSummary(n.note_id, n.kind, names.get(n.author, unknown_member()), n.created_at,
                                 cd.note_summary(n.content.body), needs_discussion(n.kind, n.content.discussed_with_candidate))
                  for n in team_notes.notes_of(engine, team, candidate_id))
    timeline = _timeline(engine, team, candidate_id)
    return cd.CandidateDetail(profile, documents, _consents(engine, team, candidate_id), notes,
                              _requests(engine, team, candidate_id, personal.full_name), timeline,
                              _applications(engine, team, candidate_id))


def _timeline(engine: Engine, team: OpenTeam, candidate_id: UUID) -> tuple[cd.TimelineEntry, ...]:
    """What this member may read of the candidate's audit, in words; a hold's release with the reason it was
    given (``team.hold_releases``: kept sealed where the local vault keeps only its length)."""
    entries = audit.entries_about(engine, team, candidate_id)
    reasons = ({release.release_id: release.reason for release in hold_releases.releases_of(engine, team, candidate_id)}
               if any(entry.detail == hold_releases.RELEASED_DETAIL for entry in entries) else {})
    return tuple(cd.TimelineEntry(entry.at, entry.action, released_words(reasons[entry.record_id])
                                  if entry.record_id in reasons else action_words(entry.action, entry.detail))
                 for entry in entries)


def _consents(engine: Engine, team: OpenTeam, candidate_id: UUID) -> tuple[ConsentView, ...]:
    return tuple(ConsentView(c.consent_id, candidate_id, c.terms.purpose, c.terms.given_on, c.terms.channel, c.terms.wording_version,
                             c.terms.wording, c.terms.evidence_document_id, c.terms.expires_on, c.terms.withdrawn_on)
                 for c in team_consents.consents_of(engine, team, candidate_id))


def _requests(engine: Engine, team: OpenTeam, candidate_id: UUID, name: str) -> tuple[RequestView, ...]:
    """The candidate's rights requests this member may read in the register (a recruiter: those they recorded)."""
    views = []
    for request in team_requests.register(engine, team, candidate_id=candidate_id):
        details, dates = request.details or team_requests.RequestDetails(), request.dates
        views.append(RequestView(request.request_id, request.kind, candidate_id, name, dates.received_on, details.identity_check,
                                 dates.due_on, dates.extended_to, details.extension_reason, dates.completed_on, details.outcome))
    return tuple(views)


def _applications(engine: Engine, team: OpenTeam, candidate_id: UUID) -> tuple[CandidateApplication, ...]:
    """Newest first, as the local dock lists them; the vacancy's title and client are opened with the firm key."""
    listed = team_applications.applications_of_candidate(engine, team, candidate_id)
    if not listed:
        return ()
    vacancies = {v.vacancy_id: v.fields for v in team_vacancies.all_vacancies(engine, team)}
    rows = []
    for application in listed:
        vacancy = vacancies.get(application.vacancy_id)
        rows.append(CandidateApplication(
            application.application_id, application.vacancy_id, vacancy.title if vacancy else "", vacancy.client if vacancy else None,
            vacancy.status if vacancy else "open", application.stage, application.applied_on, application.outcome,
            application.ended_on, application.review.rating if application.review is not None else None))
    return tuple(sorted(rows, key=lambda row: (row.applied_on or dt.date.min, str(row.id)), reverse=True))
