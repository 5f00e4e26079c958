"""Everything that imports PySide6: the window, its dialogs, Qt models and background tasks.

The rest of the package is Qt-free; this layer only calls ``recruitdesk.services`` (never the
database or vault files directly) and turns core errors into translated sentences.
"""
