"""Dropping CV files and folders on any widget to import them.

:class:`ImportDropHandler` is an event filter: ``handler.install(widget)`` makes the widget (or,
for a table or list, its viewport) accept local files and folders dragged from the file manager
or a mail client, shows a hint over it while they hover, and on drop emits
``files_dropped(entries, target_candidate_id)``: the files and folders as dropped (the import
dialog walks folders on a worker thread and lists what it leaves out, see
``services.import_review.list_dropped``), and the candidate they were dropped on when
``target_at`` says there is one (``None`` = new candidates).

Mails dragged straight out of Outlook on Windows carry no path but Outlook's virtual files
(``FileGroupDescriptorW`` with ``FileContents``): the handler hands those bytes to
``services.import_review.receive_virtual_files``, which writes the mail into a private
temporary folder; the mail is then imported like a saved .msg (and deleted when the review
closes). A mail that did not arrive is passed on as a skipped entry with its reason.

The handler never reads a CV: the import dialog does that on a worker thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QWidget


# target_at(widget, position) -> the candidate under the cursor (a local id, a team's UUID), or None for new candidates
TargetResolver = Callable[[QWidget, QPoint], object]


def local_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    """The local files and folders being dragged (web links and the like are ignored)."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def carries_virtual_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> bool:
    """Mails dragged out of Outlook: virtual files, no paths."""
    from recruitdesk.services.import_review import is_virtual_file_drop  # the import machinery loads on first use

    mime = event.mimeData()
    return mime is not None and is_virtual_file_drop(mime.formats())


def dropped_entries(event: QDropEvent) -> list:
    """What the drop brings to import: local paths, else the virtual files written to a private folder."""
    paths = local_paths(event)
    if paths:
        return list(paths)
    from recruitdesk.services.import_review import VIRTUAL_FILE_FORMATS, receive_virtual_files

    mime = event.mimeData()
    if mime is None:
        return []
    return receive_virtual_files({name: mime.data(name).data() for name in mime.formats() if name in VIRTUAL_FILE_FORMATS})


class DropHint(QLabel):
    """A translucent frame with a sentence, over the widget files hover on."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("importDropHint")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Drop files here"))
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        text = self.palette().color(QPalette.ColorRole.HighlightedText)
        self.setStyleSheet(
            "#importDropHint {"
            f" border: 3px dashed rgb({highlight.red()}, {highlight.green()}, {highlight.blue()});"
            " border-radius: 10px;"
            f" background: rgba({highlight.red()}, {highlight.green()}, {highlight.blue()}, 150);"
            f" color: rgb({text.red()}, {text.green()}, {text.blue()});"
            " font-size: 14pt; font-weight: 600; padding: 24px; }"
        )
        self.hide()

    def show_over(self, text: str) -> None:
        parent = self.parentWidget()
        assert parent is not None
        self.setGeometry(parent.rect().adjusted(6, 6, -6, -6))
        self.setText(text)
        self.raise_()
        self.show()


class ImportDropHandler(QObject):
    """Emits ``files_dropped(list[Path], int | None)`` when local files or folders are dropped.

    ``accepts()`` may refuse drops (for example while the vault is locked): the cursor then
    shows that nothing can be dropped. ``target_at(widget, position)`` names the candidate
    under the cursor, if any.
    """

    files_dropped = Signal(list, object)

    def __init__(
        self,
        parent: QObject | None = None,
        target_at: TargetResolver | None = None,
        accepts: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._target_at = target_at
        self._accepts = accepts or (lambda: True)
        self._hints: dict[QWidget, DropHint] = {}

    # --- installing ------------------------------------------------------------------------
    def install(self, widget: QWidget) -> QWidget:
        """Accept drops on ``widget`` (its viewport for scroll areas); returns the watched widget."""
        watched = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
        watched.setAcceptDrops(True)
        if isinstance(widget, QAbstractScrollArea):
            widget.setAcceptDrops(True)
        watched.installEventFilter(self)
        if watched not in self._hints:
            self._hints[watched] = DropHint(watched)
            watched.destroyed.connect(lambda _=None, watched=watched: self._hints.pop(watched, None))
        return watched

    def uninstall(self, widget: QWidget) -> None:
        watched = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
        watched.removeEventFilter(self)
        hint = self._hints.pop(watched, None)
        if hint is not None:
            hint.deleteLater()

    def hint_for(self, widget: QWidget) -> DropHint | None:
        watched = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
        return self._hints.get(watched)

    # --- events ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if watched not in self._hints or kind not in (
            QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.DragLeave, QEvent.Type.Drop
        ):
            return super().eventFilter(watched, event)
        assert isinstance(watched, QWidget)
        hint = self._hints[watched]
        if kind == QEvent.Type.DragLeave:
            hint.hide()
            return False
        assert isinstance(event, QDropEvent)  # drag enter and move events are drop events
        if not (local_paths(event) or carries_virtual_files(event)) or not self._accepts():
            hint.hide()
            event.ignore()
            return True
        target = self._target(watched, event)
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            hint.show_over(self.hint_text(target))
            return True
        hint.hide()
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.files_dropped.emit(dropped_entries(event), target)
        return True

    def _target(self, widget: QWidget, event: QDropEvent) -> object:
        if self._target_at is None:
            return None
        return self._target_at(widget, event.position().toPoint())

    def hint_text(self, target: object) -> str:
        if target is not None:
            return self.tr("Drop to add these files to this candidate")
        return self.tr("Drop CVs or folders to import them as new candidates")
