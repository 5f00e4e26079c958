"""Copying a local vault into a new team vault, with the counts checked.

Each candidate is read from the local vault and decrypted in memory only, then sealed on this
computer under the team's keys and sent: names, e-mails, documents, notes, consents and request
details reach the server only as ciphertext, and nothing decrypted is ever written to disk. The
copy only reads the local vault's data (read sessions), so it stays the one to use until the team
vault is checked; one audit entry records that a copy left it, with the team's id and the counts.

Each candidate goes in one transaction with their documents; their notes, consents and requests
follow in their own. After the copy, the rows of every kind are counted on the server and compared
with the local vault's; a difference is an error naming the kind, and the team database should
then be emptied and the copy run again.

Applications go with their vacancy and candidate (stage and outcome sealed under the candidate's
key, with the blind review's rating and its "blind" mark), both ways, and so does the contact history
(each contact tied to its application, with the consent sentence a rejection letter asked), and so does
the firm profile (name, privacy contact, privacy statement address: the local firm settings become the
team's firm profile, sealed under the firm key, and back), counted as one when set. Each application's
stage history goes along both ways (every move's stages sealed under the candidate's key, its day
plain, in the order made; ``team.stage_history``): in the team the copying member is named as the
mover (the local vault names a computer's user, which stays behind), and back in a local vault the
mover is the member's display name. What the team store does not hold yet stays behind: the local
audit trail. Each candidate's current retention deadline goes along. A team keeps the reason each legal
hold was released for (``team.hold_releases``); the local vault keeps only its length in its audit
trail, so there is nothing to carry into a team and, back, the reasons stay in the team vault.

A screening note goes with every version (an edit never overwrites, in either vault), both ways: the
earlier bodies become the team's sealed note revisions and, back, the local vault's encrypted ones,
each with the time it was replaced, counted as ``note_versions`` (the versions before the current
one). Into a team, the migrating member is each version's writer (the local vault names writers in
words, not as members); back, each version's writer is the member's name.

The suppression list (people who objected or asked for erasure, and a recruiter's "do not contact
again") goes too, both ways, counted like the rest. Its entries are keyed digests of people who were
erased, so they cannot be re-keyed: each digest goes as it is, with the key it was made under
(the local vault's identifier-hash key, or the team's suppression key), sealed under the firm key
in the team and under the local master key locally, and the other side's checks compute digests
under it too. Basis, basis day and request go along. An entry taken off the local list (with a
reason) stays behind, reported in ``left_behind`` as ``suppression_removed``: the team list has no
removal history, and copying it as active would make it match again.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable
from uuid import UUID

from sqlalchemy import func, select, update

from recruitdesk import audit, errors, settings
from recruitdesk.clock import Clock
from recruitdesk.services import consents as consent_service
from recruitdesk.services import firm_settings
from recruitdesk.services import notes as note_service
from recruitdesk.services import suppression as suppression_service
from recruitdesk.services.countdown import active_policy, facts_of, load_candidate, recompute
from recruitdesk.services.documents import document_text
from recruitdesk.services.rights_requests import RESTRICTED, RequestView, list_requests
from recruitdesk.services.team_vault import TeamProfile, create_team_vault, opened_team
from recruitdesk.services.stages import DEFAULT_STAGES
from recruitdesk.services.vacancies import list_vacancies
from recruitdesk.services.candidates import CONTACT_WORDING_FIELD
from recruitdesk.store.models import Candidate, ContactEvent, Procedure, StageMove
from recruitdesk.team import applications as team_applications
from recruitdesk.team import consents as team_consents
from recruitdesk.team import contacts as team_contacts
from recruitdesk.team import firm_profile
from recruitdesk.team import notes as team_notes
from recruitdesk.team import records
from recruitdesk.team import retention as team_retention
from recruitdesk.team import rights_requests as team_requests
from recruitdesk.team import schema as team_schema
from recruitdesk.team import stage_history
from recruitdesk.team import suppression as team_suppression
from recruitdesk.team import vacancies as team_vacancies
from recruitdesk.team.candidates import PersonalFields, insert_candidate
from recruitdesk.team.documents import insert_document
from recruitdesk.retention.presets import get_preset
from recruitdesk.store.models import RetentionState
from recruitdesk.vault.keychain import Keychain
from recruitdesk.vault.vault import Vault

KINDS = ("candidates", "documents", "notes", "note_versions", "consents", "requests", "vacancies", "applications", "stage_moves",
         "contacts", "firm_profile", "suppression")
TEAM_TABLES = {
    "candidates": team_schema.candidates, "documents": team_schema.documents, "notes": team_schema.notes,
    "note_versions": team_schema.note_revisions,
    "consents": team_schema.consents, "requests": team_schema.requests, "vacancies": team_schema.vacancies,
    "applications": team_schema.applications, "stage_moves": team_schema.stage_moves, "contacts": team_schema.contacts,
    "suppression": team_schema.suppression,
}


@dataclass(frozen=True)
class MigrationReport:
    profile: TeamProfile
    recovery_key: str
    copied: dict[str, int]
    # kind -> rows not copied: "suppression_removed", entries taken off the local list (they stay there with their reasons)
    left_behind: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        return {"team_id": str(self.profile.team_id), "copied": dict(self.copied), "left_behind": dict(self.left_behind)}


Progress = Callable[[int, int], None]


def migrate_to_team(vault: Vault, team_folder: Path, server_url: str, label: str, keychain: Keychain, clock: Clock,
                    password: str | None = None, progress: Progress | None = None) -> MigrationReport:
    """Create a team vault at ``server_url`` (settings in ``team_folder``) and copy ``vault`` into it."""
    with vault.read_session() as session:
        candidate_ids = list(session.scalars(select(Candidate.id).order_by(Candidate.id)))
    profile, recovery_key = create_team_vault(team_folder, server_url, label, keychain, clock, password)
    requests = list_requests(vault)
    expected: Counter[str] = Counter()
    with vault.read_session() as session:
        policy, _version = active_policy(session)  # the team counts by the local vault's policy, exactly
        preset = settings.get(session, "retention_preset")
    with opened_team(team_folder, keychain) as (engine, team):
        team_retention.set_policy(engine, team, policy, preset if policy == get_preset(preset).policy else None, clock)
        expected["firm_profile"] = _copy_firm_profile(vault, engine, team, clock)
        vacancies = list_vacancies(vault, statuses=None)
        team_vacancy_of = {row.id: team_vacancies.add_vacancy(engine, team, team_vacancies.VacancyFields(
            title=row.title, client=row.client, location=row.location, owner=row.owner, stages=row.stages,
            status=row.status, opened_on=row.opened_on, closed_on=row.closed_on), clock) for row in vacancies}
        expected["vacancies"] = len(vacancies)
        by_candidate: dict[object, list[RequestView]] = {}
        for request in requests:
            by_candidate.setdefault(request.candidate_id, []).append(request)
        team_request_of: dict[object, UUID] = {}
        for done, candidate_id in enumerate(candidate_ids, start=1):
            _copy_candidate(vault, engine, team, clock, candidate_id, by_candidate.get(candidate_id, []), team_vacancy_of, expected,
                            team_request_of)
            if progress is not None:
                progress(done, len(candidate_ids))
        for request in by_candidate.get(None, []):  # requests of people not (or no longer) in the vault
            team_request_of[request.id] = _copy_request(engine, team, clock, None, request)
            expected["requests"] += 1
        expected["candidates"] = len(candidate_ids)
        left_behind = _copy_suppression(vault, engine, team, clock, team_request_of, expected)
        counted = _team_counts(engine)
    _require_counts(expected, counted)
    _audit_copy(vault, clock, "vault.copied_to_team", profile.team_id, counted)
    return MigrationReport(profile, recovery_key, {kind: counted[kind] for kind in KINDS}, left_behind)


def _copy_suppression(vault: Vault, engine, team, clock: Clock, team_request_of: dict[object, UUID],
                      expected: Counter[str]) -> dict[str, int]:
    """The local suppression list into the team: each active entry's digest as it is, with the key
    it was made under (sealed under the firm key by ``team.suppression.carry_in``), its basis, day and
    request. Returns what stays behind: the entries taken off the list."""
    carried = suppression_service.carried_list(vault)
    with engine.begin() as connection:
        for group in carried.keyed:
            team_suppression.carry_in(connection, team, group.key, group.regions, [
                team_suppression.CarriedEntry(entry.digest, entry.kind, entry.basis, entry.basis_on,
                                              team_request_of.get(entry.request_id) if entry.request_id is not None else None)
                for entry in group.entries], clock)
    expected["suppression"] = carried.count
    return {"suppression_removed": carried.removed} if carried.removed else {}


def _require_counts(expected: Counter[str], counted: Counter[str]) -> None:
    for kind in KINDS:
        if counted[kind] != expected[kind]:
            raise errors.MigrationCountMismatch(kind=kind, expected=expected[kind], found=counted[kind])


def _audit_copy(vault: Vault, clock: Clock, action: str, team_id: UUID, counted: Counter[str]) -> None:
    """One entry in the local vault's own trail: a copy of everything left it, or arrived from a team."""
    counts: dict[str, object] = {kind: counted[kind] for kind in KINDS}
    with vault.session() as session, session.begin():
        audit.record(session, clock, action, None, team=str(team_id), **counts)


