"""Workspace drafts and live quotes.

``quote`` prices an order request without storing anything (the live price preview);
``save_draft`` stores a request as a draft, either new or an existing draft revised in place,
and can submit it. Quotes and revisions go through capture's own steps (``price_item``,
``apply_prices``), so a quote, a draft and the submitted order of the same request carry the
same figures, and their errors name the same fields.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.auth.models import User
from app.catalog import pricing
from app.catalog.pricing import PricedLine
from app.catalog.pricing import PricedOrder
from app.errors import Conflict
from app.errors import Invalid
from app.errors import NotFound
from app.orders.capture import ItemRequest
from app.orders.capture import OrderRequest
from app.orders.capture import apply_prices
from app.orders.capture import capture
from app.orders.capture import price_item
from app.orders.capture import submit_order
from app.orders.models import CustomerAccount
from app.orders.models import ProductOrder
from app.orders.service import get_account
from app.orders.service import get_order
from app.orders.timeline import record

WORKSPACE = "workspace"
DRAFT = "draft"


@dataclass(frozen=True)
class Quote:
    """What an order request would cost as it stands.

    ``lines`` has one entry per request item, None where the item does not price; ``totals`` is
    None while any item or the order discount is invalid (partial totals would mislead).
    ``errors`` are capture's, ``{"field", "message"}``, fields named with the items' prefixes.
    """

    lines: tuple[PricedLine | None, ...]
    totals: PricedOrder | None
    errors: list[dict[str, Any]]


def quote(request: OrderRequest) -> Quote:
    """Validate and price every item of ``request`` and, if all price, the whole order. Stores nothing."""
    lines: list[PricedLine | None] = []
    errors: list[dict[str, Any]] = []
    for index, item in enumerate(request.items):
        try:
            lines.append(price_item(item, item.field_prefix or f"productOrderItem[{index}]"))
        except Invalid as exc:
            lines.append(None)
            errors += exc.errors
    totals = None
    if lines and not errors:
        try:
            totals = pricing.price_order([line for line in lines if line is not None], request.adjustments,
                                         limits=pricing.approval_limits())
        except Invalid as exc:
            errors += exc.errors
    return Quote(tuple(lines), totals, errors)


def save_draft(request: OrderRequest, *, user: User, order_id: int | None = None,
               submit: bool = False) -> ProductOrder:
    """Store ``request`` as a workspace draft; when ``submit``, acknowledge it and start its process.

    Without ``order_id`` a new order is captured; with it, that draft keeps its id and gets the
    request's account, lines and prices.

    :raises NotFound: no order ``order_id`` that ``user`` may see.
    :raises Conflict: the order is no longer a draft.
    :raises Invalid: as ``capture``: every problem, each naming its field.
    """
    if order_id is None:
        order, _ = capture(request, actor_id=user.id, channel=WORKSPACE, submit=submit)
        return order
    order = get_draft(order_id, user)
    _revise(order, request, actor_id=user.id)
    if submit:
        submit_order(order, actor_id=user.id)
    return order


def get_draft(order_id: int, user: User) -> ProductOrder:
    """The draft ``order_id``, to resume.

    :raises NotFound: no order ``order_id`` that ``user`` may see.
    :raises Conflict: the order was submitted (or otherwise left the draft state).
    """
    order = get_order(order_id, user)
    if order.state != DRAFT:
        raise Conflict(f"order {order_id} is {order.state}; only a draft can be changed")
    return order


def _revise(order: ProductOrder, request: OrderRequest, *, actor_id: int) -> None:
    account = _account(request.account_id)
    priced = quote(request)
    errors = priced.errors or ([] if request.items else
                               [{"field": "productOrderItem", "message": "an order needs at least one item"}])
    if errors:
        raise Invalid(errors=errors)
    assert priced.totals is not None  # every line priced, so the order did
    order.account = account
    apply_prices(order, list(zip(request.items, priced.lines)), priced.totals)
    record(order, "draft_saved", actor_id=actor_id, message=f"draft saved with {len(order.items)} lines")


def _account(account_id: int | None) -> CustomerAccount:
    try:
        return get_account(account_id or 0)
    except NotFound:
        raise Invalid(errors=[{"field": "relatedParty", "message": "choose a customer account"}]) from None


def request_of(order: ProductOrder) -> OrderRequest:
    """The request a stored order answers: its account, lines and discounts, to edit and save again."""
    items = [ItemRequest(offering_id=item.offering_id, action=item.action, quantity=item.quantity,
                         characteristics=dict(item.characteristics), product_ref=item.product_ref,
                         adjustments=[_requested(a) for a in item.adjustments]) for item in order.items]
    return OrderRequest(account_id=order.account_id, items=items, external_id=order.external_id,
                        description=order.description, requested_completion_date=order.requested_completion_date,
                        priority=order.priority, adjustments=[_requested(a) for a in order.adjustments])


def _requested(stored: dict[str, Any]) -> dict[str, Any]:
    """A stored adjustment without what it came to (``amount``), as it was asked for."""
    return {key: value for key, value in stored.items() if key != "amount"}
