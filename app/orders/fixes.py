"""Data fixed during fulfilment (a fallout's "fix data and retry") written back to the order's lines.

What was planned from the old values (the domain orders and their running plans) is not the orders' to know:
the packages above, which planned it, hear of each fix through the listeners the factory registers
(``add_fix_listener``) and bring it in line.
"""
from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from typing import Any

from flask import Flask
from flask import current_app

from app.extensions import db
from app.orders.models import ProductOrder
from app.orders.timeline import line_change
from app.orders.timeline import record

FixListener = Callable[[ProductOrder, Mapping[str, Any], int | None], None]
_FIXED = "ordra_order_fix_listeners"


def add_fix_listener(app: Flask, listener: FixListener) -> None:
    """Call ``listener`` in the same unit of work with the order and the values a fix set on its lines (and who
    fixed them), once they are set."""
    registered: list[FixListener] = app.extensions.setdefault(_FIXED, [])
    if listener not in registered:
        registered.append(listener)


def fix_listeners() -> Sequence[FixListener]:
    return tuple(current_app.extensions.get(_FIXED, ()))


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
        for listener in fix_listeners():
            listener(order, applied, actor_id)
    return changed
