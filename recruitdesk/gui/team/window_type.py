"""The name the team window's parts give the team's panel.

The panel (``gui.team.panel.TeamPanel``) builds its parts (the widgets, the candidate actions, the
dashboard, the facts source…), so a part that imported the panel's module to name its type would
close a circle of imports. The parts name it as the ``QWidget`` it is and reach what the panel
offers (``desk``, ``model``, its signals) by name, as the features installed by ``install(window)``
functions already do.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

TeamWindow = QWidget
