"""A candidate's export (their answer to an access request) from a team vault: the same folder or
zip, workbook, JSON and documents as from a local vault, opened on this computer only.

Everything is read from the team store with the member's keys and handed to
``recruitdesk.exporting``, which builds and writes the files exactly as for a local candidate; the
server sees only the reads and one audit entry naming the member and the candidate's opaque id.
What the team store does not hold is exported empty and said so nowhere else: contact history
(the team store has none yet) and a sensitive-data field (the team store never takes one).
The export's folder name carries the first digits of the candidate's opaque id, never a name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from sqlalchemy import Engine, select

from recruitdesk import errors
from recruitdesk.clock import Clock
from recruitdesk.exporting import archive
from recruitdesk.exporting.archive import Cancelled, Progress
from recruitdesk.exporting.candidate_export import ExportResult, write_export
from recruitdesk.exporting.collect import CandidateData, DocumentData, RetentionData, export_filename
from recruitdesk.exporting.processing import purposes_for, retention_terms
from recruitdesk.retention import engine as retention_engine
from recruitdesk.retention.explain import explain
from recruitdesk.services.consents import ConsentView
from recruitdesk.services.notes import NoteView, NoteVersion
from recruitdesk.services.rights_requests import RequestView
from recruitdesk.services.team_vault import opened_team
from recruitdesk.team import applications as team_applications
from recruitdesk.team import audit, countdowns, member_admin
from recruitdesk.team import consents as team_consents
from recruitdesk.team import contacts as team_contacts
from recruitdesk.team import documents as team_documents
from recruitdesk.team import firm_profile
from recruitdesk.team import notes as team_notes
from recruitdesk.team import retention as team_retention
from recruitdesk.team import rights_requests as team_requests
from recruitdesk.team import vacancies as team_vacancies
from recruitdesk.team.candidates import list_candidates, read_candidate, search
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.schema import candidates
from recruitdesk.vault.keychain import Keychain

EXPORTED = "candidate-exported"
PREFIX_MIN = 4  # hex digits of a candidate id that name a candidate on the command line
REFERENCE_DIGITS = 8  # of the opaque id, in the export's name


def export_team_candidate(folder: Path, keychain: Keychain, clock, reference: str, out_dir: Path, as_zip: bool = False,
                          password: str | None = None) -> tuple["TeamCandidateLine", ExportResult]:
    """Write the export of the candidate ``reference`` names (``find_in_team``) into ``out_dir`` (a
    folder, or a zip; always a zip with a password), finding and exporting in one opened team."""
    archive.check_password(password)
    with opened_team(folder, keychain) as (engine, team):
        found = find_in_team(engine, team, reference)
        return found, export_opened(engine, team, clock, found.candidate_id, out_dir, as_zip, password)


def export_opened(engine: Engine, team: OpenTeam, clock: Clock, candidate_id: UUID, out_dir: Path, as_zip: bool = False,
                  password: str | None = None, progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> ExportResult:
    """The export from a team already open (the command line's and the window's one implementation), audited."""
    archive.check_password(password)
    data = _collect(engine, team, clock.now(), candidate_id)
    firm = firm_profile.read_profile(engine, team).profile.firm_name  # the team's firm profile, as a local export names the local one
    result = write_export(data, firm, out_dir, clock.today(), as_zip, password, progress, cancelled)
    _audit(engine, team, candidate_id, clock, "zip" if as_zip or password is not None else "folder")
    return result


@dataclass(frozen=True)
class TeamCandidateLine:
    candidate_id: UUID
    full_name: str
    deadline: dt.date | None

    def to_json(self) -> dict[str, object]:
        return {"id": str(self.candidate_id), "name": self.full_name, "deadline": self.deadline.isoformat() if self.deadline else None}


def team_candidates(folder: Path, keychain: Keychain, query: str | None = None) -> list[TeamCandidateLine]:
    """The team's candidates (or those a search finds, through blind tokens), by name."""
    with opened_team(folder, keychain) as (engine, team):
        return _lines(engine, team, set(search(engine, team, query)) if query else None)


def find_in_team(engine: Engine, team: OpenTeam, reference: str) -> TeamCandidateLine:
    """The one candidate a command names: the first digits of their id, or words of their name, in a
    team already open (the command then acts on them in the same one). Only the candidates that
    match are decrypted (ids are plain on the server)."""
    digits = reference.strip().casefold().replace("-", "")
    by_id: list[TeamCandidateLine] = []
    if len(digits) >= PREFIX_MIN:
        with engine.connect() as connection:
            ids = {found for found in connection.scalars(select(candidates.c.candidate_id)) if found.hex.startswith(digits)}
        by_id = _lines(engine, team, ids) if ids else []
    found = by_id or _lines(engine, team, set(search(engine, team, reference)))
    if len(found) == 1:
        return found[0]
    if found:
        raise errors.TeamCandidateAmbiguous(candidate=reference, count=len(found))
    raise errors.TeamCandidateUnknown(candidate=reference)


def _lines(engine, team, only: set[UUID] | None) -> list[TeamCandidateLine]:
    if only is not None and not only:
        return []
    rows = list_candidates(engine, team, only=only)
    lines = [TeamCandidateLine(row.candidate_id, row.full_name, row.deadline) for row in rows]
    return sorted(lines, key=lambda line: (line.full_name.casefold(), line.candidate_id))


