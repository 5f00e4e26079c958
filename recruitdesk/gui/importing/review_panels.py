"""Two panels under the import review's table: a password field for a protected file, and a
picture of the selected file's first page.

:class:`PasswordPanel` shows for a row whose file needs a password: the recruiter types it and
clicks Open; the dialog reads that one file again with it (``services.importing.preview`` with
``passwords``), so the other rows keep everything they had.

:class:`PagePreviewPanel` shows the first page of the selected file (a PDF rendered by pdfium,
a picture as it is), made in the extraction sandbox on a worker thread and kept in memory
only, so a scanned CV can be named before it is imported. Pictures are kept per file while the
dialog is open, never written to disk.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget,
)

from recruitdesk.gui.shell.tasks import Task
from recruitdesk.services.import_review import page_preview
from recruitdesk.services.importing import FilePreview

PREVIEW_WIDTH = 900


class PasswordPanel(QWidget):
    """"{file} is protected with a password" + a password field + Open. ``submitted(password)``."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordPanel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.field = QLineEdit(self)
        self.field.setObjectName("passwordEdit")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("Password"))
        self.field.setMinimumWidth(180)
        self.label.setBuddy(self.field)
        self.open_button = QPushButton(self.tr("&Open with this password"), self)
        self.open_button.setObjectName("openWithPasswordButton")
        self.open_button.setEnabled(False)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.field)
        layout.addWidget(self.open_button)
        self.field.textChanged.connect(lambda text: self.open_button.setEnabled(bool(text)))
        self.field.returnPressed.connect(self._submit)
        self.open_button.clicked.connect(self._submit)
        self.hide()

    def ask(self, file: str, wrong: bool) -> None:
        if wrong:
            text = self.tr("The password for {file} is not correct. Type it again:").format(file=file)
        else:
            text = self.tr("{file} is protected. &Password:").format(file=file)
        self.label.setText(text)
        self.field.setAccessibleName(self.tr("Password for {file}").format(file=file))
        self.field.clear()
        self.show()

    def _submit(self) -> None:
        password = self.field.text()
        if password:
            self.field.clear()
            self.submitted.emit(password)


class PagePreviewPanel(QWidget):
    """The first page of the selected file, shown after the recruiter asks for it once."""

    def __init__(self, parent: QWidget | None = None, render: Callable[..., bytes | None] = page_preview) -> None:
        super().__init__(parent)
        self.setObjectName("pagePreviewPanel")
        self._render = render
        self._pictures: dict[Path, QPixmap | None] = {}
        self._task: Task | None = None
        self._item: FilePreview | None = None
        self._shown: QPixmap | None = None  # the picture at full size; scaled to the panel's width
        self.active = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.show_button = QPushButton(self.tr("Show the &page"), self)
        self.show_button.setObjectName("showPageButton")
        self.show_button.setToolTip(self.tr("Show the first page of the selected file, to read a name from a scan"))
        self.picture = QLabel(self)
        self.picture.setObjectName("pagePicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.picture.setWordWrap(True)
        self.picture.setAccessibleName(self.tr("First page of the selected file"))
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.picture)
        layout.addWidget(self.show_button)
        layout.addWidget(self.scroll, 1)
        self.show_button.clicked.connect(self._show_requested)
        self.scroll.hide()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def show_for(self, item: FilePreview | None) -> None:
        """The selected row changed (or was read again)."""
        self._item = item
        self.show_button.setEnabled(item is not None and item.ok)
        if self.active:
            self._display()

    def forget(self, path: Path | None = None) -> None:
        """Drop the pictures (all, or one file's after it was read again)."""
        if path is None:
            self._pictures.clear()
            self._task = None  # a picture still being made is dropped when it arrives
            self._shown = None
            self.picture.setPixmap(QPixmap())
        else:
            self._pictures.pop(path, None)

    def _show_requested(self) -> None:
        self.active = True
        self.scroll.show()
        self._display()

    def _display(self) -> None:
        item = self._item
        if item is None or not item.ok:
            self._shown = None
            self.picture.setPixmap(QPixmap())
            self.picture.setText(self.tr("Select a readable file to see its first page."))
            return
        if item.path in self._pictures:
            self._set_picture(self._pictures[item.path])
            return
        self._shown = None
        self.picture.setPixmap(QPixmap())
        self.picture.setText(self.tr("Making a picture of the first page…"))
        if self._task is not None:
            return  # the running one finishes first; the newest selection is shown then
        task = Task(self._render, item, PREVIEW_WIDTH)
        self._task = task
        task.finished.connect(lambda png, item=item, task=task: self._rendered(task, item, png))
        task.failed.connect(lambda _error, item=item, task=task: self._rendered(task, item, None))
        task.start()

    def _rendered(self, task: Task, item: FilePreview, png: bytes | None) -> None:
        if task is not self._task:
            return
        self._task = None
        image = QImage.fromData(png, "PNG") if png else QImage()
        self._pictures[item.path] = QPixmap.fromImage(image) if not image.isNull() else None
        if self._item is not None and self.active:
            self._display()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self._shown is not None:
            self._set_picture(self._shown)

    def _set_picture(self, pixmap: QPixmap | None) -> None:
        self._shown = pixmap
        if pixmap is None:
            self.picture.setPixmap(QPixmap())
            self.picture.setText(self.tr("No page picture for this kind of file."))
            return
        scrollbar = self.scroll.verticalScrollBar().sizeHint().width()
        width = max(200, self.scroll.width() - scrollbar - 8)
        self.picture.setText("")
        self.picture.setPixmap(pixmap.scaledToWidth(min(width, pixmap.width()), Qt.TransformationMode.SmoothTransformation))

    def picture_shown(self) -> bool:
        pixmap = self.picture.pixmap()
        return pixmap is not None and not pixmap.isNull()
