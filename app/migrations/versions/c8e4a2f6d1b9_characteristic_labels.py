"""a display label on catalog characteristics (empty: the name in words, so existing rows read as before)

Revision ID: c8e4a2f6d1b9
Revises: b5d1f0a7c3e2
Create Date: 2026-12-07 10:00:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'c8e4a2f6d1b9'
down_revision = 'b5d1f0a7c3e2'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('catalog_characteristics', schema=None) as batch_op:
        batch_op.add_column(sa.Column('label', sa.String(length=100), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('catalog_characteristics', schema=None) as batch_op:
        batch_op.drop_column('label')
