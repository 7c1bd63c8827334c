"""instance progress (engine work left to background jobs) and connector call claims

Revision ID: 5d2f8a91c0e4
Revises: b987210b0e67
Create Date: 2026-12-04 22:45:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.extensions

revision = '5d2f8a91c0e4'
down_revision = 'b987210b0e67'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('process_instances', schema=None) as batch_op:
        batch_op.add_column(sa.Column('progress', sa.JSON(), nullable=True))
    with op.batch_alter_table('service_calls', schema=None) as batch_op:
        batch_op.add_column(sa.Column('claimed_at', app.extensions.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('service_calls', schema=None) as batch_op:
        batch_op.drop_column('claimed_at')
    with op.batch_alter_table('process_instances', schema=None) as batch_op:
        batch_op.drop_column('progress')
