"""Where the Retention policy dialog reads and saves: one dialog for both kinds of vault.

The dialog (``policy_settings.PolicySettingsDialog``) asks a source for a read (a ``SettingsRead``:
the policy in force, the firm profile, and what else this vault has) and for one save of what the
user entered (a ``SettingsEntered``), given the read, so a team's source saves over the versions it
read. A local vault's source reads and writes its settings (``services.retention_settings``,
``services.firm_settings``): the policy, alerts, automatic erasure, the firm, backups and the idle
lock, saved at once. A team's (``gui.team.policy_source``) reads and saves the team's policy and
sealed firm profile with its name and idle lock (``services.team_settings``); a colleague's newer
save is said and shown, the user's entries kept.

The dialog never asks which backend it is on: the source says what this vault has (``has_vault_settings``:
alerts, automatic erasure, backups; ``has_team_name``), whether this user may change it, and if not
why, and turns a save's result into an ``Outcome``. ``changed_elsewhere`` is emitted when another
member changed the policy while the dialog is open (never for a local vault).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance

from recruitdesk.gui.shell.tasks import Task, TaskControl, WriteTask
from recruitdesk.services.firm_settings import FirmSettings, read_firm_settings, save_firm_settings
from recruitdesk.services.policy_editor import RuleRow
from recruitdesk.services.retention_settings import RetentionSettings, read_retention_settings, save_retention_settings
from recruitdesk.vault.vault import Vault


@dataclass(frozen=True)
class SettingsRead:
    """What the dialog shows: the policy and the firm profile; for a team also its name (None: no name field)
    and the record as read (``detail``, the source's own, saved over)."""

    retention: RetentionSettings
    firm: FirmSettings
    team_name: str | None = None  # as stored ("": none given)
    team_name_shown: str = ""  # the name the team goes by when none is given (the placeholder)
    detail: object = None


@dataclass(frozen=True)
class SettingsEntered:
    """What the user entered: the rows and the policy they make, the firm fields, the alerts and the team name."""

    rows: tuple[RuleRow, ...]
    preset: str | None
    policy_json: str | None
    firm: FirmSettings
    alert_window_days: int
    auto_erase: bool
    team_name: str = ""


@dataclass(frozen=True)
class Outcome:
    """A save's result in the dialog's terms: the new policy version (0: unchanged) and, when a colleague
    saved first, what to say and the settings as they are now (the entries stay; Save again goes over them)."""

    version: int
    conflict: str = ""
    now: SettingsRead | None = None


class PolicySource(Protocol):
    @property
    def writable(self) -> bool: ...

    @property
    def read_only_reason(self) -> str: ...  # shown under the fields when not writable

    @property
    def has_vault_settings(self) -> bool: ...  # alerts, automatic erasure and backups (a local vault's)

    @property
    def has_team_name(self) -> bool: ...

    @property
    def folder(self) -> Path: ...  # where the backup folder chooser starts

    @property
    def changed_elsewhere(self) -> SignalInstance: ...  # another member changed the policy

    def read_task(self) -> Task: ...  # finishes with a SettingsRead

    def save_task(self, read: SettingsRead, entered: SettingsEntered) -> Task: ...

    def outcome(self, result: object) -> Outcome: ...  # the save task's result


def _read_all(vault: Vault) -> SettingsRead:
    return SettingsRead(read_retention_settings(vault), read_firm_settings(vault))


def _save_all(vault: Vault, firm: FirmSettings, alert_window_days: int, auto_erase: bool,
              preset: str | None, policy_json: str | None, control: TaskControl) -> int | None:
    """The worker-thread side of Save. A new policy's recompute reports its candidates through
    ``control`` and is not cancellable here: it runs to the end even when the dialog is closed,
    so the countdowns shown never lag behind the policy in force."""
    save_firm_settings(vault, firm)
    return save_retention_settings(vault, alert_window_days, auto_erase, preset=preset, policy_json=policy_json,
                                   progress=control.report)


class LocalPolicySource(QObject):
    """The local vault: one writer, so a save never meets a colleague's."""

    changed_elsewhere = Signal()  # never emitted
    writable = True
    read_only_reason = ""
    has_vault_settings = True
    has_team_name = False

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault

    @property
    def folder(self) -> Path:
        return self.vault.folder

    def read_task(self) -> Task:
        return Task(_read_all, self.vault)

    def save_task(self, read: SettingsRead, entered: SettingsEntered) -> Task:
        return WriteTask(_save_all, self.vault, entered.firm, entered.alert_window_days, entered.auto_erase,
                         entered.preset, entered.policy_json)

    def outcome(self, result: object) -> Outcome:
        return Outcome(result if isinstance(result, int) else 0)


def source_of(where: PolicySource | Vault) -> PolicySource:
    """A source as given, or a local vault's source for a ``Vault``."""
    return LocalPolicySource(where) if isinstance(where, Vault) else where
