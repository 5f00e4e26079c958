"""The team's firm profile (``services.team_firm``) on a real PostgreSQL server.

An administrator saves it, checked by the local vault's own validators; every member reads it; a
recruiter's save is refused in words; another administrator's save meanwhile is refused with both
versions and nothing lost; each save is an audit entry naming the member; the server holds only
ciphertext. The team's rejection letters are then signed with it and the .eml comes from its privacy
contact, as a local vault's letters do with the local settings; a team export names the firm.
"""

from __future__ import annotations

import json
from email import message_from_bytes
from email.policy import default

import pytest
from sqlalchemy.engine import make_url

from recruitdesk import errors
from recruitdesk.services import firm_settings, team_firm, team_policy, team_register
from recruitdesk.services.team_contacts import TeamContacts
from recruitdesk.services.team_desk import PersonalFields, TeamDesk
from recruitdesk.services.team_firm import FirmProfile, ProfileConflict, StoredProfile
from recruitdesk.services.team_vacancies import TeamVacancies, VacancyEdit
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role

ACME = FirmProfile("Acme Recruiting BV", "privacy@acme-recruiting.example", "https://acme-recruiting.example/privacy")


@pytest.fixture
def desk(team_folder, keychain, clock):
    opened = TeamDesk.open(team_folder, keychain, clock)
    yield opened
    opened.close()


@pytest.fixture
def member(tmp_path, team_folder, team_database_url, keychain, second_keychain, clock):
    """Another member of the team, with the role asked for: their own computer, keychain and desk."""
    opened: list[TeamDesk] = []

    def join(name: str, role: Role) -> TeamDesk:
        invitation = invite_member(team_folder, keychain, clock, name, role)
        folder = tmp_path / name.split()[0].lower()
        join_team_vault(folder, team_database_url, invitation.code, second_keychain, clock)
        opened.append(TeamDesk.open(folder, second_keychain, clock))
        return opened[-1]

    yield join
    for desk in opened:
        desk.close()


def test_an_admin_saves_the_profile_cleaned_up_and_every_member_reads_it_with_an_audit_entry(desk, member, colleague):
    assert team_firm.current(desk) == StoredProfile(FirmProfile(), 0)  # a new team has none
    recruiter = member("Rik Recruiter", Role.RECRUITER)

    saved = team_firm.save(desk, 0, FirmProfile("  Acme   Recruiting BV ", " privacy@acme-recruiting.example ",
                                                " https://acme-recruiting.example/privacy "))

    assert saved == StoredProfile(ACME, 1)  # spaces trimmed as the local settings trim them
    assert team_firm.current(recruiter) == StoredProfile(ACME, 1)
    assert team_firm.current(colleague) == StoredProfile(ACME, 1)
    entry = team_register.read_audit(colleague).rows[0]
    assert (entry.member, entry.action, entry.candidate) == ("Anna Admin", "Firm profile changed", None)
    assert team_firm.save(desk, 1, FirmProfile("Acme Recruiting NV")) == StoredProfile(FirmProfile("Acme Recruiting NV"), 2)
    assert [row.action for row in team_register.read_audit(colleague).rows[:2]] == ["Firm profile changed"] * 2


@pytest.mark.parametrize(("entered", "local_check", "value"), [
    (FirmProfile("x" * 201), firm_settings.check_firm_name, "x" * 201),
    (FirmProfile("Acme", "privacy at acme"), firm_settings.check_email, "privacy at acme"),
    (FirmProfile("Acme", "", "ftp://acme.example/privacy"), firm_settings.check_url, "ftp://acme.example/privacy"),
    (FirmProfile("Acme", auto_lock_minutes=0), firm_settings.check_auto_lock, 0),
    (FirmProfile("Acme", auto_lock_minutes=241), firm_settings.check_auto_lock, 241),
])
def test_a_bad_field_is_refused_in_the_local_vaults_words_and_nothing_is_stored(desk, entered, local_check, value):
    with pytest.raises(errors.RecruitDeskError) as local:
        local_check(value)
    with pytest.raises(errors.RecruitDeskError) as refused:
        team_firm.save(desk, 0, entered)
    assert type(refused.value) is type(local.value) and refused.value.message() == local.value.message()
    assert team_firm.current(desk) == StoredProfile(FirmProfile(), 0)


def test_the_idle_time_is_the_default_until_an_admin_sets_it_and_a_profile_saved_without_it_keeps_the_default(desk, member):
    assert team_firm.auto_lock_minutes(desk) == 10  # a new team: a local vault's default
    team_firm.save(desk, 0, FirmProfile("Acme Recruiting BV", auto_lock_minutes=3))
    assert team_firm.auto_lock_minutes(member("Rik Recruiter", Role.RECRUITER)) == 3  # every member's window follows it

    def save_without_the_field(engine, team):  # a profile an earlier version of the app saved
        from sqlalchemy import update

        from recruitdesk.team import firm_profile, records
        from recruitdesk.team.schema import settings
        with engine.begin() as connection:
            sealed = records.seal_json(records.firm_key_of(connection, team), firm_profile._aad(team), {"firm_name": "Acme"})
            connection.execute(update(settings).where(settings.c.name == firm_profile.NAME).values(content_sealed=sealed))
    desk.run(save_without_the_field)
    assert team_firm.current(desk).profile == FirmProfile("Acme", auto_lock_minutes=10)


