"""Several sandboxed extraction workers reading files side by side.

Reading a PDF is CPU work in the worker process; one worker leaves the second core of a
two-core laptop idle while the app waits. A pool of workers (one per core, at most
``MAX_WORKERS``) reads the next files while the first is analysed or stored; results still
come back in the order the files were given, so progress, cancel and the one-writer rule are
unchanged. Each worker keeps its own limits (memory, CPU, wall clock): a hostile file still
takes down only its own worker, which is restarted for the next file.
"""

from __future__ import annotations

import os
import queue
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable, TypeVar

from recruitdesk.importing.limits import Limits
from recruitdesk.importing.sandbox import Sandbox

MAX_WORKERS = 2  # the target machine has two cores; more workers only add memory
T = TypeVar("T")


def worker_count(files: int) -> int:
    """One worker per core, at most MAX_WORKERS, never more than there are files."""
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1, files))


class SandboxPool:
    """``submit(work)`` runs ``work(sandbox)`` on a free worker; use as a context manager.

    Workers start lazily (a pool for one file starts one process)."""

    def __init__(self, limits: Limits | None = None, size: int = 1) -> None:
        self._sandboxes = [Sandbox(limits) for _ in range(max(1, size))]
        self._free: queue.Queue[Sandbox] = queue.Queue()
        for sandbox in self._sandboxes:
            self._free.put(sandbox)
        self._threads = ThreadPoolExecutor(max_workers=len(self._sandboxes), thread_name_prefix="extraction")

    @property
    def size(self) -> int:
        return len(self._sandboxes)

    def submit(self, work: Callable[[Sandbox], T]) -> Future[T]:
        def run() -> T:
            sandbox = self._free.get()
            try:
                return work(sandbox)
            finally:
                self._free.put(sandbox)

        return self._threads.submit(run)

    def close(self) -> None:
        self._threads.shutdown(wait=True, cancel_futures=True)
        for sandbox in self._sandboxes:
            sandbox.close()

    def __enter__(self) -> "SandboxPool":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
