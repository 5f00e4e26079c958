"""Putting CV import on a main window with one call.

``install_import(window, vault_provider)`` adds, without the window knowing the details:

* **Vault › Import CVs… (Ctrl+I)** (the window's File menu if it has one, else its first menu)
  and the same action at the start of the main toolbar: a file dialog (injectable, for tests)
  chooses files, then the :class:`~recruitdesk.gui.importing.dialog.ImportDialog` opens;
* dropping files or folders on the candidate table or the empty-state page: the dialog opens
  with them, as new candidates;
* after an import, ``on_imported(ids)`` (default: reload the window and select the new
  candidates, via its public ``refresh``, ``rows_loaded`` and ``select_ids``) and a status
  bar message;
* when the vault is locked, the dialog stops, forgets what it showed and closes. This follows
  the window's candidate model being reset with no vault open (``MainWindow.show_locked``);
  calling :meth:`ImportFeature.close` from the window's own lock code is equivalent.

The returned :class:`ImportFeature` must be kept (for example as ``window.importer``).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QMainWindow, QMenu, QToolBar, QWidget

from recruitdesk.gui.importing.drop import ImportDropHandler

if TYPE_CHECKING:  # the dialog and the import machinery (0.3 s of imports) load when first used
    from recruitdesk.gui.importing.dialog import ImportDialog, VaultProvider

# choose_cv_files(parent) -> the chosen files, or [] when cancelled
CvFilesChooser = Callable[[QWidget | None], list[Path]]


def choose_cv_files(parent: QWidget | None) -> list[Path]:
    """The system's open-files dialog, showing the formats RecruitDesk reads."""
    chosen, _filter = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("ImportFeature", "Import CVs"),
        str(Path.home()),
        ";;".join([
            QCoreApplication.translate("ImportFeature", "CVs (*.pdf *.docx *.doc *.odt *.rtf *.txt *.md *.eml *.msg *.jpg *.jpeg *.png *.tif *.tiff)"),
            QCoreApplication.translate("ImportFeature", "All files (*)"),
        ]),
    )
    return [Path(path) for path in chosen]


