"""CPU-time budgets per file and per page, so a hostile file fails in seconds, with a reason.

The wall-clock timeout in the app (``Limits.timeout_seconds``) is the outer bound; it cannot
tell a slow, busy laptop from a file built to keep the reader busy, and a minute is long to
wait. These budgets count the worker's own CPU time, which a busy machine does not inflate:

* per file (``cpu_seconds_per_file``) and per PDF page (``cpu_seconds_per_page``): a timer on
  the process's CPU time (``ITIMER_PROF`` on POSIX; a watchdog thread that interrupts the main
  thread on Windows) raises ``BudgetExceeded`` inside the reader, which the worker reports as
  ``extraction-too-slow``;
* a backstop for native code that never returns to Python (pdfium): the CPU rlimit of the
  worker is set a few seconds beyond the file's budget, so the kernel stops it (SIGXCPU) and
  the app reports the same reason.

``BudgetExceeded`` derives from ``BaseException`` on purpose: the PDF libraries catch
``Exception`` around their parsing and would otherwise swallow it and carry on.
"""

from __future__ import annotations

import signal
import sys
import threading
import time

RLIMIT_MARGIN_SECONDS = 5


class BudgetExceeded(BaseException):
    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds


class CpuBudget:
    """One file's budget. ``start_file`` arms it, ``start_page`` narrows it, ``stop`` disarms."""

    def __init__(self, per_file: float, per_page: float) -> None:
        self.per_file = per_file
        self.per_page = per_page
        self._file_deadline: float | None = None
        self._page_deadline: float | None = None
        self._limit = per_file
        self._watchdog: _Watchdog | None = None

    # --- public ----------------------------------------------------------------------------
    def start_file(self) -> None:
        now = time.process_time()
        self._file_deadline = now + self.per_file
        self._page_deadline = None
        self._limit = self.per_file
        _set_cpu_rlimit(now + self.per_file + RLIMIT_MARGIN_SECONDS)
        self._arm()

    def start_page(self) -> None:
        """A new page gets ``per_page`` seconds, never more than what is left of the file's."""
        if self._file_deadline is None:
            return
        self._page_deadline = time.process_time() + self.per_page
        self._limit = self.per_page if self._page_deadline < self._file_deadline else self.per_file
        self._arm()

    def start_heavy_page(self, seconds: float) -> None:
        """A page that legitimately needs ``seconds`` (text recognition): the file's budget is
        extended so this page can have them, and the kernel's backstop moves with it."""
        if self._file_deadline is None:
            return
        now = time.process_time()
        self._page_deadline = now + seconds
        self._file_deadline = max(self._file_deadline, self._page_deadline)
        self._limit = seconds
        _set_cpu_rlimit(self._file_deadline + RLIMIT_MARGIN_SECONDS)
        self._arm()

    def seconds_left(self) -> float | None:
        """CPU seconds left for the current page (or file), or None when no budget is armed.
        Work done in a child process (Tesseract) is bounded by this, as wall-clock time."""
        deadline = self._page_deadline or self._file_deadline
        return None if deadline is None else max(0.0, deadline - time.process_time())

    def exceeded(self) -> BudgetExceeded:
        """The error to raise when a child process used up what was left of the budget."""
        return BudgetExceeded(self._limit)

    def stop(self) -> None:
        self._file_deadline = self._page_deadline = None
        if hasattr(signal, "setitimer"):
            signal.setitimer(signal.ITIMER_PROF, 0)
        elif self._watchdog is not None:
            self._watchdog.deadline = None

    # --- internals -------------------------------------------------------------------------
    def _deadline(self) -> float:
        assert self._file_deadline is not None
        return min(self._file_deadline, self._page_deadline or self._file_deadline)

    def _arm(self) -> None:
        deadline = self._deadline()
        if hasattr(signal, "setitimer"):
            signal.signal(signal.SIGPROF, self._on_timer)
            signal.setitimer(signal.ITIMER_PROF, max(deadline - time.process_time(), 0.001))
            return
        if self._watchdog is None:  # pragma: no cover - Windows
            self._watchdog = _Watchdog()
            signal.signal(signal.SIGINT, self._watchdog.on_interrupt)
        self._watchdog.deadline = deadline
        self._watchdog.limit = self._limit

    def _on_timer(self, _signum, _frame) -> None:
        if self._file_deadline is not None:
            raise BudgetExceeded(self._limit)


class _Watchdog:  # pragma: no cover - Windows (POSIX uses ITIMER_PROF)
    """Polls the process's CPU time and interrupts the main thread when the budget is spent."""

    def __init__(self) -> None:
        self.deadline: float | None = None
        self.limit = 0.0
        self._fired = False
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        import _thread

        while True:
            time.sleep(0.05)
            deadline = self.deadline
            if deadline is not None and time.process_time() > deadline:
                self._fired = True
                self.deadline = None
                _thread.interrupt_main()

    def on_interrupt(self, _signum, _frame) -> None:
        """Only the watchdog's interrupt counts; a Ctrl+C aimed at the app is the app's to handle."""
        if self._fired:
            self._fired = False
            raise BudgetExceeded(self.limit)


def _set_cpu_rlimit(seconds: float) -> None:
    """The kernel's backstop: SIGXCPU ends the worker if native code ignores the timer."""
    if sys.platform == "win32":
        return
    import resource

    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
        value = int(seconds) + 1
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        resource.setrlimit(resource.RLIMIT_CPU, (value, hard))
    except (ValueError, OSError):
        pass
