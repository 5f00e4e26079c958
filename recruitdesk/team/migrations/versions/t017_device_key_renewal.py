"""A member renews their own device key after a team-key rotation (``team.device_keys``).

``team_members.device_key_generation`` is the team key generation at which the member's device key
pair was made (a trigger fills it in on every new member row, whichever way it is inserted: a new
team, an admin adding a device, the t011 redeem function). A member whose device key is older than
the current generation makes a new key pair on their next open and hands the server its public half
and the team key sealed to it through ``team_renew_device_key``, a SECURITY DEFINER function owned by
the tables' owner that every group may EXECUTE: it replaces the public key and the sealed team key of
the calling member only (the member row's login is the session's, or the caller is the tables' owner
where the server gave the team no member logins), at the current generation only. No group but the
admins' may UPDATE ``team_members`` or ``team_key_wraps`` directly.

Rows made before this revision: a team still at generation 1 has never rotated (their keys are as
new as the team key); otherwise the column stays NULL and the member renews once on their next open.

Written by hand; the column matches ``recruitdesk.team.schema`` (the migration test compares them).
The function's name and arguments are ``recruitdesk.team.server_roles.RENEW_DEVICE_KEY_FUNCTION``'s.

Revision ID: t017
Revises: t016
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa

revision = 't017'
down_revision = 't016'
branch_labels = None
depends_on = None

FUNCTION = "team_renew_device_key"
ARGUMENTS = "uuid, integer, bytea, bytea"
TRIGGER_FUNCTION = "team_member_key_generation"

# Custom SQLSTATEs (class "RD"): RDK01 not a member (revoked or unknown), RDK02 the team key rotated meanwhile.
_BODY = """
CREATE FUNCTION {s}.{f}(p_member_id uuid, p_generation integer, p_device_public_key bytea, p_sealed_key bytea)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, {s}, pg_temp
AS $body$
DECLARE
    v_generation integer;
    v_member {s}.team_members%ROWTYPE;
BEGIN
    SELECT t.generation INTO v_generation FROM {s}.team AS t FOR SHARE;
    SELECT m.* INTO v_member FROM {s}.team_members AS m WHERE m.member_id = p_member_id FOR UPDATE;
    IF NOT FOUND OR v_member.revoked_at IS NOT NULL THEN
        RAISE EXCEPTION 'not a member' USING ERRCODE = 'RDK01';
    END IF;
    IF NOT ((v_member.login IS NOT NULL AND v_member.login = session_user)
            OR pg_catalog.pg_has_role(session_user, current_user, 'MEMBER')) THEN
        RAISE EXCEPTION 'only a member may renew their own device key' USING ERRCODE = '42501';
    END IF;
    IF p_generation <> v_generation THEN
        RAISE EXCEPTION 'team key rotated meanwhile' USING ERRCODE = 'RDK02';
    END IF;
    UPDATE {s}.team_key_wraps SET sealed_key = p_sealed_key
        WHERE generation = v_generation AND holder = 'member:' || p_member_id::text;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'not a member' USING ERRCODE = 'RDK01';
    END IF;
    UPDATE {s}.team_members SET device_public_key = p_device_public_key, device_key_generation = v_generation
        WHERE member_id = p_member_id;
END
$body$
"""

_TRIGGER = """
CREATE FUNCTION {s}.{f}() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, {s}, pg_temp
AS $body$
BEGIN
    IF NEW.device_key_generation IS NULL THEN
        NEW.device_key_generation := (SELECT t.generation FROM {s}.team AS t);
    END IF;
    RETURN NEW;
END
$body$;
CREATE TRIGGER team_members_key_generation BEFORE INSERT ON {s}.team_members
    FOR EACH ROW EXECUTE FUNCTION {s}.{f}()
"""


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _groups(connection) -> list[str]:
    team_id = connection.scalar(sa.text("SELECT team_id FROM team"))
    if team_id is None:
        return []
    prefix = f"rdteam_{team_id.hex[:16]}_"
    return [prefix + role for role in ("dpo", "recruiter", "admin")
            if connection.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": prefix + role})]


def upgrade() -> None:
    op.add_column('team_members', sa.Column('device_key_generation', sa.Integer(), nullable=True))
    connection = op.get_bind()
    op.execute("UPDATE team_members SET device_key_generation = 1 WHERE (SELECT generation FROM team) = 1")
    schema = _quoted(connection.scalar(sa.text("SELECT current_schema()")))
    op.execute(_TRIGGER.format(s=schema, f=TRIGGER_FUNCTION))
    function = f"{schema}.{FUNCTION}({ARGUMENTS})"
    op.execute(_BODY.format(s=schema, f=FUNCTION))
    owner = connection.scalar(sa.text("SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'team'"))
    if owner and owner != connection.scalar(sa.text("SELECT current_user")):
        op.execute(f"ALTER FUNCTION {function} OWNER TO {_quoted(owner)}")  # it runs with the tables' owner's rights
    op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
    groups = _groups(connection)
    if groups:
        op.execute(f"GRANT EXECUTE ON FUNCTION {function} TO {', '.join(_quoted(name) for name in groups)}")


def downgrade() -> None:
    connection = op.get_bind()
    schema = _quoted(connection.scalar(sa.text("SELECT current_schema()")))
    op.execute(f"DROP FUNCTION IF EXISTS {schema}.{FUNCTION}({ARGUMENTS})")
    op.execute(f"DROP TRIGGER IF EXISTS team_members_key_generation ON {schema}.team_members")
    op.execute(f"DROP FUNCTION IF EXISTS {schema}.{TRIGGER_FUNCTION}()")
    op.drop_column('team_members', 'device_key_generation')
