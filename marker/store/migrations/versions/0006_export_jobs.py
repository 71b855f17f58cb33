"""export jobs: feedback zips and EQA packs built by a job for the person who asked

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 07:20:00

A requested export is a row (kind, assessment, requester, state, error, stored file, marks fingerprint,
progress, job claim); the built zip is kept in the upload folder under a random name until it expires.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'export_job',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('assessment_id', sa.Integer(), nullable=False),
        sa.Column('requested_by_id', sa.Integer(), nullable=False),
        sa.Column('state', sa.String(length=10), nullable=False),
        sa.Column('error', sa.Text(), nullable=True),
        sa.Column('stored_name', sa.String(length=80), nullable=True),
        sa.Column('size_bytes', sa.Integer(), nullable=False),
        sa.Column('marks_stamp', sa.String(length=64), nullable=True),
        sa.Column('done_items', sa.Integer(), nullable=False),
        sa.Column('total_items', sa.Integer(), nullable=False),
        sa.Column('token', sa.String(length=32), nullable=True),
        sa.Column('heartbeat_at', sa.DateTime(), nullable=True),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('finished_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['requested_by_id'], ['user.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('stored_name'),
    )
    with op.batch_alter_table('export_job', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_export_job_assessment_id'), ['assessment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_export_job_requested_by_id'), ['requested_by_id'], unique=False)


def downgrade():
    with op.batch_alter_table('export_job', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_export_job_requested_by_id'))
        batch_op.drop_index(batch_op.f('ix_export_job_assessment_id'))
    op.drop_table('export_job')
