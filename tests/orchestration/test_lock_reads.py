"""On PostgreSQL one statement locks a row and reads what goes with it (``app.database.read_after_lock``): a
statement that waited for the lock must still read what the lock's holder committed, not its snapshot from
before the wait (a plain join with ``FOR UPDATE`` reads the joined rows from that snapshot)."""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import event
from sqlalchemy import select
from sqlalchemy import text
from sqlalchemy import update

from app.engine.models import ProcessInstance
from app.engine.models import ServiceCall
from app.extensions import db
from app.instances.service import _lock_for_the_record
from app.orchestration.models import DomainOrder
from app.orchestration.service import domain_orders
from app.orchestration.service import lock_order
from app.orders.models import ProductOrder
from tests.orchestration.flow import approve
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import place

pytestmark = pytest.mark.postgres
HELD_FOR = 0.6  # seconds the first transaction keeps the lock after changing the rows


def while_another_holds(app: Flask, lock: str, change: Callable[[], None]) -> float:
    """Run ``change`` in a transaction that took ``lock`` (SQL) and commits ``HELD_FOR`` s later, in a thread;
    return when it holds the lock, with the time it will commit."""
    holding = threading.Event()

    def hold() -> None:
        with app.app_context():
            db.session.execute(text(lock))
            change()
            db.session.flush()
            holding.set()
            time.sleep(HELD_FOR)
            db.session.commit()
    threading.Thread(target=hold, daemon=True).start()
    assert holding.wait(10)
    return time.monotonic() + HELD_FOR


def test_the_order_lock_reads_the_domain_orders_its_holder_committed(app: Flask, api: Any,
                                                                    seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="LOCK-READ-1"))
    approve(api, order_id)
    with app.app_context():
        first = db.session.scalar(select(DomainOrder.id).where(DomainOrder.order_id == order_id)
                                  .order_by(DomainOrder.id))
        lock_order(order_id)  # the rows, as this session first saw them
        db.session.rollback()

        def change() -> None:
            db.session.execute(update(DomainOrder).where(DomainOrder.id == first).values(name="renamed meanwhile"))
            db.session.execute(update(ProductOrder).where(ProductOrder.id == order_id)
                               .values(description="changed meanwhile"))
        commits_at = while_another_holds(app, f"SELECT 1 FROM product_orders WHERE id = {order_id} FOR UPDATE",
                                         change)
        order = lock_order(order_id)
        assert time.monotonic() >= commits_at - 0.05  # it waited for the lock
        assert order.description == "changed meanwhile"
        assert [d.name for d in domain_orders(order_id) if d.id == first] == ["renamed meanwhile"]
        db.session.rollback()


def test_a_waves_record_reads_the_instance_its_calls_holder_committed(app: Flask, api: Any,
                                                                    seeded: dict[str, Any]) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="LOCK-READ-2"))
    with app.app_context():
        instance_id = db.session.scalar(select(ProductOrder.instance_id).where(ProductOrder.id == order_id))
        call = ServiceCall(instance_id=instance_id, task_id="t", task_name="A call", connector="demo/none",
                           idempotency_key=f"lock-read-{order_id}")
        db.session.add(call)
        db.session.commit()
        call_id = call.id
        _lock_for_the_record([call_id])  # the instance, as this session first saw it
        db.session.rollback()

        def change() -> None:
            db.session.execute(update(ServiceCall).where(ServiceCall.id == call_id).values(status="failed"))
            db.session.execute(update(ProcessInstance).where(ProcessInstance.id == instance_id)
                               .values(status="cancelled"))
        commits_at = while_another_holds(app, f"SELECT 1 FROM service_calls WHERE id = {call_id} FOR UPDATE",
                                         change)
        held: list[Any] = []  # the session keeps only what is referred to (the record's chain holds them)
        session = db.session()
        event.listen(session, "loaded_as_persistent", lambda _session, row: held.append(row))
        _lock_for_the_record([call_id])
        assert time.monotonic() >= commits_at - 0.05
        statements: list[str] = []
        engine = db.session.get_bind()

        def count(*args: Any) -> None:
            statements.append(str(args[2]))
        event.listen(engine, "before_cursor_execute", count)
        try:
            assert db.session.get(ServiceCall, call_id).status == "failed"  # type: ignore[union-attr]
            assert db.session.get(ProcessInstance, instance_id).status == "cancelled"  # type: ignore[union-attr]
        finally:
            event.remove(engine, "before_cursor_execute", count)
        assert statements == []  # both came with the lock
        db.session.rollback()
