"""Requests > Register a request without a candidate… and Retention > Audit log… in the team's panel.

Its own module so the team window stays small: ``install(window)`` adds the actions to the
window's menus (enabled once the team is open, as they need the window's ``desk``). The register is
the window's requests dock (Requests > Rights requests, Ctrl+R), which lists the team's register
through ``requests_source``, opened by Requests > Rights requests (Ctrl+R) as a local vault's is, so a
team's Requests menu is a local vault's. The dock's Register… registers a request about the candidate selected in the
team's panel, else about a person who is not a candidate; "without a candidate" (the local window's
words) opens the dock with the dialog for such a person, for the members who may write (recruiters
and administrators; a DPO only reads). The dialogs are the local vault's (``gui.requests.dialogs``),
writing through the team's rules (``request_writer``). Audit log… opens one Audit window per team,
raised again instead of opening a second: the local vault's Audit window
(``gui.audit.window.AuditWindow``) through the team's source (``audit_source``);
``window.choose_audit_file`` asks where its export goes.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from recruitdesk.gui.audit.window import AuditWindow, choose_export_file
from recruitdesk.gui.requests.panel import RequestsPanel
from recruitdesk.gui.team.audit_source import TeamAuditSource
from recruitdesk.gui.team.one_dialog import close_one, show_one
from recruitdesk.gui.requests.dialogs import CompleteRequestDialog, ExtendRequestDialog, RegisterPersonRequestDialog, RegisterRequestDialog
from recruitdesk.gui.team.request_writer import TeamRequestWriter
from recruitdesk.gui.team.table_model import ID_ROLE
from recruitdesk.services.team_register import RegisterRow


def install(window) -> QAction:
    """Add Requests > Register a request without a candidate… (as ``window.register_person_action``) and
    Retention > Audit log… to ``window`` (a ``TeamPanel``); the Audit log… action is returned."""
    audit_action = QAction(QCoreApplication.translate("TeamWindow", "&Audit log…"), window)
    person_action = QAction(QCoreApplication.translate("RequestsFeature", "Register a request &without a candidate…"), window)
    person_action.setStatusTip(QCoreApplication.translate(
        "RequestsFeature", "Register a request from someone who is not (yet) linked to a candidate"))
    person_action.setObjectName("teamRegisterPersonRequest")
    person_action.triggered.connect(lambda: register_person(window))
    audit_action.triggered.connect(lambda: show_audit(window))
    window.requests_menu.addAction(person_action)
    window.retention_menu.addAction(audit_action)
    for action in (audit_action, person_action):
        action.setEnabled(False)
    window.opened.connect(lambda: audit_action.setEnabled(True))
    window.opened.connect(lambda: person_action.setEnabled(window.desk is not None and window.desk.may_write))
    window.register_person_action = person_action
    window.closed.connect(lambda: close_one(window, "audit_window"))
    window.audit_window = None
    window.choose_audit_file = choose_export_file
    return audit_action


def selected_candidate(window) -> tuple[UUID, str] | None:
    """The candidate selected in the team's panel's list: their id and name."""
    model = window.table.selectionModel()
    rows = model.selectedRows() if model is not None else []
    if not rows:
        return None
    return rows[0].data(ID_ROLE), window.model.row_at(rows[0].row()).full_name


def show_register(window) -> RequestsPanel | None:
    """The window's requests dock, opened and raised (as Rights requests opens it), listing the team's register (kept up to date by the
    colleagues' change notices; its Reload reads it again); its panel."""
    if window.desk is None:
        return None
    requests = window.main.requests
    requests.show()
    return requests.panel


def register_person(window) -> QDialog | None:
    """The requests dock, shown, with the dialog of a request about a person who is not a candidate open over it."""
    panel = show_register(window)
    return panel.register_request(linked=False) if panel is not None else None


def new_request_dialog(window, parent: QWidget, linked: bool = True) -> QDialog | None:
    """The requests dock's Register…: about the candidate selected in the team's list, else (or when not
    ``linked``) about a person who is not a candidate."""
    if window.desk is None:
        return None
    chosen = selected_candidate(window) if linked else None
    writer = TeamRequestWriter(window.desk)
    if chosen is not None:
        return RegisterRequestDialog(writer, chosen[0], chosen[1], parent)
    return RegisterPersonRequestDialog(writer, parent)


def extend_dialog(window, row: RegisterRow, parent: QWidget) -> QDialog | None:
    """The requests dock's Extend…, writing through the team's rules."""
    return ExtendRequestDialog(TeamRequestWriter(window.desk), row, parent) if window.desk is not None else None


def complete_dialog(window, row: RegisterRow, parent: QWidget) -> QDialog | None:
    """The requests dock's Complete…, writing through the team's rules (an objection's ending, an erasure asked first)."""
    return CompleteRequestDialog(TeamRequestWriter(window.desk), row, parent) if window.desk is not None else None


def show_audit(window) -> AuditWindow | None:
    """The team's audit log in the Audit window; one per team, raised and reloaded when asked for again."""
    shown = window.audit_window
    if shown is not None and shown.isVisible() and shown.desk is window.desk:
        shown.refresh()

    def make() -> AuditWindow:
        dialog = AuditWindow(TeamAuditSource(window.desk), window, lambda parent, suggested: window.choose_audit_file(parent, suggested))
        dialog.setWindowTitle(QCoreApplication.translate("TeamWindow", "Audit log – team vault"))
        dialog.show()
        return dialog
    return show_one(window, "audit_window", make)  # type: ignore[return-value]
