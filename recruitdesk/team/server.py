"""Opening a connection pool to the team server with the limits that keep a client from hanging.

Every session the pool opens carries ``lock_timeout`` and ``statement_timeout``: a save that
waits on another member's lock (a revocation rotating the keys, a long erasure) gives up after
``busy_after_seconds`` with a clear "busy" error instead of freezing the window. A bounded
``connect_timeout`` does the same for a server that does not answer. ``pool_pre_ping`` tests a
pooled connection before handing it out, so after a server restart the next save reconnects by
itself instead of failing on a dead connection.
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url

CONNECT_TIMEOUT_SECONDS = 10
BUSY_AFTER_SECONDS = 5.0
BUSY_OPTION = "recruitdesk_busy_after_seconds"
STATEMENT_LIMIT_FACTOR = 12  # a statement may run this many times the lock wait (erasure VACUUMs)


def open_engine(url: str | URL, busy_after_seconds: float = BUSY_AFTER_SECONDS) -> Engine:
    """A pool on the team server at ``url`` (``postgresql+psycopg://...``)."""
    lock_ms = max(1, int(busy_after_seconds * 1000))
    options = f"-c lock_timeout={lock_ms} -c statement_timeout={lock_ms * STATEMENT_LIMIT_FACTOR}"
    engine = create_engine(url, pool_pre_ping=True,
                           connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS, "options": options})
    return engine.execution_options(**{BUSY_OPTION: busy_after_seconds})


def busy_after_seconds(engine: Engine) -> float:
    """The lock wait this engine was opened with (for the "busy" message)."""
    return float(engine.get_execution_options().get(BUSY_OPTION, BUSY_AFTER_SECONDS))


def server_label(url: str | URL) -> str:
    """Host and port (or socket folder) of the server, for messages: never the user's password."""
    parsed = make_url(url)
    host = parsed.host or str(parsed.query.get("host", "localhost"))
    port = parsed.port or parsed.query.get("port") or 5432
    return f"{host}:{port}"
