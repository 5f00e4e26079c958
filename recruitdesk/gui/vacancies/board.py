"""A vacancy's applications two ways: a board (a column per stage, drag a card to move it) and
a list (one row per application). Both only show and ask; the vacancy window saves the moves.

A card carries its application's number in its own MIME type, so a drop names exactly what
was dragged, from this board only. Each column and the list keep the current application, so
the window's keyboard actions (next/previous stage) work in whichever view has focus.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem, QScrollArea, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from recruitdesk.gui.vacancies.texts import date_text, stage_text
from recruitdesk.services.applications import ApplicationRow

CARD_MIME = "application/x-recruitdesk-application"
ID_ROLE = Qt.ItemDataRole.UserRole


def _stars(rating: int | None) -> str:
    return "★" * rating if rating else ""


class StageColumn(QListWidget):
    """One stage's cards. Emits ``dropped(application_id, stage)`` when a card lands here."""

    dropped = Signal(int, str)

    def __init__(self, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"stageColumn_{stage}")
        self.setAccessibleName(stage_text(stage))
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMinimumWidth(160)
        self.setWordWrap(True)

    def set_cards(self, rows: list[ApplicationRow]) -> None:
        self.clear()
        for row in rows:
            extra = " ".join(part for part in (_stars(row.rating), ", ".join(row.tags)) if part)
            item = QListWidgetItem(row.name + (f"\n{extra}" if extra else ""))
            item.setData(ID_ROLE, row.id)
            item.setToolTip(self.tr("Applied on {date}; in this stage since {since}").format(
                date=date_text(row.applied_on), since=date_text(row.stage_changed_on)))
            self.addItem(item)

    def ids(self) -> list[int]:
        return [self.item(number).data(ID_ROLE) for number in range(self.count())]

    def current_application(self) -> int | None:
        item = self.currentItem()
        return item.data(ID_ROLE) if item is not None and item.isSelected() else None

    def select_application(self, application_id: int) -> bool:
        for number in range(self.count()):
            if self.item(number).data(ID_ROLE) == application_id:
                self.setCurrentRow(number)
                return True
        return False

    # --- drag and drop -------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [CARD_MIME]

    def mimeData(self, items) -> QMimeData:  # noqa: N802 - Qt API
        mime = QMimeData()
        mime.setData(CARD_MIME, QByteArray(",".join(str(item.data(ID_ROLE)) for item in items).encode()))
        return mime

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
        # Accepted as a copy: the card is not taken out of its old column by Qt; the board
        # reloads from the vault once the move is saved, so it shows what was stored.
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


class ApplicationList(QTableWidget):
    """One row per application: name, stage, since, applied, rating, tags."""

    HEADERS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, self.HEADERS, parent)
        self.setObjectName("applicationList")
        self.setAccessibleName(self.tr("Applications"))
        self.setHorizontalHeaderLabels([self.tr("Candidate"), self.tr("Stage"), self.tr("Since"), self.tr("Applied"),
                                        self.tr("Rating"), self.tr("Tags")])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def set_applications(self, rows: list[ApplicationRow]) -> None:
        keep = self.current_application()
        self.setRowCount(len(rows))
        for number, row in enumerate(rows):
            values = (row.name, stage_text(row.stage), date_text(row.stage_changed_on), date_text(row.applied_on),
                      _stars(row.rating), ", ".join(row.tags))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, row.id)
                self.setItem(number, column, item)
        if keep is not None:
            self.select_application(keep)

    def current_application(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        item = self.item(rows[0].row(), 0) if rows else None
        return item.data(ID_ROLE) if item is not None else None

    def select_application(self, application_id: int) -> None:
        for number in range(self.rowCount()):
            item = self.item(number, 0)
            if item is not None and item.data(ID_ROLE) == application_id:
                self.selectRow(number)
                return
