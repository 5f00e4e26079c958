"""Redeeming an enrolment code on the server: a SECURITY DEFINER function owned by the tables'
owner is the only way a member's group may create a member row, its sealed team key, or mark an
invitation used; the direct INSERT on ``team_members`` / ``team_key_wraps`` and the UPDATE on
``team_invites`` that redeeming used to need are taken from the recruiter and DPO groups.

``team_invites.server_expires_at`` is the invitation's deadline by the *server's* clock (stamped by
the inviting client as ``now()`` on the server plus the validity), which the function enforces
and which a member login made for the invitation gets as ``VALID UNTIL``. Rows made before this
revision (or by an older client) have none: the function then holds them to ``expires_at``.

Written by hand; the column matches ``recruitdesk.team.schema`` (the migration test compares them).
The function's name and arguments are ``recruitdesk.team.enrolment.REDEEM_FUNCTION``'s.

Revision ID: t011
Revises: t010
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa

revision = 't011'
down_revision = 't010'
branch_labels = None
depends_on = None

FUNCTION = "team_redeem_invitation"
ARGUMENTS = "bytea, integer, bytea, bytea, timestamptz"

# Custom SQLSTATEs (class "RD", RecruitDesk), mapped by the client to EnrolmentCodeUnknown / Used / Expired / Withdrawn.
_BODY = """
CREATE FUNCTION {s}.{f}(p_verifier bytea, p_generation integer, p_device_public_key bytea, p_sealed_key bytea,
                        p_joined_at timestamptz)
RETURNS uuid
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, {s}, pg_temp
AS $body$
DECLARE
    v_generation integer;
    v_invite {s}.team_invites%ROWTYPE;
BEGIN
    SELECT t.generation INTO v_generation FROM {s}.team AS t FOR SHARE;
    SELECT i.* INTO v_invite FROM {s}.team_invites AS i WHERE i.code_verifier = pg_catalog.sha256(p_verifier) FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'enrolment code unknown' USING ERRCODE = 'RDE01';
    END IF;
    IF v_invite.redeemed_at IS NOT NULL THEN
        RAISE EXCEPTION 'enrolment code already used' USING ERRCODE = 'RDE02';
    END IF;
    IF COALESCE(v_invite.server_expires_at, v_invite.expires_at) <= pg_catalog.now() THEN
        RAISE EXCEPTION 'enrolment code expired' USING ERRCODE = 'RDE03';
    END IF;
    IF v_invite.team_key_sealed IS NULL OR v_invite.generation <> v_generation OR p_generation <> v_generation THEN
        RAISE EXCEPTION 'enrolment code withdrawn' USING ERRCODE = 'RDE04';
    END IF;
    INSERT INTO {s}.team_members (member_id, role, device_public_key, label_sealed, joined_at, login)
        VALUES (v_invite.member_id, v_invite.role, p_device_public_key, v_invite.label_sealed, p_joined_at, v_invite.login);
    INSERT INTO {s}.team_key_wraps (generation, holder, sealed_key)
        VALUES (v_generation, 'member:' || v_invite.member_id::text, p_sealed_key);
    UPDATE {s}.team_invites SET redeemed_at = p_joined_at, team_key_sealed = NULL WHERE invite_id = v_invite.invite_id;
    IF v_invite.login ~ '^rdm_[0-9a-f]{{24}}$'
       AND EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = v_invite.login) THEN
        EXECUTE pg_catalog.format('ALTER ROLE %I VALID UNTIL %L', v_invite.login, 'infinity');
    END IF;
    RETURN v_invite.member_id;
END
$body$
"""


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _groups(connection) -> dict[str, str]:
    """The team's existing group roles by role name (none on a new database or where roles may not be created)."""
    team_id = connection.scalar(sa.text("SELECT team_id FROM team"))
    if team_id is None:
        return {}
    prefix = f"rdteam_{team_id.hex[:16]}_"
    return {role: prefix + role for role in ("dpo", "recruiter", "admin")
            if connection.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": prefix + role})}


def upgrade() -> None:
    op.add_column('team_invites', sa.Column('server_expires_at', sa.DateTime(timezone=True), nullable=True))
    connection = op.get_bind()
    schema = _quoted(connection.scalar(sa.text("SELECT current_schema()")))
    function = f"{schema}.{FUNCTION}({ARGUMENTS})"
    op.execute(_BODY.format(s=schema, f=FUNCTION))
    owner = connection.scalar(sa.text("SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'team'"))
    if owner and owner != connection.scalar(sa.text("SELECT current_user")):
        op.execute(f"ALTER FUNCTION {function} OWNER TO {_quoted(owner)}")  # it runs with the tables' owner's rights
    op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
    groups = _groups(connection)
    if groups:
        op.execute(f"GRANT EXECUTE ON FUNCTION {function} TO {', '.join(_quoted(name) for name in groups.values())}")
    for role in ("dpo", "recruiter"):
        if role in groups:
            name = _quoted(groups[role])
            op.execute(f'REVOKE INSERT ON "team_members", "team_key_wraps" FROM {name}')
            op.execute(f'REVOKE UPDATE ON "team_invites" FROM {name}')  # also the column privileges granted before


def downgrade() -> None:
    connection = op.get_bind()
    schema = _quoted(connection.scalar(sa.text("SELECT current_schema()")))
    op.execute(f"DROP FUNCTION IF EXISTS {schema}.{FUNCTION}({ARGUMENTS})")
    groups = _groups(connection)
    for role in ("dpo", "recruiter"):  # what redeeming needed before this revision
        if role in groups:
            name = _quoted(groups[role])
            op.execute(f'GRANT INSERT ON "team_members", "team_key_wraps" TO {name}')
            op.execute(f'GRANT UPDATE (redeemed_at, team_key_sealed) ON "team_invites" TO {name}')
    op.drop_column('team_invites', 'server_expires_at')
