"""Each member role as a PostgreSQL group role, so a modified client is refused by the server too.

The client checks roles before sending anything (``roles``), but a member controls their own
machine. Once every member connects with a login of their own that belongs to their role's group,
PostgreSQL refuses what the role may not do, whatever the client sends:

* **dpo**: SELECT on every team table and INSERT on the audit chain. Redeeming an enrolment code
  goes through ``team_redeem_invitation`` (revision t011), a SECURITY DEFINER function owned by the
  tables' owner that every group may EXECUTE: it creates the member row, its sealed team key and
  marks the invitation used only for a valid code, with the invitation's member id, role, label and
  login. Renewing one's own device key after a rotation goes through ``team_renew_device_key`` (t017),
  the same pattern: the calling member's public key and sealed team key only. No group but the
  admins' may INSERT into ``team_members`` / ``team_key_wraps`` or UPDATE ``team_invites`` directly.
  It can change, add or erase no candidate, no role, no key but its own device key, and no audit entry.
* **recruiter**: what the DPO has, plus INSERT/UPDATE/DELETE on the content tables (candidates,
  tokens and every table that is not a member, key or audit table) and the daily check's row in
  ``team_meta``. The audit chain is append-only for it: INSERT, never UPDATE or DELETE. So is the
  suppression list (``team_suppression``): completing a request adds to it, removing an entry is an admin's.
* **admin**: EXECUTE on the functions that make, move and lock out member logins (revision t013,
  run as the owner: an admin's own login needs no CREATEROLE), and every privilege on every team
  table (member management, key rotation, the policy and the
  team's settings such as its firm profile, the suppression digest keys a migration carried in). VACUUM FULL
  and CHECKPOINT still need the tables' owner (or ``pg_checkpoint``), so an admin's client runs as
  the owner login in practice.

Every group may UPDATE ``team.created_at``: PostgreSQL requires an UPDATE privilege on a row for
the share lock every write takes on the team row; that column matters to nothing else.
What a malicious DPO client can still do is listed in docs/team-vault.md, section 3.
"""

from __future__ import annotations

import re
from uuid import UUID

from sqlalchemy import Connection, Engine, select, text

from recruitdesk.team.roles import Role
from recruitdesk.team.schema import (audit, epochs, firm_keys, invites, members, meta, metadata, policies, rotations, settings,
                                     suppression, suppression_keys, team, team_key_wraps)

REDEEM_FUNCTION = "team_redeem_invitation"  # made by revision t011; enrolment.redeem calls it
REDEEM_SIGNATURE = f"{REDEEM_FUNCTION}(bytea, integer, bytea, bytea, timestamptz)"
RENEW_DEVICE_KEY_FUNCTION = "team_renew_device_key"  # made by revision t017; device_keys calls it
RENEW_DEVICE_KEY_SIGNATURE = f"{RENEW_DEVICE_KEY_FUNCTION}(uuid, integer, bytea, bytea)"
# Made by revision t013; member_logins calls them. Run as the owner, executed by the admin group only.
LOGIN_FUNCTIONS = ("team_create_member_login(text, text, text, timestamptz)", "team_move_member_login(text, text)",
                   "team_lock_out_member_login(text)")
_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
MEMBER_AND_KEY_TABLES = {team.name, members.name, team_key_wraps.name, epochs.name, invites.name, rotations.name, firm_keys.name}
# The policy, the settings and the suppression digest keys carried in by ``vault migrate`` are an admin's.
NOT_CONTENT = MEMBER_AND_KEY_TABLES | {audit.name, meta.name, policies.name, settings.name, suppression_keys.name}


def group_role(team_id: UUID, role: Role) -> str:
    """The cluster-wide name of a team's group role (roles are per cluster, not per database)."""
    return f"rdteam_{team_id.hex[:16]}_{role.value}"


