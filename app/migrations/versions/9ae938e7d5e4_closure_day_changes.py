"""the history of the closure days: who added or removed which day, when, and how much open work each change
re-timed and put at risk

Revision ID: 9ae938e7d5e4
Revises: d5e8a1c7f3b2
Create Date: 2026-12-07 07:27:12.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.extensions

revision = '9ae938e7d5e4'
down_revision = 'd5e8a1c7f3b2'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('closure_day_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('change', sa.String(length=10), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('at', app.extensions.UTCDateTime(timezone=True), nullable=False),
    sa.Column('retimed', sa.Integer(), nullable=False),
    sa.Column('now_at_risk', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_closure_day_changes_actor_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_closure_day_changes'))
    )


def downgrade() -> None:
    op.drop_table('closure_day_changes')
