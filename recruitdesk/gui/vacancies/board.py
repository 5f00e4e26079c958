"""A vacancy's applications two ways: a board (a column per stage, drag a card to move it) and
a list (one row per application). Both only show and ask; the vacancy window saves the moves.

A card carries its application's number in its own MIME type, so a drop names exactly what
was dragged, from this board only. Each column and the list keep the current application, so
the window's keyboard actions (next/previous stage) work in whichever view has focus.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel, QAbstractTableModel, QByteArray, QCoreApplication, QMimeData, QModelIndex, QPersistentModelIndex, Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QListView, QScrollArea, QTableView, QVBoxLayout, QWidget,
)

from recruitdesk.gui.vacancies.texts import date_text, stage_text
from recruitdesk.services.applications import ApplicationRow

CARD_MIME = "application/x-recruitdesk-application"
ID_ROLE = Qt.ItemDataRole.UserRole


def _stars(rating: int | None) -> str:
    return "★" * rating if rating else ""


class StageModel(QAbstractListModel):
    """One stage's cards as a model: thousands of cards cost no widgets and no per-card calls."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ApplicationRow] = []

    def set_rows(self, rows: list[ApplicationRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            extra = " ".join(part for part in (_stars(row.rating), ", ".join(row.tags)) if part)
            return row.name + (f"\n{extra}" if extra else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("StageColumn", "Applied on {date}; in this stage since {since}").format(
                date=date_text(row.applied_on), since=date_text(row.stage_changed_on))
        if role == ID_ROLE:
            return row.id
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [CARD_MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802 - Qt API
        mime = QMimeData()
        ids = sorted({self.rows[index.row()].id for index in indexes if index.isValid()})
        mime.setData(CARD_MIME, QByteArray(",".join(map(str, ids)).encode()))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction


class StageColumn(QListView):
    """One stage's cards. Emits ``dropped(application_id, stage)`` when a card lands here."""

    dropped = Signal(int, str)

    def __init__(self, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"stageColumn_{stage}")
        self.setAccessibleName(stage_text(stage))
        self.cards = StageModel(self)
        self.setModel(self.cards)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.setMinimumWidth(160)
        self.setWordWrap(True)

    def set_cards(self, rows: list[ApplicationRow]) -> None:
        self.cards.set_rows(rows)

    def count(self) -> int:
        return len(self.cards.rows)

    def ids(self) -> list[int]:
        return [row.id for row in self.cards.rows]

    def current_application(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return self.cards.rows[rows[0].row()].id if rows else None

    def select_application(self, application_id: int) -> bool:
        for number, row in enumerate(self.cards.rows):
            if row.id == application_id:
                self.setCurrentIndex(self.cards.index(number))
                return True
        return False

    # --- drops ---------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasFormat(CARD_MIME):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        if not event.mimeData().hasFormat(CARD_MIME):
            event.ignore()
            return
        # Accepted as a copy: Qt takes no card out of its old column; the board reloads from
        # the vault once the move is saved, so it shows what was stored.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        for text in bytes(event.mimeData().data(CARD_MIME).data()).decode().split(","):
            if text.isdigit() and int(text) not in self.ids():
                self.dropped.emit(int(text), self.stage)


class BoardView(QScrollArea):
    """The columns side by side. Emits ``dropped(application_id, stage)``."""

    dropped = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vacancyBoard")
        self.setWidgetResizable(True)
        self.columns: dict[str, StageColumn] = {}
        self._titles: dict[str, QLabel] = {}
        self._inner = QWidget()
        self._layout = QHBoxLayout(self._inner)
        self.setWidget(self._inner)

    def set_applications(self, stages: tuple[str, ...], rows: list[ApplicationRow]) -> None:
        if tuple(self.columns) != stages:
            self._build(stages)
        for stage, column in self.columns.items():
            cards = [row for row in rows if row.stage == stage]
            column.set_cards(cards)
            self._titles[stage].setText(self.tr("{stage} ({count})").format(stage=stage_text(stage), count=len(cards)))

    def _build(self, stages: tuple[str, ...]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.columns, self._titles = {}, {}
        for stage in stages:
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            title = QLabel(stage_text(stage))
            title.setStyleSheet("font-weight: bold")
            column = StageColumn(stage)
            title.setBuddy(column)
            column.dropped.connect(self.dropped)
            box_layout.addWidget(title)
            box_layout.addWidget(column)
            self._layout.addWidget(box)
            self.columns[stage], self._titles[stage] = column, title

    def current_application(self) -> int | None:
        focused = next((c for c in self.columns.values() if c.hasFocus()), None)
        candidates = [focused] if focused is not None else list(self.columns.values())
        for column in candidates:
            current = column.current_application()
            if current is not None:
                return current
        return None

    def select_application(self, application_id: int) -> None:
        for column in self.columns.values():
            if column.select_application(application_id):
                column.setFocus()
            else:
                column.clearSelection()


class ApplicationTableModel(QAbstractTableModel):
    """The list's rows: a model over the loaded applications, so 2,000 rows cost no widgets."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ApplicationRow] = []

    def set_rows(self, rows: list[ApplicationRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Candidate"), self.tr("Stage"), self.tr("Since"), self.tr("Applied"), self.tr("Rating"), self.tr("Tags"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return (row.name, stage_text(row.stage), date_text(row.stage_changed_on), date_text(row.applied_on),
                _stars(row.rating), ", ".join(row.tags))[index.column()]


class ApplicationList(QTableView):
    """One row per application: name, stage, since, applied, rating, tags."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicationList")
        self.setAccessibleName(self.tr("Applications"))
        self.model_ = ApplicationTableModel(self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((200, 110, 90, 90, 80)):
            self.setColumnWidth(column, width)

    def set_applications(self, rows: list[ApplicationRow]) -> None:
        keep = self.current_application()
        self.model_.set_rows(rows)
        if keep is not None:
            self.select_application(keep)

    def current_application(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return self.model_.rows[rows[0].row()].id if rows else None

    def select_application(self, application_id: int) -> None:
        for number, row in enumerate(self.model_.rows):
            if row.id == application_id:
                self.selectRow(number)
                return
