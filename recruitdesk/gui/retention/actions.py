"""Retention in the window: the dashboard dock (Ctrl+D) with the count badge, and the review
decisions of the Retention menu (delete, extend, legal hold, release, retention settings).

The summary (``services.retention_alerts.summarise``, with the rights requests due within a
week) loads on a worker thread; every decision goes through a service on a worker thread too
(the window's one-at-a-time ``changes``), and the table and dashboard reload when it is done.
The deletion confirmation is injected (``confirm_delete``), so tests pre-answer it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow

from recruitdesk.gui.requests.actions import REQUEST_WINDOW_DAYS
from recruitdesk.gui.retention.dashboard import RetentionDashboard
from recruitdesk.gui.retention.dialogs import DeleteConfirmer, ReasonDialog
from recruitdesk.gui.retention.policy_settings import PolicySettingsDialog
from recruitdesk.gui.shell.error_reporting import show_error, user_message
from recruitdesk.gui.shell.feature import Feature
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.services import rights_requests as rr
from recruitdesk.services.erasure import ErasureReport, erase_candidates
from recruitdesk.services.retention_alerts import RetentionSummary, summarise
from recruitdesk.vault.vault import Vault


def _summaries(vault: Vault) -> tuple[RetentionSummary, rr.RequestSummary]:
    """The retention summary and the rights requests due within a week (worker thread)."""
    summary = summarise(vault)
    return summary, rr.summarise(vault, summary.day, REQUEST_WINDOW_DAYS)


class RetentionFeature(Feature):
    """Emits ``summary_shown(summary)`` when the dashboard shows a new retention summary,
    ``candidates_erased(ids)`` after a deletion and ``settings_saved`` after the settings
    dialog saved (the controller applies the new auto-lock time)."""

    DIALOGS = ("reason_dialog", "settings_dialog")
    summary_shown = Signal(object)
    candidates_erased = Signal(list)
    settings_saved = Signal()

    def __init__(self, window: QMainWindow, confirm_delete: DeleteConfirmer) -> None:
        super().__init__(window)
        self.confirm_delete = confirm_delete
        self.summary: RetentionSummary | None = None
        self.request_summary: rr.RequestSummary | None = None
        self.badge_count = 0
        self._load: Task | None = None
        # A summary still loading when the window is destroyed (it loads after the list) is dropped.
        self.destroyed.connect(lambda: setattr(self, "_load", None))
        self._syncing_selection = False
        self._setup_dashboard()
        ui = window.ui
        ui.actionDelete.triggered.connect(self.delete_selected)
        ui.actionExtend.triggered.connect(lambda: self.open_reason_dialog(ReasonDialog.EXTEND))
        ui.actionLegalHold.triggered.connect(lambda: self.open_reason_dialog(ReasonDialog.HOLD))
        ui.actionReleaseHold.triggered.connect(self.release_selected)
        ui.actionRetentionSettings.triggered.connect(self.open_settings)
        ui.candidateTable.selectionModel().selectionChanged.connect(self._table_selection_changed)

    def _setup_dashboard(self) -> None:
        window = self.window
        self.dashboard = RetentionDashboard(window)
        self.dashboard.selection_changed.connect(self._dashboard_selected)
        dock = QDockWidget(self.tr("Retention"), window)
        dock.setObjectName("retentionDock")
        dock.setAccessibleName(self.tr("Retention dashboard"))
        dock.setWidget(self.dashboard)
        dock.setAllowedAreas(Qt.DockWidgetArea.TopDockWidgetArea | Qt.DockWidgetArea.BottomDockWidgetArea
                             | Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, dock)
        window.resizeDocks([dock], [230], Qt.Orientation.Vertical)
        self.dock = dock
        action = dock.toggleViewAction()
        action.setShortcut(QKeySequence("Ctrl+D"))
        action.setToolTip(self.tr("Show or hide the retention dashboard (Ctrl+D)"))
        self.dashboard_action = action
        ui = window.ui
        ui.menuRetention.insertAction(ui.actionRecordFacts, action)
        ui.menuRetention.insertSeparator(ui.actionRecordFacts)
        ui.mainToolBar.insertAction(window.candidate_tools, action)
        ui.mainToolBar.insertSeparator(window.candidate_tools)

    # --- the window calls these ------------------------------------------------------------
    def vault_opened(self, vault: Vault) -> None:
        self.dashboard.clear(self.tr("Checking retention deadlines…"))

    def vault_closed(self) -> None:
        self._load = None
        super().vault_closed()
        self.summary = None
        self.request_summary = None
        self.dashboard.clear(self.tr("The vault is locked."))
        self._show_badge(0)

    def update_actions(self) -> None:
        ui, window = self.window.ui, self.window
        unlocked = self.vault is not None
        ids = window.selected_ids() if unlocked else []
        idle = not window.changes.busy
        for action in (ui.actionDelete, ui.actionExtend, ui.actionLegalHold):
            action.setEnabled(bool(ids) and idle)
        on_hold = {item.id for item in self.summary.on_hold} if self.summary else set()
        ui.actionReleaseHold.setEnabled(bool(ids) and idle and bool(on_hold & set(ids)))
        ui.actionRetentionSettings.setEnabled(unlocked)

    # --- the summary -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the dashboard's summary on a worker thread."""
        if self.vault is None:
            return
        task = Task(_summaries, self.vault)
        task.finished.connect(lambda result, task=task: task is self._load and self._arrived(*result))
        task.failed.connect(lambda error, task=task: task is self._load and self._failed(error))
        self._load = task
        task.start()

    def _arrived(self, summary: RetentionSummary, requests: rr.RequestSummary) -> None:
        self._load = None
        self.show_summary(summary, requests)

    def _failed(self, error: BaseException) -> None:
        self._load = None
        self.show_problem(error)

    @property
    def attention_count(self) -> int:
        """Candidates needing a retention decision plus overdue rights requests."""
        count = self.summary.needs_attention if self.summary else 0
        return count + (len(self.request_summary.overdue) if self.request_summary else 0)

    def show_summary(self, summary: RetentionSummary, requests: rr.RequestSummary | None = None) -> None:
        """Show a retention summary (and, if given, the rights requests due): banner, lists,
        badge, and the table's Status column."""
        if self.vault is None:
            return
        self.summary = summary
        if requests is not None:
            self.request_summary = requests
        self.dashboard.show_summary(summary)
        requests = self.request_summary
        self.dashboard.show_requests_headline(requests.headline() if requests else "", bool(requests and requests.overdue))
        self.window.model.set_retention_context((item.id for item in summary.on_hold), summary.window_days)
        self._show_badge(self.attention_count)
        self.summary_shown.emit(summary)

    def show_problem(self, error: BaseException) -> None:
        """The daily check failed: say so in the banner instead of a dialog every minute."""
        if self.vault is not None:
            self.dashboard.banner.setText(user_message(error))

    def _show_badge(self, count: int) -> None:
        """The count needing attention (candidates to review and overdue rights requests) in the
        title and the dashboard toggle; the dock's title counts the candidates only."""
        review = self.summary.needs_attention if self.summary else 0
        self.dock.setWindowTitle(self.tr("Retention – {count} to review").format(count=review) if count and review
                                 else self.tr("Retention"))
        self.dashboard_action.setText(self.tr("&Dashboard ({count})").format(count=count) if count else self.tr("&Dashboard"))
        self.badge_count = count
        self.window.show_attention(count)

    # --- selection, in step with the table --------------------------------------------------
    def _dashboard_selected(self, ids: list[int]) -> None:
        if self._syncing_selection or not ids:
            return
        self._syncing_selection = True
        try:
            self.window.select_ids(ids)
        finally:
            self._syncing_selection = False

    def _table_selection_changed(self) -> None:
        if not self._syncing_selection:
            self.dashboard.select_ids(self.window.selected_ids())

    # --- decisions -------------------------------------------------------------------------
    def delete_selected(self) -> bool:
        """Ask, then erase the selected candidates on a worker thread; True when it started."""
        window = self.window
        ids = window.selected_ids()
        if self.vault is None or not ids or window.changes.busy:
            return False
        if not self.confirm_delete(window, window.names_of(ids)):
            return False
        # The erasure service records why (due, or manual) from each candidate's own state.
        window.changes.start(erase_candidates, self.vault, ids, done=self._erased, busy=self.tr("Deleting…"))
        return True

    def _erased(self, report: ErasureReport) -> None:
        count = len(report.erased)
        self.window.clear_selection()
        self.window.done(self.tr("Deleted %n candidates for good.", "", count))
        self.candidates_erased.emit(list(report.erased))

    def release_selected(self) -> ReasonDialog | None:
        """Ask why the hold ends (the selected candidates on hold), then release it on a worker thread."""
        window = self.window
        ids = window.selected_ids()
        if self.vault is None or not ids or window.changes.busy:
            return None
        on_hold = {item.id for item in self.summary.on_hold} if self.summary else set()
        ids = [candidate_id for candidate_id in ids if candidate_id in on_hold] or ids
        return self.open_reason_dialog(ReasonDialog.RELEASE, ids)

    def open_reason_dialog(self, mode: str, ids: list[int] | None = None) -> ReasonDialog | None:
        window = self.window
        ids = ids or window.selected_ids()
        if self.vault is None or not ids:
            return None
        self.close_dialog("reason_dialog")
        dialog = ReasonDialog(mode, self.vault, ids, window.names_of(ids), window.today(), window)
        messages = {ReasonDialog.EXTEND: self.tr("Retention extended."), ReasonDialog.RELEASE: self.tr("Legal hold released.")}
        message = messages.get(mode, self.tr("Placed on legal hold."))
        dialog.saved.connect(lambda: window.done(message))
        self.track(dialog, "reason_dialog")
        dialog.open()
        return dialog

    def open_settings(self) -> PolicySettingsDialog | None:
        if self.vault is None:
            return None
        self.close_dialog("settings_dialog")
        dialog = PolicySettingsDialog(self.vault, self.window)
        dialog.save_started.connect(self._watch_settings_save)
        self.track(dialog, "settings_dialog")
        dialog.open()
        return dialog

    def _watch_settings_save(self, task: Task) -> None:
        """The window learns that the settings were saved (and refreshes every countdown) even
        when the dialog was closed while a new policy was being applied; a failure after the
        dialog closed is shown by the window, as the dialog can no longer show it."""
        task.finished.connect(lambda version: self._settings_saved(version or 0))
        task.failed.connect(lambda error: self.settings_dialog is None and show_error(self.window, error))

    def _settings_saved(self, version: int) -> None:
        self.settings_saved.emit()
        if version:
            self.window.done(self.tr("Retention policy version {version} in force; every countdown was recomputed.").format(version=version))
        else:
            self.window.done(self.tr("Retention settings saved."))


def install(window: QMainWindow, confirm_delete: DeleteConfirmer) -> RetentionFeature:
    """Add the dashboard dock and connect the Retention menu's review decisions."""
    return RetentionFeature(window, confirm_delete)
