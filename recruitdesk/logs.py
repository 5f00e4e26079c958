"""Logging without personal data.

Unexpected errors are logged with their type and stack frames only: exception messages can
carry values (a name in a failed SQL parameter, a file name), so they are never written.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

import platformdirs

from recruitdesk.paths import APP_NAME

log = logging.getLogger("recruitdesk")


def log_file() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "recruitdesk.log"


def setup() -> None:
    if log.handlers:
        return
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def scrubbed_traceback(exc: BaseException) -> str:
    """The exception's type and where it happened, without its message."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    return f"{type(exc).__module__}.{type(exc).__qualname__}\n{frames}"


def log_unexpected(exc: BaseException) -> None:
    setup()
    log.error("unexpected error: %s", scrubbed_traceback(exc))
