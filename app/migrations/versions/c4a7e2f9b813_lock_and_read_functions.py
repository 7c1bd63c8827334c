"""PostgreSQL: functions that lock a row and then read what goes with it, so that one statement locks and reads
it as it is once the lock is held: an order and its domain orders (app/orchestration/service.lock_order), an
answered call to another system and its process instance (app/instances/service._lock_for_the_record)

Revision ID: c4a7e2f9b813
Revises: 9ae938e7d5e4
Create Date: 2026-12-07 10:55:00.000000
"""
from __future__ import annotations

from alembic import op

revision = 'c4a7e2f9b813'
down_revision = '9ae938e7d5e4'
branch_labels = None
depends_on = None

# VOLATILE and PL/pgSQL: under READ COMMITTED each query in the body takes a new snapshot, so the domain orders
# are read after the lock was granted, with whatever the transaction that held it committed.
LOCK_ORDER = """
CREATE FUNCTION ordra_lock_order(locked_order_id integer) RETURNS SETOF domain_orders
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM 1 FROM product_orders WHERE id = locked_order_id FOR UPDATE;
  RETURN QUERY SELECT * FROM domain_orders WHERE order_id = locked_order_id ORDER BY id;
END
$$
"""
LOCK_CALL = """
CREATE FUNCTION ordra_lock_call(locked_call_id integer) RETURNS SETOF process_instances
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM 1 FROM service_calls WHERE id = locked_call_id FOR UPDATE;
  RETURN QUERY SELECT * FROM process_instances
    WHERE id = (SELECT instance_id FROM service_calls WHERE id = locked_call_id);
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(LOCK_ORDER)
        op.execute(LOCK_CALL)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION ordra_lock_call(integer)")
        op.execute("DROP FUNCTION ordra_lock_order(integer)")
