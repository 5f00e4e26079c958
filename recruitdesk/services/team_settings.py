"""The team's retention policy and firm profile as the one Retention policy dialog reads and saves them (Qt-free).

A local vault's dialog reads its settings and saves them at once (``services.retention_settings``,
``services.firm_settings``); a team's are two records on the server, each saved over the version the
dialog read: the policy (``team_policy.save_rows``: administrators only, audited with the member,
every countdown computed again) and the sealed firm profile with the team's name and idle lock
(``team_firm.save``). A save writes only what changed. When a colleague saved either meanwhile,
that one is not overwritten: the result says so and holds what the server has now, so the dialog
shows theirs, keeps the user's entries, and a second Save puts them over the version shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from recruitdesk import errors
from recruitdesk.services import team_firm, team_policy
from recruitdesk.services.policy_editor import RuleRow
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.services.team_firm import FirmProfile, ProfileConflict, StoredProfile
from recruitdesk.services.team_policy import PolicyView
from recruitdesk.team.roles import require_settings_changes


@dataclass(frozen=True)
class TeamSettings:
    """The policy in force and the firm profile, as read together, and the name the team goes by."""

    policy: PolicyView
    profile: StoredProfile
    team_name: str  # the name shown: the profile's, or else the firm's, or else the folder's


@dataclass(frozen=True)
class TeamSettingsSaved:
    """What a save did. ``now``: the settings as the server holds them after it."""

    now: TeamSettings
    policy_version: int = 0  # the new policy version, 0: the policy was not saved (unchanged, or a conflict)
    recomputed: int = 0  # the countdowns computed again under the new policy
    profile_saved: bool = False
    policy_conflict: bool = False  # a colleague saved another policy since the one read: theirs stays
    profile_conflict: ProfileConflict | None = None  # another administrator saved the profile since the one read

    @property
    def conflicted(self) -> bool:
        return self.policy_conflict or self.profile_conflict is not None


def read(desk: TeamDesk) -> TeamSettings:
    """The policy in force and the firm profile, as every member may read them."""
    profile = team_firm.current(desk)
    return TeamSettings(team_policy.current(desk), profile, team_firm.team_name(desk, profile.profile))


def policy_changed(read_as: TeamSettings, rows: tuple[RuleRow, ...]) -> bool:
    """Whether ``rows`` put another policy in force than the one read (raises ``PolicyInvalid``)."""
    policy, preset = team_policy.policy_of_rows(rows)
    return (policy, preset) != (read_as.policy.policy, read_as.policy.preset)


def save(desk: TeamDesk, read_as: TeamSettings, rows: tuple[RuleRow, ...], profile: FirmProfile) -> TeamSettingsSaved:
    """Save the rows as the team's policy and ``profile`` as its firm profile, each only when it differs
    from ``read_as`` and each over the version read there. Refused for anyone but an administrator
    (``TeamActionNotAllowed``, before anything is sent), for invalid rows (``PolicyInvalid``) and for an
    invalid field (the firm profile's errors); a colleague's newer save is a conflict in the result."""
    require_settings_changes(desk.role)
    checked = team_firm.check(profile)
    new_policy = policy_changed(read_as, rows)
    version = recomputed = 0
    policy_conflict = False
    if new_policy:
        try:
            change = team_policy.save_rows(desk, rows, read_as.policy.version)
        except errors.TeamPolicyChanged:
            policy_conflict = True
        else:
            version, recomputed = change.view.version, change.recomputed
    conflict: ProfileConflict | None = None
    saved = False
    if checked != read_as.profile.profile:
        result = team_firm.save(desk, read_as.profile.version, checked)
        conflict = result if isinstance(result, ProfileConflict) else None
        saved = conflict is None
    return TeamSettingsSaved(read(desk), version, recomputed, saved, policy_conflict, conflict)
