"""The team's firm profile in the team store: firm name, privacy contact, privacy statement address,
the idle time after which every member's window locks itself, and the team's own name (shown in
every member's window title and status bar), and the firm's country (how a CV's phone numbers without a
country code are read, as a local vault's ``firm_country``).

The local vault keeps these in its settings (``services.firm_settings``); a team keeps them in one
row of ``team_settings``, sealed under the firm key (``firm_key``) like vacancies: the server sees
the setting's name, its version and when it was saved, never the firm's or the team's name or address. Every
member reads the profile (their letters are signed with it); only an administrator saves it, here
(``roles.require_settings_changes``) and on the server (``server_roles``: no write privilege for the
other groups). A save names the version it started from: another administrator's save meanwhile is
refused with ``RecordVersionConflict`` and nothing is written. Every save appends an audit entry
naming the acting member, in the same transaction.

Values are checked by the caller (``services.team_firm``, with the local vault's validators); this
module stores what it is given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from recruitdesk.clock import Clock
from recruitdesk.identifiers import COUNTRIES
from recruitdesk.team import audit, records
from recruitdesk.team.candidates import require_current_generation
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.roles import require_settings_changes
from recruitdesk.team.schema import settings

NAME = "firm_profile"  # the row of ``team_settings``
KIND = "firm-profile"  # the record kind in a conflict, and the audit action's stem
SAVED = "firm-profile-saved"  # the audit action of a save (the version saved in the entry)
AUTO_LOCK_MINUTES = 10  # as a local vault's default (``settings.auto_lock_minutes``), until an administrator sets one


@dataclass(frozen=True)
class FirmProfile:
    """The firm as its letters and exports name it; "" where not set."""

    firm_name: str = field(default="", repr=False)
    privacy_contact: str = field(default="", repr=False)  # an e-mail address
    privacy_statement_url: str = field(default="", repr=False)  # an http(s) address
    auto_lock_minutes: int = AUTO_LOCK_MINUTES  # a team-wide rule: a member cannot stay unlocked longer than the firm decided
    team_name: str = field(default="", repr=False)  # "": the firm name, or else the team folder's name, is shown
    firm_country: str = ""  # BE or NL: how phone numbers without a country code are read; "": the policy preset's

    @property
    def is_empty(self) -> bool:
        return (not (self.firm_name or self.privacy_contact or self.privacy_statement_url or self.team_name or self.firm_country)
                and self.auto_lock_minutes == AUTO_LOCK_MINUTES)


def team_name(profile: FirmProfile, folder: Path) -> str:
    """The name the team goes by in its members' windows and ``team info``: the one an administrator gave it, or
    else the firm's name, or else the team folder's name (a team has no name in plaintext on the server)."""
    return profile.team_name or profile.firm_name or Path(folder).name


@dataclass(frozen=True)
class StoredProfile:
    """The profile and the version it was read at (0: never saved; the profile is then empty)."""

    profile: FirmProfile
    version: int


def _aad(team: OpenTeam, name: str = NAME) -> bytes:
    """Bound to the team, the firm, this setting and the column: a ciphertext moved to another row does not open."""
    return f"recruitdesk/team/{team.keys.team_id}/{records.FIRM}/setting/{name}/content".encode()


def setting_aad(team: OpenTeam, row: Any) -> bytes:
    """The associated data of a ``team_settings`` row (a firm key renewal seals every setting again)."""
    return _aad(team, row.name)


def _seal(connection: Connection, team: OpenTeam, profile: FirmProfile) -> bytes:
    return records.seal_json(records.firm_key_of(connection, team), _aad(team), {
        "firm_name": profile.firm_name, "privacy_contact": profile.privacy_contact,
        "privacy_statement_url": profile.privacy_statement_url, "auto_lock_minutes": profile.auto_lock_minutes,
        "team_name": profile.team_name, "firm_country": profile.firm_country})


def read_in(connection: Connection, team: OpenTeam) -> StoredProfile:
    """The profile as stored, read in the caller's connection (a letter's composing reads it with the policy)."""
    row = connection.execute(select(settings.c.version, settings.c.content_sealed).where(settings.c.name == NAME)).one_or_none()
    if row is None:
        return StoredProfile(FirmProfile(), 0)
    value = records.open_json(records.firm_key_of(connection, team), _aad(team), row.content_sealed)
    return StoredProfile(FirmProfile(str(value.get("firm_name") or ""), str(value.get("privacy_contact") or ""),
                                     str(value.get("privacy_statement_url") or ""), _minutes(value.get("auto_lock_minutes")),
                                     str(value.get("team_name") or ""), _country(value.get("firm_country"))),
                         row.version)


def _country(value: object) -> str:
    """The stored country; "" for a profile saved before the field existed, or an unknown one."""
    return value if isinstance(value, str) and value in COUNTRIES else ""


def _minutes(value: object) -> int:
    """The stored idle time; a profile saved before the field existed (or an odd value) has the default."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else AUTO_LOCK_MINUTES


@translate_faults
def read_profile(engine: Engine, team: OpenTeam) -> StoredProfile:
    with engine.connect() as connection:
        return read_in(connection, team)


@translate_faults
def save_profile(engine: Engine, team: OpenTeam, expected_version: int, profile: FirmProfile, clock: Clock) -> int:
    """Store ``profile`` over ``expected_version`` (0: none saved yet); returns the new version.

    Raises ``NotAllowed`` for a member who is not an administrator, and ``RecordVersionConflict``
    (nothing written) when another administrator saved since ``expected_version``."""
    require_settings_changes(team.role)
    with engine.begin() as connection:
        require_current_generation(connection, team)
        sealed = _seal(connection, team, profile)
        now = clock.now()
        if expected_version == 0:
            saved = connection.execute(pg_insert(settings).values(name=NAME, version=1, updated_at=now, content_sealed=sealed)
                                       .on_conflict_do_nothing(index_elements=[settings.c.name])
                                       .returning(settings.c.version)).scalar_one_or_none()
        else:
            saved = connection.execute(update(settings).where(settings.c.name == NAME, settings.c.version == expected_version)
                                       .values(version=settings.c.version + 1, updated_at=now, content_sealed=sealed)
                                       .returning(settings.c.version)).scalar_one_or_none()
        if saved is None:
            current = connection.scalar(select(settings.c.version).where(settings.c.name == NAME)) or 0
            raise records.RecordVersionConflict(KIND, team.keys.team_id, expected_version, current)
        audit.append(connection, team, SAVED, None, saved, clock)
    return int(saved)

