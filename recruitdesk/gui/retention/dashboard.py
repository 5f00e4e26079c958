"""The retention dashboard: the morning's headline and who must be deleted, with why.

A banner repeats ``RetentionSummary.headline()``; below it three groups list the candidates
overdue, due within the alert window, and on legal hold, each with the due date and the
engine's explanation ("4 weeks after the end of the procedure on 3 February 2026 — Dutch DPA
guidance policy"). Selecting rows emits ``selection_changed(ids)`` so the window selects the same
candidates in the table; double-click or Enter emits ``activated(id)`` (record facts).

The widget only shows what it is given; :meth:`clear` forgets every name when the vault locks.
"""

from __future__ import annotations

import datetime as dt
import html

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from recruitdesk.dates import short_date
from recruitdesk.gui.shell.styles import DUE_SOON_COLOR, ON_HOLD_COLOR, OVERDUE_COLOR
from recruitdesk.services.retention import DueItem
from recruitdesk.services.retention_alerts import RetentionSummary

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
NAME_COLUMN, DUE_COLUMN, WHY_COLUMN = range(3)
OVERDUE_GROUP, DUE_SOON_GROUP, ON_HOLD_GROUP = range(3)

BANNER_STYLES = {
    "alert": "background: #fde7e9; color: #7a0016; border: 1px solid #f1aeb5;",
    "warning": "background: #fff4e0; color: #5c3100; border: 1px solid #f0c987;",
    "calm": "background: #e8f5e9; color: #1b4d20; border: 1px solid #a5d6a7;",
    "neutral": "background: palette(alternate-base); border: 1px solid palette(mid);",
}
BANNER_LAYOUT = "border-radius: 4px; padding: 8px 10px; font-size: 11pt;"


GROUP_ID = 0xFFFF  # the internal id of group rows; a candidate row's internal id is its group
GROUP_COLORS = (OVERDUE_COLOR, DUE_SOON_COLOR, ON_HOLD_COLOR)


