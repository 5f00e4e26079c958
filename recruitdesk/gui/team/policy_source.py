"""The Retention policy dialog's source while a team is shown in the window (``gui.retention.policy_source``).

The dialog shows the team's policy in force and its sealed firm profile: the same rules editor and
firm fields as a local vault's, plus the team's own name and the idle time after which every
member's window locks (the administrators' choice; a local vault has its own idle lock in the same
box). The team has no alert window, automatic erasure or backups of its own to set here. Reads and
saves go through ``services.team_settings``: an administrator's save goes over the versions read,
a colleague's newer one is said with theirs shown and the user's entries kept. Recruiters and DPOs
read the same, with the reason said; the server refuses their writes anyway.

After a save this source applies it to the window at once: the new idle time to this member's idle
lock, the team's name to the title and status bar, and a new policy's deadlines to the list (once,
by its own change notice's echo). A colleague's new policy (a change notice) is ``changed_elsewhere``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from recruitdesk.gui.retention.policy_source import Outcome, SettingsEntered, SettingsRead
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.gui.team.window_type import TeamWindow
from recruitdesk.retention.presets import PRESETS
from recruitdesk.services import team_policy, team_settings
from recruitdesk.services.firm_settings import FirmSettings
from recruitdesk.services.retention_settings import RetentionSettings
from recruitdesk.services.team_desk import POLICY_KIND, TeamDesk
from recruitdesk.services.team_firm import FirmProfile
from recruitdesk.services.team_retention import ALERT_DAYS
from recruitdesk.services.team_settings import TeamSettings, TeamSettingsSaved


def shown(settings: TeamSettings) -> SettingsRead:
    """The team's settings in the dialog's terms (the team's own kept as ``detail``, saved over)."""
    view, profile = settings.policy, settings.profile.profile
    retention = RetentionSettings(view.preset, view.policy.to_json(), view.version, ALERT_DAYS, False,
                                  view.preset or next(iter(PRESETS)))
    firm = FirmSettings(firm_name=profile.firm_name, privacy_contact=profile.privacy_contact,
                        privacy_statement_url=profile.privacy_statement_url, auto_lock_minutes=profile.auto_lock_minutes,
                        firm_country=profile.firm_country)
    return SettingsRead(retention, firm, profile.team_name, settings.team_name, settings)


def _read(desk: TeamDesk) -> SettingsRead:
    return shown(team_settings.read(desk))


def _applied(panel: TeamWindow, saved: TeamSettingsSaved) -> None:
    """What a save changes in this member's window, at once."""
    if panel.desk is None:  # the team closed meanwhile
        return
    if saved.profile_saved:
        panel.auto_lock_changed.emit(saved.now.profile.profile.auto_lock_minutes)
    panel.show_team_name(saved.now.team_name)
    if saved.policy_version:
        panel.policy_saved_here()


class TeamPolicySource(QObject):
    changed_elsewhere = Signal()
    has_vault_settings = False
    has_team_name = True

    def __init__(self, panel: TeamWindow) -> None:
        super().__init__()  # the dialog's (``policy_action``): it lives as long as the dialog
        self._panel = panel
        if panel.listener is not None:  # a colleague's new policy shows in the open dialog too
            panel.listener.changed.connect(self._heard)

    def _heard(self, change) -> None:
        if getattr(change, "record_kind", None) == POLICY_KIND:
            self.changed_elsewhere.emit()

    def _desk(self) -> TeamDesk:
        desk = self._panel.desk
        assert desk is not None, "the dialog is closed when the team is"
        return desk

    @property
    def writable(self) -> bool:
        desk = self._panel.desk
        return desk is not None and team_policy.may_change(desk)

    @property
    def read_only_reason(self) -> str:
        return "" if self.writable else QCoreApplication.translate(
            "TeamPolicy", "Only an administrator of the team can change its retention policy and firm profile; you can read "
                          "them here.")

    @property
    def folder(self) -> Path:
        return self._desk().folder

    def read_task(self) -> Task:
        return Task(_read, self._desk())

    def save_task(self, read: SettingsRead, entered: SettingsEntered) -> Task:
        assert isinstance(read.detail, TeamSettings), "a team's settings are read by this source"
        firm = entered.firm
        profile = FirmProfile(firm.firm_name, firm.privacy_contact, firm.privacy_statement_url, firm.auto_lock_minutes,
                              entered.team_name, firm.firm_country)  # the country as read: not edited in the dialog
        task = WriteTask(team_settings.save, self._desk(), read.detail, entered.rows, profile)
        task.finished.connect(lambda saved, panel=self._panel: _applied(panel, saved))  # even if the dialog was closed
        return task

    def outcome(self, result: object) -> Outcome:
        assert isinstance(result, TeamSettingsSaved)
        if not result.conflicted:
            return Outcome(result.policy_version)
        now = result.now
        said = []
        if result.policy_conflict:
            said.append(QCoreApplication.translate(
                "TeamPolicy", "Not saved: another member changed the retention policy while you were editing it; theirs is "
                              "version {version}: {title}, {summary}.").format(
                version=now.policy.version, title=now.policy.title, summary=now.policy.summary))
        if result.profile_conflict is not None:
            theirs = result.profile_conflict.theirs.profile
            said.append(QCoreApplication.translate(
                "TeamPolicy", "Not saved: another administrator saved the firm profile while you were editing it. Theirs "
                              "is: firm name \"{name}\", privacy contact \"{contact}\", privacy statement \"{url}\", idle lock "
                              "{minutes} minutes.").format(
                name=theirs.firm_name, contact=theirs.privacy_contact, url=theirs.privacy_statement_url,
                minutes=theirs.auto_lock_minutes))
        if result.policy_version or result.profile_saved:
            said.append(QCoreApplication.translate("TeamPolicy", "The rest was saved."))
        said.append(QCoreApplication.translate(
            "TeamPolicy", "Your entries are still in the fields: Save again to put them in place of theirs, or Cancel to keep "
                          "theirs."))
        return Outcome(result.policy_version, " ".join(said), shown(now))
