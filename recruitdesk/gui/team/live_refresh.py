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

from recruitdesk import errors, logs
from recruitdesk.services.team_desk import TeamChangeFeed

WAIT_SLICE_SECONDS = 0.5
RETRY_SECONDS = 2.0


class ChangeListenerThread(QThread):
    changed = Signal(object)  # a TeamChange
    lost = Signal(object)  # the TeamServerError met
    restored = Signal()

    def __init__(self, feed: TeamChangeFeed, parent=None, retry_seconds: float = RETRY_SECONDS) -> None:
        super().__init__(parent)
        self.setObjectName("team change listener")
        self._feed = feed
        self._stop = threading.Event()
        self._retry_seconds = retry_seconds

    def stop(self, milliseconds: int = 5000) -> bool:
        """Ask the thread to end and wait for it (its connection is closed on the thread itself)."""
        self._stop.set()
        return self.wait(milliseconds)

    def run(self) -> None:
        was_lost = False
        try:
            while not self._stop.is_set():
                if not self._feed.connected:
                    try:
                        self._feed.connect()
                    except errors.RecruitDeskError as error:
                        if not was_lost:
                            self.lost.emit(error)
                            was_lost = True
                        self._stop.wait(self._retry_seconds)
                        continue
                    if was_lost:
                        was_lost = False
                        self.restored.emit()
                try:
                    for change in self._feed.wait(WAIT_SLICE_SECONDS):
                        self.changed.emit(change)
                except errors.RecruitDeskError as error:
                    self.lost.emit(error)
                    was_lost = True
                    self._stop.wait(self._retry_seconds)
        except Exception as error:  # noqa: BLE001 - a bug must not kill the app from a thread: logged, refresh stops
            logs.log_unexpected(error)
        finally:
            self._feed.close()