def _copy_candidate(vault: Vault, engine, team, clock: Clock, candidate_id: int, requests: list[RequestView],
                    team_vacancy_of: dict[int, UUID], expected: Counter[str], team_request_of: dict[object, UUID]) -> None:
    keys = vault.candidate_keys
    with vault.read_session() as session:
        candidate = load_candidate(session, candidate_id)
        facts = facts_of(candidate)  # the team computes the same countdown from them (consents follow below)
        personal = PersonalFields(full_name=candidate.full_name, email=candidate.email, phone=candidate.phone, city=candidate.city,
                                  linkedin=candidate.linkedin_url)
        documents = [(document.id, keys.decrypt_text(candidate.uid, candidate.wrapped_key, "document.filename", document.filename_enc),
                      document.media_type, keys.decrypt(candidate.uid, candidate.wrapped_key, "document.content", document.content_enc),
                      document_text(keys, candidate, document) or None, document.kind)
                     for document in sorted(candidate.documents, key=lambda d: (d.added_at, d.id))]
        notes = [note_service.view_of(session, keys, candidate, note) for note in sorted(candidate.notes, key=lambda n: (n.created_at, n.id))]
        consents = [consent_service.view_of(keys, candidate, consent) for consent in sorted(candidate.consents, key=lambda c: (c.given_on, c.id))]
        restricted = candidate.situation == RESTRICTED
        first_day = candidate.created_at.date()
        applied = [(p.id, team_vacancy_of[p.vacancy_id], p.stage or DEFAULT_STAGES[0], p.outcome, p.applied_on or first_day,
                    p.ended_on or p.applied_on or first_day,
                    team_applications.Review(p.rating, bool(p.rating_blind), team.member_id) if p.rating is not None else None)
                   for p in sorted(candidate.procedures, key=lambda p: p.id) if p.vacancy_id in team_vacancy_of]
        moves = {p.id: [(move.from_stage, move.to_stage, move.on, move.at.astimezone()) for move in p.moves]
                 for p in candidate.procedures if p.vacancy_id in team_vacancy_of}
        contacts = [(c.on, c.kind or "contact", c.channel, c.procedure_id, c.wording_version,
                     keys.decrypt_text(candidate.uid, candidate.wrapped_key, CONTACT_WORDING_FIELD, c.wording_enc)
                     if c.wording_enc is not None else None)
                    for c in sorted(candidate.contacts, key=lambda c: (c.on, c.id))]
    with engine.begin() as connection:
        records.begin_write(connection, team)
        team_id = insert_candidate(connection, team, personal, clock, facts)
        if restricted:  # a restriction the local register carried out stays in force in the team
            connection.execute(update(team_schema.candidates).where(team_schema.candidates.c.candidate_id == team_id).values(restricted=True))
        document_ids: dict[object, UUID] = {local_id: insert_document(connection, team, team_id, filename, media_type, content, text, clock, kind)
                        for local_id, filename, media_type, content, text, kind in documents}
        application_of: dict[int, UUID] = {}
        if applied or contacts:
            key = records.candidate_key(connection, team, team_id, for_write=True)
            for procedure_id, vacancy, stage, outcome, applied_on, ended_on, review in applied:
                application_of[procedure_id] = team_applications.insert_application(
                    connection, team, key, team_id, vacancy, stage, outcome, applied_on, ended_on, clock, review)
                for from_stage, to_stage, on, at in moves[procedure_id]:
                    stage_history.record_move(connection, team, key, team_id, application_of[procedure_id], from_stage, to_stage,
                                              on, clock, recorded_at=at)
            for on, kind, channel, about, version, wording in contacts:  # the facts already name the last contact
                team_contacts.insert_contact(connection, team, key, team_id, team_contacts.ContactTerms(
                    on, kind, channel, application_of.get(about) if about is not None else None, wording, version), clock)
    for note in notes:  # every version, the local times kept (naive local times there, aware here)
        team_notes.copy_note(engine, team, team_id, note.kind,
                             [(team_notes.NoteContent(version.body, note.source, note.discussed_with_candidate),
                               version.written_at.astimezone()) for version in note.history], clock)
    for consent in consents:
        evidence = document_ids.get(consent.evidence_document_id) if consent.evidence_document_id is not None else None
        team_consents.add_consent(engine, team, team_id, team_consents.ConsentTerms(
            purpose=consent.purpose, given_on=consent.given_on, channel=consent.channel, wording=consent.text,
            wording_version=consent.text_version, expires_on=consent.expires_on, withdrawn_on=consent.withdrawn_on,
            evidence_document_id=evidence), clock)
    for request in requests:
        team_request_of[request.id] = _copy_request(engine, team, clock, team_id, request)
    expected["documents"] += len(documents)
    expected["notes"] += len(notes)
    expected["note_versions"] += sum(len(note.history) - 1 for note in notes)
    expected["consents"] += len(consents)
    expected["requests"] += len(requests)
    expected["applications"] += len(applied)
    expected["stage_moves"] += sum(len(listed) for listed in moves.values())
    expected["contacts"] += len(contacts)


