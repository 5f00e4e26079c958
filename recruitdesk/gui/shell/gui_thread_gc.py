"""Garbage collection on the GUI thread only.

Python's cyclic collector runs in whichever thread happens to allocate when a generation's count
crosses its threshold. A window or dialog that was closed but sits in a reference cycle (a lambda
slot that holds it, say) is then destroyed by that thread: a worker renewing a team's keys or reading
CVs would run a ``QWidget``'s C++ destructor off the GUI thread, which Qt does not allow. Seen: a
segmentation fault in the next slot the GUI thread ran (``tests/gui/team/test_members_window.py``,
a closed Members window collected during a key renewal on a worker).

As Anki does, automatic collection is switched off while the window runs, and the GUI thread collects
instead: a timer checks the collector's own counters and collects the generation that the automatic
collector would have collected, so memory behaves as before and only the thread changes.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 500


def due_generation(counts: tuple[int, int, int], thresholds: tuple[int, ...]) -> int | None:
    """The generation the automatic collector would collect now (None: none is due), as CPython
    decides: the oldest generation whose count exceeds its threshold, when generation 0's does."""
    if thresholds[0] <= 0 or counts[0] <= thresholds[0]:
        return None
    for generation in (2, 1):
        if counts[generation] > thresholds[generation]:
            return generation
    return 0


class GuiThreadCollector(QObject):
    """Owns the timer; made on the GUI thread (by ``app.run`` and the GUI tests' fixture)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.collect_if_due)
        self.timer.start()

    def collect_if_due(self) -> None:
        generation = due_generation(gc.get_count(), gc.get_threshold())
        if generation is not None:
            gc.collect(generation)

    def stop(self) -> None:
        """Back to automatic collection (the GUI tests' session ends; the app is quitting)."""
        self.timer.stop()
        if self._was_enabled:
            gc.enable()