def _collect(engine, team, now: dt.datetime, candidate_id: UUID) -> CandidateData:
    person = read_candidate(engine, team, candidate_id)
    facts, _version = team_retention.facts_of(engine, team, candidate_id)
    with engine.connect() as connection:
        updated_at = connection.scalar(select(candidates.c.updated_at).where(candidates.c.candidate_id == candidate_id))
        policy, policy_version = countdowns.active_policy(connection)
    status = countdowns.evaluate(facts, policy, now.date())
    names = {f"member:{member.member_id}": member.label for member in member_admin.list_members(engine, team)}

    documents, number_of = [], {}
    for index, document in enumerate(team_documents.documents_of(engine, team, candidate_id, with_content=True), start=1):
        content = document.content or b""
        number_of[document.document_id] = index
        documents.append(DocumentData(index, document.kind, document.filename,
                                      f"documents/{export_filename(document.filename, document.kind, index)}", document.media_type,
                                      len(content), _naive(document.added_at), hashlib.sha256(content).hexdigest(), content))
    consents = [ConsentView(index, 0, c.terms.purpose, c.terms.given_on, c.terms.channel, c.terms.wording_version, c.terms.wording,
                            number_of.get(c.terms.evidence_document_id) if c.terms.evidence_document_id else None,
                            c.terms.expires_on, c.terms.withdrawn_on)
                for index, c in enumerate(team_consents.consents_of(engine, team, candidate_id), start=1)]
    notes = []
    for index, note in enumerate(team_notes.notes_of(engine, team, candidate_id), start=1):
        author = names.get(note.author, note.author)
        written = _naive(note.created_at)
        history = tuple(NoteVersion(v.content.body, names.get(v.author, v.author), _naive(v.written_at))
                        for v in team_notes.history_of(engine, team, note.note_id))  # every version: it is their data too
        notes.append(NoteView(index, 0, note.kind, note.content.source, note.content.discussed_with_candidate, author, written,
                              note.content.body, history))
    requests = [RequestView(index, r.kind, 0, r.details.requester if r.details else None, r.dates.received_on,
                            r.details.identity_check if r.details else None, r.dates.due_on, r.dates.extended_to,
                            r.details.extension_reason if r.details else None, r.dates.completed_on,
                            r.details.outcome if r.details else None)
                for index, r in enumerate(team_requests.register(engine, team), start=1) if r.candidate_id == candidate_id]
    personal = person.personal
    profile: dict[str, object] = {
        "full_name": personal.full_name, "email": personal.email, "phone": personal.phone, "city": personal.city,
        "linkedin_url": personal.linkedin, "source": facts.source, "situation": status.situation, "applied_on": facts.applied_on,
        "last_contact_on": facts.last_contact, "created_at": dt.datetime.combine(person.created_on, dt.time()),
        "updated_at": _naive(updated_at) if updated_at else dt.datetime.combine(person.created_on, dt.time()), "sensitive": None,
    }
    applications = _applications(engine, team, candidate_id, facts.procedures)
    retention = RetentionData(policy=policy.title, policy_version=policy_version, situation=status.situation, status=status.kind,
                              rule=status.rule_id, due_on=status.due_on, explanation=explain(status),
                              legal_hold=status.kind == retention_engine.LEGAL_HOLD, extended_until=facts.extended_until)
    purposes = purposes_for(facts.source, {c.purpose for c in consents}, bool(facts.procedures))
    contacts: list[dict[str, object]] = [  # as the local export: the consent sentence a message asked them to agree to is their data too (Art. 15)
        {"on": c.terms.on, "channel": c.terms.channel, "kind": c.terms.kind, "wording_version": c.terms.wording_version,
         "wording": c.terms.wording} for c in team_contacts.contacts_of(engine, team, candidate_id)]
    return CandidateData(candidate_id.hex[:REFERENCE_DIGITS], str(candidate_id), _naive(now), profile, applications, contacts, consents,
                         notes, documents, retention, purposes, {p.code: retention_terms(p, policy) for p in purposes}, requests)


def _applications(engine, team, candidate_id: UUID, procedures) -> list[dict[str, object]]:
    """Each procedure of the facts, with the vacancy's title and client where an application stands
    for it (same outcome and days); an application the facts do not list is added (facts edited by hand)."""
    applied = team_applications.applications_of_candidate(engine, team, candidate_id)
    vacancy_of = {v.vacancy_id: v.fields for v in team_vacancies.all_vacancies(engine, team)} if applied else {}
    rows: list[dict[str, object]] = []
    for p in procedures:
        match = next((a for a in applied if (a.outcome, a.applied_on, a.ended_on) == (p.outcome, p.applied_on, p.ended_on)), None)
        if match is not None:
            applied.remove(match)
        vacancy = vacancy_of.get(match.vacancy_id) if match is not None else None
        rows.append({"title": vacancy.title if vacancy else None, "client": vacancy.client if vacancy else None,
                     "applied_on": p.applied_on, "outcome": p.outcome, "ended_on": p.ended_on, **_judgement(match)})
    for a in applied:
        vacancy = vacancy_of.get(a.vacancy_id)
        rows.append({"title": vacancy.title if vacancy else None, "client": vacancy.client if vacancy else None,
                     "applied_on": a.applied_on, "outcome": a.outcome, "ended_on": a.ended_on, **_judgement(a)})
    return rows


def _judgement(application) -> dict[str, object]:
    """The stage and the rating of an application (the candidate's data too, Art. 15); a team application has no tags."""
    if application is None:
        return {"stage": None, "rating": None, "tags": []}
    return {"stage": application.stage, "rating": application.review.rating if application.review is not None else None, "tags": []}


def _naive(moment: dt.datetime) -> dt.datetime:
    """Local wall-clock time without a zone, as the local vault's export writes it."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


@translate_faults
def _audit(engine, team, candidate_id: UUID, clock, kind: str) -> None:
    with engine.begin() as connection:
        audit.append(connection, team, EXPORTED, candidate_id, None, clock, detail=kind)
