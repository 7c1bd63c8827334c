"""Order lines that act on an installed product: modify, delete (disconnect), suspend, resume."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.catalog import service as catalog
from app.catalog.models import REQUIRES
from app.errors import Invalid
from app.errors import NotFound
from app.extensions import db
from app.labels import line_action_label
from app.orders.models import IN_FLIGHT_STATES
from app.orders.models import InventoryProduct
from app.orders.models import OrderItem
from app.orders.models import ProductOrder
from app.orders.service import order_site
from app.orders.service import site_characteristic

# The product statuses each action may start from.
ALLOWED_FROM = {"modify": ("active",), "delete": ("active", "suspended"), "suspend": ("active",),
                "resume": ("suspended",)}
# What a person may ask for on an installed product that runs over time, by its status (see offered_actions).
STATUS_ACTIONS: dict[str, tuple[str, ...]] = {"active": ("suspend", "delete"), "suspended": ("resume", "delete"),
                                              "terminated": ()}
STATUS_CHANGES = ("suspend", "resume", "delete")


def offered_actions(status: str, offering_id: int) -> tuple[str, ...]:
    """The status changes a product of ``offering_id`` in ``status`` may be asked for: none for a product done
    once (no recurring price in the catalog, e.g. an installation visit), which has nothing to suspend or stop."""
    try:
        runs_over_time = catalog.offering_terms(offering_id).runs_over_time
    except NotFound:  # the offering was deleted from the catalog: nothing to decide a change by
        return ()
    return STATUS_ACTIONS.get(status, ()) if runs_over_time else ()


def installed_characteristics(item: Any, offering_id: int, account_id: int, prefix: str) -> dict[str, Any]:
    """The characteristics of the product ``item`` acts on (``item.product_ref``).

    :raises Invalid: no such product of the account, another offering's, in a status the action cannot
        start from (suspend an active product, resume a suspended one ...), or acted on by an order in flight
        (its status changes when that order closes: two would both start from the status it has now).
    """
    ref = str(item.product_ref or "")
    product = _locked_product(int(ref)) if ref.isascii() and ref.isdigit() else None
    field = f"{prefix}.product.id"
    if product is None or product.account_id != account_id:
        raise Invalid(errors=[{"field": field, "message": f"no product {ref!r} in the customer's inventory"}])
    if product.offering_id != offering_id:
        raise Invalid(errors=[{"field": field, "message": f"product {ref} is a {product.name}, not this offering"}])
    changing = order_changing(product.id)  # first: its status is not the one to start from while that order runs
    if changing is not None:
        raise Invalid(errors=[{"field": field, "message": f"product {ref} is being changed by order {changing.id} "
                                                         f"({changing.state}); order again once it has ended"}])
    if item.action in STATUS_CHANGES and not catalog.offering_terms(offering_id).runs_over_time:
        what = line_action_label(item.action).lower()
        raise Invalid(errors=[{"field": field, "message": f"product {ref} ({product.name}) was done once: "
                                                         f"there is no running service to {what}"}])
    if product.status not in ALLOWED_FROM[item.action]:
        needed = " or ".join(ALLOWED_FROM[item.action])
        raise Invalid(errors=[{"field": field, "message": f"product {ref} is {product.status}; "
                                                         f"{item.action} needs it {needed}"}])
    return dict(product.characteristics)


def dependents_left_behind(items: list[Any], account_id: int) -> list[dict[str, Any]]:
    """An error for each disconnect (``delete`` line) that would leave another product of the account without a
    service it requires (the catalog's ``requires`` relationships: a Static IP Block's addressing requires the
    Internet Access of a Business Fibre Internet), naming those products.

    An operator does not cease the line under an add-on and leave the add-on billed: the customer disconnects
    the dependents in the same order (each a line they see) or first. A dependent that another product of the
    account, staying on, also serves is not left behind.
    """
    leaving = {int(ref) for item in items if item.action == "delete"
               and (ref := str(item.product_ref or "")).isascii() and ref.isdigit()}
    if not leaving:
        return []
    needs = _needing(account_id, leaving)
    errors = []
    for index, item in enumerate(items):
        ref = str(item.product_ref or "")
        needing = needs.get(int(ref), []) if item.action == "delete" and ref.isascii() and ref.isdigit() else []
        if needing:
            names = ", ".join(f"{product.name} (product {product.id})" for product in needing)
            prefix = item.field_prefix or f"productOrderItem[{index}]"
            errors.append({"field": f"{prefix}.product.id",
                           "message": f"product {ref} cannot be disconnected on its own: {names} "
                                      f"{'needs' if len(needing) == 1 else 'need'} it; disconnect "
                                      f"{'that' if len(needing) == 1 else 'those'} first, or both in one order"})
    return errors


def needed_by(account_id: int, product_id: int) -> list[InventoryProduct]:
    """The products of the account that would be left without a service they require if ``product_id`` alone
    were disconnected (empty when it may go on its own)."""
    return _needing(account_id, {product_id}).get(product_id, [])


def _needing(account_id: int, leaving: set[int]) -> dict[int, list[InventoryProduct]]:
    """For each product in ``leaving``, the live products staying on that require a service only it provides."""
    live = db.session.scalars(select(InventoryProduct).where(
        InventoryProduct.account_id == account_id, InventoryProduct.status.in_(ALLOWED_FROM["delete"]))
        .order_by(InventoryProduct.id)).all()
    provided = {product.id: _specs(product.offering_id, required=False) for product in live}
    staying = [product for product in live if product.id not in leaving]
    still_served = set().union(*(provided[product.id] for product in staying))
    return {product_id: [product for product in staying
                         if (_specs(product.offering_id, required=True) - still_served) & provided[product_id]]
            for product_id in leaving if product_id in provided}


def _specs(offering_id: int, *, required: bool) -> set[int]:
    """The specifications an offering's product is realized by (``required=False``: what it provides), or those
    its services require of another product (``required=True``)."""
    try:
        tree = catalog.spec_tree(offering_id)
    except NotFound:
        return set()
    if tree is None:
        return set()
    return {node.specification.id for _, node in tree.walk()
            if (node.relationship_type == REQUIRES) == required}


def _locked_product(product_id: int) -> InventoryProduct | None:
    """The product, its row locked until the transaction ends, as last committed: two orders placed on one product
    at once (a suspend and a disconnect) take turns, so the second finds the first in flight (:func:`order_changing`
    reads after the lock) instead of both passing the check and both running."""
    return db.session.scalar(select(InventoryProduct).where(InventoryProduct.id == product_id).with_for_update()
                             .execution_options(populate_existing=True))


def order_changing(product_id: int) -> ProductOrder | None:
    """The submitted order, not ended yet, with a line acting on the product (None if there is none)."""
    return db.session.scalars(select(ProductOrder).join(OrderItem, OrderItem.order_id == ProductOrder.id).where(
        OrderItem.product_ref == str(product_id), ProductOrder.state.in_(IN_FLIGHT_STATES))
        .order_by(ProductOrder.id).limit(1)).first()


def installed_site(product_refs: list[str]) -> dict[str, Any]:
    """What the inventory knows of the site of these products: the enrichment the order that installed the first
    of them with a site recorded (its serving exchange, the technical details a person entered ...), and that site
    under the site characteristic's name ({} when none has a site).

    A suspend or disconnect of a router names no site, but the router is at the site its order had; and what was
    learnt of that site then still holds, so the order's process need not ask a person for it again.
    """
    ids = [int(ref) for ref in product_refs if ref.isascii() and ref.isdigit()]
    for product_id in ids:
        product = db.session.get(InventoryProduct, product_id)
        order = db.session.get(ProductOrder, product.order_id) if product is not None else None
        site = order_site(order) if order is not None else ""
        if order is not None and site:
            return {**(order.enrichment or {}), site_characteristic(): site}
    return {}
