"""Recording what happens to an order (its timeline)."""
from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from typing import Any

from sqlalchemy import inspect

from app.catalog.service import characteristic_display
from app.database import insert_at_commit
from app.database import insert_even_if_rolled_back
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


def record_refusal(order: ProductOrder, kind: str, *, actor_id: int | None, message: str,
                   detail: dict[str, Any]) -> None:
    """Add a refusal to the order's timeline (a cancellation refused), kept even if the unit of work is rolled
    back: a request answered with an error (409) changes nothing else, but that it was asked and refused is
    history."""
    insert_even_if_rolled_back(OrderEvent, {"order_id": order.id, "at": utcnow(), "actor_id": actor_id, "kind": kind,
                                            "message": message, "detail": detail})


def line_change(offering_id: int | None, offering_name: str, before: Mapping[str, Any], after: Mapping[str, Any],
                names: Iterable[str]) -> str:
    """A change of a line's characteristics in the words of the order pages, which the customer reads too:
    "Business Fibre Internet: Bandwidth 500 → 1000 Mbps" (the catalog's labels and units)."""
    shown = characteristic_display(offering_id)
    return f"{offering_name}: " + ", ".join(
        f"{shown.label(name)} {_shown(before.get(name))} → {_shown(after.get(name))}"
        + (f" {shown.unit(name)}" if shown.unit(name) else "") for name in sorted(names))


def _shown(value: Any) -> str:
    return "yes" if value is True else "no" if value is False else "none" if value in (None, "") else str(value)
