"""Order capture: one service behind the workspace, the portal, the TMF622 API and bulk import.

Every door turns its input into an :class:`OrderRequest`; ``capture`` validates it against the
catalog, prices it, stores it (``acknowledged``, or ``draft`` when only saved) and, on submit,
starts the customer-order process.
"""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.catalog import pricing
from app.catalog import service as catalog
from app.database import utcnow
from app.errors import Invalid
from app.errors import NotFound
from app.extensions import db
from app.orders.accounts import account_by_id
from app.orders.inventory_lines import dependents_left_behind
from app.orders.inventory_lines import installed_characteristics
from app.orders.limits import check_item_count
from app.orders.models import ITEM_ACTIONS
from app.orders.models import CustomerAccount
from app.orders.models import OrderItem
from app.orders.models import ProductOrder
from app.orders.timeline import record

CHANNELS = ("workspace", "portal", "api", "import")
ACTS_ON_INVENTORY = ("modify", "delete", "suspend", "resume")
CHARGED = ("add", "modify")


@dataclass
class ItemRequest:
    offering_id: int | str | None
    action: str = "add"
    quantity: int = 1
    characteristics: dict[str, Any] = field(default_factory=dict)
    adjustments: list[dict[str, Any]] = field(default_factory=list)
    product_ref: str = ""
    client_id: str = ""  # the integrator's item id, returned as sent
    relationships: list[dict[str, Any]] = field(default_factory=list)
    field_prefix: str = ""  # how the door names this item in error messages, e.g. productOrderItem[0]


@dataclass
class OrderRequest:
    account_id: int | None
    items: list[ItemRequest]
    external_id: str | None = None
    description: str = ""
    requested_completion_date: datetime | None = None
    priority: str = ""
    adjustments: list[dict[str, Any]] = field(default_factory=list)
    requested_start_date: datetime | None = None
    channels: list[dict[str, Any]] = field(default_factory=list)  # as the integrator sent them
    notes: list[dict[str, Any]] = field(default_factory=list)
    related_parties: list[dict[str, Any]] = field(default_factory=list)


def capture(request: OrderRequest, *, actor_id: int | None, channel: str,
            submit: bool = True) -> tuple[ProductOrder, bool]:
    """Validate, price and store an order; start its process when ``submit``.

    :return: ``(order, True)`` for a new order; ``(existing, False)`` when the account already sent
        this external id (a retried request must not order twice).
    :raises Invalid: every problem, each naming its field (``productOrderItem[1].quantity``...).
    """
    check_item_count(len(request.items))
    account = _account(request.account_id)
    existing = _by_external_id(account.id, request.external_id)
    if existing is not None:
        return existing, False
    priced_lines, errors = _validated_lines(request.items, account.id)
    if errors:
        raise Invalid(errors=errors)
    totals = pricing.price_order([line for _, line in priced_lines], request.adjustments,
                                 limits=pricing.approval_limits())
    order = ProductOrder(account=account, channel=channel, external_id=request.external_id or None,
                         description=request.description, requested_completion_date=request.requested_completion_date,
                         priority=request.priority, created_by_id=actor_id, state="draft",
                         requested_start_date=request.requested_start_date, channels=request.channels,
                         notes=request.notes, related_parties=request.related_parties)
    apply_prices(order, priced_lines, totals)
    db.session.add(order)
    raced = _flush_unless_raced(account.id, request.external_id)
    if raced is not None:
        return raced, False
    record(order, "captured", actor_id=actor_id, message=f"captured via {channel}")
    if submit:
        submit_order(order, actor_id=actor_id)
    return order, True


def _account(account_id: int | None) -> CustomerAccount:
    account = account_by_id(account_id) if account_id else None
    if account is None:
        raise Invalid(errors=[{"field": "relatedParty", "message": f"unknown customer account {account_id!r}"}])
    return account


def _by_external_id(account_id: int, external_id: str | None) -> ProductOrder | None:
    if not external_id:
        return None
    return db.session.scalar(select(ProductOrder).where(ProductOrder.account_id == account_id,
                                                        ProductOrder.external_id == external_id))


def _flush_unless_raced(account_id: int, external_id: str | None) -> ProductOrder | None:
    """Flush the new order; when a concurrent request stored the same external id first, return that order.

    The unique constraint is the arbiter: the loser's flush fails, and its unit of work is rolled back
    whole (a savepoint would not do: on SQLite a first savepoint's release commits). The other order is
    committed by then, so reading it again finds it.
    """
    try:
        db.session.flush()
    except IntegrityError:
        db.session.rollback()
        existing = _by_external_id(account_id, external_id)
        if existing is None:
            raise
        return existing
    return None


def _validated_lines(items: list[ItemRequest],
                     account_id: int | None = None) -> tuple[list[tuple[ItemRequest, Any]], list[dict[str, Any]]]:
    errors: list[dict[str, Any]] = []
    lines = []
    if not items:
        errors.append({"field": "productOrderItem", "message": "an order needs at least one item"})
    for index, item in enumerate(items):
        prefix = item.field_prefix or f"productOrderItem[{index}]"
        try:
            lines.append((item, price_item(item, prefix, account_id)))
        except Invalid as exc:
            errors.extend(exc.errors)
    if account_id is not None and not errors:
        errors.extend(dependents_left_behind(items, account_id))
    return lines, errors


