"""order revisions

Revision ID: 9e2b7c41d5a0
Revises: 7c2e5d1a9b04
Create Date: 2026-12-04 20:20:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.extensions

revision = '9e2b7c41d5a0'
down_revision = '7c2e5d1a9b04'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('order_revisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('created_at', app.extensions.UTCDateTime(), nullable=False),
    sa.Column('idempotency_key', sa.String(length=100), nullable=True),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('impact', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('decided_at', app.extensions.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_order_revisions_actor_id_users')),
    sa.ForeignKeyConstraint(['order_id'], ['product_orders.id'], name=op.f('fk_order_revisions_order_id_product_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_revisions')),
    sa.UniqueConstraint('order_id', 'number', name='uq_order_revisions_number'),
    sa.UniqueConstraint('order_id', 'idempotency_key', name='uq_order_revisions_idempotency_key')
    )
    with op.batch_alter_table('order_revisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_revisions_order_id'), ['order_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('order_revisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_revisions_order_id'))
    op.drop_table('order_revisions')
