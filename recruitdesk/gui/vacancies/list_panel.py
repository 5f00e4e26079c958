"""The vacancy list: searchable, with the number of applications per stage.

Rows come from the source (``gui.vacancies.source``: a local vault's ``list_vacancies``, or a
team's vacancies) on a worker thread; typing in the search box reloads after a short pause. A
source that counts no applications per stage (a team's) shows no "Per stage" column. A read that
fails is handed on (``failed``), for the window to say in words. Enter or a double-click opens the vacancy (``open_requested``). Files dropped on a
row are imported into that vacancy (the feature installs the drop handler).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from typing import Any

from recruitdesk.gui.shell.tasks import Task
from recruitdesk.gui.vacancies.source import VacanciesSource
from recruitdesk.gui.vacancies.texts import date_text, stage_text, status_text
from recruitdesk.services.vacancies import ACTIVE_STATUSES

TITLE, CLIENT, STATUS, OPENED, APPLICATIONS, STAGES = range(6)


class VacancyTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []  # the source's vacancy rows (``VacancyRow``, ``TeamVacancyRow``)

    def set_rows(self, rows: list[Any]) -> None:
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
        return (self.tr("Vacancy"), self.tr("Client"), self.tr("Status"), self.tr("Opened"), self.tr("Applications"),
                self.tr("Per stage"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == TITLE:
            return row.title + (f" – {row.location}" if row.location and role == Qt.ItemDataRole.ToolTipRole else "")
        if column == CLIENT:
            return row.client or ""
        if column == STATUS:
            return status_text(row.status)
        if column == OPENED:
            return date_text(row.opened_on)
        if column == APPLICATIONS:
            return str(row.total)
        return " · ".join(f"{stage_text(stage)} {row.count(stage)}" for stage in row.stages if row.count(stage))

    def row_at(self, row: int) -> Any:
        return self.rows[row]


class VacancyListPanel(QWidget):
    """Emits ``open_requested(vacancy_id)``, ``loaded(count)`` after each load and ``failed(error)``."""

    open_requested = Signal(object)
    loaded = Signal(int)
    failed = Signal(object)

    def __init__(self, source: VacanciesSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._load: Task | None = None
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("vacancySearch")
        self.search_edit.setPlaceholderText(self.tr("Search vacancies (title, client, place, owner)"))
        self.search_edit.setAccessibleName(self.tr("Search vacancies"))
        self.search_edit.setClearButtonEnabled(True)
        self.closed_check = QCheckBox(self.tr("Show &closed"))
        self.closed_check.setToolTip(self.tr("Also list filled and cancelled vacancies"))
        self.model = VacancyTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("vacancyTable")
        self.table.setAccessibleName(self.tr("Vacancies"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnHidden(STAGES, not source.counts_stages)
        self.table.doubleClicked.connect(lambda index: self.open_requested.emit(self.model.row_at(index.row()).id))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, context=Qt.ShortcutContext.WidgetShortcut).activated.connect(self._open_current)
        self._delay = QTimer(self, singleShot=True, interval=250)
        self._delay.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self._delay.start())
        self.search_edit.returnPressed.connect(self.table.setFocus)
        self.closed_check.toggled.connect(lambda _on: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.closed_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        statuses = None if self.closed_check.isChecked() else ACTIVE_STATUSES
        task = Task(self._source.list_vacancies, self.search_edit.text(), statuses)
        task.finished.connect(lambda rows, task=task: self._arrived(task, rows))
        task.failed.connect(lambda error, task=task: self._failed(task, error))
        self._load = task
        task.start()

    def _failed(self, task: Task, error: BaseException) -> None:
        if task is self._load:
            self._load = None
            self.failed.emit(error)

    def _arrived(self, task: Task, rows: list[Any]) -> None:
        if task is not self._load:
            return
        self._load = None
        keep = self.current_id()
        self.model.set_rows(rows)
        self.select(keep if keep is not None else (rows[0].id if rows else None))
        self.loaded.emit(len(rows))

    @property
    def loading(self) -> bool:
        return self._load is not None

    def select(self, vacancy_id: object) -> None:
        for number, row in enumerate(self.model.rows):
            if row.id == vacancy_id:
                self.table.selectRow(number)
                return

    def current_id(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def current_row(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def vacancy_at(self, position) -> Any:
        index = self.table.indexAt(position)
        return self.model.row_at(index.row()).id if index.isValid() else None

    def _open_current(self) -> None:
        vacancy_id = self.current_id()
        if vacancy_id is not None:
            self.open_requested.emit(vacancy_id)

    def forget(self) -> None:
        self._load = None
        self.model.set_rows([])