def price_item(item: ItemRequest, prefix: str, account_id: int | None = None, *, sold_already: bool = False) -> Any:
    """Validate one item against the catalog and price it (a ``pricing.PricedLine``); stores nothing.

    Types ``item.characteristics`` and fills in their defaults. The workspace's live quotes use
    it too, so a quote and a captured order name the same fields in their errors. A line acting on
    an installed product (``modify``, ``delete``, ``suspend``, ``resume``; checked when ``account_id``
    is given) starts from the product's characteristics; only ``add`` and ``modify`` are charged.
    A new ``add`` line needs an offering on sale now; ``sold_already`` is an order's existing line
    (repriced by a revision), which keeps the offering it was sold with.

    :raises Invalid: every problem of the item, each field starting with ``prefix``.
    """
    problems = []
    if item.action not in ITEM_ACTIONS:
        problems.append({"field": f"{prefix}.action", "message": f"must be one of {', '.join(ITEM_ACTIONS)}"})
    if not isinstance(item.quantity, int) or isinstance(item.quantity, bool) or not 1 <= item.quantity <= 1000:
        problems.append({"field": f"{prefix}.quantity", "message": "must be a whole number from 1 to 1000"})
    offering = _offering(item.offering_id)
    if offering is None:
        problems.append({"field": f"{prefix}.productOffering.id",
                         "message": f"unknown product offering {item.offering_id!r}"})
        raise Invalid(errors=problems)
    if item.action == "add" and not sold_already and (why := offering.not_on_sale(utcnow())):
        problems.append({"field": f"{prefix}.productOffering.id", "message": why})
    if item.action in ACTS_ON_INVENTORY and account_id is not None:
        try:
            item.characteristics = {**installed_characteristics(item, offering.id, account_id, prefix),
                                    **item.characteristics}
        except Invalid as exc:
            raise Invalid(errors=problems + exc.errors) from None
    try:
        item.characteristics = catalog.validate_characteristics(offering, item.characteristics)
    except Invalid as exc:
        problems += [{**e, "field": f"{prefix}.product.productCharacteristic.{e.get('field')}"} for e in exc.errors]
    if problems:
        raise Invalid(errors=problems)
    try:
        priced = pricing.price_line(offering, item.characteristics, item.quantity, item.adjustments)
    except Invalid as exc:
        raise Invalid(errors=[{**e, "field": f"{prefix}.{e.get('field') or 'adjustments'}"}
                              for e in exc.errors]) from None
    return priced if item.action in CHARGED else pricing.free(priced)


def _offering(reference: int | str | None) -> catalog.OfferingTerms | None:
    """An offering by id, or by exact name (import files and people use names)."""
    try:
        return catalog.offering_terms(reference)
    except NotFound:
        offering = catalog.offering_by_name(reference) if isinstance(reference, str) else None
        return None if offering is None else catalog.terms_of(offering)


def apply_prices(order: ProductOrder, lines: list[tuple[ItemRequest, Any]], totals: Any) -> None:
    """Replace the order's items by the priced ``lines`` and set its discounts, totals and approval need."""
    order.items = [
        OrderItem(seq=index + 1, action=item.action, offering_id=line.offering_id, offering_name=line.offering_name,
                  quantity=item.quantity, characteristics=item.characteristics,
                  adjustments=[pricing.adjustment_json(a) for a in line.adjustments],
                  unit_recurring=line.unit_recurring, unit_one_time=line.unit_one_time,
                  recurring_total=line.recurring_total, one_time_total=line.one_time_total,
                  product_ref=item.product_ref, client_id=item.client_id, relationships=item.relationships)
        for index, (item, line) in enumerate(lines)]
    apply_totals(order, totals)


def apply_totals(order: ProductOrder, totals: pricing.PricedOrder) -> None:
    """Set the order's discounts (with what each takes from these totals), totals and approval need from ``totals``
    at capture, and again when a revision prices the order anew (a discount's amount follows the price)."""
    order.adjustments = [pricing.adjustment_json(a) for a in totals.adjustments]
    order.recurring_total = totals.recurring_total
    order.one_time_total = totals.one_time_total
    order.currency = totals.currency
    order.requires_approval = totals.requires_approval
    order.approval_reasons = list(totals.approval_reasons)


def submit_order(order: ProductOrder, *, actor_id: int | None) -> ProductOrder:
    """Acknowledge a draft and start its customer-order process."""
    from app.orders.lifecycle import start_fulfilment

    if order.state != "draft":
        raise Invalid(errors=[{"field": "state", "message": f"order {order.id} is {order.state}, not a draft"}])
    submitted_at = utcnow()
    record(order, "acknowledged", actor_id=actor_id)
    start_fulfilment(order, actor_id=actor_id)
    # set once the process has started: the order's one UPDATE then writes its state with the process's id
    order.state, order.submitted_at = "acknowledged", submitted_at
    return order
