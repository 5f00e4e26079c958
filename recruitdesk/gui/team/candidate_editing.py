"""New candidate… and Open in the team's panel: the same dialog and dock as a local vault's.

New candidate… opens the local vault's dialog (``gui.candidates.new_candidate``) on the team's source
(``new_candidate_source``): the candidate is added through the open team, as every team add is. Their
line is read and put in the list at once, selected (so the Candidate dock shows them); the status bar
says so, and warns when the person is on the team's suppression list. A DPO, who may not add, finds the
action disabled. Open, a double-click or Enter shows the selected candidate in the Candidate dock,
raised and focused: the dock a local vault's candidate is shown in, where the profile is edited and
saved over the version read (a colleague's newer save shows both versions: ``dock_save``).
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTableView

from recruitdesk.gui.candidates.new_candidate import NewCandidateDialog, added_message
from recruitdesk.gui.team.new_candidate_source import TeamNewCandidateSource
from recruitdesk.services.team_desk import TeamRow
from recruitdesk.gui.team.window_type import TeamWindow



class CandidateEditing:
    def __init__(self, window: TeamWindow) -> None:
        self.window = window
        self.dialog: NewCandidateDialog | None = None

    def connect_table(self, table: QTableView) -> None:
        """Double-click or Enter on a line opens it, as Open does."""
        table.doubleClicked.connect(lambda _index: self.open_selected())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), table, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_selected)

    def new(self) -> None:
        window = self.window
        desk = window.desk
        if desk is None or not desk.may_write:
            return
        dialog = NewCandidateDialog(TeamNewCandidateSource(desk), window.clock.today(), window)
        dialog.saved.connect(self._added)
        dialog.finished.connect(lambda _result, dialog=dialog: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        window.new_candidate_opened.emit(dialog)

    def _added(self, candidate_id: UUID, suppressed: bool) -> None:
        window = self.window
        window.statusBar().showMessage(added_message(suppressed), 8000)
        window.start_task(lambda desk=window.desk: desk.row(candidate_id), lambda row: self._row_arrived(candidate_id, row))

    def _row_arrived(self, candidate_id: UUID, row: TeamRow | None) -> None:
        window = self.window
        if row is None:  # erased by a colleague meanwhile
            return
        window.model.put(row)
        window.update_actions()
        if window.select_candidate(candidate_id):
            window.table.setFocus()

    def _closed(self, dialog: NewCandidateDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def open_selected(self) -> None:
        """The selected candidate in the Candidate dock, shown, raised and focused."""
        window = self.window
        if window.desk is None or window.selected_candidate() is None:
            return
        detail = window.main.candidate_detail
        detail.follow_selection()
        detail.dock.setVisible(True)
        detail.dock.raise_()
        detail.pane.setFocus(Qt.FocusReason.OtherFocusReason)
