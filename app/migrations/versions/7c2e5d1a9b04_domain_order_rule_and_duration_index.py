"""domain order decomposition rule and an index for duration history

Revision ID: 7c2e5d1a9b04
Revises: 476704110b8a
Create Date: 2026-12-04 19:40:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '7c2e5d1a9b04'
down_revision = '476704110b8a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('domain_orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rule', sa.JSON(), nullable=True))
        batch_op.create_index('ix_domain_orders_history', ['spec_name', 'plan', 'state', 'completed_at'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('domain_orders', schema=None) as batch_op:
        batch_op.drop_index('ix_domain_orders_history')
        batch_op.drop_column('rule')
