"""The suppression list carried in from a local vault: the digest keys its entries were made under.

``vault migrate`` copies a local vault's suppression list into the team as it is: HMAC digests
under the local vault's identifier-hash key, which cannot be re-keyed (the people were erased).
That key comes along sealed under the firm key in ``team_suppression_keys``; each carried entry
names it in ``team_suppression.key_id`` (NULL for the team's own digests), and a recruiter's manual
"do not contact again" keeps its basis (``manual``, no request).

Written by hand, matching ``recruitdesk.team.schema`` (the migration test compares them).

Revision ID: t010
Revises: t009
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa

revision = 't010'
down_revision = 't009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'team_suppression_keys',
        sa.Column('key_id', sa.Uuid(), nullable=False),
        sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('key_sealed', sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint('key_id'),
    )
    op.add_column('team_suppression', sa.Column('key_id', sa.Uuid(), nullable=True))
    op.create_foreign_key(None, 'team_suppression', 'team_suppression_keys', ['key_id'], ['key_id'])
    _grant_to_existing_groups()


def _grant_to_existing_groups() -> None:
    """A team made before this revision already has its group roles: every member reads the carried
    keys (an import checks the list under them), only administrators write them (a migration)."""
    connection = op.get_bind()
    team_id = connection.scalar(sa.text("SELECT team_id FROM team"))
    if team_id is None:
        return
    prefix = f"rdteam_{team_id.hex[:16]}_"
    for role, privileges in (("dpo", "SELECT"), ("recruiter", "SELECT"), ("admin", "ALL")):
        name = prefix + role
        if connection.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}):
            op.execute(f'GRANT {privileges} ON "team_suppression_keys" TO "{name}"')


def downgrade() -> None:
    op.drop_constraint('team_suppression_key_id_fkey', 'team_suppression', type_='foreignkey')
    op.drop_column('team_suppression', 'key_id')
    op.drop_table('team_suppression_keys')
