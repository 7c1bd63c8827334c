"""the roles an API token may use (NULL: all its user's roles, so every token issued before keeps working)

Revision ID: e41b7d9c2a58
Revises: c8e4a2f6d1b9
Create Date: 2026-12-06 20:30:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'e41b7d9c2a58'
down_revision = 'c8e4a2f6d1b9'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('api_tokens', schema=None) as batch_op:
        batch_op.add_column(sa.Column('roles', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('api_tokens', schema=None) as batch_op:
        batch_op.drop_column('roles')
