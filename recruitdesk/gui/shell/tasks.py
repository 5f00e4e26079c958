"""Running slow core calls off the GUI thread and getting the outcome back on it.

Unlocking waits on the OS keychain (up to 20 s) and scrypt; imports, exports and bulk deletes
will take longer. The window must stay responsive meanwhile, and Qt widgets may only be touched
from the GUI thread. A :class:`Task` runs a plain function on a ``QThreadPool`` and delivers
either ``finished(result)`` or ``failed(exception)`` on the thread that created the task
(normally the GUI thread), so callers can update widgets directly in their slots.

Long work can opt in to progress reporting and cooperative cancellation by accepting a
``control`` keyword argument (a :class:`TaskControl`).

Changes to the vault (saves) run as :class:`WriteTask` on the database worker: one thread of
its own that runs them one at a time, in the order the user made them (as Anki does). The GUI
thread never waits for the database's write lock, and a save never queues behind long jobs
(an import, the daily check, a backup) for a thread of the shared pool: those jobs write in
short batches and give the vault's write gate back between them, so a save waits at most for
one batch (see ``recruitdesk.vault.write_gate``).
"""

from __future__ import annotations

import inspect
import threading
import warnings
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class TaskControl:
    """Handed to the worker function as ``control``: report progress, notice cancellation."""

    def __init__(self, task: "Task") -> None:
        self._task = task
        self._cancelled = threading.Event()
        self._lock = threading.Lock()
        self._latest: tuple[int, int] | None = None  # the last report the GUI thread has not taken yet

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def report(self, done: int, total: int) -> None:
        """Safe to call from the worker thread; arrives as ``Task.progress`` on the GUI thread.

        Reports are coalesced: while one waits in the GUI thread's queue, a newer one only replaces
        its numbers. A job reporting per record (a key renewal over 100,000 candidates) otherwise
        queued 100,000 events for a progress bar that shows one number."""
        with self._lock:
            waiting = self._latest is not None
            self._latest = (done, total)
        if not waiting:
            self._task._progress_from_worker.emit()

    def take_report(self) -> tuple[int, int] | None:
        """The newest report, for the GUI thread (None: already taken)."""
        with self._lock:
            latest, self._latest = self._latest, None
        return latest


class _Runnable(QRunnable):
    def __init__(self, task: "Task") -> None:
        super().__init__()
        self._task: Task | None = task
        self.setAutoDelete(True)

    def run(self) -> None:
        task, self._task = self._task, None
        assert task is not None
        key = task._key
        try:
            task._execute()
        finally:
            # Let go of the task here, then tell the GUI thread: the task's last reference is
            # always dropped there, so its QObject is never destroyed on this worker thread
            # while the GUI thread may still be handling an event of it.
            del task
            _reaper().released.emit(key)


class _Reaper(QObject):
    """Lives on the GUI thread: hears that a worker has let go of its task."""

    released = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.released.connect(self._released)

    @Slot(int)
    def _released(self, key: int) -> None:
        task = Task._running.get(key)
        if task is not None:
            task._worker_done = True
            task._forget_when_done()


_the_reaper: _Reaper | None = None


def _reaper() -> _Reaper:
    global _the_reaper
    if _the_reaper is None:  # first made by start() on the GUI thread, and lives there
        _the_reaper = _Reaper()
    return _the_reaper