@pytest.mark.parametrize("role", [Role.RECRUITER, Role.DPO])
def test_a_recruiter_or_dpo_reads_the_profile_but_a_save_is_refused_in_words(desk, member, role):
    team_firm.save(desk, 0, ACME)
    other = member("Rik Other", role)
    assert not team_firm.may_change(other) and team_firm.may_change(desk)
    assert team_firm.current(other) == StoredProfile(ACME, 1)

    with pytest.raises(errors.TeamActionNotAllowed) as refused:
        team_firm.save(other, 1, FirmProfile("Someone Else BV"))

    assert "change the team's firm profile" in refused.value.message() and "Nothing was changed" in refused.value.message()
    assert team_firm.current(desk) == StoredProfile(ACME, 1)


def test_another_admins_save_meanwhile_is_refused_with_both_versions_and_nothing_is_lost(desk, member):
    bea = member("Bea Admin", Role.ADMIN)
    read_by_anna = team_firm.current(desk)
    theirs = team_firm.save(bea, team_firm.current(bea).version, ACME)  # Bea saves while Anna is still typing

    mine = FirmProfile("Anna's Firm", "dpo@annas-firm.example")
    conflict = team_firm.save(desk, read_by_anna.version, mine)

    assert conflict == ProfileConflict(mine, 0, theirs)  # Anna's fields and Bea's profile, side by side
    assert team_firm.current(bea) == StoredProfile(ACME, 1)  # nothing of Bea's was overwritten
    assert isinstance(conflict, ProfileConflict)
    assert team_firm.save(desk, conflict.theirs.version, conflict.mine) == StoredProfile(mine, 2)  # saved over theirs, knowingly
    actors = [row.member for row in team_register.read_audit(desk).rows if row.action == "Firm profile changed"]
    assert actors == ["Anna Admin", "Bea Admin"]  # newest first, each naming the member who saved


def test_the_server_holds_the_profile_only_as_ciphertext(desk, postgres_server, team_database_url):
    team_firm.save(desk, 0, ACME)
    dump = postgres_server.dump(make_url(team_database_url).database)
    assert b"firm_profile" in dump and b"team_settings" in dump  # control: the dump holds the profile's row
    for needle in (ACME.firm_name, "acme-recruiting", ACME.privacy_contact, ACME.privacy_statement_url):
        assert needle.encode() not in dump, needle


DUTCH_CV = ("Ervaren boekhouder met kennis van loonadministratie en fiscaliteit. Ik heb gewerkt bij een accountantskantoor "
            "in Gent en ben op zoek naar een nieuwe uitdaging in een groeiend bedrijf.")


def _rejected_letter(desk, clock):
    team_policy.choose(desk, "it1")
    vacancies = TeamVacancies(desk)
    anna = desk.add(PersonalFields("Anna Peeters", "anna@example.org", DUTCH_CV))
    bram = desk.add(PersonalFields("Bram Maes", "bram@example.org"))
    vacancy = vacancies.add(VacancyEdit("Payroll officer", "Acme NV"))
    applied = {c.candidate_id: vacancies.apply(vacancy.vacancy_id, c.candidate_id) for c in (anna, bram)}
    clock.advance(days=10)
    vacancies.close(vacancy.vacancy_id, vacancies.vacancy(vacancy.vacancy_id).version, hired={applied[bram.candidate_id].application_id})
    contacts = TeamContacts(desk)
    return contacts, vacancy.vacancy_id, anna.candidate_id


def test_the_teams_letters_are_signed_with_the_profile_and_the_eml_comes_from_its_privacy_contact(desk, member, clock, tmp_path):
    contacts, vacancy_id, anna = _rejected_letter(desk, clock)
    [unsigned] = contacts.drafts(vacancy_id, contacts.rejected_applications(vacancy_id))
    assert "ons kantoor" in unsigned.body  # control: without a profile, "our firm" as today
    assert "From" not in message_from_bytes(contacts.eml_bytes(unsigned), policy=default)

    team_firm.save(desk, 0, ACME)
    recruiter = TeamContacts(member("Rik Recruiter", Role.RECRUITER))  # any member's letters, not only the admin's
    for letters in (contacts, recruiter):
        [draft] = letters.drafts(vacancy_id, letters.rejected_applications(vacancy_id))
        assert draft.body.rstrip().endswith("\n" + ACME.firm_name)  # the signature under the regards
        assert ACME.privacy_contact in draft.body and ACME.privacy_statement_url in draft.body
        assert "ons kantoor" not in draft.body and ACME.firm_name in draft.reserve_wording
        eml = message_from_bytes(letters.eml_bytes(draft), policy=default)
        assert eml["From"] == f"{ACME.firm_name} <{ACME.privacy_contact}>"
        assert eml["To"] == "Anna Peeters <anna@example.org>"
    redrafted = contacts.draft(anna, draft.application_id, draft.vacancy, "en")
    assert redrafted.body.rstrip().endswith("\n" + ACME.firm_name) and f"Thank you for your interest in {ACME.firm_name}" in redrafted.body

    exported = desk.export(anna, tmp_path / "export")  # the export names the firm, as a local export names the local one
    readme = "\n".join(path.read_text(encoding="utf-8") for path in exported.path.rglob("*.txt"))
    assert f"held by {ACME.firm_name}" in readme
    data = json.loads(next(exported.path.rglob("data.json")).read_text(encoding="utf-8"))
    assert data["candidate"]["full_name"] == "Anna Peeters"
