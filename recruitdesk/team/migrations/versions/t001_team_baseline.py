"""The team vault's tables as the first team revision (written by Alembic's autogenerate from
``recruitdesk.team.schema``; the role checks added by hand, which autogenerate does not render).

Revision ID: t001
Revises:
Create Date: 2026-12-04
"""

from alembic import op
import sqlalchemy as sa


revision = 't001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('team',
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.Column('recovery_public_key', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('team_id')
    )
    op.create_table('team_audit',
    sa.Column('entry_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('candidate_id', sa.Uuid(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('member_id', sa.Uuid(), nullable=True),
    sa.Column('detail', sa.String(length=32), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('previous_hash', sa.LargeBinary(), nullable=False),
    sa.Column('entry_hash', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('entry_id')
    )
    op.create_table('team_epochs',
    sa.Column('epoch_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('sealed_key', sa.LargeBinary(), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('epoch_id')
    )
    op.create_table('team_invites',
    sa.Column('invite_id', sa.Uuid(), nullable=False),
    sa.Column('code_verifier', sa.LargeBinary(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.CheckConstraint("role IN ('recruiter', 'admin', 'dpo')"),
    sa.Column('label_sealed', sa.LargeBinary(), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.Column('team_key_sealed', sa.LargeBinary(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('redeemed_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('invite_id'),
    sa.UniqueConstraint('code_verifier')
    )
    op.create_table('team_key_wraps',
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.Column('holder', sa.String(length=64), nullable=False),
    sa.Column('sealed_key', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('generation', 'holder')
    )
    op.create_table('team_members',
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.CheckConstraint("role IN ('recruiter', 'admin', 'dpo')"),
    sa.Column('device_public_key', sa.LargeBinary(), nullable=False),
    sa.Column('label_sealed', sa.LargeBinary(), nullable=False),
    sa.Column('joined_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('member_id')
    )
    op.create_table('team_meta',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('value', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('name')
    )
    op.create_table('team_rotations',
    sa.Column('generation', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('epoch_id', sa.Integer(), nullable=False),
    sa.Column('revoked_member_id', sa.Uuid(), nullable=False),
    sa.Column('previous_search_key_sealed', sa.LargeBinary(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('generation')
    )
    op.create_table('team_candidates',
    sa.Column('candidate_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('epoch_id', sa.Integer(), nullable=False),
    sa.Column('wrapped_key', sa.LargeBinary(), nullable=False),
    sa.Column('created_on', sa.Date(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('name_sealed', sa.LargeBinary(), nullable=False),
    sa.Column('email_sealed', sa.LargeBinary(), nullable=True),
    sa.Column('cv_text_sealed', sa.LargeBinary(), nullable=True),
    sa.ForeignKeyConstraint(['epoch_id'], ['team_epochs.epoch_id'], ),
    sa.PrimaryKeyConstraint('candidate_id')
    )
    op.create_index('team_candidates_by_epoch', 'team_candidates', ['epoch_id'], unique=False)
    op.create_table('team_candidate_tokens',
    sa.Column('token', sa.BigInteger(), nullable=False),
    sa.Column('candidate_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['team_candidates.candidate_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('token', 'candidate_id')
    )
    op.create_index('team_candidate_tokens_by_candidate', 'team_candidate_tokens', ['candidate_id'], unique=False)


def downgrade() -> None:
    op.drop_index('team_candidate_tokens_by_candidate', table_name='team_candidate_tokens')
    op.drop_table('team_candidate_tokens')
    op.drop_index('team_candidates_by_epoch', table_name='team_candidates')
    op.drop_table('team_candidates')
    op.drop_table('team_rotations')
    op.drop_table('team_meta')
    op.drop_table('team_members')
    op.drop_table('team_key_wraps')
    op.drop_table('team_invites')
    op.drop_table('team_epochs')
    op.drop_table('team_audit')
    op.drop_table('team')
