"""Team vaults as a member meets them: the folder that says which server and team this computer
belongs to, and each member action opened, run and closed around one call.

A team vault's folder holds ``team.json``: the server's address without its password, the team
and member ids and the member's own name as the team knows them. None of it is secret or about a
candidate. The device key (``membership.keychain_account``) and the server password, when the
server asks for one (``login_account``), live in the OS keychain. A folder that holds a local
vault is never turned into a team folder, and no team action touches a local vault.

The CLI's ``recruitdesk team`` commands call these functions; the window's wizard will too.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator
from uuid import UUID

from sqlalchemy import Engine, func, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from recruitdesk import errors
from recruitdesk.clock import Clock
from recruitdesk.paths import DATABASE_FILE
from recruitdesk.retention.presets import get_preset
from recruitdesk.services.team_folder import TEAM_FILE, is_team_folder  # noqa: F401 - the CLI and the wizard ask here
from recruitdesk.team import device_keys, enrolment, firm_profile, member_admin, member_logins, membership, revocation, schema_migrations, server, server_roles
from recruitdesk.team import retention as team_retention
from recruitdesk.team.countdowns import DEFAULT_PRESET
from recruitdesk.team.enrolment import Invitation
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.member_admin import Member
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.revocation import RevocationProgress
from recruitdesk.team.roles import Role
from recruitdesk.team.schema import candidates
from recruitdesk.vault.keychain import Keychain

log = logging.getLogger(__name__)

FORMAT = 1
MEMBER_PREFIX_MIN = 4  # hex digits of a member id that name a member on the command line


@dataclass(frozen=True)
class TeamProfile:
    server: str  # the SQLAlchemy URL of the team database, without a password
    team_id: UUID
    member_id: UUID
    label: str

    def to_json(self) -> dict[str, object]:
        return {"format": FORMAT, "server": self.server, "team_id": str(self.team_id), "member_id": str(self.member_id),
                "label": self.label}


@dataclass(frozen=True)
class TeamInfo:
    folder: Path
    server: str  # host and port only
    team_id: UUID
    member_id: UUID
    label: str
    role: Role
    members: int
    candidates: int
    schema_revision: str | None
    name: str = ""  # the team's name, from its sealed firm profile (else the firm's, else the folder's: ``team_firm.team_name``)

    def to_json(self) -> dict[str, object]:
        return {"folder": str(self.folder), "server": self.server, "team_id": str(self.team_id), "member_id": str(self.member_id),
                "label": self.label, "role": self.role.value, "members": self.members, "candidates": self.candidates,
                "schema_revision": self.schema_revision, "name": self.name}


def login_account(team_id: UUID) -> str:
    """The keychain entry holding this computer's password for the team's server."""
    return f"team-login-{team_id}"


def read_profile(folder: Path) -> TeamProfile:
    path = Path(folder) / TEAM_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return TeamProfile(str(data["server"]), UUID(str(data["team_id"])), UUID(str(data["member_id"])), str(data["label"]))
    except FileNotFoundError:
        raise errors.TeamFolderMissing(folder=str(folder)) from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise errors.TeamFolderDamaged(file=str(path)) from exc


def create_team_vault(folder: Path, server_url: str, label: str, keychain: Keychain, clock: Clock,
                      password: str | None = None, preset: str = DEFAULT_PRESET) -> tuple[TeamProfile, str]:
    """A new team on an empty database at ``server_url``, with this computer's member as its
    first administrator and the retention ``preset`` as its policy; returns the profile and the
    team's printable recovery key."""
    folder = Path(folder)
    _require_free(folder)
    policy = get_preset(preset).policy  # an unknown preset fails before anything is made
    address = _address(server_url)
    with _writable_folder(folder):
        with _engine(address, password) as engine:
            opened, recovery_text = membership.create_team(engine, keychain, clock, label)
            team_retention.set_policy(engine, opened, policy, preset, clock)
            with engine.connect() as connection:
                own_logins = member_logins.may_create_roles(connection)
            if own_logins:  # each role a group on the server, so every member invited gets a login of their own
                server_roles.install(engine, opened.keys.team_id)
        assert opened.member_id is not None
        profile = TeamProfile(address.render_as_string(hide_password=False), opened.keys.team_id, opened.member_id, label)
        _remember(folder, profile, keychain, password)
    return profile, recovery_text