def _copy_request(engine, team, clock: Clock, candidate_id: UUID | None, request: RequestView) -> UUID:
    return team_requests.record_request(
        engine, team, candidate_id, request.kind,
        team_requests.RequestDates(received_on=request.received_on, due_on=request.due_on, extended_to=request.extended_to,
                                   completed_on=request.completed_on),
        team_requests.RequestDetails(requester=request.candidate_name, identity_check=request.identity_check,
                                     extension_reason=request.extension_reason, outcome=request.outcome), clock)


def _team_counts(engine) -> Counter[str]:
    counted: Counter[str] = Counter()
    with engine.connect() as connection:
        for kind, table in TEAM_TABLES.items():
            counted[kind] = connection.scalar(select(func.count()).select_from(table)) or 0
        settings_table = team_schema.settings
        counted["firm_profile"] = connection.scalar(select(func.count()).select_from(settings_table)
                                                    .where(settings_table.c.name == firm_profile.NAME)) or 0
    return counted


def _local_firm_profile(vault: Vault) -> firm_profile.FirmProfile:
    firm = firm_settings.read_firm_settings(vault)
    return firm_profile.FirmProfile(firm.firm_name, firm.privacy_contact, firm.privacy_statement_url, firm.auto_lock_minutes,
                                    firm_country=firm.firm_country)