class Task(QObject):
    """One background call. Create it on the GUI thread, connect its signals, then ``start()``.

    Exactly one of ``finished`` or ``failed`` is emitted, on the thread the task was created
    in; the exception passed to ``failed`` keeps its traceback for logging.
    """

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)

    # Emitted from the worker thread; queued to the slots below because this object lives
    # on the creating thread.
    _result_from_worker = Signal(object)
    _error_from_worker = Signal(object)
    _progress_from_worker = Signal()  # "a report waits": the numbers are in ``control`` (TaskControl.report)

    # Tasks must outlive the caller's local variables until they have delivered their outcome
    # and their worker has let go of them (see _Runnable.run), by key.
    _running: dict[int, "Task"] = {}
    _next_key = 0

    def __init__(self, function: Callable[..., Any], *args: Any, pool: QThreadPool | None = None, **kwargs: Any) -> None:
        super().__init__()
        self._function = function
        self._args = args
        self._kwargs = dict(kwargs)
        self._pool = pool or QThreadPool.globalInstance()
        self.control = TaskControl(self)
        if _accepts_control(function):
            self._kwargs["control"] = self.control
        self._result_from_worker.connect(self._deliver_result)
        self._error_from_worker.connect(self._deliver_error)
        self._progress_from_worker.connect(self._deliver_progress)

    def start(self) -> "Task":
        Task._next_key += 1
        self._key = Task._next_key
        self._delivered = self._worker_done = False
        _reaper()
        Task._running[self._key] = self
        self._pool.start(_Runnable(self))
        return self

    @property
    def running(self) -> bool:
        """Started and not yet both delivered and let go of by its worker."""
        return Task._running.get(getattr(self, "_key", 0)) is self

    def _forget_when_done(self) -> None:
        if self._delivered and self._worker_done:
            Task._running.pop(self._key, None)

    def cancel(self) -> None:
        """Ask a cooperative function to stop; it still ends with ``finished`` or ``failed``."""
        self.control.cancel()

    @property
    def cancelled(self) -> bool:
        return self.control.cancelled

    def _execute(self) -> None:  # worker thread
        try:
            result = self._function(*self._args, **self._kwargs)
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            self._error_from_worker.emit(exc)
        else:
            self._result_from_worker.emit(result)

    @Slot()
    def _deliver_progress(self) -> None:
        latest = self.control.take_report()
        if latest is not None:
            self.progress.emit(*latest)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self._delivered = True
        self._forget_when_done()
        self.finished.emit(result)
        self._release_slots()

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        self._delivered = True
        self._forget_when_done()
        self.failed.emit(error)
        self._release_slots()

    def _release_slots(self) -> None:
        """Drop the callers' slots once the outcome is delivered (nothing is emitted after it).

        Callers connect lambdas that hold the task itself (``lambda result, task=task: ...``);
        the binding keeps connected callables alive from C++, where Python's garbage collector
        cannot see the cycle, so without this every task, with its arguments (the vault, its
        engine and a connection holding the key), stayed in memory after the vault was locked.
        """
        for signal in (self.finished, self.failed, self.progress):
            with warnings.catch_warnings():  # a signal nobody connected warns that nothing was disconnected
                warnings.simplefilter("ignore", RuntimeWarning)
                try:
                    signal.disconnect()
                except (RuntimeError, TypeError):
                    pass


class WriteTask(Task):
    """A change to the vault: runs on the database worker, after the changes started before it."""

    def __init__(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__(function, *args, pool=database_worker(), **kwargs)


_database_worker: QThreadPool | None = None


def database_worker() -> QThreadPool:
    """The single thread that runs every :class:`WriteTask`, in the order they were started."""
    global _database_worker
    if _database_worker is None:
        _database_worker = QThreadPool()
        _database_worker.setMaxThreadCount(1)
        _database_worker.setObjectName("database worker")
    return _database_worker


def wait_for_background_work(milliseconds: int) -> bool:
    """Let queued saves and running background calls finish (before the vault closes)."""
    saves_done = database_worker().waitForDone(milliseconds)
    return QThreadPool.globalInstance().waitForDone(milliseconds) and saves_done


def run_in_background(
    function: Callable[..., Any],
    *args: Any,
    on_finished: Callable[[Any], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    **kwargs: Any,
) -> Task:
    """Start ``function(*args, **kwargs)`` on the thread pool; callbacks run on the GUI thread."""
    task = Task(function, *args, **kwargs)
    if on_finished is not None:
        task.finished.connect(on_finished)
    if on_failed is not None:
        task.failed.connect(on_failed)
    return task.start()


class TaskSet:
    """The background calls one dialog has running, each with what to do with its result.

    A dialog that loads, switches and saves while staying open (the rejection drafts, the
    blind review) starts its calls through :meth:`run`: the result goes to that call's own
    ``done``, any failure to the dialog's one ``failed`` handler (which shows it inline), and
    :meth:`busy` says whether any call is still out (the dialog's tests wait on it).
    """

    def __init__(self, failed: Callable[[BaseException], None]) -> None:
        self._running: list[Task] = []
        self._failed = failed

    def run(self, task: Task, done: Callable[[Any], None]) -> Task:
        """Start ``task``; ``done(result)`` or the failure handler runs on the GUI thread."""
        self._running.append(task)

        def finished(result: object) -> None:
            self._running.remove(task)
            done(result)

        def failed(error: BaseException) -> None:
            self._running.remove(task)
            self._failed(error)

        task.finished.connect(finished)
        task.failed.connect(failed)
        return task.start()

    def busy(self) -> bool:
        return bool(self._running)


def _accepts_control(function: Callable[..., Any]) -> bool:
    try:
        return "control" in inspect.signature(function).parameters
    except (TypeError, ValueError):
        return False
