"""Order lines that act on an installed product: modify, delete (disconnect), suspend, resume."""
from __future__ import annotations

from typing import Any

from app.errors import Invalid
from app.extensions import db
from app.orders.models import InventoryProduct
from app.orders.models import ProductOrder
from app.orders.service import order_site

# The product statuses each action may start from.
ALLOWED_FROM = {"modify": ("active",), "delete": ("active", "suspended"), "suspend": ("active",),
                "resume": ("suspended",)}


def installed_characteristics(item: Any, offering_id: int, account_id: int, prefix: str) -> dict[str, Any]:
    """The characteristics of the product ``item`` acts on (``item.product_ref``).

    :raises Invalid: no such product of the account, another offering's, or in a status the
        action cannot start from (suspend an active product, resume a suspended one ...).
    """
    ref = str(item.product_ref or "")
    product = db.session.get(InventoryProduct, int(ref)) if ref.isascii() and ref.isdigit() else None
    field = f"{prefix}.product.id"
    if product is None or product.account_id != account_id:
        raise Invalid(errors=[{"field": field, "message": f"no product {ref!r} in the customer's inventory"}])
    if product.offering_id != offering_id:
        raise Invalid(errors=[{"field": field, "message": f"product {ref} is a {product.name}, not this offering"}])
    if product.status not in ALLOWED_FROM[item.action]:
        needed = " or ".join(ALLOWED_FROM[item.action])
        raise Invalid(errors=[{"field": field, "message": f"product {ref} is {product.status}; "
                                                         f"{item.action} needs it {needed}"}])
    return dict(product.characteristics)


def installed_site(product_refs: list[str]) -> str:
    """The site postcode of the orders that installed these products ("" when none has one).

    A suspend or disconnect of a router names no site, but the router is at the site its order had.
    """
    ids = [int(ref) for ref in product_refs if ref.isascii() and ref.isdigit()]
    for product_id in ids:
        product = db.session.get(InventoryProduct, product_id)
        order = db.session.get(ProductOrder, product.order_id) if product is not None else None
        site = order_site(order) if order is not None else ""
        if site:
            return site
    return ""
