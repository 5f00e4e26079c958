"""One writer at a time inside the process, served in arrival order.

SQLite allows one writer per database. Left to itself, a second writer either fails at once
(a deferred transaction that read, then tries to write after another connection committed:
``SQLITE_BUSY`` that no busy timeout can help) or polls until ``busy_timeout`` runs out while a
long job writes. Both surface to the user as "database is locked". The vault therefore hands
out the right to write through this gate: a write transaction takes it before ``BEGIN
IMMEDIATE`` and gives it back when it commits or rolls back, so writers in this process queue
here, in order, instead of racing inside SQLite. Readers never touch it (WAL lets them read a
consistent snapshot while a writer works).

The gate is fair (first come, first served) so a stream of short background batches cannot
starve a user's save: the save queues behind at most the batch that is running.

Why a gate rather than sending every write to one database thread: the CLI, imports, the daily
check and erasures call the services directly on their own threads, with their own progress
and cancellation; a gate serialises them where they are, without turning every service call
into a queued job, and background work gives the gate back between its short batches. The GUI
adds a single database worker on top (``gui/tasks.py``, ``WriteTask``), so its saves run in
order and the GUI thread never waits for the gate.
"""

from __future__ import annotations

import collections
import threading
import time


class NestedWriteError(RuntimeError):
    """A thread that already holds the gate asked for it again.

    SQLite has one writer: a second write transaction opened while the first is still open on
    the same thread could only deadlock. This is a programming error, raised at once so it is
    found by tests instead of hanging a user's application.
    """


class WriteGate:
    """A fair (FIFO) lock that may be released from any thread.

    Released from any thread because the connection pool may return (and so roll back) a
    connection from a thread other than the one that began its transaction.
    """

    def __init__(self) -> None:
        self._condition = threading.Condition(threading.Lock())
        self._waiting: collections.deque[object] = collections.deque()
        self._held = False
        self._holder_thread: int | None = None

    @property
    def held(self) -> bool:
        return self._held

    @property
    def held_by_current_thread(self) -> bool:
        return self._held and self._holder_thread == threading.get_ident()

    def acquire(self, timeout: float | None = None) -> bool:
        """Wait for our turn; False if ``timeout`` seconds passed first."""
        me = threading.get_ident()
        deadline = None if timeout is None else time.monotonic() + timeout
        ticket = object()
        with self._condition:
            if self._held and self._holder_thread == me:
                raise NestedWriteError("this thread already holds the vault's write gate")
            self._waiting.append(ticket)
            try:
                while self._held or self._waiting[0] is not ticket:
                    remaining = None if deadline is None else deadline - time.monotonic()
                    if remaining is not None and remaining <= 0:
                        return False
                    self._condition.wait(remaining)
            finally:
                self._waiting.remove(ticket)
                self._condition.notify_all()  # the next in line may now be first
            self._held = True
            self._holder_thread = me
            return True

    def release(self) -> None:
        with self._condition:
            if not self._held:
                raise RuntimeError("the write gate is not held")
            self._held = False
            self._holder_thread = None
            self._condition.notify_all()

    def __enter__(self) -> "WriteGate":
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()
