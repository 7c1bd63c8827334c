"""TMF652 CancelResourceOrder (a cancellation may be asked for through a resource order) and catalog
categories (TMF620 category; offerings in categories) and TMF620 import/export jobs (issue 15)

Revision ID: 7c2e9b4d1f60
Revises: 0ad790703816
Create Date: 2026-12-04 23:30:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.extensions

revision = '7c2e9b4d1f60'
down_revision = '0ad790703816'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('order_cancellations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('resource_order_id', sa.Integer(), nullable=True))
    op.create_table('catalog_categories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('lifecycle_status', sa.String(length=20), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('last_update', app.extensions.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['catalog_categories.id'], name=op.f('fk_catalog_categories_parent_id_catalog_categories'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalog_categories')),
    sa.UniqueConstraint('name', name=op.f('uq_catalog_categories_name'))
    )
    op.create_table('catalog_offering_categories',
    sa.Column('offering_id', sa.Integer(), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['catalog_categories.id'], name=op.f('fk_catalog_offering_categories_category_id_catalog_categories'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['offering_id'], ['catalog_offerings.id'], name=op.f('fk_catalog_offering_categories_offering_id_catalog_offerings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('offering_id', 'category_id', name=op.f('pk_catalog_offering_categories'))
    )
    with op.batch_alter_table('catalog_offering_categories', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalog_offering_categories_category_id'), ['category_id'], unique=False)
    op.create_table('tmf_catalog_jobs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('query', sa.String(length=500), nullable=False),
    sa.Column('source', sa.String(length=500), nullable=False),
    sa.Column('document', sa.JSON(), nullable=True),
    sa.Column('error_log', sa.JSON(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', app.extensions.UTCDateTime(timezone=True), nullable=False),
    sa.Column('completed_at', app.extensions.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_tmf_catalog_jobs_created_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tmf_catalog_jobs'))
    )


def downgrade() -> None:
    op.drop_table('tmf_catalog_jobs')
    with op.batch_alter_table('catalog_offering_categories', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalog_offering_categories_category_id'))

    op.drop_table('catalog_offering_categories')
    op.drop_table('catalog_categories')
    with op.batch_alter_table('order_cancellations', schema=None) as batch_op:
        batch_op.drop_column('resource_order_id')
