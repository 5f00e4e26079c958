"""Member logins made, moved and locked out by the tables' owner, through SECURITY DEFINER functions.

Until this revision an administrator's client made, moved and locked out member logins with its own
login, which therefore had CREATEROLE. Two things were wrong with that:

* From PostgreSQL 16 a role with CREATEROLE may alter or grant only roles on which it holds ADMIN
  OPTION, which it gets for the roles it created itself. An administrator who joined with their own
  login could therefore not put a new member's login in its group (the invitation failed), nor
  move or lock out a login someone else made, nor could the redeem function (run as the owner)
  lift the validity of a login an administrator made.
* Up to PostgreSQL 15, CREATEROLE lets a login alter every non-superuser role of the cluster, the
  logins of other databases' teams included: more than a team administrator needs.

Now the owner, who made the team's group roles, makes every member login through these functions,
so it holds ADMIN OPTION on all of them on every version, and member logins no longer get CREATEROLE
(this revision takes it from the team's existing ones). Only the admin group may EXECUTE them. Each
checks its arguments: a member login's name (``rdm_`` and 24 hex digits), one of this team's three
roles, a SCRAM verifier (never a password), and, to move or lock out, a login of this team's members
or invitations, so a team's administrator cannot reach another team's logins on a shared cluster.

Revision ID: t013
Revises: t012
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa

revision = 't013'
down_revision = 't012'
branch_labels = None
depends_on = None

SIGNATURES = ("team_create_member_login(text, text, text, timestamptz)", "team_move_member_login(text, text)",
              "team_lock_out_member_login(text)")

# Called only from the functions below (as the owner): no one else may EXECUTE them.
_HELPERS = r"""
CREATE FUNCTION {s}.team_group_of(p_role text) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, {s}, pg_temp
AS $body$
DECLARE
    v_team uuid;
BEGIN
    IF p_role NOT IN ('dpo', 'recruiter', 'admin') THEN
        RAISE EXCEPTION 'not a team role' USING ERRCODE = 'RDE11';
    END IF;
    SELECT t.team_id INTO STRICT v_team FROM {s}.team AS t;
    RETURN 'rdteam_' || pg_catalog.left(pg_catalog.replace(v_team::text, '-', ''), 16) || '_' || p_role;
END
$body$;

CREATE FUNCTION {s}.team_require_member_login(p_login text, p_of_this_team boolean) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, {s}, pg_temp
AS $body$
BEGIN
    IF p_login IS NULL OR p_login !~ '^rdm_[0-9a-f]{{24}}$' THEN
        RAISE EXCEPTION 'not a member login' USING ERRCODE = 'RDE10';
    END IF;
    IF p_of_this_team AND NOT EXISTS (SELECT 1 FROM {s}.team_members AS m WHERE m.login = p_login)
                      AND NOT EXISTS (SELECT 1 FROM {s}.team_invites AS i WHERE i.login = p_login) THEN
        RAISE EXCEPTION 'not a login of this team' USING ERRCODE = 'RDE10';
    END IF;
END
$body$;
"""

_FUNCTIONS = r"""
CREATE FUNCTION {s}.team_create_member_login(p_login text, p_verifier text, p_role text, p_valid_until timestamptz)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {s}, pg_temp
AS $body$
BEGIN
    PERFORM {s}.team_require_member_login(p_login, false);
    IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'not a password verifier' USING ERRCODE = 'RDE12';
    END IF;
    EXECUTE pg_catalog.format('CREATE ROLE %I LOGIN NOCREATEROLE PASSWORD %L VALID UNTIL %L', p_login, p_verifier,
                              COALESCE(p_valid_until::text, 'infinity'));
    EXECUTE pg_catalog.format('GRANT %I TO %I', {s}.team_group_of(p_role), p_login);
END
$body$;

CREATE FUNCTION {s}.team_move_member_login(p_login text, p_role text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {s}, pg_temp
AS $body$
DECLARE
    v_other text;
BEGIN
    PERFORM {s}.team_require_member_login(p_login, true);
    FOREACH v_other IN ARRAY ARRAY['dpo', 'recruiter', 'admin'] LOOP
        IF v_other <> p_role THEN
            EXECUTE pg_catalog.format('REVOKE %I FROM %I', {s}.team_group_of(v_other), p_login);
        END IF;
    END LOOP;
    EXECUTE pg_catalog.format('GRANT %I TO %I', {s}.team_group_of(p_role), p_login);
    EXECUTE pg_catalog.format('ALTER ROLE %I NOCREATEROLE', p_login);
END
$body$;

CREATE FUNCTION {s}.team_lock_out_member_login(p_login text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {s}, pg_temp
AS $body$
DECLARE
    v_role text;
BEGIN
    PERFORM {s}.team_require_member_login(p_login, true);
    EXECUTE pg_catalog.format('ALTER ROLE %I NOLOGIN NOCREATEROLE', p_login);
    FOREACH v_role IN ARRAY ARRAY['dpo', 'recruiter', 'admin'] LOOP
        EXECUTE pg_catalog.format('REVOKE %I FROM %I', {s}.team_group_of(v_role), p_login);
    END LOOP;
END
$body$;
"""


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _admin_group(connection) -> str | None:
    team_id = connection.scalar(sa.text("SELECT team_id FROM team"))
    if team_id is None:
        return None
    name = f"rdteam_{team_id.hex[:16]}_admin"
    return name if connection.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}) else None


def upgrade() -> None:
    connection = op.get_bind()
    schema = _quoted(connection.scalar(sa.text("SELECT current_schema()")))
    op.execute(_HELPERS.format(s=schema))
    op.execute(_FUNCTIONS.format(s=schema))
    owner = connection.scalar(sa.text("SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'team'"))
    functions = [f"{schema}.{signature}" for signature in SIGNATURES]
    helpers = [f"{schema}.team_group_of(text)", f"{schema}.team_require_member_login(text, boolean)"]
    for function in [*functions, *helpers]:
        if owner and owner != connection.scalar(sa.text("SELECT current_user")):
            op.execute(f"ALTER FUNCTION {function} OWNER TO {_quoted(owner)}")  # they run with the owner's rights
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
    admin = _admin_group(connection)
    if admin is not None:
        op.execute(f"GRANT EXECUTE ON FUNCTION {', '.join(functions)} TO {_quoted(admin)}")
        _take_createrole_from_member_logins(connection)


def _take_createrole_from_member_logins(connection) -> None:
    """Administrators' logins made before this revision had CREATEROLE; they need it no more. Where the
    login running this revision may not alter one (PostgreSQL 16 and a login it did not make), it stays."""
    logins = connection.scalars(sa.text(
        "SELECT r.rolname FROM pg_roles r WHERE r.rolcreaterole AND r.rolname ~ '^rdm_[0-9a-f]{24}$' AND "
        "(r.rolname IN (SELECT login FROM team_members) OR r.rolname IN (SELECT login FROM team_invites))")).all()
    for login in logins:
        try:
            with connection.begin_nested():
                connection.execute(sa.text(f"ALTER ROLE {_quoted(login)} NOCREATEROLE"))
        except sa.exc.DBAPIError:
            pass


def downgrade() -> None:
    connection = op.get_bind()
    schema = _quoted(connection.scalar(sa.text("SELECT current_schema()")))
    for signature in (*SIGNATURES, "team_group_of(text)", "team_require_member_login(text, boolean)"):
        op.execute(f"DROP FUNCTION IF EXISTS {schema}.{signature}")
