"""What an order costs: its totals are what the customer has, and what was ordered stays on its record.

An order is priced when it is captured and again when a revision changes its lines. An order closed short
(``partial`` or ``failed``: part of it given up) costs what was delivered: its lines delivered at their own
totals, less the order-wide discounts (:func:`app.catalog.pricing.part_totals`). What was ordered is kept on
the ``closed`` event (``detail["ordered"]``), where :func:`ordered_totals` reads it.
"""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from app.catalog import pricing
from app.catalog.money import money_str
from app.orders.models import OrderItem
from app.orders.models import ProductOrder

CLOSED = "closed"  # the event of an order closed short, which keeps what was ordered


def settle_to_delivered(order: ProductOrder, delivered: Sequence[OrderItem]) -> dict[str, str]:
    """Make the order's totals those of its ``delivered`` lines; what was ordered, as JSON for its record."""
    ordered = totals_json(order.recurring_total, order.one_time_total)
    order.recurring_total, order.one_time_total = pricing.part_totals(
        [(item.recurring_total, item.one_time_total) for item in delivered], order.adjustments)
    return ordered


def ordered_totals(order: ProductOrder) -> tuple[Decimal, Decimal]:
    """The (recurring, one-time) totals of what was ordered: the order's own unless it was closed short (an order
    closed short before its totals followed what was delivered kept the ordered ones)."""
    kept = next((event.detail["ordered"] for event in reversed(order.events)
                 if event.kind == CLOSED and isinstance(event.detail.get("ordered"), dict)), None)
    if kept is None:
        return order.recurring_total, order.one_time_total
    return Decimal(kept["recurring"]), Decimal(kept["one_time"])


def ordered_if_other(order: ProductOrder) -> tuple[Decimal, Decimal] | None:
    """What was ordered, when the order now costs something else (closed short); None when it costs that."""
    ordered = ordered_totals(order)
    return ordered if ordered != (order.recurring_total, order.one_time_total) else None


def totals_json(recurring: Decimal, one_time: Decimal) -> dict[str, str]:
    return {"recurring": money_str(recurring), "one_time": money_str(one_time)}
