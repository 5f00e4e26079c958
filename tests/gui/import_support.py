"""Helpers for the import GUI tests: real CV files, and drag-and-drop as the OS delivers it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.importing import make_files

JAN = """Jan Peeters
jan.peeters@example.be · 0470 11 22 33
Brugge

Ervaring
2018 - heden: magazijnier bij een groothandel in Brugge.
Opleiding
Secundair onderwijs, logistiek
"""

PIET = """Piet de Vries
piet.devries@example.nl
+31 6 12345678
Utrecht

Experience
2016 - now: nurse in a hospital in Utrecht.
"""


def make_inbox(folder: Path) -> Path:
    """griet.docx (python-docx), jan.txt, a zero-byte empty.pdf and a folder with piet.txt."""
    (folder / "more").mkdir(parents=True)
    make_files.write_docx(folder / "griet.docx", make_files.dutch_cv_lines())
    (folder / "jan.txt").write_text(JAN, encoding="utf-8")
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "more" / "piet.txt").write_text(PIET, encoding="utf-8")
    return folder


def mime_for(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def drag_enter(widget: QWidget, mime: QMimeData, position: QPoint | None = None) -> QDragEnterEvent:
    event = QDragEnterEvent(QPointF(widget.rect().center() if position is None else position), Qt.DropAction.CopyAction | Qt.DropAction.MoveAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event


def drag_move(widget: QWidget, mime: QMimeData, position: QPoint | None = None) -> QDragMoveEvent:
    event = QDragMoveEvent(QPointF(widget.rect().center() if position is None else position), Qt.DropAction.CopyAction, mime,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event


def drag_leave(widget: QWidget) -> None:
    QApplication.sendEvent(widget, QDragLeaveEvent())


def drop(widget: QWidget, paths: list[Path], position: QPoint | None = None) -> QDropEvent:
    """Enter, move and drop, like a file manager does; returns the drop event."""
    mime = mime_for(paths)
    where = widget.rect().center() if position is None else position
    drag_enter(widget, mime, where)
    drag_move(widget, mime, where)
    event = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event


def move_card(column: QWidget, mime: QMimeData) -> None:
    """Enter, move and drop a board card's mime data on ``column``'s middle, as a drag ends there (QDrag runs an event
    loop of its own, which a test cannot drive); the column must accept each step."""
    where = column.viewport().rect().center()
    assert drag_enter(column.viewport(), mime, where).isAccepted()
    drag_move(column.viewport(), mime, where)
    event = QDropEvent(QPointF(where), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(column.viewport(), event)
    assert event.isAccepted()
