"""The candidate table's column widths: every Status and Source text and every header whole.

Dutch and French statuses are longer than English ones ("Vervalt binnenkort", "Échéance
dépassée, traitement limité"). The first layout gives each column at least its content's width
in the window's language, and every reload widens a column a saved layout (made in another
language, or dragged narrow) left too small for the texts it shows now; it never narrows one.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView

from recruitdesk.gui.candidates.table_model import DAYS_LEFT, DUE_ON, EMAIL, LAST_CONTACT, NAME, SOURCE, STATUS, CandidateTableModel

DEFAULT_WIDTHS = {NAME: 220, EMAIL: 250, SOURCE: 100, LAST_CONTACT: 110, STATUS: 110, DUE_ON: 120, DAYS_LEFT: 80}
CELL_PADDING = 16  # the cell's margins and focus frame, both sides


def needed_width(table: QTableView, model: CandidateTableModel, column: int) -> int:
    """Pixels the column needs for its header (with the sort arrow) and, for Source and Status,
    its longest possible text in bold (urgent statuses are bold)."""
    header = table.horizontalHeader()
    return text_width(table, str(model.headerData(column, header.orientation()) or ""), model.possible_texts(column))


def text_width(table: QTableView, title: str, texts: list[str]) -> int:
    """Pixels a column of ``table`` needs for the header ``title`` (with the sort arrow) and the
    longest of ``texts`` in bold (the team's list sizes its Status column with this too)."""
    header = table.horizontalHeader()
    option = QStyleOptionHeader()
    option.initFrom(header)
    arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, option, header)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, header)
    width = header.fontMetrics().horizontalAdvance(title) + arrow + 4 * margin
    if texts:
        bold = QFont(table.font())
        bold.setBold(True)
        width = max(width, max(QFontMetrics(bold).horizontalAdvance(text) for text in texts) + CELL_PADDING)
    return width


def fit(table: QTableView, model: CandidateTableModel, widen_only: bool = True) -> None:
    """Give each column room for its texts; with ``widen_only`` False, the first layout's widths."""
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        if column == model.columnCount() - 1:
            continue  # the last column stretches
        needed = needed_width(table, model, column)
        if widen_only:
            if header.sectionSize(column) < needed:
                header.resizeSection(column, needed)
        else:
            header.resizeSection(column, max(DEFAULT_WIDTHS.get(column, 80), needed))


def install(table: QTableView, model: CandidateTableModel) -> None:
    """First-layout widths now; after each reload, widen what a restored layout left too narrow."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setMinimumSectionSize(80)
    fit(table, model, widen_only=False)
    model.modelReset.connect(lambda: fit(table, model))
