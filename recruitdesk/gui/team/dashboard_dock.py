"""The team's retention dashboard: the local vault's dashboard widget, in a dock, for the team shown.

The same widget as a local vault's (``gui.retention.dashboard.RetentionDashboard``): a headline,
then the candidates overdue, due within the alert window and on legal hold, each with why
(``services.team_dashboard``). Selecting one selects their line in the list; a double-click or
Enter opens Record facts… for them. The rights requests to answer within a week are a sentence
under the headline, whose link opens the requests dock (the team's register, as a local vault's).
It is read again after the team's daily check, after a new policy or a reload, and shortly after
change notices (several at once read it once). The dock and its
Retention > Dashboard item (Ctrl+D) belong to the team's panel and go when the team closes;
closing forgets every name in it.
"""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget

from recruitdesk.gui.retention.dashboard import RetentionDashboard
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.services import team_dashboard
from recruitdesk.services.retention_alerts import RetentionSummary
from recruitdesk.services.rights_requests import RequestSummary
from recruitdesk.gui.team.window_type import TeamWindow


CHANGES_SETTLE_MS = 1500  # a burst of change notices (an import, a colleague's daily check) reads the dashboard once


class TeamDashboard(QObject):
    def __init__(self, panel: TeamWindow) -> None:
        super().__init__(panel)
        self._panel = panel
        main = panel.main
        self.widget = RetentionDashboard()
        self.widget.clear(QCoreApplication.translate("RetentionFeature", "Checking retention deadlines…"))
        dock = QDockWidget(QCoreApplication.translate("RetentionFeature", "Retention"), main)
        dock.setObjectName("teamRetentionDock")
        dock.setAccessibleName(QCoreApplication.translate("RetentionFeature", "Retention dashboard"))
        dock.setWidget(self.widget)
        main.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, dock)
        main.resizeDocks([dock], [230], Qt.Orientation.Vertical)
        self.dock = dock
        action = dock.toggleViewAction()
        action.setText(QCoreApplication.translate("RetentionFeature", "&Dashboard"))
        action.setShortcut(QKeySequence("Ctrl+D"))
        action.setToolTip(QCoreApplication.translate("RetentionFeature", "Show or hide the retention dashboard (Ctrl+D)"))
        self.action = action
        menu = panel.retention_menu
        first = next((item for item in menu.actions() if item.isVisible() and not item.isSeparator()), None)
        menu.insertAction(first, action)
        menu.insertSeparator(first)
        self.summary: RetentionSummary | None = None
        self._serial = 0
        self._settle = QTimer(self, singleShot=True, interval=CHANGES_SETTLE_MS)
        self._settle.timeout.connect(self.refresh)
        self.widget.selection_changed.connect(self._selected)
        self.widget.activated.connect(self._activated)
        self.widget.requests_activated.connect(main.requests.show)  # the requests dock, the team's register in it
        panel.checked.connect(lambda _check: self.refresh())
        panel.deadlines_moved.connect(self._settle.start)  # not every list load: the first one comes with the check
        panel.candidate_changed.connect(lambda _candidate: self._settle.start())
        panel.closed.connect(self._close)

    def refresh(self) -> None:
        """Read the summary again on a worker (the latest read wins)."""
        desk = self._panel.desk
        if desk is None:
            return
        self._settle.stop()
        self._serial += 1
        serial = self._serial
        task = Task(lambda: (team_dashboard.team_summary(desk), team_dashboard.team_request_summary(desk)))
        task.finished.connect(lambda summaries: self._arrived(serial, *summaries))
        task.failed.connect(lambda error: self._failed(serial, error))
        task.start()

    def _arrived(self, serial: int, summary: RetentionSummary, requests: RequestSummary) -> None:
        if serial != self._serial or self._panel.desk is None:
            return
        self.summary = summary
        self.widget.show_summary(summary)
        self.widget.show_requests_headline(requests.headline(), bool(requests.overdue))
        review = summary.needs_attention
        self.dock.setWindowTitle(QCoreApplication.translate("RetentionFeature", "Retention – {count} to review").format(count=review)
                                 if review else QCoreApplication.translate("RetentionFeature", "Retention"))
        # The dock's toggle takes the dock's title; the menu item keeps its own words, with the count as a local vault's.
        self.action.setText(QCoreApplication.translate("RetentionFeature", "&Dashboard ({count})").format(count=review)
                            if review else QCoreApplication.translate("RetentionFeature", "&Dashboard"))

    def _failed(self, serial: int, error: BaseException) -> None:
        if serial == self._serial and self._panel.desk is not None:
            self.widget.banner.setText(user_message(error))

    def _selected(self, ids: list) -> None:
        if len(ids) == 1:
            self._panel.select_candidate(ids[0])

    def _activated(self, candidate_id: object) -> None:
        """Double-click or Enter: Record facts… for them, as on a local vault's dashboard."""
        if self._panel.select_candidate(candidate_id):
            self._panel.candidate_actions.retention()

    def _close(self) -> None:
        """The team closed: forget every name, and the dock goes with the panel."""
        self._serial += 1
        self._settle.stop()
        self.summary = None
        self.widget.clear()
        main = self._panel.main
        main.removeDockWidget(self.dock)
        self.dock.deleteLater()
