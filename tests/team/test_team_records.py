"""Documents, notes, consents, requests, vacancies and tags in the team store, on a real PostgreSQL server.

Each kind: a colleague with their own device key reads what another member saved; a save over a
colleague's newer version is refused with both versions; every change is in the audit chain
naming the acting member and the record, and on the change feed. Erasing a candidate removes all
their rows (the request register keeps its plain row without details); a revocation keeps every
record readable and searchable for the members who stay, and nothing for the revoked keys.
"""

from __future__ import annotations

from dataclasses import replace

import datetime as dt

import pytest
from sqlalchemy import func, select, text, update

from recruitdesk.team import audit, blind_tokens, consents, documents, membership, notes, records, rights_requests, tags, vacancies
from recruitdesk.team.candidates import PersonalFields, StaleTeamKeys, TeamCandidateNotFound, add_candidate, search
from recruitdesk.team.erasure import erase_candidate
from recruitdesk.team.change_feed import Change, ChangeListener, RecordChange
from recruitdesk.team.fields import FieldDamaged
from recruitdesk.team.key_hierarchy import member_holder
from recruitdesk.team.revocation import finish_revocation, revoke_member, start_revocation
from recruitdesk.team.roles import NotAllowed, Role
from recruitdesk.team.schema import (candidate_tags, consents as consent_table, document_tokens, documents as document_table,
                                     metadata, notes as note_table, request_details, requests as request_table, tags as tag_table,
                                     vacancies as vacancy_table)
from recruitdesk.vault.keychain import MemoryKeychain

LIESBETH = PersonalFields("Liesbeth Hoogewerf", "liesbeth.hoogewerf@example.be")
CV_TEXT = "Liesbeth Hoogewerf\nCryogenics technician at Zwijndrecht, fluent in Portuguese, forklift licence"
CV_BYTES = b"%PDF-1.4 Liesbeth Hoogewerf cryogenics Zwijndrecht " + bytes(range(256)) * 20
NOTE = notes.NoteContent("Wants to move to Mechelen; salary expectation 3900 gross", "telephone call", True)
WORDING = "I agree that Kiwibureau keeps my CV for two years for other vacancies."
VACANCY = vacancies.VacancyFields("Senior cryogenics engineer", "Brouwerij Vandenheuvel", "Mechelen", "Aline",
                                  ("screening", "interview", "offer"))
REQUEST = rights_requests.RequestDetails("Liesbeth Hoogewerf via liesbeth.hoogewerf@example.be", "passport seen at the desk",
                                         None, None)
SECRETS = ("Liesbeth", "Hoogewerf", "liesbeth.hoogewerf", "Cryogenics", "cryogenics", "Zwijndrecht", "Portuguese",
           "Mechelen", "salary", "Kiwibureau", "Brouwerij", "Vandenheuvel", "passport", "telephone", "deep-sea-diving",
           "cv-liesbeth.pdf", "application/pdf")


def _join(engine, admin, keychain, role, clock):
    member_id = membership.add_member(engine, admin, membership.new_device_key(keychain, admin.keys.team_id), role, "Member", clock)
    return membership.open_as_member(engine, keychain, member_id)


@pytest.fixture
def team(team_engine, keychain, second_keychain, clock):
    """(admin, colleague) of a new team."""
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    return admin, _join(team_engine, admin, second_keychain, Role.RECRUITER, clock)


def _fill(engine, member, clock):
    """One candidate with one record of every kind; returns their ids."""
    candidate = add_candidate(engine, member, LIESBETH, clock)
    document = documents.add_document(engine, member, candidate, "cv-liesbeth.pdf", "application/pdf", CV_BYTES, CV_TEXT, clock)
    note = notes.add_note(engine, member, candidate, "phone_screen", NOTE, clock)
    consent = consents.add_consent(engine, member, candidate, consents.ConsentTerms(
        "recruitment_reserve", dt.date(2026, 3, 2), "e-mail reply", WORDING, "reserve-v2", dt.date(2028, 3, 2),
        evidence_document_id=document), clock)
    request = rights_requests.record_request(engine, member, candidate, "access", rights_requests.RequestDates(
        dt.date(2026, 3, 2), dt.date(2026, 4, 2)), REQUEST, clock)
    vacancy = vacancies.add_vacancy(engine, member, VACANCY, clock)
    tag = tags.add_tag(engine, member, "deep-sea-diving", clock)
    assert tags.tag_candidate(engine, member, candidate, tag, clock) is True
    return dict(candidate=candidate, document=document, note=note, consent=consent, request=request, vacancy=vacancy, tag=tag)


