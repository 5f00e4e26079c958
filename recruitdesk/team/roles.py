"""What each member role may do in a team vault, checked by the client before anything is sent.

Recruiters work with candidates; an admin also manages members and policy; the data
protection officer (DPO) reads the audit chain and the request register but changes nothing.
Every member holds the team key (a DPO must be able to read a request's candidate), so a role
cannot be enforced by keys. The client refuses every action outside the role with a translated
``NotAllowed``; on the server, ``server_roles`` gives each role's database login only the
privileges it needs (a DPO's login may only SELECT), so a modified client is refused there too.
"""

from __future__ import annotations

import enum

from recruitdesk.errors import TeamActionNotAllowed
from recruitdesk.i18n import N_


class Role(str, enum.Enum):
    RECRUITER = "recruiter"
    ADMIN = "admin"
    DPO = "dpo"


class NotAllowed(TeamActionNotAllowed):
    """The member's role does not permit this action; the message names the role and the action."""

    def __init__(self, role: Role, action: str) -> None:
        super().__init__(role=role.value, action=action)
        self.role = role
        self.action = action


_WRITES_CANDIDATES = {Role.RECRUITER, Role.ADMIN}
_MANAGES_MEMBERS = {Role.ADMIN}
_READS_WHOLE_AUDIT = {Role.ADMIN, Role.DPO}


def require_candidate_writes(role: Role) -> None:
    if role not in _WRITES_CANDIDATES:
        raise NotAllowed(role, N_("team roles", "change candidates"))


def require_member_management(role: Role) -> None:
    if role not in _MANAGES_MEMBERS:
        raise NotAllowed(role, N_("team roles", "manage members and the team's policy"))


def require_settings_changes(role: Role) -> None:
    """The team's settings (its firm profile) sign every member's letters: an administrator's."""
    if role not in _MANAGES_MEMBERS:
        raise NotAllowed(role, N_("team roles", "change the team's firm profile"))


def require_suppression_removal(role: Role) -> None:
    """Taking someone off the suppression list lets the firm contact them again: an administrator's
    decision with a written reason, which the DPO reviews in the audit chain (the DPO advises and
    monitors, and changes nothing; a recruiter adds to the list by completing a request only)."""
    if role not in _MANAGES_MEMBERS:
        raise NotAllowed(role, N_("team roles", "remove an entry from the suppression list"))


def require_retention_check(role: Role) -> None:
    """The daily retention check flags and erases candidates: a candidate write."""
    if role not in _WRITES_CANDIDATES:
        raise NotAllowed(role, N_("team roles", "run the retention check"))


def reads_whole_audit(role: Role) -> bool:
    """Admins and the DPO read every entry; a recruiter reads the entries of their own actions."""
    return role in _READS_WHOLE_AUDIT
