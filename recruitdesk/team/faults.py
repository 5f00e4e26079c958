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
# Before a session starts there is no SQLSTATE: a refused login is told apart by the server's words,
# which are in the server's language (its lc_messages). These are PostgreSQL's own messages and their
# translations from its catalogs (tests/team/test_team_server_wording.py checks each against the
# installed catalogs and a real French-speaking server). PostgreSQL has no Dutch server catalog, so
# a Dutch server speaks English; French and German (Belgium's other languages) are here.
DISABLED_TEMPLATES = (  # a member login locked out at revocation (member_logins.lock_out)
    'role "%s" is not permitted to log in',
    "le r\xf4le \xab %s \xbb n'est pas autoris\xe9 \xe0 se connecter",
    "Rolle \xbb%s\xab hat keine Berechtigung zum Einloggen",
)
REFUSED_TEMPLATES = (  # a wrong password, or a user name the server does not know
    'password authentication failed for user "%s"',
    'role "%s" does not exist',
    "authentification par mot de passe \xe9chou\xe9e pour l'utilisateur  \xab %s \xbb",
    "le r\xf4le \xab %s \xbb n'existe pas",
    "Passwort-Authentifizierung f\xfcr Benutzer \xbb%s\xab fehlgeschlagen",
    "Rolle \xbb%s\xab existiert nicht",
)
LOGIN_WORDING = ("no password supplied", "authentication failed")  # libpq's own words, and other methods' refusals


def _matcher(templates: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the messages, any name in place of %s, spaces as any run of white space
    (the server may break a line), compared in lower case as the wording is."""
    def one(template: str) -> str:
        return r"\s+".join(re.escape(part).replace(re.escape("%s"), ".*?") for part in template.lower().split())
    return re.compile("|".join(one(template) for template in templates))


LOGIN_DISABLED = _matcher(DISABLED_TEMPLATES)
LOGIN_REFUSED = _matcher(REFUSED_TEMPLATES)
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
    if LOGIN_DISABLED.search(wording):
        return TeamServerLoginDisabled(server=server)
    if state in LOGIN_STATES or any(words in wording for words in LOGIN_WORDING) or LOGIN_REFUSED.search(wording):
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