def _copy_firm_profile(vault: Vault, engine, team, clock: Clock) -> int:
    """The local firm settings as the new team's firm profile (the creator is its administrator); 1 when
    there was one to copy, 0 when the local vault has none (the team then has none either)."""
    profile = _local_firm_profile(vault)
    if profile.is_empty:
        return 0
    firm_profile.save_profile(engine, team, 0, profile, clock)
    return 1


def _take_firm_profile(vault: Vault, engine, team) -> int:
    """The team's firm profile as the new local vault's firm settings (its other settings kept); 1 when
    the team had one."""
    profile = firm_profile.read_profile(engine, team).profile
    if profile.is_empty:
        return 0
    firm_settings.save_firm_settings(vault, replace(firm_settings.read_firm_settings(vault), firm_name=profile.firm_name,
                                                    privacy_contact=profile.privacy_contact,
                                                    privacy_statement_url=profile.privacy_statement_url,
                                                    auto_lock_minutes=profile.auto_lock_minutes))
    return 1



@dataclass(frozen=True)
class LocalCopyReport:
    folder: Path
    recovery_key: str
    copied: dict[str, int]


def migrate_to_local(team_folder: Path, keychain: Keychain, folder: Path, clock: Clock, preset: str = "nl-ap",
                     progress: Progress | None = None) -> LocalCopyReport:
    """Copy the team vault of ``team_folder`` into a new local vault in ``folder`` (retention ``preset``).

    The team's ciphertext is opened on this computer and written only into the new, encrypted
    local vault. The local vault takes the team's policy (``preset`` only names the first one it
    is created with) and counts every candidate from the facts the team holds, so each countdown
    comes out as it was in the team. Requests keep their dates exactly; a completed one is not
    carried out a second time."""
    from recruitdesk.services.retention import change_policy
    from recruitdesk.services.vault_access import create_vault

    vault, recovery_key = create_vault(Path(folder), keychain, clock, preset=preset)
    with vault:
        with opened_team(team_folder, keychain) as (engine, team):
            rules, _version, team_preset = team_retention.active_policy(engine)
            change_policy(vault, rules, team_preset)
            expected = _copy_team_into(vault, engine, team, clock, progress)
            expected["firm_profile"] = _take_firm_profile(vault, engine, team)
        counted = _local_counts(vault)
        _require_counts(expected, counted)
        _audit_copy(vault, clock, "vault.copied_from_team", team.keys.team_id, counted)
    return LocalCopyReport(Path(folder), recovery_key, {kind: counted[kind] for kind in KINDS})


