"""Data fixed during fulfilment (a fallout's "fix data and retry") written back to the order's lines."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.extensions import db
from app.orders.models import ProductOrder
from app.orders.timeline import record


def fix_order_lines(order_id: int, values: Mapping[str, Any], *, actor_id: int | None) -> list[int]:
    """Set each of ``values`` that is a characteristic of a line of the order; return the lines changed.

    Only characteristics the line already has are touched: a task's other inputs are not the order's.
    """
    order = db.session.get(ProductOrder, order_id)
    if order is None:
        return []
    changed = []
    for item in order.items:
        fixes = {name: value for name, value in values.items()
                 if name in item.characteristics and item.characteristics[name] != value}
        if fixes:
            item.characteristics = {**item.characteristics, **fixes}
            changed.append(item.seq)
    if changed:
        record(order, "data_fixed", actor_id=actor_id, message=", ".join(f"{k} = {v}" for k, v in values.items()),
               detail={"lines": changed, "values": dict(values)})
    return changed
