"""tmf integrator data: specification lifecycle, channels, notes, related parties, requested start, client item ids and relationships

Revision ID: 5a1f0c3e7d21
Revises: b987210b0e67
Create Date: 2026-12-04 22:50:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.extensions

revision = '5a1f0c3e7d21'
down_revision = 'b987210b0e67'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('catalog_specifications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lifecycle_status', sa.String(length=20), nullable=False, server_default='Active'))
        batch_op.add_column(sa.Column('last_update', app.extensions.UTCDateTime(timezone=True), nullable=False,
                                      server_default=sa.func.current_timestamp()))
    with op.batch_alter_table('product_orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('channels', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('notes', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('related_parties', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('requested_start_date', app.extensions.UTCDateTime(timezone=True), nullable=True))
    with op.batch_alter_table('product_order_items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('client_id', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('relationships', sa.JSON(), nullable=False, server_default='[]'))
    with op.batch_alter_table('order_cancellations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('requested_cancellation_date', app.extensions.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('order_cancellations', schema=None) as batch_op:
        batch_op.drop_column('requested_cancellation_date')
    with op.batch_alter_table('product_order_items', schema=None) as batch_op:
        batch_op.drop_column('relationships')
        batch_op.drop_column('client_id')
    with op.batch_alter_table('product_orders', schema=None) as batch_op:
        batch_op.drop_column('requested_start_date')
        batch_op.drop_column('related_parties')
        batch_op.drop_column('notes')
        batch_op.drop_column('channels')
    with op.batch_alter_table('catalog_specifications', schema=None) as batch_op:
        batch_op.drop_column('last_update')
        batch_op.drop_column('lifecycle_status')
