"""The Audit window for the firm's DPO, and the suppression list view.

The Audit window checks the hash chain when it opens (intact, or the first entry edited,
removed or reordered), lists entries newest first filtered by date, action and candidate, and
exports them to .xlsx. It reads through a source (``audit_source``): a local vault's trail or a
team's audit log, where each entry names the member who acted. The suppression list shows counts
per basis and each entry's request and date, never an identity, and removes an entry with a
written reason. Every call into the vault runs on a worker thread (``gui.shell.tasks.Task``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from recruitdesk import labels
from recruitdesk.dates import short_date, short_datetime, qt_short_format
from recruitdesk.gui.audit.audit_source import ROW_LIMIT, AuditSource, AuditView
from recruitdesk.gui.audit.suppression_source import SuppressionSource
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.services import audit_trail, suppression

FileChooser = Callable[[QWidget, str], "str | None"]
BROKEN_STYLE = "color: #b00020; font-weight: bold;"
NUMBER, WHEN, ACTION, CANDIDATE, MEMBER, DETAILS = range(6)  # Member shown where entries name one (a team)


def choose_export_file(parent: QWidget, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("AuditWindow", "Export the audit trail"), suggested,
                                          QCoreApplication.translate("AuditWindow", "Excel workbooks (*.xlsx)"))
    return path or None


class AuditWindow(QDialog):
    """Verify, filter and export the audit trail; ``loaded`` after each load (or failure),
    ``failed`` with the sentence shown when a load or an export fails, ``exported`` with the file written."""

    loaded = Signal()
    failed = Signal(str)
    exported = Signal(str)

    def __init__(self, source: AuditSource, parent: QWidget | None = None, choose_file: FileChooser = choose_export_file) -> None:
        super().__init__(parent)
        self.source = source
        self.desk = source.desk
        self._choose_file = choose_file
        self._task: Task | None = None
        self.view: AuditView | None = None
        self.setObjectName("auditWindow")
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(980, 560)

        self.verification_label = QLabel(self.tr("Checking the audit trail…"))
        self.verification_label.setObjectName("verificationLabel")
        self.verification_label.setWordWrap(True)
        self.verification_label.setAccessibleName(self.tr("Audit trail verification"))
        self.scope_label = QLabel()
        self.scope_label.setObjectName("scopeLabel")
        self.scope_label.setWordWrap(True)
        self.scope_label.hide()

        self.date_check = QCheckBox(self.tr("&Between"))
        day = source.today()
        today = QDate(day.year, day.month, day.day)
        self.since_edit = QDateEdit(today.addMonths(-1))
        self.until_edit = QDateEdit(today)
        for edit, name in ((self.since_edit, self.tr("From date")), (self.until_edit, self.tr("Until date"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(qt_short_format())
            edit.setAccessibleName(name)
        self.action_combo = QComboBox()
        self.action_combo.setAccessibleName(self.tr("Action"))
        self.action_combo.addItem(self.tr("All actions"), None)
        self.candidate_edit = QLineEdit()
        self.candidate_edit.setPlaceholderText(self.tr("random id") if source.names_members else self.tr("number or random id"))
        self.candidate_edit.setAccessibleName(self.tr("Candidate"))
        self.apply_button = QPushButton(self.tr("&Show"))
        self.apply_button.setObjectName("applyButton")
        self.apply_button.clicked.connect(self.refresh)
        self.candidate_edit.returnPressed.connect(self.refresh)

        filters = QFormLayout()
        dates = QHBoxLayout()
        dates.addWidget(self.date_check)
        dates.addWidget(self.since_edit)
        dates.addWidget(QLabel(self.tr("and")))
        dates.addWidget(self.until_edit)
        dates.addStretch(1)
        filters.addRow(self.tr("Date:"), dates)
        action_label = QLabel(self.tr("&Action:"))
        action_label.setBuddy(self.action_combo)
        filters.addRow(action_label, self.action_combo)
        candidate_label = QLabel(self.tr("&Candidate:"))
        candidate_label.setBuddy(self.candidate_edit)
        candidate_row = QHBoxLayout()
        candidate_row.addWidget(self.candidate_edit)
        candidate_row.addWidget(self.apply_button)
        filters.addRow(candidate_label, candidate_row)

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.setHorizontalHeaderLabels([self.tr("Entry"), self.tr("Date and time"), self.tr("Action"),
                                              self.tr("Candidate (random id)"), self.tr("Member"), self.tr("Details")])
        self.table.setColumnHidden(MEMBER, not source.names_members)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.count_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet(BROKEN_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("&Export to Excel…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.verification_label)
        layout.addWidget(self.scope_label)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.refresh()

    def current_filter(self) -> audit_trail.AuditFilter:
        since = until = None
        if self.date_check.isChecked():
            since = self.since_edit.date().toPython()
            until = self.until_edit.date().toPython()
        return audit_trail.AuditFilter(since=since, until=until, action=self.action_combo.currentData(),
                                       candidate=self.candidate_edit.text().strip() or None)

    def refresh(self) -> None:
        if self._task is not None:
            return
        self._set_busy(True)
        task = self.source.load_task(self.current_filter())
        task.finished.connect(self._loaded)
        task.failed.connect(self._failed)
        self._task = task
        task.start()

    def _loaded(self, view: AuditView) -> None:
        self._task = None
        self.view = view
        self.verification_label.setText(view.verification)
        self.verification_label.setStyleSheet("" if view.intact else BROKEN_STYLE)
        self.scope_label.setText(view.scope or "")
        self.scope_label.setVisible(view.scope is not None)
        chosen = self.action_combo.currentData()
        self.action_combo.blockSignals(True)
        self.action_combo.clear()
        self.action_combo.addItem(self.tr("All actions"), None)
        for code, label in view.actions:
            self.action_combo.addItem(label, code)
        self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(chosen)))
        self.action_combo.blockSignals(False)
        self.table.setRowCount(len(view.lines))
        for row, line in enumerate(view.lines):
            values = [line.number, short_datetime(line.at, seconds=True), line.action, line.candidate, line.member, line.details]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        text = self.tr("%n entries shown, newest first.", "", len(view.lines))
        if len(view.lines) >= ROW_LIMIT:
            text += " " + self.tr("Only the newest {limit} are shown; the export holds them all.").format(limit=ROW_LIMIT)
        self.count_label.setText(text)
        self.error_label.hide()
        self._set_busy(False)
        self.loaded.emit()

    def export(self) -> None:
        if self._task is not None:
            return
        path = self._choose_file(self, self.source.default_name())
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self._set_busy(True)
        task = self.source.export_task(Path(path), self.current_filter())
        task.finished.connect(self._exported)
        task.failed.connect(self._failed)
        self._task = task
        task.start()

    def _exported(self, path) -> None:
        self._task = None
        self._set_busy(False)
        self.count_label.setText(self.tr("Audit trail exported to {path}").format(path=path))
        self.exported.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        text = user_message(error)
        self.error_label.setText(text)
        self.error_label.show()
        self.failed.emit(text)
        self.loaded.emit()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.apply_button, self.export_button, self.action_combo, self.candidate_edit, self.date_check):
            widget.setEnabled(not busy)


class SuppressionListDialog(QDialog):
    """Counts per basis and entries by request and date; remove one with a written reason.

    Reads and writes through a source (``suppression_source``): a local vault's or a team's, so
    one dialog serves both. Removed entries stay in the list's history and are shown on request,
    with the day they were removed (and, in a team, by whom) and the reason as the row's tooltip."""

    loaded = Signal()
    removed = Signal(object)  # the entry's id: a number in a local vault, an opaque id in a team

    def __init__(self, source: SuppressionSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.desk = self.source.desk
        self._task: Task | None = None
        self.setObjectName("suppressionListDialog")
        self.setWindowTitle(self.tr("Suppression list"))
        self.resize(760, 420)
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("suppressionTable")
        self.table.setAccessibleName(self.tr("Suppression list entries"))
        self.table.setHorizontalHeaderLabels([self.tr("Entry"), self.tr("Identifier"), self.tr("Basis"), self.tr("Request"), self.tr("Since"),
                                              self.tr("Removed")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.show_removed = QCheckBox(self.tr("&Show removed entries"))
        self.show_removed.setObjectName("showRemovedCheck")
        self.show_removed.toggled.connect(lambda _checked: self.refresh())
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("Why the selected entry is removed (required)"))
        self.reason_edit.textChanged.connect(self._update_buttons)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_edit)
        self.remove_button = QPushButton(self.tr("&Remove from the list"))
        self.remove_button.setObjectName("removeButton")
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(reason_label)
        row.addWidget(self.reason_edit, 1)
        row.addWidget(self.remove_button)
        self.read_only_label = QLabel(self.tr("Only an administrator of the team removes an entry from the list."))
        self.read_only_label.setObjectName("readOnlyLabel")
        self.read_only_label.setWordWrap(True)
        may_remove = self.source.may_remove()
        for widget in (reason_label, self.reason_edit, self.remove_button):
            widget.setVisible(may_remove)
        self.read_only_label.setVisible(not may_remove)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(BROKEN_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("People who objected, asked for erasure or must not be contacted again. Only keyed "
                                        "fingerprints are kept, so the list shows why each entry exists, never whose it is.")))
        layout.addWidget(self.counts_label)
        layout.addWidget(self.show_removed)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._update_buttons()
        self.refresh()

    def refresh(self) -> None:
        task = self.source.list_task(self.show_removed.isChecked())
        task.finished.connect(self._loaded)
        task.failed.connect(self._failed)
        self._task = task
        self._update_buttons()
        task.start()

    def _loaded(self, listing: suppression.SuppressionList) -> None:
        self._task = None
        counts = listing.counts()
        self.counts_label.setText(self.tr("{objection} from objections, {erasure} from erasure requests, {manual} marked by a recruiter.").format(
            objection=counts["objection"], erasure=counts["erasure_request"], manual=counts["manual"]))
        kinds = {"email": self.tr("Email address"), "phone": self.tr("Phone number"), "national_number": self.tr("National number")}
        self.table.setRowCount(len(listing.rows))
        for row, entry in enumerate(listing.rows):
            values = [str(entry.id) if isinstance(entry.id, int) else str(row + 1), kinds.get(entry.kind, entry.kind),
                      labels.label("suppression_basis", entry.basis),
                      self.tr("Request {id}").format(id=entry.request_id) if entry.request_id else "",
                      short_date(entry.basis_on), self._removed_text(entry)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                item.setData(Qt.ItemDataRole.UserRole + 1, entry.removed)
                if entry.removal_reason:
                    item.setToolTip(entry.removal_reason)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()
        self.loaded.emit()

    def _removed_text(self, entry: suppression.SuppressionRow) -> str:
        if entry.removed_on is None:
            return ""
        if entry.removed_by:
            return self.tr("Removed on {day} by {member}").format(day=short_date(entry.removed_on), member=entry.removed_by)
        return self.tr("Removed on {day}").format(day=short_date(entry.removed_on))

    def selected_entry(self) -> int | UUID | None:
        """The selected entry's id, if it is still on the list (a removed one is history)."""
        items = self.table.selectedItems()
        if not items or items[0].data(Qt.ItemDataRole.UserRole + 1):
            return None
        return items[0].data(Qt.ItemDataRole.UserRole)

    def remove_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or self._task is not None or not self.source.may_remove():
            return
        task = self.source.remove_task(entry, self.reason_edit.text())
        task.finished.connect(lambda _result, entry=entry: self._removed(entry))
        task.failed.connect(self._failed)
        self._task = task
        self._update_buttons()
        task.start()

    def _removed(self, entry: int | UUID) -> None:
        self._task = None
        self.reason_edit.clear()
        self.error_label.hide()
        self.removed.emit(entry)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.error_label.setText(user_message(error))
        self.error_label.show()
        self._update_buttons()
        self.loaded.emit()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self._task is None and self.source.may_remove() and self.selected_entry() is not None
                                      and bool(self.reason_edit.text().strip()))
