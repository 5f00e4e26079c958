"""Search as you type: the toolbar's search field filters the table to the matching candidates.

The search itself (names, emails and CV text, ``services.candidate_search``) runs on a worker
thread, 200 ms after the last key; Esc clears the field and Ctrl+F focuses it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QMainWindow

from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.feature import Feature
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.services.candidate_search import search_candidates
from recruitdesk.vault.vault import Vault

SEARCH_DELAY_MS = 200  # search as you type: wait this long after the last key


class CandidateSearch(Feature):
    """Emits ``applied(count)`` when the table shows a search's matches (or every row again)."""

    applied = Signal(int)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._task: Task | None = None
        field = QLineEdit(window)
        field.setObjectName("searchField")
        field.setPlaceholderText(self.tr("Search names, emails and CVs (Ctrl+F)"))
        field.setAccessibleName(self.tr("Search candidates"))
        field.setToolTip(self.tr("Search names, emails and CV text as you type; Esc clears (Ctrl+F)"))
        field.setClearButtonEnabled(True)
        field.setMaximumWidth(320)
        field.setEnabled(False)
        window.ui.mainToolBar.addSeparator()
        window.ui.mainToolBar.addWidget(field)
        self.field = field
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run)
        field.textChanged.connect(lambda _text: self.timer.start())
        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), window)
        self.shortcut.activated.connect(self.focus)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), field, context=Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.clear)

    def vault_opened(self, vault: Vault) -> None:
        self.field.setEnabled(True)

    def vault_closed(self) -> None:
        """Forget the search text (it may be a name) and any search still running."""
        self._task = None
        self.timer.stop()
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self.field.setEnabled(False)

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def clear(self) -> None:
        self.field.clear()
        self.run()  # at once: no need to wait for the typing delay

    def run(self) -> None:
        """Filter the table to the candidates matching the search field (on a worker thread)."""
        self.timer.stop()
        text = self.field.text().strip()
        if self.vault is None:
            return
        if not text:
            self._task = None
            self._apply(None)
            return
        task = Task(search_candidates, self.vault, text)
        task.finished.connect(lambda ids, task=task: self._arrived(task, ids))
        task.failed.connect(lambda error, task=task: self._failed(task, error))
        self._task = task
        task.start()

    def _arrived(self, task: Task, ids: list[int]) -> None:
        if task is not self._task:  # locked, or the text changed meanwhile
            return
        self._task = None
        self._apply(ids)

    def _failed(self, task: Task, error: BaseException) -> None:
        if task is not self._task:
            return
        self._task = None
        self.window.statusBar().showMessage(self.tr("Search failed: {reason}").format(reason=user_message(error)), 8000)

    def _apply(self, ids: list[int] | None) -> None:
        model = self.window.model
        if ids is not None or model.is_filtered:
            keep = self.window.selected_ids()
            model.set_filter(ids)
            self.window.select_ids(keep)
        self.applied.emit(model.rowCount())


def install(window: QMainWindow) -> CandidateSearch:
    """Add the search field to the toolbar, with Ctrl+F and Esc."""
    return CandidateSearch(window)
