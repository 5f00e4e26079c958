"""Running the extraction worker from the app: timeouts, output cap, restarts.

One worker process is kept for a batch (starting Python and loading pdfminer for every file
would dominate the import time) and replaced whenever it times out, crashes or runs out of
memory. Replies are read on a helper thread so the wait can be bounded by a deadline and
interrupted by a cancel request, on every platform.

The worker runs isolated, because the folder a recruiter imports from is not trusted (a zip
from a stranger can hold a ``recruitdesk/`` package next to the CVs):

* Python's isolated mode (``-I``): neither the current folder nor the user's site-packages is
  on ``sys.path`` and ``PYTHON*`` variables are ignored. From source, the worker is started with
  ``-I -c`` and the folder this very package was loaded from is put first on ``sys.path``, so
  it runs the same code as the app. In the frozen bundle ``sys.executable`` is the app, whose
  entry point (``packaging/recruitdesk_main.py``) accepts ``-I -B -m recruitdesk.importing.worker``
  and runs the bundled module; a bundle never looks in the current folder.
* Its own empty, private working folder (removed when the sandbox closes), also its only
  temporary folder.
* An environment of the temporary-folder variables, the locale (so file names are encoded
  the same way) and, on Windows, ``SYSTEMROOT``; nothing else (no recovery key, no proxies).
* No inherited file descriptors or handles besides its three pipes (``close_fds``).
* Memory and CPU limits applied before any file byte is read: the limits are the worker's
  command-line argument and its first act is to set them (see ``worker``); on Windows it is put
  in a job object with the memory cap (``winjob``) before the first request is sent.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
from typing import TYPE_CHECKING
from dataclasses import dataclass, field
from pathlib import Path

from recruitdesk.importing import failures
from recruitdesk.importing.failures import ImportFailure
from recruitdesk.importing.limits import MB, Limits
from recruitdesk.importing.notices import Notice

if TYPE_CHECKING:  # the job object exists on Windows only; imported there when needed
    from recruitdesk.importing.winjob import WorkerJob

WORKER_MODULE = "recruitdesk.importing.worker"
# Variables the worker may see: the locale (file-name encoding) and what Windows needs to start.
PASSED_ENVIRONMENT = ("LANG", "LC_ALL", "LC_CTYPE", "SYSTEMROOT", "WINDIR", "RECRUITDESK_OCR")  # the last chooses the OCR engine
# Started with -I -c: put the app's own package folder first, then run the worker module.
_BOOTSTRAP = (
    "import sys; sys.path.insert(0, sys.argv.pop(1)); import runpy; "
    f"runpy.run_module({WORKER_MODULE!r}, run_name='__main__', alter_sys=True)"
)
_POLL_SECONDS = 0.05


@dataclass
class Extraction:
    """What the worker read from one file."""

    kind: str
    media_type: str
    text: str
    notes: list[Notice] = field(default_factory=list)
    # For an e-mail: "mail" (sender, date, subject), "record" (base64 .eml without attachments),
    # "documents" (each attachment's reply with its base64 "content"), "skipped", "forwarded".
    details: dict = field(default_factory=dict, repr=False)


class Sandbox:
    """A worker process reused across files. Use as a context manager, or call ``close``."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self._process: subprocess.Popen | None = None
        self._replies: queue.Queue = queue.Queue()
        self._job: WorkerJob | None = None  # the Windows job object holding the worker
        self._folder: str | None = None  # the worker's private working folder

    # --- public --------------------------------------------------------------------------
    def extract(self, path: Path, cancel: threading.Event | None = None, password: str | None = None) -> Extraction:
        """Read ``path`` in the worker; raises an ``ImportFailure`` subclass with the reason.

        ``password`` opens a password-protected PDF or Office file (after ``PasswordRequired``)."""
        path = Path(path)
        display = path.name
        self._precheck(path, display)
        deadline = time.monotonic() + self.limits.timeout_seconds
        self._ensure_started(deadline, display, cancel)
        try:
            self._send({"path": str(path.resolve()), **({"password": password} if password else {})})
        except OSError:
            self._kill()
            raise failures.ExtractionCrashed(file=display) from None
        reply = self._wait(deadline, display, cancel)
        if not reply.get("ok"):
            params = dict(reply.get("params") or {})
            params["file"] = display
            if reply.get("failure") == "extraction-out-of-memory":
                params.setdefault("limit_mb", self.limits.memory_bytes // MB)
            if reply.get("failure") in ("extraction-out-of-memory", "extraction-too-slow"):
                self._kill()  # the worker ends itself after these; the next file gets a fresh one
            raise failures.from_code(str(reply.get("failure")), **params)
        notes = [Notice(str(code), dict(params)) for code, params in reply.get("notes") or []]
        details = {key: reply[key] for key in ("mail", "record", "documents", "skipped", "forwarded") if key in reply}
        return Extraction(reply["kind"], reply["media_type"], reply.get("text") or "", notes, details)

    def redacted_pdf(self, path: Path, note: str, expected: set[str], topics: tuple[str, ...],
                     cancel: threading.Event | None = None, password: str | None = None) -> bytes | None:
        """The PDF's pages rendered with the matches blacked out (``importing.redaction``), made in
        the worker because it parses the untrusted file; None when the worker cannot make one
        (a number not located on the pages, a crash, a timeout): the caller then keeps the
        redacted text instead, never the original."""
        import base64

        path = Path(path)
        deadline = time.monotonic() + self.limits.timeout_seconds
        try:
            self._ensure_started(deadline, path.name, cancel)
            request = {"path": str(path.resolve()), "redact": {"note": note, "expected": sorted(expected), "topics": list(topics)}}
            if password is not None:
                request["password"] = password
            self._send(request)
            reply = self._wait(deadline, path.name, cancel)
        except failures.ImportCancelled:
            raise
        except (ImportFailure, OSError):
            self._kill()
            return None
        if not reply.get("ok"):
            return None
        try:
            return base64.b64decode(reply["pdf"], validate=True)
        except (KeyError, ValueError, TypeError):
            return None

    def page_image(self, path: Path | None, width: int, content: bytes | None = None, password: str | None = None,
                   cancel: threading.Event | None = None) -> bytes | None:
        """PNG bytes of the first page of ``path`` (or of ``content``, an attachment in memory),
        rendered in the worker (``importing.page_image``); None when there is no page to show
        or the worker could not make one."""
        import base64

        display = Path(path).name if path is not None else "attachment"
        request: dict = {"render": {"width": int(width)}}
        if content is not None:
            request["content"] = base64.b64encode(content).decode("ascii")
        elif path is not None:
            request["path"] = str(Path(path).resolve())
        else:
            return None
        if password:
            request["password"] = password
        deadline = time.monotonic() + self.limits.timeout_seconds
        try:
            self._ensure_started(deadline, display, cancel)
            self._send(request)
            reply = self._wait(deadline, display, cancel)
        except failures.ImportCancelled:
            raise
        except (ImportFailure, OSError):
            self._kill()
            return None
        if not reply.get("ok"):
            return None
        try:
            return base64.b64decode(reply["png"], validate=True)
        except (KeyError, ValueError, TypeError):
            return None

    def close(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            try:
                if process.stdin is not None:  # opened with PIPE, so always set
                    process.stdin.close()
                process.wait(timeout=2)
            except (OSError, subprocess.TimeoutExpired):
                process.kill()
                process.wait()
        self._release()

    def __enter__(self) -> "Sandbox":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- internals -----------------------------------------------------------------------
    def _precheck(self, path: Path, display: str) -> None:
        """Only metadata, never content: what can be refused without opening the file."""
        try:
            info = path.stat()
        except OSError:
            raise failures.FileMissing(file=display) from None
        if not stat.S_ISREG(info.st_mode):
            raise failures.NotARegularFile(file=display)
        if info.st_size == 0:
            raise failures.FileEmpty(file=display)
        if info.st_size > self.limits.max_file_bytes:
            raise failures.FileTooLarge(file=display, size_mb=info.st_size // MB, limit_mb=self.limits.max_file_bytes // MB)

    def _ensure_started(self, deadline: float, display: str, cancel: threading.Event | None) -> None:
        if self._process is not None and self._process.poll() is None:
            return
        self._kill()
        self._folder = tempfile.mkdtemp(prefix="recruitdesk-worker-")
        creationflags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        self._process = subprocess.Popen(
            worker_command(json.dumps(self.limits.to_json())),
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env=worker_environment(self._folder), cwd=self._folder, close_fds=True, creationflags=creationflags,
        )
        if sys.platform == "win32":  # pragma: no cover - exercised on the Windows runner
            self._confine_windows_worker(display)
        self._replies = queue.Queue()
        threading.Thread(target=self._read_replies, args=(self._process, self._replies), daemon=True).start()
        ready = self._wait(deadline, display, cancel)
        if not ready.get("ready"):
            self._kill()
            raise failures.ExtractionCrashed(file=display)

    def _confine_windows_worker(self, display: str) -> None:  # pragma: no cover - Windows
        """The memory cap on Windows: a job object, before the worker is sent any file."""
        from recruitdesk.importing.winjob import WorkerJob

        try:
            self._job = WorkerJob.assign(self._process._handle, self.limits.memory_bytes)  # type: ignore[union-attr]  # just started; _handle is Windows-only
        except OSError:
            self._kill()  # never read a file without the cap
            raise failures.ExtractionCrashed(file=display) from None

    def _send(self, message: dict) -> None:
        assert self._process is not None and self._process.stdin is not None
        self._process.stdin.write((json.dumps(message) + "\n").encode("utf-8"))
        self._process.stdin.flush()

    def _read_replies(self, process: subprocess.Popen, replies: queue.Queue) -> None:
        cap = self.limits.max_output_bytes
        output = process.stdout
        if output is None:  # opened with PIPE, so always set; without it there is nothing to read
            return
        try:
            while True:
                line = output.readline(cap + 1)
                if not line:
                    replies.put(("eof", None))
                    return
                if not line.endswith(b"\n"):
                    replies.put(("too-large", None))
                    return
                replies.put(("line", line))
        except (OSError, ValueError):
            replies.put(("eof", None))

    def _wait(self, deadline: float, display: str, cancel: threading.Event | None) -> dict:
        while True:
            if cancel is not None and cancel.is_set():
                self._kill()
                raise failures.ImportCancelled(file=display)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self._kill()
                raise failures.ExtractionTimeout(file=display, seconds=int(self.limits.timeout_seconds))
            try:
                what, line = self._replies.get(timeout=min(_POLL_SECONDS, remaining))
            except queue.Empty:
                continue
            if what == "too-large":
                self._kill()
                raise failures.OutputTooLarge(file=display)
            if what == "eof":
                stopped_by_cpu_limit = self._stopped_by_cpu_limit()
                self._kill()
                if stopped_by_cpu_limit:
                    raise failures.ExtractionTooSlow(file=display, seconds=int(self.limits.cpu_seconds_per_file))
                raise failures.ExtractionCrashed(file=display)
            try:
                return json.loads(line)
            except ValueError:
                self._kill()
                raise failures.ExtractionCrashed(file=display) from None

    def _stopped_by_cpu_limit(self) -> bool:
        """Did the kernel's CPU-time backstop (SIGXCPU) end the worker? (POSIX)"""
        process = self._process
        if process is None or not hasattr(signal, "SIGXCPU"):
            return False
        try:
            code = process.wait(timeout=1)
        except subprocess.TimeoutExpired:
            return False
        return code == -signal.SIGXCPU

    def _kill(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            try:
                process.kill()
            except OSError:
                pass
            process.wait()
            for stream in (process.stdin, process.stdout):
                if stream is None:
                    continue
                try:
                    stream.close()
                except OSError:
                    pass
        self._release()

    def _release(self) -> None:
        job, self._job = self._job, None
        if job is not None:
            job.close()
        folder, self._folder = self._folder, None
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def worker_command(limits_json: str) -> list[str]:
    """How the worker is started: isolated mode, from the app's own code (see the module doc)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "-I", "-B", "-m", WORKER_MODULE, limits_json]
    import recruitdesk

    package_root = os.path.dirname(os.path.dirname(os.path.abspath(recruitdesk.__file__)))
    return [sys.executable, "-I", "-B", "-c", _BOOTSTRAP, package_root, limits_json]


def worker_environment(folder: str) -> dict[str, str]:
    """Only what the worker needs; its temporary folder is its private working folder."""
    environment = {key: os.environ[key] for key in PASSED_ENVIRONMENT if key in os.environ}
    environment.update(TMPDIR=folder, TEMP=folder, TMP=folder, HOME=folder)
    return environment


def extract_one(path: Path, limits: Limits | None = None) -> Extraction:
    """One file in a fresh worker (for callers that read a single file)."""
    with Sandbox(limits) as sandbox:
        return sandbox.extract(path)


__all__ = ["Extraction", "ImportFailure", "Sandbox", "extract_one"]
