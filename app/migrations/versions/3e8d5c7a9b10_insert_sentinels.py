"""Insert sentinels: one INSERT stores many new rows of the step path's busiest tables on SQLite too (issue 18)

Revision ID: 3e8d5c7a9b10
Revises: 7c2e9b4d1f60
Create Date: 2026-12-05 02:00:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '3e8d5c7a9b10'
down_revision = '7c2e9b4d1f60'
branch_labels = None
depends_on = None

TABLES = ('process_instances', 'service_calls', 'work_items', 'domain_orders', 'contracts', 'entitlements',
          'product_order_items', 'inventory_products')


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column('insert_sentinel', sa.Integer(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('insert_sentinel')
