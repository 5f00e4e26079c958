"""The team vault's tables as the first team revision (written by Alembic's autogenerate from
``recruitdesk.team.schema``; the role checks added by hand, which autogenerate does not render).

Revision ID: t001
Revises:
Create Date: 2026-12-04
"""

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

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
    sa.Column('record_id', sa.Uuid(), nullable=True),
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
    op.create_table('team_firm_keys',
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.Column('sealed_key', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('generation')
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
    op.create_table('team_tags',
    sa.Column('tag_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('label_sealed', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('tag_id')
    )
    op.create_table('team_vacancies',
    sa.Column('vacancy_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('content_sealed', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('vacancy_id')
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
    sa.Column('phone_sealed', sa.LargeBinary(), nullable=True),
    sa.Column('city_sealed', sa.LargeBinary(), nullable=True),
    sa.Column('linkedin_sealed', sa.LargeBinary(), nullable=True),
    sa.ForeignKeyConstraint(['epoch_id'], ['team_epochs.epoch_id'], ),
    sa.PrimaryKeyConstraint('candidate_id')
    )
    op.create_index('team_candidates_by_epoch', 'team_candidates', ['epoch_id'], unique=False)
    op.create_table('team_candidate_tags',
    sa.Column('candidate_id', sa.Uuid(), nullable=False),
    sa.Column('tag_id', sa.Uuid(), nullable=False),
    sa.Column('tagged_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['team_candidates.candidate_id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['team_tags.tag_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('candidate_id', 'tag_id')
    )
    op.create_index(op.f('ix_team_candidate_tags_tag_id'), 'team_candidate_tags', ['tag_id'], unique=False)
    op.create_table('team_candidate_tokens',
    sa.Column('candidate_id', sa.Uuid(), nullable=False),
    sa.Column('tokens', postgresql.ARRAY(sa.BigInteger()), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['team_candidates.candidate_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('candidate_id')
    )
    op.create_index('team_candidate_tokens_by_token', 'team_candidate_tokens', ['tokens'], unique=False, postgresql_using='gin')
    op.create_table('team_documents',
    sa.Column('document_id', sa.Uuid(), nullable=False),
    sa.Column('candidate_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('filename_sealed', sa.LargeBinary(), nullable=False),
    sa.Column('media_type_sealed', sa.LargeBinary(), nullable=False),
    sa.Column('content_sealed', sa.LargeBinary(), nullable=False),
    sa.Column('text_sealed', sa.LargeBinary(), nullable=True),
    sa.ForeignKeyConstraint(['candidate_id'], ['team_candidates.candidate_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('document_id')
    )
    op.create_index(op.f('ix_team_documents_candidate_id'), 'team_documents', ['candidate_id'], unique=False)
    op.create_table('team_notes',
    sa.Column('note_id', sa.Uuid(), nullable=False),
    sa.Column('candidate_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('author', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('content_sealed', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['team_candidates.candidate_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('note_id')
    )
    op.create_index(op.f('ix_team_notes_candidate_id'), 'team_notes', ['candidate_id'], unique=False)
    op.create_table('team_requests',
    sa.Column('request_id', sa.Uuid(), nullable=False),
    sa.Column('candidate_id', sa.Uuid(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('extended_to', sa.Date(), nullable=True),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('recorded_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['team_candidates.candidate_id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('request_id')
    )
    op.create_index(op.f('ix_team_requests_candidate_id'), 'team_requests', ['candidate_id'], unique=False)
    op.create_table('team_consents',
    sa.Column('consent_id', sa.Uuid(), nullable=False),
    sa.Column('candidate_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=40), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('evidence_document_id', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('content_sealed', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['team_candidates.candidate_id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['evidence_document_id'], ['team_documents.document_id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('consent_id')
    )
    op.create_index(op.f('ix_team_consents_candidate_id'), 'team_consents', ['candidate_id'], unique=False)
    op.create_table('team_document_tokens',
    sa.Column('document_id', sa.Uuid(), nullable=False),
    sa.Column('candidate_id', sa.Uuid(), nullable=False),
    sa.Column('tokens', postgresql.ARRAY(sa.BigInteger()), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['team_candidates.candidate_id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['document_id'], ['team_documents.document_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('document_id')
    )
    op.create_index(op.f('ix_team_document_tokens_candidate_id'), 'team_document_tokens', ['candidate_id'], unique=False)
    op.create_index('team_document_tokens_by_token', 'team_document_tokens', ['tokens'], unique=False, postgresql_using='gin')
    op.create_table('team_request_details',
    sa.Column('request_id', sa.Uuid(), nullable=False),
    sa.Column('candidate_id', sa.Uuid(), nullable=True),
    sa.Column('content_sealed', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['team_candidates.candidate_id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['request_id'], ['team_requests.request_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('request_id')
    )
    op.create_index(op.f('ix_team_request_details_candidate_id'), 'team_request_details', ['candidate_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_team_request_details_candidate_id'), table_name='team_request_details')
    op.drop_table('team_request_details')
    op.drop_index('team_document_tokens_by_token', table_name='team_document_tokens', postgresql_using='gin')
    op.drop_index(op.f('ix_team_document_tokens_candidate_id'), table_name='team_document_tokens')
    op.drop_table('team_document_tokens')
    op.drop_index(op.f('ix_team_consents_candidate_id'), table_name='team_consents')
    op.drop_table('team_consents')
    op.drop_index(op.f('ix_team_requests_candidate_id'), table_name='team_requests')
    op.drop_table('team_requests')
    op.drop_index(op.f('ix_team_notes_candidate_id'), table_name='team_notes')
    op.drop_table('team_notes')
    op.drop_index(op.f('ix_team_documents_candidate_id'), table_name='team_documents')
    op.drop_table('team_documents')
    op.drop_index('team_candidate_tokens_by_token', table_name='team_candidate_tokens', postgresql_using='gin')
    op.drop_table('team_candidate_tokens')
    op.drop_index(op.f('ix_team_candidate_tags_tag_id'), table_name='team_candidate_tags')
    op.drop_table('team_candidate_tags')
    op.drop_index('team_candidates_by_epoch', table_name='team_candidates')
    op.drop_table('team_candidates')
    op.drop_table('team_vacancies')
    op.drop_table('team_tags')
    op.drop_table('team_rotations')
    op.drop_table('team_meta')
    op.drop_table('team_members')
    op.drop_table('team_key_wraps')
    op.drop_table('team_invites')
    op.drop_table('team_firm_keys')
    op.drop_table('team_epochs')
    op.drop_table('team_audit')
    op.drop_table('team')
