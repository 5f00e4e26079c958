"""The register of data-subject requests as a panel: what is due, what is overdue, and actions.

A firm receives a handful of requests a year, so a plain ``QTableWidget`` filled from
``services.rights_requests.list_requests`` is enough (the 100k-row rule in DESIGN.md is about
the candidate table). The headline uses the same sentence the banner shows next to the
retention alerts. The panel only opens dialogs; every rule lives in the service.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from recruitdesk.gui.requests.dialogs import CompleteRequestDialog, ExtendRequestDialog, RegisterRequestDialog, confirm_erasure
from recruitdesk.gui.shell.error_reporting import show_error
from recruitdesk.services import rights_requests as rr
from recruitdesk.vault.vault import Vault

OVERDUE_COLOUR = QColor("#b00020")
DEFAULT_WINDOW_DAYS = 7


class RequestsPanel(QWidget):
    """Lists requests (open ones by default), most urgent first; ``changed`` after any action."""

    changed = Signal()

    def __init__(self, vault: Vault, today: Callable[[], dt.date], parent: QWidget | None = None,
                 window_days: int = DEFAULT_WINDOW_DAYS) -> None:
        super().__init__(parent)
        self._vault = vault
        self._today = today
        self._window_days = window_days
        self._views: list[rr.RequestView] = []
        self.confirm_erasure = confirm_erasure  # injectable, so tests pre-answer the confirmation
        self.choose_export_folder = choose_export_folder
        self.open_url = QDesktopServices.openUrl  # tests record the URL instead
        self.done_box: ExportDoneBox | None = None
        self.headline_label = QLabel()
        self.headline_label.setWordWrap(True)
        self.show_done_box = QCheckBox(self.tr("Show &completed requests"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Request"), self.tr("Candidate"), self.tr("Received"), self.tr("Answer by")])
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
        buttons = QHBoxLayout()
        for button in (self.register_button, self.extend_button, self.complete_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_done_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.register_button.clicked.connect(lambda: self.register_request())
        self.extend_button.clicked.connect(self.extend_selected)
        self.complete_button.clicked.connect(self.complete_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.show_done_box.toggled.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    # --- data --------------------------------------------------------------------------------
    def refresh(self) -> None:
        today = self._today()
        try:
            self._views = rr.list_requests(self._vault, open_only=not self.show_done_box.isChecked())
            headline = rr.summarise(self._vault, today, self._window_days).headline()
        except Exception as error:  # shown as one sentence, never a traceback
            show_error(self, error)
            return
        self.headline_label.setText(headline or self.tr("No request must be answered within {days} days.").format(days=self._window_days))
        self.table.setRowCount(len(self._views))
        for row, view in enumerate(self._views):
            if view.is_open:
                answer = short_date(view.deadline)
                if view.overdue_on(today):
                    answer = self.tr("{date} (overdue)").format(date=answer)
            else:
                answer = self.tr("completed on {date}").format(date=short_date(view.completed_on))
            cells = [str(view.id), labels.label("request_kind", view.kind), view.candidate_name or "-",
                     short_date(view.received_on), answer]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, view.id)
                if view.overdue_on(today):
                    item.setForeground(QBrush(OVERDUE_COLOUR))
                self.table.setItem(row, column, item)
        self._update_buttons()

    def selected(self) -> rr.RequestView | None:
        rows = self.table.selectionModel().selectedRows()
        return self._views[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        view = self.selected()
        open_ = view is not None and view.is_open
        self.extend_button.setEnabled(open_ and self._today() <= view.due_on and view.extended_to != rr.latest_extension(view.received_on))
        self.complete_button.setEnabled(open_)
        self.export_button.setEnabled(open_ and view.candidate_id is not None and view.kind in (rr.ACCESS, rr.PORTABILITY))

    # --- actions -----------------------------------------------------------------------------
    def _after(self, dialog) -> None:
        dialog.saved.connect(lambda _view: (self.refresh(), self.changed.emit()))
        dialog.open()

    def register_request(self, candidate_id: int | None = None, name: str | None = None) -> RegisterRequestDialog:
        dialog = RegisterRequestDialog(self._vault, self._today(), candidate_id, name, self)
        self._after(dialog)
        return dialog

    def extend_selected(self) -> ExtendRequestDialog | None:
        view = self.selected()
        if view is None:
            return None
        dialog = ExtendRequestDialog(self._vault, view, self)
        self._after(dialog)
        return dialog

    def complete_selected(self) -> CompleteRequestDialog | None:
        view = self.selected()
        if view is None:
            return None
        dialog = CompleteRequestDialog(self._vault, view, self, confirm=self.confirm_erasure)
        self._after(dialog)
        return dialog

    def export_selected(self) -> ExportDialog | None:
        view = self.selected()
        if view is None or view.candidate_id is None:
            return None
        dialog = ExportDialog(self._vault, view.candidate_id, view.candidate_name or "", request_id=view.id, parent=self,
                              choose_folder=self.choose_export_folder)
        dialog.exported.connect(lambda result: self._exported(result, view.candidate_name or ""))
        dialog.open()
        return dialog

    def _exported(self, result, name: str) -> None:
        """Where the export is, with "Show in folder" (as after Candidate > Export data)."""
        box = ExportDoneBox(result, name, self, open_url=lambda url: self.open_url(url))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.done_box = box
        box.open()