class ImportFeature(QObject):
    """The import action, the drop handler and the open dialog of one main window."""

    def __init__(
        self,
        window: QMainWindow,
        vault_provider: VaultProvider,
        on_imported: Callable[[list[int]], None] | None = None,
        choose_files: CvFilesChooser = choose_cv_files,
        menu: QMenu | None = None,
        toolbar: QToolBar | None = None,
        drop_widgets: Iterable[QWidget] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._vault_provider = vault_provider
        self._on_imported = on_imported or self._reload_and_select
        self.choose_files = choose_files
        self.dialog: ImportDialog | None = None

        self.action = QAction(self.tr("&Import CVs…"), window)
        self.action.setObjectName("actionImportCvs")
        self.action.setIconText(self.tr("Import…"))
        self.action.setShortcut(QKeySequence("Ctrl+I"))
        self.action.setToolTip(self.tr("Import CV files as new candidates (Ctrl+I); you can also drop files or folders on the list"))
        self.action.setStatusTip(self.action.toolTip())
        self.action.triggered.connect(self.choose_and_import)
        menu = menu or _find_menu(window)
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.action)
        if first is not None:
            menu.insertSeparator(first)
        menu.aboutToShow.connect(self.update_action)
        toolbar = toolbar if toolbar is not None else _find(window, "mainToolBar", QToolBar)
        if toolbar is not None:
            first = toolbar.actions()[0] if toolbar.actions() else None
            toolbar.insertAction(first, self.action)
            if first is not None:
                toolbar.insertSeparator(first)

        self.drop_handler = ImportDropHandler(self, accepts=self.unlocked, target_at=self._selected_candidate_at)
        for widget in drop_widgets if drop_widgets is not None else _drop_widgets(window):
            self.drop_handler.install(widget)
        self.drop_handler.files_dropped.connect(lambda paths, target: self.open_dialog(paths, target))

        model = getattr(window, "model", None)
        if model is not None and hasattr(model, "modelReset"):
            model.modelReset.connect(self._window_reset)
        self.update_action()

    # --- state ---------------------------------------------------------------------------------
    def unlocked(self) -> bool:
        return self._vault_provider() is not None

    def update_action(self) -> None:
        self.action.setEnabled(self.unlocked())

    def _window_reset(self) -> None:
        self.update_action()
        if not self.unlocked():
            self.close()

    def close(self) -> None:
        """Stop any import after its current file, forget its data and close the dialog."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.abandon()

    # --- opening -------------------------------------------------------------------------------
    def choose_and_import(self) -> ImportDialog | None:
        if not self.unlocked():
            self._status(self.tr("Unlock the vault to import CVs."))
            return None
        paths = self.choose_files(self.window)
        if not paths:
            return None
        return self.open_dialog(paths)

    def _selected_candidate_at(self, widget: QWidget, position) -> int | None:
        """The candidate files dropped at ``position`` are added to: only a *selected* row counts.

        The table fills the window, so treating any row under the cursor as the target would
        attach new CVs to whoever happened to be there; selecting the candidate first makes
        attaching a deliberate act, and everywhere else a drop still means new candidates.
        """
        table = _find(self.window, "candidateTable", QAbstractItemView)
        model = getattr(self.window, "model", None)
        if table is None or model is None or widget is not table.viewport():
            return None
        index = table.indexAt(position)
        if not index.isValid() or not table.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        return model.row_at(index.row()).id

    def open_dialog(self, paths: Iterable[Path] = (), attach_to: int | None = None, vacancy_id: int | None = None) -> ImportDialog | None:
        """Show the import dialog for ``paths`` (added to an open, idle dialog).

        With ``attach_to`` the files are added to that candidate instead of creating candidates.
        With ``vacancy_id`` every imported candidate applies for that vacancy (files dropped on
        a vacancy, or Vacancies > Import CVs into vacancy).
        """
        paths = list(paths)
        if not self.unlocked():
            self._status(self.tr("Unlock the vault to import CVs."))
            return None
        if not paths:
            self._status(self.tr("No files to import were found in what you dropped."))
            return None
        if self.dialog is not None:
            if attach_to is not None or self.dialog.attach_to is not None or vacancy_id != getattr(self.dialog, "vacancy_id", None):
                self._status(self.tr("Finish the open import first, then drop the files again."))
                return self.dialog
            if not self.dialog.add_paths(paths):
                self._status(self.tr("Wait for the current import to finish, then drop the files again."))
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        from recruitdesk.gui.importing.dialog import ImportDialog
        from recruitdesk.services.importing import import_files

        if attach_to is None and vacancy_id is None:
            dialog = ImportDialog(self._vault_provider, (), self.window)
        elif attach_to is None:
            dialog = ImportDialog(self._vault_provider, (), self.window, import_function=partial(import_files, vacancy_id=vacancy_id))
            dialog.setWindowTitle(self.tr("Import CVs into a vacancy"))
        else:
            dialog = ImportDialog(self._vault_provider, (), self.window,
                                  import_function=partial(import_files, attach_to=attach_to, vacancy_id=vacancy_id))
            dialog.setWindowTitle(self.tr("Add files to the selected candidate"))
        dialog.attach_to = attach_to
        dialog.vacancy_id = vacancy_id  # type: ignore[attr-defined]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._imported)
        dialog.finished.connect(lambda _result, dialog=dialog: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()
        dialog.add_paths(paths)
        return dialog

    def _dialog_closed(self, dialog: ImportDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    # --- afterwards ----------------------------------------------------------------------------
    def _imported(self, ids: list[int]) -> None:
        if not self.unlocked():
            return
        if ids:
            count = len(ids)
            self._status(self.tr("Imported 1 candidate.") if count == 1 else self.tr("Imported {count} candidates.").format(count=count))
        self._on_imported(list(ids))

    def _reload_and_select(self, ids: list[int]) -> None:
        window = self.window
        refresh = getattr(window, "refresh", None)
        if refresh is None:
            return
        loaded = getattr(window, "rows_loaded", None)
        select = getattr(window, "select_ids", None)
        if ids and loaded is not None and select is not None:
            def select_once(_count: int) -> None:
                loaded.disconnect(select_once)
                select(ids)

            loaded.connect(select_once)
        refresh()

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)


def install_import(
    main_window: QMainWindow,
    vault_provider: VaultProvider,
    on_imported: Callable[[list[int]], None] | None = None,
    *,
    choose_files: CvFilesChooser = choose_cv_files,
    menu: QMenu | None = None,
    toolbar: QToolBar | None = None,
    drop_widgets: Iterable[QWidget] | None = None,
) -> ImportFeature:
    """Add CV import to ``main_window``; keep the returned object. See the module docstring."""
    return ImportFeature(main_window, vault_provider, on_imported, choose_files, menu, toolbar, drop_widgets)


# --- finding the window's parts --------------------------------------------------------------
def _find(window: QMainWindow, name: str, kind: type):
    ui = getattr(window, "ui", None)
    found = getattr(ui, name, None) if ui is not None else None
    if isinstance(found, kind):
        return found
    return window.findChild(kind, name)


def _find_menu(window: QMainWindow) -> QMenu:
    for name in ("menuFile", "menuVault"):
        menu = _find(window, name, QMenu)
        if menu is not None:
            return menu
    menus = [action.menu() for action in window.menuBar().actions() if action.menu() is not None]
    if menus:
        return menus[0]
    return window.menuBar().addMenu(QCoreApplication.translate("ImportFeature", "&File"))


def _drop_widgets(window: QMainWindow) -> list[QWidget]:
    """The candidate table (new candidates) and the central area around it (the empty state)."""
    widgets: list[QWidget] = []
    table = _find(window, "candidateTable", QAbstractItemView)
    if table is None:
        table = window.findChild(QAbstractItemView)
    if table is not None:
        widgets.append(table)
    if window.centralWidget() is not None:
        widgets.append(window.centralWidget())
    return widgets
