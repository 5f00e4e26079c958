"""A database login of their own for every member, so the server enforces each member's role.

The client checks roles before it sends anything (``roles``), and ``server_roles`` gives each role
a PostgreSQL group with only the privileges it needs; but a group protects nothing while the
whole team connects with one login. So when the team's owner login may create roles (CREATEROLE,
as on a firm's own server), every invitation also makes a login for the new member, in the same
transaction, inside the role's group:

* **Name and first password come from the enrolment code** (two more keys derived from it, like
  the verifier and wrapping keys, but without the team's id, which the new member does not know
  before connecting). The new member's client derives both from the typed code, so nothing but
  the code has to be handed over. The server receives only the password's SCRAM verifier, made on
  the admin's machine (libpq's ``PQencryptPasswordConn``), never the password, so the statement
  log shows nothing that logs in.
* **The first thing the new member's client does** after redeeming is set a fresh random password
  (again as a verifier) and keep it in the keychain: the code then opens nothing, even to someone
  who saw it. The team folder's address names the member's own login from then on.
* **The login expires with the code**: it is made ``VALID UNTIL`` the invitation's deadline by the
  server's clock, so the code-derived password opens nothing once the code expired; the server's
  redeem function (revision t011) makes it valid for good, which the login could not do itself.
* **The owner makes them** (revision t013): an administrator's client asks the owner's SECURITY
  DEFINER functions to make, move and lock out member logins, so member logins need no CREATEROLE
  (which, up to PostgreSQL 15, reaches every role of the cluster) and the owner holds ADMIN OPTION
  on every one of them, which PostgreSQL 16 and later require to change a role someone else made.
* **A role change** moves the login to the new role's group; **a revocation** takes the login's
  right to log in away (``NOLOGIN``) and its groups, in the revocation's first transaction, and
  ends its open sessions where the admin's login may. A revoked member who kept the password can
  no longer connect at all, so the ciphertext they could still open is out of their reach too.

Where the owner login may not create roles (some managed servers), invitations make no login and
members connect with the address they were given, as before; ``team info`` says which.
"""

from __future__ import annotations

import base64
import datetime as dt
import secrets
from uuid import UUID

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from recruitdesk.team.roles import Role
from recruitdesk.team.server_roles import LOGIN_FUNCTIONS, group_role
from recruitdesk.vault import crypto

PREFIX = "rdm_"
NAME_PURPOSE = "recruitdesk team enrolment login name v1"
PASSWORD_PURPOSE = "recruitdesk team enrolment login password v1"
NAME_SALT = b"recruitdesk team login"  # fixed: the new member knows only the code


def login_name(code: str) -> str:
    """The new member's login, from the normalised code: ``rdm_`` and 24 hex digits."""
    return PREFIX + crypto.derive_key(code.encode("ascii"), NAME_PURPOSE, salt=NAME_SALT)[:12].hex()


def first_password(code: str) -> str:
    """The login's password until the new member's client replaces it."""
    return _text(crypto.derive_key(code.encode("ascii"), PASSWORD_PURPOSE, salt=NAME_SALT))


def fresh_password() -> str:
    return _text(secrets.token_bytes(32))


def _text(secret: bytes) -> str:
    return base64.urlsafe_b64encode(secret).decode("ascii").rstrip("=")


def _quoted(name: str) -> str:
    if not name.startswith(PREFIX) or not all(ch in "0123456789abcdef" for ch in name[len(PREFIX):]):
        raise ValueError("not a member login name")
    return f'"{name}"'


