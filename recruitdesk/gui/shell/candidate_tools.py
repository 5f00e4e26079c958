"""The Candidate menu and its one toolbar button.

The actions on the selected candidate (facts, consent, notes, export, a rights request) are
many; as separate toolbar buttons they no longer fit a laptop screen in Dutch or French and Qt
hides the last ones behind a ">>" button. They are grouped in the Candidate menu, which the
toolbar offers as a single drop-down button where Record facts used to be. Features add their
actions to ``window.candidate_menu``; nothing else in the toolbar changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolButton


def install_candidate_menu(window: QMainWindow) -> tuple[QMenu, QAction]:
    """Add the Candidate menu (before Retention) and its toolbar button; returns the menu and
    the toolbar action holding the button, for features that insert toolbar actions before it."""
    ui = window.ui
    menu = QMenu(QCoreApplication.translate("MainWindow", "&Candidate"), window)
    menu.setObjectName("menuCandidate")
    menu.setAccessibleName(QCoreApplication.translate("MainWindow", "Candidate"))
    menu.addAction(ui.actionRecordFacts)
    menu.addSeparator()
    window.menuBar().insertMenu(ui.menuRetention.menuAction(), menu)

    button = QToolButton(ui.mainToolBar)
    button.setObjectName("candidateToolButton")
    button.setText(QCoreApplication.translate("MainWindow", "&Candidate"))
    button.setAccessibleName(QCoreApplication.translate("MainWindow", "Candidate"))
    button.setToolTip(QCoreApplication.translate(
        "MainWindow", "What to do with the selected candidate: facts, consent, notes, export, requests"))
    button.setMenu(menu)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    tools = ui.mainToolBar.insertWidget(ui.actionRecordFacts, button)
    ui.mainToolBar.removeAction(ui.actionRecordFacts)
    ui.mainToolBar.insertSeparator(ui.actionDelete)
    return menu, tools
