"""when each API token was last used (NULL: never, as every token issued before)

Revision ID: 5d3f9a1c7e20
Revises: e41b7d9c2a58
Create Date: 2026-12-07 02:30:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.extensions

revision = '5d3f9a1c7e20'
down_revision = 'e41b7d9c2a58'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('api_tokens', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_used_at', app.extensions.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('api_tokens', schema=None) as batch_op:
        batch_op.drop_column('last_used_at')