def _verifier(connection: Connection, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password`` for ``login``, computed here by libpq."""
    raw = connection.connection.driver_connection
    assert raw is not None  # a connection in use always has its driver connection
    verifier = raw.pgconn.encrypt_password(password.encode("utf-8"), login.encode("ascii"), b"scram-sha-256")
    value = verifier.decode("ascii")
    if "'" in value or "\\" in value or "%" in value:  # a verifier is base64 and '$', ':'; anything else is refused, not quoted
        raise ValueError("unexpected characters in a password verifier")
    return value


def _timestamp(moment: dt.datetime) -> str:
    """An aware moment as a literal for ``VALID UNTIL`` (digits, '-', ':', '.', '+' and 'T' only)."""
    if moment.tzinfo is None:
        raise ValueError("a login's validity needs a time zone")
    return moment.isoformat()


def may_create_roles(connection: Connection) -> bool:
    return bool(connection.scalar(text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")))


def on_server(connection: Connection) -> bool:
    """Whether the team's owner makes, moves and locks out member logins (revision t013's functions)."""
    return bool(connection.scalar(text("SELECT to_regprocedure(:signature) IS NOT NULL"), {"signature": LOGIN_FUNCTIONS[0]}))


def _owner_may_create_roles(connection: Connection) -> bool:
    return bool(connection.scalar(text(
        "SELECT r.rolcreaterole OR r.rolsuper FROM pg_roles r JOIN pg_tables t ON t.tableowner = r.rolname "
        "WHERE t.schemaname = current_schema() AND t.tablename = 'team'")))


def available(connection: Connection, team_id: UUID) -> bool:
    """Whether invitations can make member logins: the team's groups exist, and the owner may create
    roles and this login may ask it to (t013), or, on a team from before, this login may create roles."""
    groups = connection.scalar(text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:names)"),
                               {"names": [group_role(team_id, role) for role in Role]})
    if groups != len(Role):
        return False
    if on_server(connection):
        return _owner_may_create_roles(connection) and bool(connection.scalar(
            text("SELECT has_function_privilege(:signature, 'EXECUTE')"), {"signature": LOGIN_FUNCTIONS[0]}))
    return may_create_roles(connection)


def create(connection: Connection, team_id: UUID, login: str, password: str, role: Role,
           valid_until: dt.datetime | None = None) -> None:
    """The new member's login, in their role's group, with the password's verifier only, made by the
    owner (t013) so that the owner holds ADMIN OPTION on it on every PostgreSQL version.

    ``valid_until`` is the invitation's deadline by the server's clock: the code-derived password
    stops opening the login then (``VALID UNTIL``); the server's redeem function lifts it."""
    verifier = _verifier(connection, login, password)
    if on_server(connection):
        connection.execute(text("SELECT team_create_member_login(:login, :verifier, :role, :until)"),
                           {"login": login, "verifier": verifier, "role": role.value, "until": valid_until})
        return
    attribute = "CREATEROLE" if role == Role.ADMIN else "NOCREATEROLE"  # a team from before t013
    until = f" VALID UNTIL '{_timestamp(valid_until)}'" if valid_until is not None else ""
    # Driver SQL: a verifier's ':' would read as a bind parameter in text(); it holds no '%' or quote (checked).
    connection.exec_driver_sql(f"CREATE ROLE {_quoted(login)} LOGIN {attribute} PASSWORD '{verifier}'{until}")
    connection.execute(text(f'GRANT "{group_role(team_id, role)}" TO {_quoted(login)}'))


def replace_own_password(connection: Connection) -> str:
    """A fresh password for the login this connection uses (any login may change its own); returns it."""
    login = connection.scalar(text("SELECT current_user"))
    password = fresh_password()
    connection.exec_driver_sql(f"ALTER ROLE {_quoted(login)} PASSWORD '{_verifier(connection, login, password)}'")
    return password


def move_to_group(connection: Connection, team_id: UUID, login: str, role: Role) -> None:
    """After a role change: the login in the new role's group only."""
    if on_server(connection):
        connection.execute(text("SELECT team_move_member_login(:login, :role)"), {"login": login, "role": role.value})
        return
    for other in Role:
        if other != role:
            connection.execute(text(f'REVOKE "{group_role(team_id, other)}" FROM {_quoted(login)}'))
    connection.execute(text(f'GRANT "{group_role(team_id, role)}" TO {_quoted(login)}'))
    connection.execute(text(f"ALTER ROLE {_quoted(login)} {'CREATEROLE' if role == Role.ADMIN else 'NOCREATEROLE'}"))


def lock_out(connection: Connection, team_id: UUID, login: str) -> None:
    """A revoked member's login: no more log-ins, no groups, and its open sessions ended where allowed."""
    if on_server(connection):
        connection.execute(text("SELECT team_lock_out_member_login(:login)"), {"login": login})
    else:
        connection.execute(text(f"ALTER ROLE {_quoted(login)} NOLOGIN NOCREATEROLE"))
        for role in Role:
            connection.execute(text(f'REVOKE "{group_role(team_id, role)}" FROM {_quoted(login)}'))
    try:  # ending sessions needs pg_signal_backend or membership; a refusal changes nothing else
        with connection.begin_nested():
            connection.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :login"),
                               {"login": login})
    except DBAPIError:  # the lock-out above stands; such a session ends when it next reconnects
        pass
