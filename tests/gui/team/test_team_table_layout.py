"""The team list's remembered columns: put back when usable, ignored (the defaults kept) when not.

The preferences file is the user's own and may hold anything: an older version's header, a hand
edit, a truncated write. None of it may stop a team from opening.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView

from recruitdesk import preferences
from recruitdesk.gui.team import table_layout


def _table(qtbot, columns: int = 4) -> QTableView:
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(QStandardItemModel(2, columns))
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return table


def test_columns_remembered_in_the_preferences_file_come_back_in_a_new_table(qtbot, tmp_path):
    path = tmp_path / "preferences.json"
    first = _table(qtbot)
    first.horizontalHeader().resizeSection(2, 333)
    first.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    table_layout.remember(first, lambda state: preferences.set_team_table_layout(state, path))
    assert preferences.window_layout(path) == {}  # the local window's layout is not touched
    second = _table(qtbot)
    assert table_layout.restore(second, lambda: preferences.team_table_layout(path))
    header = second.horizontalHeader()
    assert (header.sectionSize(2), header.sortIndicatorSection(), header.sortIndicatorOrder()) == (333, 3, Qt.SortOrder.DescendingOrder)


def test_an_unusable_remembered_layout_leaves_the_default_columns(qtbot, tmp_path):
    path = tmp_path / "preferences.json"
    path.write_text('{"team_table_layout": ["not", "a", "header"]}', encoding="utf-8")
    assert preferences.team_table_layout(path) is None
    for text in (None, "", "!!not base64!!", "AAAA"):
        table = _table(qtbot)
        width = table.horizontalHeader().sectionSize(1)
        assert not table_layout.restore(table, lambda text=text: text)
        assert table.horizontalHeader().sectionSize(1) == width
        assert table.horizontalHeader().sortIndicatorSection() == 0
