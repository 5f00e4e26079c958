"""Turning the team server's failures into the translated errors a user reads.

A PostgreSQL driver error carries the server's wording, sometimes the SQL statement and its
parameters: none of that may reach a user or a log (the parameters are ciphertext, but the rule
is that only codes and ids are logged). ``translate_faults`` wraps a team store function that
takes the engine first, and replaces any driver error with one ``TeamServerError`` that names
the server's host and port, chained to nothing. Only the error's class and SQLSTATE are logged.

Why nothing is half-written after a lost connection: every save is one transaction, and
PostgreSQL rolls back a transaction whose connection dies before COMMIT. If the connection dies
during COMMIT itself the save may have landed; retrying it is still safe, because an update
names the version it started from and then fails with a version conflict instead of saving twice.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import Callable, ParamSpec, TypeVar

import psycopg
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from recruitdesk.errors import (TeamServerBusy, TeamServerConnectionLost, TeamServerError, TeamServerLoginDisabled, TeamServerLoginRefused,
                                TeamServerRefusedWrite, TeamServerTlsUnavailable, TeamServerUnreachable)
from recruitdesk.team.server import busy_after_seconds, server_label

log = logging.getLogger(__name__)

# lock_not_available (lock_timeout), query_canceled (statement_timeout), and a transaction the server
# rolled back to let another through (deadlock_detected, serialization_failure): nothing stored, try again.
BUSY_STATES = {"55P03", "57014", "40P01", "40001"}
PRIVILEGE_STATE = "42501"  # insufficient_privilege: the member's database login may not do this (a DPO's writes)
LOGIN_STATES = {"28P01", "28000"}  # invalid_password, invalid_authorization_specification
LOGIN_WORDING = ("password authentication failed", "no password supplied", "authentication failed")
DISABLED_WORDING = "is not permitted to log in"
ROLE_MISSING = re.compile(r'role "[^"]*" does not exist')  # a user name the server does not know, as a refused login
TLS_WORDING = ("does not support ssl", "ssl was required", "ssl is not enabled")

P = ParamSpec("P")
R = TypeVar("R")


def fault_of(error: DBAPIError, engine: Engine) -> TeamServerError | None:
    """The user's error for a driver error raised while talking to ``engine``'s server.

    None for errors no server condition explains (a constraint the code broke): those are bugs,
    left to the application's last-resort handler rather than dressed up as a server fault.
    """
    return driver_fault(error.orig, engine, connected=error.statement is not None or error.connection_invalidated)


def driver_fault(driver: BaseException | None, engine: Engine, connected: bool) -> TeamServerError | None:
    """The same for a psycopg error; ``connected`` tells a broken session from a failed connection attempt."""
    server = server_label(engine.url)
    state = getattr(driver, "sqlstate", None) or ""
    wording = str(driver).lower()
    if state == PRIVILEGE_STATE:
        return TeamServerRefusedWrite(server=server)
    if state in BUSY_STATES:
        return TeamServerBusy(server=server, seconds=_whole(busy_after_seconds(engine)))
    if DISABLED_WORDING in wording:  # a member login locked out at revocation (member_logins.lock_out)
        return TeamServerLoginDisabled(server=server)
    if state in LOGIN_STATES or any(words in wording for words in LOGIN_WORDING) or ROLE_MISSING.search(wording):
        return TeamServerLoginRefused(server=server)
    if any(words in wording for words in TLS_WORDING):
        return TeamServerTlsUnavailable(server=server)
    if state.startswith(("08", "57P")):
        return TeamServerConnectionLost(server=server)
    if isinstance(driver, psycopg.OperationalError):
        # Connecting failed (refused, no such host, timed out, server starting or stopping), or
        # an open session broke in a way the driver reports without a state.
        return TeamServerConnectionLost(server=server) if connected else TeamServerUnreachable(server=server)
    return None


def _whole(seconds: float) -> int:
    return max(1, round(seconds))


def translate_faults(function: Callable[P, R]) -> Callable[P, R]:
    """Decorate a team store function whose first argument is the engine."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        engine = args[0]
        assert isinstance(engine, Engine)
        try:
            return function(*args, **kwargs)
        except DBAPIError as error:
            fault = fault_of(error, engine)
            if fault is None:
                raise
            log.warning("team server fault %s (%s, sqlstate %s)", fault.code, type(error.orig).__name__,
                        getattr(error.orig, "sqlstate", None))
            raise fault from None

    return wrapper
