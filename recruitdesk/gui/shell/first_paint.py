"""Unlocking shows the list first; everything else about the vault waits for its first paint.

At 100,000 candidates the start-up work that is not the list (the retention summary for the
dashboard, the daily check with its countdowns and index merge, the page check of a large
vault) took the cores the list load needed and made the first paint 2-3 times slower. So the
window loads only the list when a vault opens; when that load ends (or fails) the list is
painted at once, and only then does the window load the summary and emit ``list_shown``, on
which the controller starts the daily check.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Emits ``list_shown`` once per opened vault, after its list was painted."""

    list_shown = Signal()

    def __init__(self, window: QWidget, after_paint: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._after_paint = after_paint
        self._pending = False

    def expect(self) -> None:
        """A vault opened: its first list load is on its way."""
        self._pending = True

    def forget(self) -> None:
        """The vault locked before its list arrived."""
        self._pending = False

    def load_ended(self) -> None:
        """A list load ended (rows or an error): the first one after opening paints and goes on."""
        if not self._pending:
            return
        self._pending = False
        self._window.repaint()
        self._after_paint()
        self.list_shown.emit()
