"""an index on the product an order line acts on (orders in flight on a product are looked up by it)

Revision ID: b5d1f0a7c3e2
Revises: 9caeefc1caa6
Create Date: 2026-12-06 14:00:00.000000
"""
from __future__ import annotations

from alembic import op

revision = 'b5d1f0a7c3e2'
down_revision = '9caeefc1caa6'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('product_order_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_order_items_product_ref'), ['product_ref'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('product_order_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_product_order_items_product_ref'))
