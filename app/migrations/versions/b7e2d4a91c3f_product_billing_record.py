"""the billing item each inventory product is charged on (NULL: installed before billing items were kept)

Revision ID: b7e2d4a91c3f
Revises: 5d3f9a1c7e20
Create Date: 2026-12-07 02:30:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'b7e2d4a91c3f'
down_revision = '5d3f9a1c7e20'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('inventory_products', schema=None) as batch_op:
        batch_op.add_column(sa.Column('billing', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('inventory_products', schema=None) as batch_op:
        batch_op.drop_column('billing')
