"""Vacancies in the window: the list in a dock above the candidates, a tab beside the retention
dashboard and the requests (Ctrl+Shift+V shows it and puts the cursor in its search), the
Vacancies menu, a vacancy's board window, and the New vacancy / Vacancy filled dialogs.

The list and any open board exist only while the vault is unlocked. Files dropped on a vacancy
in the list, or on its board, go to the import flow with that vacancy (``import_requested``,
which the window connects to the import feature). ``vacancy_closed(vacancy_id, rejected)``
fires after a vacancy was closed, with the applications that ended as not hired: the hook for
the rejection messages.

While a team is shown in the window (``follow_team``, from ``gui.team.hosting``) the same dock,
menu, board window and dialogs serve the team's vacancies through the team's source
(``gui.team.vacancies_source``), from the moment the team is open until it closes
(``follow_local``): one dock for both kinds of vault. ``letters_wanted`` then asks for the
rejection letters (the board's "Write rejection messages…"), and the team adds its own items to
the menu (``gui.team.vacancy_actions``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QWidget

from recruitdesk.gui.importing.drop import ImportDropHandler
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.feature import Feature
from recruitdesk.gui.vacancies.dialogs import CloseVacancyDialog, VacancyDialog
from recruitdesk.gui.vacancies.list_panel import VacancyListPanel
from recruitdesk.gui.vacancies.source import LocalVacanciesSource, VacanciesSource
from recruitdesk.gui.vacancies.vacancy_window import VacancyWindow
from recruitdesk.vault.vault import Vault

ALL_DOCK_AREAS = (Qt.DockWidgetArea.TopDockWidgetArea | Qt.DockWidgetArea.BottomDockWidgetArea
                  | Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)


class VacanciesFeature(Feature):
    DIALOGS = ("vacancy_dialog", "close_dialog_", "board_window")
    import_requested = Signal(list, object)  # the files, the vacancy (a team's: a UUID)
    vacancy_closed = Signal(object, list)  # a local vacancy's number or a team's id, the rejected applications
    letters_wanted = Signal(object, object)  # a team's board: the vacancy's id, its rejected applications' ids
    changed = Signal()  # a write of the dialogs or the board landed (a team reads its applicants' rows again)
    actions_updated = Signal()  # the list's choice changed: a team's own items in the menu follow it

    def __init__(self, window: QMainWindow, choose_files: Callable[[QWidget | None], list[Path]] | None = None) -> None:
        super().__init__(window)
        self.panel: VacancyListPanel | None = None
        self.source: VacanciesSource | None = None  # the local vault's or the team's, while one is open
        self._team: QWidget | None = None  # the team shown in the window, whose vacancies the dock lists
        self._today: Callable[[], dt.date] = window.today
        self.choose_files = choose_files or (lambda parent: [])
        dock = QDockWidget(self.tr("Vacancies"), window)
        dock.setObjectName("vacanciesDock")
        dock.setAccessibleName(self.tr("Vacancies"))
        dock.setAllowedAreas(ALL_DOCK_AREAS)
        window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, dock)
        self.dock = dock
        self._placeholder()
        self.show_action = toggle = self.action(self.tr("&Vacancies"), self.tr("Show the vacancies beside the candidates"), "Ctrl+Shift+V",
                             self.show, "actionShowVacancies")
        self.new_action = self.action(self.tr("&New vacancy…"), self.tr("Add a vacancy to recruit for"), "Ctrl+Shift+J",
                                      self.new_vacancy, "actionNewVacancy")
        self.open_action = self.action(self.tr("&Open vacancy"), self.tr("Show the selected vacancy's applications on a board"),
                                       None, self.open_vacancy, "actionOpenVacancy")
        self.import_action = self.action(self.tr("&Import CVs into vacancy…"),
                                         self.tr("Import CV files as applications to the selected vacancy"), None,
                                         self.import_into_vacancy, "actionImportIntoVacancy")
        self.filled_action = self.action(self.tr("Vacancy &filled…"),
                                         self.tr("Record who was hired in the selected vacancy; everyone else's procedure ends"),
                                         None, self.vacancy_filled, "actionVacancyFilled")
        menu = QMenu(self.tr("Vaca&ncies"), window)
        menu.setObjectName("menuVacancies")
        for action in (toggle, self.new_action, self.open_action, self.import_action, self.filled_action):
            menu.addAction(action)
        menu.insertSeparator(self.new_action)
        window.menuBar().insertMenu(window.ui.menuHelp.menuAction(), menu)
        self.menu = menu
        self.drop_handler = ImportDropHandler(self, accepts=lambda: self.panel is not None and self.source is not None
                                              and self.source.imports, target_at=self._vacancy_at)
        self.drop_handler.hint_text = lambda target: (  # type: ignore[method-assign]
            self.tr("Drop CVs to import them as applications to this vacancy") if target is not None
            else self.tr("Drop the CVs on a vacancy"))
        self.drop_handler.files_dropped.connect(self._files_dropped)
        window.rows_loaded.connect(self._candidates_reloaded)

    # --- the window calls these ------------------------------------------------------------
    def vault_opened(self, vault: Vault) -> None:
        self._use(LocalVacanciesSource(vault), self.window.today)

    def _use(self, source: VacanciesSource, today: Callable[[], dt.date]) -> None:
        self._drop_panel()
        self.source, self._today = source, today
        panel = VacancyListPanel(source)
        panel.open_requested.connect(self.open_vacancy)
        panel.loaded.connect(lambda _count: self.update_actions())
        panel.failed.connect(lambda error: self.window.statusBar().showMessage(user_message(error), 12000))  # in words
        panel.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.drop_handler.install(panel.table)
        self.panel = panel
        self.dock.setWidget(panel)
        self.update_actions()

    def follow_team(self, team: QWidget, source: Callable[[], VacanciesSource]) -> None:
        """A team is shown in the window: the dock, the menu and the board list the team's vacancies, read and
        written through ``source()`` (made once the team is open), until ``follow_local``."""
        self._drop_panel()
        self._team = team
        team.opened.connect(lambda: self._team_opened(team, source))

    def _team_opened(self, team: QWidget, source: Callable[[], VacanciesSource]) -> None:
        if self._team is not team:
            return
        self._use(source(), team.clock.today)
        writes = not self.source.read_only_reason() if self.source is not None else False
        for action in (self.show_action, self.open_action):
            action.setVisible(True)
        for action in (self.new_action, self.import_action, self.filled_action):
            action.setVisible(writes)  # a DPO reads only (the board says why)

    def follow_local(self) -> None:
        """The team closed: no title or name of it stays in the dock or a board, which serve the local vault
        again (hidden until the window shows its docks, as before the team)."""
        self._team = None
        self.vault_closed()
        self.dock.setVisible(False)

    def vault_closed(self) -> None:
        super().vault_closed()
        self._drop_panel()

    def reload(self) -> None:
        """The list (the newest read wins) and the open board, unless busy, read again (a colleague's change)."""
        if self.panel is not None:
            self.panel.refresh()
        if self.board_window is not None and not self.board_window.busy:
            self.board_window.reload()

    def update_actions(self) -> None:
        unlocked = self.source is not None and self.panel is not None
        row = self.panel.current_row() if self.panel is not None else None
        self.new_action.setEnabled(unlocked)
        self.open_action.setEnabled(row is not None)
        self.import_action.setEnabled(row is not None and row.is_active)
        self.filled_action.setEnabled(row is not None and row.is_active)
        self.actions_updated.emit()

    # --- actions ---------------------------------------------------------------------------
    def show(self) -> None:
        self.dock.show()
        self.dock.raise_()
        if self.panel is not None:
            self.panel.search_edit.setFocus()

    def new_vacancy(self) -> VacancyDialog | None:
        if self.source is None or self.source.read_only_reason():
            return None
        self.close_dialog("vacancy_dialog")
        dialog = VacancyDialog(self.source, self._today(), None, self.window)
        dialog.saved.connect(self._vacancy_saved)
        self.track(dialog, "vacancy_dialog")
        dialog.open()
        return dialog

    def edit_vacancy(self, vacancy_id: object) -> VacancyDialog | None:
        board = self.board_window
        if self.source is None or board is None or board.vacancy is None or board.vacancy.id != vacancy_id:
            return None
        self.close_dialog("vacancy_dialog")
        dialog = VacancyDialog(self.source, self._today(), board.vacancy, board)
        dialog.saved.connect(self._vacancy_saved)
        self.track(dialog, "vacancy_dialog")
        dialog.open()
        return dialog

    def open_vacancy(self, vacancy_id: object = None) -> VacancyWindow | None:
        if self.source is None or self.panel is None:
            return None
        vacancy_id = vacancy_id if vacancy_id is not None else self.panel.current_id()
        if vacancy_id is None:
            return None
        self.close_dialog("board_window")
        board = VacancyWindow(self.source, vacancy_id, self.window, self._today)
        board.choose_files = self.choose_files
        board.changed.connect(self._changed)
        board.import_requested.connect(self.import_requested)
        board.close_requested.connect(self.vacancy_filled)
        board.edit_requested.connect(self.edit_vacancy)
        board.rejection_messages_wanted.connect(self.letters_wanted)
        self.track(board, "board_window")
        board.show()
        return board

    def show_application(self, vacancy_id: object, application_id: object) -> VacancyWindow | None:
        """Open ``vacancy_id``'s board (closed ones too) with ``application_id`` selected: where
        the candidate pane's "Show on the board" leads (the list chooses the vacancy too, if it lists it)."""
        if self.panel is not None:
            self.panel.select(vacancy_id)
        board = self.open_vacancy(vacancy_id)
        if board is not None:
            board.select_after_load(application_id)
            board.raise_()
            board.activateWindow()
        return board

    def import_into_vacancy(self) -> None:
        row = self.panel.current_row() if self.panel is not None else None
        if row is None or not row.is_active:
            return
        paths = self.choose_files(self.window)
        if paths:
            self.import_requested.emit(list(paths), row.id)

    def vacancy_filled(self, vacancy_id: object = None) -> CloseVacancyDialog | None:
        if self.source is None or self.panel is None or self.source.read_only_reason():
            return None
        board = self.board_window
        if vacancy_id is None:
            vacancy_id = self.panel.current_id()
        if vacancy_id is None:
            return None
        if board is None or board.vacancy is None or board.vacancy.id != vacancy_id:
            board = self.open_vacancy(vacancy_id)  # the dialog lists the board's applications
            if board is None:
                return None
            board.loaded.connect(lambda board=board: self._open_close_dialog(board) if self.close_dialog_ is None else None)
            return None
        return self._open_close_dialog(board)

    def _open_close_dialog(self, board: VacancyWindow) -> CloseVacancyDialog | None:
        if self.source is None or board.vacancy is None or not board.vacancy.is_active:
            return None
        self.close_dialog("close_dialog_")
        still_open = [row for row in board.applications if row.outcome == "open"]
        dialog = CloseVacancyDialog(self.source, self._today(), board.vacancy.id, board.vacancy,
                                    still_open, board)
        dialog.closed.connect(self._vacancy_closed)
        self.track(dialog, "close_dialog_")
        dialog.open()
        return dialog

    # --- afterwards ------------------------------------------------------------------------
    def _vacancy_saved(self, vacancy_id: object) -> None:
        self.show()
        if self.panel is not None:
            self.panel.refresh()
            self.panel.loaded.connect(self._select_once(vacancy_id))
        if self.board_window is not None:
            self.board_window.reload()
        self.window.statusBar().showMessage(self.tr("Vacancy saved."), 8000)

    def _select_once(self, vacancy_id: object):
        def select(_count: int) -> None:
            if self.panel is not None:
                self.panel.loaded.disconnect(select)
                self.panel.select(vacancy_id)
        return select

    def _vacancy_closed(self, vacancy_id: object, rejected: list) -> None:
        self.window.statusBar().showMessage(self.tr(
            "Vacancy closed; the procedures of {count} candidates ended and their countdowns started.").format(count=len(rejected)), 8000)
        if self.board_window is not None:
            self.board_window.reload()
        self._changed()
        self.vacancy_closed.emit(vacancy_id, rejected)

    def _changed(self) -> None:
        if self.panel is not None:
            self.panel.refresh()
        self.window.refresh()
        self.changed.emit()

    def _candidates_reloaded(self, _count: int) -> None:
        """After an import (or any reload) the counts per stage may have changed."""
        if self.panel is not None and not self.panel.loading:
            self.panel.refresh()
        if self.board_window is not None and not self.board_window.busy:
            self.board_window.reload()

    def _vacancy_at(self, widget: QWidget, position) -> int | None:
        if self.panel is None or widget is not self.panel.table.viewport():
            return None
        return self.panel.vacancy_at(position)

    def _files_dropped(self, paths: list, vacancy_id: int | None) -> None:
        if vacancy_id is not None:
            self.import_requested.emit(list(paths), vacancy_id)

    def _placeholder(self) -> None:
        placeholder = QLabel(self.tr("The vault is locked."))
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dock.setWidget(placeholder)

    def _drop_panel(self) -> None:
        """No vault or team to list: nothing acts on the one that closed, and no title of it stays."""
        panel, self.panel, self.source = self.panel, None, None
        self._placeholder()
        if panel is not None:
            panel.forget()
            panel.setParent(None)
            panel.deleteLater()


def install(window: QMainWindow, choose_files: Callable[[QWidget | None], list[Path]] | None = None) -> VacanciesFeature:
    """Add the vacancies dock and menu; the window connects ``import_requested`` to its import."""
    return VacanciesFeature(window, choose_files)
