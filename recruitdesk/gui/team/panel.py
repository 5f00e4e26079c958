"""The team in the main window: the shared candidates of a team vault on a PostgreSQL server.

A team folder opens in the same main window as a local vault (``MainWindow.host_team``, from
``AppController.start_existing``): the same toolbar search field, status bar, Lock, Quit, Help and
idle auto-lock. This panel is the window's central page while the team is open, and its actions
stand in the window's own Vault, Candidate, Retention, Requests and Vacancies menus in place of the
local vault's (``gui.team.hosting``). Locking closes the panel and the team (keys dropped): nothing
of the team stays in the window.

Opening the team (keychain, server, keys) and decrypting the list (about 2 s at 100,000 names) run on workers; saves on the database
worker. A listener thread keeps the list current with the other members' adds, edits and
erasures. A server fault is shown in a bar above the list with "Try again"; the window keeps
its rows and works again once the server is back (the pool reconnects, the listener too).
Once open, the team's daily retention check runs on a worker (a colleague's client may have run it
today: then it only counts) and a banner says how many candidates are overdue or due soon, with a
button that narrows the list to them. What is not the window's own work lives beside it: the
widgets (``window_widgets``), New candidate and Open (``candidate_editing``: the local vault's dialog
and the Candidate dock), dropped CVs (``cv_drop``), reading a changed line again (``row_reads``), and each menu's actions in a module of
their own (``candidate_actions``, ``document_actions``, ``vacancy_actions``, ``register_actions``...).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable
from uuid import UUID

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenuBar, QStatusBar, QWidget

import shiboken6

from recruitdesk.clock import Clock
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.tasks import Task, wait_for_background_work
from recruitdesk.gui.team import consents_action
from recruitdesk.gui.team import contact_actions
from recruitdesk.gui.team import document_actions
from recruitdesk.gui.team import members_action
from recruitdesk.gui.team import notes_action
from recruitdesk.gui.team import policy_action
from recruitdesk.gui.team import register_actions
from recruitdesk.gui.team import revocation_notice
from recruitdesk.gui.team import suppression_action
from recruitdesk.gui.team import vacancy_actions
from recruitdesk.gui.team.candidate_actions import TeamCandidateActions
from recruitdesk.gui.team import window_widgets
from recruitdesk.gui.team.candidate_editing import CandidateEditing
from recruitdesk.gui.team.cv_drop import TeamCvImport
from recruitdesk.gui.team.dashboard_dock import TeamDashboard
from recruitdesk.gui.team.live_refresh import ChangeListenerThread
from recruitdesk.gui.team.row_reads import RowReads
from recruitdesk.gui.team.table_model import SortedRows, TeamTableModel
from recruitdesk.services.team_desk import POLICY_KIND, TeamChange, TeamCheck, TeamDesk, TeamRow
from recruitdesk.services.team_retention import ALERT_DAYS
from recruitdesk.vault.keychain import Keychain

SEARCH_DELAY_MS = 200
FIRST_PAGE = 300  # names shown before the whole list is decrypted (a screenful or two, in milliseconds at any size)
NEW_DAY_CHECK_MS = 10 * 60 * 1000  # how often an open window looks whether the day turned (then the daily check runs)
CONSENT = "consent"  # the record kind of a consent change notice


class TeamPanel(QWidget):
    opened = Signal()
    rows_loaded = Signal(int)
    first_rows_shown = Signal(int)  # the first page of the first load (the whole list follows: rows_loaded)
    problem_shown = Signal(str)
    open_failed = Signal(object)  # the error that kept the team from opening (the window offers Try again)
    imported = Signal(object)  # the import dialog (the local vault's, ``cv_drop``), when it opens
    new_candidate_opened = Signal(object)  # New candidate…'s dialog (``candidate_editing``)
    checked = Signal(object)  # the TeamCheck of the daily retention check (run here or only counted)
    candidate_changed = Signal(object)  # a change notice about this candidate (the Candidate dock refreshes)
    deadlines_moved = Signal()  # a new policy, notices missed while disconnected, or Reload: any deadline may have moved
    members_read = Signal()  # the members window read the team again (a revocation may have been finished there)
    auto_lock_changed = Signal(int)  # the team's idle time, read at opening and saved in Retention settings… (``policy_action``)
    closed = Signal()

    def __init__(self, main: QMainWindow, folder: Path, keychain_factory: Callable[[], Keychain], clock: Clock) -> None:
        super().__init__(main)
        self.main = main
        self.folder = Path(folder)
        self._keychain_factory = keychain_factory
        self.clock = clock
        self.desk: TeamDesk | None = None
        self.listener: ChangeListenerThread | None = None
        self.busy = False
        self._closed = False
        self._row_reads = RowReads(self._read_row, self._read_row_arrived, self._failed)
        self._search_serial = 0
        self._reload_serial = 0
        self.first_page = FIRST_PAGE
        self.loading = False  # the first page is shown, the rest still being decrypted
        self._kept_selection: UUID | None = None
        self.set_title(QCoreApplication.translate("TeamWindow", "Team vault – RecruitDesk"))
        self.model = TeamTableModel(self, today=clock.today)
        self.editing = CandidateEditing(self)
        self.cv_import = TeamCvImport(self)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._build()
        self._build_menus()
        self.update_actions()
        self.search_timer.timeout.connect(self._search)
        self._checked_on: dt.date | None = None
        self.day_timer = QTimer(self, interval=NEW_DAY_CHECK_MS)
        self.day_timer.timeout.connect(self._check_if_new_day)

    # --- building --------------------------------------------------------------------------
    def _build(self) -> None:
        """The widgets (``window_widgets``), connected to what the window does."""
        window_widgets.build(self)
        self.retry_button.clicked.connect(self.retry)
        self.banner.filter_toggled.connect(self._filter_due)
        self.search_field.textChanged.connect(self._search_typed)
        self.new_button.clicked.connect(self.new_candidate)
        self.open_button.clicked.connect(self.open_selected)
        self.editing.connect_table(self.table)  # double-click or Enter: Open
        self.cv_import.accept_drops_on(self.table)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.modelReset.connect(self.update_actions)

    def keychain(self) -> Keychain:
        """This computer's keychain (the members window opens the team with it)."""
        return self._keychain_factory()

    def statusBar(self) -> QStatusBar:  # noqa: N802 - the name the team's actions use, as on a window
        """The main window's status bar (the team's actions report there)."""
        return self.main.statusBar()

    def menuBar(self) -> QMenuBar:  # noqa: N802 - as statusBar
        """The main window's menu bar, where the team's actions stand."""
        return self.main.menuBar()

    def set_title(self, title: str) -> None:
        self.main.set_base_title(title)

    def close(self) -> bool:  # type: ignore[override]
        """Closing the team closes the window that shows it (as Quit does)."""
        return self.main.close()

    def _build_menus(self) -> None:
        """The team's actions in the window's own menus, by subject, as a local vault's: Vault (members,
        reload, Lock, Quit), Candidate, Retention (policy, audit), Requests (register), Vacancies."""
        main = self.main
        self.vault_menu, self.candidate_menu, self.retention_menu = main.ui.menuVault, main.candidate_menu, main.ui.menuRetention
        self.requests_menu, self.vacancies_menu = main.requests.menu, main.vacancies.menu
        candidate_menu = self.candidate_menu
        self.new_action = QAction(QCoreApplication.translate("TeamWindow", "&New candidate…"), self, shortcut=QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_candidate)
        self.open_action = QAction(QCoreApplication.translate("TeamWindow", "&Open"), self)
        self.open_action.triggered.connect(self.open_selected)
        candidate_menu.addActions([self.new_action, self.open_action])
        self.candidate_actions = TeamCandidateActions(self, candidate_menu)
        self.documents_action = document_actions.install(self, candidate_menu)
        self.consents_action = consents_action.install(self, candidate_menu)
        self.notes_opener = notes_action.install(self, candidate_menu)
        self.reload_action = QAction(QCoreApplication.translate("TeamWindow", "&Reload the list"), self, shortcut=QKeySequence.StandardKey.Refresh)
        self.reload_action.triggered.connect(self.retry)
        self.vault_menu.insertAction(main.ui.actionLock, self.reload_action)
        self.vault_menu.insertSeparator(main.ui.actionLock)
        self.cv_import.add_to(self.vault_menu, main.ui.mainToolBar)
        self.members_action = members_action.install(self)
        self.revocation_notice = revocation_notice.install(self)
        self.policy_action = policy_action.install(self)  # the policy, the firm profile, the team's name and idle time
        self.audit_action = register_actions.install(self)
        self.suppression_action = suppression_action.install(self)  # after Audit log…, as a local vault's
        self.vacancy_actions = vacancy_actions.install(self)
        self.contact_actions = contact_actions.install(self)
        self.dashboard = TeamDashboard(self)  # first in the Retention menu, as a local vault's Dashboard

    def update_actions(self) -> None:
        ready = self.desk is not None
        writes = ready and self.desk is not None and self.desk.may_write
        for control in (self.new_button, self.new_action):
            control.setEnabled(writes)
        self.cv_import.update(bool(writes))
        selected = ready and self.table.selectionModel() is not None and self.table.selectionModel().hasSelection()
        for control in (self.open_button, self.open_action):
            control.setEnabled(bool(selected))
        self.candidate_actions.update(bool(selected), ready, bool(writes))
        self.search_field.setEnabled(ready)
        self.reload_action.setEnabled(True)
        if self.loading:
            self.count_label.setText(QCoreApplication.translate("TeamWindow", "Loading the list…"))
        else:
            self.count_label.setText(QCoreApplication.translate("TeamWindow", "%n candidates", "", self.model.total) if ready else "")

    # --- opening and loading ---------------------------------------------------------------
    def open_team(self) -> None:
        """Open the folder's team on a worker; the list follows."""
        self.busy = True
        folder, factory, clock = self.folder, self._keychain_factory, self.clock
        self.start_task(lambda: TeamDesk.open(folder, factory(), clock), self._team_opened)

    def _team_opened(self, desk: TeamDesk) -> None:
        self.desk = desk
        # Until its sealed name is read (``policy_action``), the title names the server, the line below who you are.
        self.set_title(QCoreApplication.translate("TeamWindow", "Team vault on {server} – RecruitDesk").format(server=desk.server))
        self.vault_info.setText(QCoreApplication.translate("TeamWindow", "Team vault on {server}, you are {member}; names are decrypted on this computer.").format(
            server=desk.server, member=desk.label))
        self.table.selectionModel().selectionChanged.connect(self.update_actions)
        self.listener = ChangeListenerThread(desk.change_feed(), self)
        self.listener.changed.connect(self._changed)
        self.listener.lost.connect(self._show_problem)
        self.listener.restored.connect(self._everything_again)
        self.listener.start()
        self.opened.emit()
        self.reload()
        self._run_check()
        self.day_timer.start()

    def show_team_name(self, name: str) -> None:
        """The team's own name (from its sealed firm profile) in the window title and status bar."""
        if self.desk is None:
            return
        self.set_title(QCoreApplication.translate("TeamWindow", "{team} – team vault on {server} – RecruitDesk").format(
            team=name, server=self.desk.server))
        self.vault_info.setText(QCoreApplication.translate(
            "TeamWindow", "Team vault \"{team}\" on {server}, you are {member}; names are decrypted on this computer.").format(
            team=name, server=self.desk.server, member=self.desk.label))

    # --- retention alerts ------------------------------------------------------------------
    def _run_check(self) -> None:
        if self.desk is not None:
            self._checked_on = self.clock.today()
            self.start_task(self.desk.run_daily_check, self._checked)

    def _check_if_new_day(self) -> None:
        """A window left open overnight runs the new day's check (or counts, if a colleague ran it)."""
        if self.clock.today() != self._checked_on:
            self._run_check()

    def _checked(self, check: TeamCheck) -> None:
        """Counts in the banner; the list again when this client's check moved countdowns (a colleague's
        check said nothing: the list read after it is current)."""
        self.banner.show_counts(check)
        self.main.show_attention(check.overdue + check.due_soon)  # "(3) Team vault on … – RecruitDesk", as a local vault's badge
        if self.banner.filtering:  # "only those due" counts from the new day (a window left open overnight)
            self._filter_due(True)
        if check.recomputed:
            self.reload()
        self.table.viewport().update()  # the days left count from today
        self.checked.emit(check)

    def _filter_due(self, only_due: bool) -> None:
        self.model.set_due_by(self.clock.today() + dt.timedelta(days=ALERT_DAYS) if only_due else None)
        self.update_actions()

    def reload(self) -> None:
        """The whole list again (decrypted on a worker). The first load shows a page of names first:
        at 100,000 candidates the whole list takes seconds to decrypt, and meanwhile the window is
        already usable (searching asks the server, so it finds everyone, loaded or not)."""
        if self.desk is None:
            return
        self.busy = True
        self._reload_serial += 1
        serial, desk = self._reload_serial, self.desk
        if self.model.total == 0 and self.first_page:
            self.loading = True
            self.start_task(lambda: desk.rows(limit=self.first_page), lambda rows: self._first_rows(serial, rows))
        else:
            self.start_task(self._sorted_rows(desk), lambda rows: self._rows_loaded(serial, rows))

    def _first_rows(self, serial: int, rows: list[TeamRow]) -> None:
        if serial != self._reload_serial or self.desk is None:
            return
        self._hide_problem()
        self.model.set_rows(rows)
        self.update_actions()
        self.first_rows_shown.emit(len(rows))
        self.busy = True
        self.start_task(self._sorted_rows(self.desk), lambda all_rows: self._rows_loaded(serial, all_rows))

    def _sorted_rows(self, desk: TeamDesk) -> Callable[[], SortedRows]:
        """The whole list read and sorted on the worker, the way the list is sorted now."""
        column, descending = self.model.sort_order
        return lambda: SortedRows(desk.rows(), column, descending)

    def _rows_loaded(self, serial: int, rows: SortedRows) -> None:
        if serial != self._reload_serial:  # a later reload is on its way
            return
        self.loading = False
        self._hide_problem()
        self.model.set_rows(rows)
        self.update_actions()
        if self.search_field.text().strip():
            self._search()
        self.rows_loaded.emit(len(rows))

    def retry(self) -> None:
        """"Try again" and Vault > Reload: open the team if it never opened, else reload the list."""
        if self.desk is None:
            self.open_team()
        else:
            self._everything_again()

    def _everything_again(self) -> None:
        """The whole list again, and what else shows deadlines (the dashboard) is told."""
        self.reload()
        self.deadlines_moved.emit()

    def start_task(self, function: Callable, done: Callable) -> None:
        task = Task(function)
        task.finished.connect(lambda result: self._finish(done, result))
        task.failed.connect(self._failed)
        task.start()

    def _finish(self, done: Callable, result: object) -> None:
        self.busy = False
        if not self._closed:
            done(result)
        elif isinstance(result, TeamDesk):  # opened after the window closed
            result.close()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        if not self._closed:
            self._show_problem(error)
            if self.desk is None:
                self.open_failed.emit(error)

    def _show_problem(self, error: BaseException) -> None:
        text = user_message(error)
        self.problem_label.setText(text)
        self.problem_bar.setVisible(True)
        self.problem_shown.emit(text)

    def _hide_problem(self) -> None:
        self.problem_bar.setVisible(False)

    # --- search ----------------------------------------------------------------------------
    def _search_typed(self, _text: str) -> None:
        self.search_timer.start()

    def _search(self) -> None:
        query = self.search_field.text().strip()
        self._search_serial += 1
        if not query or self.desk is None:
            self.model.set_matches(None)
            return
        serial = self._search_serial
        self.start_task(lambda desk=self.desk: desk.search(query), lambda found: self._found(serial, found))

    def _found(self, serial: int, found: set[UUID]) -> None:
        if serial != self._search_serial:
            return
        self.model.set_matches(found)
        missing = found - self.model.known(found)
        if self.loading and missing and self.desk is not None:  # found on the server, not decrypted here yet
            self.start_task(lambda desk=self.desk: desk.rows(only=missing), self._rows_found)

    def _rows_found(self, rows: list[TeamRow]) -> None:
        self.model.put_rows(rows)

    # --- live refresh ----------------------------------------------------------------------
    def policy_saved_here(self) -> None:
        """This window saved a new policy: the list is read again once, by its own notice's echo when the
        listener is connected (at 100,000 candidates a whole list is seconds of decrypting on a worker),
        else now. A connection lost meanwhile ends in ``restored``, which reloads everything anyway."""
        if self.listener is None or not self.listener.listening:
            self.reload()

    def _changed(self, change: TeamChange) -> None:
        if change.record_kind == POLICY_KIND:  # a new retention policy (here or a colleague's): every deadline may have moved
            self._everything_again()
            return
        if change.candidate_id is not None:
            self.candidate_changed.emit(change.candidate_id)
        if change.record_kind is not None:  # the Candidate dock reads a note, document or consent again (``candidate_changed``)
            if change.record_kind == CONSENT:  # a consent moves the countdown: the row's deadline
                self.refresh_row(change.candidate_id)
            return
        if change.erased:
            self.forget(change.candidate_id)
            return
        self.refresh_row(change.candidate_id)

    def refresh_row(self, candidate_id: UUID) -> None:
        """Read one candidate's line again (after a change here or a colleague's notice), in order (``row_reads``)."""
        if self.desk is not None:
            self._row_reads.refresh(candidate_id)

    def _read_row(self, candidate_id: UUID) -> TeamRow | None:
        desk = self.desk
        return desk.row(candidate_id) if desk is not None else None

    def _read_row_arrived(self, candidate_id: UUID, row: TeamRow | None) -> None:
        if not self._closed:
            self._row_arrived(candidate_id, row)

    def forget(self, candidate_id: UUID) -> None:
        """An erased candidate leaves the list (their id never comes back)."""
        self.model.drop(candidate_id)
        self.update_actions()

    def _remember_selection(self) -> None:
        chosen = self.selected_candidate()
        self._kept_selection = chosen[0] if chosen is not None else None

    def _restore_selection(self) -> None:
        """A reload or another member's change resets the list; the selected candidate stays selected."""
        kept, self._kept_selection = self._kept_selection, None
        row = self.model.row_of(kept) if kept is not None else None
        if row is not None:
            self.table.selectRow(row)

    def select_candidate(self, candidate_id: object) -> bool:
        """Select the candidate's line (from the dashboard); a search or "only those due" that hides them is let go first."""
        row = self.model.row_of(candidate_id)
        if row is None and self.search_field.text():
            self.search_field.clear()
            self._search()
            row = self.model.row_of(candidate_id)
        if row is None and self.banner.filtering:  # a candidate on legal hold is not "due"
            self.banner.filter_button.click()
            row = self.model.row_of(candidate_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def selected_candidate(self) -> tuple[UUID, str] | None:
        """The selected candidate's id and name, or None."""
        selected = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not selected:
            return None
        row = self.model.row_at(selected[0].row())
        return row.candidate_id, row.full_name

    def _row_arrived(self, candidate_id: UUID, row: TeamRow | None) -> None:
        self._hide_problem()
        if row is None:
            self.model.drop(candidate_id)
        else:
            self.model.put(row)
            if self.search_field.text().strip():
                self._search()
        self.update_actions()

    # --- candidates and CV import (``candidate_editing``, ``cv_drop``) -----------------------
    def new_candidate(self) -> None:
        self.editing.new()

    def open_selected(self) -> None:
        self.editing.open_selected()

    def import_files(self, paths: list[Path]) -> None:
        self.cv_import.import_files(paths)

    # --- closing ---------------------------------------------------------------------------
    def shut_down(self) -> None:
        """Close the team (Lock, Quit, idle time): stop the listener (its connection closes on its own
        thread), let running calls end, close the pool, take the menus away and forget every name
        shown. Emits ``closed`` once: the team's other windows close with it."""
        if self._closed:
            return
        self._closed = True
        self.search_timer.stop()
        self.day_timer.stop()
        if self.editing.dialog is not None and self.editing.dialog.isVisible():
            QDialog.done(self.editing.dialog, QDialog.DialogCode.Rejected)
        self.cv_import.close()
        self.candidate_actions.close_dialogs()
        for shown in (self.members_window, self.audit_window):  # the team's own windows (its register is the requests dock)
            if shown is not None and shiboken6.isValid(shown):
                shown.close()
        listener, self.listener = self.listener, None
        if listener is not None:
            listener.stop()
        wait_for_background_work(10_000)
        desk, self.desk = self.desk, None
        if desk is not None:
            desk.close()
        self.search_field.textChanged.disconnect(self._search_typed)
        self.model.set_rows([])
        self.vault_info.clear()
        self.count_label.clear()
        self.closed.emit()
