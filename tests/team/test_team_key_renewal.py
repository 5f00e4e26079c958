"""Deep rotation on a real PostgreSQL server: after a hostile departure every candidate gets a new key.

The keys a leaver kept open the rows they copied before and nothing live afterwards; every member
still reads and finds everything; an interrupted run leaves no candidate half renewed and finishes
when run again; a colleague's save is never lost or sealed under the old key; only an administrator
may run it, the client and the server both refusing anyone else.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from sqlalchemy import LargeBinary, insert, select

from recruitdesk.errors import CandidateKeyRenewalUnfinished, TeamServerRefusedWrite
from recruitdesk.team import (applications, audit, consents, contacts, documents, enrolment, epochs, firm_key_renewal, hold_releases,
                              key_renewal, membership, notes, records, retention, rights_requests, server, server_roles, stage_history, vacancies)
from recruitdesk.team import candidates as candidates_module
from recruitdesk.team import revocation as revocation_module
from recruitdesk.team.candidates import PersonalFields, VersionConflict, add_candidate, read_candidate, search, update_candidate
from recruitdesk.team.fields import field_aad
from recruitdesk.team.key_hierarchy import EpochRetired
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.revocation import revoke_member
from recruitdesk.team.roles import NotAllowed, Role
from recruitdesk.team.schema import audit as audit_table, candidates, epochs as epoch_table, metadata, notes as note_table
from recruitdesk.vault import crypto
from recruitdesk.vault.keychain import MemoryKeychain

MARIEKE = PersonalFields("Marieke Claes", "marieke.claes@example.be", "Cryogenics technician in Zwijndrecht",
                         "+32 470 12 34 56", "Mechelen", "linkedin.com/in/mclaes")
CV_TEXT = "Marieke Claes\nForklift licence, fluent in Portuguese, cryogenics"
NOTE = notes.NoteContent("Wants to move to Mechelen; salary expectation 3900 gross", "telephone call", True)
VACANCY = vacancies.VacancyFields("Cryogenics engineer", "Brouwerij Vandenheuvel", "Mechelen", "Aline", ("screening", "interview"))
REQUEST = rights_requests.RequestDetails("Marieke via marieke.claes@example.be", "passport seen at the desk", None, None)
WORDING = "I agree that Kiwibureau keeps my CV for two years."


def _join(engine, admin, keychain, role, clock):
    member_id = membership.add_member(engine, admin, membership.new_device_key(keychain, admin.keys.team_id), role, "Member", clock)
    return membership.open_as_member(engine, keychain, member_id)


def _fill(engine, member, clock, personal=MARIEKE):
    """One candidate with a value of every kind sealed under their key; returns their id."""
    candidate = add_candidate(engine, member, personal, clock)
    facts, version = retention.facts_of(engine, member, candidate)
    retention.record_facts(engine, member, candidate, version, replace(facts, source="referral"), clock)
    document = documents.add_document(engine, member, candidate, "cv-marieke.pdf", "application/pdf", b"%PDF " + bytes(range(256)),
                                      CV_TEXT, clock)
    note = notes.add_note(engine, member, candidate, "phone_screen", NOTE, clock)
    notes.update_note(engine, member, note, 1, replace(NOTE, body="Second call: 4000 gross"), clock)  # a revision
    consents.add_consent(engine, member, candidate, consents.ConsentTerms(
        "recruitment_reserve", dt.date(2026, 3, 2), "e-mail reply", WORDING, "v2", evidence_document_id=document), clock)
    contacts.record_contact(engine, member, candidate, contacts.ContactTerms(dt.date(2026, 3, 3), "contact", "phone"), clock)
    vacancy = vacancies.add_vacancy(engine, member, VACANCY, clock)
    application = applications.apply(engine, member, vacancy, candidate, clock)
    applications.move(engine, member, application, 1, "interview", clock)  # a second stage move
    rights_requests.record_request(engine, member, candidate, "access", rights_requests.RequestDates(
        dt.date(2026, 3, 2), dt.date(2026, 4, 2)), REQUEST, clock)
    facts, version = retention.facts_of(engine, member, candidate)
    version = retention.record_facts(engine, member, candidate, version, replace(facts, legal_hold_reason="court case"), clock)
    retention.record_facts(engine, member, candidate, version, replace(facts, legal_hold_reason=None), clock,
                           release_reason="the case was settled")  # a hold release, its reason sealed
    return candidate


def _sealed_values(engine, candidate_id) -> dict[tuple[str, str, str], bytes]:
    """Every binary value of every table row about the candidate, found from the schema (not from the
    module under test), keyed by table, primary key and column."""
    found = {}
    with engine.connect() as connection:
        for table in metadata.sorted_tables:
            if "candidate_id" not in table.c or table.name == audit_table.name:  # the chain's hashes are no sealed values
                continue
            binary = [column for column in table.c if isinstance(column.type, LargeBinary) and column.name != "wrapped_key"]
            for row in connection.execute(select(table).where(table.c.candidate_id == candidate_id)).mappings():
                key = ",".join(str(row[column.name]) for column in table.primary_key.columns)
                for column in binary:
                    if row[column.name] is not None:
                        found[(table.name, key, column.name)] = bytes(row[column.name])
    return found


def _aads(engine, team_id, candidate_id) -> dict[tuple[str, str, str], bytes]:
    """The associated data of each sealed value, as the modules that seal them make it."""
    made = {}
    with engine.connect() as connection:
        for column in key_renewal.CANDIDATE_COLUMNS:
            made[(candidates.name, str(candidate_id), f"{column}_sealed")] = field_aad(team_id, candidate_id, column)
        for sealed in key_renewal.SEALED:
            for row in connection.execute(select(sealed.table).where(sealed.table.c.candidate_id == candidate_id)):
                key = ",".join(str(row._mapping[column.name]) for column in sealed.table.primary_key.columns)
                for name in sealed.columns:
                    made[(sealed.table.name, key, f"{name}_sealed")] = sealed.aad(team_id, candidate_id, row, name)
    return made


def _opens(key: bytes, sealed: bytes, aad: bytes) -> bool:
    try:
        crypto.unseal(key, sealed, aad)
    except crypto.SealBroken:
        return False
    return True


def _current_key(engine, team, candidate_id) -> bytes:
    with engine.connect() as connection:
        row = connection.execute(select(candidates.c.epoch_id, candidates.c.wrapped_key).where(candidates.c.candidate_id == candidate_id)).one()
    return team.keys.candidate_key(candidate_id, row.epoch_id, bytes(row.wrapped_key))


def _reads_everything(engine, member, candidate_id, personal=MARIEKE) -> None:
    assert read_candidate(engine, member, candidate_id).personal == personal
    [document] = documents.documents_of(engine, member, candidate_id, with_content=True)
    assert (document.filename, document.text, document.content[:5]) == ("cv-marieke.pdf", CV_TEXT, b"%PDF ")
    [note] = notes.notes_of(engine, member, candidate_id)
    assert note.content.body == "Second call: 4000 gross"
    assert [version.content.body for version in notes.history_of(engine, member, note.note_id)] == [NOTE.body, "Second call: 4000 gross"]
    [consent] = consents.consents_of(engine, member, candidate_id)
    assert consent.terms.wording == WORDING and consent.terms.channel == "e-mail reply"
    assert [contact.terms.channel for contact in contacts.contacts_of(engine, member, candidate_id)] == ["phone"]
    [application] = applications.applications_of_candidate(engine, member, candidate_id)
    assert application.stage == "interview"
    assert {(move.from_stage, move.to_stage) for move in stage_history.moves_of_candidate(engine, member, candidate_id)} == {
        (None, "screening"), ("screening", "interview")}
    assert retention.facts_of(engine, member, candidate_id)[0].source == "referral"
    assert [release.reason for release in hold_releases.releases_of(engine, member, candidate_id)] == ["the case was settled"]
    assert candidate_id in search(engine, member, "zwijndrecht")
    assert candidate_id in search(engine, member, "portuguese")  # the document's text
    assert search(engine, member, personal.full_name.split()[-1]) == [candidate_id]


def test_every_sealed_column_of_a_candidates_rows_is_one_the_renewal_seals_again():
    """Found from the schema: a table added later with a value sealed under the candidate's key fails
    here until ``key_renewal.SEALED`` knows it (else the renewal would leave it under the old key)."""
    known = {(candidates.name, f"{column}_sealed") for column in key_renewal.CANDIDATE_COLUMNS}
    known |= {(sealed.table.name, f"{name}_sealed") for sealed in key_renewal.SEALED for name in sealed.columns}
    found = {(table.name, column.name) for table in metadata.sorted_tables
             if "candidate_id" in table.c and table.name != audit_table.name
             for column in table.c if isinstance(column.type, LargeBinary) and column.name != "wrapped_key"}
    assert found == known


@pytest.fixture
def team(team_engine, keychain, second_keychain, clock):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    return admin, _join(team_engine, admin, second_keychain, Role.RECRUITER, clock)


def test_after_the_renewal_the_leavers_old_key_opens_the_copy_from_before_and_no_live_row(team_engine, team, second_keychain, clock):
    admin, colleague = team
    leaver = _join(team_engine, admin, MemoryKeychain(), Role.RECRUITER, clock)
    marieke = _fill(team_engine, colleague, clock)
    old_key = _current_key(team_engine, leaver, marieke)  # noted by the leaver while a member
    admin = revoke_member(team_engine, admin, leaver.member_id, clock)
    copied = _sealed_values(team_engine, marieke)  # a copy of the server's rows taken before the renewal
    aads = _aads(team_engine, admin.keys.team_id, marieke)
    assert set(copied) == set(aads)  # every binary value of the candidate's rows is one the renewal knows how to open
    assert len(copied) >= 15
    assert all(_opens(old_key, copied[where], aads[where]) for where in copied)  # after the revocation, as documented
    version_before = read_candidate(team_engine, admin, marieke).version
    note_version_before = notes.notes_of(team_engine, admin, marieke)[0].version

    reported = []
    finished = key_renewal.renew_candidate_keys(team_engine, admin, clock, reported.append)

    assert finished == key_renewal.KeyRenewalProgress(1, 1, finished=True) and reported[-1] == finished
    after = _sealed_values(team_engine, marieke)
    new_key = _current_key(team_engine, admin, marieke)
    assert set(after) == set(copied)
    for where, value in after.items():
        assert value != copied[where], where
        assert not _opens(old_key, value, aads[where]), where  # the old key opens no live row...
        assert _opens(new_key, value, aads[where]), where
        assert _opens(old_key, copied[where], aads[where]), where  # ...but still the copy taken before: the documented limit
    colleague = membership.open_as_member(team_engine, second_keychain, colleague.member_id)  # reopened after the revocation
    for member in (admin, colleague):
        _reads_everything(team_engine, member, marieke)
    assert read_candidate(team_engine, admin, marieke).version == version_before + 1
    assert notes.notes_of(team_engine, admin, marieke)[0].version == note_version_before + 1
    with team_engine.connect() as connection:
        assert connection.scalar(select(epoch_table.c.epoch_id)) == connection.scalar(
            select(candidates.c.epoch_id))  # one epoch left: the renewal's
    entries = audit.entries(team_engine)  # verified: the chain is whole
    actions = [(entry.action, entry.actor, entry.candidate_id) for entry in entries[-4:]]
    holder = audit.actor_of(admin)
    assert actions == [(key_renewal.STARTED, holder, None), (firm_key_renewal.RENEWED, holder, None),
                       (key_renewal.RENEWED, holder, marieke), (key_renewal.FINISHED, holder, None)]
    assert key_renewal.pending_renewal(team_engine, admin) is None


def test_an_interrupted_renewal_leaves_no_candidate_half_renewed_and_finishes_when_run_again(team_engine, team, second_keychain, clock,
                                                                                            monkeypatch):
    admin, colleague = team
    people = [_fill(team_engine, colleague, clock, replace(MARIEKE, full_name=f"Marieke Claes{n}", email=f"m{n}@example.be"))
              for n in range(4)]
    old_keys = {candidate: _current_key(team_engine, admin, candidate) for candidate in people}
    real = key_renewal._reseal_table
    calls = []

    def dies_in_the_third_candidate(connection, keys, sealed, candidate_id, old, new):
        calls.append(candidate_id)
        if len(set(calls)) == 3 and sealed.table.name == note_table.name:  # halfway through the third candidate's rows
            raise RuntimeError("the laptop's battery ran out")
        return real(connection, keys, sealed, candidate_id, old, new)

    monkeypatch.setattr(key_renewal, "_reseal_table", dies_in_the_third_candidate)
    with pytest.raises(RuntimeError):
        key_renewal.renew_candidate_keys(team_engine, admin, clock)
    monkeypatch.setattr(key_renewal, "_reseal_table", real)

    renewed = 0
    for candidate in people:  # each candidate wholly under one key: the old one or a new one
        key = _current_key(team_engine, admin, candidate)
        values, aads = _sealed_values(team_engine, candidate), _aads(team_engine, admin.keys.team_id, candidate)
        assert all(_opens(key, values[where], aads[where]) for where in values)
        renewed += key != old_keys[candidate]
    assert renewed == 2
    assert key_renewal.pending_renewal(team_engine, admin) == key_renewal.KeyRenewalProgress(2, 4)
    with pytest.raises(CandidateKeyRenewalUnfinished) as refused:  # no epoch change meanwhile
        epochs.start_epoch(team_engine, admin, clock)
    assert "2 of 4" in refused.value.message()
    # The team works on meanwhile: a candidate added, even by a client opened before the renewal began, goes
    # under the renewal's epoch (born with a new key, never renewed again).
    late = _fill(team_engine, colleague, clock, replace(MARIEKE, full_name="Late Arrival"))
    born = add_candidate(team_engine, admin, PersonalFields("Born Renewed"), clock)

    finished = key_renewal.renew_candidate_keys(team_engine, admin, clock)

    assert finished == key_renewal.KeyRenewalProgress(6, 6, finished=True)
    colleague = membership.open_as_member(team_engine, second_keychain, colleague.member_id)  # as a window does on EpochRetired
    for n, candidate in enumerate(people):
        assert _current_key(team_engine, admin, candidate) != old_keys[candidate]
        _reads_everything(team_engine, colleague, candidate, replace(MARIEKE, full_name=f"Marieke Claes{n}", email=f"m{n}@example.be"))
    _reads_everything(team_engine, admin, late, replace(MARIEKE, full_name="Late Arrival"))
    assert read_candidate(team_engine, colleague, born).personal.full_name == "Born Renewed"
    renewed_entries = [entry.candidate_id for entry in audit.entries(team_engine) if entry.action == key_renewal.RENEWED]
    assert sorted(renewed_entries) == sorted(people)
    assert key_renewal.pending_renewal(team_engine, admin) is None
    assert epochs.start_epoch(team_engine, admin, clock) > 0  # allowed again


def test_a_colleagues_save_is_never_lost_nor_sealed_under_the_old_key(team_engine, team, second_keychain, clock):
    admin, colleague = team
    marieke = _fill(team_engine, colleague, clock)
    other = add_candidate(team_engine, colleague, PersonalFields("Jonas Peeters", "jonas@example.be"), clock)
    read_before = read_candidate(team_engine, colleague, other)

    # A colleague's note is being written for Marieke (the candidate's lock held) when the renewal comes by.
    held = team_engine.connect()
    transaction = held.begin()
    key = records.candidate_key(held, colleague, marieke, for_write=True)
    note_id = notes.uuid.uuid4()
    written = notes.NoteContent("Written while the keys were renewed")
    held.execute(insert(note_table).values(note_id=note_id, candidate_id=marieke, version=1, kind="interview",
                                           author=audit.actor_of(colleague), created_at=clock.now(), updated_at=clock.now(),
                                           content_sealed=notes._seal(key, notes._aad(colleague, marieke, note_id), written)))

    def commit_the_note(progress) -> None:
        if transaction.is_active:
            transaction.commit()
            held.close()

    with_timeouts = server.open_engine(team_engine.url)  # as a client's pool: a lock waited on for 5 s is "busy"
    try:
        key_renewal.renew_candidate_keys(with_timeouts, admin, clock, commit_the_note)
    finally:
        with_timeouts.dispose()
    with pytest.raises(EpochRetired):  # a client opened before does not know the renewal's epoch: it opens the keys again
        read_candidate(team_engine, colleague, marieke)
    colleague = membership.open_as_member(team_engine, second_keychain, colleague.member_id)

    assert written in [note.content for note in notes.notes_of(team_engine, colleague, marieke)]
    values, aads = _sealed_values(team_engine, marieke), _aads(team_engine, admin.keys.team_id, marieke)
    new_key = _current_key(team_engine, admin, marieke)
    assert new_key != key and all(_opens(new_key, values[where], aads[where]) for where in values)
    # A save started from the version read before the renewal is refused (it would seal under the old key), not lost.
    with pytest.raises(VersionConflict):
        update_candidate(team_engine, colleague, other, read_before.version, PersonalFields("Jonas Peeters", "new@example.be"), clock)
    assert read_candidate(team_engine, colleague, other).personal == read_before.personal
    fresh = read_candidate(team_engine, colleague, other)
    update_candidate(team_engine, colleague, other, fresh.version, PersonalFields("Jonas Peeters", "new@example.be"), clock)
    assert read_candidate(team_engine, admin, other).personal.email == "new@example.be"


def test_only_an_administrator_renews_and_the_server_refuses_a_modified_recruiter_client(team_engine, keychain, logins, clock,
                                                                                         monkeypatch):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    server_roles.install(team_engine, admin.keys.team_id)
    marieke = add_candidate(team_engine, admin, MARIEKE, clock)
    login, engine = logins("recruiter")
    server_roles.assign(team_engine, admin.keys.team_id, login, Role.RECRUITER)
    recruiter = enrolment.redeem(engine, MemoryKeychain(), enrolment.invite(team_engine, admin, "Rik", Role.RECRUITER, clock).code, clock)
    dpo = _join(team_engine, admin, MemoryKeychain(), Role.DPO, clock)
    for member in (recruiter, dpo):
        with pytest.raises(NotAllowed):
            key_renewal.renew_candidate_keys(team_engine, member, clock)
    for module in (candidates_module, revocation_module, key_renewal):  # a client whose every role check is gone
        monkeypatch.setattr(module, "require_member_management", lambda role: None, raising=False)
    monkeypatch.setattr(candidates_module, "require_current_role", lambda connection, team: None)
    with pytest.raises(TeamServerRefusedWrite):
        key_renewal.renew_candidate_keys(engine, OpenTeam(recruiter.keys, recruiter.member_id, Role.ADMIN), clock)
    old_key = _current_key(team_engine, admin, marieke)
    assert key_renewal.pending_renewal(team_engine, admin) is None
    assert key_renewal.renew_candidate_keys(team_engine, admin, clock).finished  # control: the admin's (owner) login
    assert _current_key(team_engine, admin, marieke) != old_key


def test_the_command_line_renews_every_candidate_key_for_an_administrator_only(team_engine, capsys, clock, tmp_path):
    from recruitdesk import cli
    from recruitdesk.services.team_vault import opened_team

    def run(keychain, *argv):
        code = cli.main(list(argv), keychain=keychain, clock=clock)
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err
        return code, captured.out, captured.err

    anna, bram = MemoryKeychain(), MemoryKeychain()
    url = team_engine.url.render_as_string(hide_password=False)
    assert run(anna, "team", "create", "--server", url, "--name", "Anna Admin", "--vault", str(tmp_path / "anna"))[0] == 0
    code, out, _ = run(anna, "team", "invite", "--name", "Bram", "--vault", str(tmp_path / "anna"), "--json")
    invitation = json.loads(out)
    assert run(bram, "team", "join", "--server", url, "--code", invitation["code"], "--vault", str(tmp_path / "bram"))[0] == 0
    with opened_team(tmp_path / "anna", anna) as (engine, admin):
        marieke = add_candidate(engine, admin, MARIEKE, clock)
        old_key = _current_key(engine, admin, marieke)
        with engine.connect() as connection:
            old_firm_key = records.firm_key_of(connection, admin)

    code, _out, err = run(bram, "team", "renew-candidate-keys", "--vault", str(tmp_path / "bram"))
    assert code != 0 and "does not allow you" in err
    code, out, err = run(anna, "team", "renew-candidate-keys", "--vault", str(tmp_path / "anna"))

    assert code == 0 and "The firm and every candidate have a new key (candidates: 1)" in out, err
    assert "Renewing the candidate keys: 1 of 1 candidates." in err
    with opened_team(tmp_path / "anna", anna) as (engine, admin):
        assert _current_key(engine, admin, marieke) != old_key
        assert read_candidate(engine, admin, marieke).personal == MARIEKE
        with engine.connect() as connection:
            assert records.firm_key_of(connection, admin) != old_firm_key  # the firm key renewed too