def join_team_vault(folder: Path, server_url: str, code: str, keychain: Keychain, clock: Clock,
                    password: str | None = None) -> TeamProfile:
    """Redeem an enrolment code: this computer becomes the member the code was made for."""
    folder = Path(folder)
    _require_free(folder)
    address = _address(server_url)
    plain = enrolment.normalise(code)
    own = address.set(username=member_logins.login_name(plain))
    with _writable_folder(folder):  # the code is spent by the redemption: a folder that cannot hold it must fail first
        try:  # the login the invitation made for this member (see member_logins)
            with _engine(own, member_logins.first_password(plain)) as engine:
                opened, label = _redeem(engine, keychain, code, clock)
                with engine.begin() as connection:
                    password = member_logins.replace_own_password(connection)  # the code opens nothing from now on
            address = own
        except errors.TeamServerLoginRefused:  # no login was made for it (a server where the team may not create roles)
            with _engine(address, password) as engine:
                opened, label = _redeem(engine, keychain, code, clock)
        assert opened.member_id is not None
        profile = TeamProfile(address.render_as_string(hide_password=False), opened.keys.team_id, opened.member_id, label)
        _remember(folder, profile, keychain, password)
    return profile


def _redeem(engine: Engine, keychain: Keychain, code: str, clock: Clock) -> tuple[OpenTeam, str]:
    opened = enrolment.redeem(engine, keychain, code, clock)
    assert opened.member_id is not None
    label = next((m.label for m in member_admin.list_members(engine, opened) if m.member_id == opened.member_id), "")
    return opened, label


def invite_member(folder: Path, keychain: Keychain, clock: Clock, label: str, role: Role) -> Invitation:
    with opened_team(folder, keychain, clock) as (engine, team):
        return enrolment.invite(engine, team, label, role, clock)


def list_team_members(folder: Path, keychain: Keychain) -> list[Member]:
    with opened_team(folder, keychain) as (engine, team):
        return member_admin.list_members(engine, team)


def change_member_role(folder: Path, keychain: Keychain, clock: Clock, member: str, role: Role) -> Member:
    with opened_team(folder, keychain, clock) as (engine, team):
        target = _member_named(member_admin.list_members(engine, team), member)
        member_admin.change_role(engine, team, target.member_id, role, clock)
        return next(m for m in member_admin.list_members(engine, team) if m.member_id == target.member_id)


def revoke_team_member(folder: Path, keychain: Keychain, clock: Clock, member: str,
                       on_progress: Callable[[RevocationProgress], None] | None = None) -> Member:
    """Revoke a member and renew the team's keys; an earlier revocation left unfinished is finished first."""
    with opened_team(folder, keychain, clock) as (engine, team):
        target = _member_named(member_admin.list_members(engine, team), member)
        if target.member_id == team.member_id:
            raise errors.TeamCannotRevokeSelf()
        revocation.revoke_member(engine, team, target.member_id, clock, on_progress=on_progress)
        return target


def finish_team_revocation(folder: Path, keychain: Keychain, clock: Clock,
                           on_progress: Callable[[RevocationProgress], None] | None = None) -> RevocationProgress | None:
    """Finish a revocation that was interrupted; None when none was pending."""
    with opened_team(folder, keychain, clock) as (engine, team):
        return revocation.finish_revocation(engine, team, clock, on_progress=on_progress)


def team_info(folder: Path, keychain: Keychain) -> TeamInfo:
    profile = read_profile(folder)
    with opened_team(folder, keychain) as (engine, team):
        members = member_admin.list_members(engine, team)
        with engine.connect() as connection:
            count = connection.scalar(select(func.count()).select_from(candidates)) or 0
            revision = schema_migrations.current_revision(connection)
            firm = firm_profile.read_in(connection, team).profile  # decrypted here: the server holds the name sealed
    return TeamInfo(Path(folder), server.server_label(profile.server), profile.team_id, profile.member_id, profile.label, team.role,
                    sum(1 for m in members if m.revoked_at is None), count, revision,
                    firm_profile.team_name(firm, folder))


