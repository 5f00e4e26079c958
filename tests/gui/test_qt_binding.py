"""The Qt binding's lost references to None cannot abort the app.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every Qt call that returns nothing;
after a few thousand calls the interpreter aborted ("Fatal Python error: none_dealloc").
recruitdesk.gui.shell.none_guard makes None effectively immortal on Python before 3.12.
"""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtGui import QStandardItem

from recruitdesk.gui.shell import none_guard

SCRIPT = """
import sys
calls = sys.getrefcount(None) + 5000  # more calls than None has references without the guard
{guard}
from PySide6.QtGui import QStandardItem
item = QStandardItem()
for number in range(calls):
    item.setText("x")
print("survived")
"""


def _run(guard: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", SCRIPT.format(guard=guard)], capture_output=True, text=True, timeout=300)


def test_the_window_process_survives_more_qt_calls_than_none_had_references():
    done = _run("import recruitdesk.gui")
    assert done.returncode == 0 and "survived" in done.stdout, done.stderr[-500:]


def test_the_guard_is_what_keeps_it_alive_where_the_leak_exists():
    """The control: without the guard, the same loop aborts where the binding leaks (3.11)."""
    item = QStandardItem()
    before = sys.getrefcount(None)
    for _ in range(1000):
        item.setText("x")
    leaks = before - sys.getrefcount(None) >= 900
    done = _run("")
    if leaks and sys.version_info < (3, 12):
        assert done.returncode != 0 and "none_dealloc" in done.stderr
        assert sys.getrefcount(None) > none_guard.RESERVE // 2  # the guard ran for this process
    else:
        assert done.returncode == 0