def _copy_team_into(vault: Vault, engine, team, clock: Clock, progress: Progress | None) -> Counter[str]:
    from recruitdesk.team.candidates import read_candidate

    expected: Counter[str] = Counter()
    local_vacancy_of: dict[UUID, int] = {}
    for row in team_vacancies.all_vacancies(engine, team):
        local_vacancy_of[row.vacancy_id] = _add_local_vacancy(vault, row.fields)
        expected["vacancies"] += 1
    requests = team_requests.register(engine, team)
    with engine.connect() as connection:
        ids = list(connection.scalars(select(team_schema.candidates.c.candidate_id)
                                      .order_by(team_schema.candidates.c.created_on, team_schema.candidates.c.candidate_id)))
    from recruitdesk.team.member_admin import list_members

    authors = {f"member:{member.member_id}": member.label for member in list_members(engine, team)}
    local_of: dict[UUID, int] = {}
    for done, team_id in enumerate(ids, start=1):
        local_of[team_id] = _add_local_candidate(vault, engine, team, clock, read_candidate(engine, team, team_id), authors,
                                                 local_vacancy_of, expected)
        if progress is not None:
            progress(done, len(ids))
    local_request_of: dict[UUID, int] = {}
    for request in requests:
        local_request_of[request.request_id] = _add_local_request(
            vault, clock, local_of.get(request.candidate_id) if request.candidate_id else None, request)
        expected["requests"] += 1
    expected["candidates"] = len(ids)
    expected["suppression"] = _take_suppression(vault, engine, team, local_request_of)
    return expected


