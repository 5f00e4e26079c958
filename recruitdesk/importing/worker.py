"""The extraction worker: a separate Python process that reads untrusted files.

The app starts it isolated (see ``sandbox``): Python's isolated mode (``-I``: no current folder
or user site-packages on ``sys.path``, no ``PYTHON*`` variables), an empty private working
folder, and an environment with nothing but the temporary-folder variables. The limits come
as the one command-line argument, so the very first thing the worker does, before it reads a
line from the app and long before any byte of a CV, is cap its own address space
(``RLIMIT_AS``), disable core dumps and set a CPU-time backstop. On Windows the app puts the
worker in a job object with the memory cap before it sends the first request (``winjob``).

Protocol: one JSON request per line on stdin (``{"path": ...}`` to read a file, or with a
``redact`` object to make its redacted rendition, see ``importing.redaction``, or with a
``render`` object for a picture of its first page, see ``importing.page_image``); one JSON reply
per line.
Each file runs under a CPU-time budget (``extract.budget``); a file that spends it is answered
with ``extraction-too-slow``.

Libraries that print are kept off the reply channel: the real stdout is duplicated for replies
and file descriptor 1 is pointed at stderr (which the parent discards, as it could hold text
from the CV).
"""

from __future__ import annotations

import json
import os
import sys

MB = 1024 * 1024


def _cap_resources(memory_bytes: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the app's job object holds the memory cap
        return
    for limit, value in ((resource.RLIMIT_AS, memory_bytes), (resource.RLIMIT_CORE, 0)):
        try:
            soft, hard = resource.getrlimit(limit)
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)
            resource.setrlimit(limit, (value, hard))
        except (ValueError, OSError):
            pass


def _reply_channel():
    channel = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8", newline="\n")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    return channel


def serve(arguments: list[str]) -> int:
    settings = json.loads(arguments[0]) if arguments else {}
    _cap_resources(int(settings.get("memory_bytes", 1536 * MB)))  # first, before anything else is read
    from recruitdesk.importing.extract.budget import BudgetExceeded, CpuBudget
    from recruitdesk.importing.limits import Limits

    limits = Limits.from_json(settings)
    replies = _reply_channel()
    # Load the readers once, after the cap, so every file pays only for its own reading.
    from recruitdesk.importing.extract.dispatch import extract_file
    from recruitdesk.importing.redaction import worker_reply
    from recruitdesk.importing import page_image
    import pdfminer.high_level  # noqa: F401 - loaded now, under the cap, not per file
    import pypdfium2  # noqa: F401 - loaded now, under the cap, not per file
    import docx  # noqa: F401 - loaded now, under the cap, not per file

    budget = CpuBudget(limits.cpu_seconds_per_file, limits.cpu_seconds_per_page)
    replies.write(json.dumps({"ready": True, "pid": os.getpid()}) + "\n")
    replies.flush()
    for line in sys.stdin:
        try:
            try:
                request = json.loads(line)
                budget.start_file()
                if "redact" in request:
                    reply = worker_reply(request, limits.max_file_bytes)
                elif "render" in request:
                    reply = page_image.worker_reply(request, limits.max_file_bytes)
                else:
                    reply = extract_file(request["path"], limits, budget, request.get("password"))
            finally:
                budget.stop()
        except BudgetExceeded as exceeded:
            reply = {"ok": False, "failure": "extraction-too-slow", "params": {"seconds": _seconds(exceeded.seconds)}}
        except MemoryError:
            reply = {"ok": False, "failure": "extraction-out-of-memory", "params": {"limit_mb": limits.memory_bytes // MB}}
        except Exception:  # never a traceback on the channel: a code only
            reply = {"ok": False, "failure": "extraction-crashed", "params": {}}
        try:
            replies.write(json.dumps(reply, ensure_ascii=False) + "\n")
            replies.flush()
        except MemoryError:
            replies.write('{"ok": false, "failure": "extraction-out-of-memory", "params": {}}\n')
            replies.flush()
            return 3
        if reply.get("failure") in ("extraction-out-of-memory", "extraction-too-slow"):
            return 3  # the heap may be in a bad state: let the parent start a fresh worker
    return 0


def _seconds(value: float) -> int | float:
    return int(value) if value >= 1 else value


if __name__ == "__main__":
    sys.exit(serve(sys.argv[1:]))
