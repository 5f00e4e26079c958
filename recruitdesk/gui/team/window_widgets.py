"""The team panel's widgets: the problem bar, the retention banner, the button row and the list.
The search field and the status bar's labels are the main window's own (one window for both kinds
of vault). Built here so ``panel`` keeps to what the panel does (opening, loading, live refresh),
not how it is laid out."""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from recruitdesk.gui.candidates import columns
from recruitdesk.gui.team.retention_banner import RetentionBanner
from recruitdesk.gui.team.table_model import NAME, SOURCE, STATUS
from recruitdesk.gui.team.window_type import TeamWindow


# name, e-mail, source and status (each widened to its longest text), last contact, deadline, "372 days overdue", consent
COLUMN_WIDTHS = (230, 230, 100, 110, 110, 110, 150, 80)


def build(window: TeamWindow) -> None:
    central = window
    layout = QVBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(_problem_bar(window, central))
    window.banner = RetentionBanner(central)
    layout.addWidget(window.banner)
    layout.addLayout(_search_row(window, central))
    layout.addWidget(_table(window, central), 1)
    # Redaction is chosen in the import dialog the drop opens (the local vault's), file batch by batch.
    layout.addWidget(QLabel(QCoreApplication.translate("TeamWindow", "Drop CV files on the list to import them into the team vault."),
                            central))
    window.vault_info, window.count_label = window.main.folder_label, window.main.count_label  # the window's status bar
    window.vault_info.setText(QCoreApplication.translate("TeamWindow", "Opening the team vault…"))


def _problem_bar(window: TeamWindow, parent: QWidget) -> QWidget:
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


def _search_row(window: TeamWindow, parent: QWidget) -> QHBoxLayout:
    """The main window's toolbar search field searches the team; New and Open are buttons above the list."""
    row = QHBoxLayout()
    window.search_field = window.main.search.field
    window.new_button = QPushButton(QCoreApplication.translate("TeamWindow", "New candidate…"), parent)
    window.open_button = QPushButton(QCoreApplication.translate("TeamWindow", "Open"), parent)
    row.addStretch(1)
    row.addWidget(window.new_button)
    row.addWidget(window.open_button)
    return row


def _table(window: TeamWindow, parent: QWidget) -> QTableView:
    table = window.table = QTableView(parent)
    table.setModel(window.model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(COLUMN_WIDTHS):
        table.setColumnWidth(column, width)
    # The longest source and status in this language whole ("Échéance dépassée, traitement limité"), as the local list's.
    for column in (SOURCE, STATUS):
        title = str(window.model.headerData(column, Qt.Orientation.Horizontal) or "")
        table.setColumnWidth(column, max(COLUMN_WIDTHS[column], columns.text_width(table, title, window.model.possible_texts(column))))
    table.setSortingEnabled(True)
    table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    return table
