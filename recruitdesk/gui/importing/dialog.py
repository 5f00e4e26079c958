"""The import dialog: read the dropped CVs, let the recruiter check them, import, summarise.

1. **Reading.** Dropped folders are walked first, also on a worker thread, and what they hold
   that will not be read (hidden files, links out of the folder) is listed with the reason.
   ``services.importing.preview`` runs on a worker thread (each file in the
   extraction sandbox), with a progress bar and Cancel. Rows appear at once and fill in as files
   are read; the duplicate check against the vault runs at the end.
2. **Checking.** One row per file: detected name, email address and phone number (editable;
   low-confidence values tinted, the confidence in the tooltip and in the details below), the
   warnings (sensitive data, possible duplicates with the existing candidate's name, a returning
   objector), what to do when the person is already known (skip, add the file to them, create a
   new candidate anyway), and whether to redact sensitive numbers (and special-category words)
   from everything the vault keeps: a redacted copy is stored instead of the original.
   Files that are probably not CVs (no readable text, no CV signal, a name only from the file
   name, see ``services.import_review``) arrive unticked with the reason in the row; protected
   files get a password field under the table; "Show the page" shows the selected file's first
   page; the application date (the mail's, else the file's) can be changed per file.
3. **Importing.** ``services.importing.import_files`` on a worker thread, one transaction per
   file, with progress and Cancel (which stops after the current file; every committed file is
   complete). Files are imported in order, in runs sharing the same duplicate choice.
4. **Summary.** Imported, already known and failed files with the translated reason; failed
   and cancelled files can be retried (they are read again, so a fixed file gets a fresh look).

The dialog only calls services; it never opens a database session. ``imported(ids)`` reports
the candidates created or given a file, so the window can reload and select them.
"""

from __future__ import annotations

import datetime as dt
import html
import threading
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Mapping

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QSplitter, QVBoxLayout, QWidget,
)

from recruitdesk.gui.forms.ui_import_dialog import Ui_ImportDialog
from recruitdesk.gui.importing.delegates import ApplicationDateDelegate, DuplicateChoiceDelegate
from recruitdesk.gui.importing.drop import ImportDropHandler
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.importing.models import (
    APPLIED, CHOICES, DUPLICATE, EMAIL, FILE, NAME, PHONE, STATUS,
    ImportPreviewModel, ImportResultModel, result_text, status_text,
)
from recruitdesk.gui.importing.review_panels import PagePreviewPanel, PasswordPanel
from recruitdesk.gui.shell.tasks import Task, TaskControl
from recruitdesk.services.import_batches import (
    Plan, failed_result, import_in_runs, import_plan, unread_preview,
)
from recruitdesk.services.import_review import Skipped, forget_received, list_dropped
from recruitdesk.services.importing import FilePreview, ImportResult, import_files, preview
from recruitdesk.clock import SystemClock
from recruitdesk.vault.vault import Vault

SENSITIVE_CODES = {"national-number", "bsn", "iban", "birth-date", "special-category"}
PREVIEW_PAGE, SUMMARY_PAGE = 0, 1
IDLE, LISTING, READING, IMPORTING = "idle", "listing", "reading", "importing"

VaultProvider = Callable[[], "Vault | None"]


# --- worker functions (run on the thread pool; they touch no widget) ---------------------------
class _Relay(QObject):
    """Per-file news from a worker, delivered on the GUI thread (queued connections)."""

    previewed = Signal(int, object)
    imported = Signal(int, object)


def _read_files(preview_function, vault, paths: list[Path], rows: list[int], relay: _Relay,
                cancel: threading.Event, control: TaskControl, passwords: Mapping[str, str] | None = None) -> list[FilePreview]:
    def progress(done: int, total: int, item: FilePreview) -> None:
        relay.previewed.emit(rows[done - 1], item)
        control.report(done, total)

    if passwords:
        return preview_function(paths, vault=vault, progress=progress, cancel=cancel, passwords=dict(passwords))
    return preview_function(paths, vault=vault, progress=progress, cancel=cancel)


def _import_runs(import_function, vault, plan: Plan, relay: _Relay,
                 cancel: threading.Event, control: TaskControl) -> dict[int, ImportResult]:
    """The batch as ``services.import_batches`` runs it, relaying each file to the dialog."""
    return import_in_runs(vault, plan, cancel, on_result=relay.imported.emit, progress=control.report,
                          import_function=import_function)