def test_every_kind_is_read_back_by_a_colleague_with_their_own_device_key(team_engine, team, clock):
    admin, colleague = team
    ids = _fill(team_engine, admin, clock)
    candidate = ids["candidate"]

    [listed] = documents.documents_of(team_engine, colleague, candidate)
    assert (listed.filename, listed.media_type, listed.text, listed.kind, listed.content) == (
        "cv-liesbeth.pdf", "application/pdf", CV_TEXT, "cv", None)
    assert documents.read_document(team_engine, colleague, ids["document"]).content == CV_BYTES
    [note] = notes.notes_of(team_engine, colleague, candidate)
    assert note.content == NOTE and note.author == member_holder(admin.member_id) and note.kind == "phone_screen"
    [consent] = consents.consents_of(team_engine, colleague, candidate)
    assert consent.terms.wording == WORDING and consent.terms.channel == "e-mail reply"
    assert consent.terms.evidence_document_id == ids["document"] and consent.terms.expires_on == dt.date(2028, 3, 2)
    dpo = _join(team_engine, admin, MemoryKeychain(), Role.DPO, clock)  # the register is the DPO's (and admins')
    [request] = rights_requests.register(team_engine, dpo)
    assert request.details == REQUEST and request.kind == "access" and request.dates.due_on == dt.date(2026, 4, 2)
    [vacancy] = vacancies.all_vacancies(team_engine, colleague)
    assert vacancy.fields.title == VACANCY.title and vacancy.fields.client == VACANCY.client
    assert vacancy.fields.stages == VACANCY.stages and vacancy.fields.opened_on == clock.today()
    assert [tag.label for tag in tags.all_tags(team_engine, colleague)] == ["deep-sea-diving"]
    assert tags.tags_of(team_engine, colleague, candidate) == [ids["tag"]]
    assert tags.tag_candidate(team_engine, colleague, candidate, ids["tag"], clock) is False  # already tagged: idempotent


def test_a_dpo_reads_the_register_but_writes_no_record(team_engine, team, keychain, clock):
    admin, _ = team
    ids = _fill(team_engine, admin, clock)
    dpo = _join(team_engine, admin, MemoryKeychain(), Role.DPO, clock)
    assert rights_requests.register(team_engine, dpo)[0].details == REQUEST
    for write in (lambda: documents.add_document(team_engine, dpo, ids["candidate"], "x.txt", "text/plain", b"x", "x", clock),
                  lambda: notes.add_note(team_engine, dpo, ids["candidate"], "interview", NOTE, clock),
                  lambda: vacancies.add_vacancy(team_engine, dpo, VACANCY, clock),
                  lambda: tags.add_tag(team_engine, dpo, "x", clock)):
        with pytest.raises(NotAllowed):
            write()


def test_the_dpo_and_admins_read_the_whole_register_and_a_recruiter_the_requests_they_recorded(team_engine, team, clock):
    admin, colleague = team
    ids = _fill(team_engine, admin, clock)
    dates = rights_requests.RequestDates(dt.date(2026, 3, 4), dt.date(2026, 4, 4))
    theirs = rights_requests.record_request(team_engine, colleague, ids["candidate"], "rectification", dates,
                                            rights_requests.RequestDetails(outcome="address corrected"), clock)
    dpo = _join(team_engine, admin, MemoryKeychain(), Role.DPO, clock)
    everything = {ids["request"], theirs}
    assert {request.request_id for request in rights_requests.register(team_engine, dpo)} == everything
    assert {request.request_id for request in rights_requests.register(team_engine, admin)} == everything
    [own] = rights_requests.register(team_engine, colleague)
    assert own.request_id == theirs and own.recorded_by == member_holder(colleague.member_id)
    assert own.details.outcome == "address corrected"


def test_no_table_holds_a_name_word_or_label_in_plaintext(team_engine, team, clock):
    admin, _ = team
    _fill(team_engine, admin, clock)
    checked = 0
    with team_engine.connect() as connection:
        for table in metadata.sorted_tables:
            for row in connection.execute(select(table)):
                for value in row:
                    raw = bytes(value) if isinstance(value, (bytes, memoryview)) else str(value).encode()
                    checked += 1
                    for secret in SECRETS:
                        assert secret.encode() not in raw and secret.lower().encode() not in raw, (table.name, secret)
        counts = {table.name: connection.scalar(select(func.count()).select_from(table)) for table in
                  (document_table, document_tokens, note_table, consent_table, request_table, request_details, vacancy_table,
                   tag_table, candidate_tags)}
        # Control: the same comparison finds every secret in a plaintext table.
        connection.execute(text("CREATE TEMPORARY TABLE plaintext_control (value text)"))
        connection.execute(text("INSERT INTO plaintext_control VALUES (:value)"), [{"value": secret} for secret in SECRETS])
        found = [str(value).encode() for value in connection.execute(text("SELECT value FROM plaintext_control")).scalars()]
        assert all(any(secret.encode() in raw for raw in found) for secret in SECRETS)
    assert all(counts.values()), counts
    assert checked > 100


