"""The line above the team list that says how many candidates are overdue or due soon, after the daily check.

The team's one daily check runs on a worker when the window opens (``TeamDesk.run_daily_check``:
whichever member's client comes first runs it; the others only count). The banner shows the counts
when there is something to do, with a button that narrows the list to those candidates and back.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from recruitdesk.gui.shell.styles import ERROR_STYLE
from recruitdesk.services.team_desk import TeamCheck


class RetentionBanner(QWidget):
    filter_toggled = Signal(bool)  # True: show only the candidates due

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filtering = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("Retention alerts"))
        self.label.setStyleSheet(ERROR_STYLE)
        self.filter_button = QPushButton(self.tr("Show them"), self)
        self.filter_button.clicked.connect(self._toggle)
        row.addWidget(self.label, 1)
        row.addWidget(self.filter_button)
        self.setVisible(False)

    def show_counts(self, check: TeamCheck) -> None:
        """"2 overdue, 3 due within two weeks"; hidden when nothing is due (and the filter let go)."""
        parts = []
        if check.overdue:
            parts.append(self.tr("%n overdue", "", check.overdue))
        if check.due_soon:
            parts.append(self.tr("%n due within two weeks", "", check.due_soon))
        self.label.setText(", ".join(parts))
        self.setVisible(bool(parts) or self.filtering)

    def _toggle(self) -> None:
        self.filtering = not self.filtering
        self.filter_button.setText(self.tr("Show all") if self.filtering else self.tr("Show them"))
        self.filter_toggled.emit(self.filtering)