# --- the dialog ------------------------------------------------------------------------------
class ImportDialog(QDialog):
    """Signals: ``preview_finished()`` when every listed file was read (or the reading was
    cancelled), ``import_finished(results)`` with one result per listed file, and
    ``imported(ids)`` with the candidates created or given a file."""

    preview_finished = Signal()
    import_finished = Signal(list)
    imported = Signal(list)

    def __init__(
        self,
        vault_provider: VaultProvider | Vault,
        paths: Iterable[Path] = (),
        parent: QWidget | None = None,
        preview_function: Callable[..., list[FilePreview]] = preview,
        import_function: Callable[..., list[ImportResult]] = import_files,
        import_options: Mapping[str, object] | None = None,
        page_function: Callable[..., bytes | None] | None = None,
        duplicate_choices: tuple[str, ...] = CHOICES,
    ) -> None:
        super().__init__(parent)
        self._vault_provider: VaultProvider = (lambda: vault_provider) if isinstance(vault_provider, Vault) else vault_provider
        self._preview_function = preview_function
        self._duplicate_choices = duplicate_choices  # what the vault's import does with a known person (a team: no merge)
        self._import_function = import_function
        # Extra keyword arguments for the import function, chosen outside this dialog (for
        # example the vacancy the files are imported into); empty by default.
        self.import_options: dict[str, object] = dict(import_options or {})
        self.attach_to: int | None = None  # set by the import feature when files go to one candidate
        self._task: Task | None = None
        self._relay: _Relay | None = None
        self._cancel = threading.Event()
        self._state = IDLE
        self._abandoned = False
        self._importing_rows: list[int] = []
        self.results: list[ImportResult] = []
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.model = ImportPreviewModel(self, today=self._today)
        self._build_panels(page_function)
        self.result_model = ImportResultModel(self)
        self._setup_tables()
        self._setup_buttons()
        self.drop_handler = ImportDropHandler(self, accepts=lambda: self._state == IDLE and not self._abandoned)
        self.drop_handler.install(self.ui.previewTable)
        self.drop_handler.files_dropped.connect(lambda paths, _target: self.add_paths(paths))
        self.finished.connect(lambda _result: self._forget_received())
        self.ui.redactCheckBox.toggled.connect(lambda _checked: self._update_buttons())
        self.ui.progressBar.setRange(0, 1)
        self._fit_to_screen()
        self._update_buttons()
        paths = list(paths)
        if paths:
            self.add_paths(paths)

    # --- public API ------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._state != IDLE

    @property
    def state(self) -> str:
        return self._state

    def add_paths(self, paths: Iterable[Path | Skipped]) -> bool:
        """List these files (folders walked on a worker thread, with what is left out of them and
        why) and read the new ones; False while busy."""
        if self.busy or self._abandoned:
            return False
        if self.ui.pageStack.currentIndex() == SUMMARY_PAGE:
            self._restart()
        entries = list(paths)
        if not entries:
            self._update_buttons()
            return True
        self._cancel = threading.Event()
        task = Task(list_dropped, entries)
        self._task = task
        self._state = LISTING
        self.model.set_busy(True)
        self.ui.progressBar.setRange(0, 0)  # a folder's size is not known before it is walked
        self._say(self.tr("Looking for files…"))
        self._update_buttons()
        task.finished.connect(lambda listed, task=task: self._listed(task, listed))
        task.failed.connect(lambda error, task=task: self._listing_failed(task, error))
        task.start()
        return True

    def read_with_password(self, row: int, password: str) -> bool:
        """Read one protected file again with ``password``; the other rows keep what they have."""
        if self.busy or self._abandoned or not self.model.row_at(row).needs_password:
            return False
        item = self.model.row_at(row)
        self.page_panel.forget(item.path)
        self._start_reading([row], {str(item.path): password})
        return True

    def start_import(self) -> bool:
        """Import the ticked, readable files; False when there is nothing to do or no vault."""
        if self.busy or self._abandoned:
            return False
        rows = self.model.importable_rows()
        if not rows:
            return False
        vault = self._vault_provider()
        if vault is None:
            self._say(self.tr("The vault is locked. Unlock it, then import again."))
            return False
        function = partial(self._import_function, **self.import_options) if self.import_options else self._import_function
        redact = self.ui.redactCheckBox.isChecked()
        redact_special = redact and self.ui.redactSpecialCheckBox.isChecked()
        entries = []
        for row in rows:
            item = self.model.row_at(row)
            assert item.preview is not None
            item.preview.redact, item.preview.redact_special = redact, redact_special
            entries.append((row, item.preview, item.choice))
        self._importing_rows = rows
        self._close_choice_editors()
        self.model.set_importing(rows)
        relay = self._new_relay()
        relay.imported.connect(self._file_imported)
        self._cancel = threading.Event()
        task = Task(_import_runs, function, vault, import_plan(entries), relay, self._cancel)
        self._begin(task, IMPORTING, len(rows))
        task.finished.connect(lambda results, task=task: self._import_done(task, results))
        task.failed.connect(lambda error, task=task: self._import_failed(task, error))
        task.start()
        return True

    def cancel(self) -> None:
        """Stop reading or importing after the current file."""
        if not self.busy:
            return
        self._cancel.set()
        if self._task is not None:
            self._task.cancel()
        self.cancel_button.setEnabled(False)
        self._say(self.tr("Cancelling after the current file…"))

    def retry_failed(self) -> bool:
        """Read the failed and cancelled files again, on the preview page."""
        paths = [result.path for result in self.results if result.status in ("failed", "cancelled")]
        if self.busy or not paths:
            return False
        self._restart()
        return self.add_paths(paths)

    def abandon(self) -> None:
        """The vault is being locked: stop, forget every value shown, and close."""
        self._abandoned = True
        self._cancel.set()
        if self._task is not None:
            self._task.cancel()
        self._task = None
        self._drop_relay()
        self._state = IDLE
        self._forget_received()
        self.model.clear()
        self.page_panel.forget()
        self.result_model.set_results([])
        self.results = []
        self.ui.detailsBrowser.clear()
        self.ui.summaryLabel.clear()
        super().reject()

    def reject(self) -> None:
        """Escape or the window's close button: while busy, cancel instead of closing."""
        if self.busy:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.busy and not self._abandoned:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    # --- listing and reading -----------------------------------------------------------------
    def _listed(self, task: Task, listed: list[Path | Skipped]) -> None:
        if task is not self._task:
            return
        self._task = None
        self._state = IDLE
        self.model.set_busy(False)
        if self._cancel.is_set():
            listed = []
        new_rows = self.model.append_paths(listed)
        if new_rows:
            self._start_reading(new_rows)
            return
        self.ui.progressBar.setRange(0, 1)
        self._update_buttons()
        self._say(self._ready_text() if self.model.rowCount() else self.tr("No files to import were found in what you dropped."))
        self._refresh_details()
        self.preview_finished.emit()

    def _listing_failed(self, task: Task, error: BaseException) -> None:
        if task is not self._task:
            return
        self._task = None
        self._state = IDLE
        self.model.set_busy(False)
        self.ui.progressBar.setRange(0, 1)
        self._update_buttons()
        self._say(user_message(error))
        self.preview_finished.emit()

    def _start_reading(self, rows: list[int], passwords: Mapping[str, str] | None = None) -> None:
        vault = self._vault_provider()
        paths = [self.model.row_at(row).path for row in rows]
        relay = self._new_relay()
        relay.previewed.connect(self._file_read)
        self._cancel = threading.Event()
        task = Task(_read_files, self._preview_function, vault, paths, rows, relay, self._cancel, passwords=passwords)
        self._begin(task, READING, len(rows))
        task.finished.connect(lambda previews, task=task, rows=rows: self._reading_done(task, rows, previews))
        task.failed.connect(lambda error, task=task, rows=rows: self._reading_failed(task, rows, error))
        task.start()

    def _file_read(self, row: int, item: FilePreview) -> None:
        if self.sender() is self._relay and self._state == READING and row < self.model.rowCount():
            self.model.set_preview(row, item)
            self._refresh_details()

    def _reading_done(self, task: Task, rows: list[int], previews: list[FilePreview]) -> None:
        if task is not self._task:
            return
        for row, item in zip(rows, previews, strict=True):
            self.model.set_preview(row, item)
        self._end()
        self._open_choice_editors()
        self._say(self._ready_text())
        if self.ui.previewTable.currentIndex().row() < 0 and self.model.rowCount():
            self.ui.previewTable.selectRow(0)
        self._refresh_details()
        self.preview_finished.emit()

    def _reading_failed(self, task: Task, rows: list[int], error: BaseException) -> None:
        if task is not self._task:
            return
        message = user_message(error)
        for row in rows:
            item = self.model.row_at(row)
            if item.preview is None:
                self.model.set_preview(row, unread_preview(item.path, item.file))
        self._end()
        self._say(message)
        self.preview_finished.emit()

    def _ready_text(self) -> str:
        rows = self.model.rows
        readable = sum(1 for row in rows if row.preview is not None and row.preview.ok)
        unreadable = len(rows) - readable
        doubted = sum(1 for row in rows if row.doubts and not row.include)
        ready = readable - doubted
        parts = [self.tr("1 file ready to import.") if ready == 1 else self.tr("{count} files ready to import.").format(count=ready)]
        if doubted:
            parts.append(self.tr("1 file was left out because it may not be a CV; tick it to import it anyway.") if doubted == 1
                         else self.tr("{count} files were left out because they may not be CVs; tick them to import them anyway.").format(count=doubted))
        protected = sum(1 for row in rows if row.needs_password)
        unreadable -= protected
        if protected:
            parts.append(self.tr("1 file needs a password: select it and type the password below the list.") if protected == 1
                         else self.tr("{count} files need a password: select each and type its password below the list.").format(count=protected))
        if unreadable:
            parts.append(self.tr("1 file cannot be imported (see Warnings).") if unreadable == 1
                         else self.tr("{count} files cannot be imported (see Warnings).").format(count=unreadable))
        sensitive = sum(1 for row in rows if row.preview is not None and any(
            notice.code in SENSITIVE_CODES for notice in row.preview.notices))
        if sensitive:
            parts.append(self.tr("1 file contains sensitive data.") if sensitive == 1
                         else self.tr("{count} files contain sensitive data.").format(count=sensitive))
        known = len(self.model.duplicate_rows())
        if known:
            parts.append(self.tr("1 file may belong to someone already known: choose what to do.") if known == 1
                         else self.tr("{count} files may belong to someone already known: choose what to do.").format(count=known))
        if self._vault_provider() is None:
            parts.append(self.tr("The vault is locked, so duplicates were not checked."))
        return " ".join(parts)

    # --- importing -------------------------------------------------------------------------
    def _file_imported(self, row: int, result: ImportResult) -> None:
        if self.sender() is self._relay and self._state == IMPORTING and row < self.model.rowCount():
            self.model.set_result(row, result)
            self._refresh_details()

    def _import_done(self, task: Task, results: dict[int, ImportResult]) -> None:
        if task is not self._task:
            return
        for row, result in results.items():
            self.model.set_result(row, result)
        self._end()
        self._show_summary(results)

    def _import_failed(self, task: Task, error: BaseException) -> None:
        """The batch itself broke (not one file: those are results). Nothing is lost: files
        that were committed have their result; the others are listed as failed."""
        if task is not self._task:
            return
        results: dict[int, ImportResult] = {}
        for row in self._importing_rows:
            item = self.model.row_at(row)
            if item.result is not None:
                results[row] = item.result
            else:
                results[row] = failed_result(item.path, item.file, item.preview)
        self._end()
        self._show_summary(results, problem=user_message(error))

    def _show_summary(self, results: dict[int, ImportResult], problem: str = "") -> None:
        everything: list[ImportResult] = []
        for index, row in enumerate(self.model.rows):
            if index in results:
                everything.append(results[index])
            elif row.preview is not None and not row.preview.ok:
                status = "cancelled" if row.preview.failure.code == "import-cancelled" else "failed"
                if row.left_out_by_rule:
                    status = "skipped"  # found but deliberately not read: nothing to retry
                everything.append(ImportResult(row.path, row.file, status, failure=row.preview.failure, preview=row.preview))
            elif row.state != "waiting":
                everything.append(ImportResult(row.path, row.file, "excluded", preview=row.preview))
        self.results = everything
        self.result_model.set_results(everything)
        counts = {status: sum(1 for result in everything if result.status == status)
                  for status in ("imported", "duplicate", "failed", "cancelled", "excluded")}
        lines = [self.tr("{imported} imported, {duplicate} already known, {failed} failed.").format(
            imported=counts["imported"], duplicate=counts["duplicate"], failed=counts["failed"] + counts["cancelled"])]
        if problem:
            lines.append(problem)
        if counts["cancelled"]:
            if counts["cancelled"] == 1:
                lines.append(self.tr("The import was cancelled: 1 file was not imported. Every file imported before is complete."))
            else:
                lines.append(self.tr("The import was cancelled: {count} files were not imported. Every file imported before is complete.")
                             .format(count=counts["cancelled"]))
        if counts["failed"] + counts["cancelled"]:
            lines.append(self.tr("Failed files are listed first with the reason. Fix them if needed (for example, save them again as PDF), then click Retry."))
        self.ui.summaryLabel.setText("\n".join(lines))
        self.ui.pageStack.setCurrentIndex(SUMMARY_PAGE)
        self._say("")
        self._update_buttons()
        self._resize_result_columns()
        ids = sorted({result.candidate_id for result in everything
                      if result.candidate_id is not None and (result.status == "imported" or result.action == "attached")})
        self.import_finished.emit(list(everything))
        self.imported.emit(ids)

    # --- the panels under the table ----------------------------------------------------------
    def _today(self) -> dt.date:
        vault = self._vault_provider()
        return vault.clock.today() if vault is not None else SystemClock().today()

    def _build_panels(self, page_function: Callable[..., bytes | None] | None) -> None:
        """Below the table: the password field and the details on the left, the page on the right."""
        details = self.ui.detailsBrowser
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.password_panel = PasswordPanel(left)
        column.addWidget(self.password_panel)
        column.addWidget(details, 1)
        self.page_panel = PagePreviewPanel(render=page_function) if page_function is not None else PagePreviewPanel()
        self.review_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.review_splitter.setObjectName("reviewSplitter")
        self.review_splitter.setChildrenCollapsible(False)
        self.review_splitter.addWidget(left)
        self.review_splitter.addWidget(self.page_panel)
        self.review_splitter.setStretchFactor(0, 3)
        self.review_splitter.setStretchFactor(1, 2)
        self.review_splitter.setSizes([600, 400])
        self.ui.previewSplitter.insertWidget(1, self.review_splitter)
        self.password_panel.submitted.connect(self._password_given)

    def _password_given(self, password: str) -> None:
        row = self.ui.previewTable.currentIndex().row()
        if row >= 0:
            self.read_with_password(row, password)

    def _refresh_panels(self, row: int) -> None:
        item = self.model.row_at(row) if 0 <= row < self.model.rowCount() else None
        if item is not None and item.needs_password and not self.busy:
            assert item.preview is not None and item.preview.failure is not None
            if self.password_panel.isHidden() or self.password_panel.property("row") != row:
                self.password_panel.ask(item.file, wrong=item.preview.failure.code == "password-incorrect")
                self.password_panel.setProperty("row", row)
        else:
            self.password_panel.hide()
            self.password_panel.setProperty("row", None)
        self.page_panel.show_for(item.preview if item is not None and item.state != "waiting" else None)

    def _forget_received(self) -> None:
        """Mails dragged out of Outlook were written to a private folder for this review: delete them."""
        forget_received(row.path for row in self.model.rows)

    # --- busy state ------------------------------------------------------------------------
    def _new_relay(self) -> _Relay:
        self._relay = _Relay(self)
        return self._relay

    def _drop_relay(self) -> None:
        """Forget the current relay: news a stopped worker still sends is then ignored."""
        self._relay = None

    def _begin(self, task: Task, state: str, total: int) -> None:
        self._task = task
        self._state = state
        self.model.set_busy(True)
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.show()
        task.progress.connect(lambda done, count, task=task: self._progress(task, done, count))
        self._progress(task, 0, total)
        self._update_buttons()

    def _progress(self, task: Task, done: int, total: int) -> None:
        if task is not self._task:
            return
        self.ui.progressBar.setMaximum(max(total, 1))
        self.ui.progressBar.setValue(done)
        if self._cancel.is_set():
            return
        if self._state == READING:
            self._say(self.tr("Reading file {done} of {total}…").format(done=min(done + 1, total), total=total))
        else:
            self._say(self.tr("Importing file {done} of {total}…").format(done=min(done + 1, total), total=total))

    def _end(self) -> None:
        self._task = None
        if self._relay is not None:
            self._relay.deleteLater()  # its worker is done: every message it sent has arrived
        self._drop_relay()
        self._state = IDLE
        self.model.set_busy(False)
        self.ui.progressBar.setValue(self.ui.progressBar.maximum())
        self._update_buttons()

    def _restart(self) -> None:
        self.model.clear()
        self.page_panel.forget()
        self.results = []
        self.result_model.set_results([])
        self.ui.detailsBrowser.clear()
        self.ui.pageStack.setCurrentIndex(PREVIEW_PAGE)

    def _say(self, text: str) -> None:
        self.ui.progressLabel.setText(text)

    # --- buttons ---------------------------------------------------------------------------
    def _setup_buttons(self) -> None:
        box = self.ui.buttonBox
        self.import_button = box.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setAccessibleName(self.tr("Import the ticked files"))
        self.import_button.clicked.connect(self.start_import)
        self.retry_button = box.addButton(self.tr("&Retry failed files"), QDialogButtonBox.ButtonRole.ActionRole)
        self.retry_button.setAccessibleName(self.tr("Retry the failed files"))
        self.retry_button.clicked.connect(self.retry_failed)
        self.cancel_button = box.addButton(self.tr("&Cancel"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setAccessibleName(self.tr("Cancel after the current file"))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = box.addButton(self.tr("C&lose"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setAccessibleName(self.tr("Close the import window"))
        self.close_button.clicked.connect(self.reject)
        self.model.dataChanged.connect(lambda *_: self._update_buttons())
        self.model.rowsInserted.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)

    def _update_buttons(self) -> None:
        summary = self.ui.pageStack.currentIndex() == SUMMARY_PAGE
        idle = not self.busy
        count = len(self.model.importable_rows())
        self.import_button.setVisible(not summary)
        self.import_button.setEnabled(idle and count > 0)
        if count == 1:
            self.import_button.setText(self.tr("&Import 1 file"))
        else:
            self.import_button.setText(self.tr("&Import {count} files").format(count=count) if count else self.tr("&Import"))
        self.import_button.setDefault(idle and count > 0)
        self.retry_button.setVisible(summary)
        self.retry_button.setEnabled(idle and any(result.status in ("failed", "cancelled") for result in self.results))
        self.cancel_button.setVisible(not idle)
        self.cancel_button.setEnabled(not idle and not self._cancel.is_set())
        self.close_button.setEnabled(idle)
        self.ui.redactCheckBox.setEnabled(idle)
        self.ui.redactSpecialCheckBox.setEnabled(idle and self.ui.redactCheckBox.isChecked())
        self.ui.progressBar.setVisible(not idle)
        self.password_panel.setEnabled(idle)

    # --- tables ----------------------------------------------------------------------------
    def _setup_tables(self) -> None:
        table = self.ui.previewTable
        table.setModel(self.model)
        self.choice_delegate = DuplicateChoiceDelegate(table, self._duplicate_choices)
        table.setItemDelegateForColumn(DUPLICATE, self.choice_delegate)
        self.date_delegate = ApplicationDateDelegate(self._today, table)
        table.setItemDelegateForColumn(APPLIED, self.date_delegate)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = {FILE: 160, STATUS: 190, NAME: 165, EMAIL: 215, PHONE: 120, APPLIED: 100, DUPLICATE: 230}
        for column, width in widths.items():
            header.resizeSection(column, width)
        title = str(self.model.headerData(APPLIED, Qt.Orientation.Horizontal))
        header.resizeSection(APPLIED, max(widths[APPLIED], header.fontMetrics().horizontalAdvance(title) + 28))
        header.setMinimumSectionSize(60)
        table.setColumnHidden(DUPLICATE, True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._refresh_details())
        self.model.dataChanged.connect(self._data_changed)
        self.ui.previewSplitter.setStretchFactor(0, 3)
        self.ui.previewSplitter.setStretchFactor(1, 1)
        self.ui.previewSplitter.setSizes([330, 190])
        results = self.ui.resultTable
        results.setModel(self.result_model)
        results.setWordWrap(True)
        results.verticalHeader().hide()
        results.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        results.verticalHeader().setMinimumSectionSize(results.fontMetrics().height() + 12)
        results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        results.horizontalHeader().setStretchLastSection(True)

    def _fit_to_screen(self) -> None:
        """Wide enough for every column on a usual laptop screen, never wider than the screen."""
        screen = (self.parentWidget() or self).screen()
        if screen is None:
            return
        available = screen.availableGeometry()
        self.resize(min(1320, int(available.width() * 0.92)), min(700, int(available.height() * 0.85)))

    def _resize_result_columns(self) -> None:
        header = self.ui.resultTable.horizontalHeader()
        for column, width in ((ImportResultModel.FILE, 200), (ImportResultModel.RESULT, 210), (ImportResultModel.CANDIDATE, 220)):
            header.resizeSection(column, width)

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:
        current = self.ui.previewTable.currentIndex()
        if current.isValid() and top_left.row() <= current.row() <= bottom_right.row():
            self._refresh_details()

    def _open_choice_editors(self) -> None:
        table = self.ui.previewTable
        table.setColumnHidden(APPLIED, self.attach_to is not None)  # files added to a candidate: no new application
        rows = self.model.duplicate_rows()
        table.setColumnHidden(DUPLICATE, not rows)
        for row in rows:
            table.openPersistentEditor(self.model.index(row, DUPLICATE))

    def _close_choice_editors(self) -> None:
        table = self.ui.previewTable
        for row in range(self.model.rowCount()):
            index = self.model.index(row, DUPLICATE)
            if table.isPersistentEditorOpen(index):
                table.closePersistentEditor(index)

    def _refresh_details(self) -> None:
        index = self.ui.previewTable.currentIndex()
        self._refresh_panels(index.row() if index.isValid() else -1)
        if not index.isValid() or index.row() >= self.model.rowCount():
            self.ui.detailsBrowser.setHtml(self._placeholder_html())
            return
        self.ui.detailsBrowser.setHtml(self.details_html(index.row()))

    def _placeholder_html(self) -> str:
        if self.model.rowCount() == 0:
            return "<p>" + html.escape(self.tr("Drop CV files or folders here, or choose them with Vault › Import CVs…")) + "</p>"
        return "<p>" + html.escape(self.tr("Select a file to see everything RecruitDesk found in it.")) + "</p>"

    def details_html(self, row: int) -> str:
        """The selected file in full: fields with their confidence, every warning."""
        item = self.model.row_at(row)
        escape = html.escape
        parts = [f"<p><b>{escape(item.file)}</b> – {escape(status_text(item))}<br/><small>{escape(str(item.path))}</small></p>"]
        preview_item = item.preview
        if preview_item is not None and preview_item.ok:
            fields = preview_item.fields
            lines = []
            for name, label in (("name", self.tr("Name")), ("email", self.tr("Email")), ("phone", self.tr("Phone")),
                                ("city", self.tr("City")), ("linkedin", self.tr("LinkedIn"))):
                value = getattr(preview_item, name)
                detected = getattr(fields, name)
                if not value:
                    note = self.tr("not found")
                elif value != detected.value and name in ("name", "email", "phone"):
                    note = self.tr("corrected by you") if detected.value or name != "name" else self.tr("from the file name")
                else:
                    note = self.tr("{percent} % sure").format(percent=round(detected.confidence * 100))
                shown = escape(value) if value else "–"
                lines.append(f"<tr><td>{escape(label)}:&nbsp;</td><td><b>{shown}</b></td><td>&nbsp;&nbsp;<i>{escape(note)}</i></td></tr>")
            if fields.language.value:
                language = self.tr("Language")  # outside the f-string, where lupdate finds it
                lines.append(f"<tr><td>{escape(language)}:&nbsp;</td><td>{escape(fields.language.value)}</td><td></td></tr>")
            parts.append("<table>" + "".join(lines) + "</table>")
        if item.result is not None:
            parts.append(f"<p><b>{escape(result_text(item.result))}</b></p>")
        warnings = item.warnings()
        if warnings:
            parts.append("<ul>" + "".join(f"<li>{escape(warning)}</li>" for warning in warnings) + "</ul>")
        return "".join(parts)
