"""How many items one order may have, at every door (TMF622, the workspace, the portal, revisions, imports).

Each item is validated against the catalog and priced inside the request that sends it, so the count is
bounded before any of that work; bigger orders go through ``ordra orders import``, which runs as jobs.
"""
from __future__ import annotations

from flask import current_app
from flask import has_app_context

from app.errors import TooLarge

MAX_ORDER_ITEMS = 100  # config ORDER_MAX_ITEMS


def max_order_items() -> int:
    return int(current_app.config.get("ORDER_MAX_ITEMS", MAX_ORDER_ITEMS)) if has_app_context() else MAX_ORDER_ITEMS


def too_many_items_message(limit: int) -> str:
    return f"an order may have at most {limit} items; send bigger orders as a bulk import"


def check_item_count(count: int, field: str = "productOrderItem") -> None:
    """:raises TooLarge: (413) naming ``field`` when ``count`` is over ``ORDER_MAX_ITEMS``."""
    limit = max_order_items()
    if count > limit:
        raise TooLarge(errors=[{"field": field, "message": too_many_items_message(limit)}])
