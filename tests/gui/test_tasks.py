"""The background-task helper delivers results and errors on the GUI thread."""

from __future__ import annotations

import threading

from recruitdesk import errors
from recruitdesk.gui.shell.tasks import Task, TaskSet, run_in_background


def test_result_is_delivered_on_the_gui_thread(qtbot):
    gui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def work(a, b):
        seen["worker"] = threading.get_ident()
        return a + b

    def done(result):
        seen["callback"] = threading.get_ident()
        seen["result"] = result

    task = Task(work, 2, b=3)
    task.finished.connect(done)
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        task.start()
    assert blocker.args == [5]
    assert seen["result"] == 5
    assert seen["worker"] != gui_thread
    assert seen["callback"] == gui_thread


def test_exception_is_delivered_as_failed_with_the_error_object(qtbot):
    def work():
        raise errors.WrongRecoveryKey()

    finished = []
    task = Task(work)
    task.finished.connect(finished.append)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
    assert isinstance(blocker.args[0], errors.WrongRecoveryKey)
    assert finished == []


def test_run_in_background_calls_back(qtbot):
    results = []
    task = run_in_background(lambda: "ok", on_finished=results.append)
    qtbot.waitUntil(lambda: results == ["ok"], timeout=5000)
    assert not task.cancelled


def test_control_reports_progress_and_sees_cancellation(qtbot):
    release = threading.Event()

    def work(total, control):
        for done in range(1, total + 1):
            control.report(done, total)
        release.wait(5)
        return "cancelled" if control.cancelled else "completed"

    progress = []
    task = Task(work, 3)
    task.progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        task.start()
        task.cancel()
        release.set()
    assert blocker.args == ["cancelled"]
    assert progress and progress[-1] == (3, 3)  # the last report arrives before the outcome
    assert progress == sorted(set(progress)) and set(progress) <= {(1, 3), (2, 3), (3, 3)}  # in order, none twice


def test_reports_made_faster_than_the_gui_thread_takes_them_are_coalesced_to_the_newest(qtbot):
    """A job reporting per record must not queue an event per record: while one report waits for the
    GUI thread, newer ones replace its numbers; the newest always arrives, before the outcome."""
    reports = 20000

    def work(control):
        for done in range(1, reports + 1):
            control.report(done, reports)
        return "done"

    progress: list[tuple[int, int]] = []
    seen_at_finish: list[int] = []
    task = Task(work)
    task.progress.connect(lambda done, total: progress.append((done, total)))
    task.finished.connect(lambda _result: seen_at_finish.append(len(progress)))
    with qtbot.waitSignal(task.finished, timeout=10000):
        task.start()
    assert progress[-1] == (reports, reports) and seen_at_finish == [len(progress)]
    assert len(progress) < reports / 10  # coalesced: far fewer deliveries than reports
    assert [done for done, _total in progress] == sorted({done for done, _total in progress})


def test_a_task_is_destroyed_on_the_gui_thread_even_when_its_worker_lets_go_last(qtbot):
    """A task's QObject lives on the GUI thread; destroying it on the worker thread, while the
    GUI thread may be handling one of its events, is the race Qt warns about. Here the worker
    keeps the task a little longer after delivering (as any worker does for an instant) while
    the GUI side drops every reference it had."""
    import gc
    import time

    gui_thread = threading.get_ident()
    destroyed_on: list[int] = []

    class SlowToLetGo(Task):
        def _execute(self) -> None:
            super()._execute()
            time.sleep(0.05)  # the result is delivered and the caller done with the task meanwhile

        def __del__(self) -> None:
            destroyed_on.append(threading.get_ident())

    delivered = []
    for number in range(5):
        task = SlowToLetGo(lambda value=number: value)
        task.finished.connect(delivered.append)
        task.start()
        del task
    qtbot.waitUntil(lambda: len(delivered) == 5, timeout=20000)
    qtbot.waitUntil(lambda: not Task._running, timeout=20000)
    gc.collect()
    qtbot.waitUntil(lambda: len(destroyed_on) == 5, timeout=20000)
    assert sorted(delivered) == [0, 1, 2, 3, 4]
    assert destroyed_on == [gui_thread] * 5


def test_a_task_set_hands_each_result_to_its_own_callback_and_failures_to_one_handler(qtbot):
    release = threading.Event()
    failures: list[BaseException] = []
    results: list[object] = []
    tasks = TaskSet(failures.append)
    assert not tasks.busy()
    tasks.run(Task(lambda: release.wait(5) and "first"), results.append)
    tasks.run(Task(lambda: 1 / 0), lambda result: results.append(("unexpected", result)))
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=5000)
    assert tasks.busy()  # the first call is still out
    release.set()
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=5000)
    assert results == ["first"]
    assert isinstance(failures[0], ZeroDivisionError)


def test_a_delivered_task_keeps_nothing_alive_though_its_slots_hold_the_task(qtbot):
    """Callers connect ``lambda result, task=task: ...``; the binding holds connected callables
    from C++, out of the garbage collector's sight. Once delivered, the task drops its slots,
    so its arguments (a vault, with its engine and key) are freed; without that, they stayed."""
    import gc
    import weakref

    class Argument:
        pass

    def start(work, argument):
        task = Task(work, argument)
        task.finished.connect(lambda _result, task=task: None)
        task.failed.connect(lambda _error, task=task: None)
        with qtbot.waitSignals([task.finished], raising=False, timeout=5000):
            task.start()
        qtbot.waitUntil(lambda: not task.running, timeout=5000)

    delivered, failed = Argument(), Argument()
    start(lambda argument: "done", delivered)
    start(lambda argument: int("not a number"), failed)
    references = weakref.ref(delivered), weakref.ref(failed)
    del delivered, failed
    gc.collect()
    assert [reference() for reference in references] == [None, None]
