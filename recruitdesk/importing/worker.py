"""The extraction worker: a separate Python process that reads untrusted files.

Run as ``python -m recruitdesk.importing.worker``. The parent sends the limits as the first
line on stdin, then one JSON request per line (``{"path": ...}``); the worker answers each with
one JSON line. Before reading anything the worker caps its own address space (RLIMIT_AS) and
disables core dumps, so a hostile file can exhaust only this process. On Windows there is no
RLIMIT_AS: the wall-clock timeout and the output cap still apply, and the memory cap is a known
limitation (a job object would be the fix).

Libraries that print are kept off the reply channel: the real stdout is duplicated for replies
and file descriptor 1 is pointed at stderr (which the parent discards, as it could hold text
from the CV).
"""

from __future__ import annotations

import json
import os
import sys


def _cap_resources(memory_bytes: int) -> None:
    try:
        import resource
    except ImportError:  # Windows
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


def serve() -> int:
    from recruitdesk.importing.limits import Limits

    replies = _reply_channel()
    first = sys.stdin.readline()
    if not first:
        return 0
    limits = Limits.from_json(json.loads(first))
    _cap_resources(limits.memory_bytes)
    # Load the readers once, after the cap, so every file pays only for its own reading.
    from recruitdesk.importing.extract.dispatch import extract_file
    import pdfminer.high_level  # noqa: F401
    import pypdfium2  # noqa: F401
    import docx  # noqa: F401

    replies.write(json.dumps({"ready": True, "pid": os.getpid()}) + "\n")
    replies.flush()
    for line in sys.stdin:
        try:
            request = json.loads(line)
            reply = extract_file(request["path"], limits, request.get("password"))
        except MemoryError:
            reply = {"ok": False, "failure": "extraction-out-of-memory", "params": {"limit_mb": limits.memory_bytes // (1024 * 1024)}}
        except Exception:  # never a traceback on the channel: a code only
            reply = {"ok": False, "failure": "extraction-crashed", "params": {}}
        try:
            replies.write(json.dumps(reply, ensure_ascii=False) + "\n")
            replies.flush()
        except MemoryError:
            replies.write('{"ok": false, "failure": "extraction-out-of-memory", "params": {}}\n')
            replies.flush()
            return 3
        if reply.get("failure") == "extraction-out-of-memory":
            return 3  # the heap may be in a bad state: let the parent start a fresh worker
    return 0


if __name__ == "__main__":
    sys.exit(serve())
