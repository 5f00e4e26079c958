"""Two lines per preset in the policy list: what it does, and under it, smaller, the statement it
follows ("Privacy statement of IT1 bv (www.it1.be), last changed on 18 June 2019")."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

SECONDARY_ROLE = Qt.ItemDataRole.UserRole + 1  # the statement line of a preset item

Index = QModelIndex | QPersistentModelIndex


class PresetDelegate(QStyledItemDelegate):
    """Draws the item's text, and its ``SECONDARY_ROLE`` text on a second, smaller, dimmer line."""

    MARGIN = 4

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt's name
        size = super().sizeHint(option, index)
        height = option.fontMetrics.height() + self.MARGIN * 2
        if index.data(SECONDARY_ROLE):
            height += QFontMetrics(self._small_font(option)).height()
        size.setHeight(max(size.height(), height))
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        secondary = index.data(SECONDARY_ROLE) or ""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text = item.text
        item.text = ""
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        main_color = item.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect = item.rect.adjusted(self.MARGIN * 2, self.MARGIN, -self.MARGIN, -self.MARGIN)
        painter.save()
        painter.setPen(main_color)
        painter.setFont(item.font)
        line = item.fontMetrics.height()
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        if not secondary:  # the custom item: one line, aligned with the others
            painter.restore()
            return
        small = self._small_font(item)
        painter.setFont(small)
        dim = main_color if selected else item.palette.color(group, QPalette.ColorRole.PlaceholderText)
        painter.setPen(dim)
        painter.drawText(QRect(rect.left(), rect.top() + line, rect.width(), rect.height() - line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, secondary)
        painter.restore()

    @staticmethod
    def _small_font(option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        return font
