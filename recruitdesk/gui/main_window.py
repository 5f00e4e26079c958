"""The main window: the candidate list, the vault's state, and the Lock action.

The window shows what it is given and never owns the vault: the application controller opens,
locks and closes it. Rows come from ``services.candidates.candidate_rows`` on a worker thread;
:meth:`show_locked` drops every decrypted value the window holds.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QMessageBox, QWidget

from recruitdesk import __version__
from recruitdesk.gui.candidate_table_model import EMAIL, NAME, SOURCE, CandidateTableModel
from recruitdesk.gui.error_reporting import user_message
from recruitdesk.gui.forms.ui_main_window import Ui_MainWindow
from recruitdesk.gui.tasks import Task
from recruitdesk.services.candidates import CandidateRow, candidate_rows
from recruitdesk.vault.vault import Vault

TABLE_PAGE, MESSAGE_PAGE = 0, 1


class MainWindow(QMainWindow):
    """Emits ``lock_requested`` for the Lock action, ``rows_loaded(count)`` when populated and
    ``closed`` when the user closes it (Quit)."""

    lock_requested = Signal()
    rows_loaded = Signal(int)
    closed = Signal()

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._load: Task | None = None
        self._vault: Vault | None = None
        self.model = CandidateTableModel(today, self)
        self._setup_table()
        self._setup_status_bar()
        self.ui.actionLock.triggered.connect(self.lock_requested)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self.show_about)
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
        self.model.clear()
        self.ui.candidateTable.clearSelection()
        self.count_label.clear()
        self.folder_label.clear()
        self.state_label.setText(self.tr("Locked"))
        self.ui.emptyStateLabel.setText(self.tr("The vault is locked."))
        self.ui.contentStack.setCurrentIndex(MESSAGE_PAGE)
        self.ui.actionLock.setEnabled(False)

    def show_vault(self, vault: Vault, folder_text: str | None = None) -> None:
        """Show an unlocked vault and start loading its candidates."""
        self._vault = vault
        self.folder_label.setText(folder_text or str(vault.folder))
        self.folder_label.setToolTip(str(vault.folder))
        self.state_label.setText(self.tr("Unlocked"))
        self.ui.emptyStateLabel.setText(self.tr("Loading candidates…"))
        self.ui.actionLock.setEnabled(True)
        self.reload()

    def reload(self) -> None:
        if self._vault is None:
            return
        task = Task(candidate_rows, self._vault)
        task.finished.connect(lambda rows, task=task: self._rows_arrived(task, rows))
        task.failed.connect(lambda error, task=task: self._load_failed(task, error))
        self._load = task
        task.start()

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
        widths = {NAME: 240, EMAIL: 300, SOURCE: 120}
        for column, width in widths.items():
            header.resizeSection(column, width)
        for column in range(3, self.model.columnCount()):
            header.resizeSection(column, 140)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)

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
