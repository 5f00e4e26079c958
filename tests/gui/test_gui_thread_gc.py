"""Cycles are collected on the GUI thread only (``gui.shell.gui_thread_gc``): a closed window in a
reference cycle must never be destroyed by a worker thread that happens to allocate."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QWidget

from recruitdesk.gui.shell.gui_thread_gc import GuiThreadCollector, due_generation
from recruitdesk.gui.shell.tasks import Task


def test_the_generation_due_is_the_one_cpython_would_collect():
    assert due_generation((10, 0, 0), (700, 10, 10)) is None
    assert due_generation((701, 3, 0), (700, 10, 10)) == 0
    assert due_generation((701, 11, 0), (700, 10, 10)) == 1
    assert due_generation((701, 11, 11), (700, 10, 10)) == 2
    assert due_generation((5000, 0, 0), (0, 10, 10)) is None  # collection switched off by threshold 0


def test_a_closed_window_in_a_cycle_is_destroyed_on_the_gui_thread_not_by_a_busy_worker(qtbot, qapp):
    assert not gc.isenabled()  # the GUI tests collect as the app does (tests/gui/conftest.py)
    gui_thread = threading.get_ident()
    destroyed_on: list[int] = []

    window = QWidget()
    window.cycle = window  # type: ignore[attr-defined]  # a reference cycle, as a lambda slot holding it makes
    window.destroyed.connect(lambda: destroyed_on.append(threading.get_ident()))
    window.show()
    window.close()
    del window

    def allocate(count: int) -> int:  # a worker allocating plenty, as a key renewal or an import does
        kept = [[index] for index in range(count)]
        return len(kept)

    with qtbot.waitSignal(Task(allocate, 200_000).start().finished, timeout=30000):
        pass
    collector = GuiThreadCollector(qapp)
    try:
        qtbot.waitUntil(lambda: destroyed_on != [], timeout=10000)
    finally:
        collector.stop()
    assert destroyed_on == [gui_thread]
