"""Live refresh: a worker thread LISTENing on the team's change feed for the open team window.

The thread owns its own connection (``TeamChangeFeed``): it connects, waits for notices in short
slices so :meth:`stop` ends it within about half a second, and hands each change to the GUI thread
as a queued signal. When the server goes away it says so (``lost``, with the translated error),
tries again every few seconds, and says ``restored`` once connected again: the window then reloads
the whole list, since notices sent while nobody listened are gone.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread, Signal

from recruitdesk.services.team_desk import CONNECT_TIMEOUT_SECONDS, TeamChangeFeed

WAIT_SLICE_SECONDS = 0.5
RETRY_SECONDS = 2.0
STOP_WAIT_MS = int((CONNECT_TIMEOUT_SECONDS + 2) * 1000)


class ChangeListenerThread(QThread):
    changed = Signal(object)  # a TeamChange
    lost = Signal(object)  # the error met (a translated TeamServerError when the server is the cause)
    restored = Signal()

    def __init__(self, feed: TeamChangeFeed, parent=None, retry_seconds: float = RETRY_SECONDS) -> None:
        super().__init__(parent)
        self.setObjectName("team change listener")
        self._feed = feed
        self._stop = threading.Event()
        self._retry_seconds = retry_seconds

    @property
    def listening(self) -> bool:
        """Connected and waiting for notices: a change committed now will be announced to this window."""
        return self.isRunning() and not self._stop.is_set() and self._feed.connected

    def stop(self, milliseconds: int = STOP_WAIT_MS) -> bool:
        """Ask the thread to end and wait for it (its connection is closed on the thread itself).

        It ends within half a second, unless it is just connecting to a server that does not answer:
        then within the connect timeout, which the wait covers (a QThread must not outlive its window)."""
        self._stop.set()
        return self.wait(milliseconds)

    def run(self) -> None:
        self._lost = False
        try:
            while not self._stop.is_set():
                try:
                    if not self._feed.connected:
                        self._feed.connect()
                        if self._lost:
                            self._lost = False
                            self.restored.emit()
                    for change in self._feed.wait(WAIT_SLICE_SECONDS):
                        self.changed.emit(change)
                except Exception as error:  # noqa: BLE001 - a server fault (translated) or a bug: said once, retried
                    self._feed.close()  # the window's message logs an unexpected error (type and frames, no data)
                    if not self._lost:
                        self._lost = True
                        self.lost.emit(error)
                    self._stop.wait(self._retry_seconds)
        finally:
            self._feed.close()
