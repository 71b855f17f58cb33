"""security hardening: per-user session tokens, expiring setup tokens, one script per candidate

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 05:00:00

Every existing person gets a random session token, so cookies issued before the upgrade stop working (they
carry the old id format) and everyone signs in once more. Setup tokens issued before the upgrade have no
expiry and are treated as spent. A candidate may have only one script per assessment: if an old race left
two, the upgrade stops and names them, for an administrator to delete one.
"""
import secrets

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('session_token', sa.String(length=64), nullable=True))
    user = sa.table('user', sa.column('id', sa.Integer), sa.column('session_token', sa.String))
    connection = op.get_bind()
    for (user_id,) in connection.execute(sa.select(user.c.id)).all():
        connection.execute(
            user.update().where(user.c.id == user_id).values(session_token=secrets.token_urlsafe(24))
        )
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.alter_column('session_token', existing_type=sa.String(length=64), nullable=False)

    with op.batch_alter_table('setup_token', schema=None) as batch_op:
        batch_op.add_column(sa.Column('expires_at', sa.DateTime(), nullable=True))

    submission = sa.table('submission', sa.column('assessment_id', sa.Integer), sa.column('candidate_number', sa.String))
    duplicates = connection.execute(
        sa.select(submission.c.assessment_id, submission.c.candidate_number)
        .group_by(submission.c.assessment_id, submission.c.candidate_number)
        .having(sa.func.count() > 1)
    ).all()
    if duplicates:
        listed = ", ".join(f"assessment {a} candidate {c}" for a, c in duplicates[:20])
        raise RuntimeError(f"Some candidates have two scripts in one assessment; delete one of each first: {listed}")
    with op.batch_alter_table('submission', schema=None) as batch_op:
        batch_op.create_unique_constraint(
            batch_op.f('uq_submission_assessment_id'), ['assessment_id', 'candidate_number']
        )


def downgrade():
    with op.batch_alter_table('submission', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_submission_assessment_id'), type_='unique')

    with op.batch_alter_table('setup_token', schema=None) as batch_op:
        batch_op.drop_column('expires_at')

    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.drop_column('session_token')
