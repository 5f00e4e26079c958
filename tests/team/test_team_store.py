"""Members sharing candidates on a real PostgreSQL server that holds only ciphertext."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import BigInteger, cast, event, select, text, update
from sqlalchemy.dialects.postgresql import ARRAY

from recruitdesk.retention.facts import CandidateFacts
from recruitdesk.team import membership
from recruitdesk.team.candidates import (PersonalFields, VersionConflict, add_candidate, list_candidates, read_candidate, search, update_candidate)
from recruitdesk.team.erasure import erase_candidate
from recruitdesk.team.fields import FieldDamaged
from recruitdesk.team.roles import NotAllowed, Role
from recruitdesk.team.schema import candidates, metadata, tokens

ANNA = PersonalFields("Anna Peeters", "anna.peeters@example.org", "Forklift driver in Antwerpen, VCA certified, night shifts")
BRAM = PersonalFields("Bram Janssens", "bram@example.net", "Accountant, IFRS and Exact Online")
SECRET_WORDS = ("Anna", "Peeters", "anna.peeters", "example.org", "Forklift", "Antwerpen", "certified", "Janssens", "Accountant")


@pytest.fixture
def admin_team(team_engine, keychain, clock):
    team, recovery_text = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    return team, recovery_text


def _join(engine, admin, keychain, role, clock):
    public_key = membership.new_device_key(keychain, admin.keys.team_id)
    member_id = membership.add_member(engine, admin, public_key, role, "Second Member", clock)
    return membership.open_as_member(engine, keychain, member_id)


def test_two_members_with_their_own_device_keys_read_the_same_candidate(team_engine, admin_team, keychain, second_keychain, clock):
    admin, recovery_text = admin_team
    candidate_id = add_candidate(team_engine, admin, ANNA, clock)
    colleague = _join(team_engine, admin, second_keychain, Role.RECRUITER, clock)
    reopened_admin = membership.open_as_member(team_engine, keychain, admin.member_id)

    assert read_candidate(team_engine, colleague, candidate_id).personal == ANNA
    assert read_candidate(team_engine, reopened_admin, candidate_id).personal == ANNA
    assert read_candidate(team_engine, membership.open_with_recovery(team_engine, recovery_text), candidate_id).personal == ANNA
    assert keychain.load_device_key(membership.keychain_account(admin.keys.team_id)) != \
        second_keychain.load_device_key(membership.keychain_account(admin.keys.team_id))
    # The colleague's own device key does not open the admin's sealed team key.
    with pytest.raises(membership.NotAMember):
        membership.open_as_member(team_engine, second_keychain, admin.member_id)


def test_a_read_only_dpo_reads_but_cannot_add_and_only_admins_add_members(team_engine, admin_team, second_keychain, clock):
    admin, _ = admin_team
    candidate_id = add_candidate(team_engine, admin, ANNA, clock)
    dpo = _join(team_engine, admin, second_keychain, Role.DPO, clock)
    assert read_candidate(team_engine, dpo, candidate_id).personal.full_name == "Anna Peeters"
    with pytest.raises(NotAllowed):
        add_candidate(team_engine, dpo, BRAM, clock)
    with pytest.raises(NotAllowed):
        membership.add_member(team_engine, dpo, b"\x01" * 32, Role.RECRUITER, "Someone", clock)


def test_the_servers_tables_hold_no_name_email_or_cv_word(team_engine, admin_team, clock):
    admin, _ = admin_team
    add_candidate(team_engine, admin, ANNA, clock)
    add_candidate(team_engine, admin, BRAM, clock)
    seen_values = 0
    with team_engine.connect() as connection:
        for table in metadata.sorted_tables:
            for row in connection.execute(select(table)):
                for value in row:
                    seen_values += 1
                    raw = bytes(value) if isinstance(value, (bytes, memoryview)) else str(value).encode()
                    for word in SECRET_WORDS:
                        assert word.encode() not in raw and word.lower().encode() not in raw, (table.name, word)
        # Control: the same check on a plaintext table finds the words, so the scan above can fail.
        connection.execute(text("CREATE TABLE plaintext_control (name text)"))
        connection.execute(text("INSERT INTO plaintext_control VALUES (:name)"), {"name": ANNA.full_name})
        assert any("Peeters" in str(value) for value in connection.execute(text("SELECT name FROM plaintext_control")).scalars())
    assert seen_values > 20


def test_search_by_name_email_and_cv_prefix_goes_through_blind_tokens(team_engine, admin_team, clock):
    admin, _ = admin_team
    anna = add_candidate(team_engine, admin, ANNA, clock)
    bram = add_candidate(team_engine, admin, BRAM, clock)
    geraldine = add_candidate(team_engine, admin, PersonalFields("Géraldine Peetermans"), clock)
    assert search(team_engine, admin, "pe") == sorted([anna, geraldine])
    assert search(team_engine, admin, "peeters") == [anna]
    assert search(team_engine, admin, "Anna PEE") == [anna]
    assert search(team_engine, admin, "geraldine") == [geraldine]
    assert search(team_engine, admin, "exact") == [bram]
    assert search(team_engine, admin, "anna.peeters") == [anna]
    assert search(team_engine, admin, "bram forklift") == []
    assert search(team_engine, admin, "zz") == []


def test_search_returns_the_first_matches_in_id_order_up_to_the_limit(team_engine, admin_team, clock):
    admin, _ = admin_team
    added = [add_candidate(team_engine, admin, PersonalFields(f"Pieter Claes{number}", cv_text="Java developer"), clock)
             for number in range(5)]
    assert search(team_engine, admin, "java pie") == sorted(added)
    assert search(team_engine, admin, "j", limit=2) == sorted(added)[:2]


def test_a_search_runs_through_the_token_index_without_opening_token_arrays(team_engine, admin_team, clock):
    """Planned by PostgreSQL alone, a search may walk the candidates in id order and open each one's token
    array (150 ms at 100,000 candidates; docs/team-vault.md, section 6): the search's own statement is
    explained, on its own connection and transaction, just before it runs."""
    admin, _ = admin_team
    for number in range(30):
        add_candidate(team_engine, admin, PersonalFields(f"Pieter Claes{number}", cv_text="Java developer in Gent"), clock)
    plans: list[str] = []

    def explain(connection, cursor, statement, parameters, context, executemany):
        if "team_candidate_tokens" in statement and statement.lstrip().upper().startswith("SELECT"):
            with cursor.connection.cursor() as explaining:
                explaining.execute("EXPLAIN " + statement, parameters)
                plans.append("\n".join(row[0] for row in explaining.fetchall()))

    event.listen(team_engine, "before_cursor_execute", explain)
    try:
        assert len(search(team_engine, admin, "java gent")) == 30
        with team_engine.connect() as connection:  # control: the same statement, planned without the search's settings
            connection.execute(select(tokens.c.candidate_id).where(tokens.c.tokens.contains(cast([1, 2], ARRAY(BigInteger))))
                               .order_by(tokens.c.candidate_id).limit(1000)).all()
    finally:
        event.remove(team_engine, "before_cursor_execute", explain)
    searched, control = plans
    assert "Bitmap Index Scan on team_candidate_tokens_by_token" in searched and "Seq Scan" not in searched
    assert "Bitmap Index Scan" not in control  # a 30-row table: left alone, the planner reads it whole


def test_the_candidate_list_shows_every_name_decrypted_with_its_version(team_engine, admin_team, second_keychain, clock):
    admin, _ = admin_team
    anna = add_candidate(team_engine, admin, ANNA, clock)
    bram = add_candidate(team_engine, admin, BRAM, clock)
    gone = add_candidate(team_engine, admin, PersonalFields("Erased Person"), clock)
    update_candidate(team_engine, admin, bram, 1, PersonalFields("Bram Janssens-Vos", BRAM.email, BRAM.cv_text), clock)
    erase_candidate(team_engine, admin, gone, clock)
    colleague = _join(team_engine, admin, second_keychain, Role.DPO, clock)

    listed = {row.candidate_id: row for row in list_candidates(team_engine, colleague)}
    assert set(listed) == {anna, bram}
    assert (listed[anna].full_name, listed[anna].version) == (ANNA.full_name, 1)
    assert (listed[bram].full_name, listed[bram].version) == ("Bram Janssens-Vos", 2)
    assert listed[anna].created_on == clock.today()


def test_the_list_opens_the_source_and_last_contact_from_the_sealed_facts_only_when_asked(team_engine, admin_team, clock):
    """As ``read_candidate`` reads them; a candidate without facts (added before t002) is an application, never contacted."""
    admin, _ = admin_team
    met = clock.today() - dt.timedelta(days=4)
    anna = add_candidate(team_engine, admin, ANNA, clock, CandidateFacts(created_on=met, source="referral", applied_on=met,
                                                                         last_contact_on=met))
    bram = add_candidate(team_engine, admin, BRAM, clock)
    older = add_candidate(team_engine, admin, PersonalFields("Old Timer"), clock)
    with team_engine.begin() as connection:
        connection.execute(update(candidates).where(candidates.c.candidate_id == older).values(facts_sealed=None))
    listed = {row.candidate_id: (row.source, row.last_contact_on) for row in list_candidates(team_engine, admin, with_facts=True)}
    assert listed == {anna: ("referral", met), bram: ("application", None), older: ("application", None)}
    assert {(row.source, row.last_contact_on) for row in list_candidates(team_engine, admin)} == {(None, None)}
    read = {candidate_id: read_candidate(team_engine, admin, candidate_id) for candidate_id in listed}
    assert {candidate_id: (candidate.source, candidate.last_contact_on) for candidate_id, candidate in read.items()} == listed


def test_the_list_says_whether_a_consent_runs_as_read_candidate_does(team_engine, admin_team, clock):
    """The local list's Consent column: a consent not withdrawn, of any purpose (the server reads its plain dates)."""
    from recruitdesk.team.consents import ConsentTerms, add_consent, consents_of, update_consent

    admin, _ = admin_team
    anna = add_candidate(team_engine, admin, ANNA, clock)
    bram = add_candidate(team_engine, admin, BRAM, clock)
    add_consent(team_engine, admin, anna, ConsentTerms("share_with_clients", clock.today(), "email"), clock)
    add_consent(team_engine, admin, bram, ConsentTerms("recruitment_reserve", clock.today(), "email"), clock)
    given = consents_of(team_engine, admin, bram)[0]
    update_consent(team_engine, admin, given.consent_id, given.version, replace(given.terms, withdrawn_on=clock.today()), clock)
    listed = {row.candidate_id: row.has_consent for row in list_candidates(team_engine, admin, with_facts=True)}
    assert listed == {anna: True, bram: False}
    assert {candidate_id: read_candidate(team_engine, admin, candidate_id).has_consent for candidate_id in listed} == listed


