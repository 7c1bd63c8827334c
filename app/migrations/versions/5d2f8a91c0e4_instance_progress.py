"""instance progress: how far engine work left to background jobs has got

Revision ID: 5d2f8a91c0e4
Revises: b987210b0e67
Create Date: 2026-12-04 22:45:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '5d2f8a91c0e4'
down_revision = 'b987210b0e67'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('process_instances', schema=None) as batch_op:
        batch_op.add_column(sa.Column('progress', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('process_instances', schema=None) as batch_op:
        batch_op.drop_column('progress')
