"""Data fixed during fulfilment (a fallout's "fix data and retry") written back to the order's lines."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.extensions import db
from app.orders.models import ProductOrder
from app.orders.timeline import line_change
from app.orders.timeline import record


def fix_order_lines(order_id: int, values: Mapping[str, Any], *, actor_id: int | None) -> list[int]:
    """Set each of ``values`` that is a characteristic of a line of the order; return the lines changed.

    Only characteristics the line already has are touched: a task's other inputs are not the order's.
    """
    order = db.session.get(ProductOrder, order_id)
    if order is None:
        return []
    changed: list[int] = []
    said: list[str] = []
    applied: dict[str, Any] = {}
    for item in order.items:
        fixes = {name: value for name, value in values.items()
                 if name in item.characteristics and item.characteristics[name] != value}
        if fixes:
            said.append(line_change(item.offering_id, item.offering_name, item.characteristics, fixes, fixes))
            item.characteristics = {**item.characteristics, **fixes}
            changed.append(item.seq)
            applied.update(fixes)
    if changed:  # only what reached the lines: the task's other inputs did not change the order
        record(order, "data_fixed", actor_id=actor_id, message=", ".join(f"{k} = {v}" for k, v in applied.items()),
               detail={"lines": changed, "values": applied, "changes": said})
    return changed
