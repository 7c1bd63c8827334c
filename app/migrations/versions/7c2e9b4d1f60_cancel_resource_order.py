"""TMF652 CancelResourceOrder: a cancellation may be asked for through a resource order (issue 15)

Revision ID: 7c2e9b4d1f60
Revises: 0ad790703816
Create Date: 2026-12-04 23:30:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '7c2e9b4d1f60'
down_revision = '0ad790703816'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('order_cancellations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('resource_order_id', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('order_cancellations', schema=None) as batch_op:
        batch_op.drop_column('resource_order_id')
