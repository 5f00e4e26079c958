"""Running the extraction worker from the app: timeouts, output cap, restarts.

One worker process is kept for a batch (starting Python and loading pdfminer for every file
would dominate the import time) and replaced whenever it times out, crashes or runs out of
memory. Replies are read on a helper thread so the wait can be bounded by a deadline and
interrupted by a cancel request, on every platform. The worker gets the environment without
RecruitDesk's secrets (no recovery key).
"""

from __future__ import annotations

import json
import os
import queue
import stat
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from recruitdesk.importing import failures
from recruitdesk.importing.failures import ImportFailure
from recruitdesk.importing.limits import MB, Limits
from recruitdesk.importing.notices import Notice

SECRET_ENVIRONMENT = ("RECRUITDESK_RECOVERY_KEY",)
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
            raise failures.ExtractionCrashed(file=display)
        reply = self._wait(deadline, display, cancel)
        if not reply.get("ok"):
            params = dict(reply.get("params") or {})
            params["file"] = display
            if reply.get("failure") == "extraction-out-of-memory":
                params.setdefault("limit_mb", self.limits.memory_bytes // MB)
                self._kill()
            raise failures.from_code(str(reply.get("failure")), **params)
        notes = [Notice(str(code), dict(params)) for code, params in reply.get("notes") or []]
        details = {key: reply[key] for key in ("mail", "record", "documents", "skipped", "forwarded") if key in reply}
        return Extraction(reply["kind"], reply["media_type"], reply.get("text") or "", notes, details)

    def close(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        try:
            process.stdin.close()
            process.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            process.kill()
            process.wait()

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
        environment = {key: value for key, value in os.environ.items() if key not in SECRET_ENVIRONMENT}
        creationflags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        self._process = subprocess.Popen(
            [sys.executable, "-B", "-m", "recruitdesk.importing.worker"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env=environment, creationflags=creationflags,
        )
        self._replies = queue.Queue()
        threading.Thread(target=self._read_replies, args=(self._process, self._replies), daemon=True).start()
        self._send(self.limits.to_json())
        ready = self._wait(deadline, display, cancel)
        if not ready.get("ready"):
            self._kill()
            raise failures.ExtractionCrashed(file=display)

    def _send(self, message: dict) -> None:
        assert self._process is not None and self._process.stdin is not None
        self._process.stdin.write((json.dumps(message) + "\n").encode("utf-8"))
        self._process.stdin.flush()

    def _read_replies(self, process: subprocess.Popen, replies: queue.Queue) -> None:
        cap = self.limits.max_output_bytes
        try:
            while True:
                line = process.stdout.readline(cap + 1)
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
                self._kill()
                raise failures.ExtractionCrashed(file=display)
            try:
                return json.loads(line)
            except ValueError:
                self._kill()
                raise failures.ExtractionCrashed(file=display) from None

    def _kill(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        try:
            process.kill()
        except OSError:
            pass
        process.wait()
        for stream in (process.stdin, process.stdout):
            try:
                stream.close()
            except OSError:
                pass


def extract_one(path: Path, limits: Limits | None = None) -> Extraction:
    """One file in a fresh worker (for callers that read a single file)."""
    with Sandbox(limits) as sandbox:
        return sandbox.extract(path)


__all__ = ["Extraction", "ImportFailure", "Sandbox", "extract_one"]