def test_search_finds_a_candidate_by_a_word_of_their_documents_and_follows_edits(team_engine, team, clock):
    admin, colleague = team
    ids = _fill(team_engine, admin, clock)
    other = add_candidate(team_engine, admin, PersonalFields("Pieter Cryssens"), clock)
    candidate, document = ids["candidate"], ids["document"]
    assert search(team_engine, colleague, "zwijndrecht") == [candidate]  # only in the document's text
    assert search(team_engine, colleague, "cry") == sorted([candidate, other])  # name of one, document of the other
    assert search(team_engine, colleague, "hoogewerf portug") == [candidate]  # name + document words together
    assert search(team_engine, colleague, "pieter zwijndrecht") == []

    version = documents.update_document(team_engine, colleague, document, 1, "cv-liesbeth.pdf", "Welder in Gent", clock)
    assert version == 2
    assert search(team_engine, admin, "zwijndrecht") == [] and search(team_engine, admin, "welder") == [candidate]
    documents.delete_document(team_engine, admin, document, 2, clock)
    assert search(team_engine, admin, "welder") == []
    assert documents.documents_of(team_engine, admin, candidate) == []
    # The consent that cited it stays, without its evidence.
    assert consents.consents_of(team_engine, admin, candidate)[0].terms.evidence_document_id is None


def test_a_save_over_a_colleagues_newer_version_is_refused_for_every_kind(team_engine, team, clock):
    admin, colleague = team
    ids = _fill(team_engine, admin, clock)
    terms = consents.consents_of(team_engine, admin, ids["candidate"])[0].terms
    request = rights_requests.register(team_engine, admin)[0]
    saves = {
        "document": lambda member, word: documents.update_document(team_engine, member, ids["document"], 1, "cv.pdf", word, clock),
        "note": lambda member, word: notes.update_note(team_engine, member, ids["note"], 1, notes.NoteContent(word), clock),
        "consent": lambda member, word: consents.update_consent(
            team_engine, member, ids["consent"], 1, consents.ConsentTerms(terms.purpose, terms.given_on, word), clock),
        "request": lambda member, word: rights_requests.update_request(
            team_engine, member, ids["request"], 1, request.dates, rights_requests.RequestDetails(outcome=word), clock),
        "vacancy": lambda member, word: vacancies.update_vacancy(
            team_engine, member, ids["vacancy"], 1, vacancies.VacancyFields(word), clock),
        "tag": lambda member, word: tags.rename_tag(team_engine, member, ids["tag"], 1, word, clock),
    }
    for kind, save in saves.items():
        assert save(colleague, "theirs") == 2, kind
        with pytest.raises(records.RecordVersionConflict) as conflict:
            save(admin, "mine")
        assert (conflict.value.kind, conflict.value.record_id, conflict.value.expected, conflict.value.current) == (
            kind, ids[kind], 1, 2)
    # The colleague's versions are what the server kept.
    assert documents.read_document(team_engine, admin, ids["document"]).text == "theirs"
    assert notes.notes_of(team_engine, admin, ids["candidate"])[0].content.body == "theirs"
    assert consents.consents_of(team_engine, admin, ids["candidate"])[0].terms.channel == "theirs"
    assert rights_requests.register(team_engine, admin)[0].details.outcome == "theirs"
    assert vacancies.all_vacancies(team_engine, admin)[0].fields.title == "theirs"
    assert tags.all_tags(team_engine, admin)[0].label == "theirs"
    with pytest.raises(records.RecordVersionConflict):
        notes.delete_note(team_engine, admin, ids["note"], 1, clock)  # a delete over an unseen edit is refused too
    notes.delete_note(team_engine, admin, ids["note"], 2, clock)
    with pytest.raises(records.RecordNotFound):
        notes.update_note(team_engine, colleague, ids["note"], 2, NOTE, clock)


