"""An admin's view and changes of the team's members: who they are and which role each has.

A role change is one transaction with its audit entry (naming the acting admin, the member and
the new role). The team never loses its last active administrator: someone must always be able
to invite, change roles and revoke (the recovery key can act as an admin too, but it is meant to
stay in a safe).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import Connection, Engine, select, update

from recruitdesk.clock import Clock
from recruitdesk.errors import LastAdministrator
from recruitdesk.team import audit, member_logins
from recruitdesk.team.candidates import require_current_generation
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam, label_aad
from recruitdesk.team.roles import Role, require_member_management
from recruitdesk.team.schema import members
from recruitdesk.vault import crypto


class UnknownMember(Exception):
    """No active member with this id (a programming error: the GUI lists only active members)."""


@dataclass(frozen=True)
class Member:
    member_id: UUID
    label: str
    role: Role
    joined_at: dt.datetime
    revoked_at: dt.datetime | None


@translate_faults
def list_members(engine: Engine, team: OpenTeam) -> list[Member]:
    """Every member, revoked ones too, with their display names opened on this machine, in the order they joined."""
    keys = team.keys
    with engine.connect() as connection:
        rows = connection.execute(select(members).order_by(members.c.joined_at, members.c.member_id)).all()
    found = []
    for row in rows:
        try:
            label = crypto.unseal(keys.team_key, row.label_sealed, label_aad(keys.team_id, row.member_id)).decode("utf-8")
        except crypto.SealBroken:  # altered on the server: show the member without a name rather than hide them
            label = ""
        found.append(Member(row.member_id, label, Role(row.role), row.joined_at, row.revoked_at))
    # By joining time; members who joined at the same moment by name (their ids are random: the order was too).
    found.sort(key=lambda member: (member.joined_at, member.label.casefold(), str(member.member_id)))
    return found


@translate_faults
def change_role(engine: Engine, admin: OpenTeam, member_id: UUID, role: Role, clock: Clock) -> None:
    """Give an active member another role; only an admin may, and never by removing the last admin."""
    require_member_management(admin.role)
    with engine.begin() as connection:
        require_current_generation(connection, admin)
        found = connection.execute(select(members.c.role, members.c.login)
                                   .where(members.c.member_id == member_id, members.c.revoked_at.is_(None))
                                   .with_for_update()).one_or_none()
        if found is None:
            raise UnknownMember(str(member_id))
        current, login = found
        if current == Role.ADMIN.value and role != Role.ADMIN:
            require_another_admin(connection, member_id)
        connection.execute(update(members).where(members.c.member_id == member_id).values(role=role.value))
        if login is not None:  # the server enforces the new role from the member's next statement on
            member_logins.move_to_group(connection, admin.keys.team_id, login, role)
        audit.append(connection, admin, audit.ROLE_CHANGED, None, None, clock, member_id=member_id, detail=role.value)


def require_another_admin(connection: Connection, member_id: UUID) -> None:
    """Refuse to take away the last active admin; the admins' rows stay locked until the caller commits."""
    admins = connection.scalars(select(members.c.member_id).where(members.c.role == Role.ADMIN.value, members.c.revoked_at.is_(None))
                                .with_for_update()).all()
    if set(admins) <= {member_id}:
        raise LastAdministrator()
