"""Keep a known PySide6 bug from aborting the app: None made immortal, as Python 3.12 does.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every Qt call that returns
nothing (``QLabel.setText``, ``QStandardItem.setData``, ...). ``None`` starts with a few thousand
references, so after that many calls its count reaches zero and the interpreter aborts with
"Fatal Python error: none_dealloc": a window refreshed by a timer would crash after a while. From
Python 3.12 ``None`` is immortal and the lost references do not matter. 6.11.3 has no leak, but
its translation tool drops the plural forms the catalogs need, and QtPdf for 6.12 ships alone.

So on CPython before 3.12, the first import of the GUI adds a billion references to ``None``
(its reference count is the first field of the object, which lives for the whole process
anyway): the leak would need a billion Qt calls to matter. Nothing else changes; the guard is a
no-op on 3.12+ and on other interpreters. tests/gui/test_qt_binding.py checks both the leak's
harmlessness and that the guard is in place.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1_000_000_000


def make_none_immortal() -> bool:
    """Raise None's reference count beyond reach of the leak; True when it was needed and done."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value >= RESERVE:
        return False  # already done in this process
    count.value += RESERVE
    return True
