"""The register of data-subject requests as a panel: what is due, what is overdue, and actions.

A firm receives a handful of requests a year, so a plain ``QTableWidget`` is enough (the
100k-row rule in DESIGN.md is about the candidate table). The panel reads through a source
(``source.RequestsSource``): a local vault's (``services.rights_requests``, read at once) or a
team's (``gui.team.requests_source``, read on a worker), so one panel serves both kinds of vault.
The headline uses the same sentence the banner shows next to the retention alerts. The panel only
opens the source's dialogs; every rule lives in the service. A user who may only read (a team's
DPO) sees the buttons disabled, with the reason below them and in their tooltips. A shared register
(a team's) says above the list which requests the user sees, who recorded each, and has Reload; a
read that fails (the server stopped) is said in words above the list, which keeps what it showed.
Each line says how the request ended; a person who is not a candidate's e-mail address and phone
number are in the tooltip of their name.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recruitdesk import labels
from recruitdesk.dates import short_date
from recruitdesk.gui.exporting.confirmation import ExportDoneBox
from recruitdesk.gui.exporting.dialog import ExportDialog, choose_export_folder
from recruitdesk.gui.requests.source import LocalRequestsSource, RequestLine, RequestsRead, RequestsSource
from recruitdesk.gui.shell.error_reporting import show_error, user_message
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.vault.vault import Vault

OVERDUE_COLOUR = QColor("#b00020")
OVERDUE_BACKGROUND = QColor("#fde7ea")
NUMBER, KIND, NAME, RECEIVED, ANSWER_BY, OUTCOME, RECORDED_BY = range(7)
DEFAULT_WINDOW_DAYS = 7


class RequestsPanel(QWidget):
    """Lists requests (open ones by default), most urgent first; ``changed`` after any action, ``loaded`` after
    each read, ``failed_to_load`` with the sentence shown when a read fails, ``dialog_opened`` with each dialog."""

    changed = Signal()
    summary_read = Signal(object)  # the RequestSummary of each read
    loaded = Signal()
    failed_to_load = Signal(str)
    dialog_opened = Signal(object)

    def __init__(self, vault: Vault | RequestsSource, today: Callable[[], dt.date], parent: QWidget | None = None,
                 window_days: int = DEFAULT_WINDOW_DAYS) -> None:
        super().__init__(parent)
        self.source: RequestsSource = LocalRequestsSource(vault, today, self) if isinstance(vault, Vault) else vault
        self._today = today
        self._window_days = window_days
        self._lines: list[RequestLine] = []
        self._serial = 0
        self.closed = False
        self.choose_export_folder = choose_export_folder
        self.open_url = QDesktopServices.openUrl  # tests record the URL instead
        self.done_box: ExportDoneBox | None = None
        self.dialog: QDialog | None = None  # the last dialog opened here (window-modal: one at a time)
        self.headline_label = QLabel()
        self.headline_label.setWordWrap(True)
        self.scope_label = QLabel()
        self.scope_label.setWordWrap(True)
        self.scope_label.hide()
        self.problem_label = inline_error_label()
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.reason_label.hide()
        self.show_done_box = QCheckBox(self.tr("Show &completed requests"))
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Request"), self.tr("Candidate or requester"), self.tr("Received"),
                                              self.tr("Answer by"), self.tr("Outcome"), self.tr("Recorded by")])
        self.table.setColumnHidden(RECORDED_BY, not self.source.shared)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Data-subject requests"))
        self.register_button = QPushButton(self.tr("&Register…"))
        self.extend_button = QPushButton(self.tr("E&xtend…"))
        self.complete_button = QPushButton(self.tr("C&omplete…"))
        self.export_button = QPushButton(self.tr("Ex&port data…"))
        self.reload_button = QPushButton(self.tr("Re&load"))
        buttons = QHBoxLayout()
        for button in (self.register_button, self.extend_button, self.complete_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_done_box)
        buttons.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline_label)
        layout.addWidget(self.scope_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.reason_label)

        self.register_button.clicked.connect(lambda: self.register_request())
        self.extend_button.clicked.connect(self.extend_selected)
        self.complete_button.clicked.connect(self.complete_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.reload_button.clicked.connect(self.refresh)
        self.show_done_box.toggled.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.source.changed.connect(self.refresh)
        if not self.source.exports:
            self.export_button.hide()
        if not self.source.shared:  # a local vault's register is read at once, always as it is
            self.reload_button.hide()
        self.refresh()

    # --- data --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the register again; a team's arrives later (the latest read wins), a local one now."""
        if self.closed:
            return
        self._serial += 1
        serial = self._serial
        try:
            self.source.read(not self.show_done_box.isChecked(), self._today(), self._window_days,
                             lambda read: self._read(serial, read), lambda error: self._failed(serial, error))
        except Exception as error:  # shown as one sentence, never a traceback
            show_error(self, error)

    def _read(self, serial: int, read: RequestsRead) -> None:
        if serial != self._serial or self.closed:
            return
        self._lines = read.lines
        headline = read.summary.headline()
        self.headline_label.setText(headline or self.tr("No request must be answered within {days} days.").format(days=self._window_days))
        self.scope_label.setText(read.scope)
        self.scope_label.setVisible(bool(read.scope))
        self.problem_label.hide()
        self.table.setRowCount(len(self._lines))
        for row, line in enumerate(self._lines):
            self._fill(row, line)
        self._update_buttons()
        self.summary_read.emit(read.summary)
        self.loaded.emit()

    def _fill(self, row: int, line: RequestLine) -> None:
        if line.is_open:
            answer = short_date(line.deadline)
            if line.extended:
                answer = self.tr("{date} (extended)").format(date=answer)
            if line.overdue:
                answer = self.tr("{date} (overdue)").format(date=answer)
        else:
            answer = self.tr("completed on {date}").format(date=short_date(line.completed_on))
        cells = [line.number, labels.label("request_kind", line.kind), line.name, short_date(line.received_on), answer, line.outcome,
                 line.recorded_by]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == NUMBER:
                item.setData(Qt.ItemDataRole.UserRole, line.key)
            if column == NAME and line.details:
                item.setToolTip(line.details)
            if line.overdue:
                item.setForeground(QBrush(OVERDUE_COLOUR))
                item.setBackground(QBrush(OVERDUE_BACKGROUND))
            self.table.setItem(row, column, item)

    def _failed(self, serial: int, error: BaseException) -> None:
        """A read on a worker failed (a team's server gone): said in words above the list, which is kept."""
        if serial == self._serial and not self.closed:
            text = user_message(error)
            self.problem_label.setText(text)
            self.problem_label.show()
            self.failed_to_load.emit(text)

    def selected_line(self) -> RequestLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self._lines[rows[0].row()] if rows and rows[0].row() < len(self._lines) else None

    def selected(self) -> object | None:
        """The selected request as its source holds it (a local ``RequestView``, a team's ``RegisterRow``)."""
        line = self.selected_line()
        return line.record if line is not None else None

    def _update_buttons(self) -> None:
        line = self.selected_line()
        reason = self.source.read_only_reason()
        writes = not reason
        open_ = line is not None and line.is_open
        self.register_button.setEnabled(writes)
        self.extend_button.setEnabled(writes and open_ and line is not None and self.source.may_extend(line, self._today()))
        self.complete_button.setEnabled(writes and open_)
        self.export_button.setEnabled(open_ and line is not None and self.source.may_export(line))
        for button in (self.register_button, self.extend_button, self.complete_button):
            button.setToolTip(reason)
        self.reason_label.setText(reason)
        self.reason_label.setVisible(bool(reason))

    def shut_down(self) -> None:
        """Lock: close the dialogs opened here and forget every line (no name stays behind)."""
        self.closed = True
        self._serial += 1
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        self._lines = []
        self.table.clearContents()
        self.table.setRowCount(0)
        self.headline_label.clear()
        self.scope_label.clear()
        self.problem_label.clear()

    # --- actions -----------------------------------------------------------------------------
    def _after(self, dialog: QDialog | None) -> QDialog | None:
        if dialog is not None:
            self.dialog = dialog
            dialog.saved.connect(lambda *_saved: (self.refresh(), self.changed.emit()))  # type: ignore[attr-defined]
            dialog.open()
            self.dialog_opened.emit(dialog)
        return dialog

    def register_request(self, candidate_id: int | None = None, name: str | None = None, linked: bool = True) -> QDialog | None:
        """Register…: a local vault's opens its dialog without a candidate; a team's about the candidate selected in
        its list, if any. ``linked=False``: about a person who is not a candidate (Register a request without a candidate…)."""
        return self._after(self.source.register(self, candidate_id, name, linked))

    def extend_selected(self) -> QDialog | None:
        line = self.selected_line()
        return self._after(self.source.extend(self, line)) if line is not None else None

    def complete_selected(self) -> QDialog | None:
        line = self.selected_line()
        return self._after(self.source.complete(self, line)) if line is not None else None

    def export_selected(self) -> ExportDialog | None:
        line = self.selected_line()
        dialog = self.source.export(self, line, self.choose_export_folder) if line is not None and self.source.exports else None
        if line is None or dialog is None:
            return None
        dialog.exported.connect(lambda result: self._exported(result, line.name))
        dialog.open()
        return dialog

    def _exported(self, result, name: str) -> None:
        """Where the export is, with "Show in folder" (as after Candidate > Export data)."""
        box = ExportDoneBox(result, name, self, open_url=lambda url: self.open_url(url))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.done_box = box
        box.open()
