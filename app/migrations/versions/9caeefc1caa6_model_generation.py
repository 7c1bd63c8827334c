"""The model generation: one row whose number changes with every write to the tables whose answers the
processes keep across transactions (deployed models, the catalog, TMF hubs, simulator rules; issue 18)

Revision ID: 9caeefc1caa6
Revises: 3e8d5c7a9b10
Create Date: 2026-12-06 10:00:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '9caeefc1caa6'
down_revision = '3e8d5c7a9b10'
branch_labels = None
depends_on = None


def upgrade() -> None:
    generation = op.create_table('model_generation',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('generation', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_model_generation'))
    )
    op.bulk_insert(generation, [{'id': 1, 'generation': 0}])


def downgrade() -> None:
    op.drop_table('model_generation')
