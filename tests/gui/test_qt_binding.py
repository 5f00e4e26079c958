"""The Qt binding's lost references to None and True cannot abort the app.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every Qt call that returns nothing,
and one to True on every ``signal.emit()``; after a few thousand calls the interpreter aborted
("Fatal Python error: none_dealloc" / "bool_dealloc"). recruitdesk.gui.shell.singleton_guard
makes None, True and False effectively immortal on Python before 3.12.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QStandardItem

from recruitdesk.gui.shell import singleton_guard

SCRIPT = """
import sys
calls = sys.getrefcount({singleton}) + 5000  # more calls than it has references without the guard
{guard}
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QStandardItem
class Source(QObject):
    changed = Signal(int)
item, source = QStandardItem(), Source()
source.changed.connect(lambda value: None)
for number in range(calls):
    {call}
print("survived")
"""

LEAKS = {
    # singleton, a call that drops a reference to it, the fatal error without the guard
    "None": ("None", 'item.setText("x")', "none_dealloc"),
    "True": ("True", "source.changed.emit(number)", "bool_dealloc"),
}


class _Source(QObject):
    changed = Signal(int)


def _run(leak: str, guard: str) -> subprocess.CompletedProcess:
    singleton, call, _fatal = LEAKS[leak]
    script = SCRIPT.format(singleton=singleton, guard=guard, call=call)
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)


def _leaks(leak: str) -> bool:
    """Measure the binding in this process: does the call still lose references?"""
    item, source = QStandardItem(), _Source()
    source.changed.connect(lambda value: None)
    singleton = {"None": None, "True": True}[leak]
    before = sys.getrefcount(singleton)
    for number in range(1000):
        if leak == "None":
            item.setText("x")
        else:
            source.changed.emit(number)
    return before - sys.getrefcount(singleton) >= 900


@pytest.mark.parametrize("leak", sorted(LEAKS))
def test_the_window_process_survives_more_qt_calls_than_the_singleton_had_references(leak):
    done = _run(leak, "import recruitdesk.gui")
    assert done.returncode == 0 and "survived" in done.stdout, done.stderr[-500:]


@pytest.mark.parametrize("leak", sorted(LEAKS))
def test_the_guard_is_what_keeps_it_alive_where_the_leak_exists(leak):
    """The control: without the guard, the same loop aborts where the binding leaks (3.11)."""
    done = _run(leak, "")
    if _leaks(leak) and sys.version_info < (3, 12):
        assert done.returncode != 0 and LEAKS[leak][2] in done.stderr, done.stderr[-500:]
        assert sys.getrefcount(True) > singleton_guard.RESERVE // 2  # the guard ran for this process
        assert sys.getrefcount(None) > singleton_guard.RESERVE // 2
    else:
        assert done.returncode == 0
