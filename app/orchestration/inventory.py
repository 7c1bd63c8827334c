"""Closing an order: product inventory (TMF637), contracts and entitlements from what was fulfilled."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from flask import current_app
from sqlalchemy import select

from app.catalog.money import money_str
from app.database import utcnow
from app.extensions import db
from app.orchestration.decomposition import existing_product
from app.orchestration.models import Contract
from app.orchestration.models import DomainOrder
from app.orchestration.models import Entitlement
from app.orchestration.service import CLOSED_SHORT
from app.orchestration.service import domain_orders
from app.orchestration.service import get_order
from app.orchestration.service import lock_order
from app.orchestration.service import needed
from app.orders import totals
from app.orders.models import InventoryProduct
from app.orders.models import OrderItem
from app.orders.models import ProductOrder
from app.orders.timeline import record


def close_order(order_id: int) -> dict[str, Any]:
    """Create/update the customer's inventory for every line delivered and complete the order.

    ``add`` creates a product with a contract and an entitlement per activated service; ``modify``
    updates the product's characteristics, realising services/resources and billing item and replaces its
    contract; ``delete`` terminates it, ends its contracts and revokes its entitlements. An order
    part of which was given up (``partial``, or ``failed`` with nothing delivered) keeps its state: its
    delivered lines are closed so, the others are ``failed``. Idempotent: a closed order is returned as it is.
    """
    order = lock_order(order_id)
    if order.completed_at is None:
        domains = needed(domain_orders(order_id))
        delivered = [item for item in order.items if _delivered(item, domains)]
        added: list[tuple[OrderItem, list[DomainOrder], InventoryProduct]] = []
        for item in delivered:
            mine = [d for d in domains if item.seq in d.item_seqs]
            if item.action == "add":
                added.append((item, mine, _new_product(order, item, mine)))
            else:
                _CLOSERS[item.action](order, item, mine)
        db.session.flush()  # the new products together (one INSERT): their ids
        for item, mine, product in added:
            item.product_ref = str(product.id)
            _contract(order, item, product)
            _entitle(order, product, mine)
        for item in order.items:  # after the flush: one UPDATE per line writes its state with its product
            item.state = "completed" if item in delivered else "failed"
        order.completed_at = utcnow()
        if order.state in CLOSED_SHORT:
            _close_short(order, delivered)
        else:
            order.state = "completed"
            record(order, "completed", message="inventory, contracts and entitlements updated")
    return {"order_id": order_id, "products": _products_acted_on(order)}


def _close_short(order: ProductOrder, delivered: list[OrderItem]) -> None:
    """Record which lines were delivered; the order now costs what they do, and what was ordered stays on record."""
    ordered = totals.settle_to_delivered(order, delivered)
    record(order, totals.CLOSED, message=f"{len(delivered)} of {len(order.items)} lines delivered; inventory, "
           "contracts and entitlements updated for them; the totals are now theirs: "
           f"{money_str(order.recurring_total)} a month and {money_str(order.one_time_total)} once "
           f"(ordered: {ordered['recurring']} a month and {ordered['one_time']} once)",
           detail={"delivered": [i.offering_name for i in delivered],
                   "not_delivered": [i.offering_name for i in order.items if i not in delivered], "ordered": ordered})


def _delivered(item: OrderItem, domains: list[DomainOrder]) -> bool:
    """Every domain order realising ``item`` completed (a line realised by none has nothing left to do)."""
    return all(d.state == "completed" for d in domains if item.seq in d.item_seqs)


def _products_acted_on(order: ProductOrder) -> list[int]:
    """The ids of the products the order's lines created or acted on: each line keeps its product's id once
    the order is closed (the products of :func:`products_of_order`, without reading them)."""
    return sorted({int(ref) for item in order.items if (ref := item.product_ref).isascii() and ref.isdigit()})


def products_of_order(order_id: int) -> list[InventoryProduct]:
    """Products this order created or acted on."""
    order = get_order(order_id)
    refs = [int(i.product_ref) for i in order.items if i.product_ref.isdigit()]
    return list(db.session.scalars(select(InventoryProduct).where(
        (InventoryProduct.order_id == order_id) | InventoryProduct.id.in_(refs)).order_by(InventoryProduct.id)))


def _new_product(order: ProductOrder, item: OrderItem, domains: list[DomainOrder]) -> InventoryProduct:
    """The product an ``add`` line creates (unflushed; its contract and entitlements follow once it has an id)."""
    product = InventoryProduct(account_id=order.account_id, order_id=order.id, item_seq=item.seq,
                               offering_id=item.offering_id, name=item.offering_name,
                               characteristics=dict(item.characteristics), services=_services(domains),
                               resources=_resources(domains), billing=_billing(domains))
    db.session.add(product)
    return product


def _modify(order: ProductOrder, item: OrderItem, domains: list[DomainOrder]) -> None:
    product = existing_product(order, item)
    product.characteristics = {**product.characteristics, **item.characteristics}
    _keep_realised(product, domains)
    _end_contracts(product, utcnow())
    _contract(order, item, product)
    _entitle(order, product, domains)


def _delete(order: ProductOrder, item: OrderItem, domains: list[DomainOrder]) -> None:
    product = existing_product(order, item)
    _keep_realised(product, domains)  # its services ceased, its resources released
    now = utcnow()
    product.status, product.terminated_at = "terminated", now
    _end_contracts(product, now)
    for entitlement in db.session.scalars(select(Entitlement).where(Entitlement.product_id == product.id)):
        entitlement.status = "revoked"


def _suspend(order: ProductOrder, item: OrderItem, domains: list[DomainOrder]) -> None:
    _set_status(existing_product(order, item), domains, "suspended", entitlements="suspended")


def _resume(order: ProductOrder, item: OrderItem, domains: list[DomainOrder]) -> None:
    _set_status(existing_product(order, item), domains, "active", entitlements="active")


def _set_status(product: InventoryProduct, domains: list[DomainOrder], status: str, *, entitlements: str) -> None:
    """Suspend or resume a product, its services and its entitlements (revoked ones stay revoked); contracts run on."""
    _keep_realised(product, domains)
    product.status = status
    for entitlement in db.session.scalars(select(Entitlement).where(Entitlement.product_id == product.id,
                                                                    Entitlement.status != "revoked")):
        entitlement.status = entitlements


_CLOSERS = {"modify": _modify, "delete": _delete, "suspend": _suspend, "resume": _resume}


def _keep_realised(product: InventoryProduct, domains: list[DomainOrder]) -> None:
    """Replace the product's records of the services, resources and billing item its line's domain orders acted on
    with what those orders realised (a changed, suspended or ceased service, a new or released resource, a
    re-rated, suspended or stopped billing item)."""
    product.services = _merged(product.services, _services(domains))
    product.resources = _merged(product.resources, _resources(domains))
    billing = _billing(domains)
    if billing is not None:
        product.billing = {**(product.billing or {}), **billing}


def _services(domains: list[DomainOrder]) -> list[dict[str, Any]]:
    return [realised(d) for d in domains if d.type == "service"]


def _resources(domains: list[DomainOrder]) -> list[dict[str, Any]]:
    return [realised(d) for d in domains if d.type == "resource"]


def _billing(domains: list[DomainOrder]) -> dict[str, Any] | None:
    """The record of the billing item the line's product order started or acted on, if it had one."""
    return next((realised(d) for d in domains if d.type == "product" and d.result), None)