class DueItemsModel(QAbstractItemModel):
    """Two levels: three groups (Overdue, Due within N days, On legal hold), each listing its
    candidates with columns Name, Due, Why. Rebuilt as a whole from a ``RetentionSummary``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[list[DueItem]] = [[], [], []]
        self._day: dt.date | None = None
        self._window_days: int | None = None

    def set_summary(self, summary: RetentionSummary | None) -> None:
        self.beginResetModel()
        if summary is None:
            self._groups, self._day, self._window_days = [[], [], []], None, None
        else:
            self._groups = [list(summary.overdue), list(summary.due_soon), list(summary.on_hold)]
            self._day, self._window_days = summary.day, summary.window_days
        self.endResetModel()

    def item(self, index: Index) -> DueItem | None:
        if not index.isValid() or index.internalId() == GROUP_ID:
            return None
        return self._groups[index.internalId()][index.row()]

    def group_items(self, group: int) -> list[DueItem]:
        return list(self._groups[group])

    def group_title(self, group: int) -> str:
        count = len(self._groups[group])
        if self._window_days is None:
            return (self.tr("Overdue"), self.tr("Due soon"), self.tr("On legal hold"))[group]
        titles = (self.tr("Overdue ({count})"), self.tr("Due within %n days ({count})", "", self._window_days),
                  self.tr("On legal hold ({count})"))
        return titles[group].format(count=count)

    # --- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, GROUP_ID)
        return self.createIndex(row, column, parent.row())

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == GROUP_ID:
            return QModelIndex()
        return self.createIndex(child.internalId(), 0, GROUP_ID)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == GROUP_ID and parent.column() == 0:
            return len(self._groups[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == GROUP_ID:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Name"), self.tr("Due"), self.tr("Why"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == GROUP_ID:
            return self._group_data(index, role)
        item = self._groups[index.internalId()][index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (item.name, self._due_text(item), item.rule)[column]
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == WHY_COLUMN:
                return item.rule
            return self.tr("Click to select in the table; double-click or Enter to record facts")
        if role == Qt.ItemDataRole.ForegroundRole and column == DUE_COLUMN and item.overdue:
            return OVERDUE_COLOR
        return None

    def _group_data(self, index: Index, role: int) -> Any:
        if index.column() != NAME_COLUMN:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.group_title(index.row())
        if role == Qt.ItemDataRole.ForegroundRole:
            return GROUP_COLORS[index.row()]
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _due_text(self, item: DueItem) -> str:
        if item.due is None:
            return "—"
        date = short_date(item.due)
        days = (item.due - self._day).days if self._day else 0
        if days < 0:
            relative = self.tr("%n days overdue", "", -days)
        elif days == 0:
            relative = self.tr("today")
        else:
            relative = self.tr("in %n days", "", days)
        return self.tr("{date} ({relative})").format(date=date, relative=relative)


class _DueView(QTreeView):
    """Enter on a candidate row opens it, like a double click."""

    enter_pressed = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enter_pressed.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class RetentionDashboard(QWidget):
    selection_changed = Signal(list)  # candidate ids
    activated = Signal(object)  # a candidate id (a team's are UUIDs), double-clicked or Enter
    requests_activated = Signal()  # the link in the rights-request banner

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: RetentionSummary | None = None
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Retention summary"))
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.requests_banner = QLabel()
        self.requests_banner.setWordWrap(True)
        self.requests_banner.setAccessibleName(self.tr("Rights requests summary"))
        self.requests_banner.setTextFormat(Qt.TextFormat.RichText)
        self.requests_banner.linkActivated.connect(lambda _link: self.requests_activated.emit())
        self.requests_banner.hide()
        self.model = DueItemsModel(self)
        self.tree = _DueView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Candidates due for deletion"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NAME_COLUMN, 220)
        header.resizeSection(DUE_COLUMN, 230)
        self.model.modelReset.connect(self._layout_groups)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tree.doubleClicked.connect(self._activate)
        self.tree.enter_pressed.connect(self._activate)
        self._quiet = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.banner)
        layout.addWidget(self.requests_banner)
        layout.addWidget(self.tree, 1)
        self.clear()

    # --- showing ---------------------------------------------------------------------------
    def show_summary(self, summary: RetentionSummary) -> None:
        keep = self.selected_ids()
        self.summary = summary
        self.banner.setText(summary.headline())
        tone = "alert" if summary.overdue else "warning" if summary.due_soon else "calm"
        self.banner.setStyleSheet(BANNER_STYLES[tone] + BANNER_LAYOUT)
        self._quiet = True
        try:
            self.model.set_summary(summary)
            self.select_ids(keep)
        finally:
            self._quiet = False
        self.selection_changed.emit(self.selected_ids())

    def clear(self, text: str = "") -> None:
        """Forget every candidate; show ``text`` (e.g. "The vault is locked.") in the banner."""
        self.summary = None
        self._quiet = True
        try:
            self.model.set_summary(None)
        finally:
            self._quiet = False
        self.banner.setText(text)
        self.banner.setStyleSheet(BANNER_STYLES["neutral"] + BANNER_LAYOUT)
        self.show_requests_headline("")

    def show_requests_headline(self, headline: str, overdue: bool = False) -> None:
        """The rights-request sentence (``RequestSummary.headline()``) under the retention
        banner, with a link to the register; hidden when no request is due."""
        self.requests_headline = headline
        if not headline:
            self.requests_banner.clear()
            self.requests_banner.hide()
            return
        link = self.tr("Open the requests")
        self.requests_banner.setText(f"{html.escape(headline)} <a href=\"requests\">{html.escape(link)}</a>")
        self.requests_banner.setStyleSheet(BANNER_STYLES["alert" if overdue else "warning"] + BANNER_LAYOUT)
        self.requests_banner.show()

    def _layout_groups(self) -> None:
        for group in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(group, QModelIndex(), True)
        self.tree.expandAll()

    # --- reading ---------------------------------------------------------------------------
    def group_ids(self, group: int) -> list[int]:
        return [item.id for item in self.model.group_items(group)]

    def group_title(self, group: int) -> str:
        return self.model.group_title(group)

    def candidate_index(self, group: int, row: int, column: int = NAME_COLUMN) -> QModelIndex:
        return self.model.index(row, column, self.model.index(group, 0))

    def selected_ids(self) -> list[int]:
        ids = [self.model.data(index, ID_ROLE) for index in self.tree.selectionModel().selectedRows(NAME_COLUMN)]
        return [candidate_id for candidate_id in ids if candidate_id is not None]

    def select_ids(self, ids: list[int]) -> None:
        """Select these candidates without emitting ``selection_changed``."""
        wanted = set(ids)
        selection = QItemSelection()
        for group in range(self.model.rowCount()):
            for row, item in enumerate(self.model.group_items(group)):
                if item.id in wanted:
                    selection.select(self.candidate_index(group, row, 0), self.candidate_index(group, row, WHY_COLUMN))
        quiet, self._quiet = self._quiet, True
        try:
            self.tree.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._quiet = quiet

    def _selection_changed(self) -> None:
        if not self._quiet:
            self.selection_changed.emit(self.selected_ids())

    def _activate(self, index: QModelIndex) -> None:
        candidate_id = self.model.data(index.siblingAtColumn(NAME_COLUMN), ID_ROLE)
        if candidate_id is not None:
            self.activated.emit(candidate_id)
