"""What each member role may do in a team vault.

Recruiters work with candidates; an admin also manages members and policy; the data
protection officer (DPO) reads the audit and the request register but changes no candidate.
Every member holds the team key (a DPO must be able to read a request's candidate), so the
role is enforced by the client and, later, by the server's row-level privileges, not by keys.
"""

from __future__ import annotations

import enum


class Role(str, enum.Enum):
    RECRUITER = "recruiter"
    ADMIN = "admin"
    DPO = "dpo"


class NotAllowed(Exception):
    """The member's role does not permit this action (a programming error once the GUI checks roles)."""

    def __init__(self, role: Role, action: str) -> None:
        super().__init__(f"role {role.value} may not {action}")
        self.role = role
        self.action = action


_WRITES_CANDIDATES = {Role.RECRUITER, Role.ADMIN}
_MANAGES_MEMBERS = {Role.ADMIN}


def require_candidate_writes(role: Role) -> None:
    if role not in _WRITES_CANDIDATES:
        raise NotAllowed(role, "change candidates")


def require_member_management(role: Role) -> None:
    if role not in _MANAGES_MEMBERS:
        raise NotAllowed(role, "manage members")
