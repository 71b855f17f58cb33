"""inline comments: a marker's comment anchored to a passage of the script

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 06:20:00

Each comment belongs to a marking (and goes with it); its anchor is the part, the block index and the character
offsets in the block, with the quoted passage kept so the comment survives a re-check.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'inline_comment',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('marking_id', sa.Integer(), nullable=False),
        sa.Column('part_id', sa.String(length=20), nullable=False),
        sa.Column('block_index', sa.Integer(), nullable=False),
        sa.Column('start', sa.Integer(), nullable=False),
        sa.Column('end', sa.Integer(), nullable=False),
        sa.Column('quote', sa.Text(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['marking_id'], ['marking.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('inline_comment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inline_comment_marking_id'), ['marking_id'], unique=False)


def downgrade():
    with op.batch_alter_table('inline_comment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inline_comment_marking_id'))
    op.drop_table('inline_comment')