def test_a_ciphertext_moved_to_another_row_does_not_open(team_engine, admin_team, clock):
    admin, _ = admin_team
    anna = add_candidate(team_engine, admin, ANNA, clock)
    bram = add_candidate(team_engine, admin, BRAM, clock)
    with team_engine.begin() as connection:
        annas_name = connection.scalar(select(candidates.c.name_sealed).where(candidates.c.candidate_id == anna))
        connection.execute(update(candidates).where(candidates.c.candidate_id == bram).values(name_sealed=annas_name))
    with pytest.raises(FieldDamaged):
        read_candidate(team_engine, admin, bram)
    assert read_candidate(team_engine, admin, anna).personal == ANNA


def test_a_save_over_a_colleagues_newer_version_is_refused_and_reported(team_engine, admin_team, second_keychain, clock):
    admin, _ = admin_team
    candidate_id = add_candidate(team_engine, admin, ANNA, clock)
    colleague = _join(team_engine, admin, second_keychain, Role.RECRUITER, clock)
    mine, theirs = read_candidate(team_engine, admin, candidate_id), read_candidate(team_engine, colleague, candidate_id)
    assert mine.version == theirs.version == 1

    assert update_candidate(team_engine, colleague, candidate_id, theirs.version, PersonalFields("Anna Peeters-Claes", ANNA.email), clock) == 2
    with pytest.raises(VersionConflict) as conflict:
        update_candidate(team_engine, admin, candidate_id, mine.version, PersonalFields("Anna P.", ANNA.email), clock)
    assert (conflict.value.expected, conflict.value.current) == (1, 2)
    stored = read_candidate(team_engine, admin, candidate_id)
    assert stored.personal.full_name == "Anna Peeters-Claes" and stored.version == 2
    assert search(team_engine, admin, "claes") == [candidate_id]
