"""The editors of the import review's table: the duplicate choice and the application date."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from recruitdesk.gui.importing.models import CHOICES, ImportPreviewModel, choice_text, duplicate_name


# --- the duplicate choice editor -------------------------------------------------------------
class DuplicateChoiceDelegate(QStyledItemDelegate):
    """A combo box: skip, add the file to the known candidate, or create a new one anyway (``choices``:
    those the vault's import offers, all of them by default)."""

    def __init__(self, parent: QObject | None = None, choices: tuple[str, ...] = CHOICES) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        model = index.model()
        row = model.row_at(index.row()) if isinstance(model, ImportPreviewModel) else None
        existing = duplicate_name(row.preview) if row is not None else None
        for choice in self.choices:
            combo.addItem(choice_text(choice, existing), choice)
        file = row.file if row is not None else ""
        combo.setAccessibleName(self.tr("If {file} is already known").format(file=file))
        combo.setToolTip(self.tr("What to do when this person is already in the vault"))
        combo.currentIndexChanged.connect(lambda _index, combo=combo: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        if position >= 0 and position != editor.currentIndex():
            editor.blockSignals(True)
            editor.setCurrentIndex(position)
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


# --- the application date editor ------------------------------------------------------------
class ApplicationDateDelegate(QStyledItemDelegate):
    """A date field with a calendar; no date after today."""

    def __init__(self, today: Callable[[], dt.date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:  # noqa: N802
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        today = self._today()
        editor.setMaximumDate(QDate(today.year, today.month, today.day))
        editor.setAccessibleName(self.tr("Application date"))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(value, QDate):
            editor.setDate(value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)