def test_every_change_is_audited_with_the_acting_member_and_announced(team_engine, team, clock):
    admin, colleague = team
    listener = ChangeListener(team_engine)
    try:
        ids = _fill(team_engine, admin, clock)
        notes.update_note(team_engine, colleague, ids["note"], 1, notes.NoteContent("Second call"), clock)
        tags.untag_candidate(team_engine, colleague, ids["candidate"], ids["tag"], clock)
        documents.delete_document(team_engine, colleague, ids["document"], 1, clock)
        changes = list(listener.changes(timeout=5, stop_after=11))
    finally:
        listener.close()
    candidate = ids["candidate"]
    assert changes == [
        Change(candidate, 1),
        RecordChange("document", ids["document"], candidate, 1), RecordChange("note", ids["note"], candidate, 1),
        RecordChange("consent", ids["consent"], candidate, 1), RecordChange("request", ids["request"], candidate, 1),
        RecordChange("vacancy", ids["vacancy"], None, 1), RecordChange("tag", ids["tag"], None, 1),
        RecordChange("tag-link", ids["tag"], candidate, 1), RecordChange("note", ids["note"], candidate, 2),
        RecordChange("tag-link", ids["tag"], candidate, 0), RecordChange("document", ids["document"], candidate, 0),
    ]
    admin_holder, colleague_holder = member_holder(admin.member_id), member_holder(colleague.member_id)
    entries = [(entry.actor, entry.action, entry.candidate_id, entry.record_id, entry.version) for entry in audit.entries(team_engine)
               if not entry.action.startswith("member-")]  # the colleague's joining is in the chain too
    assert entries == [
        (admin_holder, audit.ADDED, candidate, None, 1),
        (admin_holder, "document-added", candidate, ids["document"], 1),
        (admin_holder, "note-added", candidate, ids["note"], 1),
        (admin_holder, "consent-added", candidate, ids["consent"], 1),
        (admin_holder, "request-added", candidate, ids["request"], 1),
        (admin_holder, "vacancy-added", None, ids["vacancy"], 1),
        (admin_holder, "tag-added", None, ids["tag"], 1),
        (admin_holder, "tag-link-added", candidate, ids["tag"], 1),
        (colleague_holder, "note-updated", candidate, ids["note"], 2),
        (colleague_holder, "tag-link-deleted", candidate, ids["tag"], None),
        (colleague_holder, "document-deleted", candidate, ids["document"], None),
    ]
    # The record id is part of the chain: moving an entry to another record breaks it.
    with team_engine.begin() as connection:
        connection.execute(update(audit.audit).where(audit.audit.c.entry_id == 3).values(record_id=ids["consent"]))
    with pytest.raises(audit.AuditChainBroken):
        audit.entries(team_engine)


def test_erasing_a_candidate_removes_all_their_rows_and_keeps_the_registers_plain_row(team_engine, team, clock):
    admin, colleague = team
    erased = _fill(team_engine, admin, clock)
    kept = _fill(team_engine, admin, clock)
    anonymous = rights_requests.record_request(team_engine, admin, None, "objection", rights_requests.RequestDates(
        dt.date(2026, 3, 3), dt.date(2026, 4, 3)), rights_requests.RequestDetails("Someone not in the vault"), clock)

    erase_candidate(team_engine, colleague, erased["candidate"], clock)

    with team_engine.connect() as connection:
        for table in (document_table, document_tokens, note_table, consent_table, request_details, candidate_tags):
            left = connection.scalar(select(func.count()).select_from(table).where(table.c.candidate_id == erased["candidate"]))
            assert left == 0, table.name
            assert connection.scalar(select(func.count()).select_from(table).where(table.c.candidate_id == kept["candidate"])) > 0
    with pytest.raises(TeamCandidateNotFound):
        notes.notes_of(team_engine, admin, erased["candidate"])
    with pytest.raises(records.RecordNotFound):
        documents.read_document(team_engine, admin, erased["document"])
    register = {request.request_id: request for request in rights_requests.register(team_engine, admin)}
    assert register[erased["request"]].candidate_id is None  # kept for the register, under the firm key, without who asked
    assert register[erased["request"]].details == replace(REQUEST, requester=None, email=None, phone=None)
    assert register[erased["request"]].dates.received_on == dt.date(2026, 3, 2)  # the plain register row stays
    assert register[kept["request"]].details == REQUEST
    assert register[anonymous].details.requester == "Someone not in the vault"
    # Completing the erased candidate's request later keeps the answer typed, under the firm key.
    answered = replace(REQUEST, requester=None, outcome="Nothing left to erase")
    rights_requests.update_request(team_engine, admin, erased["request"], 1, rights_requests.RequestDates(
        dt.date(2026, 3, 2), dt.date(2026, 4, 2), completed_on=dt.date(2026, 3, 5)), answered, clock)
    after = {request.request_id: request for request in rights_requests.register(team_engine, admin)}[erased["request"]]
    assert after.details == answered and after.dates.completed_on == dt.date(2026, 3, 5) and after.version == 2
    assert len(vacancies.all_vacancies(team_engine, admin)) == 2 and len(tags.all_tags(team_engine, admin)) == 2  # firm data
    assert search(team_engine, admin, "zwijndrecht") == [kept["candidate"]]
    with pytest.raises(TeamCandidateNotFound):
        documents.add_document(team_engine, admin, erased["candidate"], "late.pdf", "application/pdf", b"x", "late", clock)


