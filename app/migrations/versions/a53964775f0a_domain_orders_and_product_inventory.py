"""domain orders and product inventory

Revision ID: a53964775f0a
Revises: 059564523a41
Create Date: 2026-11-29 03:26:57.637494
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.extensions

revision = 'a53964775f0a'
down_revision = '059564523a41'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('domain_orders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('spec_name', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('item_seqs', sa.JSON(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('plan', sa.String(length=100), nullable=False),
    sa.Column('instance_id', sa.Integer(), nullable=True),
    sa.Column('depends_on', sa.JSON(), nullable=False),
    sa.Column('requires', sa.JSON(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('result', sa.JSON(), nullable=False),
    sa.Column('created_at', app.extensions.UTCDateTime(), nullable=False),
    sa.Column('started_at', app.extensions.UTCDateTime(), nullable=True),
    sa.Column('completed_at', app.extensions.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['instance_id'], ['process_instances.id'], name=op.f('fk_domain_orders_instance_id_process_instances')),
    sa.ForeignKeyConstraint(['order_id'], ['product_orders.id'], name=op.f('fk_domain_orders_order_id_product_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_domain_orders'))
    )
    with op.batch_alter_table('domain_orders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_domain_orders_instance_id'), ['instance_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_domain_orders_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_domain_orders_state'), ['state'], unique=False)

    op.create_table('inventory_products',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('item_seq', sa.Integer(), nullable=False),
    sa.Column('offering_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('characteristics', sa.JSON(), nullable=False),
    sa.Column('services', sa.JSON(), nullable=False),
    sa.Column('resources', sa.JSON(), nullable=False),
    sa.Column('start_date', app.extensions.UTCDateTime(), nullable=False),
    sa.Column('terminated_at', app.extensions.UTCDateTime(), nullable=True),
    sa.Column('updated_at', app.extensions.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['customer_accounts.id'], name=op.f('fk_inventory_products_account_id_customer_accounts')),
    sa.ForeignKeyConstraint(['offering_id'], ['catalog_offerings.id'], name=op.f('fk_inventory_products_offering_id_catalog_offerings')),
    sa.ForeignKeyConstraint(['order_id'], ['product_orders.id'], name=op.f('fk_inventory_products_order_id_product_orders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inventory_products'))
    )
    with op.batch_alter_table('inventory_products', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inventory_products_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inventory_products_order_id'), ['order_id'], unique=False)

    op.create_table('contracts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('term_months', sa.Integer(), nullable=False),
    sa.Column('recurring_charge', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('one_time_charge', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('start_date', app.extensions.UTCDateTime(), nullable=False),
    sa.Column('end_date', app.extensions.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['customer_accounts.id'], name=op.f('fk_contracts_account_id_customer_accounts')),
    sa.ForeignKeyConstraint(['order_id'], ['product_orders.id'], name=op.f('fk_contracts_order_id_product_orders')),
    sa.ForeignKeyConstraint(['product_id'], ['inventory_products.id'], name=op.f('fk_contracts_product_id_inventory_products')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contracts'))
    )
    with op.batch_alter_table('contracts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contracts_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contracts_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contracts_product_id'), ['product_id'], unique=False)

    op.create_table('entitlements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('service', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('created_at', app.extensions.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['customer_accounts.id'], name=op.f('fk_entitlements_account_id_customer_accounts')),
    sa.ForeignKeyConstraint(['order_id'], ['product_orders.id'], name=op.f('fk_entitlements_order_id_product_orders')),
    sa.ForeignKeyConstraint(['product_id'], ['inventory_products.id'], name=op.f('fk_entitlements_product_id_inventory_products')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entitlements'))
    )
    with op.batch_alter_table('entitlements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entitlements_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_entitlements_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_entitlements_product_id'), ['product_id'], unique=False)

    # ### end Alembic commands ###


def downgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table('entitlements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entitlements_product_id'))
        batch_op.drop_index(batch_op.f('ix_entitlements_order_id'))
        batch_op.drop_index(batch_op.f('ix_entitlements_account_id'))

    op.drop_table('entitlements')
    with op.batch_alter_table('contracts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contracts_product_id'))
        batch_op.drop_index(batch_op.f('ix_contracts_order_id'))
        batch_op.drop_index(batch_op.f('ix_contracts_account_id'))

    op.drop_table('contracts')
    with op.batch_alter_table('inventory_products', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inventory_products_order_id'))
        batch_op.drop_index(batch_op.f('ix_inventory_products_account_id'))

    op.drop_table('inventory_products')
    with op.batch_alter_table('domain_orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_domain_orders_state'))
        batch_op.drop_index(batch_op.f('ix_domain_orders_order_id'))
        batch_op.drop_index(batch_op.f('ix_domain_orders_instance_id'))