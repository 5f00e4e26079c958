"""Everything that imports PySide6: the window, its dialogs, Qt models and background tasks.

One package per feature (``candidates``, ``importing``, ``retention``, ``requests``,
``exporting``, ``vault``), each installing its actions into the main window, and ``shell``
(app, controller, main window, tasks, error reporting) composing them; see docs/ARCHITECTURE.md.
The rest of the package is Qt-free; this layer only calls ``recruitdesk.services`` (never the
database or vault files directly) and turns core errors into translated sentences.
"""

from recruitdesk.gui.shell.singleton_guard import make_singletons_immortal

make_singletons_immortal()  # before any Qt call: see shell.singleton_guard (PySide6 6.12.0 bugs on Python 3.11)
