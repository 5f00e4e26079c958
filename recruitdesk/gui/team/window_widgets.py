"""The team window's widgets: the problem bar, the retention banner, the search row, the list and
the status bar. Built here so ``window`` keeps to what the window does (opening, loading, live
refresh), not how it is laid out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from recruitdesk.gui.team.cv_drop import CvDropTable
from recruitdesk.gui.team.retention_banner import RetentionBanner
from recruitdesk.gui.team.table_model import NAME

if TYPE_CHECKING:
    from recruitdesk.gui.team.window import TeamWindow

COLUMN_WIDTHS = (230, 230, 110, 150)  # name, e-mail, deadline, "372 days overdue"




def build(window: "TeamWindow") -> None:
    central = QWidget(window)
    layout = QVBoxLayout(central)
    layout.addWidget(_problem_bar(window, central))
    window.banner = RetentionBanner(central)
    layout.addWidget(window.banner)
    layout.addLayout(_search_row(window, central))
    layout.addWidget(_table(window, central), 1)
    hint_row = QHBoxLayout()
    hint_row.addWidget(QLabel(QCoreApplication.translate("TeamWindow", "Drop CV files on the list to import them into the team vault."),
                              central), 1)
    window.redact_check = QCheckBox(QCoreApplication.translate("TeamWindow", "&Redact sensitive numbers in dropped CVs"), central)
    window.redact_check.setToolTip(QCoreApplication.translate(
        "TeamWindow", "National register numbers, citizen service numbers and bank account numbers are blacked out: the team "
                      "vault keeps a redacted PDF copy and the redacted text, never the original file."))
    hint_row.addWidget(window.redact_check)
    layout.addLayout(hint_row)
    window.setCentralWidget(central)
    window.vault_info = QLabel(QCoreApplication.translate("TeamWindow", "Opening the team vault…"), window)
    window.vault_info.setAccessibleName(QCoreApplication.translate("TeamWindow", "Vault information"))
    window.count_label = QLabel(window)
    window.statusBar().addWidget(window.vault_info, 1)
    window.statusBar().addPermanentWidget(window.count_label)


def _problem_bar(window: "TeamWindow", parent: QWidget) -> QWidget:
    """Hidden until a server fault: the translated words and "Try again"."""
    window.problem_bar = QWidget(parent)
    bar = QHBoxLayout(window.problem_bar)
    window.problem_label = QLabel(window.problem_bar)
    window.problem_label.setWordWrap(True)
    window.retry_button = QPushButton(QCoreApplication.translate("TeamWindow", "Try again"), window.problem_bar)
    bar.addWidget(window.problem_label, 1)
    bar.addWidget(window.retry_button)
    window.problem_bar.setVisible(False)
    return window.problem_bar


def _search_row(window: "TeamWindow", parent: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    window.search_field = QLineEdit(parent)
    window.search_field.setPlaceholderText(QCoreApplication.translate("TeamWindow", "Search names, e-mails and CVs…"))
    window.search_field.setAccessibleName(QCoreApplication.translate("TeamWindow", "Search"))
    window.search_field.setClearButtonEnabled(True)
    window.new_button = QPushButton(QCoreApplication.translate("TeamWindow", "New candidate…"), parent)
    window.open_button = QPushButton(QCoreApplication.translate("TeamWindow", "Open"), parent)
    row.addWidget(window.search_field, 1)
    row.addWidget(window.new_button)
    row.addWidget(window.open_button)
    return row


def _table(window: "TeamWindow", parent: QWidget) -> CvDropTable:
    table = window.table = CvDropTable(parent)
    table.setModel(window.model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(COLUMN_WIDTHS):
        table.setColumnWidth(column, width)
    table.setSortingEnabled(True)
    table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    return table
