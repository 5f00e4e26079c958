"""The main window: the candidate table and the status bar, with the features composed around.

The window holds no feature logic. Each feature package installs its actions, menus, docks and
dialogs with one ``install(window)`` call; the window tells every feature when the vault opens
or closes and when the selection changes, and wires one feature's widget to another's action.
It never owns the vault (the controller opens, locks and closes it) and :meth:`show_locked`
drops every decrypted value it holds. Rows come from ``candidate_rows`` on a worker thread,
before anything else about a newly opened vault (:mod:`~recruitdesk.gui.shell.first_paint`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from recruitdesk.gui.audit import actions as audit_actions
from recruitdesk.gui.candidates import actions as candidate_actions
from recruitdesk.gui.candidates import columns, empty_states, new_candidate, table_selection
from recruitdesk.gui.candidates import search as candidate_search
from recruitdesk.gui.candidates.detail import install_candidate_detail
from recruitdesk.gui.candidates.table_model import NAME, CandidateTableModel
from recruitdesk.gui.exporting import actions as exporting_actions
from recruitdesk.gui.forms.ui_main_window import Ui_MainWindow
from recruitdesk.gui.importing.wiring import install_import
from recruitdesk.gui.requests import actions as requests_actions
from recruitdesk.gui.retention import actions as retention_actions
from recruitdesk.gui.retention.dialogs import DeleteConfirmer, confirm_deletion
from recruitdesk.gui.shell import about, window_layout
from recruitdesk.gui.shell.candidate_tools import install_candidate_menu
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.feature import ChangeRunner, Feature
from recruitdesk.gui.shell.first_paint import FirstPaint
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.gui.vacancies import actions as vacancy_actions
from recruitdesk.gui.blind_review import actions as blind_review_actions
from recruitdesk.gui.rejections import actions as rejection_actions
from recruitdesk.gui.vault import actions as vault_actions
from recruitdesk.clock import Clock
from recruitdesk.services.candidates import CandidateRow, candidate_rows
from recruitdesk.vault.keychain import Keychain
from recruitdesk.vault.vault import Vault

if TYPE_CHECKING:
    from recruitdesk.gui.team.panel import TeamPanel

TABLE_PAGE, MESSAGE_PAGE = 0, 1


class MainWindow(QMainWindow):
    """Emits ``lock_requested`` for the Lock action, ``rows_loaded(count)`` when the table is
    populated and ``closed`` when the user closes it (Quit). The features' own signals are on
    the feature objects (``window.retention.summary_shown``, ``window.vault_actions.backup_made``...)."""

    lock_requested = Signal()
    rows_loaded = Signal(int)
    closed = Signal()

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None,
                 confirm_delete: DeleteConfirmer = confirm_deletion) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.today = today
        self.features: list[Feature] = []
        self.vault: Vault | None = None
        self.team: TeamPanel | None = None  # a team vault's panel, while one is shown (``host_team``)
        self.load_rows: Callable[[Vault], list[CandidateRow]] = candidate_rows  # a head start's list first
        self._load: Task | None = None
        self._keep_selection: list[int] = []
        self._base_title = self.windowTitle()
        self.model = CandidateTableModel(today, self)
        self.changes = ChangeRunner(self)
        self.changes.busy_changed.connect(self.update_actions)
        self._setup_table()
        self.candidate_menu, self.candidate_tools = install_candidate_menu(self)
        self._setup_status_bar()
        # The features, in the order their menus, docks and toolbar buttons appear.
        self.retention = retention_actions.install(self, confirm_delete)
        self.requests = requests_actions.install(self)
        self.candidates = candidate_actions.install(self)
        self.exporting = exporting_actions.install(self)
        self.requests.add_candidate_action(self.candidate_menu)
        self.search = candidate_search.install(self)
        self.vault_actions = vault_actions.install(self)
        self.importer = install_import(self, lambda: self.vault)
        self.new_candidate = new_candidate.install(self)
        self.empty_states = empty_states.install(self)
        self.candidate_detail = install_candidate_detail(self, lambda: self.vault)
        self.vacancies = vacancy_actions.install(self, lambda parent: self.importer.choose_files(parent))
        self.rejections = rejection_actions.install(self)
        self.blind_review = blind_review_actions.install(self, self.vacancies.menu, lambda: self.vacancies.panel and self.vacancies.panel.current_id())
        self.audit = audit_actions.install(self)
        self.help = about.install(self)
        self._wire_features()
        self.first_paint = FirstPaint(self, self.retention.refresh)  # its list_shown: the summary is loading
        self.window_layout = window_layout.install(self, self.ui.candidateTable, self.ui.menuHelp.menuAction())
        self.ui.actionLock.triggered.connect(self.lock_requested)
        self.ui.actionQuit.triggered.connect(self.close)
        self.show_locked()

    def _wire_features(self) -> None:
        """Where one feature's widget leads to another feature's action."""
        self.tabifyDockWidget(self.retention.dock, self.requests.dock)
        self.tabifyDockWidget(self.requests.dock, self.vacancies.dock)
        self.retention.dock.raise_()
        self.retention.dashboard.activated.connect(self.candidates.open_facts)
        self.retention.dashboard.requests_activated.connect(self.requests.show)
        self.retention.summary_shown.connect(lambda _summary: self.requests.show_summary(self.retention.request_summary))
        self.requests.changed.connect(self.refresh)
        self.search.applied.connect(lambda _count: (self.show_count(), self.update_actions()))
        self.vacancies.import_requested.connect(lambda paths, vacancy: (self.team.cv_import if self.team else self.importer).open_dialog(paths, vacancy_id=vacancy))
        self.vacancies.vacancy_closed.connect(self.rejections.offer_drafts)
        self.candidate_detail.pane.vacancy_requested.connect(self.vacancies.show_application)

    # --- states ----------------------------------------------------------------------------
    def show_unlocking(self) -> None:
        self.show_locked()
        self.ui.emptyStateLabel.setText(self.tr("Unlocking the vault…"))
        self.state_label.setText(self.tr("Unlocking…"))

    def show_restoring(self) -> None:
        """The vault is being replaced: show nothing of it meanwhile."""
        self.show_locked()
        self.ui.emptyStateLabel.setText(self.tr("Restoring the backup…"))
        self.state_label.setText(self.tr("Restoring…"))

    def host_team(self, folder: Path, keychain_factory: Callable[[], Keychain], clock: Clock) -> TeamPanel:
        """Show a team vault's folder in this window (``gui.team.hosting``); ``open_team`` opens it."""
        from recruitdesk.gui.team import hosting  # loads the PostgreSQL driver: only for a team folder
        self.show_locked()
        return hosting.host(self, folder, keychain_factory, clock)

    def show_locked(self) -> None:
        """Forget every piece of candidate data the window shows or holds (a team's too)."""
        if self.team is not None:
            self.team.shut_down()
        self.vault = None
        self._load = None  # a load still running is ignored when it finishes
        self.changes.forget()
        self.first_paint.forget()
        for feature in self.features:
            feature.vault_closed()
        if getattr(self, "importer", None) is not None:
            self.importer.close()
        if getattr(self, "candidate_detail", None) is not None:
            self.candidate_detail.clear()
        self._keep_selection = []
        self.model.clear()
        self.ui.candidateTable.clearSelection()
        self.count_label.clear()
        self.folder_label.clear()
        self.state_label.setText(self.tr("Locked"))
        self.ui.emptyStateLabel.setText(self.tr("The vault is locked."))
        self.ui.contentStack.setCurrentIndex(MESSAGE_PAGE)
        self.ui.actionLock.setEnabled(False)
        self.update_actions()

    def show_vault(self, vault: Vault, folder_text: str | None = None) -> None:
        """Show an unlocked vault and start loading its candidates."""
        self.vault = vault
        self.folder_label.setText(folder_text or str(vault.folder))
        self.folder_label.setToolTip(str(vault.folder))
        self.state_label.setText(self.tr("Unlocked"))
        self.ui.emptyStateLabel.setText(self.tr("Loading candidates…"))
        self.ui.actionLock.setEnabled(True)
        for feature in self.features:
            feature.vault_opened(vault)
        self.update_actions()
        self.first_paint.expect()
        self.reload()  # the summary follows the list's first paint

    def refresh(self) -> None:
        """Reload the table and the dashboard (after a decision, a new policy, a new day)."""
        self.reload()
        self.retention.refresh()

    def done(self, message: str) -> None:
        """A decision was saved: say so in the status bar and show its effect."""
        self.statusBar().showMessage(message, 8000)
        self.refresh()

    def set_base_title(self, title: str) -> None:
        """The window title without the count badge (set by the controller)."""
        self._base_title = title
        self.show_attention(self.retention.attention_count)

    def show_attention(self, count: int) -> None:
        """The count needing attention in the title: "(3) RecruitDesk"."""
        self.setWindowTitle(self.tr("({count}) {title}").format(count=count, title=self._base_title) if count else self._base_title)

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        if self.vault is None:
            return
        if self._load is None:
            self._keep_selection = self.selected_ids() or self._keep_selection
        task = Task(self.load_rows, self.vault)
        task.finished.connect(lambda rows, task=task: self._rows_arrived(task, rows))
        task.failed.connect(lambda error, task=task: self._load_failed(task, error))
        self._load = task
        task.start()

    def _rows_arrived(self, task: Task, rows: list[CandidateRow]) -> None:
        if task is not self._load:  # locked, or reloaded, meanwhile
            return
        self._load = None
        header = self.ui.candidateTable.horizontalHeader()
        self.model.set_rows(rows, header.sortIndicatorSection(), header.sortIndicatorOrder())  # sorted once
        self.ui.candidateTable.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        keep, self._keep_selection = self._keep_selection, []
        self.select_ids(keep)
        self.show_count()
        if self.model.is_filtered:  # new or changed candidates may match the search now
            self.search.run()
        self.ui.contentStack.setCurrentIndex(TABLE_PAGE)  # or the empty state's message, on rows_loaded
        self.first_paint.load_ended()
        self.rows_loaded.emit(len(rows))

    def _load_failed(self, task: Task, error: BaseException) -> None:
        if task is not self._load:
            return
        self._load = None
        self.ui.emptyStateLabel.setText(user_message(error))
        self.ui.contentStack.setCurrentIndex(MESSAGE_PAGE)
        self.first_paint.load_ended()

    def show_count(self) -> None:
        if self.model.is_filtered:
            self.count_label.setText(self.tr("{shown} of {total} candidates").format(
                shown=self.model.rowCount(), total=self.model.total_count))
        else:
            self.count_label.setText(self.tr("Candidates: {count}").format(count=self.model.total_count))

    # --- selection -------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """The candidates selected in the table, top to bottom."""
        selection = self.ui.candidateTable.selectionModel()
        rows = sorted(index.row() for index in selection.selectedRows())
        return [self.model.row_at(row).id for row in rows if row < self.model.rowCount()]

    def select_ids(self, ids: list[int]) -> None:
        """Select these candidates in the table (and the dashboard) and scroll to the first."""
        table_selection.select_ids(self.ui.candidateTable, self.model, ids)

    def clear_selection(self) -> None:
        self._keep_selection = []
        self.ui.candidateTable.clearSelection()

    def current_id(self) -> int | None:
        """The candidate the Candidate menu acts on: the current row if selected, else the first."""
        ids = self.selected_ids()
        current = self.ui.candidateTable.currentIndex()
        if current.isValid() and current.row() < self.model.rowCount() and self.model.row_at(current.row()).id in ids:
            return self.model.row_at(current.row()).id
        return ids[0] if ids else None

    def names_of(self, ids: list[int]) -> list[str]:
        rows = [self.model.row_of(candidate_id) for candidate_id in ids]
        return [self.model.row_at(row).name if row is not None else str(candidate_id) for candidate_id, row in zip(ids, rows, strict=True)]

    def name_of(self, candidate_id: int) -> str:
        return self.names_of([candidate_id])[0]

    def update_actions(self) -> None:
        for feature in self.features:
            feature.update_actions()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        super().closeEvent(event)
        if event.isAccepted() and self.team is not None:
            self.team.shut_down()
        if event.isAccepted():
            self.closed.emit()

    # --- setup -----------------------------------------------------------------------------
    def _setup_table(self) -> None:
        table = self.ui.candidateTable
        table.setModel(self.model)
        table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        columns.install(table, self.model)  # Source, Status and headers whole in every language
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.selectionModel().selectionChanged.connect(self.update_actions)
        # Double-click or Enter, not ``activated`` (a single click on single-click desktops).
        table.doubleClicked.connect(lambda index: self.candidates.open_facts(self.model.row_at(index.row()).id))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), table, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self.candidates.open_facts())

    def _setup_status_bar(self) -> None:
        names = (self.tr("Vault folder"), self.tr("Number of candidates"), self.tr("Vault state"))
        self.folder_label, self.count_label, self.state_label = labels = [QLabel(accessibleName=name) for name in names]
        for index, label in enumerate(labels):
            label.setContentsMargins(6, 0, 6, 0)
            self.statusBar().addWidget(label, 1) if index == 0 else self.statusBar().addPermanentWidget(label)
