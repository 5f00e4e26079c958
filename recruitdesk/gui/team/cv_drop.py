"""CV files into the team: dropped on the list, or chosen with Vault > Import CVs… (Ctrl+I, also at
the start of the toolbar, as for a local vault); a dialog reports each file.

The import itself is ``TeamDesk.import_cvs`` on a worker (the local import's readers, then one
transaction per candidate on the server). The report names every file: imported, or not with
the translated reason (a damaged PDF, an unsupported format, a file too large...).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QMenu, QTableView, QToolBar, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from recruitdesk.gui.importing.wiring import CvFilesChooser, choose_cv_files
from recruitdesk.services.team_desk import TeamImportOutcome


class CvDropTable(QTableView):
    """The candidate list; files dropped on it are offered for import (``files_dropped``)."""

    files_dropped = Signal(list)  # list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)

    @staticmethod
    def _files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
        data = event.mimeData()
        if not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if self._files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        if self._files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        files = self._files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(files)


class ImportReportDialog(QDialog):
    """One line per dropped file: imported, or why not."""

    def __init__(self, outcomes: list[TeamImportOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CV import into the team vault"))
        layout = QVBoxLayout(self)
        imported = sum(1 for outcome in outcomes if outcome.imported)
        self.summary = QLabel(self.tr("%n of the dropped files were imported.", "", imported) if outcomes
                              else self.tr("No files were found to import."), self)
        layout.addWidget(self.summary)
        self.files = QTreeWidget(self)
        self.files.setHeaderLabels([self.tr("File"), self.tr("Result")])
        self.files.setRootIsDecorated(False)
        self.files.setWordWrap(True)
        for outcome in outcomes:
            result = self.tr("Imported") if outcome.imported else (outcome.reason or self.tr("Not imported"))
            self.files.addTopLevelItem(QTreeWidgetItem([outcome.file, result]))
        self.files.resizeColumnToContents(0)
        layout.addWidget(self.files)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def results(self) -> list[tuple[str, str]]:
        return [(self.files.topLevelItem(i).text(0), self.files.topLevelItem(i).text(1)) for i in range(self.files.topLevelItemCount())]


class TeamCvImport:
    """Files dropped on the list (or given to ``import_files``): imported on a worker, then the report."""

    def __init__(self, window) -> None:
        self.window = window
        self.choose_files: CvFilesChooser = choose_cv_files  # tests pre-answer the file dialog
        # The local import's words and shortcut: the same item does the same thing in a team.
        self.action = QAction(QCoreApplication.translate("ImportFeature", "&Import CVs…"), window)
        self.action.setIconText(QCoreApplication.translate("ImportFeature", "Import…"))
        self.action.setShortcut(QKeySequence("Ctrl+I"))
        self.action.setToolTip(QCoreApplication.translate("TeamWindow", "Import CV files as new candidates of the team (Ctrl+I); "
                                                                        "you can also drop files on the list"))
        self.action.setStatusTip(self.action.toolTip())
        self.action.triggered.connect(lambda _checked=False: self.choose_and_import())

    def add_to(self, menu: QMenu, toolbar: QToolBar) -> None:
        """First in ``menu`` and at the start of ``toolbar``, where the local vault's Import CVs… stands."""
        for place in (menu, toolbar):
            first = place.actions()[0] if place.actions() else None
            place.insertAction(first, self.action)

    def update(self, writes: bool) -> None:
        self.action.setEnabled(writes)

    def choose_and_import(self) -> None:
        paths = self.choose_files(self.window.main)
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[Path]) -> None:
        window = self.window
        if window.desk is None or not window.desk.may_write:
            return
        window.busy = True
        window.vault_info.setText(QCoreApplication.translate("TeamWindow", "Importing %n files into the team vault…", "", len(paths)))
        redact = window.redact_check.isChecked()
        window.start_task(lambda desk=window.desk: desk.import_cvs(paths, redact=redact), self._imported)

    def _imported(self, outcomes: list[TeamImportOutcome]) -> None:
        window = self.window
        if window.desk is not None:
            window.vault_info.setText(QCoreApplication.translate("TeamWindow", "Team vault on {server}; names are decrypted on this computer.").format(
                server=window.desk.server))
        dialog = ImportReportDialog(outcomes, window)
        window.import_report = dialog
        dialog.finished.connect(lambda _result, dialog=dialog: dialog.deleteLater())
        dialog.open()
        window.imported.emit(dialog)
        window.reload()
