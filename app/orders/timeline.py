"""Recording what happens to an order (its timeline)."""
from __future__ import annotations

from typing import Any

from app.extensions import db
from app.orders.models import OrderEvent
from app.orders.models import ProductOrder


def record(order: ProductOrder, kind: str, *, actor_id: int | None = None, message: str = "",
           detail: dict[str, Any] | None = None) -> OrderEvent:
    event = OrderEvent(order=order, kind=kind, actor_id=actor_id, message=message, detail=detail or {})
    db.session.add(event)
    return event
