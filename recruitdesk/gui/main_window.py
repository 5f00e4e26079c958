"""The main window: the candidate list, the retention dashboard, the vault's state, and the
review actions (record facts, delete, extend, legal hold, retention settings).

The window shows what it is given and never owns the vault: the application controller opens,
locks and closes it. Rows come from ``services.candidates.candidate_rows`` and the dashboard from
``services.retention_alerts.summarise``, both on a worker thread; every decision goes through a
service on a worker thread too, and the table and dashboard reload when it is done.
:meth:`show_locked` drops every decrypted value the window holds and closes its dialogs.

The deletion confirmation is injected (``confirm_delete``), so tests pre-answer it.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDockWidget, QHeaderView, QLabel, QMainWindow, QMessageBox, QWidget

from recruitdesk import __version__
from recruitdesk.gui.candidate_facts_dialog import CandidateFactsDialog
from recruitdesk.gui.candidate_table_model import DAYS_LEFT, DUE_ON, EMAIL, LAST_CONTACT, NAME, SOURCE, STATUS, CandidateTableModel
from recruitdesk.gui.error_reporting import show_error, user_message
from recruitdesk.gui.forms.ui_main_window import Ui_MainWindow
from recruitdesk.gui.policy_settings import PolicySettingsDialog
from recruitdesk.gui.retention_dashboard import RetentionDashboard
from recruitdesk.gui.retention_dialogs import DeleteConfirmer, ReasonDialog, confirm_deletion
from recruitdesk.gui.tasks import Task
from recruitdesk.services.candidates import CandidateRow, candidate_rows
from recruitdesk.services.erasure import ErasureReport, erase_candidates
from recruitdesk.services.retention import release_legal_hold
from recruitdesk.services.retention_alerts import RetentionSummary, summarise
from recruitdesk.vault.vault import Vault

TABLE_PAGE, MESSAGE_PAGE = 0, 1


def _release_all(vault: Vault, ids: list[int]) -> None:
    for candidate_id in ids:
        release_legal_hold(vault, candidate_id)


class MainWindow(QMainWindow):
    """Emits ``lock_requested`` for the Lock action, ``rows_loaded(count)`` when populated,
    ``summary_shown(summary)`` when the dashboard shows a new retention summary,
    ``candidates_erased(ids)`` after a deletion and ``closed`` when the user closes it (Quit)."""

    lock_requested = Signal()
    rows_loaded = Signal(int)
    summary_shown = Signal(object)
    candidates_erased = Signal(list)
    closed = Signal()

    def __init__(
        self,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
        confirm_delete: DeleteConfirmer = confirm_deletion,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._today = today
        self.confirm_delete = confirm_delete
        self._load: Task | None = None
        self._summary_load: Task | None = None
        self._change: Task | None = None
        self._vault: Vault | None = None
        self._base_title = self.windowTitle()
        self._keep_selection: list[int] = []
        self._syncing_selection = False
        self.summary: RetentionSummary | None = None
        self.facts_dialog: CandidateFactsDialog | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.settings_dialog: PolicySettingsDialog | None = None
        self.model = CandidateTableModel(today, self)
        self._setup_table()
        self._setup_dashboard()
        self._setup_status_bar()
        self.ui.actionLock.triggered.connect(self.lock_requested)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.ui.actionRecordFacts.triggered.connect(lambda: self.open_facts())
        self.ui.actionDelete.triggered.connect(self.delete_selected)
        self.ui.actionExtend.triggered.connect(lambda: self.open_reason_dialog(ReasonDialog.EXTEND))
        self.ui.actionLegalHold.triggered.connect(lambda: self.open_reason_dialog(ReasonDialog.HOLD))
        self.ui.actionReleaseHold.triggered.connect(self.release_selected)
        self.ui.actionRetentionSettings.triggered.connect(self.open_settings)
        self.about_box: QMessageBox | None = None
        self.show_locked()

    # --- states ----------------------------------------------------------------------------
    def show_unlocking(self) -> None:
        self.show_locked()
        self.ui.emptyStateLabel.setText(self.tr("Unlocking the vault…"))
        self.state_label.setText(self.tr("Unlocking…"))

    def show_locked(self) -> None:
        """Forget every piece of candidate data the window shows or holds."""
        self._vault = None
        self._load = None  # a load still running is ignored when it finishes
        self._summary_load = None
        self._change = None
        self._close_dialogs()
        self.summary = None
        self._keep_selection = []
        self.model.clear()
        self.ui.candidateTable.clearSelection()
        self.dashboard.clear(self.tr("The vault is locked."))
        self._show_badge(0)
        self.count_label.clear()
        self.folder_label.clear()
        self.state_label.setText(self.tr("Locked"))
        self.ui.emptyStateLabel.setText(self.tr("The vault is locked."))
        self.ui.contentStack.setCurrentIndex(MESSAGE_PAGE)
        self.ui.actionLock.setEnabled(False)
        self._update_actions()

    def show_vault(self, vault: Vault, folder_text: str | None = None) -> None:
        """Show an unlocked vault and start loading its candidates."""
        self._vault = vault
        self.folder_label.setText(folder_text or str(vault.folder))
        self.folder_label.setToolTip(str(vault.folder))
        self.state_label.setText(self.tr("Unlocked"))
        self.ui.emptyStateLabel.setText(self.tr("Loading candidates…"))
        self.ui.actionLock.setEnabled(True)
        self.dashboard.clear(self.tr("Checking retention deadlines…"))
        self._update_actions()
        self.refresh()

    def refresh(self) -> None:
        """Reload the table and the dashboard (after a decision, a new policy, a new day)."""
        self.reload()
        self.refresh_retention()

    def reload(self) -> None:
        if self._vault is None:
            return
        if self._load is None:
            self._keep_selection = self.selected_ids() or self._keep_selection
        task = Task(candidate_rows, self._vault)
        task.finished.connect(lambda rows, task=task: self._rows_arrived(task, rows))
        task.failed.connect(lambda error, task=task: self._load_failed(task, error))
        self._load = task
        task.start()

    def refresh_retention(self) -> None:
        """Reload the dashboard's summary on a worker thread."""
        if self._vault is None:
            return
        task = Task(summarise, self._vault)
        task.finished.connect(lambda summary, task=task: self._summary_arrived(task, summary))
        task.failed.connect(lambda error, task=task: self._summary_failed(task, error))
        self._summary_load = task
        task.start()

    def set_base_title(self, title: str) -> None:
        """The window title without the count badge (set by the controller)."""
        self._base_title = title
        self._show_badge(self.summary.needs_attention if self.summary else 0)

    def show_summary(self, summary: RetentionSummary) -> None:
        """Show a retention summary: banner, lists, badge, and the table's Status column."""
        if self._vault is None:
            return
        self.summary = summary
        self.dashboard.show_summary(summary)
        self.model.set_retention_context((item.id for item in summary.on_hold), summary.window_days)
        self._show_badge(summary.needs_attention)
        self.summary_shown.emit(summary)

    def show_retention_problem(self, error: BaseException) -> None:
        """The daily check failed: say so in the banner instead of a dialog every minute."""
        if self._vault is not None:
            self.dashboard.banner.setText(user_message(error))

    @property
    def candidate_count(self) -> int:
        return self.model.rowCount()

    # --- loading ---------------------------------------------------------------------------
    def _rows_arrived(self, task: Task, rows: list[CandidateRow]) -> None:
        if task is not self._load:  # locked, or reloaded, meanwhile
            return
        self._load = None
        self.model.set_rows(rows)
        header = self.ui.candidateTable.horizontalHeader()
        self.ui.candidateTable.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        keep, self._keep_selection = self._keep_selection, []
        self.select_ids(keep)
        self.count_label.setText(self.tr("Candidates: {count}").format(count=len(rows)))
        if rows:
            self.ui.contentStack.setCurrentIndex(TABLE_PAGE)
        else:
            self.ui.emptyStateLabel.setText(self.tr(
                "No candidates yet. Candidates you add or import will be listed here, "
                "with the date their data is due for deletion."
            ))
            self.ui.contentStack.setCurrentIndex(MESSAGE_PAGE)
        self.rows_loaded.emit(len(rows))

    def _load_failed(self, task: Task, error: BaseException) -> None:
        if task is not self._load:
            return
        self._load = None
        self.ui.emptyStateLabel.setText(user_message(error))
        self.ui.contentStack.setCurrentIndex(MESSAGE_PAGE)

    def _summary_arrived(self, task: Task, summary: RetentionSummary) -> None:
        if task is not self._summary_load:
            return
        self._summary_load = None
        self.show_summary(summary)

    def _summary_failed(self, task: Task, error: BaseException) -> None:
        if task is not self._summary_load:
            return
        self._summary_load = None
        self.show_retention_problem(error)

    def _show_badge(self, count: int) -> None:
        """The count of candidates needing attention, in the title, the dock and the toggle."""
        if count:
            self.setWindowTitle(self.tr("({count}) {title}").format(count=count, title=self._base_title))
            self.dashboard_dock.setWindowTitle(self.tr("Retention – {count} to review").format(count=count))
            self.dashboard_action.setText(self.tr("&Dashboard ({count})").format(count=count))
        else:
            self.setWindowTitle(self._base_title)
            self.dashboard_dock.setWindowTitle(self.tr("Retention"))
            self.dashboard_action.setText(self.tr("&Dashboard"))
        self.badge_count = count

    # --- selection -------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """The candidates selected in the table, top to bottom."""
        selection = self.ui.candidateTable.selectionModel()
        rows = sorted(index.row() for index in selection.selectedRows())
        return [self.model.row_at(row).id for row in rows if row < self.model.rowCount()]

    def select_ids(self, ids: list[int]) -> None:
        """Select these candidates in the table (and the dashboard) and scroll to the first."""
        table = self.ui.candidateTable
        selection = QItemSelection()
        first = None
        for candidate_id in ids:
            row = self.model.row_of(candidate_id)
            if row is None:
                continue
            first = row if first is None else min(first, row)
            selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        table.selectionModel().select(selection, flags)
        if first is not None:
            table.selectionModel().setCurrentIndex(self.model.index(first, NAME), QItemSelectionModel.SelectionFlag.NoUpdate)
            table.scrollTo(self.model.index(first, NAME))

    def _dashboard_selected(self, ids: list[int]) -> None:
        if self._syncing_selection or not ids:
            return
        self._syncing_selection = True
        try:
            self.select_ids(ids)
        finally:
            self._syncing_selection = False

    def _table_selection_changed(self) -> None:
        if not self._syncing_selection:
            self.dashboard.select_ids(self.selected_ids())
        self._update_actions()

    def _selected_names(self, ids: list[int]) -> list[str]:
        names = []
        for candidate_id in ids:
            row = self.model.row_of(candidate_id)
            names.append(self.model.row_at(row).name if row is not None else str(candidate_id))
        return names

    def _update_actions(self) -> None:
        unlocked = self._vault is not None
        selected = unlocked and bool(self.selected_ids())
        idle = self._change is None
        for action in (self.ui.actionDelete, self.ui.actionExtend, self.ui.actionLegalHold):
            action.setEnabled(selected and idle)
        self.ui.actionRecordFacts.setEnabled(selected)
        on_hold = {item.id for item in self.summary.on_hold} if self.summary else set()
        self.ui.actionReleaseHold.setEnabled(selected and idle and bool(on_hold & set(self.selected_ids())))
        self.ui.actionRetentionSettings.setEnabled(unlocked)

    # --- review decisions ------------------------------------------------------------------
    def open_facts(self, candidate_id: int | None = None) -> CandidateFactsDialog | None:
        """The facts dialog for ``candidate_id`` (default: the current row)."""
        if self._vault is None:
            return None
        if candidate_id is None:
            ids = self.selected_ids()
            current = self.ui.candidateTable.currentIndex()
            if current.isValid() and self.model.row_at(current.row()).id in ids:
                candidate_id = self.model.row_at(current.row()).id
            elif ids:
                candidate_id = ids[0]
            else:
                return None
        self._close_dialog("facts_dialog")
        dialog = CandidateFactsDialog(self._vault, candidate_id, self._today, self)
        dialog.changed.connect(self.refresh)
        self._track(dialog, "facts_dialog")
        dialog.open()
        return dialog

    def delete_selected(self) -> bool:
        """Ask, then erase the selected candidates on a worker thread; True when it started."""
        ids = self.selected_ids()
        if self._vault is None or not ids or self._change is not None:
            return False
        if not self.confirm_delete(self, self._selected_names(ids)):
            return False
        due = {item.id for item in self.summary.overdue + self.summary.due_soon} if self.summary else set()
        reason = "retention_due" if set(ids) <= due else "manual"
        self._start_change(erase_candidates, self._vault, ids, reason, done=self._erased,
                           busy=self.tr("Deleting…"))
        return True

    def release_selected(self) -> bool:
        ids = self.selected_ids()
        if self._vault is None or not ids or self._change is not None:
            return False
        on_hold = {item.id for item in self.summary.on_hold} if self.summary else set()
        ids = [candidate_id for candidate_id in ids if candidate_id in on_hold] or ids
        self._start_change(_release_all, self._vault, ids, done=lambda _result: self._done(self.tr("Legal hold released.")))
        return True

    def open_reason_dialog(self, mode: str) -> ReasonDialog | None:
        ids = self.selected_ids()
        if self._vault is None or not ids:
            return None
        self._close_dialog("reason_dialog")
        dialog = ReasonDialog(mode, self._vault, ids, self._selected_names(ids), self._today(), self)
        message = self.tr("Retention extended.") if mode == ReasonDialog.EXTEND else self.tr("Placed on legal hold.")
        dialog.saved.connect(lambda: self._done(message))
        self._track(dialog, "reason_dialog")
        dialog.open()
        return dialog

    def open_settings(self) -> PolicySettingsDialog | None:
        if self._vault is None:
            return None
        self._close_dialog("settings_dialog")
        dialog = PolicySettingsDialog(self._vault, self)
        dialog.saved.connect(self._settings_saved)
        self._track(dialog, "settings_dialog")
        dialog.open()
        return dialog

    def _settings_saved(self, version: int) -> None:
        if version:
            self._done(self.tr("Retention policy version {version} in force; every countdown was recomputed.").format(version=version))
        else:
            self._done(self.tr("Retention settings saved."))

    def _start_change(self, function: Callable, *args, done: Callable, busy: str = "") -> None:
        task = Task(function, *args)
        task.finished.connect(lambda result, task=task: self._change_finished(task, result, done))
        task.failed.connect(lambda error, task=task: self._change_failed(task, error))
        self._change = task
        if busy:
            self.statusBar().showMessage(busy)
        self._update_actions()
        task.start()

    def _change_finished(self, task: Task, result: object, done: Callable) -> None:
        if task is not self._change:
            return
        self._change = None
        self._update_actions()
        done(result)

    def _change_failed(self, task: Task, error: BaseException) -> None:
        if task is not self._change:
            return
        self._change = None
        self.statusBar().clearMessage()
        self._update_actions()
        show_error(self, error)

    def _erased(self, report: ErasureReport) -> None:
        count = len(report.erased)
        self._keep_selection = []
        self.ui.candidateTable.clearSelection()
        self._done(self.tr("Deleted 1 candidate for good.") if count == 1 else self.tr("Deleted {count} candidates for good.").format(count=count))
        self.candidates_erased.emit(list(report.erased))

    def _done(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        self.refresh()

    # --- dialogs ---------------------------------------------------------------------------
    def _track(self, dialog: QDialog, name: str) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        setattr(self, name, dialog)
        dialog.finished.connect(lambda _result, dialog=dialog, name=name: getattr(self, name) is dialog and setattr(self, name, None))

    def _close_dialog(self, name: str) -> None:
        dialog = getattr(self, name)
        setattr(self, name, None)
        if dialog is not None:
            dialog.reject()

    def _close_dialogs(self) -> None:
        for name in ("facts_dialog", "reason_dialog", "settings_dialog"):
            self._close_dialog(name)

    # --- help ------------------------------------------------------------------------------
    def about_text(self) -> str:
        return self.tr(
            "<h3>RecruitDesk {version}</h3>"
            "<p>An offline, encrypted candidate vault with GDPR retention countdowns.</p>"
            "<p>Everything you store is kept in one encrypted database on this computer. It is "
            "opened with a key kept in your system keychain, so you never type a password here, "
            "or with the recovery key you saved when the vault was created. A stolen laptop, a "
            "copied disk or a backup shows only scrambled data. RecruitDesk locks itself after a "
            "few idle minutes. It cannot protect you from malicious software running under your "
            "own account.</p>"
        ).format(version=__version__)

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About RecruitDesk"), self.about_text(), QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setAccessibleName(self.tr("About RecruitDesk"))
        self.about_box = box
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

    # --- setup -----------------------------------------------------------------------------
    def _setup_table(self) -> None:
        table = self.ui.candidateTable
        table.setModel(self.model)
        table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(80)
        widths = {NAME: 220, EMAIL: 250, SOURCE: 100, LAST_CONTACT: 110, STATUS: 110, DUE_ON: 120, DAYS_LEFT: 80}
        for column, width in widths.items():
            header.resizeSection(column, width)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.selectionModel().selectionChanged.connect(self._table_selection_changed)
        # Double-click or Enter, not ``activated`` (a single click on single-click desktops).
        table.doubleClicked.connect(lambda index: self.open_facts(self.model.row_at(index.row()).id))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), table, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self.open_facts())

    def _setup_dashboard(self) -> None:
        self.dashboard = RetentionDashboard(self)
        self.dashboard.selection_changed.connect(self._dashboard_selected)
        self.dashboard.activated.connect(self.open_facts)
        dock = QDockWidget(self.tr("Retention"), self)
        dock.setObjectName("retentionDock")
        dock.setAccessibleName(self.tr("Retention dashboard"))
        dock.setWidget(self.dashboard)
        dock.setAllowedAreas(Qt.DockWidgetArea.TopDockWidgetArea | Qt.DockWidgetArea.BottomDockWidgetArea
                             | Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, dock)
        self.resizeDocks([dock], [230], Qt.Orientation.Vertical)
        self.dashboard_dock = dock
        action = dock.toggleViewAction()
        action.setShortcut(QKeySequence("Ctrl+D"))
        action.setToolTip(self.tr("Show or hide the retention dashboard (Ctrl+D)"))
        self.dashboard_action = action
        self.badge_count = 0
        self.ui.menuRetention.insertAction(self.ui.actionRecordFacts, action)
        self.ui.menuRetention.insertSeparator(self.ui.actionRecordFacts)
        self.ui.mainToolBar.insertAction(self.ui.actionRecordFacts, action)
        self.ui.mainToolBar.insertSeparator(self.ui.actionRecordFacts)

    def _setup_status_bar(self) -> None:
        self.folder_label = QLabel()
        self.folder_label.setAccessibleName(self.tr("Vault folder"))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of candidates"))
        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("Vault state"))
        for label in (self.folder_label, self.count_label, self.state_label):
            label.setContentsMargins(6, 0, 6, 0)
        bar = self.statusBar()
        bar.addWidget(self.folder_label, 1)
        bar.addPermanentWidget(self.count_label)
        bar.addPermanentWidget(self.state_label)
