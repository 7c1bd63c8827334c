"""tmf hubs, events and deliveries; standalone offering prices; integrator data: specification lifecycle, channels, notes, related parties, requested start, client item ids and relationships

Revision ID: 5a1f0c3e7d21
Revises: 5d2f8a91c0e4
Create Date: 2026-12-04 22:50:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.extensions

revision = '5a1f0c3e7d21'
down_revision = '5d2f8a91c0e4'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('catalog_prices', schema=None) as batch_op:
        batch_op.alter_column('offering_id', existing_type=sa.Integer(), nullable=True)
        batch_op.drop_constraint(op.f('ck_catalog_prices_fixed_or_decision'), type_='check')
        batch_op.create_check_constraint('fixed_or_decision', 'offering_id IS NULL OR (amount IS NULL) <> (decision_id IS NULL)')
        batch_op.add_column(sa.Column('description', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('lifecycle_status', sa.String(length=20), nullable=False, server_default='Active'))
        batch_op.add_column(sa.Column('last_update', app.extensions.UTCDateTime(timezone=True), nullable=False,
                                      server_default=sa.func.current_timestamp()))
    op.create_table('tmf_hubs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('api', sa.String(length=40), nullable=False),
    sa.Column('callback', sa.String(length=500), nullable=False),
    sa.Column('query', sa.String(length=500), nullable=False),
    sa.Column('secret', sa.String(length=200), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', app.extensions.UTCDateTime(timezone=True), nullable=False),
    sa.Column('ended_at', app.extensions.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_tmf_hubs_created_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tmf_hubs'))
    )
    with op.batch_alter_table('tmf_hubs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tmf_hubs_api'), ['api'], unique=False)
    op.create_table('tmf_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('api', sa.String(length=40), nullable=False),
    sa.Column('event_type', sa.String(length=80), nullable=False),
    sa.Column('resource', sa.String(length=80), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('created_at', app.extensions.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tmf_events'))
    )
    with op.batch_alter_table('tmf_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tmf_events_resource'), ['resource'], unique=False)
        batch_op.create_index(batch_op.f('ix_tmf_events_order_id'), ['order_id'], unique=False)
    op.create_table('tmf_deliveries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('hub_id', sa.Integer(), nullable=False),
    sa.Column('resource', sa.String(length=80), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', app.extensions.UTCDateTime(timezone=True), nullable=False),
    sa.Column('last_status', sa.Integer(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('delivered_at', app.extensions.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['tmf_events.id'], name=op.f('fk_tmf_deliveries_event_id_tmf_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['hub_id'], ['tmf_hubs.id'], name=op.f('fk_tmf_deliveries_hub_id_tmf_hubs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tmf_deliveries'))
    )
    with op.batch_alter_table('tmf_deliveries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tmf_deliveries_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tmf_deliveries_hub_id'), ['hub_id'], unique=False)
        batch_op.create_index('ix_tmf_deliveries_due', ['status', 'next_attempt_at'], unique=False)
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
        batch_op.add_column(sa.Column('service_order_id', sa.Integer(), nullable=True))


def downgrade() -> None:
    op.execute("DELETE FROM catalog_prices WHERE offering_id IS NULL")
    with op.batch_alter_table('catalog_prices', schema=None) as batch_op:
        batch_op.drop_column('last_update')
        batch_op.drop_column('lifecycle_status')
        batch_op.drop_column('description')
        batch_op.drop_constraint(op.f('ck_catalog_prices_fixed_or_decision'), type_='check')
        batch_op.create_check_constraint('fixed_or_decision', '(amount IS NULL) <> (decision_id IS NULL)')
        batch_op.alter_column('offering_id', existing_type=sa.Integer(), nullable=False)
    op.drop_table('tmf_deliveries')
    op.drop_table('tmf_events')
    op.drop_table('tmf_hubs')
    with op.batch_alter_table('order_cancellations', schema=None) as batch_op:
        batch_op.drop_column('service_order_id')
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
