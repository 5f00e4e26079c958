"""One-time enrolment codes on a real PostgreSQL server: a code works once, expires, and the server holds nothing usable."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import threading

import pytest
from sqlalchemy import func, select, update

from recruitdesk import i18n
from recruitdesk.errors import (EnrolmentCodeExpired, EnrolmentCodeMalformed, EnrolmentCodeUnknown, EnrolmentCodeUsed,
                                EnrolmentCodeWithdrawn, LastAdministrator, TeamMemberError)
from recruitdesk.team import audit, enrolment, member_admin, membership
from recruitdesk.team.candidates import PersonalFields, StaleTeamKeys, add_candidate, read_candidate, search
from recruitdesk.team.erasure import erase_candidate
from recruitdesk.team.key_hierarchy import member_holder
from recruitdesk.team.revocation import revoke_member, start_revocation
from recruitdesk.team.roles import NotAllowed, Role
from recruitdesk.team.schema import audit as audit_table, invites
from recruitdesk.vault.keychain import MemoryKeychain

LIES = PersonalFields("Lies Janssens", "lies@example.be", "Accountant, Leuven")


def _assert_translated(error: TeamMemberError) -> None:
    english = error.message()
    try:
        for language, polite in (("nl", r"\buw?\b"), ("fr", r"\b(vous|votre|vos)\b")):
            i18n.set_language(language)
            assert error.message() != english and re.search(polite, error.message(), re.IGNORECASE), error.message()
    finally:
        i18n.set_language("en")


def test_a_code_lets_a_new_device_join_with_its_role_and_read_everything(team_engine, keychain, second_keychain, clock):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    lies = add_candidate(team_engine, admin, LIES, clock)
    invitation = enrolment.invite(team_engine, admin, "Bram Claes", Role.RECRUITER, clock)
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}", invitation.code)
    assert invitation.expires_at == clock.now() + dt.timedelta(hours=48)

    typed = invitation.code.lower().replace("-", " ").replace("0", "o").replace("1", "l")  # as a person might type it
    bram = enrolment.redeem(team_engine, second_keychain, typed, clock)

    assert (bram.member_id, bram.role) == (invitation.member_id, Role.RECRUITER)
    assert read_candidate(team_engine, bram, lies).personal == LIES
    assert search(team_engine, bram, "accountant") == [lies]
    reopened = membership.open_as_member(team_engine, second_keychain, bram.member_id)  # the device key is in its keychain
    assert reopened.keys.team_key == admin.keys.team_key and reopened.role == Role.RECRUITER
    names = {member.member_id: (member.label, member.role) for member in member_admin.list_members(team_engine, admin)}
    assert names[bram.member_id] == ("Bram Claes", Role.RECRUITER)


def test_a_code_works_once(team_engine, keychain, second_keychain, clock):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    code = enrolment.invite(team_engine, admin, "Bram Claes", Role.RECRUITER, clock).code
    enrolment.redeem(team_engine, second_keychain, code, clock)
    third_keychain = MemoryKeychain()
    with pytest.raises(EnrolmentCodeUsed) as caught:
        enrolment.redeem(team_engine, third_keychain, code, clock)
    assert third_keychain._keys == {}  # nothing kept on a device that did not join
    _assert_translated(caught.value)


def test_a_code_expires_by_the_clock(team_engine, keychain, second_keychain, clock):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    code = enrolment.invite(team_engine, admin, "Bram Claes", Role.RECRUITER, clock).code
    clock.advance(dt.timedelta(hours=48))
    with pytest.raises(EnrolmentCodeExpired) as caught:
        enrolment.redeem(team_engine, second_keychain, code, clock)
    _assert_translated(caught.value)
    enrolment.invite(team_engine, admin, "Someone else", Role.RECRUITER, clock)  # an admin's next invitation purges it
    with pytest.raises(EnrolmentCodeUnknown):
        enrolment.redeem(team_engine, second_keychain, code, clock)


def test_a_wrong_or_mistyped_code_is_refused_clearly(team_engine, keychain, second_keychain, clock):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    code = enrolment.invite(team_engine, admin, "Bram Claes", Role.RECRUITER, clock).code
    wrong = ("0" if code[0] != "0" else "1") + code[1:]
    with pytest.raises(EnrolmentCodeUnknown) as caught:
        enrolment.redeem(team_engine, second_keychain, wrong, clock)
    _assert_translated(caught.value)
    for typo in ("", code[:-1], code + "X", code.replace(code[3], "U")):
        with pytest.raises(EnrolmentCodeMalformed) as malformed:
            enrolment.redeem(team_engine, second_keychain, typo, clock)
    _assert_translated(malformed.value)
    assert enrolment.redeem(team_engine, second_keychain, code, clock).role == Role.RECRUITER  # still usable after the misses


def test_the_server_holds_no_usable_form_of_the_code(team_engine, keychain, postgres_server, clock):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    code = enrolment.invite(team_engine, admin, "Bram Claes", Role.RECRUITER, clock).code
    plain = enrolment.normalise(code)
    with team_engine.connect() as connection:
        row = connection.execute(select(invites)).one()
    stored = b"".join(bytes(value) for value in (row.code_verifier, row.team_key_sealed, row.label_sealed))
    assert plain.encode() not in stored and code.encode() not in stored and admin.keys.team_key not in stored
    database = team_engine.url.database
    dump = postgres_server.dump(database)
    assert plain.encode() not in dump and code.encode() not in dump
    # Control: the verifier on the server is the hash of a key derived from the code, so the code finds the row...
    assert bytes(row.code_verifier) == hashlib.sha256(enrolment._verifier_key(admin.keys.team_id, plain)).digest()
    # ...but the stored verifier itself, offered as a code's key, does not.
    with team_engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(invites)
                                 .where(invites.c.code_verifier == func.sha256(bytes(row.code_verifier)))) == 0


def test_a_revocation_withdraws_unused_codes(team_engine, keychain, second_keychain, clock):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    leaver = enrolment.redeem(team_engine, second_keychain, enrolment.invite(team_engine, admin, "Leaver", Role.RECRUITER, clock).code, clock)
    pending = enrolment.invite(team_engine, admin, "Bram Claes", Role.RECRUITER, clock).code
    admin = revoke_member(team_engine, admin, leaver.member_id, clock)
    with pytest.raises(EnrolmentCodeWithdrawn) as caught:
        enrolment.redeem(team_engine, MemoryKeychain(), pending, clock)
    _assert_translated(caught.value)
    fresh = enrolment.invite(team_engine, admin, "Bram Claes", Role.RECRUITER, clock).code
    bram = enrolment.redeem(team_engine, MemoryKeychain(), fresh, clock)
    assert bram.keys.generation == 2


def test_only_an_admin_invites_or_changes_roles_and_the_last_admin_stays(team_engine, keychain, second_keychain, clock):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    recruiter = enrolment.redeem(team_engine, second_keychain,
                                 enrolment.invite(team_engine, admin, "Bram", Role.RECRUITER, clock).code, clock)
    with pytest.raises(NotAllowed) as caught:
        enrolment.invite(team_engine, recruiter, "Friend", Role.ADMIN, clock)
    _assert_translated(caught.value)
    with pytest.raises(NotAllowed):
        member_admin.change_role(team_engine, recruiter, recruiter.member_id, Role.ADMIN, clock)
    with pytest.raises(LastAdministrator) as last:
        member_admin.change_role(team_engine, admin, admin.member_id, Role.RECRUITER, clock)
    _assert_translated(last.value)
    member_admin.change_role(team_engine, admin, recruiter.member_id, Role.ADMIN, clock)
    member_admin.change_role(team_engine, admin, admin.member_id, Role.DPO, clock)  # another admin exists now
    roles = {member.member_id: member.role for member in member_admin.list_members(team_engine, admin)}
    assert roles == {admin.member_id: Role.DPO, recruiter.member_id: Role.ADMIN}
    assert membership.open_as_member(team_engine, keychain, admin.member_id).role == Role.DPO


def test_member_changes_are_in_the_audit_chain_naming_the_acting_member(team_engine, keychain, second_keychain, clock):
    admin, recovery_text = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    invitation = enrolment.invite(team_engine, admin, "Bram", Role.RECRUITER, clock)
    bram = enrolment.redeem(team_engine, second_keychain, invitation.code, clock)
    member_admin.change_role(team_engine, admin, bram.member_id, Role.DPO, clock)
    recovered = membership.open_with_recovery(team_engine, recovery_text)
    revoke_member(team_engine, recovered, bram.member_id, clock)

    entries = audit.entries(team_engine)  # verifies the chain
    assert [(entry.actor, entry.action, entry.member_id, entry.detail) for entry in entries] == [
        (member_holder(admin.member_id), audit.MEMBER_INVITED, bram.member_id, "recruiter"),
        (member_holder(bram.member_id), audit.MEMBER_JOINED, bram.member_id, "recruiter"),
        (member_holder(admin.member_id), audit.ROLE_CHANGED, bram.member_id, "dpo"),
        ("recovery", audit.MEMBER_REVOKED, bram.member_id, None),
        ("recovery", audit.REVOCATION_FINISHED, bram.member_id, None),
    ]
    assert all(entry.candidate_id is None for entry in entries)


def test_two_devices_racing_with_one_code_make_one_member(team_engine, keychain, clock):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    code = enrolment.invite(team_engine, admin, "Bram Claes", Role.RECRUITER, clock).code
    barrier, outcomes = threading.Barrier(2), []

    def join() -> None:
        barrier.wait(timeout=30)
        try:
            outcomes.append(enrolment.redeem(team_engine, MemoryKeychain(), code, clock).member_id)
        except EnrolmentCodeUsed as used:
            outcomes.append(used)

    threads = [threading.Thread(target=join) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(type(outcome).__name__ for outcome in outcomes) == ["EnrolmentCodeUsed", "UUID"]
    assert len(member_admin.list_members(team_engine, admin)) == 2
    assert [entry.action for entry in audit.entries(team_engine)].count(audit.MEMBER_JOINED) == 1


def test_a_role_change_takes_effect_at_the_next_write_of_a_client_already_open(team_engine, keychain, second_keychain, clock):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    bram = enrolment.redeem(team_engine, second_keychain, enrolment.invite(team_engine, admin, "Bram", Role.ADMIN, clock).code, clock)
    lies = add_candidate(team_engine, bram, LIES, clock)
    member_admin.change_role(team_engine, admin, bram.member_id, Role.DPO, clock)
    for attempt in (lambda: add_candidate(team_engine, bram, LIES, clock),  # Bram's window, still open as an admin
                    lambda: erase_candidate(team_engine, bram, lies, clock),
                    lambda: enrolment.invite(team_engine, bram, "Friend", Role.ADMIN, clock),
                    lambda: member_admin.change_role(team_engine, bram, bram.member_id, Role.ADMIN, clock),
                    lambda: start_revocation(team_engine, bram, admin.member_id, clock)):
        with pytest.raises(StaleTeamKeys):
            attempt()
    reopened = membership.open_as_member(team_engine, second_keychain, bram.member_id)
    assert reopened.role == Role.DPO
    with pytest.raises(NotAllowed):
        add_candidate(team_engine, reopened, LIES, clock)
    assert read_candidate(team_engine, reopened, lies).personal == LIES


@pytest.mark.parametrize("column, forged", [("detail", "admin"), ("member_id", "other member")])
def test_a_forged_member_change_breaks_the_chain(team_engine, keychain, second_keychain, clock, column, forged):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    bram = enrolment.redeem(team_engine, second_keychain, enrolment.invite(team_engine, admin, "Bram", Role.RECRUITER, clock).code, clock)
    member_admin.change_role(team_engine, admin, bram.member_id, Role.DPO, clock)
    assert len(audit.entries(team_engine)) == 3
    value = admin.member_id if forged == "other member" else forged
    with team_engine.begin() as connection:  # what someone with write access to the server could try
        connection.execute(update(audit_table).where(audit_table.c.entry_id == 3).values({column: value}))
    with pytest.raises(audit.AuditChainBroken) as caught:
        audit.entries(team_engine)
    assert caught.value.entry_id == 3