def _take_suppression(vault: Vault, engine, team, local_request_of: dict[UUID, int]) -> int:
    """The team's suppression list into the new local vault: every digest as it is, with the key it
    was made under (the team's own, or one a local vault brought in), sealed under the local master
    key; returns how many entries."""
    with engine.connect() as connection:
        keyed = team_suppression.entries_by_key(connection, team)
    copied = 0
    for key, entries in keyed:
        copied += suppression_service.take_carried(vault, key.key, key.regions, [
            suppression_service.DigestEntry(entry.digest, entry.kind, entry.basis, entry.basis_on,
                                            local_request_of.get(entry.request_id) if entry.request_id is not None else None)
            for entry in entries])
    return copied


def _add_local_candidate(vault: Vault, engine, team, clock: Clock, person, authors: dict[str, str],
                         local_vacancy_of: dict[UUID, int], expected: Counter[str]) -> int:
    from recruitdesk.services.candidates import new_candidate
    from recruitdesk.services.documents import attach_document
    from recruitdesk.team.documents import documents_of, read_document

    documents = [read_document(engine, team, listed.document_id) for listed in documents_of(engine, team, person.candidate_id)]
    consents = team_consents.consents_of(engine, team, person.candidate_id)
    evidence_ids = {consent.terms.evidence_document_id for consent in consents if consent.terms.evidence_document_id}
    fields = person.personal
    facts, _version = team_retention.facts_of(engine, team, person.candidate_id)
    applied = team_applications.applications_of_candidate(engine, team, person.candidate_id)
    moves = stage_history.moves_of_candidate(engine, team, person.candidate_id)
    contacts = team_contacts.contacts_of(engine, team, person.candidate_id)
    with vault.session() as session, session.begin():
        candidate = new_candidate(session, vault.candidate_keys, clock, fields.full_name, email=fields.email, phone=fields.phone,
                                  city=fields.city, applied_on=facts.applied_on, source=facts.source,
                                  outplacement_started_on=facts.outplacement_started_on)
        candidate.linkedin_url = fields.linkedin
        candidate.procedures.clear()  # the team's facts list every procedure, the one just opened included
        _set_local_facts(session, clock, candidate, facts)
        procedure_of = _link_local_applications(session, clock, candidate, applied, local_vacancy_of)
        _add_local_moves(session, procedure_of, moves, authors)
        for contact in contacts:  # the facts already name the last contact
            said = contact.terms
            procedure = procedure_of.get(said.application_id) if said.application_id is not None else None
            event = ContactEvent(on=said.on, channel=said.channel, kind=said.kind, procedure_id=procedure.id if procedure else None,
                                 wording_version=said.wording_version)
            if said.wording:
                event.wording_enc = vault.candidate_keys.encrypt_text(candidate.uid, candidate.wrapped_key, CONTACT_WORDING_FIELD,
                                                                      said.wording)
            candidate.contacts.append(event)
        if person.restricted:
            candidate.situation = RESTRICTED
        for document in documents:
            if document.document_id not in evidence_ids:  # evidence goes in with its consent, once
                attach_document(session, vault.candidate_keys, clock, candidate, document.filename, document.media_type,
                                document.content or b"", document.text, kind=document.kind)
        candidate_id = candidate.id
    notes = team_notes.notes_of(engine, team, person.candidate_id)
    versions = 0
    for note in notes:
        history = team_notes.history_of(engine, team, note.note_id)
        versions += len(history) - 1
        note_service.copy_note(vault, candidate_id, note.kind,
                               [note_service.NoteVersion(v.content.body, authors.get(v.author, v.author), _local_time(v.written_at))
                                for v in history],
                               note.content.source, note.content.discussed_with_candidate)
    by_id = {document.document_id: document for document in documents}
    for consent in consents:
        terms = consent.terms
        proof = by_id.get(terms.evidence_document_id) if terms.evidence_document_id else None
        given = consent_service.give_consent(
            vault, candidate_id, terms.purpose, terms.given_on, terms.channel, text=terms.wording, text_version=terms.wording_version,
            evidence=consent_service.Evidence(proof.filename, proof.media_type, proof.content or b"") if proof else None)
        if terms.withdrawn_on is not None:
            assert isinstance(given.id, int)  # a local vault's consent
            consent_service.withdraw(vault, given.id, on=terms.withdrawn_on)
    # A consent's evidence becomes the local consent's own document, one per consent that cites it.
    expected["documents"] += sum(1 for d in documents if d.document_id not in evidence_ids) + sum(
        1 for consent in consents if consent.terms.evidence_document_id in by_id)
    expected["notes"] += len(notes)
    expected["note_versions"] += versions
    expected["consents"] += len(consents)
    expected["applications"] += len(applied)
    expected["stage_moves"] += len(moves)
    expected["contacts"] += len(contacts)
    return candidate_id


