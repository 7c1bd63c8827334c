"""closure days added in the browser or the API, on top of the configured holidays of the business clock

Revision ID: d5e8a1c7f3b2
Revises: b7f3c9e2d4a1
Create Date: 2026-12-07 05:20:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.extensions

revision = 'd5e8a1c7f3b2'
down_revision = 'b7f3c9e2d4a1'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('closure_days',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('added_by_id', sa.Integer(), nullable=True),
    sa.Column('added_at', app.extensions.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['added_by_id'], ['users.id'], name=op.f('fk_closure_days_added_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_closure_days')),
    sa.UniqueConstraint('day', name=op.f('uq_closure_days_day'))
    )


def downgrade() -> None:
    op.drop_table('closure_days')
