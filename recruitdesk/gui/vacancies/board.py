"""A vacancy's applications two ways: a board (a column per stage, drag a card to move it) and
a list (one row per application). Both only show and ask; the vacancy window saves the moves.

The board shows any rows that look like a ``Card`` (a local ``ApplicationRow``, a team
applicant through its adapter), so the local and the team vacancy windows share it. A card
carries the text of its application's id (a number locally, a UUID in a team) in its own MIME
type, and the board turns a dropped text back into the id of one of its own cards: a drop names
exactly what was dragged, from this board only. Each column and the list keep the current
application, so the window's keyboard actions (next/previous stage) work in whichever view has focus.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol
from uuid import UUID

from PySide6.QtCore import (
    QAbstractListModel, QAbstractTableModel, QByteArray, QCoreApplication, QMimeData, QModelIndex, QPersistentModelIndex, Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QListView, QScrollArea, QTableView, QVBoxLayout, QWidget,
)

from recruitdesk.gui.vacancies.texts import date_text, stage_text
CARD_MIME = "application/x-recruitdesk-application"
ID_ROLE = Qt.ItemDataRole.UserRole

CardId = int | UUID  # a local application's number, a team application's UUID


class Card(Protocol):
    """What the board and the list read of a row (``ApplicationRow`` is one as it is)."""

    @property
    def id(self) -> CardId: ...
    @property
    def name(self) -> str: ...
    @property
    def stage(self) -> str: ...
    @property
    def applied_on(self) -> dt.date | None: ...
    @property
    def stage_changed_on(self) -> dt.date | None: ...
    @property
    def ended_on(self) -> dt.date | None: ...  # the procedure ended (hired, rejected, withdrawn, closed)
    @property
    def rating(self) -> int | None: ...
    @property
    def tags(self) -> tuple[str, ...]: ...


def card_texts(mime: QMimeData) -> list[str]:
    """The ids a card drag carries, as the texts ``StageModel.mimeData`` wrote."""
    return [text for text in bytes(mime.data(CARD_MIME).data()).decode().split(",") if text]


def _stars(rating: int | None) -> str:
    return "★" * rating if rating else ""


class StageModel(QAbstractListModel):
    """One stage's cards as a model: thousands of cards cost no widgets and no per-card calls."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Card] = []

    def set_rows(self, rows: Sequence[Card]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
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
            if row.stage_changed_on is None:  # a team application moved only before the team kept a stage history
                return QCoreApplication.translate("StageColumn", "Applied on {date}").format(date=date_text(row.applied_on))
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
        ids = sorted({str(self.rows[index.row()].id) for index in indexes if index.isValid()})
        mime.setData(CARD_MIME, QByteArray(",".join(ids).encode()))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction


class StageColumn(QListView):
    """One stage's cards. Emits ``dropped(id_text, stage)`` when a card lands here (the board
    turns the text back into its card's id) and ``picked()`` when a card becomes the current one."""

    dropped = Signal(str, str)
    picked = Signal()

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
        self.selectionModel().selectionChanged.connect(lambda *_args: self.selectionModel().hasSelection() and self.picked.emit())

    def set_movable(self, movable: bool) -> None:
        """Cards may be dragged and dropped here (a member who reads only gets neither)."""
        self.setDragEnabled(movable)
        self.setAcceptDrops(movable)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop if movable else QAbstractItemView.DragDropMode.NoDragDrop)

    def set_cards(self, rows: Sequence[Card]) -> None:
        self.cards.set_rows(rows)

    def count(self) -> int:
        return len(self.cards.rows)

    def ids(self) -> list[CardId]:
        return [row.id for row in self.cards.rows]

    def current_application(self) -> CardId | None:
        rows = self.selectionModel().selectedRows()
        return self.cards.rows[rows[0].row()].id if rows else None

    def select_application(self, application_id: CardId) -> bool:
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
        for text in card_texts(event.mimeData()):
            self.dropped.emit(text, self.stage)


class BoardView(QScrollArea):
    """The columns side by side. Emits ``dropped(application_id, stage)`` for a card of this board
    dropped on another stage's column, and ``current_changed()`` when another card becomes current."""

    dropped = Signal(object, str)
    current_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vacancyBoard")
        self.setWidgetResizable(True)
        self.columns: dict[str, StageColumn] = {}
        self._titles: dict[str, QLabel] = {}
        self._cards: dict[str, Card] = {}  # by the text of their id, as a drag carries it
        self._movable = True
        self._inner = QWidget()
        self._layout = QHBoxLayout(self._inner)
        self.setWidget(self._inner)

    def set_movable(self, movable: bool) -> None:
        self._movable = movable
        for column in self.columns.values():
            column.set_movable(movable)

    def set_applications(self, stages: tuple[str, ...], rows: Sequence[Card]) -> None:
        self._cards = {str(row.id): row for row in rows}
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
            column.set_movable(self._movable)
            title.setBuddy(column)
            column.dropped.connect(self._dropped)
            column.picked.connect(lambda column=column: self._picked(column))
            box_layout.addWidget(title)
            box_layout.addWidget(column)
            self._layout.addWidget(box)
            self.columns[stage], self._titles[stage] = column, title

    def _dropped(self, text: str, stage: str) -> None:
        card = self._cards.get(text)
        if card is not None and card.stage != stage:  # a card of this board, dropped on another stage
            self.dropped.emit(card.id, stage)

    def _picked(self, column: StageColumn) -> None:
        """One current card on the whole board: the other columns let go of theirs."""
        for other in self.columns.values():
            if other is not column:
                other.clearSelection()
        self.current_changed.emit()

    def current_application(self) -> CardId | None:
        focused = next((c for c in self.columns.values() if c.hasFocus()), None)
        candidates = [focused] if focused is not None else list(self.columns.values())
        for column in candidates:
            current = column.current_application()
            if current is not None:
                return current
        return None

    def select_application(self, application_id: CardId) -> None:
        for column in self.columns.values():
            if column.select_application(application_id):
                column.setFocus()
            else:
                column.clearSelection()


class ApplicationTableModel(QAbstractTableModel):
    """The list's rows: a model over the loaded applications, so 2,000 rows cost no widgets."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Card] = []

    def set_rows(self, rows: Sequence[Card]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Candidate"), self.tr("Stage"), self.tr("Since"), self.tr("Applied"), self.tr("Ended"), self.tr("Rating"),
                self.tr("Tags"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return (row.name, stage_text(row.stage), date_text(row.stage_changed_on), date_text(row.applied_on),
                date_text(row.ended_on), _stars(row.rating), ", ".join(row.tags))[index.column()]


class ApplicationList(QTableView):
    """One row per application: name, stage, since, applied, ended, rating, tags."""

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
        for column, width in enumerate((200, 110, 90, 90, 90, 80)):
            self.setColumnWidth(column, width)

    def set_applications(self, rows: Sequence[Card]) -> None:
        keep = self.current_application()
        self.model_.set_rows(rows)
        if keep is not None:
            self.select_application(keep)

    def current_application(self) -> CardId | None:
        rows = self.selectionModel().selectedRows()
        return self.model_.rows[rows[0].row()].id if rows else None

    def select_application(self, application_id: CardId) -> None:
        for number, row in enumerate(self.model_.rows):
            if row.id == application_id:
                self.selectRow(number)
                return
