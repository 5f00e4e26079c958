"""Selecting candidates by id in the candidate table (after a reload, a search, a dashboard click)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QTableView

from recruitdesk.gui.candidates.table_model import NAME, CandidateTableModel


def select_ids(table: QTableView, model: CandidateTableModel, ids: list[int]) -> None:
    """Select these candidates' rows (those still shown) and scroll to the first."""
    selection = QItemSelection()
    first = None
    for candidate_id in ids:
        row = model.row_of(candidate_id)
        if row is None:
            continue
        first = row if first is None else min(first, row)
        selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().select(selection, flags)
    if first is not None:
        table.selectionModel().setCurrentIndex(model.index(first, NAME), QItemSelectionModel.SelectionFlag.NoUpdate)
        table.scrollTo(model.index(first, NAME))
