"""The few colours and styles every feature shares, so an error or an overdue candidate looks
the same in each dialog, the table and the dashboard."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #b00020;"  # an inline error message under a form
OVERDUE_COLOR = QColor(176, 0, 32)
DUE_SOON_COLOR = QColor(158, 82, 0)
ON_HOLD_COLOR = QColor(21, 84, 160)
RESTRICTED_COLOR = QColor(106, 27, 154)


def for_theme(color: QColor) -> QColor:
    """The status colour, lightened when the system uses a dark theme so it stays readable."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return color.lighter(190) if base.lightness() < 128 else color


def inline_error_label(parent: QWidget | None = None) -> QLabel:
    """The hidden, wrapping, red label every form shows its validation message in."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label
