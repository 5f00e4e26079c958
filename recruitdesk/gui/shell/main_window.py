"""The main window: the candidate list, the retention dashboard, the vault's state, and the
review actions (record facts, delete, extend, legal hold, retention settings), the Candidate
menu (consent with proof, withdrawal, renewal mail, screening notes, data export, a rights
request), the rights-request register in a dock, and CV import (``import_wiring``).

The window shows what it is given and never owns the vault: the application controller opens,
locks and closes it. Rows come from ``services.candidates.candidate_rows`` and the dashboard from
``services.retention_alerts.summarise``, both on a worker thread; every decision goes through a
service on a worker thread too, and the table and dashboard reload when it is done.
:meth:`show_locked` drops every decrypted value the window holds and closes its dialogs.

The deletion confirmation is injected (``confirm_delete``), so tests pre-answer it; so are
the other choices that open a system dialog (``open_url``, ``choose_evidence``,
``choose_export_folder``, ``confirm_erasure``, ``choose_consent``), as plain attributes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from recruitdesk import __version__
from recruitdesk.gui.candidates.consent_dialog import ConsentDialog, choose_evidence_file
from recruitdesk.gui.candidates.detail import install_candidate_detail
from recruitdesk.gui.candidates.facts_dialog import CandidateFactsDialog
from recruitdesk.gui.candidates.notes import CandidateNotesDialog
from recruitdesk.gui.candidates.table_model import DAYS_LEFT, DUE_ON, EMAIL, LAST_CONTACT, NAME, SOURCE, STATUS, CandidateTableModel
from recruitdesk.gui.exporting.dialog import ExportDialog, choose_export_folder
from recruitdesk.gui.forms.ui_main_window import Ui_MainWindow
from recruitdesk.gui.importing.wiring import install_import
from recruitdesk.gui.requests.dialogs import RegisterRequestDialog, confirm_erasure
from recruitdesk.gui.requests.panel import RequestsPanel
from recruitdesk.gui.retention.dashboard import RetentionDashboard
from recruitdesk.gui.retention.dialogs import DeleteConfirmer, ReasonDialog, confirm_deletion
from recruitdesk.gui.retention.policy_settings import PolicySettingsDialog
from recruitdesk.gui.shell import choosers
from recruitdesk.gui.shell.error_reporting import show_error, user_message
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.gui.vault.backup_dialogs import confirm_restore
from recruitdesk.gui.vault.preferences_dialog import PreferencesDialog
from recruitdesk.i18n import translate
from recruitdesk.retention.facts import RESERVE_PURPOSE
from recruitdesk.services import consents
from recruitdesk.services import rights_requests as rr
from recruitdesk.services.backups import backup_folders, make_backup
from recruitdesk.services.candidate_search import search_candidates
from recruitdesk.services.candidates import CandidateRow, candidate_rows
from recruitdesk.services.erasure import ErasureReport, erase_candidates
from recruitdesk.services.retention import release_legal_hold
from recruitdesk.services.retention_alerts import RetentionSummary, summarise
from recruitdesk.vault.vault import Vault

TABLE_PAGE, MESSAGE_PAGE = 0, 1
REQUEST_WINDOW_DAYS = 7  # the requests panel's "due soon" window
SEARCH_DELAY_MS = 200  # search as you type: wait this long after the last key
RENEWAL_LANGUAGES = ("nl", "fr", "en")

# choose_consent(parent, consents, name) -> the consent to act on, or None when cancelled
ConsentChooser = Callable[[QWidget | None, list[consents.ConsentView], str], consents.ConsentView | None]
CANDIDATE_DIALOGS = ("facts_dialog", "reason_dialog", "settings_dialog", "consent_dialog", "notes_dialog",
                     "export_dialog", "request_dialog")


def _release_all(vault: Vault, ids: list[int]) -> None:
    for candidate_id in ids:
        release_legal_hold(vault, candidate_id)


def _summaries(vault: Vault) -> tuple[RetentionSummary, rr.RequestSummary]:
    """The retention summary and the rights requests due within a week (worker thread)."""
    summary = summarise(vault)
    return summary, rr.summarise(vault, summary.day, REQUEST_WINDOW_DAYS)


def _consents_in_force(vault: Vault, candidate_id: int) -> list[consents.ConsentView]:
    return [view for view in consents.consents_of(vault, candidate_id) if view.withdrawn_on is None]


def consent_label(view: consents.ConsentView) -> str:
    """One line describing a consent, for the chooser."""
    text = QCoreApplication.translate("MainWindow", "{purpose}, given on {date}").format(
        purpose=translate("consents", consents.PURPOSE_LABELS.get(view.purpose, view.purpose)), date=view.given_on.isoformat())
    if view.text_version:
        text = QCoreApplication.translate("MainWindow", "{text} (version {version})").format(text=text, version=view.text_version)
    return text


def choose_consent(parent: QWidget | None, views: list[consents.ConsentView], name: str) -> consents.ConsentView | None:
    """Ask which consent when a candidate has several in force."""
    labels = [consent_label(view) for view in views]
    chosen, ok = QInputDialog.getItem(
        parent, QCoreApplication.translate("MainWindow", "Choose the consent"),
        QCoreApplication.translate("MainWindow", "{name} has several consents in force. Which one?").format(name=name),
        labels, 0, False)
    return views[labels.index(chosen)] if ok and chosen in labels else None


class MainWindow(QMainWindow):
    """Emits ``lock_requested`` for the Lock action, ``rows_loaded(count)`` when populated,
    ``summary_shown(summary)`` when the dashboard shows a new retention summary,
    ``candidates_erased(ids)`` after a deletion, ``search_applied(count)`` when the table shows
    a search's matches (or every row again), ``backup_made(path)`` after "Back up now",
    ``restore_requested(path)`` when the user confirmed a restore (the controller, which owns the
    vault, does it) and ``closed`` when the user closes it (Quit)."""

    lock_requested = Signal()
    rows_loaded = Signal(int)
    summary_shown = Signal(object)
    candidates_erased = Signal(list)
    search_applied = Signal(int)
    settings_saved = Signal()
    backup_made = Signal(object)
    restore_requested = Signal(object)
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
        self.consent_dialog: ConsentDialog | None = None
        self.notes_dialog: CandidateNotesDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.request_dialog: RegisterRequestDialog | None = None
        self.context_menu: QMenu | None = None
        self.requests_panel: RequestsPanel | None = None
        self.request_summary: rr.RequestSummary | None = None
        self._consent_lookup: Task | None = None
        self._renewal: Task | None = None
        self._search: Task | None = None
        self._backup: Task | None = None
        # Injected choices (tests pre-answer them).
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.choose_evidence = choose_evidence_file
        self.choose_export_folder = choose_export_folder
        self.confirm_erasure = confirm_erasure
        self.choose_consent: ConsentChooser = choose_consent
        self.choose_backup: choosers.BackupChooser = choosers.choose_backup_file
        self.confirm_restore = confirm_restore
        self.model = CandidateTableModel(today, self)
        self._setup_table()
        self._setup_dashboard()
        self._setup_requests_dock()
        self._setup_candidate_menu()
        self._setup_status_bar()
        self._setup_search()
        self._setup_backup_actions()
        self.importer = install_import(self, lambda: self._vault)
        self.candidate_detail = install_candidate_detail(self, lambda: self._vault)
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
        self._consent_lookup = None
        self._renewal = None
        self._reset_search()
        self._backup = None
        self._close_dialogs()
        if getattr(self, "importer", None) is not None:
            self.importer.close()
        if getattr(self, "candidate_detail", None) is not None:
            self.candidate_detail.clear()
        self._drop_requests_panel()
        self.summary = None
        self.request_summary = None
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
        self.search_field.setEnabled(True)
        self.dashboard.clear(self.tr("Checking retention deadlines…"))
        self._make_requests_panel(vault)
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
        task = Task(_summaries, self._vault)
        task.finished.connect(lambda result, task=task: self._summary_arrived(task, *result))
        task.failed.connect(lambda error, task=task: self._summary_failed(task, error))
        self._summary_load = task
        task.start()

    def set_base_title(self, title: str) -> None:
        """The window title without the count badge (set by the controller)."""
        self._base_title = title
        self._show_badge(self.attention_count)

    @property
    def attention_count(self) -> int:
        """Candidates needing a retention decision plus overdue rights requests."""
        count = self.summary.needs_attention if self.summary else 0
        return count + (len(self.request_summary.overdue) if self.request_summary else 0)

    def show_summary(self, summary: RetentionSummary, requests: rr.RequestSummary | None = None) -> None:
        """Show a retention summary (and, if given, the rights requests due): banner, lists,
        badge, and the table's Status column."""
        if self._vault is None:
            return
        self.summary = summary
        if requests is not None:
            self.request_summary = requests
        self.dashboard.show_summary(summary)
        self._show_requests_summary()
        self.model.set_retention_context((item.id for item in summary.on_hold), summary.window_days)
        self._show_badge(self.attention_count)
        self.summary_shown.emit(summary)

    def _show_requests_summary(self) -> None:
        requests = self.request_summary
        self.dashboard.show_requests_headline(requests.headline() if requests else "", bool(requests and requests.overdue))
        overdue = len(requests.overdue) if requests else 0
        if overdue:
            self.requests_dock.setWindowTitle(self.tr("Requests – {count} overdue").format(count=overdue))
        elif requests and requests.due_soon:
            self.requests_dock.setWindowTitle(self.tr("Requests – {count} due soon").format(count=len(requests.due_soon)))
        else:
            self.requests_dock.setWindowTitle(self.tr("Requests"))

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
        self._show_count()
        if self.model.is_filtered:  # new or changed candidates may match the search now
            self.run_search()
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

    def _summary_arrived(self, task: Task, summary: RetentionSummary, requests: rr.RequestSummary) -> None:
        if task is not self._summary_load:
            return
        self._summary_load = None
        self.show_summary(summary, requests)

    def _summary_failed(self, task: Task, error: BaseException) -> None:
        if task is not self._summary_load:
            return
        self._summary_load = None
        self.show_retention_problem(error)

    def _show_badge(self, count: int) -> None:
        """The count needing attention (candidates to review and overdue rights requests) in the
        title and the dashboard toggle; the dock's title counts the candidates only."""
        if count:
            self.setWindowTitle(self.tr("({count}) {title}").format(count=count, title=self._base_title))
            review = self.summary.needs_attention if self.summary else 0
            self.dashboard_dock.setWindowTitle(self.tr("Retention – {count} to review").format(count=review) if review
                                               else self.tr("Retention"))
            self.dashboard_action.setText(self.tr("&Dashboard ({count})").format(count=count))
        else:
            self.setWindowTitle(self._base_title)
            self.dashboard_dock.setWindowTitle(self.tr("Retention"))
            self.dashboard_action.setText(self.tr("&Dashboard"))
        self.badge_count = count

    # --- search --------------------------------------------------------------------------
    def _setup_search(self) -> None:
        field = QLineEdit(self)
        field.setObjectName("searchField")
        field.setPlaceholderText(self.tr("Search names, emails and CVs (Ctrl+F)"))
        field.setAccessibleName(self.tr("Search candidates"))
        field.setToolTip(self.tr("Search names, emails and CV text as you type; Esc clears (Ctrl+F)"))
        field.setClearButtonEnabled(True)
        field.setMaximumWidth(320)
        field.setEnabled(False)
        self.ui.mainToolBar.addSeparator()
        self.ui.mainToolBar.addWidget(field)
        self.search_field = field
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        field.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.search_shortcut.activated.connect(self.focus_search)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), field, context=Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.clear_search)

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def clear_search(self) -> None:
        self.search_field.clear()
        self.run_search()  # at once: no need to wait for the typing delay

    def run_search(self) -> None:
        """Filter the table to the candidates matching the search field (on a worker thread)."""
        self.search_timer.stop()
        text = self.search_field.text().strip()
        if self._vault is None:
            return
        if not text:
            self._search = None
            self._apply_filter(None)
            return
        task = Task(search_candidates, self._vault, text)
        task.finished.connect(lambda ids, task=task: self._search_arrived(task, ids))
        task.failed.connect(lambda error, task=task: self._search_failed(task, error))
        self._search = task
        task.start()

    def _search_arrived(self, task: Task, ids: list[int]) -> None:
        if task is not self._search:  # locked, or the text changed meanwhile
            return
        self._search = None
        self._apply_filter(ids)

    def _search_failed(self, task: Task, error: BaseException) -> None:
        if task is not self._search:
            return
        self._search = None
        self.statusBar().showMessage(self.tr("Search failed: {reason}").format(reason=user_message(error)), 8000)

    def _apply_filter(self, ids: list[int] | None) -> None:
        if ids is None and not self.model.is_filtered:
            self.search_applied.emit(self.model.rowCount())
            return
        keep = self.selected_ids()
        self.model.set_filter(ids)
        self.select_ids(keep)
        self._show_count()
        self._update_actions()
        self.search_applied.emit(self.model.rowCount())

    def _show_count(self) -> None:
        if self.model.is_filtered:
            self.count_label.setText(self.tr("{shown} of {total} candidates").format(
                shown=self.model.rowCount(), total=self.model.total_count))
        else:
            self.count_label.setText(self.tr("Candidates: {count}").format(count=self.model.total_count))

    def _reset_search(self) -> None:
        """Forget the search text (it may be a name) and any search still running."""
        self._search = None
        if hasattr(self, "search_field"):
            self.search_timer.stop()
            self.search_field.blockSignals(True)
            self.search_field.clear()
            self.search_field.blockSignals(False)
            self.search_field.setEnabled(False)

    # --- backup and restore ----------------------------------------------------------------
    def _setup_backup_actions(self) -> None:
        self.backup_action = self._candidate_action(
            self.tr("&Back up now…"), self.tr("Make an encrypted backup of the vault in the backup folder"),
            None, self.back_up_now, "actionBackUpNow")
        self.restore_action = self._candidate_action(
            self.tr("&Restore from backup…"), self.tr("Replace the vault's contents with a backup; the current data is kept as a safety copy"),
            None, self.restore_from_backup, "actionRestoreBackup")
        menu = self.ui.menuVault
        menu.insertAction(self.ui.actionLock, self.backup_action)
        menu.insertAction(self.ui.actionLock, self.restore_action)
        menu.insertSeparator(self.ui.actionLock)
        self.preferences_action = self._candidate_action(
            self.tr("&Preferences…"), self.tr("Settings of this computer, such as the language"),
            None, self.open_preferences, "actionPreferences")
        self.preferences_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        menu.insertAction(self.ui.actionLock, self.preferences_action)
        menu.insertSeparator(self.ui.actionLock)
        self.preferences_dialog: PreferencesDialog | None = None

    def open_preferences(self) -> PreferencesDialog:
        """The Preferences dialog (works while locked: nothing in it comes from the vault)."""
        if self.preferences_dialog is not None:
            self.preferences_dialog.raise_()
            return self.preferences_dialog
        dialog = PreferencesDialog(self)
        dialog.accepted.connect(lambda dialog=dialog: dialog.changed and self.statusBar().showMessage(
            self.tr("The new language takes effect the next time you start RecruitDesk."), 15000))
        self._track(dialog, "preferences_dialog")
        dialog.open()
        return dialog

    def back_up_now(self) -> Task | None:
        """Write an encrypted backup (to the backup folder setting, else the vault's backups folder)."""
        if self._vault is None or self._backup is not None:
            return None
        task = Task(make_backup, self._vault)
        task.finished.connect(lambda path, task=task: self._backup_done(task, path))
        task.failed.connect(lambda error, task=task: self._backup_failed(task, error))
        self._backup = task
        self._update_actions()
        self.statusBar().showMessage(self.tr("Backing up the vault…"))
        task.start()
        return task

    def _backup_done(self, task: Task, path: Path) -> None:
        if task is not self._backup:
            return
        self._backup = None
        self._update_actions()
        self.statusBar().showMessage(self.tr("Backup saved to {path}").format(path=path), 15000)
        self.backup_made.emit(path)

    def _backup_failed(self, task: Task, error: BaseException) -> None:
        if task is not self._backup:
            return
        self._backup = None
        self._update_actions()
        self.statusBar().clearMessage()
        show_error(self, error)

    def restore_from_backup(self) -> Path | None:
        """Choose a backup, confirm, and ask the controller to restore it; returns the file."""
        if self._vault is None:
            return None
        backup = self.choose_backup(self, backup_folders(self._vault)[-1])
        if backup is None or not self.confirm_restore(self, backup):
            return None
        self.restore_requested.emit(backup)
        return backup

    def show_restoring(self) -> None:
        """The vault is being replaced: show nothing of it meanwhile."""
        self.show_locked()
        self.ui.emptyStateLabel.setText(self.tr("Restoring the backup…"))
        self.state_label.setText(self.tr("Restoring…"))

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
        for action in self.candidate_actions:
            action.setEnabled(selected)
        self.renew_menu.setEnabled(selected)
        self.register_request_action.setEnabled(unlocked)
        on_hold = {item.id for item in self.summary.on_hold} if self.summary else set()
        self.ui.actionReleaseHold.setEnabled(selected and idle and bool(on_hold & set(self.selected_ids())))
        self.ui.actionRetentionSettings.setEnabled(unlocked)
        if hasattr(self, "backup_action"):
            self.backup_action.setEnabled(unlocked and self._backup is None)
            self.restore_action.setEnabled(unlocked and self._backup is None)

    def current_id(self) -> int | None:
        """The candidate the Candidate menu acts on: the current row if selected, else the first."""
        ids = self.selected_ids()
        current = self.ui.candidateTable.currentIndex()
        if current.isValid() and current.row() < self.model.rowCount() and self.model.row_at(current.row()).id in ids:
            return self.model.row_at(current.row()).id
        return ids[0] if ids else None

    def _name_of(self, candidate_id: int) -> str:
        return self._selected_names([candidate_id])[0]

    # --- review decisions ------------------------------------------------------------------
    def open_facts(self, candidate_id: int | None = None) -> CandidateFactsDialog | None:
        """The facts dialog for ``candidate_id`` (default: the current row)."""
        if self._vault is None:
            return None
        candidate_id = candidate_id if candidate_id is not None else self.current_id()
        if candidate_id is None:
            return None
        self._close_dialog("facts_dialog")
        dialog = CandidateFactsDialog(self._vault, candidate_id, self._today, self, choose_evidence=self.choose_evidence)
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
        self.settings_saved.emit()
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

    # --- the Candidate menu ----------------------------------------------------------------
    def record_consent(self, candidate_id: int | None = None) -> ConsentDialog | None:
        """Record a consent with its proof (date, channel, wording, evidence)."""
        candidate_id = candidate_id if candidate_id is not None else self.current_id()
        if self._vault is None or candidate_id is None:
            return None
        self._close_dialog("consent_dialog")
        dialog = ConsentDialog(self._vault, candidate_id, self._name_of(candidate_id), self._today(), self,
                               choose_evidence=self.choose_evidence)
        dialog.purpose_combo.setCurrentIndex(max(0, dialog.purpose_combo.findData(RESERVE_PURPOSE)))
        dialog.saved.connect(lambda _view: self._done(self.tr("Consent recorded; the countdown was recomputed.")))
        self._track(dialog, "consent_dialog")
        dialog.open()
        return dialog

    def withdraw_consent(self, candidate_id: int | None = None) -> bool:
        """One click: withdraw the consent in force (asking which one if there are several)."""
        return self._with_consent(candidate_id, self._withdraw)

    def _withdraw(self, view: consents.ConsentView) -> None:
        if self._vault is None or self._change is not None:
            return
        self._start_change(consents.withdraw, self._vault, view.id, self._today(),
                           done=lambda _view: self._done(self.tr("Consent withdrawn; the countdown was recomputed.")))

    def ask_to_renew(self, language: str, candidate_id: int | None = None) -> bool:
        """Draft the renewal request in ``language`` (nl, fr, en) and open it in the mail program."""
        return self._with_consent(candidate_id, lambda view: self._renew(view, language))

    def _renew(self, view: consents.ConsentView, language: str) -> None:
        if self._vault is None:
            return
        task = Task(consents.renewal_mailto, self._vault, view.id, language)
        task.finished.connect(lambda url, task=task: self._renewal_drafted(task, url))
        task.failed.connect(lambda error, task=task: task is self._renewal and self._lookup_failed(error))
        self._renewal = task
        task.start()

    def _renewal_drafted(self, task: Task, url: str) -> None:
        if task is not self._renewal:
            return
        self._renewal = None
        if self.open_url(QUrl(url, QUrl.ParsingMode.StrictMode)):
            self.statusBar().showMessage(self.tr("The renewal request is open in your mail program; nothing was sent yet."), 8000)
        else:
            self.statusBar().showMessage(self.tr("No mail program could open the renewal request."), 8000)

    def _with_consent(self, candidate_id: int | None, then: Callable[[consents.ConsentView], None]) -> bool:
        """Look up the candidate's consents in force on a worker thread, choose one, act on it."""
        candidate_id = candidate_id if candidate_id is not None else self.current_id()
        if self._vault is None or candidate_id is None:
            return False
        name = self._name_of(candidate_id)
        task = Task(_consents_in_force, self._vault, candidate_id)
        task.finished.connect(lambda views, task=task: self._consents_arrived(task, views, name, then))
        task.failed.connect(lambda error, task=task: task is self._consent_lookup and self._lookup_failed(error))
        self._consent_lookup = task
        task.start()
        return True

    def _consents_arrived(self, task: Task, views: list[consents.ConsentView], name: str,
                          then: Callable[[consents.ConsentView], None]) -> None:
        if task is not self._consent_lookup:
            return
        self._consent_lookup = None
        if not views:
            self.statusBar().showMessage(self.tr("{name} has no consent in force.").format(name=name), 8000)
            return
        view = views[0] if len(views) == 1 else self.choose_consent(self, views, name)
        if view is not None and self._vault is not None:
            then(view)

    def _lookup_failed(self, error: BaseException) -> None:
        self._consent_lookup = None
        self._renewal = None
        show_error(self, error)

    def open_notes(self, candidate_id: int | None = None) -> CandidateNotesDialog | None:
        """The candidate's screening notes, with each note's history."""
        candidate_id = candidate_id if candidate_id is not None else self.current_id()
        if self._vault is None or candidate_id is None:
            return None
        self._close_dialog("notes_dialog")
        dialog = CandidateNotesDialog(self._vault, candidate_id, self._name_of(candidate_id), self)
        self._track(dialog, "notes_dialog")
        dialog.open()
        return dialog

    def export_candidate(self, candidate_id: int | None = None) -> ExportDialog | None:
        """Export one candidate's data; the dialog warns first that the files leave the vault."""
        candidate_id = candidate_id if candidate_id is not None else self.current_id()
        if self._vault is None or candidate_id is None:
            return None
        self._close_dialog("export_dialog")
        dialog = ExportDialog(self._vault, candidate_id, self._name_of(candidate_id), parent=self,
                              choose_folder=self.choose_export_folder)
        dialog.exported.connect(lambda result: self.statusBar().showMessage(
            self.tr("Exported to {path}. The export is outside the encrypted vault.").format(path=result.path), 12000))
        self._track(dialog, "export_dialog")
        dialog.open()
        return dialog

    def register_request(self, candidate_id: int | None = None, linked: bool = True) -> RegisterRequestDialog | None:
        """Register a data-subject request, linked to the selected candidate unless ``linked`` is False."""
        if self._vault is None:
            return None
        if linked:
            candidate_id = candidate_id if candidate_id is not None else self.current_id()
        name = self._name_of(candidate_id) if candidate_id is not None else None
        self._close_dialog("request_dialog")
        dialog = RegisterRequestDialog(self._vault, self._today(), candidate_id, name, self)
        dialog.saved.connect(self._request_registered)
        self._track(dialog, "request_dialog")
        dialog.open()
        return dialog

    def _request_registered(self, view: rr.RequestView) -> None:
        self.show_requests()
        self._requests_changed()
        self.statusBar().showMessage(self.tr("Request registered; answer by {date}.").format(date=view.deadline.isoformat()), 8000)

    def show_requests(self) -> None:
        self.requests_dock.show()
        self.requests_dock.raise_()

    def _requests_changed(self) -> None:
        if self.requests_panel is not None:
            self.requests_panel.refresh()
        self.refresh()

    def _make_requests_panel(self, vault: Vault) -> None:
        self._drop_requests_panel()
        panel = RequestsPanel(vault, self._today, window_days=REQUEST_WINDOW_DAYS)
        panel.confirm_erasure = lambda parent: self.confirm_erasure(parent)
        panel.choose_export_folder = lambda parent: self.choose_export_folder(parent)
        panel.changed.connect(self.refresh)
        panel.setAccessibleName(self.tr("Rights requests"))
        panel.table.horizontalHeader().setStretchLastSection(True)
        self.requests_panel = panel
        self.requests_dock.setWidget(panel)

    def _drop_requests_panel(self) -> None:
        """Close the panel's dialogs and delete it: no name stays behind a locked vault."""
        panel, self.requests_panel = self.requests_panel, None
        placeholder = QLabel(self.tr("The vault is locked."))
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.requests_dock.setWidget(placeholder)
        self.requests_dock.setWindowTitle(self.tr("Requests"))
        if panel is not None:
            for dialog in panel.findChildren(QDialog):
                dialog.reject()
            panel.table.clearContents()
            panel.setParent(None)
            panel.deleteLater()

    def _show_context_menu(self, position: QPoint) -> QMenu | None:
        table = self.ui.candidateTable
        index = table.indexAt(position)
        if self._vault is None or not index.isValid():
            return None
        if index.row() < self.model.rowCount() and self.model.row_at(index.row()).id not in self.selected_ids():
            self.select_ids([self.model.row_at(index.row()).id])
        if self.context_menu is not None:
            self.context_menu.deleteLater()
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Candidate actions"))
        for action in self.candidate_menu.actions():
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.ui.actionExtend, self.ui.actionLegalHold, self.ui.actionDelete):
            menu.addAction(action)
        self.context_menu = menu
        menu.popup(table.viewport().mapToGlobal(position))
        return menu

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
        for name in CANDIDATE_DIALOGS:
            self._close_dialog(name)
        menu, self.context_menu = self.context_menu, None
        if menu is not None:
            menu.close()
            menu.deleteLater()

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

    def licences_text(self) -> str:
        """Plain text for the about box's details: every bundled component and its licence."""
        from recruitdesk import licences

        lines = [self.tr("RecruitDesk is free software under the GPL-3.0-or-later licence."), "",
                 self.tr("Components bundled with RecruitDesk and their licences:")]
        for component in licences.components():
            if component.part_of:
                line = self.tr("{name} (inside {part_of}): {licence}")
            else:
                line = self.tr("{name} {version}: {licence}")
            lines.append("• " + line.format(name=component.name, version=component.version,
                                            part_of=component.part_of, licence=component.licence))
        return "\n".join(lines)

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About RecruitDesk"), self.about_text(), QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setDetailedText(self.licences_text())  # a scrollable text behind "Show Details..."
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

    def _setup_requests_dock(self) -> None:
        dock = QDockWidget(self.tr("Requests"), self)
        dock.setObjectName("requestsDock")
        dock.setAccessibleName(self.tr("Rights requests register"))
        dock.setAllowedAreas(self.dashboard_dock.allowedAreas())
        self.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, dock)
        self.tabifyDockWidget(self.dashboard_dock, dock)
        self.dashboard_dock.raise_()
        self.requests_dock = dock
        action = dock.toggleViewAction()
        action.setText(self.tr("Rights &requests"))
        action.setShortcut(QKeySequence("Ctrl+R"))
        action.setToolTip(self.tr("Show or hide the register of data-subject requests (Ctrl+R)"))
        self.requests_action = action
        self.dashboard.requests_activated.connect(self.show_requests)
        placeholder = QLabel(self.tr("The vault is locked."))
        dock.setWidget(placeholder)

    def _candidate_action(self, text: str, tip: str, shortcut: str | None, slot: Callable[[], object],
                          name: str, icon_text: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            tip = self.tr("{tip} ({shortcut})").format(
                tip=tip, shortcut=QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText))
        if icon_text:
            action.setIconText(icon_text)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _setup_candidate_menu(self) -> None:
        """The Candidate menu, its toolbar buttons, and the table's context menu."""
        menu = QMenu(self.tr("&Candidate"), self)
        menu.setObjectName("menuCandidate")
        menu.setAccessibleName(self.tr("Candidate"))
        self.consent_action = self._candidate_action(
            self.tr("Record &consent…"), self.tr("Record a consent of the selected candidate, with its wording and evidence"),
            "Ctrl+Shift+C", self.record_consent, "actionRecordConsent", self.tr("Consent…"))
        self.withdraw_action = self._candidate_action(
            self.tr("&Withdraw consent"), self.tr("Withdraw the selected candidate's consent now; the countdown is recomputed"),
            "Ctrl+Shift+W", self.withdraw_consent, "actionWithdrawConsent")
        self.renew_menu = QMenu(self.tr("Ask to re&new consent"), menu)
        self.renew_menu.setObjectName("menuRenewConsent")
        self.renew_menu.setToolTipsVisible(True)
        languages = {"nl": self.tr("In &Dutch"), "fr": self.tr("In &French"), "en": self.tr("In &English")}
        self.renew_actions: dict[str, QAction] = {}
        for language in RENEWAL_LANGUAGES:
            action = self._candidate_action(
                languages[language], self.tr("Draft a mail asking the candidate to renew the consent, in your mail program"),
                None, lambda language=language: self.ask_to_renew(language), f"actionRenew_{language}")
            self.renew_menu.addAction(action)
            self.renew_actions[language] = action
        self.notes_action = self._candidate_action(
            self.tr("Screening &notes…"), self.tr("Write, read and edit the selected candidate's screening notes"),
            "Ctrl+Shift+N", self.open_notes, "actionScreeningNotes", self.tr("Notes…"))
        self.export_action = self._candidate_action(
            self.tr("E&xport data…"), self.tr("Export the selected candidate's data; the export leaves the encrypted vault"),
            "Ctrl+Shift+X", self.export_candidate, "actionExportCandidate", self.tr("Export…"))
        self.request_action = self._candidate_action(
            self.tr("Register a rights &request…"), self.tr("Register an access, erasure or other request of the selected candidate"),
            "Ctrl+Shift+R", self.register_request, "actionRegisterCandidateRequest")
        menu.addAction(self.ui.actionRecordFacts)
        menu.addSeparator()
        menu.addAction(self.consent_action)
        menu.addAction(self.withdraw_action)
        menu.addMenu(self.renew_menu)
        menu.addSeparator()
        menu.addAction(self.notes_action)
        menu.addAction(self.export_action)
        menu.addAction(self.request_action)
        self.menuBar().insertMenu(self.ui.menuRetention.menuAction(), menu)
        self.candidate_menu = menu
        self.candidate_actions = [self.consent_action, self.withdraw_action, self.notes_action, self.export_action,
                                  self.request_action, *self.renew_actions.values()]

        requests_menu = QMenu(self.tr("Re&quests"), self)
        requests_menu.setObjectName("menuRequests")
        requests_menu.addAction(self.requests_action)
        self.register_request_action = self._candidate_action(
            self.tr("Register a request &without a candidate…"),
            self.tr("Register a request from someone who is not (yet) linked to a candidate"),
            None, lambda: self.register_request(linked=False), "actionRegisterRequest")
        requests_menu.addAction(self.register_request_action)
        self.menuBar().insertMenu(self.ui.menuHelp.menuAction(), requests_menu)
        self.requests_menu = requests_menu

        toolbar = self.ui.mainToolBar
        before = self.ui.actionDelete
        for action in (self.consent_action, self.notes_action, self.export_action):
            toolbar.insertAction(before, action)
        toolbar.insertSeparator(before)
        toolbar.insertAction(self.ui.actionRetentionSettings, self.requests_action)

        table = self.ui.candidateTable
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._show_context_menu)

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
