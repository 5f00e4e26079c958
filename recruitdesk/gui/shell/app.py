"""Starting the window: ``recruitdesk`` without a command lands here (see ``cli._start_gui``).

Sets up the QApplication, the language and the last-resort error handling, then hands over to
:class:`~recruitdesk.gui.shell.controller.AppController`. ``--smoke-test`` makes the run
non-interactive for CI and packaging checks: it prints one line once the main window shows its
candidates and quits with 0, or prints the reason and quits non-zero instead of opening a dialog.
"""

from __future__ import annotations

import argparse
import gc
import signal
import sys
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from recruitdesk import __version__, errors, preferences
from recruitdesk.clock import Clock, SystemClock
from recruitdesk.gui.shell.error_reporting import install_excepthook, show_error, user_message
from recruitdesk.gui.shell.translation import install_language, remove_translators
from recruitdesk.gui.shell.gui_thread_gc import GuiThreadCollector
from recruitdesk.paths import APP_NAME, resolve_vault_folder
from recruitdesk.services.head_start import HeadStart
from recruitdesk.services.team_folder import is_team_folder
from recruitdesk.services.vault_access import recovery_key_from, system_keychain
from recruitdesk.vault.keychain import Keychain
from recruitdesk.vault.vault import vault_exists

if TYPE_CHECKING:
    from recruitdesk.gui.shell.controller import AppController

SMOKE_TEST_LINE = "RecruitDesk window ready: {count} candidates"


def application_icon() -> QIcon:
    """The app icon (256 px, scaled down crisply on high-DPI screens), from the package."""
    from importlib import resources

    data = resources.files("recruitdesk.gui").joinpath("icons/recruitdesk.png").read_bytes()
    pixmap = QPixmap()
    pixmap.loadFromData(data)
    return QIcon(pixmap)


def run_gui(
    args: argparse.Namespace,
    clock: Clock | None = None,
    keychain_factory: Callable[[], Keychain] = system_keychain,
) -> int:
    """Run the window until the user quits; returns the process exit code.

    ``clock`` and ``keychain_factory`` are injectable for tests. An existing vault starts
    unlocking (and loading its list) before the window's modules are imported: see
    :mod:`recruitdesk.services.head_start`.
    """
    clock = clock or SystemClock()
    head_start = _head_start(args, clock, keychain_factory)
    # Importing the window's modules creates about 100,000 objects that live as long as the
    # process; the cyclic collector would rescan them over and over meanwhile (0.08 s of CPU).
    # Frozen afterwards, later collections skip them.
    collecting = gc.isenabled()
    gc.disable()
    try:
        from recruitdesk.gui.shell.controller import AppController  # imported while the head start runs
    finally:
        gc.freeze()
        if collecting:
            gc.enable()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    collector = GuiThreadCollector(app)  # from here on, only the GUI thread collects cycles (a closed window among them)
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(application_icon())
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)  # the controller decides, e.g. between wizard and window
    # --lang wins, then the language chosen in Preferences, then RECRUITDESK_LANG and the system.
    _language, translators = install_language(app, getattr(args, "lang", None) or preferences.language())
    smoke_test = bool(getattr(args, "smoke_test", False))

    report = _print_error if smoke_test else (lambda error: show_error(QApplication.activeWindow(), error))
    previous_hook = install_excepthook(lambda error: _unexpected(error, report, smoke_test))
    controller = AppController(clock, keychain_factory, report_error=report, interactive=not smoke_test)
    controller.finished.connect(app.exit)
    restore_signals = _exit_cleanly_on_signals(app)
    if smoke_test:
        controller.ready.connect(lambda count: _smoke_test_ready(app, count))
    try:
        _start(controller, args, head_start)
        if controller.exit_code is not None:  # gave up before the event loop started
            return controller.exit_code
        return app.exec()
    except errors.RecruitDeskError as error:
        report(error)
        return error.exit_code
    except Exception as error:  # no traceback ever reaches the user
        report(error)
        return 1
    finally:
        restore_signals()
        controller.shutdown()
        if head_start is not None:
            head_start.discard()
        controller.window.deleteLater()
        sys.excepthook = previous_hook
        remove_translators(app, translators)
        collector.stop()
        collector.deleteLater()


def _head_start(args: argparse.Namespace, clock: Clock, keychain_factory: Callable[[], Keychain]) -> HeadStart | None:
    """Begin unlocking when this start will unlock an existing vault without asking first."""
    if getattr(args, "demo", False) or (getattr(args, "tray", False) and not getattr(args, "smoke_test", False)):
        return None
    folder = resolve_vault_folder(getattr(args, "vault", None))
    if not vault_exists(folder):
        return None
    try:
        recovery_key = recovery_key_from(getattr(args, "recovery_key_file", None))
    except errors.RecruitDeskError:
        return None  # _start reports it
    return HeadStart(folder, clock, recovery_key, keychain_factory)


def _start(controller: AppController, args: argparse.Namespace, head_start: HeadStart | None) -> None:
    """Show the first screen: the demo, the first-run wizard, or the (un)locking window."""
    clock = controller.clock
    if getattr(args, "demo", False):
        from recruitdesk.demo import DemoVault
        from recruitdesk.gui.vault.sources import DemoVaultSource

        demo = DemoVault(clock)
        controller.start_demo(DemoVaultSource(demo, clock), demo.vault)
        return
    folder = resolve_vault_folder(getattr(args, "vault", None))
    if getattr(args, "tray", False) and not getattr(args, "smoke_test", False):
        if not vault_exists(folder):  # started at login before any vault exists: nothing to watch
            controller.exit_code = 0
            return
        controller.start_in_tray(folder)
        return
    if is_team_folder(folder):  # a team vault's folder: the team window
        controller.start_existing(folder)
        return
    if not vault_exists(folder):
        controller.start_first_run(folder)
        return
    recovery_key, problem = None, None
    try:
        recovery_key = recovery_key_from(getattr(args, "recovery_key_file", None))
    except errors.RecruitDeskError as error:
        problem = error
    usable = head_start is not None and head_start.folder == folder and head_start.recovery_key == recovery_key
    controller.start_existing(folder, recovery_key, problem, head_start if usable else None)


def _exit_cleanly_on_signals(app: QCoreApplication) -> Callable[[], None]:
    """Ctrl+C or SIGTERM quit through the normal path, so the vault is closed and a demo
    folder deleted. Python only runs signal handlers when it gets control, hence the timer.
    Returns a function that restores the previous handlers."""
    def stop(signum: int, _frame: object) -> None:
        app.exit(128 + signum)

    previous = {}
    for name in ("SIGINT", "SIGTERM"):
        number = getattr(signal, name, None)
        if number is not None:
            try:
                previous[number] = signal.signal(number, stop)
            except ValueError:  # not the main thread (some test runners)
                pass
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(250)

    def restore() -> None:
        heartbeat.stop()
        for number, handler in previous.items():
            signal.signal(number, handler)

    return restore


def _smoke_test_ready(app: QCoreApplication, count: int) -> None:
    print(SMOKE_TEST_LINE.format(count=count), flush=True)
    app.exit(0)


def _print_error(error: BaseException) -> None:
    print(user_message(error), file=sys.stderr, flush=True)


def _unexpected(error: BaseException, report: Callable[[BaseException], None], smoke_test: bool) -> None:
    """The excepthook: an exception escaped a slot. Say so once, log it, keep running."""
    report(error)
    if smoke_test:
        QCoreApplication.exit(1)

