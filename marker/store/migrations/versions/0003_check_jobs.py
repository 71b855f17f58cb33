"""check jobs: a submission's check state, stored segments and job claim; upload batches

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 06:00:00

Scripts are checked once, by a job, after they are stored. Existing scripts were checked when uploaded: they
become ``checked`` (or ``failed`` when the check could not read them). Their segments were never stored, so the
marking view asks for a re-check to show their text.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('submission', schema=None) as batch_op:
        batch_op.add_column(sa.Column('check_state', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('check_segments', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('check_token', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('check_heartbeat_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('check_attempts', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('checked_at', sa.DateTime(), nullable=True))
    submission = sa.table(
        'submission',
        sa.column('check_state', sa.String),
        sa.column('check_error', sa.Text),
        sa.column('check_attempts', sa.Integer),
    )
    connection = op.get_bind()
    connection.execute(submission.update().values(check_state='checked', check_attempts=1))
    connection.execute(submission.update().where(submission.c.check_error.is_not(None)).values(check_state='failed'))
    with op.batch_alter_table('submission', schema=None) as batch_op:
        batch_op.alter_column('check_state', existing_type=sa.String(length=10), nullable=False)
        batch_op.alter_column('check_attempts', existing_type=sa.Integer(), nullable=False)
        batch_op.create_index(batch_op.f('ix_submission_check_state'), ['check_state'], unique=False)

    op.create_table(
        'upload_batch',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('assessment_id', sa.Integer(), nullable=False),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('stored_name', sa.String(length=80), nullable=True),
        sa.Column('state', sa.String(length=10), nullable=False),
        sa.Column('error', sa.Text(), nullable=True),
        sa.Column('rows', sa.JSON(), nullable=False),
        sa.Column('token', sa.String(length=32), nullable=True),
        sa.Column('heartbeat_at', sa.DateTime(), nullable=True),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['created_by_id'], ['user.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('stored_name'),
    )
    with op.batch_alter_table('upload_batch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_upload_batch_assessment_id'), ['assessment_id'], unique=False)


def downgrade():
    with op.batch_alter_table('upload_batch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_upload_batch_assessment_id'))
    op.drop_table('upload_batch')
    with op.batch_alter_table('submission', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_submission_check_state'))
        batch_op.drop_column('checked_at')
        batch_op.drop_column('check_attempts')
        batch_op.drop_column('check_heartbeat_at')
        batch_op.drop_column('check_token')
        batch_op.drop_column('check_segments')
        batch_op.drop_column('check_state')
