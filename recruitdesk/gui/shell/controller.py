"""The application's flow: first run, unlock, main window, lock, quit.

One object owns the open vault and decides what the user sees: the first-run wizard when there
is no vault, a silent unlock (keychain, or a recovery key given on the command line) with the
unlock dialog as fallback, the main window, and the locked state after idle time or Ctrl+L.
Keeping this out of the widgets lets each widget stay a plain view and lets tests drive the
whole flow with an in-memory keychain and a manual clock.

While the vault is open, a :class:`~recruitdesk.gui.retention.tray.RetentionNotifier` runs the daily
retention check (at unlock, then whenever the clock's date changes) and notifies in the tray;
its summary (with the rights requests due) feeds the window's dashboard and badge. At unlock the
list comes first: the daily check starts once the window has painted it (``list_shown``), and
the page check of a large vault once the daily check has ended, so neither slows the first paint.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox

from recruitdesk import errors
from recruitdesk.clock import Clock
from recruitdesk.gui.retention.dialogs import DeleteConfirmer, confirm_deletion
from recruitdesk.gui.retention.tray import DEFAULT_TICK_MILLISECONDS, RetentionNotifier
from recruitdesk.gui.shell import choosers
from recruitdesk.gui.shell.error_reporting import remember_open_vault
from recruitdesk.gui.shell.main_window import MainWindow
from recruitdesk.gui.shell.tasks import Task, wait_for_background_work
from recruitdesk.gui.vault.auto_lock import DEFAULT_TIMEOUT_MINUTES, IdleMonitor
from recruitdesk.gui.vault.passphrase_dialog import CHANGE, OFFERED, REQUIRED, SetPassphraseDialog
from recruitdesk.gui.vault.sources import FolderVaultSource, VaultSource
from recruitdesk.gui.vault.unlock_dialog import UnlockDialog, unlock_problem_text
from recruitdesk.services.backups import RestoreReport, restore_backup
from recruitdesk.services.head_start import HeadStart
from recruitdesk.services.locked_check import check_while_locked
from recruitdesk.services.team_folder import is_team_folder
from recruitdesk.services.unlock import is_key_problem
from recruitdesk.services.vault_access import system_keychain
from recruitdesk.services.vault_settings import read_setting
from recruitdesk.vault.integrity import DAMAGED, IntegrityResult
from recruitdesk.vault.keychain import Keychain
from recruitdesk.vault.vault import Vault

if TYPE_CHECKING:  # imported when there is no vault yet: most starts never show the wizard
    from recruitdesk.gui.vault.first_run_wizard import FirstRunWizard


class AppController(QObject):
    """Emits ``ready(count)`` whenever the window shows a freshly loaded vault and
    ``finished(exit_code)`` when the application should quit."""

    ready = Signal(int)
    finished = Signal(int)
    restored = Signal(object)  # the RestoreReport, once the window shows the restored vault

    def __init__(
        self,
        clock: Clock,
        keychain_factory: Callable[[], Keychain] = system_keychain,
        report_error: Callable[[BaseException], None] | None = None,
        interactive: bool = True,
        choose_folder: choosers.FolderChooser = choosers.choose_folder,
        choose_save_file: choosers.SaveFileChooser = choosers.choose_save_file,
        print_text: choosers.TextPrinter = choosers.print_text,
        tick_milliseconds: int | None = None,
        confirm_delete: DeleteConfirmer = confirm_deletion,
        tray_available: bool | None = None,
        check_tick_milliseconds: int = DEFAULT_TICK_MILLISECONDS,
    ) -> None:
        super().__init__()
        self.clock = clock
        self._keychain_factory = keychain_factory
        self._report_error = report_error or self._show_error
        self._interactive = interactive
        self._choosers = dict(choose_folder=choose_folder, choose_save_file=choose_save_file, print_text=print_text)
        self.source: VaultSource | None = None
        self.vault: Vault | None = None
        self.wizard: FirstRunWizard | None = None
        self.team_folder: Path | None = None  # a team folder's, shown in the same window (``MainWindow.host_team``)
        self.team_prompt: QMessageBox | None = None  # "open the team vault again", after a lock
        self.unlock_dialog: UnlockDialog | None = None
        self.passphrase_dialog: SetPassphraseDialog | None = None
        self._silent_unlock: Task | None = None
        self._tray_folder: Path | None = None
        self._quitting = False
        self._restore: Task | None = None
        self.window = MainWindow(clock.today, confirm_delete=confirm_delete)
        self.window.lock_requested.connect(lambda: self.lock(self.tr("You locked the vault.")))
        self.window.vault_actions.restore_requested.connect(self.restore)
        self.window.vault_actions.passphrase_requested.connect(self.change_passphrase)
        self.window.retention.settings_saved.connect(self._apply_auto_lock_setting)
        self.notifier = RetentionNotifier(clock, tray_available, check_tick_milliseconds, parent=self)
        self.notifier.checked.connect(self._daily_checked)
        self.notifier.check_failed.connect(self.window.retention.show_problem)
        self.notifier.check_failed.connect(lambda _error: self._start_page_check())
        self.window.first_paint.list_shown.connect(self._list_shown)
        self._pages_pending: Vault | None = None  # verify its pages after the first daily check
        self.notifier.show_requested.connect(self._bring_forward)
        self.notifier.quit_requested.connect(self._quit)
        self.window.retention.summary_shown.connect(
            lambda summary: self.notifier.show_summary(summary, self.window.retention.request_summary))
        self.window.closed.connect(self._window_closed)
        self.window.rows_loaded.connect(self.ready)
        monitor_options = {} if tick_milliseconds is None else {"tick_milliseconds": tick_milliseconds}
        self.idle_monitor = IdleMonitor(clock, DEFAULT_TIMEOUT_MINUTES, parent=self, **monitor_options)
        self.idle_monitor.lock_requested.connect(self._idle_timeout)
        self._shut_down = False
        self.exit_code: int | None = None
        self.finished.connect(self._remember_exit_code)

    # --- starting --------------------------------------------------------------------------
    def start_demo(self, source: VaultSource, vault: Vault) -> None:
        self.source = source
        self.show_unlocked(vault)

    def start_first_run(self, default_folder: Path) -> None:
        """No vault yet: the wizard creates one, then the window opens on it."""
        if not self._interactive:
            self._give_up(errors.VaultNotFound(folder=str(default_folder)))
            return
        from recruitdesk.gui.vault.first_run_wizard import FirstRunWizard

        self.wizard = FirstRunWizard(default_folder, self.clock, self._keychain_factory, **self._choosers)
        self.wizard.finished.connect(self._wizard_finished)
        self.wizard.show()

    def start_in_tray(self, folder: Path) -> bool:
        """Started at login (``--tray``): only the tray icon, the vault locked; the daily check
        opens it just for the check. Clicking the icon opens the window and unlocks as usual.
        Returns False, starting normally instead, when there is no notification area, or for a team
        folder (a team's daily check is one per team, run by whichever member's window opens first)."""
        if not self.notifier.has_tray or is_team_folder(folder):
            self.start_existing(folder)
            return False
        self._tray_folder = folder
        self.notifier.start_locked(lambda: check_while_locked(folder, self._keychain_factory(), self.clock))
        return True

    def start_existing(self, folder: Path, recovery_key: str | None = None, key_problem: BaseException | None = None,
                       head_start: HeadStart | None = None) -> None:
        """Unlock without asking if the keychain (or the given recovery key) can; else ask.
        ``head_start``: that unlock (and the list load) already begun, see services.head_start.
        A team vault's folder opens its team in the same window (nothing to unlock: the keys are the device's)."""
        if is_team_folder(folder):
            self._open_team(folder)
            return
        self.source = FolderVaultSource(folder, self.clock, self._keychain_factory)
        self.window.show_unlocking()
        self.window.show()
        if key_problem is not None:  # e.g. an unreadable --recovery-key-file
            self._ask_for_key(unlock_problem_text(key_problem), key_problem)
            return
        if head_start is not None:  # begun before the window was built: take its vault and list
            self._silent_unlock = Task(head_start.vault)
            self.window.load_rows = head_start.rows
        else:
            self._silent_unlock = Task(self.source.unlock, recovery_key)
        self._silent_unlock.finished.connect(self._silently_unlocked)
        self._silent_unlock.failed.connect(self._silent_unlock_failed)
        self._silent_unlock.start()

    def _open_team(self, folder: Path) -> None:
        """The team of a team folder in the window, as a local vault: Lock, Quit and the idle lock close it
        (the keys are dropped and the names cleared); "Open the team vault" after a lock opens it again."""
        self.team_folder = folder
        panel = self.window.host_team(folder, self._keychain_factory, self.clock)
        panel.rows_loaded.connect(self.ready)
        if not self._interactive:  # --smoke-test: a team that cannot be opened is reported, not retried
            panel.open_failed.connect(self._give_up)
        self._bring_forward()
        panel.auto_lock_changed.connect(self.idle_monitor.set_timeout_minutes)  # the team's own, once read
        panel.open_team()
        self.idle_monitor.set_timeout_minutes(DEFAULT_TIMEOUT_MINUTES)
        self.idle_monitor.start()

    def _offer_team_again(self, reason: str) -> None:
        """After a team's lock: open it again, or quit."""
        if not self._interactive:
            self.finished.emit(0)
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("RecruitDesk"), reason or self.tr("The team vault is locked."),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setInformativeText(self.tr("The names were cleared from the screen and the team's keys dropped from this "
                                       "computer's memory. Open the team vault again to go on."))
        again = box.addButton(self.tr("&Open the team vault"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result, box=box, again=again: self._team_prompt_answered(box.clickedButton() is again))
        self.team_prompt = box
        box.open()

    def _team_prompt_answered(self, open_again: bool) -> None:
        self.team_prompt = None
        if open_again and self.team_folder is not None and not self._shut_down:
            self._open_team(self.team_folder)
        else:
            self.finished.emit(0)

    def _wizard_finished(self, result: int) -> None:
        wizard, self.wizard = self.wizard, None
        assert wizard is not None
        wizard.deleteLater()
        if wizard.team_folder is not None:  # created or joined a team vault: open it like any existing folder
            self.start_existing(wizard.team_folder)
            return
        if result != QDialog.DialogCode.Accepted or wizard.vault is None:
            self.finished.emit(0)
            return
        self.source = FolderVaultSource(wizard.vault.folder, self.clock, self._keychain_factory)
        self.show_unlocked(wizard.vault)

    def _silently_unlocked(self, vault: Vault) -> None:
        self._silent_unlock = None
        if self._shut_down:
            vault.close()
            return
        self.show_unlocked(vault)
        self._ask_for_passphrase(vault)

    def _silent_unlock_failed(self, error: BaseException) -> None:
        self._silent_unlock = None
        if self._shut_down:
            return
        if is_key_problem(error):
            self._ask_for_key(unlock_problem_text(error), error)
        else:  # a damaged file, a vault open elsewhere: a recovery key would not help
            self._give_up(error)

    # --- unlocked --------------------------------------------------------------------------
    def show_unlocked(self, vault: Vault) -> None:
        self.vault = vault
        remember_open_vault(vault.folder)
        assert self.source is not None
        folder_text = self.tr("Demo vault (deleted when you quit)") if self.source.is_demo else str(vault.folder)
        self.window.set_base_title(self.tr("RecruitDesk – demo") if self.source.is_demo else self.tr("RecruitDesk"))
        self.window.show_vault(vault, folder_text)  # the list first; then _list_shown
        self._bring_forward()
        self._show_warnings(vault)
        self._apply_auto_lock_setting()
        self.idle_monitor.start()

    def _list_shown(self) -> None:
        """The unlocked vault's list is painted: now the daily check, then the page check."""
        if self.vault is None:
            return
        self._pages_pending = self.vault
        self.notifier.start(self.vault)

    def _start_page_check(self) -> None:
        vault, self._pages_pending = self._pages_pending, None
        if vault is not None and vault is self.vault:
            self._verify_pages(vault)

    def _verify_pages(self, vault: Vault) -> None:
        """A vault too large to verify at unlock is verified now, in the background (saves go on)."""
        if not vault.integrity.needs_check:
            return
        task = Task(vault.integrity.run)
        task.finished.connect(lambda result, vault=vault: self._pages_verified(vault, result))
        task.failed.connect(lambda _error: None)  # unknown, not damaged: a backup checks again first
        task.start()

    def _pages_verified(self, vault: Vault, result: IntegrityResult) -> None:
        if result.state != DAMAGED or vault is not self.vault or not self._interactive:
            return
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("RecruitDesk"), self.tr(
            "The integrity check found damaged pages in the vault database. Backups are refused until "
            "you restore the vault from a backup (Vault menu)."), QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _apply_auto_lock_setting(self) -> None:
        """The idle time from the vault's settings; applied at unlock and whenever settings are saved."""
        if self.vault is None:
            return
        try:
            minutes = read_setting(self.vault, "auto_lock_minutes")
        except errors.RecruitDeskError:
            minutes = DEFAULT_TIMEOUT_MINUTES
        self.idle_monitor.set_timeout_minutes(minutes)

    def _bring_forward(self) -> None:
        if self.source is None and self._tray_folder is not None:  # started in the tray: open now
            self.notifier.stop()
            self.start_existing(self._tray_folder)
        self.window.show()
        if self.window.isMinimized():
            self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _daily_checked(self, summary: object, erased: list[int]) -> None:
        """The daily check ran (at unlock or on a new day): show it; reload if it erased."""
        self._start_page_check()
        if self.vault is None:
            return
        self.window.retention.show_summary(summary, self.notifier.request_summary)
        if erased:
            self.window.reload()
        else:
            self.window.model.refresh_today()

    def _show_warnings(self, vault: Vault) -> None:
        """E.g. the device key could not be re-enrolled: the vault is open, but say so."""
        for warning in vault.warnings:
            if not self._interactive:
                continue
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("RecruitDesk"), warning.message(), QMessageBox.StandardButton.Ok, self.window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    # --- restoring -------------------------------------------------------------------------
    def restore(self, backup: Path) -> Task | None:
        """Replace the open vault's database with ``backup`` (on a worker thread), then show
        the reopened vault; ``restore_backup`` keeps a safety copy and re-erases the erased."""
        if self.vault is None or self._restore is not None:
            return None
        self.idle_monitor.stop()
        self.notifier.stop()
        self.window.show_restoring()
        _wait_for_workers(self.vault)  # nothing else may use the vault while it is replaced
        task = Task(restore_backup, self.vault, Path(backup))
        task.finished.connect(self._restored)
        task.failed.connect(self._restore_failed)
        self._restore = task
        task.start()
        return task

    def _restored(self, report: RestoreReport) -> None:
        self._restore = None
        if self._shut_down:
            report.vault.close()
            return
        self.vault = report.vault  # the old object is closed: locking now closes this one
        self.show_unlocked(report.vault)
        message = self.tr("Backup restored. The previous data is kept in {path}.").format(path=report.safety_copy)
        if report.erased_again:
            message += " " + self.tr("%n erased candidates were erased again.", "", report.erased_again)
        self.window.statusBar().showMessage(message, 20000)
        self.restored.emit(report)

    def _restore_failed(self, error: BaseException) -> None:
        self._restore = None
        if self._shut_down:
            return
        vault = self.vault
        self._report_error(error)
        if vault is not None and vault.is_open:  # refused before anything changed
            self.show_unlocked(vault)
        else:  # the old database was closed: unlock again (the safety copy is in backups/)
            self.vault = None
            self.lock(self.tr("The restore failed; unlock the vault again."))

    # --- locking ---------------------------------------------------------------------------
    def lock(self, reason: str = "") -> None:
        """Hide all candidate data, close the vault (keys dropped, lock released), ask to unlock."""
        self.idle_monitor.stop()
        self.notifier.stop()
        self._pages_pending = None
        self._drop_passphrase_dialog()
        self.window.show_locked()
        if self.vault is not None:
            _wait_for_workers(self.vault)
            self.vault.close()
            self.vault = None
            remember_open_vault(None)
            _forget_closed_vault()
        if self.team_folder is not None:
            if not self._shut_down and self.team_prompt is None:
                self._offer_team_again(reason)
        elif not self._shut_down and self.unlock_dialog is None:
            self._ask_for_key(reason)

    def _idle_timeout(self) -> None:
        minutes = int(self.idle_monitor.timeout_minutes)
        self.lock(self.tr("RecruitDesk locked the vault because it was not used for {minutes} min.").format(minutes=minutes))

    @property
    def is_locked(self) -> bool:
        return self.vault is None and self.window.team is None

    # --- asking for the key ----------------------------------------------------------------
    def _ask_for_key(self, reason: str, problem: BaseException | None = None) -> None:
        if not self._interactive:  # --smoke-test: say why instead of waiting for a user
            self._give_up(problem or errors.RecoveryKeyRequired())
            return
        assert self.source is not None
        self.window.show_locked()
        self.window.show()
        dialog = UnlockDialog(self.source, reason, self.window, problem=problem, avoid=self.window.ui.emptyStateLabel)
        dialog.finished.connect(self._unlock_dialog_finished)
        self.unlock_dialog = dialog
        dialog.open()

    def _unlock_dialog_finished(self, result: int) -> None:
        dialog, self.unlock_dialog = self.unlock_dialog, None
        assert dialog is not None
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and dialog.vault is not None:
            self.show_unlocked(dialog.vault)
            self._ask_for_passphrase(dialog.vault)
        else:
            self.finished.emit(0)

    def _ask_for_passphrase(self, vault: Vault) -> None:
        """After an unlock: a new passphrase is required after a recovery-key unlock of a vault
        that has one; a vault without one is offered it (the user may postpone)."""
        if not self._interactive or self.source is None or self.passphrase_dialog is not None:
            return
        if not (vault.new_passphrase_needed or not vault.has_passphrase):
            return
        self._open_passphrase_dialog(vault, REQUIRED if vault.new_passphrase_needed else OFFERED)

    def change_passphrase(self) -> SetPassphraseDialog | None:
        """Vault > Set or change the passphrase."""
        if self.vault is None or self.source is None or self.passphrase_dialog is not None:
            return self.passphrase_dialog
        return self._open_passphrase_dialog(self.vault, CHANGE)

    def _open_passphrase_dialog(self, vault: Vault, mode: str) -> SetPassphraseDialog:
        assert self.source is not None
        dialog = SetPassphraseDialog(self.source, vault, mode, self.window)
        dialog.finished.connect(lambda result, dialog=dialog: self._passphrase_dialog_finished(dialog, result))
        self.passphrase_dialog = dialog
        dialog.open()
        return dialog

    def _drop_passphrase_dialog(self) -> None:
        """Locking while the passphrase is offered: close the offer (a set in progress finishes
        first on the database worker, before the vault closes)."""
        dialog, self.passphrase_dialog = self.passphrase_dialog, None
        if dialog is not None:
            dialog.finished.disconnect()
            dialog.form.clear()
            QDialog.done(dialog, QDialog.DialogCode.Rejected)
            dialog.deleteLater()

    def _passphrase_dialog_finished(self, dialog: SetPassphraseDialog, result: int) -> None:
        self.passphrase_dialog = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted and dialog.mode == REQUIRED and self.vault is not None:
            self.lock(self.tr("The vault was locked again: after a recovery-key unlock, a new passphrase is needed."))

    # --- ending ----------------------------------------------------------------------------
    def _quit(self) -> None:
        """Quit from the tray menu: through the window's close when it is open (it saves its layout)."""
        self._quitting = True
        if self.window.isVisible():
            self.window.close()
        else:
            self.finished.emit(0)

    def _window_closed(self) -> None:
        """Closing the window quits, except in a RecruitDesk started at login: there it locks the
        vault and goes back to the tray, so tomorrow's alert still comes."""
        if self._tray_folder is None or self._quitting or self.unlock_dialog is not None or not self.notifier.has_tray:
            self.finished.emit(0)
            return
        self.idle_monitor.stop()
        self.notifier.stop()
        self.window.show_locked()
        if self.vault is not None:
            _wait_for_workers(self.vault)
            self.vault.close()
            self.vault = None
        if self.source is not None:
            self.source.dispose()
            self.source = None
        folder = self._tray_folder
        self.notifier.start_locked(lambda: check_while_locked(folder, self._keychain_factory(), self.clock),
                                   last_checked=self.clock.today())

    def _remember_exit_code(self, code: int) -> None:
        if self.exit_code is None:
            self.exit_code = code

    def _give_up(self, error: BaseException) -> None:
        self._report_error(error)
        self.finished.emit(error.exit_code if isinstance(error, errors.RecruitDeskError) else 1)

    def _show_error(self, error: BaseException) -> None:
        from recruitdesk.gui.shell.error_reporting import show_error

        show_error(self.window if self.window.isVisible() else None, error)

    def shutdown(self) -> None:
        """Close the vault and clean up; called once as the application quits."""
        if self._shut_down:
            return
        self._shut_down = True
        self._drop_passphrase_dialog()
        self.idle_monitor.shutdown()
        locked_check_running = self.notifier.locked_mode and self.notifier.busy
        self.notifier.shutdown()
        if locked_check_running:  # a check started at login holds the vault open until it ends
            wait_for_background_work(10_000)
        self.window.show_locked()  # a team's panel closes with it
        if self.team_prompt is not None:
            self.team_prompt.done(0)
        if self.vault is not None:
            _wait_for_workers(self.vault)
            self.vault.close()
            self.vault = None
        if self.wizard is not None and self.wizard.vault is not None:
            self.wizard.vault.close()
        if self.source is not None:
            self.source.dispose()


def _forget_closed_vault() -> None:
    """Finalise what still refers to the closed vault now, on the GUI thread, while no worker
    touches a database: connections and cursors that dialogs or models kept (and the key
    material of their SQLCipher codecs) would otherwise be freed by a later garbage collection
    at a random moment, possibly while the next unlock opens its own connections on a worker
    thread. A locked window should hold nothing of the vault; a full collection costs a few
    hundred milliseconds once per lock."""
    gc.collect()


def _wait_for_workers(vault: Vault, milliseconds: int = 10_000) -> None:
    """Let a background call that still uses the vault (a daily check, an erasure) and the
    saves queued on the database worker finish before the vault closes; results are ignored.
    A page check of a large vault can take minutes: it is stopped instead (it runs again at
    the next unlock)."""
    vault.integrity.stop()
    wait_for_background_work(milliseconds)
