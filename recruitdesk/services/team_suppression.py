"""A team's suppression list as Retention > Suppression list… shows it (Qt-free).

The same rows and counts as the local vault's list (``services.suppression``), so one dialog
serves both kinds of vault: each entry's identifier kind, basis, request and date, never whose it
is. Every member reads the list; only an administrator removes an entry (refused here, before
anything is sent, with the translated ``TeamActionNotAllowed``, and by the server's privileges
too), with the same written reason the local vault asks for. The reason is sealed under the firm
key in the team store; the removal is audited naming the member (``team.suppression``).
"""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import Engine

from recruitdesk.services.suppression import SuppressionEntryNotFound, SuppressionList, SuppressionRow, check_reason
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.services.team_register import ID_PREFIX, member_names, unknown_member
from recruitdesk.team import suppression
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.roles import Role, require_suppression_removal

__all__ = ["SuppressionList", "SuppressionRow", "may_remove", "list_entries", "remove_entry"]


def may_remove(desk: TeamDesk) -> bool:
    """Whether this member may take an entry off the list (administrators only)."""
    return desk.role == Role.ADMIN


def list_entries(desk: TeamDesk, include_removed: bool = False) -> SuppressionList:
    """The team's entries in the order they were added; removed ones too when asked (who removed
    them, when and why)."""
    return desk.run(lambda engine, team: _listing(engine, team, include_removed))


def _listing(engine: Engine, team: OpenTeam, include_removed: bool) -> SuppressionList:
    entries = suppression.list_entries(engine, team, include_removed)
    names = member_names(engine, team) if any(entry.removed_by for entry in entries) else {}
    return SuppressionList([
        SuppressionRow(entry.entry_id, entry.kind, entry.basis,
                       str(entry.request_id)[:ID_PREFIX] if entry.request_id is not None else None, entry.basis_on,
                       entry.removed_at.astimezone().date() if entry.removed_at is not None else None,
                       names.get(entry.removed_by, unknown_member()) if entry.removed_by else None, entry.reason)
        for entry in entries])


def remove_entry(desk: TeamDesk, entry_id: int | UUID, reason: str) -> None:
    """Take ``entry_id`` off the list with ``reason`` (``SuppressionReasonRequired`` unless a few
    words); ``SuppressionEntryNotFound`` when another administrator removed it meanwhile."""
    require_suppression_removal(desk.role)
    reason = check_reason(reason)
    if not isinstance(entry_id, UUID):
        raise SuppressionEntryNotFound(id=entry_id)
    try:
        desk.run(lambda engine, team: suppression.remove_entry(engine, team, entry_id, reason, desk.clock))
    except suppression.SuppressionEntryGone:
        raise SuppressionEntryNotFound(id=str(entry_id)[:ID_PREFIX]) from None