def test_a_ciphertext_moved_to_another_record_does_not_open(team_engine, team, clock):
    admin, _ = team
    first, second = _fill(team_engine, admin, clock), _fill(team_engine, admin, clock)
    with team_engine.begin() as connection:
        moved = connection.scalar(select(document_table.c.text_sealed).where(document_table.c.document_id == first["document"]))
        connection.execute(update(document_table).where(document_table.c.document_id == second["document"]).values(text_sealed=moved))
        label = connection.scalar(select(tag_table.c.label_sealed).where(tag_table.c.tag_id == first["tag"]))
        connection.execute(update(tag_table).where(tag_table.c.tag_id == second["tag"]).values(label_sealed=label))
    with pytest.raises(FieldDamaged):
        documents.read_document(team_engine, admin, second["document"])
    with pytest.raises(FieldDamaged):
        tags.all_tags(team_engine, admin)
    assert documents.read_document(team_engine, admin, first["document"]).text == CV_TEXT


def test_after_a_revocation_the_others_read_and_search_every_record_and_the_old_keys_nothing(
        team_engine, team, keychain, second_keychain, clock):
    admin, colleague = team
    leaver = _join(team_engine, admin, MemoryKeychain(), Role.RECRUITER, clock)
    ids = _fill(team_engine, admin, clock)
    assert search(team_engine, leaver, "zwijndrecht") == [ids["candidate"]]

    admin = revoke_member(team_engine, admin, leaver.member_id, clock)

    for member in (admin, membership.open_as_member(team_engine, second_keychain, colleague.member_id)):
        assert search(team_engine, member, "zwijndrecht") == [ids["candidate"]]
        assert documents.read_document(team_engine, member, ids["document"]).content == CV_BYTES
        assert vacancies.all_vacancies(team_engine, member)[0].fields.client == VACANCY.client
        assert tags.all_tags(team_engine, member)[0].label == "deep-sea-diving"
        assert notes.notes_of(team_engine, member, ids["candidate"])[0].content == NOTE
    assert rights_requests.register(team_engine, admin)[0].details == REQUEST
    assert search(team_engine, leaver, "zwijndrecht") == []  # the old search key's tokens are gone
    with pytest.raises(StaleTeamKeys):  # the old generation's sealed firm key is gone; the new one is not theirs
        vacancies.all_vacancies(team_engine, leaver)


def test_while_a_revocation_moves_candidates_document_words_are_found_and_after_it_only_with_the_new_key(
        team_engine, team, second_keychain, clock):
    admin, colleague = team
    leaver = _join(team_engine, admin, MemoryKeychain(), Role.RECRUITER, clock)
    first, second = _fill(team_engine, admin, clock), _fill(team_engine, admin, clock)
    both = sorted([first["candidate"], second["candidate"]])

    renewed = start_revocation(team_engine, admin, leaver.member_id, clock)
    reopened = membership.open_as_member(team_engine, second_keychain, colleague.member_id)
    assert search(team_engine, reopened, "zwijndrecht") == both  # not moved yet: found with the previous search key
    assert finish_revocation(team_engine, renewed, clock, batch_size=1).finished

    reopened = membership.open_as_member(team_engine, second_keychain, colleague.member_id)
    assert reopened.keys.previous_search_key is None
    assert search(team_engine, reopened, "zwijndrecht portuguese") == both  # document tokens moved with their candidates
    with team_engine.connect() as connection:
        stored = {token for row in connection.scalars(select(document_tokens.c.tokens)) for token in row}
    assert blind_tokens.token(reopened.keys.search_key, "zwijndrecht") in stored
    assert blind_tokens.token(leaver.keys.search_key, "zwijndrecht") not in stored  # none left under the old key
