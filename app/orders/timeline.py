"""Recording what happens to an order (its timeline)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import inspect

from app.database import insert_at_commit
from app.database import utcnow
from app.database import write_rows_now
from app.extensions import db
from app.orders.models import OrderEvent
from app.orders.models import ProductOrder


def record(order: ProductOrder, kind: str, *, actor_id: int | None = None, message: str = "",
           detail: dict[str, Any] | None = None) -> None:
    """Add an event to the order's timeline, written with the others at commit.

    An order not yet flushed, or whose timeline this transaction has read already, gets it at once
    (the loaded timeline must show it).
    """
    if order.id is None or "events" not in inspect(order).unloaded:
        write_rows_now(OrderEvent)
        db.session.add(OrderEvent(order=order, kind=kind, actor_id=actor_id, message=message, detail=detail or {}))
        return
    insert_at_commit(OrderEvent, {"order_id": order.id, "at": utcnow(), "actor_id": actor_id, "kind": kind,
                                  "message": message, "detail": detail or {}})
