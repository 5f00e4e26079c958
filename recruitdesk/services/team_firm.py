"""The team's firm profile as Retention > Retention settings… of the team shows and saves it (Qt-free).

The same fields as the local vault's firm profile (``services.firm_settings``), checked by the
same functions there, so a team refuses exactly what a local vault refuses, in the same words. Every
member reads the profile; only an administrator saves it (refused here, before anything is sent,
with the translated ``TeamActionNotAllowed``, and by the server's privileges too). A save names the
version it started from: when another administrator saved meanwhile, the result is a
:class:`ProfileConflict` holding both the user's fields and the server's, and nothing was written.

The profile signs the team's rejection letters (``team_contacts``) and names the firm in a team
candidate's export (``team_export``), as the local settings do for a local vault.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from recruitdesk import errors
from recruitdesk.services import firm_settings
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.team import firm_profile, records
from recruitdesk.team.firm_profile import FirmProfile, StoredProfile
from recruitdesk.team.roles import Role, require_settings_changes

__all__ = ["FirmProfile", "StoredProfile", "ProfileConflict", "FIRM_NAME_LIMIT", "may_change", "current", "check", "save",
           "team_name", "phone_country", "save_country"]

FIRM_NAME_LIMIT = firm_settings.FIRM_NAME_LIMIT


@dataclass(frozen=True)
class ProfileConflict:
    """A save refused because another administrator saved first: what the user typed (checked, from
    ``my_version``) and the profile as the server holds it now. Saving again over ``theirs.version``
    keeps the user's fields."""

    mine: FirmProfile
    my_version: int
    theirs: StoredProfile


def may_change(desk: TeamDesk) -> bool:
    """Whether this member may save the profile (administrators only)."""
    return desk.role == Role.ADMIN


def current(desk: TeamDesk) -> StoredProfile:
    """The profile as stored on the server (empty, version 0, when none was saved)."""
    return desk.run(firm_profile.read_profile)


def check(profile: FirmProfile) -> FirmProfile:
    """The profile cleaned up as the local one is (spaces trimmed); raises the first problem found
    (``FirmNameTooLong``, ``InvalidEmail``, ``InvalidUrl``, ``AutoLockOutOfRange``, ``UnknownCountry``). The team's name is
    checked as a firm name (spaces folded, at most ``FIRM_NAME_LIMIT`` characters)."""
    return FirmProfile(firm_name=firm_settings.check_firm_name(profile.firm_name),
                       privacy_contact=firm_settings.check_email(profile.privacy_contact),
                       privacy_statement_url=firm_settings.check_url(profile.privacy_statement_url),
                       auto_lock_minutes=firm_settings.check_auto_lock(profile.auto_lock_minutes),
                       team_name=firm_settings.check_firm_name(profile.team_name),
                       firm_country=firm_settings.check_country(profile.firm_country))


def team_name(desk: TeamDesk, profile: FirmProfile) -> str:
    """The name the team goes by in its members' windows (``firm_profile.team_name``)."""
    return firm_profile.team_name(profile, desk.folder)


def auto_lock_minutes(desk: TeamDesk) -> int:
    """The idle time after which this member's window locks, as the team's administrators set it."""
    return current(desk).profile.auto_lock_minutes


def save(desk: TeamDesk, version_read: int, profile: FirmProfile) -> StoredProfile | ProfileConflict:
    """Check and store ``profile`` over ``version_read``; the stored profile, or the conflict."""
    require_settings_changes(desk.role)
    checked = check(profile)
    try:
        version = desk.run(lambda engine, team: firm_profile.save_profile(engine, team, version_read, checked, desk.clock))
    except records.RecordVersionConflict:
        return ProfileConflict(checked, version_read, current(desk))
    return StoredProfile(checked, version)


def phone_country(desk: TeamDesk) -> str:
    """The country a phone number without a country code is read in: the profile's, else the team
    policy's preset's (``cv_import.phone_regions``, what a team import uses), as ``vault country`` says."""
    from recruitdesk.team import cv_import  # the import's machinery (PDF, phone numbers) loads when a CV is read, not at start

    return desk.run(cv_import.phone_regions)[0]


def save_country(desk: TeamDesk, country: str, attempts: int = 3) -> str:
    """Set the team's country (BE or NL; "": the preset's), an administrator's change like the rest of
    the profile. Only the country changes: another administrator's save in between is read again and the
    country laid over it (never their fields lost). Returns the country numbers are now read in."""
    require_settings_changes(desk.role)
    country = firm_settings.check_country(country)
    for _ in range(attempts):
        stored = current(desk)
        if not isinstance(save(desk, stored.version, replace(stored.profile, firm_country=country)), ProfileConflict):
            return phone_country(desk)
    raise errors.TeamServerBusy(desk.server)  # administrators saving over each other, again and again