# The field of a system's answer that identifies what it realised, by domain order type.
_ID_FIELDS = {"service": "service_id", "resource": "resource_id", "product": "billing_item_id"}


def realised(domain: DomainOrder) -> dict[str, Any]:
    """The inventory record of what a domain order realised: its plan's declared result, one level flat (an
    object output gives its fields, any other output itself), and as ``id`` the id the external system gave it
    (``service_id``, ``resource_id``, the billing system's ``billing_item_id`` for a product order), if any."""
    attributes: dict[str, Any] = {}
    for name, value in domain.result.items():
        attributes.update(value if isinstance(value, dict) else {name: value})
    return {**attributes, "name": domain.spec_name, "id": attributes.get(_ID_FIELDS.get(domain.type, "")),
            "domain_order": domain.id}


def _merged(current: list[dict[str, Any]], changed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``current`` with each entry ``changed`` names updated by it (a system's answer to a change may give only
    what changed, e.g. a release gives the resource's id and status, not its serial number); new ones after."""
    by_name = {entry["name"]: entry for entry in changed}
    kept = [{**entry, **by_name.pop(entry["name"])} if entry["name"] in by_name else entry for entry in current]
    return kept + list(by_name.values())


def _contract(order: ProductOrder, item: OrderItem, product: InventoryProduct) -> None:
    config = current_app.config
    term = int(item.characteristics.get(config["CONTRACT_TERM_CHARACTERISTIC"])
               or (config["CONTRACT_DEFAULT_TERM_MONTHS"] if item.recurring_total else 0))
    start = utcnow()
    db.session.add(Contract(account_id=order.account_id, order_id=order.id, product_id=product.id, term_months=term,
                            recurring_charge=item.recurring_total, one_time_charge=item.one_time_total,
                            currency=order.currency, start_date=start,
                            end_date=_plus_months(start, term) if term else None))


def _end_contracts(product: InventoryProduct, when: datetime) -> None:
    for contract in db.session.scalars(select(Contract).where(Contract.product_id == product.id)):
        if contract.end_date is None or contract.end_date > when:
            contract.end_date = when


def _entitle(order: ProductOrder, product: InventoryProduct, domains: list[DomainOrder]) -> None:
    """An entitlement per service the network identified (a field visit realises no service id: no entitlement)."""
    for domain in domains:
        if domain.type == "service" and realised(domain)["id"] is not None:
            db.session.add(Entitlement(account_id=order.account_id, order_id=order.id, product_id=product.id,
                                       service=domain.spec_name))


def _plus_months(start: datetime, months: int) -> datetime:
    month = start.month - 1 + months
    year, month = start.year + month // 12, month % 12 + 1
    return start.replace(year=year, month=month, day=min(start.day, 28))
