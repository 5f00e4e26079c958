"""What the members window shows in one visit to the server: who this computer is, its role, every
member and whether a revocation was left unfinished.

One connection instead of three (``team_info``, ``list_team_members`` and the revocation check
each open the team anew), so the admin's window fills in one round trip. The member actions
themselves are the ones the command line uses (``services.team_vault``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable
from uuid import UUID

from recruitdesk.services.team_vault import opened_team
from recruitdesk.clock import Clock
from recruitdesk.team import key_renewal, member_admin, revocation
from recruitdesk.team.enrolment import Invitation
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.key_renewal import KeyRenewalProgress
from recruitdesk.team.member_admin import Member
from recruitdesk.team.revocation import RevocationProgress
from recruitdesk.team.roles import Role
from recruitdesk.vault.keychain import Keychain

if TYPE_CHECKING:
    from recruitdesk.services.team_desk import TeamDesk

__all__ = ["Invitation", "KeyRenewalProgress", "Member", "MembersOverview", "RevocationProgress", "Role", "members_overview",
           "renew_candidate_keys", "renew_candidate_keys_at"]


@dataclass(frozen=True)
class MembersOverview:
    my_member_id: UUID
    my_role: Role
    members: list[Member]
    unfinished_revocation: RevocationProgress | None  # a revocation interrupted before every candidate moved
    unfinished_key_renewal: KeyRenewalProgress | None = None  # a renewal of every candidate key left unfinished

    @property
    def manages_members(self) -> bool:
        return self.my_role is Role.ADMIN


def members_overview(folder: Path, keychain: Keychain) -> MembersOverview:
    with opened_team(folder, keychain) as (engine, team):
        assert team.member_id is not None
        members = member_admin.list_members(engine, team)
        pending = translate_faults(revocation.pending_revocation)(engine, team) if team.role is Role.ADMIN else None
        renewal = key_renewal.pending_renewal(engine, team) if team.role is Role.ADMIN else None
        return MembersOverview(team.member_id, team.role, members, pending, renewal)


def may_finish_revocations(desk: "TeamDesk") -> bool:
    """Only an administrator finishes a revocation (and is told about an unfinished one)."""
    return desk.role is Role.ADMIN


def unfinished_revocation(desk: "TeamDesk") -> RevocationProgress | None:
    """A revocation interrupted before every candidate moved (administrators only: None for others)."""
    if not may_finish_revocations(desk):
        return None
    return desk.run(translate_faults(revocation.pending_revocation))


# --- deep rotation: a new firm key and a new key for every candidate (``team.key_renewal``) --------------
RenewalReport = Callable[[KeyRenewalProgress], None]


def renew_candidate_keys_at(folder: Path, keychain: Keychain, clock: Clock,
                            on_progress: RenewalReport | None = None) -> KeyRenewalProgress:
    """Renew the firm key and every candidate key of the team in ``folder`` (administrators; the command line's way in).
    Run again after an interruption: it goes on where it stopped."""
    with opened_team(folder, keychain) as (engine, team):
        return key_renewal.renew_candidate_keys(engine, team, clock, on_progress)


def renew_candidate_keys(desk: "TeamDesk", on_progress: RenewalReport | None = None) -> KeyRenewalProgress:
    """The same from an open window's desk (the Members window's button)."""
    return desk.run(lambda engine, team: key_renewal.renew_candidate_keys(engine, team, desk.clock, on_progress))


def unfinished_key_renewal(desk: "TeamDesk") -> KeyRenewalProgress | None:
    """A renewal of every candidate key left unfinished (administrators only: None for others)."""
    if not may_finish_revocations(desk):
        return None
    return desk.run(key_renewal.pending_renewal)