def _add_local_moves(session, procedure_of: dict[UUID, Procedure], moves: list[stage_history.TeamStageMove],
                     authors: dict[str, str]) -> None:
    """The team's stage history as the local board keeps it, in the order the moves were made: the
    mover by their display name; an application's stage is dated by its latest move (one moved only
    before the team kept a history keeps the day ``_link_local_applications`` gave it)."""
    for move in moves:  # in the order made
        procedure = procedure_of[move.application_id]
        session.add(StageMove(procedure_id=procedure.id, from_stage=move.from_stage, to_stage=move.to_stage, on=move.moved_on,
                              at=move.recorded_at.astimezone().replace(tzinfo=None), actor=authors.get(move.moved_by, move.moved_by)))
        procedure.stage_changed_on = move.moved_on
    session.flush()


def _local_time(moment: dt.datetime) -> dt.datetime:
    """A team time (aware) as the local vault keeps times: naive, this machine's local time."""
    return moment.astimezone().replace(tzinfo=None)


def _link_local_applications(session, clock: Clock, candidate: Candidate, applied,
                             local_vacancy_of: dict[UUID, int]) -> dict[UUID, Procedure]:
    """Each team application as the local board keeps it: the facts' procedure it stands for (same
    outcome and days) gets its vacancy and stage; one the facts do not list is added. Returns the
    procedure of each application (flushed: with its id)."""
    from recruitdesk.store.models import Vacancy

    free = [p for p in candidate.procedures if p.vacancy_id is None]
    procedure_of: dict[UUID, Procedure] = {}
    for application in applied:
        vacancy = session.get(Vacancy, local_vacancy_of[application.vacancy_id])
        ended_on = application.ended_on if application.outcome != "open" else None
        procedure = next((p for p in free if (p.outcome, p.applied_on, p.ended_on) == (application.outcome, application.applied_on,
                                                                                        ended_on)), None)
        if procedure is None:
            procedure = Procedure(outcome=application.outcome, applied_on=application.applied_on, ended_on=ended_on)
            candidate.procedures.append(procedure)
        else:
            free.remove(procedure)
        procedure.vacancy_id, procedure.title, procedure.client = vacancy.id, vacancy.title, vacancy.client
        procedure.stage, procedure.stage_changed_on = application.stage, ended_on or application.applied_on
        if application.review is not None:
            procedure.rating, procedure.rating_blind = application.review.rating, application.review.blind
        procedure_of[application.application_id] = procedure
    if applied:
        session.flush()
        recompute(session, candidate, clock)
    return procedure_of


