"""Keep known PySide6 bugs from aborting the app: None, True and False made immortal, as
Python 3.12 does.

PySide6 6.12.0 on Python 3.11 drops references it never took to three singletons:

- ``None``, on every Qt call that returns nothing (``QLabel.setText``, ``QStandardItem.setData``,
  ``processEvents``, ...);
- ``True``, on every ``signal.emit(...)`` and ``signal.disconnect(...)`` (both return a bool).

Each starts with a few thousand references, so after that many calls its count reaches zero and
the interpreter aborts ("Fatal Python error: none_dealloc" / "bool_dealloc: deallocating True or
False"): a window whose background tasks report by signal died after some hours of work. From
Python 3.12 these objects are immortal and the lost references do not matter. 6.11.3 has no
None leak, but its translation tool drops the plural forms the catalogs need.

So on CPython before 3.12, the first import of the GUI adds a billion references to each of
them (the reference count is the first field of the object, which lives for the whole process
anyway): the leak would need a billion Qt calls to matter. Nothing else changes; the guard is a
no-op on 3.12+ and on other interpreters. tests/gui/test_qt_binding.py measures the leaks, shows
that each kills a process without the guard, and that the guarded process survives.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1_000_000_000
SINGLETONS = (None, True, False)


def make_singletons_immortal() -> bool:
    """Raise the singletons' reference counts beyond reach of the leaks; True when it was
    needed and done (once per process)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    done = False
    for singleton in SINGLETONS:
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < RESERVE:
            count.value += RESERVE
            done = True
    return done
