"""What the members window shows in one visit to the server: who this computer is, its role, every
member and whether a revocation was left unfinished.

One connection instead of three (``team_info``, ``list_team_members`` and the revocation check
each open the team anew), so the admin's window fills in one round trip. The member actions
themselves are the ones the command line uses (``services.team_vault``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from recruitdesk.services.team_vault import opened_team
from recruitdesk.team import member_admin, revocation
from recruitdesk.team.enrolment import Invitation
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.member_admin import Member
from recruitdesk.team.revocation import RevocationProgress
from recruitdesk.team.roles import Role
from recruitdesk.vault.keychain import Keychain

if TYPE_CHECKING:
    from recruitdesk.services.team_desk import TeamDesk

__all__ = ["Invitation", "Member", "MembersOverview", "RevocationProgress", "Role", "members_overview"]


@dataclass(frozen=True)
class MembersOverview:
    my_member_id: UUID
    my_role: Role
    members: list[Member]
    unfinished_revocation: RevocationProgress | None  # a revocation interrupted before every candidate moved

    @property
    def manages_members(self) -> bool:
        return self.my_role is Role.ADMIN


def members_overview(folder: Path, keychain: Keychain) -> MembersOverview:
    with opened_team(folder, keychain) as (engine, team):
        assert team.member_id is not None
        members = member_admin.list_members(engine, team)
        pending = translate_faults(revocation.pending_revocation)(engine, team) if team.role is Role.ADMIN else None
        return MembersOverview(team.member_id, team.role, members, pending)


def may_finish_revocations(desk: "TeamDesk") -> bool:
    """Only an administrator finishes a revocation (and is told about an unfinished one)."""
    return desk.role is Role.ADMIN


def unfinished_revocation(desk: "TeamDesk") -> RevocationProgress | None:
    """A revocation interrupted before every candidate moved (administrators only: None for others)."""
    if not may_finish_revocations(desk):
        return None
    return desk.run(translate_faults(revocation.pending_revocation))