def _set_local_facts(session, clock: Clock, candidate: Candidate, facts) -> None:
    """The team's facts as the local vault keeps them, and the countdown computed from them (the
    consents, added next, recompute it again)."""
    candidate.created_at = min(candidate.created_at, dt.datetime.combine(facts.created_on, dt.time()))
    candidate.last_contact_on = facts.last_contact_on
    for procedure in facts.procedures:
        candidate.procedures.append(Procedure(outcome=procedure.outcome, applied_on=procedure.applied_on, ended_on=procedure.ended_on))
    if facts.legal_hold_reason or facts.extended_until:
        state = candidate.retention or RetentionState(candidate_id=candidate.id)
        state.legal_hold_reason = facts.legal_hold_reason
        state.extended_until = facts.extended_until
        state.extension_reason = facts.extension_reason
        candidate.retention = state
    session.flush()
    recompute(session, candidate, clock)


def _add_local_request(vault: Vault, clock: Clock, candidate_id: int | None, request) -> int:
    """The register's row as the team kept it, dates and outcome included: nothing is carried out
    again. Returns its local id."""
    from recruitdesk.store.models import RightsRequest

    details = request.details
    with vault.session() as session, session.begin():
        row = RightsRequest(
            candidate_id=candidate_id, kind=request.kind, received_on=request.dates.received_on, due_on=request.dates.due_on,
            extended_to=request.dates.extended_to, completed_on=request.dates.completed_on,
            identity_check=details.identity_check if details else None, extension_reason=details.extension_reason if details else None,
            outcome=details.outcome if details else None)
        session.add(row)
        session.flush()
        audit.record(session, clock, "request.copied_from_team", None, kind=request.kind)
        return row.id


def _add_local_vacancy(vault: Vault, fields) -> int:
    from recruitdesk.services.stages import FINAL_STAGES
    from recruitdesk.services.vacancies import ON_HOLD, add_vacancy, edit_vacancy
    from recruitdesk.services.vacancy_closing import close_vacancy

    stages = [stage for stage in fields.stages if stage not in FINAL_STAGES] or None
    vacancy_id = add_vacancy(vault, fields.title, client=fields.client, location=fields.location, owner=fields.owner,
                             opened_on=fields.opened_on, stages=stages)
    if fields.status == ON_HOLD:
        edit_vacancy(vault, vacancy_id, status=ON_HOLD)
    elif fields.status in ("filled", "cancelled"):
        close_vacancy(vault, vacancy_id, on=fields.closed_on, status=fields.status)
    return vacancy_id


def _local_counts(vault: Vault) -> Counter[str]:
    from recruitdesk.store.models import Consent, Document, RightsRequest, ScreeningNote, ScreeningNoteRevision, SuppressionEntry, Vacancy

    counted: Counter[str] = Counter()
    with vault.read_session() as session:
        for kind, model in (("candidates", Candidate), ("documents", Document), ("notes", ScreeningNote),
                            ("note_versions", ScreeningNoteRevision), ("consents", Consent),
                            ("requests", RightsRequest), ("vacancies", Vacancy)):
            counted[kind] = session.scalar(select(func.count()).select_from(model)) or 0
        counted["applications"] = session.scalar(select(func.count()).select_from(Procedure).where(Procedure.vacancy_id.is_not(None))) or 0
        counted["stage_moves"] = session.scalar(select(func.count()).select_from(StageMove).join(Procedure)
                                                .where(Procedure.vacancy_id.is_not(None))) or 0
        counted["contacts"] = session.scalar(select(func.count()).select_from(ContactEvent)) or 0
        counted["suppression"] = session.scalar(select(func.count()).select_from(SuppressionEntry)) or 0
    counted["firm_profile"] = 0 if _local_firm_profile(vault).is_empty else 1
    return counted
