"""Retention as the settings dialog and the candidate facts dialog see it (Qt-free).

The GUI never opens a session itself: it reads the retention settings and one candidate's
countdown through these functions, on a worker thread, and writes them back the same way.
Saving a different policy installs a new version and recomputes every countdown
(``services.retention.change_policy``); saving the same policy again changes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from recruitdesk import settings
from recruitdesk.retention import engine
from recruitdesk.retention.explain import explain
from recruitdesk.retention.facts import RESERVE_PURPOSE
from recruitdesk.retention.policy import Policy
from recruitdesk.retention.presets import PRESETS, get_preset
from recruitdesk.services.countdown import active_policy, load_candidate, status_of
from recruitdesk.services.maintenance import Cancelled, Progress, in_candidates
from recruitdesk.services.retention import change_policy
from recruitdesk.vault.vault import Vault

ALERT_WINDOW_RANGE = (1, 365)


@dataclass(frozen=True)
class RetentionSettings:
    preset: str | None  # None: a custom policy is in force
    policy_json: str
    policy_version: int
    alert_window_days: int
    auto_erase: bool
    based_on: str = ""  # the preset last chosen, which a custom policy started from

    @property
    def policy(self) -> Policy:
        return Policy.from_json(self.policy_json)


def read_retention_settings(vault: Vault) -> RetentionSettings:
    with vault.read_session() as session:
        policy, version = active_policy(session)
        preset = settings.get(session, "retention_preset")
        window = settings.get(session, "alert_window_days")
        automatic = settings.get(session, "auto_erase")
    is_preset = preset in PRESETS and PRESETS[preset].policy == policy
    return RetentionSettings(preset if is_preset else None, policy.to_json(), version, window, automatic, preset)


def save_retention_settings(
    vault: Vault,
    alert_window_days: int,
    auto_erase: bool,
    preset: str | None = None,
    policy_json: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int | None:
    """Store the alert window and automatic erasure; install ``preset`` (a name) or else the
    custom ``policy_json`` when it differs from the policy in force.

    Returns the new policy version, or None when the policy did not change. Raises
    ``PolicyInvalid`` for a custom policy that does not validate, ``UnknownPreset`` for an
    unknown preset, ``ValueError`` for an alert window outside 1–365 days. A new policy
    recomputes every countdown in batches, calling ``progress(done, total)`` after each with
    the candidates done and all candidates; ``cancelled()`` stops it between batches (the next
    daily check finishes it, see ``change_policy``).
    """
    low, high = ALERT_WINDOW_RANGE
    if isinstance(alert_window_days, bool) or not low <= int(alert_window_days) <= high:
        raise ValueError(f"alert window must be {low}-{high} days")
    if preset is not None:
        policy = get_preset(preset).policy
    elif policy_json is not None:
        policy = Policy.from_json(policy_json)
    else:
        policy = None
    with vault.session() as session, session.begin():
        settings.put(session, "alert_window_days", int(alert_window_days))
        settings.put(session, "auto_erase", bool(auto_erase))
        current, _version = active_policy(session)
        current_preset = settings.get(session, "retention_preset")
    if policy is None or (policy == current and (preset is None or preset == current_preset)):
        return None
    return change_policy(vault, policy, preset, progress=in_candidates(vault, progress) if progress else None,
                         cancelled=cancelled)


@dataclass(frozen=True)
class CandidateRetention:
    """One candidate's countdown and the facts behind it, for the facts dialog."""

    id: int
    name: str
    kind: str  # engine.ACTIVE, DUE, OVERDUE, LEGAL_HOLD, EXTENDED
    situation: str
    due_on: dt.date | None
    days_left: int | None
    explanation: str
    applied_on: dt.date | None
    last_contact_on: dt.date | None
    outcome: str | None  # of the latest procedure: open, hired, not_hired, withdrawn
    outcome_on: dt.date | None
    reserve_consent_since: dt.date | None
    legal_hold_reason: str | None
    extended_until: dt.date | None
    extension_reason: str | None

    @property
    def on_hold(self) -> bool:
        return self.kind == engine.LEGAL_HOLD


def candidate_retention(vault: Vault, candidate_id: int) -> CandidateRetention:
    """Raises ``CandidateNotFound`` when the candidate no longer exists."""
    today = vault.clock.today()
    with vault.read_session() as session:
        policy, _version = active_policy(session)
        candidate = load_candidate(session, candidate_id)
        status = status_of(candidate, policy, today)
        latest = max(candidate.procedures, key=lambda p: (p.outcome == "open", p.ended_on or p.applied_on or dt.date.min), default=None)
        reserve = [c for c in candidate.consents if c.purpose == RESERVE_PURPOSE and c.withdrawn_on is None
                   and (c.expires_on is None or c.expires_on > today)]
        state = candidate.retention
        return CandidateRetention(
            id=candidate.id,
            name=candidate.full_name,
            kind=status.kind,
            situation=status.situation,
            due_on=status.due_on,
            days_left=status.days_left(today),
            explanation=explain(status),
            applied_on=candidate.applied_on,
            last_contact_on=candidate.last_contact_on,
            outcome=latest.outcome if latest else None,
            outcome_on=(latest.ended_on or latest.applied_on) if latest else None,
            reserve_consent_since=max((c.given_on for c in reserve), default=None),
            legal_hold_reason=state.legal_hold_reason if state else None,
            extended_until=state.extended_until if state else None,
            extension_reason=state.extension_reason if state else None,
        )
