"""similarity index: each script's fingerprints (never its text) and a threshold per assessment

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 07:20:00

``similarity_script`` holds one row per indexed script (cohort, rubric, compared words and the character spans of
its stored text that are compared); ``similarity_fingerprint`` its winnowed fingerprints. Both go with the script
(ON DELETE CASCADE), so erasure and retention delete the index too. ``similarity_report`` keeps each assessment's
last comparison (ids, percentages and offsets), computed by a job. Existing scripts are indexed when re-checked.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('similarity_threshold_pct', sa.Float(), nullable=True))
    assessment = sa.table('assessment', sa.column('similarity_threshold_pct', sa.Float))
    op.get_bind().execute(assessment.update().values(similarity_threshold_pct=1.0))
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.alter_column('similarity_threshold_pct', existing_type=sa.Float(), nullable=False)

    op.create_table(
        'similarity_script',
        sa.Column('submission_id', sa.Integer(), nullable=False),
        sa.Column('assessment_id', sa.Integer(), nullable=False),
        sa.Column('rubric_id', sa.String(length=80), nullable=False),
        sa.Column('words', sa.Integer(), nullable=False),
        sa.Column('spans', sa.JSON(), nullable=False),
        sa.Column('ngram', sa.Integer(), nullable=False),
        sa.Column('window', sa.Integer(), nullable=False),
        sa.Column('indexed_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['submission_id'], ['submission.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('submission_id'),
    )
    with op.batch_alter_table('similarity_script', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_similarity_script_assessment_id'), ['assessment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_similarity_script_rubric_id'), ['rubric_id'], unique=False)
    op.create_table(
        'similarity_fingerprint',
        sa.Column('submission_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('hash', sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ['submission_id'], ['similarity_script.submission_id'], ondelete='CASCADE'
        ),
        sa.PrimaryKeyConstraint('submission_id', 'position'),
    )
    op.create_table(
        'similarity_report',
        sa.Column('assessment_id', sa.Integer(), nullable=False),
        sa.Column('stamps', sa.JSON(), nullable=False),
        sa.Column('data', sa.JSON(), nullable=False),
        sa.Column('computed_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('assessment_id'),
    )


def downgrade():
    op.drop_table('similarity_report')
    op.drop_table('similarity_fingerprint')
    with op.batch_alter_table('similarity_script', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_similarity_script_rubric_id'))
        batch_op.drop_index(batch_op.f('ix_similarity_script_assessment_id'))
    op.drop_table('similarity_script')
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.drop_column('similarity_threshold_pct')
