"""Everything that imports PySide6: the window, its dialogs, Qt models and background tasks.

One package per feature (``candidates``, ``importing``, ``retention``, ``requests``,
``exporting``, ``vault``), each installing its actions into the main window, and ``shell``
(app, controller, main window, tasks, error reporting) composing them; see docs/ARCHITECTURE.md.
The rest of the package is Qt-free; this layer only calls ``recruitdesk.services`` (never the
database or vault files directly) and turns core errors into translated sentences.
"""

from recruitdesk.gui.shell.none_guard import make_none_immortal

make_none_immortal()  # before any Qt call: see shell.none_guard (a PySide6 6.12.0 bug on Python 3.11)
