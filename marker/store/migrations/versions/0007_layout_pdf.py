"""layout pdf: the PDF LibreOffice made of a checked DOCX, kept as a stored file beside the script

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 07:20:00

The marking desk shows a script's pages as the candidate laid them out ("the script as submitted"): the uploaded
PDF itself, or for a DOCX the PDF LibreOffice made when the check laid its pages out. Scripts checked before keep
no such PDF; a re-check makes one.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('submission', schema=None) as batch_op:
        batch_op.add_column(sa.Column('layout_pdf_name', sa.String(length=80), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_submission_layout_pdf_name'), ['layout_pdf_name'])


def downgrade():
    with op.batch_alter_table('submission', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_submission_layout_pdf_name'), type_='unique')
        batch_op.drop_column('layout_pdf_name')
