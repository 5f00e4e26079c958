"""Data-subject rights requests in the window: the register in a dock (Ctrl+R), the Requests
menu, and Candidate > Register a rights request.

The register (``RequestsPanel``) exists only while the vault is unlocked; locking closes its
dialogs and deletes it, so no name stays behind. The dock's title says how many requests are
overdue or due soon. ``choose_export_folder`` (Export data… of an access request) is a plain
attribute, so tests pre-answer it. Candidate > Register a rights request… opens the dock's
dialog (``dialogs.RegisterRequestDialog``) through the local vault's writer.

While a team is shown in the window (``follow_team``, from ``gui.team.hosting``) the same dock
lists the team's register through the team's source (``gui.team.requests_source``), from the
moment the team is open until it closes (``follow_local``): one dock for both kinds of vault.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QWidget

from recruitdesk.dates import long_date
from recruitdesk.gui.exporting.dialog import choose_export_folder
from recruitdesk.gui.requests.dialogs import RegisterRequestDialog
from recruitdesk.gui.requests.local_writer import LocalRequestWriter
from recruitdesk.gui.requests.panel import RequestsPanel
from recruitdesk.gui.requests.source import RequestsSource
from recruitdesk.gui.shell.feature import Feature
from recruitdesk.services import rights_requests as rr
from recruitdesk.vault.vault import Vault

REQUEST_WINDOW_DAYS = 7  # the requests panel's "due soon" window
ALL_DOCK_AREAS = (Qt.DockWidgetArea.TopDockWidgetArea | Qt.DockWidgetArea.BottomDockWidgetArea
                  | Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)


class RequestsFeature(Feature):
    """Emits ``changed`` when a request was registered or completed (the window reloads)."""

    DIALOGS = ("request_dialog",)
    changed = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.panel: RequestsPanel | None = None
        self._team: QWidget | None = None  # the team shown in the window, whose register the dock lists
        self.choose_export_folder = choose_export_folder
        dock = QDockWidget(self.tr("Requests"), window)
        dock.setObjectName("requestsDock")
        dock.setAccessibleName(self.tr("Rights requests register"))
        dock.setAllowedAreas(ALL_DOCK_AREAS)
        window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, dock)
        self.dock = dock
        # Not the dock's toggle: a user clicking "Rights requests" wants to see them, so the
        # action always opens, raises and focuses the register; the dock's X closes it.
        toggle = self.action(self.tr("Rights &requests"), self.tr("Open the register of data-subject requests"),
                             "Ctrl+R", self.show, "actionRightsRequests")
        self.open_action = toggle
        dock.setWidget(QLabel(self.tr("The vault is locked.")))

        self.request_action = self.action(
            self.tr("Register a rights &request…"), self.tr("Register an access, erasure or other request of the selected candidate"),
            "Ctrl+Shift+R", self.register_request, "actionRegisterCandidateRequest")
        menu = QMenu(self.tr("Re&quests"), window)
        menu.setObjectName("menuRequests")
        menu.addAction(toggle)
        self.register_request_action = self.action(
            self.tr("Register a request &without a candidate…"),
            self.tr("Register a request from someone who is not (yet) linked to a candidate"),
            None, lambda: self.register_request(linked=False), "actionRegisterRequest")
        menu.addAction(self.register_request_action)
        window.menuBar().insertMenu(window.ui.menuHelp.menuAction(), menu)
        self.menu = menu
        window.ui.mainToolBar.insertAction(window.ui.actionRetentionSettings, toggle)

    def add_candidate_action(self, candidate_menu: QMenu) -> None:
        """Candidate > Register a rights request… (last in that menu)."""
        candidate_menu.addAction(self.request_action)

    # --- the window calls these ------------------------------------------------------------
    def vault_opened(self, vault: Vault) -> None:
        self._drop_panel()
        panel = RequestsPanel(vault, self.window.today, window_days=REQUEST_WINDOW_DAYS)
        panel.changed.connect(self.changed)
        self._put(panel)

    def _put(self, panel: RequestsPanel) -> None:
        panel.choose_export_folder = lambda parent: self.choose_export_folder(parent)
        panel.setAccessibleName(self.tr("Rights requests"))
        panel.table.horizontalHeader().setStretchLastSection(True)
        self.panel = panel
        self.dock.setWidget(panel)

    def follow_team(self, team: QWidget, source: RequestsSource) -> None:
        """A team is shown in the window: Rights requests (Ctrl+R) stays in the Requests menu, and the dock lists
        the team's register, read through ``source``, once the team is open (hidden until the user opens it)."""
        self._drop_panel()
        self._team = team
        self.open_action.setVisible(True)
        team.opened.connect(lambda: self._team_opened(team, source))

    def _team_opened(self, team: QWidget, source: RequestsSource) -> None:
        if self._team is not team:
            return
        self._drop_panel()
        panel = RequestsPanel(source, team.clock.today, window_days=REQUEST_WINDOW_DAYS)
        panel.summary_read.connect(self._show_title)
        self._put(panel)

    def follow_local(self) -> None:
        """The team closed: no name of it stays in the dock, which serves the local vault again (hidden until
        the window shows its docks, as before the team)."""
        self._team = None
        self._drop_panel()
        self.dock.setVisible(False)

    def vault_closed(self) -> None:
        super().vault_closed()
        self._drop_panel()

    def update_actions(self) -> None:
        unlocked = self.vault is not None
        self.request_action.setEnabled(unlocked and bool(self.window.selected_ids()))
        self.register_request_action.setEnabled(unlocked)

    def show_summary(self, requests: rr.RequestSummary | None) -> None:
        """The dock's title counts the overdue requests, else those due soon (a local vault's, from its retention
        summary; a team's comes with each read of its register)."""
        if self._team is None:
            self._show_title(requests)

    def _show_title(self, requests: rr.RequestSummary | None) -> None:
        overdue = len(requests.overdue) if requests else 0
        if overdue:
            self.dock.setWindowTitle(self.tr("Requests – {count} overdue").format(count=overdue))
        elif requests and requests.due_soon:
            self.dock.setWindowTitle(self.tr("Requests – {count} due soon").format(count=len(requests.due_soon)))
        else:
            self.dock.setWindowTitle(self.tr("Requests"))

    # --- actions ---------------------------------------------------------------------------
    def show(self) -> None:
        """Open the register in front, with the keyboard in it (never hides it)."""
        self.dock.show()
        self.dock.raise_()
        self.dock.activateWindow()
        target = self.panel.table if self.panel is not None else self.dock.widget()
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def register_request(self, candidate_id: int | None = None, linked: bool = True) -> RegisterRequestDialog | None:
        """Register a data-subject request, linked to the selected candidate unless ``linked`` is False."""
        if self.vault is None:
            return None
        if linked:
            candidate_id = candidate_id if candidate_id is not None else self.window.current_id()
        name = self.window.name_of(candidate_id) if candidate_id is not None else None
        self.close_dialog("request_dialog")
        dialog = RegisterRequestDialog(LocalRequestWriter(self.vault, self.window.today), candidate_id, name, self.window)
        dialog.saved.connect(self._registered)
        self.track(dialog, "request_dialog")
        dialog.open()
        return dialog

    def _registered(self, view: rr.RequestView) -> None:
        self.show()
        if self.panel is not None:
            self.panel.refresh()
        self.changed.emit()
        self.window.statusBar().showMessage(self.tr("Request registered; answer by {date}.").format(date=long_date(view.deadline)), 8000)

    def _drop_panel(self) -> None:
        """Close the panel's dialogs and delete it: no name stays behind a locked vault."""
        panel, self.panel = self.panel, None
        placeholder = QLabel(self.tr("The vault is locked."))
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dock.setWidget(placeholder)
        self.dock.setWindowTitle(self.tr("Requests"))
        if panel is not None:
            panel.shut_down()
            panel.setParent(None)
            panel.deleteLater()


def install(window: QMainWindow) -> RequestsFeature:
    """Add the requests dock, the Requests menu and Candidate > Register a rights request."""
    return RequestsFeature(window)