@contextmanager
def opened_team(folder: Path, keychain: Keychain, clock: Clock | None = None) -> Iterator[tuple[Engine, OpenTeam]]:
    """The team of the folder, opened with this computer's device key; the pool closes afterwards.

    With ``clock``, a device key older than the team key's last rotation is renewed first (``renew_device_key``)."""
    profile = read_profile(folder)
    stored = keychain.load_device_key(login_account(profile.team_id))
    with _engine(make_url(profile.server), stored.decode("utf-8") if stored else None) as engine:
        translate_faults(schema_migrations.upgrade)(engine)  # the first statement: a refused or locked-out login shows here
        try:
            team = membership.open_as_member(engine, keychain, profile.member_id)
        except membership.NotAMember:
            raise errors.TeamNotAMember(server=server.server_label(profile.server)) from None
        if clock is not None:
            renew_device_key(engine, keychain, team, clock)
        yield engine, team


def renew_device_key(engine: Engine, keychain: Keychain, team: OpenTeam, clock: Clock) -> bool:
    """A new device key pair after a team-key rotation (``team.device_keys``); True when renewed.

    A failure leaves the old key in use and is tried again at the next open: it never keeps the member
    from their team (only the error's class is logged)."""
    try:
        return device_keys.renew_if_due(engine, keychain, team, clock)
    except errors.RecruitDeskError as error:
        log.warning("device key not renewed (%s)", type(error).__name__)
        return False


@contextmanager
def _engine(address: URL, password: str | None) -> Iterator[Engine]:
    engine = server.open_engine(address.set(password=password) if password else address)
    try:
        yield engine
    finally:
        engine.dispose()


def _address(server_url: str) -> URL:
    """The server address as a SQLAlchemy URL for psycopg, without a password (that goes to the keychain)."""
    try:
        address = make_url(server_url.strip())
    except ArgumentError:
        raise errors.TeamServerAddressInvalid(address=server_url) from None
    if address.get_backend_name() != "postgresql":
        raise errors.TeamServerAddressInvalid(address=server_url)
    if address.password:
        raise errors.TeamPasswordInAddress()
    return address.set(drivername="postgresql+psycopg")


def _require_free(folder: Path) -> None:
    if (folder / DATABASE_FILE).exists() or (folder / TEAM_FILE).exists():
        raise errors.TeamFolderInUse(folder=str(folder))


@contextmanager
def _writable_folder(folder: Path) -> Iterator[None]:
    """The folder made (with any missing parents) and shown to take a file BEFORE anything is made on the
    server: a ``team.json`` that cannot be written afterwards would leave a team, or a redeemed code,
    on the server that no computer can open. The folders made here go again if the setup fails."""
    made = [path for path in (folder, *folder.parents) if not path.exists()]  # deepest first
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".team-", suffix=".probe"):  # named, as team.json will be
            pass
    except OSError:
        _remove_empty(made)
        raise errors.TeamFolderNotWritable(folder=str(folder)) from None
    try:
        yield
    except BaseException:
        _remove_empty(made)
        raise


def _remove_empty(made: list[Path]) -> None:
    for path in made:
        try:
            path.rmdir()
        except OSError:  # not made after all, or something was put in it meanwhile: left as it is
            return


def _remember(folder: Path, profile: TeamProfile, keychain: Keychain, password: str | None) -> None:
    if password:
        keychain.store_device_key(login_account(profile.team_id), password.encode("utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".team-", suffix=".json", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(profile.to_json(), stream, indent=1)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, folder / TEAM_FILE)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _member_named(members: list[Member], reference: str) -> Member:
    """The member a command names: their name (any case) or at least the first four hex digits of their id."""
    wanted = reference.strip().casefold()
    by_label = [m for m in members if m.label.casefold() == wanted]
    if len(by_label) == 1:
        return by_label[0]
    digits = wanted.replace("-", "")
    by_id = [m for m in members if len(digits) >= MEMBER_PREFIX_MIN and m.member_id.hex.startswith(digits)]
    if len(by_id) == 1:
        return by_id[0]
    if len(by_label) > 1 or len(by_id) > 1:
        raise errors.TeamMemberAmbiguous(member=reference)
    raise errors.TeamMemberUnknown(member=reference)