def _identifier(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise ValueError(f"not a plain PostgreSQL role name: {name!r}")
    return f'"{name}"'


def install(engine: Engine, team_id: UUID) -> None:
    """Create the team's three group roles and their privileges; run by the tables' owner (with CREATEROLE)."""
    tables = [table.name for table in metadata.sorted_tables]
    dpo, recruiter, admin = (_identifier(group_role(team_id, role)) for role in (Role.DPO, Role.RECRUITER, Role.ADMIN))
    with engine.begin() as connection:
        for group in (dpo, recruiter, admin):
            if not connection.scalar(select(text("1")).select_from(text("pg_roles")).where(text("rolname = :name")),
                                     {"name": group.strip('"')}):
                connection.execute(text(f"CREATE ROLE {group} NOLOGIN"))
        for name in tables:
            connection.execute(text(f'GRANT SELECT ON "{name}" TO {dpo}, {recruiter}'))
            connection.execute(text(f'GRANT ALL ON "{name}" TO {admin}'))
        _grant_enrolment(connection, f"{dpo}, {recruiter}", f"{dpo}, {recruiter}, {admin}")
        for name in tables:
            if name not in NOT_CONTENT:
                connection.execute(text(f'GRANT INSERT, UPDATE, DELETE ON "{name}" TO {recruiter}'))
        # Completing a request adds to the suppression list; removing an entry is an admin's (t012).
        connection.execute(text(f'REVOKE UPDATE, DELETE ON "{suppression.name}" FROM {recruiter}'))
        connection.execute(text(f'GRANT INSERT, UPDATE ON "{meta.name}" TO {recruiter}'))
        for signature in LOGIN_FUNCTIONS:  # member logins are made, moved and locked out by the owner (t013)
            if connection.scalar(text("SELECT to_regprocedure(:signature) IS NOT NULL"), {"signature": signature}):
                connection.execute(text(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC"))
                connection.execute(text(f"GRANT EXECUTE ON FUNCTION {signature} TO {admin}"))
        if connection.scalar(text("SELECT to_regclass('team_alembic_version') IS NOT NULL")):  # read by every client on open
            connection.execute(text(f'GRANT SELECT ON "team_alembic_version" TO {dpo}, {recruiter}, {admin}'))


def _grant_enrolment(connection: Connection, groups: str, every_group: str) -> None:
    """Redeeming through the definer function only, the audit entry it is followed by, and the share
    lock on the team row every write takes. The direct writes a team made before t011 granted for
    redeeming are revoked (install may run again on such a team)."""
    connection.execute(text(f'REVOKE INSERT ON "{members.name}", "{team_key_wraps.name}" FROM {groups}'))
    connection.execute(text(f'REVOKE UPDATE ON "{invites.name}" FROM {groups}'))  # its column privileges too
    connection.execute(text(f'GRANT INSERT ON "{audit.name}" TO {groups}'))
    connection.execute(text(f'GRANT UPDATE (created_at) ON "{team.name}" TO {groups}'))
    if connection.scalar(text("SELECT to_regprocedure(:signature) IS NOT NULL"), {"signature": REDEEM_SIGNATURE}):
        connection.execute(text(f"REVOKE ALL ON FUNCTION {REDEEM_SIGNATURE} FROM PUBLIC"))
        connection.execute(text(f"GRANT EXECUTE ON FUNCTION {REDEEM_SIGNATURE} TO {every_group}"))
    # A member replaces their own device public key and sealed team key after a rotation (t017), nobody else's.
    if connection.scalar(text("SELECT to_regprocedure(:signature) IS NOT NULL"), {"signature": RENEW_DEVICE_KEY_SIGNATURE}):
        connection.execute(text(f"REVOKE ALL ON FUNCTION {RENEW_DEVICE_KEY_SIGNATURE} FROM PUBLIC"))
        connection.execute(text(f"GRANT EXECUTE ON FUNCTION {RENEW_DEVICE_KEY_SIGNATURE} TO {every_group}"))


def assign(engine: Engine, team_id: UUID, login: str, role: Role) -> None:
    """Put a member's database login in their role's group (and out of the others): after a role change too."""
    member = _identifier(login)
    with engine.begin() as connection:
        for other in Role:
            if other != role:
                connection.execute(text(f"REVOKE {_identifier(group_role(team_id, other))} FROM {member}"))
        connection.execute(text(f"GRANT {_identifier(group_role(team_id, role))} TO {member}"))
