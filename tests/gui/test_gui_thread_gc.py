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


class _Finaliser:
    """Sits in the window's reference cycle and notes which thread collects the cycle."""

    def __init__(self, collected_on: list[int]) -> None:
        self.collected_on = collected_on

    def __del__(self) -> None:
        self.collected_on.append(threading.get_ident())


def test_a_closed_window_in_a_cycle_is_collected_on_the_gui_thread_not_by_a_busy_worker(qtbot):
    assert not gc.isenabled()  # the GUI tests collect as the app does (tests/gui/conftest.py)
    gui_thread = threading.get_ident()
    collected_on: list[int] = []

    window = QWidget()
    finaliser = _Finaliser(collected_on)
    window.finaliser, finaliser.window = finaliser, window  # type: ignore[attr-defined]  # a cycle, as a lambda slot makes
    window.show()
    window.close()
    del window, finaliser

    def allocate(count: int) -> int:  # a worker allocating plenty, as a key renewal or an import does
        kept = [[index] for index in range(count)]
        return len(kept)

    with qtbot.waitSignal(Task(allocate, 200_000).start().finished, timeout=30000):
        pass  # with automatic collection, these allocations collect the cycle on the worker
    assert collected_on in ([], [gui_thread])  # the GUI thread's timer may have collected it meanwhile, nothing else
    gc.collect()  # what the GUI thread's collector does when it is due
    assert collected_on == [gui_thread]


def test_the_collector_switches_automatic_collection_off_and_its_timer_collects_when_due(qtbot, qapp):
    gc.enable()
    thresholds = gc.get_threshold()
    collected_on: list[int] = []
    collector = GuiThreadCollector(qapp)
    try:
        assert not gc.isenabled()
        gc.set_threshold(50, 10, 10)  # due soon
        window = QWidget()
        finaliser = _Finaliser(collected_on)
        window.finaliser, finaliser.window = finaliser, window  # type: ignore[attr-defined]
        del window, finaliser
        garbage = [[index] for index in range(200)]  # generation 0 over its threshold
        del garbage
        qtbot.waitUntil(lambda: collected_on != [], timeout=10000)  # the timer collected it
        assert collected_on == [threading.get_ident()]
    finally:
        gc.set_threshold(*thresholds)
        collector.stop()
    assert gc.isenabled()  # given back as it was
    gc.disable()  # as the session's collector keeps it (tests/gui/conftest.py)
