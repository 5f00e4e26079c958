"""The team's retention policy as the team window shows and changes it (Retention > Retention settings…).

Every member may read the policy in force: the preset it follows, its version, its rules (as the
local policy editor's rows) and each situation's period in words, the same words as the local
policy editor and the register of processing use. Only an administrator may save another policy:
a preset, or rows of the firm's own edited in the same editor as the local vault's
(``services.policy_editor`` checks them and names the preset they restate, if any).
``team.retention.set_policy`` refuses anyone else, audits the change with the member and refuses to
replace a version a colleague saved after the one the admin's window showed. Right after, this
client computes every countdown again (as ``recruitdesk team policy --preset`` does), so the list's
deadlines are the new policy's at once; then the change feed tells the other members' windows,
which read their lists again.
"""

from __future__ import annotations

from dataclasses import dataclass

from recruitdesk.exporting.processing import describe_rule
from recruitdesk.i18n import translate
from recruitdesk.retention import engine as retention_engine
from recruitdesk.retention.describe import describe_policy
from recruitdesk.retention.policy import Policy
from recruitdesk.retention.presets import PRESETS
from recruitdesk.services import policy_editor
from recruitdesk.services.policy_editor import RuleRow
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.services.team_retention import TeamPolicy, apply_preset
from recruitdesk.team import retention
from recruitdesk.team.roles import Role, require_member_management


@dataclass(frozen=True)
class PolicyView:
    """A policy in words: its preset (None: the firm's own), version (0: only previewed), the one-line
    summary, the statement it follows, and one (situation, rule) pair per situation."""

    preset: str | None
    version: int
    title: str
    summary: str
    statement: str | None
    rules: tuple[tuple[str, str], ...]
    policy: Policy  # the rules themselves, for the editor's rows


@dataclass(frozen=True)
class PolicyChange:
    view: PolicyView
    recomputed: int  # the candidates whose countdown was computed again


def may_change(desk: TeamDesk) -> bool:
    """Whether this member may choose the team's policy (administrators only)."""
    return desk.role == Role.ADMIN


def current(desk: TeamDesk) -> PolicyView:
    """The policy in force on the server."""
    rules, version, preset = desk.run(lambda engine, _team: retention.active_policy(engine))
    return describe(rules, preset, version)


def choose(desk: TeamDesk, preset: str, expected_version: int | None = None) -> PolicyChange:
    """Make ``preset`` the team's policy (a new version) and compute every countdown again now.
    ``expected_version``: the version it replaces (``TeamPolicyChanged`` if a colleague saved another)."""
    found: TeamPolicy
    found, recomputed = desk.run(lambda engine, team: apply_preset(engine, team, desk.clock, preset, expected_version))
    return PolicyChange(describe(PRESETS[preset].policy, preset, found.version), recomputed)


def policy_of_rows(rows: tuple[RuleRow, ...]) -> tuple[Policy, str | None]:
    """The policy the editor's rows describe and the preset they restate (None: the firm's own).
    Raises ``PolicyInvalid`` with the first row's problem in words."""
    preset = policy_editor.matching_preset(rows)
    return (PRESETS[preset].policy, preset) if preset else (policy_editor.policy_of(rows), None)


def preview_rows(rows: tuple[RuleRow, ...]) -> PolicyView:
    """What saving ``rows`` would put in force (not saved)."""
    policy, preset = policy_of_rows(rows)
    return describe(policy, preset, 0)


def save_rows(desk: TeamDesk, rows: tuple[RuleRow, ...], expected_version: int) -> PolicyChange:
    """Make the rows the team's policy as a new version over ``expected_version`` (the one the
    administrator's window showed) and compute every countdown again now. Rows restating a preset
    are saved under its name; other rows as a policy of the firm's own (preset None). Refused for
    anyone but an administrator (``TeamActionNotAllowed``), for invalid rows (``PolicyInvalid``) and
    when a colleague saved another version meanwhile (``TeamPolicyChanged``)."""
    require_member_management(desk.role)
    policy, preset = policy_of_rows(rows)
    version, recomputed = desk.run(lambda engine, team: retention.apply_policy(engine, team, policy, preset, desk.clock,
                                                                              expected_version=expected_version))
    return PolicyChange(describe(policy, preset, version), recomputed)


def describe(policy: Policy, preset: str | None, version: int) -> PolicyView:
    known = PRESETS.get(preset) if preset else None
    if known is not None:
        title, statement = known.translated_title(), known.statement_line()
    else:
        title, statement = translate("team policy", "A policy of the firm's own"), None
    rules = tuple((policy_editor.situation_text(situation), describe_rule(retention_engine.rules_for(policy, situation)[0]))
                  for situation in policy_editor.SITUATION_ORDER)
    return PolicyView(preset if known is not None else None, version, title, describe_policy(policy), statement, rules, policy)
