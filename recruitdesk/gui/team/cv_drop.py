"""CV files into the team: dropped on the list, or chosen with Vault > Import CVs… (Ctrl+I, also at
the start of the toolbar, as for a local vault). Both open the local vault's import dialog
(``gui.importing.dialog``) on the team's import source (``services.team_importing``): the files
are read and their fields detected on this computer, the member reviews them (names, e-mail
addresses and phone numbers to correct, possible duplicates already in the team vault and what to do
with them, refusals with their translated reasons, redaction, the application date), then the
reviewed files are stored on the server, encrypted here, one transaction per file, on a worker.

Files are dropped on the list through the local list's drop handler (``gui.importing.drop``). As in a
local vault, files dropped on the *selected* candidate's row are added to that candidate (the same
dialog, titled so, reads them and asks a protected file's password; their fields stay), and CVs
imported into a vacancy (Vacancies > Import CVs into vacancy…, or dropped on a vacancy or its board:
the window routes ``import_requested`` here while a team is shown) become candidates in its procedure,
each file with its application in one transaction.
A read-only member (the data protection officer) imports nothing: the item is disabled and says why,
and files dropped on the list are refused with the same words in the status bar.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QToolBar, QWidget

from recruitdesk.gui.importing.drop import ImportDropHandler
from recruitdesk.gui.importing.wiring import CvFilesChooser, choose_cv_files


class TeamCvImport:
    """The team's Import CVs… item and the import dialog it opens (one at a time, as a local vault's)."""

    def __init__(self, window) -> None:
        self.window = window
        self.dialog = None  # the open ImportDialog
        self.choose_files: CvFilesChooser = choose_cv_files  # tests pre-answer the file dialog
        # The local import's words and shortcut: the same item does the same thing in a team.
        self.action = QAction(QCoreApplication.translate("ImportFeature", "&Import CVs…"), window)
        self.action.setIconText(QCoreApplication.translate("ImportFeature", "Import…"))
        self.action.setShortcut(QKeySequence("Ctrl+I"))
        self.action.triggered.connect(lambda _checked=False: self.choose_and_import())
        # The local list's drop handler: files, folders and mails dragged out of Outlook, the same hint over the list.
        self.drop_handler = ImportDropHandler(window, accepts=lambda: window.desk is not None, target_at=self._selected_candidate_at)
        self.drop_handler.files_dropped.connect(lambda paths, target: self.import_files(paths, attach_to=target))
        self.update(False)

    def accept_drops_on(self, table: QAbstractItemView) -> None:
        """Files dropped on the team's list open the review (a read-only member's drop is refused with the reason)."""
        self.drop_handler.install(table)

    def add_to(self, menu: QMenu, toolbar: QToolBar) -> None:
        """First in ``menu`` and at the start of ``toolbar``, where the local vault's Import CVs… stands."""
        for place in (menu, toolbar):
            first = place.actions()[0] if place.actions() else None
            place.insertAction(first, self.action)

    def update(self, writes: bool) -> None:
        self.action.setEnabled(writes)
        read_only = self.window.desk is not None and not writes
        self.action.setToolTip(read_only_reason() if read_only else QCoreApplication.translate(
            "TeamWindow", "Import CV files as new candidates of the team (Ctrl+I); you can also drop files on the list"))
        self.action.setStatusTip(self.action.toolTip())

    def choose_and_import(self) -> None:
        if not self._may_import():
            return
        paths = self.choose_files(self.window.main)
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[Path], attach_to: UUID | None = None, vacancy_id: UUID | None = None):
        """The import dialog with ``paths`` (files and folders, or what a drop could not receive, with the
        reason) listed and being read; added to the open dialog if it is idle and for the same purpose.
        ``attach_to``: the files go to that candidate; ``vacancy_id``: the new candidates apply for it."""
        if not self._may_import() or not paths:
            return None
        if self.dialog is not None:
            if attach_to is not None or self.dialog.attach_to is not None or vacancy_id != getattr(self.dialog, "vacancy_id", None):
                self.window.statusBar().showMessage(QCoreApplication.translate(
                    "ImportFeature", "Finish the open import first, then drop the files again."), 8000)
            elif not self.dialog.add_paths(paths):
                self.window.statusBar().showMessage(QCoreApplication.translate(
                    "ImportFeature", "Wait for the current import to finish, then drop the files again."), 8000)
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        from recruitdesk.gui.importing.dialog import ImportDialog  # the import machinery loads when first used
        from recruitdesk.services import team_importing

        window = self.window
        dialog = ImportDialog(lambda: window.desk, (), window.main, preview_function=team_importing.preview,
                              import_function=partial(team_importing.import_files, attach_to=attach_to, vacancy_id=vacancy_id),
                              duplicate_choices=team_importing.DUPLICATE_CHOICES)
        if attach_to is not None:  # the local import's titles: the same thing is done
            dialog.setWindowTitle(QCoreApplication.translate("ImportFeature", "Add files to the selected candidate"))
        elif vacancy_id is not None:
            dialog.setWindowTitle(QCoreApplication.translate("ImportFeature", "Import CVs into a vacancy"))
        else:
            dialog.setWindowTitle(QCoreApplication.translate("TeamWindow", "Import CVs into the team vault"))
        dialog.attach_to = attach_to  # type: ignore[assignment]  # a team candidate's UUID: no application date asked
        dialog.vacancy_id = vacancy_id  # type: ignore[attr-defined]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._imported)
        dialog.finished.connect(lambda _result, dialog=dialog: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        dialog.add_paths(paths)
        window.imported.emit(dialog)
        return dialog

    def open_dialog(self, paths: list[Path], vacancy_id: UUID | None = None):
        """CVs for a team vacancy (the window's ``import_requested``, as a local vault's ``ImportFeature.open_dialog``)."""
        return self.import_files(list(paths), vacancy_id=vacancy_id)

    def close(self) -> None:
        """The team closes (Lock, Quit): stop the import after its current file, forget what it showed."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.abandon()

    def _selected_candidate_at(self, widget: QWidget, position: QPoint) -> UUID | None:
        """The candidate files dropped at ``position`` are added to: only a *selected* row counts, as in a
        local vault (``gui.importing.wiring``); anywhere else a drop makes new candidates."""
        table = self.window.table
        if widget is not table.viewport():
            return None
        index = table.indexAt(position)
        if not index.isValid() or not table.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        return self.window.model.row_at(index.row()).candidate_id

    def _may_import(self) -> bool:
        desk = self.window.desk
        if desk is None:
            return False
        if not desk.may_write:
            self.window.statusBar().showMessage(read_only_reason(), 8000)
            return False
        return True

    def _closed(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _imported(self, ids: list[UUID]) -> None:
        """The list again, the first new candidate selected (a colleague's window hears of them by the change feed)."""
        window = self.window
        if window.desk is None:
            return
        if ids:
            window.statusBar().showMessage(QCoreApplication.translate("ImportFeature", "Imported 1 candidate.") if len(ids) == 1 else
                                           QCoreApplication.translate("ImportFeature", "Imported {count} candidates.").format(count=len(ids)), 8000)

            def select_once(_count: int, chosen: UUID = ids[0]) -> None:
                window.rows_loaded.disconnect(select_once)
                window.select_candidate(chosen)

            window.rows_loaded.connect(select_once)
        window.reload()
        if ids and self.dialog is not None and getattr(self.dialog, "vacancy_id", None) is not None:
            window.main.vacancies.reload()  # the vacancy's count and its open board


def read_only_reason() -> str:
    return QCoreApplication.translate("TeamWindow", "You have read-only access to this team vault (data protection officer): "
                                                    "you cannot import CVs.")
