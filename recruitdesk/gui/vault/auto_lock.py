"""Locking the vault after a period without keyboard or mouse input (DESIGN.md section 4).

A laptop left open in a meeting room should not show candidates' data for hours. The monitor
watches input for the whole application through an event filter and compares idle time on the
injected clock's monotonic time, so tests advance a ``ManualClock`` instead of sleeping and a
wall-clock change (daylight saving, NTP) cannot trigger or postpone a lock.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from recruitdesk.clock import Clock

DEFAULT_TIMEOUT_MINUTES = 10
DEFAULT_TICK_MILLISECONDS = 15_000

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class IdleMonitor(QObject):
    """Emits ``lock_requested`` once when no input arrived for ``timeout_minutes``.

    ``check()`` runs on a timer tick and may be called directly. After a lock request the
    monitor stops; ``start()`` it again once the vault is unlocked.
    """

    lock_requested = Signal()

    def __init__(
        self,
        clock: Clock,
        timeout_minutes: int = DEFAULT_TIMEOUT_MINUTES,
        tick_milliseconds: int = DEFAULT_TICK_MILLISECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timeout_seconds = 60.0
        self.set_timeout_minutes(timeout_minutes)
        self._last_input = clock.monotonic()
        self._active = False
        self._timer = QTimer(self)
        self._timer.setInterval(tick_milliseconds)
        self._timer.timeout.connect(self.check)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # --- control ---------------------------------------------------------------------------
    @property
    def timeout_minutes(self) -> float:
        return self._timeout_seconds / 60

    @property
    def active(self) -> bool:
        return self._active

    def set_timeout_minutes(self, minutes: int) -> None:
        """A vault setting; anything below one minute (or not a number) is treated as one."""
        try:
            minutes = max(1, int(minutes))
        except (TypeError, ValueError):
            minutes = DEFAULT_TIMEOUT_MINUTES
        self._timeout_seconds = minutes * 60.0

    def start(self) -> None:
        self.reset()
        self._active = True
        self._timer.start()

    def stop(self) -> None:
        self._active = False
        self._timer.stop()

    def reset(self) -> None:
        """The user did something: idle time starts again from zero."""
        self._last_input = self._clock.monotonic()

    def idle_seconds(self) -> float:
        return self._clock.monotonic() - self._last_input

    def check(self) -> bool:
        """Request a lock when idle long enough; returns True when it did."""
        if not self._active or self.idle_seconds() < self._timeout_seconds:
            return False
        self.stop()
        self.lock_requested.emit()
        return True

    # --- input -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if self._active and event.type() in INPUT_EVENTS:
            self._last_input = self._clock.monotonic()
        return False

    def shutdown(self) -> None:
        """Stop and leave the application's event stream alone (before the monitor is dropped)."""
        self.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
