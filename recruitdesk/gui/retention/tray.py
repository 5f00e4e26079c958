"""The daily retention check and the tray notification.

At unlock and then once per calendar day while the app runs, :class:`RetentionNotifier` runs
``run_daily_check`` on a worker thread (it erases what is due when the firm turned automatic
erasure on) and tells the recruiter the headline ("2 candidates must be deleted within 14 days.
1 candidate is overdue for deletion.") in a tray notification. The day boundary comes from the
injected clock: a timer ticks every minute and :meth:`check` compares ``clock.today()`` with the
last day it notified, so tests advance a ``ManualClock`` and call :meth:`check` instead of
waiting for midnight.

Without a system tray (some Linux desktops, the offscreen platform) there is no icon and no
popup; the window's banner still shows the same headline. ``notified`` is emitted either way.

Started at login in the notification area (``recruitdesk --tray``), the notifier runs in its
locked mode (:meth:`start_locked`): each day's check opens the vault only for the check
(``services.locked_check``) and the window stays closed until the user clicks the icon.
The rights requests due within a week (``services.rights_requests.summarise``) are checked with
it: their headline follows the retention one, and overdue requests count in the badge.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from recruitdesk import errors
from recruitdesk.clock import Clock
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.services.retention_alerts import RetentionSummary, run_daily_check
from recruitdesk.services.rights_requests import RequestSummary
from recruitdesk.services.rights_requests import summarise as summarise_requests
from recruitdesk.vault.vault import Vault

DEFAULT_TICK_MILLISECONDS = 60_000
MESSAGE_MILLISECONDS = 20_000


def app_icon(badge: int = 0, size: int = 64) -> QIcon:
    """The RecruitDesk mark (an "R" on a blue tile), with a red count badge when ``badge`` > 0."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(21, 84, 160))
    painter.drawRoundedRect(QRect(2, 2, size - 4, size - 4), size * 0.18, size * 0.18)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.62))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "R")
    if badge > 0:
        diameter = int(size * 0.56)
        badge_rect = QRect(size - diameter, 0, diameter, diameter)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(200, 0, 36))
        painter.drawEllipse(badge_rect)
        font.setPixelSize(int(diameter * (0.62 if badge < 10 else 0.48)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, str(badge) if badge < 100 else "99+")
    painter.end()
    return QIcon(pixmap)


# A vault with a passphrase cannot be opened by the login-time check: say so once a day (the
# click opens the window, which asks for the passphrase), instead of retrying every tick.
NEEDS_THE_USER = (errors.PassphraseRequired, errors.UnlockDelayed, errors.AttemptRecordTampered)


class RetentionNotifier(QObject):
    """Runs the daily check and notifies.

    Signals: ``checked(summary, erased_ids)`` after each daily check, ``notified(message)`` with
    the sentence shown (in the tray, if there is one), ``check_failed(error)``,
    ``show_requested`` when the user clicks the tray icon or its notification, and
    ``quit_requested`` from the tray menu.
    """

    checked = Signal(object, list)
    notified = Signal(str)
    check_failed = Signal(object)
    show_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        clock: Clock,
        tray_available: bool | None = None,
        tick_milliseconds: int = DEFAULT_TICK_MILLISECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._vault: Vault | None = None
        self._locked_check: Callable[[], tuple] | None = None
        self._task: Task | None = None
        self.last_day_checked: dt.date | None = None
        self.last_message: str | None = None
        self.request_summary: RequestSummary | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(tick_milliseconds)
        self._timer.timeout.connect(self.check)
        available = QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        self.tray: QSystemTrayIcon | None = self._make_tray() if available else None

    # --- the tray icon ---------------------------------------------------------------------
    def _make_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(app_icon(), self)
        tray.setToolTip(self.tr("RecruitDesk"))
        menu = QMenu()
        show = QAction(self.tr("&Show RecruitDesk"), menu)
        show.triggered.connect(self.show_requested)
        quit_action = QAction(self.tr("&Quit"), menu)
        quit_action.triggered.connect(self.quit_requested)
        menu.addAction(show)
        menu.addSeparator()
        menu.addAction(quit_action)
        self._menu = menu  # the tray does not own its menu
        tray.setContextMenu(menu)
        tray.activated.connect(self._activated)
        tray.messageClicked.connect(self.show_requested)
        tray.show()
        return tray

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_requested.emit()

    @property
    def has_tray(self) -> bool:
        return self.tray is not None

    def show_summary(self, summary: RetentionSummary, requests: RequestSummary | None = None) -> None:
        """Keep the icon's badge and tooltip current (after a deletion, a new policy, ...);
        overdue rights requests count in the badge and their headline follows the retention one."""
        if requests is not None:
            self.request_summary = requests
        if self.tray is None:
            return
        requests = self.request_summary
        badge = summary.needs_attention + (len(requests.overdue) if requests is not None else 0)
        self.tray.setIcon(app_icon(badge))
        self.tray.setToolTip(self.tr("RecruitDesk: {headline}").format(headline=_headline(summary, requests)))

    def show_locked(self) -> None:
        if self.tray is None:
            return
        self.tray.setIcon(app_icon())
        self.tray.setToolTip(self.tr("RecruitDesk: the vault is locked"))

    # --- the daily check -------------------------------------------------------------------
    def start(self, vault: Vault) -> None:
        """The vault was unlocked: check now (a new unlock always notifies), then daily."""
        self._vault = vault
        self._locked_check = None
        self._task = None
        self.last_day_checked = None
        self._timer.start()
        self.check()

    def start_locked(self, check_locked: Callable[[], tuple], last_checked: dt.date | None = None) -> None:
        """Started at login: run ``check_locked`` (open, check, close) now and on each new day,
        with no window and the vault closed in between. ``last_checked`` is the day already
        checked (the window was open today), so the same alert is not shown twice."""
        self._locked_check = check_locked
        self._vault = None
        self._task = None
        self.last_day_checked = last_checked
        self.show_locked()
        self._timer.start()
        self.check()

    @property
    def locked_mode(self) -> bool:
        return self._locked_check is not None

    def stop(self) -> None:
        """The vault is locking: forget it; a check still running is ignored when it ends."""
        self._timer.stop()
        self._vault = None
        self._locked_check = None
        self._task = None
        self.request_summary = None
        self.show_locked()

    @property
    def active(self) -> bool:
        return self._vault is not None

    @property
    def busy(self) -> bool:
        return self._task is not None

    def check(self) -> bool:
        """Run the daily check if the clock's date moved past the last day checked; returns
        True when a check started."""
        if (self._vault is None and self._locked_check is None) or self._task is not None:
            return False
        today = self._clock.today()
        if today == self.last_day_checked:
            return False
        self.last_day_checked = today
        task = Task(_daily_check_with_requests, self._vault) if self._vault is not None else Task(self._locked_check)
        task.finished.connect(lambda result, task=task: self._checked(task, result))
        task.failed.connect(lambda error, task=task: self._failed(task, error))
        self._task = task
        task.start()
        return True

    def _checked(self, task: Task, result: tuple[RetentionSummary, list[int], RequestSummary]) -> None:
        if task is not self._task:
            return
        self._task = None
        summary, erased, requests = result
        self.request_summary = requests
        self.checked.emit(summary, list(erased))
        self.notify(summary, erased, requests)

    def _failed(self, task: Task, error: BaseException) -> None:
        if task is not self._task:
            return
        self._task = None
        if not isinstance(error, NEEDS_THE_USER):
            self.last_day_checked = None  # try again on the next tick
        if self._locked_check is not None and self.tray is not None:  # no window to show it in
            self.tray.showMessage(self.tr("RecruitDesk: retention"), self.tr(
                "RecruitDesk could not check the deadlines: {reason} Click here to open RecruitDesk.").format(
                reason=user_message(error)), QSystemTrayIcon.MessageIcon.Warning, MESSAGE_MILLISECONDS)
        self.check_failed.emit(error)

    def notify(self, summary: RetentionSummary, erased: list[int] | tuple[int, ...] = (),
               requests: RequestSummary | None = None) -> str:
        if requests is not None:
            self.request_summary = requests
        message = _headline(summary, self.request_summary)
        if erased:
            deleted = self.tr("RecruitDesk deleted %n candidates automatically.", "", len(erased))
            message = f"{deleted} {message}"
        self.last_message = message
        self.show_summary(summary)
        if self.tray is not None:
            overdue = summary.overdue or (self.request_summary is not None and self.request_summary.overdue)
            icon = QSystemTrayIcon.MessageIcon.Warning if overdue else QSystemTrayIcon.MessageIcon.Information
            self.tray.showMessage(self.tr("RecruitDesk: retention"), message, icon, MESSAGE_MILLISECONDS)
        self.notified.emit(message)
        return message

    def shutdown(self) -> None:
        self.stop()
        if self.tray is not None:
            self.tray.hide()


def _daily_check_with_requests(vault: Vault) -> tuple[RetentionSummary, list[int], RequestSummary]:
    """The retention check, then the rights requests due within a week (worker thread)."""
    summary, erased = run_daily_check(vault)
    return summary, erased, summarise_requests(vault, vault.clock.today())


def _headline(summary: RetentionSummary, requests: RequestSummary | None) -> str:
    """The retention sentence, then the rights-request one when a request is due."""
    parts = [summary.headline(), requests.headline() if requests is not None else ""]
    return " ".join(part for part in parts if part)
