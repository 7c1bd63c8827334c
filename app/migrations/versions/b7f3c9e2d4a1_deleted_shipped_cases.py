"""shipped test cases a person deleted, so that ordra seed does not save them again

Revision ID: b7f3c9e2d4a1
Revises: b7e2d4a91c3f
Create Date: 2026-12-07 02:30:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.extensions

revision = 'b7f3c9e2d4a1'
down_revision = 'b7e2d4a91c3f'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('deleted_shipped_cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('model_id', sa.String(length=255), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('deleted_by_id', sa.Integer(), nullable=True),
    sa.Column('deleted_at', app.extensions.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['deleted_by_id'], ['users.id'], name=op.f('fk_deleted_shipped_cases_deleted_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deleted_shipped_cases')),
    sa.UniqueConstraint('kind', 'model_id', 'name', name=op.f('uq_deleted_shipped_cases_kind'))
    )


def downgrade() -> None:
    op.drop_table('deleted_shipped_cases')
